namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Operation selection, field collection, leaf completion and error locations (graphql-js's executor-test), compared with graphql-js.</summary>
public class ExecutorDifferentialTests
{
    private const string Sdl = """
        type Query {
          a: String b: String int: Int float: Float bool: Boolean id: ID color: Color
          thrower: String nnThrower: String! deep: Deep ints: [Int] echo(x: Int = 1, y: String): String
        }
        type Deep { a: String deeper: [Deep] thrower: String }
        type Mutation { setA: String }
        enum Color { RED GREEN }
        """;

    private const string Root = """
        {
          "a": "Apple", "b": "Banana", "int": 1, "float": 1.5, "bool": true, "id": 12, "color": "RED",
          "thrower": {"$throw": "Catch me if you can"}, "nnThrower": {"$throw": "Not null"},
          "deep": {"a": "Already Been Done", "deeper": [{"a": "x"}, null, {"a": "z", "thrower": {"$throw": "deep"}}]},
          "ints": [1, 2], "echo": {"$args": true}, "setA": "set"
        }
        """;

    private static readonly ExecutionOracle Oracle = new(
        Sdl,
        Root,
        new("Executes scalar fields", "{ a int float bool id color }"),
        new("Writes fields in selection order", "{ b a color int }"),
        new("Writes aliases", "{ x: a y: a z: b }"),
        new("Merges fields selected more than once", "{ deep { a } deep { deeper { a } } a a }"),
        new(
            "Merges fields from fragments",
            """
            { a ...F ... on Query { deep { a } } }
            fragment F on Query { b deep { deeper { a } } }
            """
        ),
        new("Writes __typename", "{ __typename t: __typename deep { __typename } }"),
        new("Ignores unknown fields", "{ a unknown b }"),
        new("Executes the only operation", "query Q { a }"),
        new("Executes the named operation", "query Q { a } query R { b }", OperationName: "R"),
        new("Reports several operations without a name", "query Q { a } query R { b }"),
        new("Reports an unknown operation name", "query Q { a }", OperationName: "Z"),
        new("Reports a document without an operation", "fragment F on Query { a }"),
        new("Executes a mutation", "mutation { setA }"),
        new("Reports an operation type the schema does not have", "subscription { a }"),
        new("Reports a resolver error with its location and path", "{ a thrower b }"),
        new(
            "Reports every location of a merged field",
            "{ thrower thrower ...F } fragment F on Query { thrower }"
        ),
        new("Reports the alias in the path", "{ oops: thrower }"),
        new("Reports list indices in the path", "{ deep { deeper { a thrower } } }"),
        new("Nulls the data when a non-null root field throws", "{ a nnThrower }"),
        new("Uses argument defaults", "{ echo e: echo(x: 5, y: \"y\") }"),
        new("Reports an invalid argument literal", "{ echo(x: \"five\") }"),
        new("Reports an int that is not an integer", "{ int }", Root: """{"int": 1.5}"""),
        new("Reports an int that is too large", "{ int }", Root: """{"int": 3000000000}"""),
        new("Serializes a numeric string as an int", "{ int }", Root: """{"int": "12"}"""),
        new("Reports a string that is not an int", "{ int }", Root: """{"int": "x1"}"""),
        new("Serializes a boolean as an int", "{ int }", Root: """{"int": true}"""),
        new("Reports a list given for an int", "{ int }", Root: """{"int": [1]}"""),
        new("Reports an object given for a string", "{ a }", Root: """{"a": {"k": 1}}"""),
        new(
            "Serializes numbers and booleans as strings",
            "{ a b }",
            Root: """{"a": 1.5, "b": true}"""
        ),
        new("Reports a number given for a boolean", "{ bool }", Root: """{"bool": 1}"""),
        new("Reports a string given for a float", "{ float }", Root: """{"float": "x"}"""),
        new("Serializes an integer float", "{ float }", Root: """{"float": 3}"""),
        new("Reports a boolean given for an ID", "{ id }", Root: """{"id": true}"""),
        new("Reports an unknown enum value", "{ color }", Root: """{"color": "BLUE"}"""),
        new("Reports a scalar given for a list", "{ ints }", Root: """{"ints": 1}"""),
        new(
            "Resolves object fields of a non-object value to null",
            "{ deep { a } }",
            Root: """{"deep": "string"}"""
        ),
        new(
            "Reports a field error in a fragment at the field's location",
            """
            { deep { ...D } }
            fragment D on Deep { thrower }
            """,
            Root: """{"deep": {"thrower": {"$throw": "in fragment"}}}"""
        ),
        new("Ignores type system definitions in the document", "{ a } type Other { x: Int }"),
        new("Leaves out arguments that were not given", "{ e: echo(y: null) }"),
        new(
            "Uses the first operation when given no name and one operation among fragments",
            "fragment F on Query { b } { a ...F }"
        ),
        new(
            "Reports a missing required argument given through a fragment",
            "{ ...F } fragment F on Query { deep { a } echo(x: null) }"
        ),
        new(
            "Merges sub-selections of aliased fields with the same key",
            "{ d: deep { a } d: deep { deeper { a } } }"
        ),
        new(
            "Keeps field order when fragments repeat a field",
            "{ b ...F a } fragment F on Query { a b int }"
        ),
        new(
            "Reports async errors in a list with their indices",
            "{ deep { deeper { thrower } } }",
            Root: """{"deep": {"deeper": [{"thrower": {"$async": "ok"}}, {"thrower": {"$async": {"$throw": "later"}}}]}}"""
        )
    );

    public static TheoryData<string> Cases => Oracle.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_graphql_js(string name) => Oracle.AssertSameAsGraphQLJs(name);
}
