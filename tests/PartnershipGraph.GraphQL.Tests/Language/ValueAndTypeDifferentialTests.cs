namespace PartnershipGraph.GraphQL.Tests.Language;

/// <summary><c>parseValue</c>, <c>parseConstValue</c> and <c>parseType</c> against graphql-js: same printed text, same errors.</summary>
public sealed class ValueAndTypeDifferentialTests
{
    private static readonly string[] Values =
    [
        "123",
        "-1.5e-3",
        "\"string\"",
        "\"\"\"block\n  string\"\"\"",
        "true",
        "null",
        "ENUM",
        "$var",
        "[1, $v, [true]]",
        "{a: 1, b: {c: $v}}",
        "[]",
        "{}",
        "  # comment\n 1 ",
        "",
        "1 2",
        "[1",
        "{a}",
        "{a: }",
        "$",
        "$1",
        "@",
        "...",
        "01",
        "\"unterminated",
        "{a: 1,, b: 2,}",
        "[[[[[]]]]]",
        "query",
    ];

    private static readonly string[] Types =
    [
        "String",
        "String!",
        "[String]",
        "[String!]!",
        "[[Int]!]",
        "",
        "!",
        "String!!",
        "[String",
        "[]",
        "String]",
        "1",
        "$v",
        "[String!]! extra",
        "# c\n Int # d",
    ];

    private static readonly Lazy<Dictionary<string, ParseOutcome>> ExpectedValues = new(() =>
        Expect(Values, "value")
    );

    private static readonly Lazy<Dictionary<string, ParseOutcome>> ExpectedConstValues = new(() =>
        Expect(Values, "constValue")
    );

    private static readonly Lazy<Dictionary<string, ParseOutcome>> ExpectedTypes = new(() =>
        Expect(Types, "type")
    );

    public static TheoryData<string> ValueSources => new(Values);

    public static TheoryData<string> TypeSources => new(Types);

    [Theory]
    [MemberData(nameof(ValueSources))]
    public void Parses_a_value_as_graphql_js_does(string source) =>
        Assert.Equal(ExpectedValues.Value[source], ParseOracle.Ours(source, "value"));

    [Theory]
    [MemberData(nameof(ValueSources))]
    public void Parses_a_constant_value_as_graphql_js_does(string source) =>
        Assert.Equal(ExpectedConstValues.Value[source], ParseOracle.Ours(source, "constValue"));

    [Theory]
    [MemberData(nameof(TypeSources))]
    public void Parses_a_type_as_graphql_js_does(string source) =>
        Assert.Equal(ExpectedTypes.Value[source], ParseOracle.Ours(source, "type"));

    private static Dictionary<string, ParseOutcome> Expect(string[] sources, string kind) =>
        sources
            .Zip(ParseOracle.GraphQLJs(sources, kind))
            .ToDictionary(pair => pair.First, pair => pair.Second);
}
