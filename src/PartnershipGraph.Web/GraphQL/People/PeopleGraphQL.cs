using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.GraphQL.People;

/// <summary>Registers people, the areas they lead and the actions they are responsible for: the <c>people</c> connection.</summary>
public static class PeopleGraphQL
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .Object(
                "Person",
                o =>
                    o.Description(
                            "A named person: an area lead, a responsible officer or a board member."
                        )
                        .GlobalIdField<Person>("Person", p => p.Id)
                        .Field("name", "String!")
                        .Description("The person's name.")
                        .Field("jobTitle", "String")
                        .Description("The person's job title.")
            )
            .CollectionField<Person, PlanAreaLead>(
                "Person",
                "areaLeads",
                p => p.AreaLeads,
                f => f.Description("The plan areas the person leads.")
            )
            .CollectionField<Person, ActionResponsible>(
                "Person",
                "responsibilities",
                p => p.Responsibilities,
                f => f.Description("The actions the person is responsible for.")
            )
            .CollectionField<Person, BoardMembership>(
                "Person",
                "memberships",
                p => p.Memberships,
                f => f.Description("The person's seats on boards.")
            )
            .DataField<Person>(
                "Query",
                "people",
                c => c.Db().People.Where(ReadAccess.People(c.Actor())),
                f =>
                    f.Description("The people the caller may read.")
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            );
}
