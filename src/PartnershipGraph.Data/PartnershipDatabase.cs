using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartnershipGraph.Data;

/// <summary>Points a <see cref="PartnershipDbContext"/> at the database the options describe.</summary>
public static class PartnershipDatabase
{
    /// <summary>Configures SQLite or PostgreSQL from <paramref name="options"/>.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is chosen without a connection string.</exception>
    public static TBuilder UsePartnershipDatabase<TBuilder>(
        this TBuilder builder,
        DatabaseOptions options
    )
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException(
                    $"Database:Provider is PostgreSql but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set."
                );
            }
            builder.UseNpgsql(options.ConnectionString);
        }
        else
        {
            builder.UseSqlite($"Data Source={Path.GetFullPath(options.SqlitePath)}");
        }
        // The migrations are written by hand without a model snapshot; the schema tests compare the migrated catalog with the model.
        builder.ConfigureWarnings(w =>
            w.Ignore(
                RelationalEventId.ModelSnapshotNotFound,
                RelationalEventId.PendingModelChangesWarning
            )
        );
        return builder;
    }

    /// <summary>Describes the database for log messages without revealing a password.</summary>
    public static string Describe(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite file {Path.GetFullPath(options.SqlitePath)}";
        }
        var parts = (options.ConnectionString ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase));
        return $"PostgreSQL ({string.Join(';', parts)})";
    }
}
