namespace PartnershipGraph.Web.Pages.Admin.PlanAreas;

/// <summary>A lead as a plan area's details list it.</summary>
public sealed record LeadLine(Guid Id, string NameAsWritten, Guid? PersonId, string? Person);
