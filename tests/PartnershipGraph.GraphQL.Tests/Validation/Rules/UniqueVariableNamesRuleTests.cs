using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void Unique_variable_names() =>
        ExpectValid(
            Rule,
            """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """
        );

    [Fact]
    public void Duplicate_variable_names_are_reported_once_per_name_with_every_location() =>
        ExpectErrors(
            Rule,
            """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($y: String, $y: Int) { __typename }
            query C($z: Int, $z: Int) { __typename }
            """,
            new ExpectedError(
                "There can be only one variable named \"$x\".",
                new SourceLocation(1, 10),
                new SourceLocation(1, 19),
                new SourceLocation(1, 28)
            ),
            new ExpectedError(
                "There can be only one variable named \"$y\".",
                new SourceLocation(2, 10),
                new SourceLocation(2, 22)
            ),
            new ExpectedError(
                "There can be only one variable named \"$z\".",
                new SourceLocation(3, 10),
                new SourceLocation(3, 19)
            )
        );

    [Fact]
    public void Groups_are_reported_in_the_order_names_first_appear() =>
        ExpectErrors(
            Rule,
            "query ($b: Int, $a: Int, $a: Int, $b: Int) { __typename }",
            new ExpectedError(
                "There can be only one variable named \"$b\".",
                new SourceLocation(1, 9),
                new SourceLocation(1, 36)
            ),
            new ExpectedError(
                "There can be only one variable named \"$a\".",
                new SourceLocation(1, 18),
                new SourceLocation(1, 27)
            )
        );
}
