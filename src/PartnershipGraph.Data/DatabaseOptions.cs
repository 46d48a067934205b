namespace PartnershipGraph.Data;

/// <summary>Where and how PartnershipGraph stores its data; bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Database";

    /// <summary>The name of the PostgreSQL connection string in <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "PartnershipGraph";

    /// <summary>The database engine.</summary>
    /// <value>Default: <see cref="DatabaseProvider.Sqlite"/>.</value>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The SQLite file, relative to the working directory unless rooted; its folder is created on first run.</summary>
    /// <value>Default: <c>data/partnershipgraph.db</c>.</value>
    public string SqlitePath { get; set; } = Path.Combine("data", "partnershipgraph.db");

    /// <summary>The PostgreSQL connection string, read from <c>ConnectionStrings:PartnershipGraph</c>.</summary>
    /// <value>Default: null; required when <see cref="Provider"/> is <see cref="DatabaseProvider.PostgreSql"/>.</value>
    public string? ConnectionString { get; set; }

    /// <summary>Whether start-up applies pending migrations.</summary>
    /// <value>Default: true.</value>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Whether start-up loads the sample plans into an empty database.</summary>
    /// <value>Default: true.</value>
    public bool SeedSampleData { get; set; } = true;
}
