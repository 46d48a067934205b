using System.Text;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Utilities;

/// <summary>Prints value literals and type references as graphql-js's <c>print</c> does, for messages and the SDL printer.</summary>
internal static class ValuePrinter
{
    /// <summary>The literal as GraphQL source, such as <c>{a: 1, b: [2, 3]}</c>.</summary>
    public static string Print(ValueNode node)
    {
        var builder = new StringBuilder();
        Append(builder, node);
        return builder.ToString();
    }

    /// <summary>The type reference as GraphQL source, such as <c>[Int!]!</c>.</summary>
    public static string Print(TypeNode node) =>
        node switch
        {
            NamedTypeNode named => named.Name.Value,
            ListTypeNode list => "[" + Print(list.Type) + "]",
            NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };

    private static void Append(StringBuilder builder, ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode intValue:
                builder.Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                builder.Append(floatValue.Value);
                break;
            case StringValueNode { Block: true } block:
                builder.Append(BlockStringPrinter.Print(block.Value));
                break;
            case StringValueNode stringValue:
                builder.Append(PrintString(stringValue.Value));
                break;
            case BooleanValueNode booleanValue:
                builder.Append(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append(enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }
                    Append(builder, list.Values[i]);
                }
                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }
                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    Append(builder, obj.Fields[i].Value);
                }
                builder.Append('}');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node));
        }
    }

    /// <summary>A string literal with GraphQL's escapes: control characters, <c>"</c>, <c>\</c> and U+007F–U+009F.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        builder
                            .Append("\\u")
                            .Append(
                                ((int)c).ToString(
                                    "X4",
                                    System.Globalization.CultureInfo.InvariantCulture
                                )
                            );
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
