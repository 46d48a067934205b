using System.Globalization;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The built-in <c>ID</c> scalar: an opaque identifier written as a string.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-ID</remarks>
internal sealed class IdType()
    : ScalarType(
        "ID",
        "An `ID` value is a unique identifier, commonly used to fetch an object again or as a cache key. It is serialized as a string that is not meant to be read by people, and as input both strings and integers are accepted."
    )
{
    /// <summary>Strings as they are, integers and GUIDs as strings.</summary>
    public override object? Serialize(object? value) =>
        AsId(value)
        ?? throw new GraphQLError($"ID cannot represent value: {Inspector.Inspect(value)}");

    /// <summary>Accepts strings and integers (as their string form).</summary>
    public override object? ParseValue(object? value) =>
        value is Guid
            ? throw new GraphQLError($"ID cannot represent value: {Inspector.Inspect(value)}")
            : AsId(value)
                ?? throw new GraphQLError($"ID cannot represent value: {Inspector.Inspect(value)}");

    /// <summary>Accepts string and integer literals.</summary>
    public override object? ParseLiteral(
        ValueNode valueNode,
        IReadOnlyDictionary<string, object?>? variables = null
    ) =>
        valueNode switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw Errors.AtNode(
                $"ID cannot represent a non-string and non-integer value: {ValuePrinter.Print(valueNode)}",
                valueNode
            ),
        };

    private static string? AsId(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case Guid g:
                return g.ToString("D", CultureInfo.InvariantCulture);
            case bool:
                return null;
        }
        return JsNumber.ToDouble(value) is { } n && JsNumber.IsInteger(n)
            ? JsNumber.Format(value!)
            : null;
    }
}
