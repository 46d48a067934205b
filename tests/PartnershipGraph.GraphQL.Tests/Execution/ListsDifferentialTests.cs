namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Completing list values of every nullability (graphql-js's lists-test), compared with graphql-js.</summary>
public class ListsDifferentialTests
{
    private const string Sdl = """
        type Query { list: [Int] listNN: [Int]! itemsNN: [Int!] bothNN: [Int!]! nested: [[Int!]] items: [Item!] }
        type Item { n: Int! m: Int }
        """;

    private static readonly (string Name, string Value)[] Values =
    [
        ("a list", "[1, 2]"),
        ("a list with a null", "[1, null, 2]"),
        ("null", "null"),
        ("a list with an error", """[1, {"$throw": "bad"}]"""),
        ("an async list", """{"$async": [1, 2]}"""),
        ("a list of async items", """[{"$async": 1}, 2]"""),
        ("a list with an async null", """[1, {"$async": null}]"""),
        ("an async null", """{"$async": null}"""),
        ("a string", "\"not a list\""),
        ("a list with a value that is not an int", """[1, "x"]"""),
    ];

    private static readonly string[] FieldNames = ["list", "listNN", "itemsNN", "bothNN"];

    private static readonly ExecutionOracle Oracle = new(
        Sdl,
        "{}",
        [
            .. FieldNames.SelectMany(field =>
                Values.Select(value => new ExecutionCase(
                    $"Completes {field} given {value.Name}",
                    $"{{ {field} }}",
                    Root: $$"""{"{{field}}": {{value.Value}}}"""
                ))
            ),
            new(
                "Completes nested lists with a null inner item",
                "{ nested }",
                Root: """{"nested": [[1, 2], [3, null], null]}"""
            ),
            new(
                "Nulls a list of non-null objects when an item's non-null field is null",
                "{ items { n m } }",
                Root: """{"items": [{"n": 1, "m": 2}, {"n": null}]}"""
            ),
            new(
                "Completes a list of objects with an async field",
                "{ items { n m } }",
                Root: """{"items": [{"n": 1, "m": {"$async": 3}}, {"n": {"$async": 2}}]}"""
            ),
        ]
    );

    public static TheoryData<string> Cases => Oracle.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_graphql_js(string name) => Oracle.AssertSameAsGraphQLJs(name);
}
