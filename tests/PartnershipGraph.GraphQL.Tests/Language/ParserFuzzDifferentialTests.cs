namespace PartnershipGraph.GraphQL.Tests.Language;

/// <summary>Mutated and random documents from fixed seeds: our verdict, printed text and error equal graphql-js's.</summary>
public sealed class ParserFuzzDifferentialTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Mutated_documents_parse_or_fail_as_in_graphql_js(int seed)
    {
        var mutator = new DocumentMutator(seed);
        var valid = DifferentialDocuments.Valid.Values.ToList();
        var sources = Enumerable
            .Range(0, 600)
            .Select(i => mutator.Mutate(valid[i % valid.Count]))
            .ToList();
        AssertSameOutcomes(sources);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Random_documents_parse_or_fail_as_in_graphql_js(int seed)
    {
        var mutator = new DocumentMutator(seed);
        var sources = Enumerable
            .Range(0, 500)
            .Select(i => mutator.RandomDocument(1 + (i % 40)))
            .ToList();
        AssertSameOutcomes(sources);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void Generated_documents_parse_and_print_as_in_graphql_js(int seed)
    {
        var generator = new DocumentGenerator(seed);
        var sources = Enumerable.Range(0, 400).Select(_ => generator.Document()).ToList();
        AssertSameOutcomes(sources);
        var valid = sources.Count(source => ParseOracle.Ours(source).Printed is not null);
        Assert.True(valid > 300, $"only {valid} of {sources.Count} generated documents were valid");
    }

    private static void AssertSameOutcomes(List<string> sources)
    {
        var expected = ParseOracle.GraphQLJs(sources);
        var mismatches = sources
            .Select(
                (source, i) => (source, expected: expected[i], actual: ParseOracle.Ours(source))
            )
            .Where(c => c.expected != c.actual)
            .Take(5)
            .Select(c => $"source: {Escape(c.source)}\nexpected {c.expected}\nactual   {c.actual}")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    private static string Escape(string source) =>
        string.Concat(source.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
