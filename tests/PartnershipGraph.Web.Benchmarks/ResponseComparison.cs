using System.Text.Json;

namespace PartnershipGraph.Web.Benchmarks;

/// <summary>Compares the <c>data</c> of the GraphQL response with the baseline's.</summary>
public static class ResponseComparison
{
    /// <summary>Null when both carry the same data in the same order, else what differs.</summary>
    public static string? Difference(string graphQLJson, string baselineJson)
    {
        using var graphQL = JsonDocument.Parse(graphQLJson);
        using var baseline = JsonDocument.Parse(baselineJson);
        if (graphQL.RootElement.TryGetProperty("errors", out var errors))
        {
            return $"the GraphQL response has errors: {errors}";
        }
        var left = graphQL.RootElement.GetProperty("data");
        var right = baseline.RootElement.GetProperty("data");
        if (JsonElement.DeepEquals(left, right))
        {
            return null;
        }
        return Canonical(left) == Canonical(right)
            ? "the same data in a different order"
            : $"different data: GraphQL {graphQLJson.Length} chars, baseline {baselineJson.Length} chars";
    }

    /// <summary>The element with object properties and array items sorted, as text.</summary>
    private static string Canonical(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => "{"
                + string.Join(
                    ",",
                    element
                        .EnumerateObject()
                        .OrderBy(p => p.Name, StringComparer.Ordinal)
                        .Select(p => JsonSerializer.Serialize(p.Name) + ":" + Canonical(p.Value))
                )
                + "}",
            JsonValueKind.Array => "["
                + string.Join(
                    ",",
                    element.EnumerateArray().Select(Canonical).Order(StringComparer.Ordinal)
                )
                + "]",
            _ => element.GetRawText(),
        };
}
