namespace PartnershipGraph.GraphQL.Tests.Language;

/// <summary>Our parser and printer against graphql-js's on the same documents: same printed text, same syntax errors.</summary>
public sealed class ParserDifferentialTests
{
    private static readonly Lazy<Dictionary<string, ParseOutcome>> Expected = new(() =>
    {
        var sources = DifferentialDocuments
            .Valid.Values.Concat(DifferentialDocuments.Invalid.Values)
            .Distinct()
            .ToList();
        return sources
            .Zip(ParseOracle.GraphQLJs(sources))
            .ToDictionary(pair => pair.First, pair => pair.Second);
    });

    public static TheoryData<string> ValidNames => new(DifferentialDocuments.Valid.Keys);

    public static TheoryData<string> InvalidNames => new(DifferentialDocuments.Invalid.Keys);

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void Prints_a_parsed_document_as_graphql_js_does(string name)
    {
        var source = DifferentialDocuments.Valid[name];
        var expected = Expected.Value[source];
        Assert.NotNull(expected.Printed);
        Assert.Equal(expected, ParseOracle.Ours(source));
    }

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void Printing_is_stable_when_the_printed_text_is_parsed_again(string name)
    {
        var printed = ParseOracle.Ours(DifferentialDocuments.Valid[name]).Printed!;
        Assert.Equal(printed, ParseOracle.Ours(printed).Printed);
    }

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void Reports_the_syntax_error_graphql_js_reports(string name)
    {
        var source = DifferentialDocuments.Invalid[name];
        var expected = Expected.Value[source];
        Assert.NotNull(expected.Message);
        Assert.Equal(expected, ParseOracle.Ours(source));
    }
}
