using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PartnershipGraph.Data.Storage;

/// <summary>Stores a <see cref="DateTimeOffset"/> as its UTC ticks; values read back are in UTC.</summary>
internal sealed class UtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero)
    );
