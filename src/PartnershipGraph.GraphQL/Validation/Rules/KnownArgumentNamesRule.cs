using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL field or directive is only valid if all supplied arguments are defined by that field or directive.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Argument-Names</remarks>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;

        // Argument names by directive name; the document's own definitions replace the schema's.
        private readonly Dictionary<string, IReadOnlyList<string>> _directiveArguments = new(
            StringComparer.Ordinal
        );

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _directiveArguments[directive.Name] =
                [
                    .. directive.Arguments.Select(a => a.Name).Distinct(StringComparer.Ordinal),
                ];
            }
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _directiveArguments[directive.Name.Value] =
                    [
                        .. directive
                            .Arguments.Select(a => a.Name.Value)
                            .Distinct(StringComparer.Ordinal),
                    ];
                }
            }
        }

        protected override VisitorAction EnterDirective(DirectiveNode node)
        {
            var directiveName = node.Name.Value;
            if (_directiveArguments.TryGetValue(directiveName, out var known))
            {
                foreach (var argument in node.Arguments)
                {
                    var name = argument.Name.Value;
                    if (known.Contains(name, StringComparer.Ordinal))
                    {
                        continue;
                    }
                    var suggestions = _context.HideSuggestions
                        ? []
                        : SuggestionList.Get(name, known);
                    _context.ReportError(
                        Errors.AtNode(
                            $"Unknown argument \"{name}\" on directive \"@{directiveName}\"."
                                + DidYouMean.Format(suggestions),
                            argument
                        )
                    );
                }
            }
            // A directive's arguments are checked here, not as a field's.
            return VisitorAction.Skip;
        }

        protected override VisitorAction EnterArgument(ArgumentNode node)
        {
            if (
                _context.Argument is not null
                || _context.FieldDef is not { } fieldDef
                || _context.ParentType is not { } parentType
            )
            {
                return VisitorAction.Continue;
            }
            var name = node.Name.Value;
            var suggestions = _context.HideSuggestions
                ? []
                : SuggestionList.Get(name, fieldDef.Arguments.Select(a => a.Name));
            _context.ReportError(
                Errors.AtNode(
                    $"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"."
                        + DidYouMean.Format(suggestions),
                    node
                )
            );
            return VisitorAction.Continue;
        }
    }
}
