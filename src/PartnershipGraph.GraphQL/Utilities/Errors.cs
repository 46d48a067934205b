using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Utilities;

/// <summary>Builds <see cref="GraphQLError"/>s that point at syntax nodes.</summary>
internal static class Errors
{
    /// <summary>An error located at the node's start, when the node has a location.</summary>
    public static GraphQLError AtNode(string message, SyntaxNode? node, Exception? inner = null) =>
        new(
            message,
            node?.Location is { } location ? [location.ToSourceLocation()] : null,
            innerException: inner
        );

    /// <summary>An error located at each of the nodes that has a location, in order.</summary>
    public static GraphQLError AtNodes(string message, params SyntaxNode?[] nodes) =>
        new(
            message,
            nodes
                .Where(n => n?.Location is not null)
                .Select(n => n!.Location!.ToSourceLocation())
                .ToList()
        );
}
