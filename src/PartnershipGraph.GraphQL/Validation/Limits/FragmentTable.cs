using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Validation.Limits;

/// <summary>Finds a document's fragments by name (the last one, when several share it), as <see cref="ValidationContext.GetFragment"/> does, for measuring outside validation.</summary>
internal static class FragmentTable
{
    public static Func<string, FragmentDefinitionNode?> Of(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }
        return fragments.GetValueOrDefault;
    }
}
