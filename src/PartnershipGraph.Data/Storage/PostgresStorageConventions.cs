using Microsoft.EntityFrameworkCore;

namespace PartnershipGraph.Data.Storage;

/// <summary>Normalises instants to UTC, the only offset Npgsql writes to <c>timestamp with time zone</c>.</summary>
internal static class PostgresStorageConventions
{
    public static void Apply(ModelConfigurationBuilder builder) =>
        builder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
}
