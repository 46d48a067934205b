using System.Text.Json;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Validation;

public class ValidationSchemaTests
{
    [Fact]
    public void The_code_first_schema_is_the_schema_graphql_js_builds_from_the_sdl()
    {
        var output = GraphQLJs.Run(
            "printSchema.mjs",
            JsonSerializer.Serialize(new[] { ValidationSchema.Sdl })
        );
        using var results = JsonDocument.Parse(output);
        var expected = results.RootElement[0].GetProperty("printed").GetString();

        Assert.Equal(expected, SchemaPrinter.Print(ValidationSchema.Schema));
    }
}
