using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language;

public static partial class Printer
{
    private static PrintBuffer BuildExecutable(SyntaxNode node) =>
        node switch
        {
            OperationDefinitionNode operation => BuildOperation(operation),
            VariableDefinitionNode variable => Join([
                Wrap("", variable.Description, "\n"),
                Build(variable.Variable),
                Text(": "),
                Build(variable.Type),
                Wrap(" = ", variable.DefaultValue),
                Wrap(" ", Join(variable.Directives, " ")),
            ]),
            SelectionSetNode selectionSet => Block(selectionSet.Selections),
            FieldNode field => BuildField(field),
            ArgumentNode argument => Join([
                Build(argument.Name),
                Text(": "),
                Build(argument.Value),
            ]),
            FragmentSpreadNode spread => Join([
                Text("..."),
                Build(spread.Name),
                Wrap(" ", Join(spread.Directives, " ")),
            ]),
            InlineFragmentNode inline => Join(
                [
                    Text("..."),
                    Wrap("on ", inline.TypeCondition),
                    Join(inline.Directives, " "),
                    Build(inline.SelectionSet),
                ],
                " "
            ),
            FragmentDefinitionNode fragment => Join([
                Wrap("", fragment.Description, "\n"),
                Text("fragment "),
                Build(fragment.Name),
                Text(" on "),
                Build(fragment.TypeCondition),
                Text(" "),
                Wrap("", Join(fragment.Directives, " "), " "),
                Build(fragment.SelectionSet),
            ]),
            DirectiveNode directive => Join([
                Text("@"),
                Build(directive.Name),
                Wrap("(", Join(directive.Arguments, ", "), ")"),
            ]),
            _ => throw new ArgumentException($"Cannot print {node.GetType().Name}.", nameof(node)),
        };

    private static PrintBuffer BuildOperation(OperationDefinitionNode node)
    {
        var operation = OperationName(node.Operation);
        var description = Wrap("", node.Description, "\n");
        var name = Build(node.Name);
        var variables = node.VariableDefinitions.Select(Build).ToList();
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var directives = Join(node.Directives, " ");
        var selectionSet = Build(node.SelectionSet);
        var prefix = Join([
            description,
            Join([Text(operation), Join([name, variableDefinitions]), directives], " "),
        ]);
        // Anonymous queries with no directives or variable definitions can use the query short form.
        return Join([
            node.Operation == OperationType.Query && prefix.Length == operation.Length
                ? new PrintBuffer()
                : Join([prefix, Text(" ")]),
            selectionSet,
        ]);
    }

    private static PrintBuffer BuildField(FieldNode node)
    {
        var prefix = Join([Wrap("", node.Alias, ": "), Build(node.Name)]);
        var arguments = node.Arguments.Select(Build).ToList();
        var directives = Wrap(" ", Join(node.Directives, " "));
        var selectionSet = Wrap(" ", node.SelectionSet);
        return Join([WrappedLineAndArguments(prefix, arguments), directives, selectionSet]);
    }

    private static PrintBuffer WrappedLineAndArguments(
        PrintBuffer prefix,
        List<PrintBuffer> arguments
    )
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }
        var wrapped =
            prefix.Length + JoinedLength(arguments, ", ") + 2 > MaxLineLength
                ? Wrap("(\n", Join(arguments, "\n").Indent(), "\n)")
                : Wrap("(", Join(arguments, ", "), ")");
        return Join([prefix, wrapped]);
    }

    private static string OperationName(OperationType operation) =>
        operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            _ => "subscription",
        };
}
