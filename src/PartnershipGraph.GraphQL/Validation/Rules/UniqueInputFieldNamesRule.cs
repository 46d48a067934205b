using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL input object value is only valid if all supplied fields are uniquely named.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness</remarks>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Stack<Dictionary<string, NameNode>> _outer = new();
        private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        protected override VisitorAction EnterObjectValue(ObjectValueNode node)
        {
            _outer.Push(_known);
            _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            return VisitorAction.Continue;
        }

        protected override VisitorAction LeaveObjectValue(ObjectValueNode node)
        {
            _known = _outer.Pop();
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterObjectField(ObjectFieldNode node)
        {
            var name = node.Name.Value;
            if (_known.TryGetValue(name, out var first))
            {
                context.ReportError(
                    Errors.AtNodes(
                        $"There can be only one input field named \"{name}\".",
                        first,
                        node.Name
                    )
                );
            }
            else
            {
                _known[name] = node.Name;
            }
            return VisitorAction.Continue;
        }
    }
}
