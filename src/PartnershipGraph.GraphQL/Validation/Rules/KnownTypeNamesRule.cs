using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types.Introspection;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL document is only valid if referenced types (variables, fragment conditions) are defined by the schema.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Fragment-Spread-Type-Existence</remarks>
public sealed class KnownTypeNamesRule : ValidationRule
{
    // The specified scalars and the introspection types, which SDL may name without defining.
    private static readonly string[] StandardTypeNames =
    [
        .. BuiltInScalars.All.Select(s => s.Name),
        .. Introspection.All.Select(t => t.Name),
    ];

    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);
        private readonly List<string> _typeNames;

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions)
            {
                if (
                    definition
                    is ScalarTypeDefinitionNode
                        or ObjectTypeDefinitionNode
                        or InterfaceTypeDefinitionNode
                        or UnionTypeDefinitionNode
                        or EnumTypeDefinitionNode
                        or InputObjectTypeDefinitionNode
                )
                {
                    _definedTypes.Add(((TypeDefinitionOrExtensionNode)definition).Name.Value);
                }
            }
            _typeNames = [.. context.Schema.TypeMap.Keys, .. _definedTypes];
        }

        protected override VisitorAction EnterNamedType(NamedTypeNode node)
        {
            var typeName = node.Name.Value;
            if (_context.Schema.GetType(typeName) is not null || _definedTypes.Contains(typeName))
            {
                return VisitorAction.Continue;
            }
            // The top-level definition around the reference (graphql-js's ancestors[2], which also counts arrays).
            var definition = Ancestors.Count > 1 ? Ancestors[1] : Parent;
            var isSdl = definition is TypeSystemDefinitionOrExtensionNode;
            if (isSdl && StandardTypeNames.Contains(typeName))
            {
                return VisitorAction.Continue;
            }
            var suggestions = _context.HideSuggestions
                ? []
                : SuggestionList.Get(
                    typeName,
                    isSdl ? [.. StandardTypeNames, .. _typeNames] : _typeNames
                );
            _context.ReportError(
                Errors.AtNode(
                    $"Unknown type \"{typeName}\"." + DidYouMean.Format(suggestions),
                    node
                )
            );
            return VisitorAction.Continue;
        }
    }
}
