using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Web.Pages.Admin.PlanAreas;

/// <summary>A plan area as the index lists it.</summary>
public sealed class PlanAreaRow
{
    public Guid Id { get; init; }

    public string Plan { get; init; } = "";

    public int Number { get; init; }

    public string Title { get; init; } = "";

    public PlanAreaStatus Status { get; init; }

    public int Actions { get; init; }
}
