namespace PartnershipGraph.GraphQL.Tests.Execution;

/// <summary>Coercing variable values and arguments (graphql-js's variables-test), compared with graphql-js.</summary>
public class VariablesDifferentialTests
{
    private const string Sdl = """
        type Query {
          args(s: String, i: Int, f: Float, b: Boolean, id: ID, e: Color, l: [Int], nl: [Int!], o: TestInput, one: OneOf): String
          argsDefault(s: String = "default", i: Int = 42, e: Color = RED, l: [Int] = [1, 2], o: TestInput = {c: "x", b: ["y"]}): String
          argsRequired(r: String!, ri: Int! = 7): String
          nested(l: [[Int!]]): String
        }
        input TestInput { a: String, b: [String], c: String!, d: Int = 5, e: TestInput, f: Color }
        input OneOf @oneOf { a: String, b: Int }
        enum Color { RED GREEN BLUE }
        """;

    private const string Root = """
        { "args": {"$args": true}, "argsDefault": {"$args": true}, "argsRequired": {"$args": true}, "nested": {"$args": true} }
        """;

    private static readonly ExecutionOracle Oracle = new(
        Sdl,
        Root,
        new(
            "Coerces literal scalars",
            """{ args(s: "x", i: 1, f: 1.5, b: true, id: 4, e: GREEN) }"""
        ),
        new("Coerces an int literal to a float", """{ args(f: 3) }"""),
        new("Coerces a single literal to a list", """{ args(l: 1) }"""),
        new("Coerces a literal input object with defaults", """{ args(o: {c: "c", a: "a"}) }"""),
        new("Uses argument defaults", """{ argsDefault }"""),
        new("Overrides argument defaults", """{ argsDefault(s: null, i: 1, l: null) }"""),
        new("Reports an argument of invalid type", """{ args(i: "one") }"""),
        new("Reports an out of range int argument", """{ args(i: 3000000000) }"""),
        new("Reports an unknown enum value argument", """{ args(e: PURPLE) }"""),
        new("Reports a missing required argument", """{ argsRequired }"""),
        new("Reports a null required argument", """{ argsRequired(r: null) }"""),
        new("Reports a missing required input field in a literal", """{ args(o: {a: "a"}) }"""),
        new(
            "Uses the default of an argument given an absent variable",
            """query ($i: Int) { argsRequired(r: "r", ri: $i) argsDefault(i: $i) }"""
        ),
        new(
            "Reports a required argument given an absent variable",
            """query ($r: String) { argsRequired(r: $r) }"""
        ),
        new(
            "Reports a required argument given a null variable",
            """query ($r: String) { argsRequired(r: $r) }""",
            """{"r": null}"""
        ),
        new(
            "Passes variables of every scalar type",
            """query ($s: String, $i: Int, $f: Float, $b: Boolean, $id: ID, $e: Color) { args(s: $s, i: $i, f: $f, b: $b, id: $id, e: $e) }""",
            """{"s": "x", "i": 1, "f": 2, "b": false, "id": 12, "e": "BLUE"}"""
        ),
        new(
            "Passes an input object variable with defaults",
            """query ($o: TestInput) { args(o: $o) }""",
            """{"o": {"a": "foo", "b": ["bar"], "c": "baz"}}"""
        ),
        new(
            "Coerces a single value to a list in an input object variable",
            """query ($o: TestInput) { args(o: $o) }""",
            """{"o": {"b": "bar", "c": "baz"}}"""
        ),
        new(
            "Passes variables inside literals",
            """query ($c: String!, $a: String) { args(o: {c: $c, a: $a, b: [$a, "z"]}) }""",
            """{"c": "C"}"""
        ),
        new(
            "Reports a missing required input field in a variable",
            """query ($o: TestInput) { args(o: $o) }""",
            """{"o": {"a": "foo"}}"""
        ),
        new(
            "Reports a null non-null input field in a variable",
            """query ($o: TestInput) { args(o: $o) }""",
            """{"o": {"c": null}}"""
        ),
        new(
            "Reports an unknown input field in a variable with a suggestion",
            """query ($o: TestInput) { args(o: $o) }""",
            """{"o": {"c": "c", "ff": "x", "extra": 1}}"""
        ),
        new(
            "Reports a nested invalid value with its path",
            """query ($o: TestInput) { args(o: $o) }""",
            """{"o": {"c": "c", "e": {"c": "d", "b": ["ok", 1, true]}}}"""
        ),
        new(
            "Reports an input object variable that is not an object",
            """query ($o: TestInput) { args(o: $o) }""",
            """{"o": "foo"}"""
        ),
        new(
            "Reports a missing non-null variable",
            """query ($r: String!) { argsRequired(r: $r) }"""
        ),
        new(
            "Reports a null non-null variable",
            """query ($r: String!) { argsRequired(r: $r) }""",
            """{"r": null}"""
        ),
        new(
            "Uses the default of a variable",
            """query ($s: String = "from default", $l: [Int] = [3]) { args(s: $s, l: $l) }"""
        ),
        new(
            "Passes null over a variable default",
            """query ($s: String = "from default") { args(s: $s) }""",
            """{"s": null}"""
        ),
        new(
            "Reports a string given for an int variable",
            """query ($i: Int) { args(i: $i) }""",
            """{"i": "12"}"""
        ),
        new(
            "Reports a fractional number given for an int variable",
            """query ($i: Int) { args(i: $i) }""",
            """{"i": 1.5}"""
        ),
        new(
            "Reports a number given for a string variable",
            """query ($s: String) { args(s: $s) }""",
            """{"s": 12}"""
        ),
        new(
            "Reports an unknown enum variable value with a suggestion",
            """query ($e: Color) { args(e: $e) }""",
            """{"e": "GREN"}"""
        ),
        new(
            "Reports null items in a list of non-null variable",
            """query ($nl: [Int!]) { args(nl: $nl) }""",
            """{"nl": [1, null, 3, null]}"""
        ),
        new(
            "Coerces a single variable value to a nested list",
            """query ($l: [[Int!]]) { nested(l: $l) }""",
            """{"l": 4}"""
        ),
        new(
            "Reports an invalid item in a nested list variable",
            """query ($l: [[Int!]]) { nested(l: $l) }""",
            """{"l": [[1], [2, "x"]]}"""
        ),
        new(
            "Reports a variable of a non-input type",
            """query ($q: Query) { args(s: "x") }""",
            """{"q": {}}"""
        ),
        new("Reports a variable of an unknown type", """query ($q: Unknown) { args(s: "x") }"""),
        new(
            "Reports every variable error",
            """query ($a: Int!, $b: String!, $c: Color) { args(i: $a, s: $b, e: $c) }""",
            """{"c": 1}"""
        ),
        new(
            "Accepts a one-of input object with one field",
            """query ($one: OneOf) { args(one: $one) }""",
            """{"one": {"b": 2}}"""
        ),
        new(
            "Reports a one-of input object with two fields",
            """query ($one: OneOf) { args(one: $one) }""",
            """{"one": {"a": "x", "b": 2}}"""
        ),
        new(
            "Reports a one-of input object with a null field",
            """query ($one: OneOf) { args(one: $one) }""",
            """{"one": {"a": null}}"""
        ),
        new("Accepts a one-of literal with one field", """{ args(one: {a: "x"}) }"""),
        new("Reports a one-of literal with two fields", """{ args(one: {a: "x", b: 1}) }"""),
        new(
            "Reports a variable used for a non-null list item that is null",
            """query ($i: Int) { args(nl: [1, $i]) }""",
            """{"i": null}"""
        ),
        new(
            "Passes null for a missing variable inside a nullable list",
            """query ($i: Int) { args(l: [1, $i]) }"""
        ),
        new(
            "Uses an input field default when the variable inside the literal is missing",
            """query ($d: Int) { args(o: {c: "c", d: $d}) }"""
        )
    );

    public static TheoryData<string> Cases => Oracle.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_graphql_js(string name) => Oracle.AssertSameAsGraphQLJs(name);
}
