namespace PartnershipGraph.Data.Initialization;

/// <summary>Thrown when a database carries migrations this version of PartnershipGraph does not know.</summary>
public sealed class DatabaseSchemaTooNewException(
    string database,
    IReadOnlyList<string> unknownMigrations
)
    : Exception(
        $"The database ({database}) has a newer schema than this version of PartnershipGraph knows: "
            + $"it carries the migration(s) {string.Join(", ", unknownMigrations)}. "
            + "Run the newer version of PartnershipGraph against it, or point Database settings at another database."
    )
{
    /// <summary>The applied migrations this code does not know.</summary>
    public IReadOnlyList<string> UnknownMigrations { get; } = unknownMigrations;
}
