using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void Known_fragment_names_are_valid() =>
        ExpectValid(
            Rule,
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
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
    public void Unknown_fragment_names_are_invalid() =>
        ExpectErrors(
            Rule,
            """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
            ("Unknown fragment \"UnknownFragment1\".", 3, 8),
            ("Unknown fragment \"UnknownFragment2\".", 5, 10),
            ("Unknown fragment \"UnknownFragment3\".", 11, 6)
        );

    [Fact]
    public void Spreads_inside_directives_and_fragments_of_unknown_types_are_checked_too() =>
        ExpectErrors(
            Rule,
            """
            fragment F on Unknown {
              a { ...Missing @include(if: true) }
            }
            """,
            ("Unknown fragment \"Missing\".", 2, 10)
        );
}
