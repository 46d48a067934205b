using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void With_no_directives() =>
        ExpectValid(Rule, "query Foo { name ...Frag } fragment Frag on Dog { name }");

    [Fact]
    public void With_standard_directives() =>
        ExpectValid(Rule, "{ dog @include(if: true) { name } human @skip(if: false) { name } }");

    [Fact]
    public void With_unknown_directive() =>
        ExpectErrors(
            Rule,
            "{ dog @unknown(directive: \"value\") { name } }",
            ("Unknown directive \"@unknown\".", 1, 7)
        );

    [Fact]
    public void With_many_unknown_directives() =>
        ExpectErrors(
            Rule,
            "{ dog @unknown { name } human @unknown { pets @unknown { name } } }",
            ("Unknown directive \"@unknown\".", 1, 7),
            ("Unknown directive \"@unknown\".", 1, 31),
            ("Unknown directive \"@unknown\".", 1, 47)
        );

    [Fact]
    public void With_well_placed_directives() =>
        ExpectValid(
            Rule,
            """
            query ($var: Boolean @onVariableDefinition) @onQuery {
              dog @onField { ...Frag @onFragmentSpread ... @onInlineFragment { name } }
            }
            fragment Frag on Dog @onFragmentDefinition { name }
            mutation @onMutation { someField }
            subscription @onSubscription { someField }
            """
        );

    [Fact]
    public void With_misplaced_directives() =>
        ExpectErrors(
            Rule,
            """
            query ($var: Boolean @onQuery) @onMutation {
              dog @onQuery { ...Frag @onQuery }
            }
            mutation @onQuery { someField }
            subscription @onQuery { someField }
            fragment Frag on Dog @onField { name }
            """,
            ("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", 1, 22),
            ("Directive \"@onMutation\" may not be used on QUERY.", 1, 32),
            ("Directive \"@onQuery\" may not be used on FIELD.", 2, 7),
            ("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", 2, 26),
            ("Directive \"@onQuery\" may not be used on MUTATION.", 4, 10),
            ("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", 5, 14),
            ("Directive \"@onField\" may not be used on FRAGMENT_DEFINITION.", 6, 22)
        );

    [Fact]
    public void Directives_defined_in_the_document_are_known_with_their_locations() =>
        ExpectErrors(
            Rule,
            """
            directive @custom on QUERY
            query @custom { dog @custom { name } }
            """,
            ("Directive \"@custom\" may not be used on FIELD.", 2, 21)
        );

    [Fact]
    public void Checks_type_system_locations() =>
        ExpectErrors(
            Rule,
            """
            schema @onQuery { query: QueryRoot }
            type T @onQuery { f(a: Int @onQuery): Int @onQuery }
            input I @onQuery { f: Int @onQuery }
            extend input I { g: Int @onQuery }
            enum E @onQuery { A @onQuery }
            """,
            ("Directive \"@onQuery\" may not be used on SCHEMA.", 1, 8),
            ("Directive \"@onQuery\" may not be used on OBJECT.", 2, 8),
            ("Directive \"@onQuery\" may not be used on ARGUMENT_DEFINITION.", 2, 28),
            ("Directive \"@onQuery\" may not be used on FIELD_DEFINITION.", 2, 43),
            ("Directive \"@onQuery\" may not be used on INPUT_OBJECT.", 3, 9),
            ("Directive \"@onQuery\" may not be used on INPUT_FIELD_DEFINITION.", 3, 27),
            // As graphql-js: a field of an input object extension counts as an argument definition.
            ("Directive \"@onQuery\" may not be used on ARGUMENT_DEFINITION.", 4, 25),
            ("Directive \"@onQuery\" may not be used on ENUM.", 5, 8),
            ("Directive \"@onQuery\" may not be used on ENUM_VALUE.", 5, 21)
        );
}
