namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Null propagation from non-null positions (graphql-js's nonnull-test), compared with graphql-js.</summary>
public class NonNullDifferentialTests
{
    private const string Fields = """
          sync: String
          syncNonNull: String!
          promise: String
          promiseNonNull: String!
          syncNest: DataType
          syncNonNullNest: DataType!
          promiseNest: DataType
          promiseNonNullNest: DataType!
          list: [DataType]
          nonNullList: [DataType!]
        """;

    private const string Sdl =
        "type Query {\n" + Fields + "\n}\ntype DataType {\n" + Fields + "\n}";

    private const string Throwing = """
        {
          "sync": {"$throw": "sync"}, "syncNonNull": {"$throw": "syncNonNull"},
          "promise": {"$async": {"$throw": "promise"}}, "promiseNonNull": {"$async": {"$throw": "promiseNonNull"}},
          "syncNest": {"sync": {"$throw": "sync"}, "syncNonNull": {"$throw": "syncNonNull"}, "promiseNonNull": {"$async": {"$throw": "promiseNonNull"}},
                       "syncNonNullNest": {"syncNonNull": {"$throw": "deep"}, "syncNonNullNest": {"syncNonNull": null}}},
          "syncNonNullNest": {"syncNonNull": {"$throw": "syncNonNull"}, "sync": "ok"},
          "promiseNest": {"$async": {"sync": {"$throw": "sync"}, "syncNonNull": {"$throw": "syncNonNull"}, "promiseNonNull": {"$async": null}}},
          "promiseNonNullNest": {"$async": {"syncNonNull": null, "sync": "ok"}},
          "list": [{"sync": "a"}, {"syncNonNull": null}, null],
          "nonNullList": [{"sync": "a"}, null]
        }
        """;

    private const string Nulls = """
        {
          "sync": null, "syncNonNull": null, "promise": {"$async": null}, "promiseNonNull": {"$async": null},
          "syncNest": {"syncNonNull": null, "sync": null, "promiseNonNull": {"$async": null}},
          "syncNonNullNest": null,
          "promiseNest": {"$async": {"syncNonNull": null}},
          "promiseNonNullNest": {"$async": null}
        }
        """;

    private static readonly ExecutionOracle Oracle = new(
        Sdl,
        Throwing,
        new("Nulls a nullable field that throws synchronously", "{ sync }"),
        new("Nulls a nullable field that throws asynchronously", "{ promise }"),
        new("Nulls the data when a non-null root field throws", "{ sync syncNonNull }"),
        new("Nulls the data when a non-null root field rejects", "{ sync promiseNonNull }"),
        new(
            "Nulls a nullable parent of a throwing non-null field",
            "{ syncNest { syncNonNull } sync }"
        ),
        new(
            "Nulls a nullable parent of a rejecting non-null field",
            "{ syncNest { promiseNonNull } }"
        ),
        new(
            "Nulls an async nullable parent of a throwing non-null field",
            "{ promiseNest { syncNonNull } }"
        ),
        new(
            "Propagates through a chain of non-null fields to the nearest nullable one",
            "{ syncNest { syncNonNullNest { syncNonNull } } }"
        ),
        new(
            "Propagates from two levels down through non-null objects",
            "{ syncNest { syncNonNullNest { syncNonNullNest { syncNonNull } } } }"
        ),
        new(
            "Propagates a non-null root object error to the data",
            "{ syncNonNullNest { syncNonNull } }"
        ),
        new(
            "Keeps siblings of a nulled parent",
            "{ syncNest { sync syncNonNull } syncNonNullNest { sync } }"
        ),
        new("Reports only the first error of a nulled parent", "{ syncNest { syncNonNull sync } }"),
        new(
            "Waits for started fields before propagating a synchronous error",
            "{ syncNest { promiseNonNull syncNonNull } }"
        ),
        new("Nulls a list item whose non-null field is null", "{ list { sync syncNonNull } }"),
        new("Nulls a list of non-null items when one is null", "{ nonNullList { sync } sync }"),
        new(
            "Reports null for a non-null field as a field error",
            "{ syncNonNullNest { sync } }",
            Root: Nulls
        ),
        new("Nulls the data for a null non-null root field", "{ sync syncNonNull }", Root: Nulls),
        new(
            "Nulls the data for an async null non-null root field",
            "{ promiseNonNull }",
            Root: Nulls
        ),
        new(
            "Nulls a parent for an async null non-null field",
            "{ syncNest { promiseNonNull } }",
            Root: Nulls
        ),
        new(
            "Nulls an async parent for a null non-null field",
            "{ promiseNest { syncNonNull } }",
            Root: Nulls
        ),
        new(
            "Nulls the data for an async null non-null object",
            "{ promiseNonNullNest { sync } }",
            Root: Nulls
        ),
        new(
            "Returns nulls for nullable fields without errors",
            "{ sync promise syncNest { sync } }",
            Root: Nulls
        )
    );

    public static TheoryData<string> Cases => Oracle.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_graphql_js(string name) => Oracle.AssertSameAsGraphQLJs(name);
}
