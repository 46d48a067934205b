namespace PartnershipGraph.GraphQL.Tests.Data;

/// <summary>The database a <see cref="Catalog"/> runs on.</summary>
public enum CatalogProvider
{
    /// <summary>An in-memory SQLite database, always available.</summary>
    Sqlite,

    /// <summary>A fresh PostgreSQL database on the server named by <see cref="PostgresCatalog.EnvironmentVariable"/>.</summary>
    Postgres,
}
