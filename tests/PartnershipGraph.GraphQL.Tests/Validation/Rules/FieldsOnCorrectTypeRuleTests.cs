using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Validation;
using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void Object_field_selection() =>
        ExpectValid(
            Rule,
            """
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """
        );

    [Fact]
    public void Aliased_object_field_selection() =>
        ExpectValid(
            Rule,
            """
            fragment aliasedObjectFieldSelection on Dog {
              tn : __typename
              otherName : name
            }
            """
        );

    [Fact]
    public void Interface_field_selection() =>
        ExpectValid(
            Rule,
            """
            fragment interfaceFieldSelection on Pet {
              __typename
              name
            }
            """
        );

    [Fact]
    public void Aliased_interface_field_selection() =>
        ExpectValid(
            Rule,
            """
            fragment interfaceFieldSelection on Pet {
              otherName : name
            }
            """
        );

    [Fact]
    public void Lying_alias_selection() =>
        ExpectValid(
            Rule,
            """
            fragment lyingAliasSelection on Dog {
              name : nickname
            }
            """
        );

    [Fact]
    public void Ignores_fields_on_unknown_type() =>
        ExpectValid(
            Rule,
            """
            fragment unknownSelection on UnknownType {
              unknownField
            }
            """
        );

    [Fact]
    public void Reports_errors_when_type_is_known_again() =>
        ExpectErrors(
            Rule,
            """
            fragment typeKnownAgain on Pet {
              unknown_pet_field {
                ... on Cat {
                  unknown_cat_field
                }
              }
            }
            """,
            ("Cannot query field \"unknown_pet_field\" on type \"Pet\".", 2, 3),
            ("Cannot query field \"unknown_cat_field\" on type \"Cat\".", 4, 7)
        );

    [Fact]
    public void Field_not_defined_on_fragment() =>
        ExpectErrors(
            Rule,
            """
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """,
            (
                "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?",
                2,
                3
            )
        );

    [Fact]
    public void Ignores_deeply_unknown_field() =>
        ExpectErrors(
            Rule,
            """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """,
            ("Cannot query field \"unknown_field\" on type \"Dog\".", 2, 3)
        );

    [Fact]
    public void Sub_field_not_defined() =>
        ExpectErrors(
            Rule,
            """
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """,
            ("Cannot query field \"unknown_field\" on type \"Pet\".", 3, 5)
        );

    [Fact]
    public void Field_not_defined_on_inline_fragment() =>
        ExpectErrors(
            Rule,
            """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """,
            (
                "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?",
                3,
                5
            )
        );

    [Fact]
    public void Aliased_field_target_not_defined() =>
        ExpectErrors(
            Rule,
            """
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            """,
            ("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 2, 3)
        );

    [Fact]
    public void Aliased_lying_field_target_not_defined() =>
        ExpectErrors(
            Rule,
            """
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume : kawVolume
            }
            """,
            ("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 2, 3)
        );

    [Fact]
    public void Not_defined_on_interface() =>
        ExpectErrors(
            Rule,
            """
            fragment notDefinedOnInterface on Pet {
              tailLength
            }
            """,
            ("Cannot query field \"tailLength\" on type \"Pet\".", 2, 3)
        );

    [Fact]
    public void Defined_on_implementors_but_not_on_interface() =>
        ExpectErrors(
            Rule,
            """
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """,
            (
                "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?",
                2,
                3
            )
        );

    [Fact]
    public void Meta_field_selection_on_union() =>
        ExpectValid(
            Rule,
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              __typename
            }
            """
        );

    [Fact]
    public void Direct_field_selection_on_union() =>
        ExpectErrors(
            Rule,
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """,
            ("Cannot query field \"directField\" on type \"CatOrDog\".", 2, 3)
        );

    [Fact]
    public void Defined_on_implementors_queried_on_union() =>
        ExpectErrors(
            Rule,
            """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """,
            (
                "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?",
                2,
                3
            )
        );

    [Fact]
    public void Suggests_the_interfaces_most_implementors_share_first() =>
        ExpectErrors(
            Rule,
            """
            fragment beingFields on Being {
              iq
            }
            """,
            (
                "Cannot query field \"iq\" on type \"Being\". Did you mean to use an inline fragment on \"Intelligent\", \"Alien\", or \"Human\"?",
                2,
                3
            )
        );

    [Fact]
    public void Suggests_super_types_before_subtypes_in_graphql_js_sort_order() =>
        ExpectErrors(
            Rule,
            """
            fragment mammalFields on Mammal {
              name
            }
            """,
            (
                "Cannot query field \"name\" on type \"Mammal\". Did you mean to use an inline fragment on \"Being\", \"Canine\", \"Pet\", or \"Dog\"?",
                2,
                3
            )
        );

    [Fact]
    public void Typename_is_valid_on_every_root_type() =>
        ExpectValid(
            Rule,
            """
            query {
              __typename
              dog { __typename }
            }
            """
        );

    [Fact]
    public void Query_fields_are_not_mutation_fields() =>
        ExpectErrors(
            Rule,
            """
            mutation {
              adoptDog(name: "Rex") { name }
              __typename
              dog { name }
            }
            """,
            ("Cannot query field \"dog\" on type \"MutationRoot\".", 4, 3)
        );

    [Fact]
    public void Valid_field_in_inline_fragment() =>
        ExpectValid(
            Rule,
            """
            fragment objectFieldSelection on Pet {
              ... on Dog {
                name
              }
              ... {
                name
              }
            }
            """
        );

    [Fact]
    public void Misspelled_field_in_inline_fragment_on_union_member() =>
        ExpectErrors(
            Rule,
            """
            {
              humanOrAlien {
                ... on Human { name }
                ... on Alien { nme }
              }
            }
            """,
            ("Cannot query field \"nme\" on type \"Alien\". Did you mean \"name\"?", 4, 20)
        );

    [Fact]
    public void Unknown_root_fields() =>
        ExpectErrors(
            Rule,
            """
            {
              dogs { name }
              cats: kat { name }
            }
            """,
            ("Cannot query field \"dogs\" on type \"QueryRoot\". Did you mean \"dog\"?", 2, 3),
            (
                "Cannot query field \"kat\" on type \"QueryRoot\". Did you mean \"cat\" or \"pet\"?",
                3,
                3
            )
        );

    [Fact]
    public void Works_with_no_suggestions() =>
        ExpectErrorsWithSchema(
            Sdl(
                """
                type T { fieldWithVeryLongNameThatWillNeverBeSuggested: String }
                type Query { t: T }
                """
            ),
            Rule,
            "{ t { f } }",
            ("Cannot query field \"f\" on type \"T\".", 1, 7)
        );

    [Fact]
    public void Works_with_no_small_numbers_of_type_suggestions() =>
        ExpectErrorsWithSchema(
            Sdl(
                """
                union T = A | B
                type Query { t: T }
                type A { f: String }
                type B { f: String }
                """
            ),
            Rule,
            "{ t { f } }",
            (
                "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?",
                1,
                7
            )
        );

    [Fact]
    public void Works_with_no_small_numbers_of_field_suggestions() =>
        ExpectErrorsWithSchema(
            Sdl(
                """
                type T { y: String z: String }
                type Query { t: T }
                """
            ),
            Rule,
            "{ t { f } }",
            ("Cannot query field \"f\" on type \"T\". Did you mean \"y\" or \"z\"?", 1, 7)
        );

    [Fact]
    public void Only_shows_one_set_of_suggestions_at_a_time_preferring_types() =>
        ExpectErrorsWithSchema(
            Sdl(
                """
                interface T { y: String }
                type Query { t: T }
                type A implements T { f: String y: String }
                type B implements T { f: String y: String }
                """
            ),
            Rule,
            "{ t { f } }",
            (
                "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?",
                1,
                7
            )
        );

    [Fact]
    public void Limits_lots_of_type_suggestions() =>
        ExpectErrorsWithSchema(
            Sdl(
                """
                union T = A | B | C | D | E | F
                type Query { t: T }
                type A { f: String }
                type B { f: String }
                type C { f: String }
                type D { f: String }
                type E { f: String }
                type F { f: String }
                """
            ),
            Rule,
            "{ t { f } }",
            (
                "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\", \"B\", \"C\", \"D\", or \"E\"?",
                1,
                7
            )
        );

    [Fact]
    public void Limits_lots_of_field_suggestions() =>
        ExpectErrorsWithSchema(
            Sdl(
                """
                type T { u: String v: String w: String x: String y: String z: String }
                type Query { t: T }
                """
            ),
            Rule,
            "{ t { f } }",
            (
                "Cannot query field \"f\" on type \"T\". Did you mean \"u\", \"v\", \"w\", \"x\", or \"y\"?",
                1,
                7
            )
        );

    [Fact]
    public void Sort_type_suggestions_based_on_inheritance_order() =>
        ExpectErrorsWithSchema(
            Sdl(
                """
                interface T { bar: String }
                type Query { t: T }
                interface Z implements T { foo: String bar: String }
                interface Y implements Z & T { foo: String bar: String }
                type X implements Y & Z & T { foo: String bar: String }
                """
            ),
            Rule,
            "{ t { foo } }",
            (
                "Cannot query field \"foo\" on type \"T\". Did you mean to use an inline fragment on \"Z\", \"Y\", or \"X\"?",
                1,
                7
            )
        );

    [Fact]
    public void Sort_type_suggestions_of_a_deep_hierarchy_as_graphql_js_does() =>
        ExpectErrorsWithSchema(
            Sdl(
                """
                interface Animal { name: String }
                type Query { animal: Animal }
                interface Mammal implements Animal { name: String x: Int }
                interface Canine implements Animal & Mammal { name: String x: Int }
                interface Feline implements Animal & Mammal { name: String x: Int }
                type Fox implements Animal & Mammal & Canine { name: String x: Int }
                type Dog implements Animal & Mammal & Canine { name: String x: Int }
                type Cat implements Animal & Mammal & Feline { name: String x: Int }
                """
            ),
            Rule,
            "{ animal { x } }",
            (
                "Cannot query field \"x\" on type \"Animal\". Did you mean to use an inline fragment on \"Mammal\", \"Canine\", \"Feline\", \"Cat\", or \"Dog\"?",
                1,
                12
            )
        );

    [Fact]
    public void Hides_suggestions_when_asked() =>
        Assert.Equal(
            [
                "Cannot query field \"nickname\" on type \"Pet\".",
                "Cannot query field \"meowVolume\" on type \"Dog\".",
            ],
            Validate(
                    Rule,
                    "fragment F on Pet { nickname ... on Dog { meowVolume } }",
                    options: new ValidationOptions { HideSuggestions = true }
                )
                .Select(e => e.Message)
        );

    private static GraphQL.Types.Schema Sdl(string sdl) => SchemaBuilder.FromSdl(sdl).Build();
}
