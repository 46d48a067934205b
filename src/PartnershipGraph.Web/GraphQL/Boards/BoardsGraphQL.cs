using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.GraphQL.Boards;

/// <summary>Registers partnership boards and their members: the <c>boards</c> connection.</summary>
public static class BoardsGraphQL
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .Object(
                "Board",
                o =>
                    o.Description("A partnership board or group.")
                        .GlobalIdField<PartnershipBoard>("Board", b => b.Id)
                        .Field("name", "String!")
                        .Description("The board's name.")
                        .Field("shortName", "String")
                        .Description("The board's short name, when it has one.")
                        .Field("purpose", "String")
                        .Description("What the board is for.")
                        .Field("meetingCadence", "String")
                        .Description("How often the board meets.")
                        .Field("formerNames", "String")
                        .Description("The names the board had before.")
                        .Field("parentBoard", "Board")
                        .Description("The board this one reports to, if any.")
            )
            .CollectionField<PartnershipBoard, PartnershipBoard>(
                "Board",
                "childBoards",
                b => b.ChildBoards,
                f =>
                    f.Description("The boards that report to this one.").UseFiltering().UseSorting()
            )
            .CollectionField<PartnershipBoard, BoardMembership>(
                "Board",
                "memberships",
                b => b.Memberships,
                f => f.Description("The board's members and their roles.").UseFiltering()
            )
            .CollectionField<PartnershipBoard, ImprovementPlan>(
                "Board",
                "monitoredPlans",
                b => b.MonitoredPlans,
                f => f.Description("The plans the board monitors.").UseFiltering().UseSorting()
            )
            .CollectionField<PartnershipBoard, SchoolBoardSeat>(
                "Board",
                "schoolSeats",
                b => b.SchoolSeats,
                f => f.Description("The schools that sit on the board.")
            )
            .Object(
                "BoardMembership",
                o =>
                    o.Description("A person's seat on a board.")
                        .Field("role", "MembershipRole!")
                        .Description("The person's role on the board.")
                        .Field("roleAsWritten", "String")
                        .Description("The role as written in the source.")
                        .Field("person", "Person")
                        .Description("The member.")
                        .Field("board", "Board")
                        .Description("The board.")
            )
            .DataField<PartnershipBoard>(
                "Query",
                "boards",
                c => c.Db().Boards.Where(ReadAccess.Boards(c.Actor())),
                f =>
                    f.Description("The boards the caller may read.")
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            );
}
