using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void Uses_all_variables() =>
        ExpectValid(Rule, "query ($a: String, $b: String) { field(a: $a, b: $b) }");

    [Fact]
    public void Uses_all_variables_deeply_in_fragments() =>
        ExpectValid(
            Rule,
            """
            query Foo($a: String, $b: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragA } }
            """
        );

    [Fact]
    public void Variable_used_by_directive_counts() =>
        ExpectValid(Rule, "query ($a: Boolean) { field @include(if: $a) }");

    [Fact]
    public void Variable_not_used_by_anonymous_operation() =>
        ExpectErrors(
            Rule,
            "query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }",
            ("Variable \"$c\" is never used.", 1, 32)
        );

    [Fact]
    public void Variables_not_used_by_named_operation() =>
        ExpectErrors(
            Rule,
            "query Foo($a: String, $b: String, $c: String) { field(b: $b) }",
            ("Variable \"$a\" is never used in operation \"Foo\".", 1, 11),
            ("Variable \"$c\" is never used in operation \"Foo\".", 1, 35)
        );

    [Fact]
    public void Variable_used_only_by_an_unreferenced_fragment_is_unused() =>
        ExpectErrors(
            Rule,
            """
            query Foo($a: String, $b: String) { ...FragA }
            fragment FragA on Type { field(a: $a) }
            fragment FragB on Type { field(b: $b) }
            """,
            ("Variable \"$b\" is never used in operation \"Foo\".", 1, 23)
        );

    [Fact]
    public void Variable_used_by_another_operations_fragment_is_unused() =>
        ExpectErrors(
            Rule,
            """
            query Foo($b: String) { ...FragA }
            query Bar($a: String) { ...FragB }
            fragment FragA on Type { field(a: $a) }
            fragment FragB on Type { field(b: $b) }
            """,
            ("Variable \"$b\" is never used in operation \"Foo\".", 1, 11),
            ("Variable \"$a\" is never used in operation \"Bar\".", 2, 11)
        );

    [Fact]
    public void A_default_value_is_not_a_use() =>
        ExpectErrors(
            Rule,
            "query Foo($a: Int = 1, $b: Int) { field(b: $b) }",
            ("Variable \"$a\" is never used in operation \"Foo\".", 1, 11)
        );
}
