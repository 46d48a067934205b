using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void All_fragment_names_are_used() =>
        ExpectValid(
            Rule,
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """
        );

    [Fact]
    public void All_fragment_names_are_used_by_multiple_operations() =>
        ExpectValid(
            Rule,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """
        );

    [Fact]
    public void Contains_unknown_fragments() =>
        ExpectErrors(
            Rule,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
            }
            fragment Unused2 on Human {
              name
            }
            """,
            ("Fragment \"Unused1\" is never used.", 21, 1),
            ("Fragment \"Unused2\" is never used.", 24, 1)
        );

    [Fact]
    public void Contains_unknown_fragments_with_ref_cycle() =>
        ExpectErrors(
            Rule,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """,
            ("Fragment \"Unused1\" is never used.", 21, 1),
            ("Fragment \"Unused2\" is never used.", 25, 1)
        );

    [Fact]
    public void Contains_unknown_and_undef_fragments() =>
        ExpectErrors(
            Rule,
            """
            query Foo {
              human(id: 4) {
                ...bar
              }
            }
            fragment foo on Human {
              name
            }
            """,
            ("Fragment \"foo\" is never used.", 6, 1)
        );

    [Fact]
    public void Fragments_without_operations_are_all_unused() =>
        ExpectErrors(
            Rule,
            """
            fragment A on Dog { ...B }
            fragment B on Dog { name }
            """,
            ("Fragment \"A\" is never used.", 1, 1),
            ("Fragment \"B\" is never used.", 2, 1)
        );

    [Fact]
    public void A_fragment_used_only_by_an_unused_fragment_is_unused() =>
        ExpectErrors(
            Rule,
            """
            { dog { ...Used } }
            fragment Used on Dog { name }
            fragment Orphan on Dog { ...Helper }
            fragment Helper on Dog { barks }
            """,
            ("Fragment \"Orphan\" is never used.", 3, 1),
            ("Fragment \"Helper\" is never used.", 4, 1)
        );

    [Fact]
    public void Fragments_used_in_nested_inline_fragments_are_used() =>
        ExpectValid(
            Rule,
            """
            {
              pet {
                ... on Dog {
                  mother { ...DogFields }
                }
              }
            }
            fragment DogFields on Dog { name }
            """
        );
}
