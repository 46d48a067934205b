using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void Two_levels_of_introspection_lists_are_allowed() =>
        ExpectValid(Rule, "{ __schema { types { fields { type { fields { name } } } } } }");

    [Fact]
    public void Three_levels_are_too_deep() =>
        ExpectErrors(
            Rule,
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            ("Maximum introspection depth exceeded", 1, 3)
        );

    [Fact]
    public void Every_list_field_counts() =>
        ExpectErrors(
            Rule,
            "{ __type(name: \"Dog\") { interfaces { possibleTypes { inputFields { name } } } } }",
            ("Maximum introspection depth exceeded", 1, 3)
        );

    [Fact]
    public void Depth_is_counted_through_fragments() =>
        ExpectErrors(
            Rule,
            """
            { __schema { types { ...F } } }
            fragment F on __Type { fields { type { ...G } } }
            fragment G on __Type { fields { type { ...H } } }
            fragment H on __Type { fields { name } }
            """,
            ("Maximum introspection depth exceeded", 1, 3)
        );

    [Fact]
    public void A_fragment_cycle_reaching_the_limit_is_reported_and_ends() =>
        ExpectErrors(
            Rule,
            """
            { __schema { types { ...F } } }
            fragment F on __Type { fields { type { ...F } } }
            """,
            ("Maximum introspection depth exceeded", 1, 3)
        );

    [Fact]
    public void A_shallow_fragment_cycle_is_allowed() =>
        ExpectValid(
            Rule,
            """
            { __schema { types { ...F } } }
            fragment F on __Type { name ofType { ...F } }
            """
        );

    [Fact]
    public void Fields_of_the_same_name_outside_introspection_do_not_count() =>
        ExpectValid(Rule, "{ dog { fields { fields { fields { name } } } } }");
}
