using PartnershipGraph.Domain.Boards;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Boards;

namespace PartnershipGraph.Web.GraphQL.Boards;

/// <summary>Registers the administrator's <c>createBoard</c>, <c>updateBoard</c> and <c>deleteBoard</c> mutations.</summary>
public static class BoardMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudMutations.Register<PartnershipBoard, BoardInput, BoardService>(
            builder,
            "Board",
            "board",
            [
                new("localAreaId", "ID!", "The global ID of the local area the board belongs to."),
                new("name", "String!", "The board's name, of at most 300 characters."),
                new("shortName", "String", "The board's short name or acronym, when it has one."),
                new("purpose", "String", "What the board is for."),
                new("meetingCadence", "String", "How often the board meets, such as \"monthly\"."),
                new(
                    "parentBoardId",
                    "ID",
                    "The global ID of the board this one reports to, when it reports to one."
                ),
                new(
                    "replacedByBoardId",
                    "ID",
                    "The global ID of the board that replaced this one, when it was replaced."
                ),
                new("notes", "String", "Free-text notes about the board."),
            ],
            r => new BoardInput(
                r.Id("localAreaId", "LocalArea"),
                r.String("name") ?? "",
                r.String("shortName"),
                r.String("purpose"),
                r.String("meetingCadence"),
                r.OptionalId("parentBoardId", "Board"),
                r.OptionalId("replacedByBoardId", "Board"),
                r.String("notes")
            )
        );
}
