using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Reports;

/// <summary>An action as a report lists it: reference, what, by when, its RAG and its latest progress update.</summary>
public sealed record ActionLine(
    Guid Id,
    Guid PlanAreaId,
    string Ref,
    string Description,
    string? DueDate,
    Rag Rag,
    DateTimeOffset? LastUpdated,
    string? LatestNarrative
);
