using System.Text.Json.Nodes;

namespace PartnershipGraph.GraphQL.Tests.Introspection;

/// <summary>
/// The descriptions of the introspection types (<c>__Schema</c>, <c>__Type</c>, …), the built-in directives (<c>@include</c>, …) and
/// the built-in scalars (<c>String</c>, …) in a full introspection result: the only part of it allowed to differ from graphql-js's.
/// </summary>
internal static class IntrospectionDescriptions
{
    private static readonly string[] BuiltInScalarNames =
    [
        "String",
        "Int",
        "Float",
        "Boolean",
        "ID",
    ];

    private static readonly string[] BuiltInDirectiveNames =
    [
        "include",
        "skip",
        "deprecated",
        "specifiedBy",
        "oneOf",
    ];

    /// <summary>Each description of an introspection type, its fields, their arguments and its enum values, of a built-in scalar, and of a built-in directive and its arguments, by schema coordinate.</summary>
    public static Dictionary<string, string?> Read(JsonNode result)
    {
        var descriptions = new Dictionary<string, string?>();
        Visit(
            result,
            (coordinate, owner) => descriptions[coordinate] = (string?)owner["description"]
        );
        return descriptions;
    }

    /// <summary>A copy of the result with those descriptions set to null.</summary>
    public static JsonNode Remove(JsonNode result)
    {
        var copy = result.DeepClone();
        Visit(copy, (_, owner) => owner["description"] = null);
        return copy;
    }

    private static void Visit(JsonNode result, Action<string, JsonObject> visit)
    {
        var schema = result["data"]!["__schema"]!;
        foreach (var directive in schema["directives"]!.AsArray().Select(d => d!.AsObject()))
        {
            var name = (string)directive["name"]!;
            if (!BuiltInDirectiveNames.Contains(name))
            {
                continue;
            }
            visit($"@{name}", directive);
            foreach (var argument in Members(directive, "args"))
            {
                visit($"@{name}({argument["name"]}:)", argument);
            }
        }
        foreach (var type in schema["types"]!.AsArray().Select(t => t!.AsObject()))
        {
            var name = (string)type["name"]!;
            if (BuiltInScalarNames.Contains(name))
            {
                visit(name, type);
                continue;
            }
            if (!name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }
            visit(name, type);
            foreach (var member in Members(type, "fields", "inputFields", "enumValues"))
            {
                var coordinate = $"{name}.{member["name"]}";
                visit(coordinate, member);
                foreach (var argument in Members(member, "args"))
                {
                    visit($"{coordinate}({argument["name"]}:)", argument);
                }
            }
        }
    }

    private static IEnumerable<JsonObject> Members(JsonObject owner, params string[] lists) =>
        lists
            .SelectMany(list => owner[list] is JsonArray items ? items : [])
            .Select(m => m!.AsObject());
}
