using System.Text.Json.Nodes;

namespace PartnershipGraph.GraphQL.Tests.Introspection;

/// <summary>The meta-fields <c>__type(name:)</c>, <c>__schema</c> and <c>__typename</c> and the <c>includeDeprecated</c> arguments, through our request executor and graphql-js over the test schemas, mostly the kitchen sink.</summary>
public class MetaFieldsDifferentialTests
{
    private const string Root = """
        {
          "node": { "__typename": "Plan", "id": "p1", "name": "SEND plan" },
          "search": [
            { "__typename": "Area", "id": "a1" },
            { "__typename": "Board", "id": "b1" },
            { "__typename": "Plan", "id": "p2" }
          ],
          "single": { "__typename": "Board", "id": "b2" },
          "dated": { "__typename": "Plan", "id": "p3" }
        }
        """;

    private static readonly IntrospectionCase[] Cases =
    [
        new(
            "__typename on the root, objects, unions and interfaces",
            """
            {
              __typename
              node(id: "p1") { __typename ... on Plan { name } }
              search { __typename ... on Node { id } }
              single { __typename }
              dated { __typename id }
            }
            """,
            Root: Root
        ),
        new(
            "__typename of the introspection types",
            """{ __schema { __typename queryType { __typename kind } directives { __typename args { __typename } } } __type(name: "Rag") { __typename enumValues { __typename } } }"""
        ),
        new(
            "__type of an object type",
            """{ __type(name: "Plan") { kind name description interfaces { name } possibleTypes { name } fields { name } } }"""
        ),
        new(
            "__type of a type that does not exist",
            """{ __type(name: "Nope") { name } missing: __type(name: "plan") { kind } }"""
        ),
        new(
            "__type of an introspection type",
            """
            {
              __type(name: "__Type") {
                kind name
                fields { name args { name type { kind name ofType { kind name } } defaultValue } type { kind name } }
              }
            }
            """
        ),
        new(
            "__type of interfaces implementing interfaces and of unions",
            """
            {
              versioned: __type(name: "Versioned") { kind interfaces { name } possibleTypes { name } fields { name } }
              node: __type(name: "Node") { possibleTypes { name } }
              search: __type(name: "SearchResult") { kind description possibleTypes { name } interfaces { name } fields { name } }
            }
            """
        ),
        new(
            "Deprecated fields hidden by default and when includeDeprecated is false, listed when true",
            """
            {
              __type(name: "Plan") {
                byDefault: fields { name }
                without: fields(includeDeprecated: false) { name isDeprecated }
                with: fields(includeDeprecated: true) { name isDeprecated deprecationReason }
              }
            }
            """
        ),
        new(
            "Deprecated enum values hidden unless asked for",
            """
            {
              __type(name: "Rag") {
                byDefault: enumValues { name }
                without: enumValues(includeDeprecated: false) { name }
                with: enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              }
            }
            """
        ),
        new(
            "Deprecated input fields hidden unless asked for, on plain and OneOf input objects",
            """
            {
              filter: __type(name: "AreaFilter") {
                isOneOf
                byDefault: inputFields { name }
                with: inputFields(includeDeprecated: true) { name defaultValue isDeprecated deprecationReason }
              }
              key: __type(name: "PlanKey") {
                isOneOf description
                without: inputFields(includeDeprecated: false) { name }
                with: inputFields(includeDeprecated: true) { name description isDeprecated deprecationReason }
              }
            }
            """
        ),
        new(
            "Deprecated arguments of fields and directives hidden unless asked for",
            """
            {
              __type(name: "Reads") { fields { name args { name } all: args(includeDeprecated: true) { name isDeprecated deprecationReason } } }
              __schema {
                directives { name isRepeatable locations args { name } all: args(includeDeprecated: true) { name defaultValue isDeprecated } }
                withDeprecated: directives(includeDeprecated: true) { name }
              }
            }
            """
        ),
        new(
            "Default values printed as GraphQL literals",
            """{ __type(name: "Plan") { fields { name args { name defaultValue type { kind name ofType { kind name } } } } } }"""
        ),
        new(
            "Scalars with and without specifiedByURL",
            """
            {
              instant: __type(name: "Instant") { kind description specifiedByURL fields { name } ofType { name } }
              json: __type(name: "Json") { specifiedByURL }
              string: __type(name: "String") { kind specifiedByURL isOneOf }
            }
            """
        ),
        new(
            "__schema roots and description with non-standard root names",
            """{ __schema { description queryType { name } mutationType { name } subscriptionType { name } } }"""
        ),
        new(
            "__type through variables",
            """query ($name: String!, $all: Boolean!) { __type(name: $name) { name fields(includeDeprecated: $all) { name } } }""",
            Variables: """{ "name": "Versioned", "all": true }"""
        ),
        new("__type without its name is invalid", "{ __type { name } }"),
        new(
            "An unknown field of an introspection type is invalid",
            """{ __type(name: "Plan") { name nope } }"""
        ),
        new(
            "__schema is not available below the root",
            """{ node(id: "p1") { __schema { description } } }"""
        ),
        new(
            "Introspection fields under directives, aliases and fragments",
            """
            query Q {
              __schema @include(if: false) { description }
              t: __typename @skip(if: true)
              kind: __type(name: "Rag") { ...Named ... on __Type { k: kind } }
              __type(name: "Plan") @skip(if: false) { fields @include(if: true) { name } }
            }
            fragment Named on __Type { name enumValues(includeDeprecated: true) { name } }
            """
        ),
        new("__typename on the mutation root", "mutation { __typename }", Root: Root),
        new(
            "A subscription selecting __typename at its root is invalid",
            "subscription { __typename }"
        ),
        new(
            "Unused built-in scalars are not in a schema",
            """{ float: __type(name: "Float") { name } id: __type(name: "ID") { name } string: __type(name: "String") { name kind } boolean: __type(name: "Boolean") { name } }""",
            Schema: "only Query"
        ),
        new(
            "Every type named, in order",
            "{ __schema { types { name kind } directives { name } } }",
            Schema: "validation, built in code"
        ),
        new(
            "Default values given as CLR values",
            """
            {
              __type(name: "KpiFilter") { inputFields(includeDeprecated: true) { name defaultValue isDeprecated } }
              query: __type(name: "KpiQuery") { fields { args { name defaultValue } } }
              __schema { directives { name args { name defaultValue } } }
            }
            """,
            Schema: "built in code"
        ),
    ];

    private static readonly Lazy<Dictionary<string, JsonNode>> Theirs = new(() =>
        Cases
            .Zip(
                IntrospectionOracle.GraphQLJs(
                    Cases.Select(c => (IntrospectionSchemas.All[c.Schema].Sdl, c))
                )
            )
            .ToDictionary(p => p.First.Name, p => p.Second)
    );

    public static TheoryData<string> Names => [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Answers_as_graphql_js(string name)
    {
        var @case = Cases.Single(c => c.Name == name);
        var ours = IntrospectionOracle.Ours(IntrospectionSchemas.All[@case.Schema].Schema, @case);

        Assert.Equal(IntrospectionOracle.Text(Theirs.Value[name]), IntrospectionOracle.Text(ours));
    }
}
