using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Kpis;

/// <summary>One row of the KPIs index.</summary>
public sealed class KpiRow
{
    public Guid Id { get; init; }

    public string Ref { get; init; } = "";

    public string Description { get; init; } = "";

    public string Plan { get; init; } = "";

    public string? Area { get; init; }

    public string? ActionRef { get; init; }

    public KpiDirection Direction { get; init; }

    public string? Unit { get; init; }
}
