using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>A parsed document and the errors its validation found, kept by <see cref="DocumentCache"/>.</summary>
public sealed record CachedDocument(
    DocumentNode Document,
    IReadOnlyList<GraphQLError> ValidationErrors
)
{
    /// <summary>Whether validation found no error.</summary>
    public bool IsValid => ValidationErrors.Count == 0;
}
