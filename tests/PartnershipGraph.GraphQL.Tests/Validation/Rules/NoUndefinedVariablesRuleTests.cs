using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void All_variables_defined() =>
        ExpectValid(
            Rule,
            "query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }"
        );

    [Fact]
    public void All_variables_deeply_defined_in_inline_fragments() =>
        ExpectValid(
            Rule,
            "query Foo($a: String, $b: String) { ... on Type { field(a: $a) { ... { field(b: $b) } } } }"
        );

    [Fact]
    public void All_variables_in_fragments_deeply_defined() =>
        ExpectValid(
            Rule,
            """
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field(c: $c) }
            """
        );

    [Fact]
    public void Variable_within_single_fragment_defined_in_multiple_operations() =>
        ExpectValid(
            Rule,
            """
            query Foo($a: String) { ...FragA }
            query Bar($a: String) { ...FragA }
            fragment FragA on Type { field(a: $a) }
            """
        );

    [Fact]
    public void Variable_within_recursive_fragment_defined() =>
        ExpectValid(
            Rule,
            """
            query Foo($a: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragA } }
            """
        );

    [Fact]
    public void Variable_not_defined_points_at_variable_and_operation() =>
        ExpectErrors(
            Rule,
            "query Foo($a: String, $b: String) { field(a: $a, b: $b, c: $c, d: $d) }",
            new ExpectedError(
                "Variable \"$c\" is not defined by operation \"Foo\".",
                new SourceLocation(1, 60),
                new SourceLocation(1, 1)
            ),
            new ExpectedError(
                "Variable \"$d\" is not defined by operation \"Foo\".",
                new SourceLocation(1, 67),
                new SourceLocation(1, 1)
            )
        );

    [Fact]
    public void Variable_not_defined_by_anonymous_operation() =>
        ExpectErrors(
            Rule,
            "{ field(a: $a) }",
            new ExpectedError(
                "Variable \"$a\" is not defined.",
                new SourceLocation(1, 12),
                new SourceLocation(1, 1)
            )
        );

    [Fact]
    public void Variable_in_fragment_not_defined_by_each_operation_that_uses_it() =>
        ExpectErrors(
            Rule,
            """
            query Foo($a: String) { ...FragAB }
            query Bar($a: String) { ...FragAB }
            fragment FragAB on Type { field(a: $a, b: $b) }
            """,
            new ExpectedError(
                "Variable \"$b\" is not defined by operation \"Foo\".",
                new SourceLocation(3, 43),
                new SourceLocation(1, 1)
            ),
            new ExpectedError(
                "Variable \"$b\" is not defined by operation \"Bar\".",
                new SourceLocation(3, 43),
                new SourceLocation(2, 1)
            )
        );

    [Fact]
    public void Variables_in_directives_and_variable_defaults_count() =>
        ExpectErrors(
            Rule,
            "query Foo @dir(a: $x) { field @include(if: $y) }",
            new ExpectedError(
                "Variable \"$x\" is not defined by operation \"Foo\".",
                new SourceLocation(1, 19),
                new SourceLocation(1, 1)
            ),
            new ExpectedError(
                "Variable \"$y\" is not defined by operation \"Foo\".",
                new SourceLocation(1, 44),
                new SourceLocation(1, 1)
            )
        );
}
