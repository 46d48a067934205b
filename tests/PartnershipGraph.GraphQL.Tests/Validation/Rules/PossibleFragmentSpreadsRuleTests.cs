using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void Of_the_same_object() =>
        ExpectValid(
            Rule,
            """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """
        );

    [Fact]
    public void Of_the_same_object_with_inline_fragment() =>
        ExpectValid(
            Rule,
            """
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            """
        );

    [Fact]
    public void Object_into_an_implemented_interface() =>
        ExpectValid(
            Rule,
            """
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """
        );

    [Fact]
    public void Object_into_containing_union() =>
        ExpectValid(
            Rule,
            """
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """
        );

    [Fact]
    public void Union_into_contained_object() =>
        ExpectValid(
            Rule,
            """
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """
        );

    [Fact]
    public void Union_into_overlapping_interface() =>
        ExpectValid(
            Rule,
            """
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """
        );

    [Fact]
    public void Union_into_overlapping_union() =>
        ExpectValid(
            Rule,
            """
            fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """
        );

    [Fact]
    public void Interface_into_implemented_object() =>
        ExpectValid(
            Rule,
            """
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            """
        );

    [Fact]
    public void Interface_into_overlapping_interface() =>
        ExpectValid(
            Rule,
            """
            fragment interfaceWithinInterface on Pet { ...beingFragment }
            fragment beingFragment on Being { name }
            """
        );

    [Fact]
    public void Interface_into_overlapping_interface_in_inline_fragment() =>
        ExpectValid(
            Rule,
            """
            fragment interfaceWithinInterface on Pet { ... on Being { name } }
            """
        );

    [Fact]
    public void Interface_into_overlapping_union() =>
        ExpectValid(
            Rule,
            """
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """
        );

    [Fact]
    public void Ignores_incorrect_type_caught_by_FragmentsOnCompositeTypes() =>
        ExpectValid(
            Rule,
            """
            fragment petFragment on Pet { ...badInADifferentWay }
            fragment badInADifferentWay on String { name }
            """
        );

    [Fact]
    public void Ignores_unknown_fragments_caught_by_KnownFragmentNames() =>
        ExpectValid(
            Rule,
            """
            fragment petFragment on Pet { ...UnknownFragment }
            """
        );

    [Fact]
    public void Different_object_into_object() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            (
                "Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".",
                1,
                45
            )
        );

    [Fact]
    public void Different_object_into_object_in_inline_fragment() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """,
            (
                "Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".",
                2,
                3
            )
        );

    [Fact]
    public void Object_into_not_implementing_interface() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            (
                "Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".",
                1,
                48
            )
        );

    [Fact]
    public void Object_into_not_containing_union() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            (
                "Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".",
                1,
                49
            )
        );

    [Fact]
    public void Union_into_not_contained_object() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """,
            (
                "Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".",
                1,
                46
            )
        );

    [Fact]
    public void Union_into_non_overlapping_interface() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            (
                "Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".",
                1,
                47
            )
        );

    [Fact]
    public void Union_into_non_overlapping_union() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            (
                "Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".",
                1,
                48
            )
        );

    [Fact]
    public void Interface_into_non_implementing_object() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
            fragment intelligentFragment on Intelligent { iq }
            """,
            (
                "Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".",
                1,
                48
            )
        );

    [Fact]
    public void Interface_into_non_overlapping_interface() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidInterfaceWithinInterface on Pet {
              ...intelligentFragment
            }
            fragment intelligentFragment on Intelligent { iq }
            """,
            (
                "Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".",
                2,
                3
            )
        );

    [Fact]
    public void Interface_into_non_overlapping_interface_in_inline_fragment() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidInterfaceWithinInterfaceAnon on Pet {
              ...on Intelligent { iq }
            }
            """,
            (
                "Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".",
                2,
                3
            )
        );

    [Fact]
    public void Interface_into_non_overlapping_union() =>
        ExpectErrors(
            Rule,
            """
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            """,
            (
                "Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".",
                1,
                56
            )
        );

    [Fact]
    public void Interface_into_interface_it_implements_through_another() =>
        ExpectValid(
            Rule,
            """
            fragment canineWithinMammal on Mammal { ... on Canine { name } }
            """
        );

    [Fact]
    public void Spreads_inside_fields_use_the_field_type() =>
        ExpectErrors(
            Rule,
            """
            {
              human(id: 1) {
                pets { ...dogFragment ...humanFragment }
              }
            }
            fragment dogFragment on Dog { barkVolume }
            fragment humanFragment on Human { iq }
            """,
            (
                "Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".",
                3,
                27
            )
        );

    [Fact]
    public void Inline_fragment_without_type_condition_is_always_possible() =>
        ExpectValid(
            Rule,
            """
            fragment f on Cat { ... { meows } }
            """
        );
}
