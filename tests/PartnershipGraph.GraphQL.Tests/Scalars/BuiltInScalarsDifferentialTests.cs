using System.Text.Json;
using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Scalars;

namespace PartnershipGraph.GraphQL.Tests.Scalars;

/// <summary>Serializes and parses JSON values with each built-in scalar and compares results and messages with graphql-js.</summary>
public class BuiltInScalarsDifferentialTests
{
    private static readonly string[] Values =
    [
        "0",
        "1",
        "-1",
        "1.0",
        "1.5",
        "-0.25",
        "2147483647",
        "2147483648",
        "-2147483649",
        "1e3",
        "1e21",
        // Integers beyond 2^53 are left out: JSON.parse rounds them, JsonInputValues keeps them exact.
        "9007199254740992",
        "true",
        "false",
        "null",
        "\"\"",
        "\"abc\"",
        "\"12\"",
        "\" 12 \"",
        "\"1.5\"",
        "\"0x10\"",
        "\"1e3\"",
        "\"true\"",
        "[]",
        "[1]",
        "[1,2]",
        "{}",
        "{\"a\":1}",
        "{\"a\":[1,{\"b\":\"c\"}]}",
    ];

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var scalar in new[] { "Int", "Float", "String", "Boolean", "ID" })
            {
                foreach (var method in new[] { "serialize", "parseValue" })
                {
                    data.Add(scalar, method);
                }
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_graphql_js(string scalarName, string method)
    {
        var input = JsonSerializer.Serialize(
            Values.Select(v => new
            {
                scalar = scalarName,
                method,
                value = JsonDocument.Parse(v).RootElement,
            })
        );
        var expected = JsonDocument
            .Parse(GraphQLJs.Run("scalars.mjs", input))
            .RootElement.EnumerateArray()
            .ToList();
        var scalar = BuiltInScalars.Get(scalarName)!;

        for (var i = 0; i < Values.Length; i++)
        {
            var value = JsonInputValues.ToClr(JsonDocument.Parse(Values[i]).RootElement);
            string actual;
            try
            {
                var result =
                    method == "serialize" ? scalar.Serialize(value) : scalar.ParseValue(value);
                actual = "result " + Normalize(JsonSerializer.SerializeToElement(result));
            }
            catch (GraphQLError error)
            {
                actual = "message " + error.Message;
            }
            var oracle = expected[i].TryGetProperty("result", out var r)
                ? "result " + Normalize(r)
                : "message " + expected[i].GetProperty("message").GetString();
            Assert.True(
                oracle == actual,
                $"{scalarName}.{method}({Values[i]}): graphql-js {oracle}, ours {actual}"
            );
        }
    }

    /// <summary>Numbers compared by value (graphql-js writes 1e+21 where System.Text.Json writes 1E+21).</summary>
    private static string Normalize(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number
            ? element.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture)
        : element.ValueKind == JsonValueKind.String ? "\"" + element.GetString() + "\""
        : element.GetRawText();
}
