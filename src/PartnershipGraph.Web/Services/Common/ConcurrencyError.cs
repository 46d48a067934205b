namespace PartnershipGraph.Web.Services.Common;

/// <summary>The change was based on an older version than the stored one; nothing was written.</summary>
/// <param name="EntityType">The kind of record, e.g. "Action".</param>
/// <param name="Id">The record's key.</param>
/// <param name="CurrentVersion">The version now stored, which a retry must be based on.</param>
/// <param name="Message">What went wrong.</param>
public sealed record ConcurrencyError(
    string EntityType,
    Guid Id,
    int CurrentVersion,
    string Message
) : ServiceError(Message)
{
    /// <summary>The error for a change based on <paramref name="expectedVersion"/>.</summary>
    public static ConcurrencyError Stale(
        string entityType,
        Guid id,
        int currentVersion,
        int expectedVersion
    ) =>
        new(
            entityType,
            id,
            currentVersion,
            $"The {entityType} was changed by someone else: it is at version {currentVersion}, not {expectedVersion}. Reload it and try again."
        );
}
