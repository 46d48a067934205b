using System.Diagnostics;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Validation;
using PartnershipGraph.GraphQL.Validation.Limits;

namespace PartnershipGraph.GraphQL.Tests.Validation.Limits;

/// <summary>The limit rules never throw and always finish: over the validation corpus, mutated documents and hostile fragment graphs.</summary>
public class LimitRulesRobustnessTests
{
    // Low limits, so that many documents break them.
    private static readonly IReadOnlyList<IValidationRule> Rules =
    [
        .. SpecifiedRules.All,
        .. new GraphQLLimits
        {
            MaxDepth = 2,
            MaxFields = 5,
            MaxCost = 5,
        }.CreateValidationRules(),
    ];

    [Fact]
    public void Corpus_and_mutated_documents_get_only_GraphQL_errors()
    {
        var mutator = new CorpusMutator(seed: 2026, ValidationSchema.Schema);
        var documents = ValidationCorpus.Documents.Values.ToList();
        var limitErrors = 0;
        for (var i = 0; i < documents.Count * 3; i++)
        {
            var source =
                i < documents.Count ? documents[i] : mutator.Mutate(documents[i % documents.Count]);
            DocumentNode document;
            try
            {
                document = Parser.Parse(source);
            }
            catch (GraphQLError)
            {
                continue;
            }
            var errors = DocumentValidator.Validate(ValidationSchema.Schema, document, Rules);
            limitErrors += errors.Count(e => e.Extensions?.ContainsKey("limit") == true);
        }
        Assert.True(limitErrors > 100, $"only {limitErrors} limit errors");
    }

    [Fact]
    public void Hostile_fragment_graphs_finish_quickly()
    {
        var cycle = string.Join(
            " ",
            Enumerable
                .Range(0, 2000)
                .Select(i => $"fragment F{i} on Dog {{ name ...F{(i + 1) % 2000} }}")
        );
        var mesh = string.Join(
            " ",
            Enumerable
                .Range(0, 60)
                .Select(i =>
                    $"fragment M{i} on Dog {{ x: name "
                    + string.Join(" ", Enumerable.Range(0, 60).Select(j => $"...M{j}"))
                    + " }"
                )
        );
        var stopwatch = Stopwatch.StartNew();

        foreach (
            var source in new[] { "{ dog { ...F0 } } " + cycle, "{ dog { ...M0 ...M1 } } " + mesh }
        )
        {
            var document = Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue });
            var errors = DocumentValidator.Validate(
                ValidationSchema.Schema,
                document,
                GraphQLLimits.Default.CreateValidationRules()
            );
            Assert.All(errors, e => Assert.Null(e.InnerException));
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }
}
