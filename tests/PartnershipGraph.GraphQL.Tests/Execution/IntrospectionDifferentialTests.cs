using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Executing introspection queries (the <c>__schema</c>, <c>__type</c> and <c>__typename</c> meta-fields), compared with graphql-js.</summary>
/// <remarks>The full introspection query is compared in <c>Introspection/IntrospectionQueryDifferentialTests</c>, which allows for our own descriptions of the introspection types.</remarks>
public class IntrospectionDifferentialTests
{
    private const string Sdl = """
        "The partnership's plans."
        schema { query: Query mutation: Mutation }
        "The root of reads."
        type Query {
          "A plan by id."
          plan(id: ID!, version: Int = 2 @deprecated(reason: "Versions are gone.")): Plan
          old: String @deprecated
          search(filter: Filter = {title: "x", rag: [MET]}): [Result!]!
        }
        type Mutation { rename(title: String!): Plan }
        interface Node { id: ID! }
        type Plan implements Node { id: ID! rag: Rag title: String }
        type Board implements Node { id: ID! name: String @deprecated(reason: "Use title.") }
        union Result = Plan | Board
        "Red, amber, green."
        enum Rag { MET NOT_RATED @deprecated(reason: "Rate it.") }
        input Filter { title: String rag: [Rag!] old: Int @deprecated }
        input Key @oneOf { id: ID ref: String }
        scalar DateTime @specifiedBy(url: "https://example.org/dt")
        directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION | OBJECT
        """;

    private static readonly ExecutionOracle Oracle = new(
        Sdl,
        SchemaBuilder.FromSdl(Sdl).Build(),
        "{}",
        new(
            "Answers a type query with arguments and without deprecated members",
            """
            {
              plan: __type(name: "Plan") { name kind fields { name } interfaces { name } }
              rag: __type(name: "Rag") { enumValues { name } }
              query: __type(name: "Query") { fields { name args { name defaultValue } } }
              missing: __type(name: "Nope") { name }
            }
            """
        ),
        new(
            "Answers __typename on the query root and in introspection types",
            "{ __typename __schema { __typename queryType { __typename name } } }"
        ),
        new(
            "Answers __type through a variable",
            """query ($name: String!) { __type(name: $name) { name possibleTypes { name } } }""",
            """{"name": "Result"}"""
        ),
        new(
            "Ignores __schema below the query root",
            """mutation { __typename __schema { description } }"""
        )
    );

    public static TheoryData<string> Cases => Oracle.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_graphql_js(string name) => Oracle.AssertSameAsGraphQLJs(name);
}
