namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>An upload waiting for "Apply": who sent it for which plan, and the versions its preview saw.</summary>
public sealed record StoredImport(
    string UserName,
    Guid PlanId,
    PlanUpload Upload,
    IReadOnlyDictionary<Guid, int> Versions,
    DateTimeOffset ExpiresAt
);
