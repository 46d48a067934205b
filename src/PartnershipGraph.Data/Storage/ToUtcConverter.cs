using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PartnershipGraph.Data.Storage;

/// <summary>Writes a <see cref="DateTimeOffset"/> as the same instant in UTC.</summary>
internal sealed class ToUtcConverter()
    : ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(),
        value => value
    );
