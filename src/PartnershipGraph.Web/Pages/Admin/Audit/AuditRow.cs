namespace PartnershipGraph.Web.Pages.Admin.Audit;

/// <summary>One line of the audit log: the entry without its before/after snapshots, which its details page shows.</summary>
public sealed record AuditRow(
    Guid Id,
    DateTimeOffset At,
    string Actor,
    string Operation,
    string EntityType,
    Guid EntityId
);
