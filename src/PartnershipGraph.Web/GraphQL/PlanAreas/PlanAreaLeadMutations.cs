using PartnershipGraph.Domain.Plans;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.PlanAreas;

namespace PartnershipGraph.Web.GraphQL.PlanAreas;

/// <summary>Registers the administrator's <c>addPlanAreaLead</c> and <c>removePlanAreaLead</c> mutations.</summary>
public static class PlanAreaLeadMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudLinkMutations.Register<PlanAreaLead, PlanAreaLeadInput, PlanAreaLeadService>(
            builder,
            "AreaLead",
            "PlanAreaLead",
            "plan area lead",
            "PlanArea",
            "plan area",
            [
                new("planAreaId", "ID!", "The global ID of the plan area led."),
                new(
                    "nameAsWritten",
                    "String!",
                    "The lead's name as written in the plan, of at most 300 characters."
                ),
                new(
                    "personId",
                    "ID",
                    "The global ID of the person who leads the area, when known; that person may then update the area's actions and KPIs."
                ),
                new(
                    "organisationId",
                    "ID",
                    "The global ID of the organisation that leads the area, when it is one."
                ),
            ],
            r => new PlanAreaLeadInput(
                r.Id("planAreaId", "PlanArea"),
                r.String("nameAsWritten") ?? "",
                r.OptionalId("personId", "Person"),
                r.OptionalId("organisationId", "Organisation")
            ),
            l => l.PlanAreaId
        );
}
