using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Validation.Rules;

/// <summary>A GraphQL document is only valid if all value literals are of the type expected at their position, including the rules of <c>@oneOf</c> input objects.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type</remarks>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitorAction EnterListValue(ListValueNode node)
        {
            // The type information has already moved to the item type: the list itself is checked against the parent type.
            if (context.ParentInputType?.NullableType is ListType)
            {
                return VisitorAction.Continue;
            }
            CheckLeafValue(node);
            return VisitorAction.Skip;
        }

        protected override VisitorAction EnterObjectValue(ObjectValueNode node)
        {
            if (context.InputType?.GetNamedType() is not InputObjectType type)
            {
                CheckLeafValue(node);
                return VisitorAction.Skip;
            }
            // The last field of each name counts, keeping the order in which names first appear.
            var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            var names = new List<string>();
            foreach (var field in node.Fields)
            {
                if (!fieldNodes.ContainsKey(field.Name.Value))
                {
                    names.Add(field.Name.Value);
                }
                fieldNodes[field.Name.Value] = field;
            }
            foreach (var fieldDef in type.Fields)
            {
                if (!fieldNodes.ContainsKey(fieldDef.Name) && fieldDef.IsRequired)
                {
                    context.ReportError(
                        Errors.AtNode(
                            $"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.",
                            node
                        )
                    );
                }
            }
            if (type.IsOneOf)
            {
                CheckOneOf(node, type, names, fieldNodes);
            }
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterObjectField(ObjectFieldNode node)
        {
            if (
                context.InputType is not null
                || context.ParentInputType?.GetNamedType() is not InputObjectType parentType
            )
            {
                return VisitorAction.Continue;
            }
            var suggestions = context.HideSuggestions
                ? []
                : SuggestionList.Get(node.Name.Value, parentType.Fields.Select(f => f.Name));
            context.ReportError(
                Errors.AtNode(
                    $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"."
                        + DidYouMean.Format(suggestions),
                    node
                )
            );
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterNullValue(NullValueNode node)
        {
            if (context.InputType is NonNullType type)
            {
                context.ReportError(
                    Errors.AtNode($"Expected value of type \"{type}\", found null.", node)
                );
            }
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterEnumValue(EnumValueNode node) => CheckLeafValue(node);

        protected override VisitorAction EnterIntValue(IntValueNode node) => CheckLeafValue(node);

        protected override VisitorAction EnterFloatValue(FloatValueNode node) =>
            CheckLeafValue(node);

        // Descriptions never reach the rules, so every string here is a value.
        protected override VisitorAction EnterStringValue(StringValueNode node) =>
            CheckLeafValue(node);

        protected override VisitorAction EnterBooleanValue(BooleanValueNode node) =>
            CheckLeafValue(node);

        private void CheckOneOf(
            ObjectValueNode node,
            InputObjectType type,
            List<string> names,
            Dictionary<string, ObjectFieldNode> fieldNodes
        )
        {
            if (names.Count != 1)
            {
                context.ReportError(
                    Errors.AtNode(
                        $"OneOf Input Object \"{type.Name}\" must specify exactly one key.",
                        node
                    )
                );
                return;
            }
            if (fieldNodes[names[0]].Value is NullValueNode)
            {
                context.ReportError(
                    Errors.AtNode($"Field \"{type.Name}.{names[0]}\" must be non-null.", node)
                );
            }
        }

        // Asks the leaf type at the position whether it accepts the literal, reporting at the full type expected there.
        private VisitorAction CheckLeafValue(ValueNode node)
        {
            if (context.InputType is not { } locationType)
            {
                return VisitorAction.Continue;
            }
            var type = locationType.GetNamedType();
            switch (type)
            {
                case EnumType enumType:
                    CheckEnumValue(node, enumType);
                    break;
                case ScalarType scalar:
                    CheckScalarValue(node, scalar, locationType);
                    break;
                default:
                    context.ReportError(
                        Errors.AtNode(
                            $"Expected value of type \"{locationType}\", found {ValuePrinter.Print(node)}.",
                            node
                        )
                    );
                    break;
            }
            return VisitorAction.Continue;
        }

        private void CheckEnumValue(ValueNode node, EnumType type)
        {
            if (node is EnumValueNode enumValue && type.GetValue(enumValue.Value) is not null)
            {
                return;
            }
            var text = ValuePrinter.Print(node);
            var message =
                node is EnumValueNode
                    ? $"Value \"{text}\" does not exist in \"{type.Name}\" enum."
                    : $"Enum \"{type.Name}\" cannot represent non-enum value: {text}.";
            var suggestions = context.HideSuggestions
                ? []
                : SuggestionList.Get(text, type.Values.Select(v => v.Name));
            context.ReportError(
                Errors.AtNode(message + DidYouMean.Format("the enum value", suggestions), node)
            );
        }

        private void CheckScalarValue(ValueNode node, ScalarType scalar, GraphQLType locationType)
        {
            try
            {
                scalar.ParseLiteral(node);
            }
            catch (GraphQLError error)
            {
                context.ReportError(
                    error.Locations.Count > 0 || node.Location is null
                        ? error
                        : new GraphQLError(
                            error.Message,
                            [node.Location.ToSourceLocation()],
                            innerException: error
                        )
                );
            }
            // As graphql-js: whatever else a custom scalar throws is a validation error, never a crash.
            catch (Exception exception) when (exception is not ValidationAbortedException)
            {
                context.ReportError(
                    Errors.AtNode(
                        $"Expected value of type \"{locationType}\", found {ValuePrinter.Print(node)}; {exception.Message}",
                        node,
                        exception
                    )
                );
            }
        }
    }
}
