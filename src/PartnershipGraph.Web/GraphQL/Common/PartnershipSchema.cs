using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.GraphQL.Actions;
using PartnershipGraph.Web.GraphQL.Boards;
using PartnershipGraph.Web.GraphQL.Kpis;
using PartnershipGraph.Web.GraphQL.LocalAreas;
using PartnershipGraph.Web.GraphQL.Nodes;
using PartnershipGraph.Web.GraphQL.Organisations;
using PartnershipGraph.Web.GraphQL.People;
using PartnershipGraph.Web.GraphQL.PlanAreas;
using PartnershipGraph.Web.GraphQL.Plans;
using PartnershipGraph.Web.GraphQL.Schools;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>The API's schema, assembled from the feature registrations.</summary>
public static class PartnershipSchema
{
    /// <summary>Builds the schema.</summary>
    public static Schema Build()
    {
        var builder = new SchemaBuilder();
        CommonGraphQL.Register(builder);
        builder.Object(
            "Query",
            q => q.Description("The entry points for reading the partnership's data.")
        );
        LocalAreasGraphQL.Register(builder);
        OrganisationsGraphQL.Register(builder);
        PeopleGraphQL.Register(builder);
        BoardsGraphQL.Register(builder);
        SchoolsGraphQL.Register(builder);
        PlansGraphQL.Register(builder);
        PlanAreasGraphQL.Register(builder);
        ActionsGraphQL.Register(builder);
        KpisGraphQL.Register(builder);
        RagSummaryGraphQL.Register(builder);
        ActionReportsGraphQL.Register(builder);
        NodesGraphQL.Register(builder);
        MutationErrorsGraphQL.Register(builder);
        ActionMutations.Register(builder);
        KpiMutations.Register(builder);
        PlanAreaMutations.Register(builder);
        SchoolMutations.Register(builder);
        OrganisationMutations.Register(builder);
        PersonMutations.Register(builder);
        ActionCrudMutations.Register(builder);
        KpiCrudMutations.Register(builder);
        BoardMutations.Register(builder);
        PlanMutations.Register(builder);
        PlanAreaCrudMutations.Register(builder);
        KpiMilestoneCrudMutations.Register(builder);
        BoardMembershipMutations.Register(builder);
        PlanAreaLeadMutations.Register(builder);
        ActionResponsibleMutations.Register(builder);
        return builder.Build();
    }
}
