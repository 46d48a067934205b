using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>A KPI measuring an action, with its computed progress RAG and how it was reached.</summary>
public sealed record KpiProgressRow(
    Guid Id,
    string Ref,
    string Description,
    ProgressAssessment Progress
);
