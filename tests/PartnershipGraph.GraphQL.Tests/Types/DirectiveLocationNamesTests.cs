using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Types;

public class DirectiveLocationNamesTests
{
    [Fact]
    public void Every_location_round_trips_through_its_spec_name()
    {
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            Assert.True(DirectiveLocationNames.TryParse(location.ToSpecName(), out var parsed));
            Assert.Equal(location, parsed);
        }
    }

    [Theory]
    [InlineData(DirectiveLocation.FieldDefinition, "FIELD_DEFINITION")]
    [InlineData(DirectiveLocation.InputObject, "INPUT_OBJECT")]
    [InlineData(DirectiveLocation.VariableDefinition, "VARIABLE_DEFINITION")]
    [InlineData(DirectiveLocation.DirectiveDefinition, "DIRECTIVE_DEFINITION")]
    public void Names_locations_as_the_spec_does(DirectiveLocation location, string name) =>
        Assert.Equal(name, location.ToSpecName());

    [Fact]
    public void Rejects_unknown_names()
    {
        Assert.False(DirectiveLocationNames.TryParse("FIELDS", out _));
        Assert.False(DirectiveLocationNames.TryParse("field", out _));
    }

    [Fact]
    public void Executable_locations_are_the_first_eight()
    {
        Assert.Equal(
            [
                "QUERY",
                "MUTATION",
                "SUBSCRIPTION",
                "FIELD",
                "FRAGMENT_DEFINITION",
                "FRAGMENT_SPREAD",
                "INLINE_FRAGMENT",
                "VARIABLE_DEFINITION",
            ],
            Enum.GetValues<DirectiveLocation>()
                .Where(l => l.IsExecutable())
                .Select(l => l.ToSpecName())
        );
    }

    [Fact]
    public void Built_in_directives_are_defined_as_graphql_js_defines_them()
    {
        Assert.Equal(
            ["include", "skip", "deprecated", "specifiedBy", "oneOf"],
            BuiltInDirectives.All.Select(d => d.Name)
        );
        Assert.All(BuiltInDirectives.All, d => Assert.True(d.IsBuiltIn));
        Assert.Equal("Boolean!", BuiltInDirectives.Skip.GetArgument("if")!.Type.ToString());
        Assert.Equal(
            new PartnershipGraph.GraphQL.Language.Ast.StringValueNode("No longer supported"),
            BuiltInDirectives.Deprecated.GetArgument("reason")!.DefaultValue
        );
        Assert.Empty(BuiltInDirectives.OneOf.Arguments);
        Assert.True(BuiltInDirectives.IsBuiltIn("specifiedBy"));
        Assert.False(BuiltInDirectives.IsBuiltIn("cost"));
    }
}
