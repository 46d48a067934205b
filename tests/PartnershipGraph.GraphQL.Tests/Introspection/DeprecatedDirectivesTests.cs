using System.Text.Json.Nodes;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Introspection;

/// <summary>Directives deprecated in code (SDL cannot deprecate a directive): <c>__Schema.directives</c> hides them unless <c>includeDeprecated</c> is true, as graphql-js 16.15 does.</summary>
public class DeprecatedDirectivesTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .Object("Query", t => t.Field("a", "Int"))
        .Directive(
            "old",
            d => d.Locations(DirectiveLocation.FieldDefinition).Deprecated("Use @new.")
        )
        .Directive("new", d => d.Locations(DirectiveLocation.FieldDefinition))
        .Build();

    private static JsonNode Directives(string arguments) =>
        IntrospectionOracle.Ours(
            Schema,
            new(
                "directives",
                $$"""{ __schema { directives{{arguments}} { name isDeprecated deprecationReason } } }"""
            )
        )["data"]!["__schema"]!["directives"]!;

    [Theory]
    [InlineData("")]
    [InlineData("(includeDeprecated: false)")]
    public void Hides_deprecated_directives_by_default(string arguments) =>
        Assert.DoesNotContain(
            "old",
            Directives(arguments).AsArray().Select(d => (string?)d!["name"])
        );

    [Fact]
    public void Lists_deprecated_directives_with_their_reason_when_asked()
    {
        var old = Directives("(includeDeprecated: true)")
            .AsArray()
            .Single(d => (string?)d!["name"] == "old")!;

        Assert.True((bool)old["isDeprecated"]!);
        Assert.Equal("Use @new.", (string?)old["deprecationReason"]);
        Assert.Contains(
            "new",
            Directives("(includeDeprecated: true)").AsArray().Select(d => (string?)d!["name"])
        );
    }
}
