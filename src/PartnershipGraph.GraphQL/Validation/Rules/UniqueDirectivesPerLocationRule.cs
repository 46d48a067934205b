using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL document is only valid if all non-repeatable directives at a given location are uniquely named.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location</remarks>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ISyntaxVisitor
    {
        private readonly ValidationContext _context;

        // Whether each known directive must be unique; the document's own definitions replace the schema's.
        private readonly Dictionary<string, bool> _unique = new(StringComparer.Ordinal);

        // Type definitions and extensions share the directives seen on the same type name, as do schema definitions and extensions.
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(
            StringComparer.Ordinal
        );
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives =
            new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _unique[directive.Name] = !directive.IsRepeatable;
            }
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _unique[directive.Name.Value] = !directive.Repeatable;
                }
            }
        }

        public VisitorAction Enter(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        )
        {
            var directives = node switch
            {
                OperationDefinitionNode n => n.Directives,
                VariableDefinitionNode n => n.Directives,
                SelectionNode n => n.Directives,
                FragmentDefinitionNode n => n.Directives,
                SchemaDefinitionNode n => n.Directives,
                SchemaExtensionNode n => n.Directives,
                TypeDefinitionOrExtensionNode n => n.Directives,
                FieldDefinitionNode n => n.Directives,
                InputValueDefinitionNode n => n.Directives,
                EnumValueDefinitionNode n => n.Directives,
                _ => null,
            };
            if (directives is null || directives.Count == 0)
            {
                return VisitorAction.Continue;
            }
            var seen = node switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives,
                TypeDefinitionOrExtensionNode type => SeenOnType(type.Name.Value),
                _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
            };
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_unique.GetValueOrDefault(name))
                {
                    continue;
                }
                if (seen.TryGetValue(name, out var first))
                {
                    _context.ReportError(
                        Errors.AtNodes(
                            $"The directive \"@{name}\" can only be used once at this location.",
                            first,
                            directive
                        )
                    );
                }
                else
                {
                    seen[name] = directive;
                }
            }
            return VisitorAction.Continue;
        }

        public VisitorAction Leave(
            SyntaxNode node,
            SyntaxNode? parent,
            IReadOnlyList<SyntaxNode> ancestors
        ) => VisitorAction.Continue;

        private Dictionary<string, DirectiveNode> SeenOnType(string typeName)
        {
            if (!_typeDirectives.TryGetValue(typeName, out var seen))
            {
                seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                _typeDirectives[typeName] = seen;
            }
            return seen;
        }
    }
}
