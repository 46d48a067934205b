using System.Text;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Utilities;

/// <summary>Prints a schema as SDL, byte for byte as graphql-js's <c>printSchema</c>.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Type-System.
/// Built-in scalars, built-in directives and introspection types are left out; the <c>schema</c> definition is printed
/// only when it has a description or a root type is not named <c>Query</c>, <c>Mutation</c> or <c>Subscription</c>.
/// </remarks>
public static class SchemaPrinter
{
    /// <summary>The schema's SDL, definitions separated by blank lines, without a trailing new line.</summary>
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }
        parts.AddRange(schema.Directives.Where(d => !d.IsBuiltIn).Select(PrintDirective));
        parts.AddRange(
            schema
                .TypeMap.Values.Where(t =>
                    !t.IsBuiltIn && !t.Name.StartsWith("__", StringComparison.Ordinal)
                )
                .Select(PrintType)
        );
        return string.Join("\n\n", parts);
    }

    /// <summary>The built-in directives and the introspection types, as graphql-js's <c>printIntrospectionSchema</c>.</summary>
    public static string PrintIntrospectionSchema(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }
        parts.AddRange(schema.Directives.Where(d => d.IsBuiltIn).Select(PrintDirective));
        parts.AddRange(
            schema
                .TypeMap.Values.Where(Types.Introspection.Introspection.IsIntrospectionType)
                .Select(PrintType)
        );
        return string.Join("\n\n", parts);
    }

    /// <summary>One named type's definition.</summary>
    public static string PrintType(NamedType type) =>
        type switch
        {
            ScalarType scalar => PrintDescription(scalar.Description)
                + $"scalar {scalar.Name}"
                + PrintSpecifiedBy(scalar),
            ObjectType obj => PrintDescription(obj.Description)
                + $"type {obj.Name}"
                + PrintInterfaces(obj)
                + PrintFields(obj),
            InterfaceType iface => PrintDescription(iface.Description)
                + $"interface {iface.Name}"
                + PrintInterfaces(iface)
                + PrintFields(iface),
            UnionType union => PrintDescription(union.Description)
                + "union "
                + union.Name
                + (
                    union.Types.Count > 0
                        ? " = " + string.Join(" | ", union.Types.Select(t => t.Name))
                        : ""
                ),
            EnumType enumType => PrintDescription(enumType.Description)
                + $"enum {enumType.Name}"
                + PrintBlock(
                    enumType.Values.Select(
                        (v, i) =>
                            PrintDescription(v.Description, "  ", i == 0)
                            + "  "
                            + v.Name
                            + PrintDeprecated(v.DeprecationReason)
                    )
                ),
            InputObjectType input => PrintDescription(input.Description)
                + $"input {input.Name}"
                + (input.IsOneOf ? " @oneOf" : "")
                + PrintBlock(
                    input.Fields.Select(
                        (f, i) =>
                            PrintDescription(f.Description, "  ", i == 0)
                            + "  "
                            + PrintInputValue(f)
                    )
                ),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };

    /// <summary>One directive's definition.</summary>
    public static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description)
        + "directive @"
        + directive.Name
        + PrintArguments(directive.Arguments)
        + PrintDeprecated(directive.DeprecationReason)
        + (directive.IsRepeatable ? " repeatable" : "")
        + " on "
        + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && HasCommonRootNames(schema))
        {
            return null;
        }
        var operations = new List<string> { $"  query: {schema.QueryType.Name}" };
        if (schema.MutationType is { } mutation)
        {
            operations.Add($"  mutation: {mutation.Name}");
        }
        if (schema.SubscriptionType is { } subscription)
        {
            operations.Add($"  subscription: {subscription.Name}");
        }
        return PrintDescription(schema.Description)
            + "schema {\n"
            + string.Join("\n", operations)
            + "\n}";
    }

    private static bool HasCommonRootNames(Schema schema) =>
        schema.QueryType.Name == "Query"
        && schema.MutationType?.Name is null or "Mutation"
        && schema.SubscriptionType?.Name is null or "Subscription";

    private static string PrintInterfaces(ObjectOrInterfaceType type) =>
        type.Interfaces.Count > 0
            ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name))
            : "";

    private static string PrintFields(ObjectOrInterfaceType type) =>
        PrintBlock(
            type.Fields.Select(
                (f, i) =>
                    PrintDescription(f.Description, "  ", i == 0)
                    + "  "
                    + f.Name
                    + PrintArguments(f.Arguments, "  ")
                    + ": "
                    + f.Type
                    + PrintDeprecated(f.DeprecationReason)
            )
        );

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string PrintArguments(
        IReadOnlyList<InputValueDefinition> arguments,
        string indentation = ""
    )
    {
        if (arguments.Count == 0)
        {
            return "";
        }
        if (arguments.All(a => a.Description is null || a.Description.Length == 0))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }
        return "(\n"
            + string.Join(
                "\n",
                arguments.Select(
                    (a, i) =>
                        PrintDescription(a.Description, "  " + indentation, i == 0)
                        + "  "
                        + indentation
                        + PrintInputValue(a)
                )
            )
            + "\n"
            + indentation
            + ")";
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (PrintDefaultValue(value) is { } defaultValue)
        {
            declaration += " = " + defaultValue;
        }
        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string? PrintDefaultValue(InputValueDefinition value) =>
        Types.Introspection.IntrospectionResolvers.PrintDefaultValue(value);

    private static string PrintDeprecated(string? reason) =>
        reason switch
        {
            null => "",
            BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
            _ => $" @deprecated(reason: {ValuePrinter.PrintString(reason)})",
        };

    private static string PrintSpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null
            ? ""
            : $" @specifiedBy(url: {ValuePrinter.PrintString(scalar.SpecifiedByUrl)})";

    private static string PrintDescription(
        string? description,
        string indentation = "",
        bool firstInBlock = true
    )
    {
        if (description is null)
        {
            return "";
        }
        var literal = IsPrintableAsBlockString(description)
            ? BlockStringPrinter.Print(description)
            : ValuePrinter.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    /// <summary>Whether the string survives a round trip as a block string (graphql-js's <c>isPrintableAsBlockString</c>).</summary>
    internal static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                case < ' ':
                    return false;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }
}
