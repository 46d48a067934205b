using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL document is only valid if all <c>@directives</c> are known by the schema and legally positioned.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Directives-Are-Defined</remarks>
public sealed class KnownDirectivesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;

        // Location names by directive name; the document's own definitions replace the schema's.
        private readonly Dictionary<string, IReadOnlyList<string>> _locations = new(
            StringComparer.Ordinal
        );

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _locations[directive.Name] = [.. directive.Locations.Select(l => l.ToSpecName())];
            }
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _locations[directive.Name.Value] =
                    [
                        .. directive.Locations.Select(l => l.Value),
                    ];
                }
            }
        }

        protected override VisitorAction EnterDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            if (!_locations.TryGetValue(name, out var locations))
            {
                _context.ReportError(Errors.AtNode($"Unknown directive \"@{name}\".", node));
                return VisitorAction.Continue;
            }
            var candidate = CandidateLocation();
            if (candidate is not null && !locations.Contains(candidate))
            {
                _context.ReportError(
                    Errors.AtNode($"Directive \"@{name}\" may not be used on {candidate}.", node)
                );
            }
            return VisitorAction.Continue;
        }

        // The location of the node the directive is applied to (graphql-js's getDirectiveLocationForASTPath).
        private string? CandidateLocation()
        {
            DirectiveLocation? location = Parent switch
            {
                OperationDefinitionNode operation => operation.Operation switch
                {
                    OperationType.Mutation => DirectiveLocation.Mutation,
                    OperationType.Subscription => DirectiveLocation.Subscription,
                    _ => DirectiveLocation.Query,
                },
                FieldNode => DirectiveLocation.Field,
                FragmentSpreadNode => DirectiveLocation.FragmentSpread,
                InlineFragmentNode => DirectiveLocation.InlineFragment,
                FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
                VariableDefinitionNode => DirectiveLocation.VariableDefinition,
                SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
                ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
                ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
                FieldDefinitionNode => DirectiveLocation.FieldDefinition,
                InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode =>
                    DirectiveLocation.Interface,
                UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
                EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
                EnumValueDefinitionNode => DirectiveLocation.EnumValue,
                InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode =>
                    DirectiveLocation.InputObject,
                // As graphql-js: only a field of an input object definition (not extension) is an input field.
                InputValueDefinitionNode => Ancestors.Count > 1
                && Ancestors[^2] is InputObjectTypeDefinitionNode
                    ? DirectiveLocation.InputFieldDefinition
                    : DirectiveLocation.ArgumentDefinition,
                DirectiveDefinitionNode => DirectiveLocation.DirectiveDefinition,
                _ => null,
            };
            return location?.ToSpecName();
        }
    }
}
