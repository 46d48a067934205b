namespace PartnershipGraph.Data.Initialization;

/// <summary>Whether a database is ready to serve this version of PartnershipGraph.</summary>
public enum DatabaseStatus
{
    /// <summary>Reachable and migrated to exactly the schema this code knows.</summary>
    Ready,

    /// <summary>The server or file cannot be reached or opened.</summary>
    Unreachable,

    /// <summary>Reachable, but migrations are pending.</summary>
    NotMigrated,

    /// <summary>Migrated by a newer version of PartnershipGraph.</summary>
    SchemaTooNew,
}
