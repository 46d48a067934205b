namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Honouring <c>@skip</c> and <c>@include</c> (graphql-js's directives-test), compared with graphql-js.</summary>
public class DirectivesDifferentialTests
{
    private const string Sdl = """
        type Query { a: String b: String nest: Query }
        """;

    private const string Root = """
        {"a": "a", "b": "b", "nest": {"a": "na", "b": "nb"}}
        """;

    private static readonly ExecutionOracle Oracle = new(
        Sdl,
        Root,
        new("Includes a field with no directive", "{ a b }"),
        new("Includes a field with include true", "{ a @include(if: true) b }"),
        new("Skips a field with include false", "{ a @include(if: false) b }"),
        new("Includes a field with skip false", "{ a @skip(if: false) b }"),
        new("Skips a field with skip true", "{ a @skip(if: true) b }"),
        new(
            "Skips a fragment spread with skip true",
            "{ a ...Frag @skip(if: true) } fragment Frag on Query { b }"
        ),
        new(
            "Includes a fragment spread with include true",
            "{ a ...Frag @include(if: true) } fragment Frag on Query { b }"
        ),
        new(
            "Skips a fragment spread with include false",
            "{ a ...Frag @include(if: false) } fragment Frag on Query { b }"
        ),
        new("Skips an inline fragment with skip true", "{ a ... on Query @skip(if: true) { b } }"),
        new(
            "Includes an inline fragment with include true",
            "{ a ... on Query @include(if: true) { b } }"
        ),
        new(
            "Skips an anonymous inline fragment with include false",
            "{ a ... @include(if: false) { b } }"
        ),
        new(
            "Includes an anonymous inline fragment with skip false",
            "{ a ... @skip(if: false) { b } }"
        ),
        new("Skip takes precedence over include", "{ a @include(if: true) @skip(if: true) b }"),
        new("Include false wins over skip false", "{ a @include(if: false) @skip(if: false) b }"),
        new(
            "Reads the condition from a variable",
            "query ($s: Boolean!) { a @skip(if: $s) b @include(if: $s) }",
            """{"s": true}"""
        ),
        new(
            "Uses the default of a condition variable",
            "query ($s: Boolean = false) { a @skip(if: $s) b }"
        ),
        new("Includes a field selected again without the directive", "{ a @skip(if: true) a b }"),
        new(
            "Skips fields in nested selection sets",
            "query ($s: Boolean!) { nest { a @skip(if: $s) b } }",
            """{"s": true}"""
        ),
        new(
            "Reports a condition variable without a runtime value at the root",
            "query ($s: Boolean) { a @skip(if: $s) b }"
        ),
        new(
            "Reports a condition variable without a runtime value as a field error",
            "query ($s: Boolean) { nest { a @skip(if: $s) } b }"
        ),
        new(
            "Visits a fragment spread only once",
            "{ ...Frag ...Frag @skip(if: true) } fragment Frag on Query { a }"
        )
    );

    public static TheoryData<string> Cases => Oracle.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_graphql_js(string name) => Oracle.AssertSameAsGraphQLJs(name);
}
