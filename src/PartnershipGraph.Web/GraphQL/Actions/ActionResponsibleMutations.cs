using PartnershipGraph.Domain.Actions;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Actions;

namespace PartnershipGraph.Web.GraphQL.Actions;

/// <summary>Registers the administrator's <c>addActionResponsible</c> and <c>removeActionResponsible</c> mutations.</summary>
public static class ActionResponsibleMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudLinkMutations.Register<
            ActionResponsible,
            ActionResponsibleInput,
            ActionResponsibleService
        >(
            builder,
            "ActionResponsible",
            "ActionResponsible",
            "action responsible",
            "Action",
            "action",
            [
                new("actionId", "ID!", "The global ID of the action."),
                new(
                    "nameAsWritten",
                    "String!",
                    "The name of the person or group as written in the plan, of at most 300 characters."
                ),
                new(
                    "personId",
                    "ID",
                    "The global ID of the responsible person, when known; a group has none."
                ),
                new(
                    "isGroup",
                    "Boolean",
                    "Whether the responsible is a group rather than a person; a person when omitted."
                ),
            ],
            r => new ActionResponsibleInput(
                r.Id("actionId", "Action"),
                r.String("nameAsWritten") ?? "",
                r.OptionalId("personId", "Person"),
                r.Boolean("isGroup")
            ),
            r => r.ActionId
        );
}
