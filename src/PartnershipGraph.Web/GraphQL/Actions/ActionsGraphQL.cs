using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.GraphQL.Actions;

/// <summary>Registers actions, their update history and who is responsible: the <c>actions</c> connection.</summary>
public static class ActionsGraphQL
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .Object(
                "Action",
                o =>
                    o.Description("An action of a plan area.")
                        .GlobalIdField<PlanAction>("Action", a => a.Id)
                        .Field("ref", "String!")
                        .Description("The action's reference, such as \"1.1\" or \"4.3b\".")
                        .Field("title", "String")
                        .Description("The action's short title, when it has one.")
                        .Field("description", "String!")
                        .Description("What the action will do.")
                        .Field("dueDate", "PartialDate")
                        .Description("When the action is due, as written and as read.")
                        .Field("currentRag", "Rag!")
                        .Description("The RAG the responsible officer last gave the action.")
                        .Field("kpiText", "String")
                        .Description("The action's measures of success as written in the plan.")
                        .Field("notes", "String")
                        .Description("Notes on the action.")
                        .Field("area", "PlanArea")
                        .Description("The area the action belongs to.")
            )
            .CollectionField<PlanAction, Kpi>(
                "Action",
                "kpis",
                a => a.Kpis,
                f => f.Description("The KPIs that measure the action.").UseFiltering().UseSorting()
            )
            .CollectionField<PlanAction, ActionUpdate>(
                "Action",
                "updates",
                a => a.Updates,
                f =>
                    f.Description("The action's progress updates, oldest first unless ordered.")
                        .UseFiltering()
                        .UseSorting()
            )
            .CollectionField<PlanAction, ActionResponsible>(
                "Action",
                "responsibles",
                a => a.Responsibles,
                f => f.Description("The people and groups responsible for the action.")
            )
            .CollectionField<PlanAction, SchoolActionRole>(
                "Action",
                "schoolRoles",
                a => a.SchoolRoles,
                f => f.Description("The schools that deliver the action.")
            )
            .Object(
                "ActionUpdate",
                o =>
                    o.Description("One entry of an action's append-only progress history.")
                        .Field("recordedAt", "DateTime!")
                        .Description("When the update was recorded.")
                        .Field("rag", "Rag!")
                        .Description("The RAG given with the update.")
                        .Field("ragAsWritten", "String")
                        .Description("The RAG as written in the source, when it was imported.")
                        .Field("narrative", "String")
                        .Description("The progress narrative.")
                        .Field("authorName", "String")
                        .Description("Who wrote the update.")
            )
            .Object(
                "ActionResponsible",
                o =>
                    o.Description("A person or group responsible for an action.")
                        .Field("nameAsWritten", "String!")
                        .Description("The name as written in the plan.")
                        .Field("isGroup", "Boolean!")
                        .Description("Whether the name is a group rather than a person.")
                        .Field("person", "Person")
                        .Description("The named person, when known.")
                        .Field("action", "Action")
                        .Description("The action.")
            )
            .DataField<PlanAction>(
                "Query",
                "actions",
                c => c.Db().Actions.Where(ReadAccess.Actions(c.Actor())),
                f =>
                    f.Description("The actions the caller may read.")
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            );
}
