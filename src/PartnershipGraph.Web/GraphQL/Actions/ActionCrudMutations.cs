using PartnershipGraph.Domain.Actions;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Actions;

namespace PartnershipGraph.Web.GraphQL.Actions;

/// <summary>Registers the <c>createAction</c>, <c>updateAction</c> and <c>deleteAction</c> mutations.</summary>
public static class ActionCrudMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudMutations.Register<PlanAction, ActionInput, ActionService>(
            builder,
            "Action",
            "action",
            [
                new("planAreaId", "ID!", "The global ID of the plan area the action belongs to."),
                new(
                    "ref",
                    "String!",
                    "The action's reference within its plan area, such as \"1.2\"."
                ),
                new("description", "String!", "What the action will do."),
                new("title", "String", "The action's short title, when it has one."),
                new(
                    "parentActionId",
                    "ID",
                    "The global ID of the action this one is a sub-action of, when it is one."
                ),
                new(
                    "dueDate",
                    "String",
                    "The due date as written in the plan, such as \"May 22\"."
                ),
                new(
                    "leadOrganisationId",
                    "ID",
                    "The global ID of the organisation that leads the action, when known."
                ),
                new("kpiText", "String", "The plan's text about the KPIs the action serves."),
                new("notes", "String", "Free-text notes about the action."),
            ],
            r => new ActionInput(
                r.Id("planAreaId", "PlanArea"),
                r.String("ref") ?? "",
                r.String("description") ?? "",
                r.String("title"),
                r.OptionalId("parentActionId", "Action"),
                r.String("dueDate"),
                r.OptionalId("leadOrganisationId", "Organisation"),
                r.String("kpiText"),
                r.String("notes")
            ),
            addVersionField: false
        );
}
