using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A field or directive is only valid if all required (non-null, without a default value) arguments have been provided.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Required-Arguments</remarks>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;

        // The required arguments of each directive, name and printed type; the document's own definitions replace the schema's.
        private readonly Dictionary<
            string,
            IReadOnlyList<(string Name, string Type)>
        > _requiredDirectiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _requiredDirectiveArguments[directive.Name] = KeepLastOfEachName(
                    directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, $"{a.Type}"))
                );
            }
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _requiredDirectiveArguments[directive.Name.Value] = KeepLastOfEachName(
                        directive
                            .Arguments.Where(a =>
                                a.Type is NonNullTypeNode && a.DefaultValue is null
                            )
                            .Select(a => (a.Name.Value, ValuePrinter.Print(a.Type)))
                    );
                }
            }
        }

        // Validated on leaving, so that errors deeper in the field come first.
        protected override VisitorAction LeaveField(FieldNode node)
        {
            if (_context.FieldDef is not { } fieldDef)
            {
                return VisitorAction.Continue;
            }
            foreach (var argument in fieldDef.Arguments)
            {
                if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
                {
                    _context.ReportError(
                        Errors.AtNode(
                            $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            node
                        )
                    );
                }
            }
            return VisitorAction.Continue;
        }

        protected override VisitorAction LeaveDirective(DirectiveNode node)
        {
            var directiveName = node.Name.Value;
            if (!_requiredDirectiveArguments.TryGetValue(directiveName, out var required))
            {
                return VisitorAction.Continue;
            }
            foreach (var (name, type) in required)
            {
                if (!IsProvided(node.Arguments, name))
                {
                    _context.ReportError(
                        Errors.AtNode(
                            $"Directive \"@{directiveName}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                            node
                        )
                    );
                }
            }
            return VisitorAction.Continue;
        }

        private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name) =>
            arguments.Any(a => a.Name.Value == name);

        // As a JavaScript object keyed by name: the first position, the last value.
        private static List<(string Name, string Type)> KeepLastOfEachName(
            IEnumerable<(string Name, string Type)> arguments
        )
        {
            var result = new List<(string Name, string Type)>();
            foreach (var argument in arguments)
            {
                var index = result.FindIndex(a => a.Name == argument.Name);
                if (index >= 0)
                {
                    result[index] = argument;
                }
                else
                {
                    result.Add(argument);
                }
            }
            return result;
        }
    }
}
