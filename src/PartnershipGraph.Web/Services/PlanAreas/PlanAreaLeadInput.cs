namespace PartnershipGraph.Web.Services.PlanAreas;

/// <summary>A person or group leading a plan area; a person lead may then update the area's actions and KPIs.</summary>
public sealed record PlanAreaLeadInput(
    Guid PlanAreaId,
    string NameAsWritten,
    Guid? PersonId = null,
    Guid? OrganisationId = null
);
