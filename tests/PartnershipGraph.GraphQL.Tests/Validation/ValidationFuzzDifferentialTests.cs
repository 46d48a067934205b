using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Validation;

namespace PartnershipGraph.GraphQL.Tests.Validation;

/// <summary>Corpus documents with names replaced, from fixed seeds: our errors equal graphql-js's.</summary>
public class ValidationFuzzDifferentialTests
{
    private const int DocumentsPerSeed = 300;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Mutated_documents_validate_as_in_graphql_js(int seed)
    {
        var mutator = new CorpusMutator(seed, ValidationSchema.Schema);
        var corpus = ValidationCorpus.Documents.Values.ToList();
        var documents = Enumerable
            .Range(0, DocumentsPerSeed)
            .Select(i => mutator.Mutate(corpus[(i * 7 + seed) % corpus.Count]))
            .Where(Parses)
            .ToList();

        var expected = ValidationCorpus
            .ValidateWithGraphQLJs(documents)
            .Select(errors => string.Join("\n", errors))
            .ToList();

        for (var i = 0; i < documents.Count; i++)
        {
            var actual = DocumentValidator
                .Validate(ValidationSchema.Schema, Parser.Parse(documents[i]))
                .Select(ExpectedError.Describe);
            Assert.True(
                expected[i] == string.Join("\n", actual),
                $"Document:\n{documents[i]}\ngraphql-js:\n{expected[i]}\nours:\n{string.Join("\n", actual)}"
            );
        }
        Assert.True(documents.Count > DocumentsPerSeed / 2);
        Assert.True(expected.Count(e => e.Length > 0) > documents.Count / 4);
    }

    private static bool Parses(string document)
    {
        try
        {
            Parser.Parse(document);
            return true;
        }
        catch (GraphQLError)
        {
            return false;
        }
    }
}
