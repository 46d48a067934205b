using PartnershipGraph.Domain.Schools;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.GraphQL.Schools;

/// <summary>Registers schools, the boards they sit on and the actions they deliver: the <c>schools</c> connection.</summary>
public static class SchoolsGraphQL
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .Object(
                "School",
                o =>
                    o.Description("A school of the local area. No child-level data is ever stored.")
                        .GlobalIdField<School>("School", s => s.Id)
                        .Field("name", "String!")
                        .Description("The school's name.")
                        .Field("urn", "String")
                        .Description("The school's unique reference number, when known.")
                        .Field("phase", "SchoolPhase!")
                        .Description("The phase of education the school serves.")
                        .Field("type", "SchoolType!")
                        .Description("How the school is governed and funded.")
                        .Field("locality", "String")
                        .Description("The school's locality or area panel.")
            )
            .CollectionField<School, SchoolBoardSeat>(
                "School",
                "boardSeats",
                s => s.BoardSeats,
                f => f.Description("The boards the school sits on.")
            )
            .CollectionField<School, SchoolActionRole>(
                "School",
                "actionRoles",
                s => s.ActionRoles,
                f => f.Description("The actions the school delivers.")
            )
            .Object(
                "SchoolBoardSeat",
                o =>
                    o.Description("A school's place on a board.")
                        .Field("school", "School")
                        .Description("The school.")
                        .Field("board", "Board")
                        .Description("The board.")
            )
            .Object(
                "SchoolActionRole",
                o =>
                    o.Description("A school's part in delivering an action.")
                        .Field("description", "String")
                        .Description("What the school does for the action.")
                        .Field("school", "School")
                        .Description("The school.")
                        .Field("action", "Action")
                        .Description("The action.")
            )
            .DataField<School>(
                "Query",
                "schools",
                c => c.Db().Schools.Where(ReadAccess.Schools(c.Actor())),
                f =>
                    f.Description("The schools the caller may read.")
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            );
}
