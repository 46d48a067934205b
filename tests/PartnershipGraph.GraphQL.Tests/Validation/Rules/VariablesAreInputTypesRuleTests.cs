using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void Unknown_types_are_ignored() =>
        ExpectValid(
            Rule,
            """
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              field(a: $a, b: $b)
            }
            """
        );

    [Fact]
    public void Input_types_are_valid() =>
        ExpectValid(
            Rule,
            """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor, $e: Any) {
              field(a: $a, b: $b, c: $c)
            }
            """
        );

    [Fact]
    public void Output_types_are_invalid() =>
        ExpectErrors(
            Rule,
            """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            ("Variable \"$a\" cannot be non-input type \"Dog\".", 1, 15),
            ("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", 1, 24),
            ("Variable \"$c\" cannot be non-input type \"Pet\".", 1, 44)
        );

    [Fact]
    public void Variables_of_fragments_are_not_checked_when_fragments_have_none() =>
        ExpectValid(Rule, "fragment F on Dog { name }");
}
