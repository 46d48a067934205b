using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Builder;

internal sealed partial class SchemaAssembler
{
    /// <summary>The custom directives followed by the built-in ones they do not redefine, in declaration order.</summary>
    private List<DirectiveDefinition> BuildDirectives()
    {
        var custom = builder
            .DirectiveBuilders.Select(d => new DirectiveDefinition(
                d.Name,
                d.LocationList.Distinct().ToList(),
                d.DescriptionText,
                d.IsRepeatable
            )
            {
                Arguments = BuildArguments(d.Arguments, "@" + d.Name),
                AstNode = d.AstNode,
                DeprecationReason = d.DeprecationReason,
            })
            .ToList();
        ConvertPendingDefaults();
        // As graphql-js's buildASTSchema: the declared directives, then the built-in ones not redeclared.
        var result = new List<DirectiveDefinition>(custom);
        foreach (var builtIn in BuiltInDirectives.All)
        {
            if (!custom.Exists(d => d.Name == builtIn.Name))
            {
                result.Add(builtIn);
            }
        }
        return result;
    }
}
