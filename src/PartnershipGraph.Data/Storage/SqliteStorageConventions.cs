using Microsoft.EntityFrameworkCore;

namespace PartnershipGraph.Data.Storage;

/// <summary>Stores the types SQLite cannot order or compare natively as numbers, so filters and sorts translate to SQL.</summary>
internal static class SqliteStorageConventions
{
    public static void Apply(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        builder.Properties<decimal>().HaveConversion<double>();
    }
}
