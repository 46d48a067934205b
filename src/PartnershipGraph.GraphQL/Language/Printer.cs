using System.Runtime.CompilerServices;
using System.Text;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language;

/// <summary>Prints a syntax tree back to GraphQL source text, exactly as graphql-js's <c>print</c> does.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Language</remarks>
public static partial class Printer
{
    // The wrapping limit applies to total string length, including newlines.
    private const int MaxLineLength = 80;

    /// <summary>Prints a node and everything below it.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Build(node).Render();
    }

    private static PrintBuffer Build(SyntaxNode? node)
    {
        if (node is null)
        {
            return new PrintBuffer();
        }
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            NameNode name => new PrintBuffer(name.Value),
            DocumentNode document => Join(document.Definitions, "\n\n"),
            ExecutableDefinitionNode or VariableDefinitionNode or SelectionSetNode =>
                BuildExecutable(node),
            SelectionNode or ArgumentNode or DirectiveNode => BuildExecutable(node),
            ValueNode or ObjectFieldNode or TypeNode => BuildValue(node),
            _ => BuildTypeSystem(node),
        };
    }

    private static PrintBuffer BuildValue(SyntaxNode node) =>
        node switch
        {
            VariableNode variable => Join([Text("$"), Build(variable.Name)]),
            IntValueNode value => Text(value.Value),
            FloatValueNode value => Text(value.Value),
            StringValueNode value => Text(
                value.Block ? BlockString.Print(value.Value) : PrintString(value.Value)
            ),
            BooleanValueNode value => Text(value.Value ? "true" : "false"),
            NullValueNode => Text("null"),
            EnumValueNode value => Text(value.Value),
            ListValueNode list => Join([Text("["), Join(list.Values, ", "), Text("]")]),
            ObjectValueNode obj => Join([Text("{"), Join(obj.Fields, ", "), Text("}")]),
            ObjectFieldNode field => Join([Build(field.Name), Text(": "), Build(field.Value)]),
            NamedTypeNode type => Build(type.Name),
            ListTypeNode type => Join([Text("["), Build(type.Type), Text("]")]),
            NonNullTypeNode type => Join([Build(type.Type), Text("!")]),
            _ => throw new ArgumentException($"Cannot print {node.GetType().Name}.", nameof(node)),
        };

    private static PrintBuffer Text(string text) => new(text);

    private static PrintBuffer Join(IEnumerable<SyntaxNode> nodes, string separator = "") =>
        Join(nodes.Select(Build), separator);

    private static PrintBuffer Join(IEnumerable<PrintBuffer> items, string separator = "")
    {
        PrintBuffer? result = null;
        foreach (var item in items)
        {
            if (item.Length == 0)
            {
                continue;
            }
            if (result is null)
            {
                result = item;
            }
            else
            {
                result.Append(separator).Append(item);
            }
        }
        return result ?? new PrintBuffer();
    }

    private static PrintBuffer Block(IEnumerable<SyntaxNode> nodes) =>
        Wrap("{\n", Join(nodes, "\n").Indent(), "\n}");

    private static PrintBuffer Wrap(string start, PrintBuffer buffer, string end = "")
    {
        if (buffer.Length == 0)
        {
            return buffer;
        }
        return start.Length == 0
            ? buffer.Append(end)
            : new PrintBuffer(start).Append(buffer).Append(end);
    }

    private static PrintBuffer Wrap(string start, SyntaxNode? node, string end = "") =>
        Wrap(start, Build(node), end);

    private static bool HasMultilineItems(List<PrintBuffer> items) =>
        items.Exists(item => item.Newlines != 0);

    private static int JoinedLength(List<PrintBuffer> items, string separator)
    {
        var length = 0;
        foreach (var item in items)
        {
            if (item.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + item.Length;
            }
        }
        return length;
    }

    /// <summary>Escapes a string as graphql-js's <c>printString</c> does.</summary>
    private static string PrintString(string value)
    {
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    result.Append("\\\"");
                    break;
                case '\\':
                    result.Append("\\\\");
                    break;
                case '\b':
                    result.Append("\\b");
                    break;
                case '\t':
                    result.Append("\\t");
                    break;
                case '\n':
                    result.Append("\\n");
                    break;
                case '\f':
                    result.Append("\\f");
                    break;
                case '\r':
                    result.Append("\\r");
                    break;
                case <= '\u001F' or (>= '\u007F' and <= '\u009F'):
                    result
                        .Append("\\u")
                        .Append(
                            ((int)c).ToString(
                                "X4",
                                System.Globalization.CultureInfo.InvariantCulture
                            )
                        );
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.Append('"').ToString();
    }
}
