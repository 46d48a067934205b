using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Pages.Admin.PlanAreas;

/// <summary>An action as a plan area's details list it.</summary>
public sealed record ActionLine(Guid Id, string Ref, string Description, Rag Rag);
