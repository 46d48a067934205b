using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Validation;

namespace PartnershipGraph.GraphQL.Tests.Validation;

/// <summary>Differential tests: every corpus document gets the same verdict and the same errors from us as from graphql-js, with the rules we implement.</summary>
public class ValidationCorpusTests
{
    public static TheoryData<string> Documents() => [.. ValidationCorpus.Documents.Keys];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Validates_like_graphql_js(string document)
    {
        var expected = ValidationCorpus.GraphQLJsErrors(document);

        var actual = DocumentValidator.Validate(
            ValidationSchema.Schema,
            Parser.Parse(ValidationCorpus.Documents[document])
        );

        Assert.Equal(expected.Count == 0, actual.Count == 0);
        if (expected.Count > 0)
        {
            Assert.Equal(expected[0], ExpectedError.Describe(actual[0]));
        }
        Assert.Equal(expected, actual.Select(ExpectedError.Describe));
    }

    [Fact]
    public void The_corpus_has_valid_and_invalid_documents()
    {
        var verdicts = ValidationCorpus
            .Documents.Keys.Select(ValidationCorpus.GraphQLJsErrors)
            .ToList();

        Assert.Contains(verdicts, v => v.Count == 0);
        Assert.Contains(verdicts, v => v.Count > 0);
    }
}
