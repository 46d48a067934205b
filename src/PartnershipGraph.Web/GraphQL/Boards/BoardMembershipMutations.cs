using PartnershipGraph.Domain.Boards;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Boards;

namespace PartnershipGraph.Web.GraphQL.Boards;

/// <summary>Registers the administrator's <c>addBoardMembership</c> and <c>removeBoardMembership</c> mutations.</summary>
public static class BoardMembershipMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudLinkMutations.Register<BoardMembership, BoardMembershipInput, BoardMembershipService>(
            builder,
            "BoardMembership",
            "BoardMembership",
            "board membership",
            "Board",
            "board",
            [
                new("boardId", "ID!", "The global ID of the board the person sits on."),
                new(
                    "personId",
                    "ID!",
                    "The global ID of the person, who must not already sit on the board."
                ),
                new(
                    "role",
                    "MembershipRole",
                    "The person's role on the board; member when omitted."
                ),
                new("roleAsWritten", "String", "The role as written in the source, when it is."),
            ],
            r => new BoardMembershipInput(
                r.Id("boardId", "Board"),
                r.Id("personId", "Person"),
                r.Enum("role", MembershipRole.Member),
                r.String("roleAsWritten")
            ),
            m => m.BoardId
        );
}
