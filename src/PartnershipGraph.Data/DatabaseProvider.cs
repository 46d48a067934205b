namespace PartnershipGraph.Data;

/// <summary>The database engines PartnershipGraph can store its data in.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, with no set-up.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several API instances sharing one database.</summary>
    PostgreSql,
}
