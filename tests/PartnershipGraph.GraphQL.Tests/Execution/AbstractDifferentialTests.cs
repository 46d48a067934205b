namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Resolving interfaces and unions (graphql-js's abstract-test and union-interface-test), compared with graphql-js.</summary>
public class AbstractDifferentialTests
{
    private const string Sdl = """
        interface Named { name: String }
        interface Pet implements Named { name: String friends: [Pet] }
        type Dog implements Pet & Named { name: String woofs: Boolean friends: [Pet] }
        type Cat implements Pet & Named { name: String meows: Boolean friends: [Pet] }
        type Person implements Named { name: String pets: [Pet] }
        union CatOrDog = Cat | Dog
        type Query { pets: [Pet] pet: Pet petNN: Pet! catOrDog: [CatOrDog] named: [Named] person: Person }
        """;

    private const string Root = """
        {
          "pets": [
            {"__typename": "Dog", "name": "Odie", "woofs": true, "friends": [{"__typename": "Cat", "name": "Garfield", "meows": false}]},
            {"__typename": "Cat", "name": "Garfield", "meows": false}
          ],
          "catOrDog": [{"__typename": "Cat", "name": "Tom", "meows": true}, {"$async": {"__typename": "Dog", "name": "Spike", "woofs": true}}],
          "named": [{"__typename": "Person", "name": "Liz", "pets": [{"__typename": "Dog", "name": "Odie"}]}, {"__typename": "Dog", "name": "Odie"}],
          "person": {"name": "Liz", "pets": [{"__typename": "Dog", "name": "Odie", "woofs": true}]}
        }
        """;

    private static readonly ExecutionOracle Oracle = new(
        Sdl,
        Root,
        new(
            "Resolves an interface list by __typename",
            "{ pets { __typename name ... on Dog { woofs } ... on Cat { meows } } }"
        ),
        new(
            "Resolves a union list with async items",
            "{ catOrDog { __typename ... on Cat { name meows } ... on Dog { name woofs } } }"
        ),
        new(
            "Applies fragments on interfaces to their implementations",
            "{ named { ... on Pet { name } ... on Person { pets { name } } } }"
        ),
        new(
            "Applies named fragments with abstract type conditions",
            """
            { pets { ...PetFields friends { ...PetFields } } }
            fragment PetFields on Pet { __typename name ... on Named { n: name } }
            """
        ),
        new(
            "Selects no fields of a fragment on another type",
            "{ pets { ... on Person { name } } }"
        ),
        new(
            "Resolves an abstract field of an object",
            "{ person { name pets { __typename ... on Dog { woofs } } } }"
        ),
        new(
            "Reports a value without a type name",
            "{ pet { name } }",
            Root: """{"pet": {"name": "Odie"}}"""
        ),
        new(
            "Reports a type name that does not exist",
            "{ pet { name } }",
            Root: """{"pet": {"__typename": "Fish", "name": "Nemo"}}"""
        ),
        new(
            "Reports a type name of a non-object type",
            "{ pet { name } }",
            Root: """{"pet": {"__typename": "Named", "name": "Nemo"}}"""
        ),
        new(
            "Reports a type that is not a possible type",
            "{ catOrDog { __typename } pet { name } }",
            Root: """{"catOrDog": [{"__typename": "Person"}], "pet": {"__typename": "Person", "name": "Liz"}}"""
        ),
        new(
            "Propagates an unresolvable non-null abstract value",
            "{ petNN { name } }",
            Root: """{"petNN": {"name": "Odie"}}"""
        ),
        new("Returns null for a null abstract value", "{ pet { name } }", Root: """{"pet": null}""")
    );

    public static TheoryData<string> Cases => Oracle.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_graphql_js(string name) => Oracle.AssertSameAsGraphQLJs(name);
}
