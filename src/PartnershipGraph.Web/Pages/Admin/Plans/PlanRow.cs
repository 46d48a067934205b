using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Web.Pages.Admin.Plans;

/// <summary>A plan as the index lists it.</summary>
public sealed class PlanRow
{
    public Guid Id { get; init; }

    public string Title { get; init; } = "";

    public PlanKind Kind { get; init; }

    public string LocalArea { get; init; } = "";

    public string? MonitoringBoard { get; init; }

    public int Areas { get; init; }

    public bool IsPublished { get; init; }
}
