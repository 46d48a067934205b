using System.Diagnostics;
using System.Text.Json;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Tests.Language;
using PartnershipGraph.GraphQL.Validation;

namespace PartnershipGraph.GraphQL.Tests.Validation;

/// <summary>Random, mutated and hostile documents through the parser and every rule: validation only ever returns errors, and quickly.</summary>
public class ValidatorFuzzTests
{
    [Fact]
    public void Schema_aware_random_documents_validate_without_exceptions()
    {
        var generator = new ValidationDocumentGenerator(seed: 20261130);
        var invalid = 0;
        for (var i = 0; i < 3000; i++)
        {
            var source = generator.Document();
            if (ValidateSafely(source) is { Count: > 0 })
            {
                invalid++;
            }
        }
        // The generator must exercise both outcomes to be worth anything.
        Assert.InRange(invalid, 100, 2900);
    }

    [Fact]
    public void Schema_aware_random_documents_get_graphql_js_verdicts()
    {
        var generator = new ValidationDocumentGenerator(seed: 1130);
        var documents = Enumerable.Range(0, 800).Select(_ => generator.Document()).ToList();

        var valid = ExpectGraphQLJsVerdicts(documents);

        Assert.InRange(valid, 50, documents.Count - 50);
    }

    [Fact]
    public void Mutated_corpus_documents_get_graphql_js_verdicts()
    {
        var mutator = new DocumentMutator(seed: 31);
        var corpus = ValidationCorpus.Documents.Values.ToList();
        var documents = new List<string>();
        for (var i = 0; documents.Count < 800; i++)
        {
            var source = mutator.Mutate(corpus[i % corpus.Count]);
            if (ValidateSafely(source) is not null)
            {
                documents.Add(source);
            }
        }

        ExpectGraphQLJsVerdicts(documents);
    }

    // Asserts that graphql-js reports the same errors for every document, and returns how many are valid.
    private static int ExpectGraphQLJsVerdicts(List<string> documents)
    {
        var input = JsonSerializer.Serialize(
            new
            {
                sdl = ValidationSchema.Sdl,
                rules = SpecifiedRules.All.Select(r => r.Name).ToList(),
                documents,
            }
        );
        using var output = JsonDocument.Parse(GraphQLJs.Run("validate.mjs", input));
        var verdicts = output.RootElement.EnumerateArray().ToList();
        var mismatches = new List<string>();
        var valid = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var expected = verdicts[i]
                .GetProperty("errors")
                .EnumerateArray()
                .Select(e =>
                    new ExpectedError(
                        e.GetProperty("message").GetString()!,
                        [
                            .. e.GetProperty("locations")
                                .EnumerateArray()
                                .Select(l => new SourceLocation(
                                    l.GetProperty("line").GetInt32(),
                                    l.GetProperty("column").GetInt32()
                                )),
                        ]
                    ).ToString()
                )
                .ToList();
            var actual = DocumentValidator
                .Validate(ValidationSchema.Schema, Parser.Parse(documents[i]))
                .Select(ExpectedError.Describe)
                .ToList();
            valid += expected.Count == 0 ? 1 : 0;
            if (!expected.SequenceEqual(actual))
            {
                mismatches.Add(
                    $"{documents[i]}\ngraphql-js:\n{string.Join("\n", expected)}\nours:\n{string.Join("\n", actual)}"
                );
            }
        }
        Assert.True(
            mismatches.Count == 0,
            $"{mismatches.Count} differ; first:\n{mismatches.FirstOrDefault()}"
        );
        return valid;
    }

    [Fact]
    public void Mutated_corpus_documents_validate_without_exceptions()
    {
        var mutator = new DocumentMutator(seed: 4242);
        var documents = ValidationCorpus.Documents.Values.ToList();
        var parsed = 0;
        for (var i = 0; i < 4000; i++)
        {
            var source = mutator.Mutate(documents[i % documents.Count]);
            if (ValidateSafely(source) is not null)
            {
                parsed++;
            }
        }
        Assert.True(parsed > 1000, $"only {parsed} mutated documents parsed");
    }

    [Fact]
    public void Grammar_generated_documents_validate_without_exceptions()
    {
        var generator = new DocumentGenerator(seed: 777);
        for (var i = 0; i < 1000; i++)
        {
            ValidateSafely(generator.Document());
        }
    }

    [Fact]
    public void Fragment_cycles_of_every_shape_finish()
    {
        var chain = string.Join(
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
        ExpectQuick("{ dog { ...F0 } } " + chain);
        ExpectQuick("{ dog { ...M0 ...M1 } } " + mesh);
        ExpectQuick(
            "{ dog { ...Self } } fragment Self on Dog { mother { ...Self } father { ...Self } }"
        );
    }

    [Fact]
    public void Thousands_of_aliases_of_the_same_field_finish()
    {
        ExpectQuick("{ dog { " + string.Concat(Enumerable.Repeat("x: name ", 5000)) + "} }");
        ExpectQuick(
            "{ "
                + string.Concat(Enumerable.Repeat("dog { x: name } ", 2000))
                + "dog { x: nickname } }"
        );
    }

    [Fact]
    public void Deep_nesting_finishes()
    {
        const int depth = 400;
        var options = new ParserOptions { MaxDepth = 1000, MaxTokens = int.MaxValue };
        var nested =
            string.Concat(Enumerable.Repeat("mother { ", depth)) + "name" + new string('}', depth);
        ExpectQuick($"{{ dog {{ {nested} }} dog {{ {nested} }} }}", options);
        var list = new string('[', depth) + "1" + new string(']', depth);
        ExpectQuick(
            $"{{ complicatedArgs {{ stringListArgField(stringListArg: {list}) }} }}",
            options
        );
        var obj = string.Concat(Enumerable.Repeat("{ a: ", depth)) + "1" + new string('}', depth);
        ExpectQuick(
            $"{{ complicatedArgs {{ complexArgField(complexArg: {obj}) anyArgField(anyArg: {obj}) }} }}",
            options
        );
        var introspection =
            "{ __schema { types { "
            + string.Concat(Enumerable.Repeat("ofType { ", depth))
            + "name"
            + new string('}', depth)
            + " } } }";
        ExpectQuick(introspection, options);
    }

    // The errors for a document that parses, or null when it does not; any exception other than a parse error fails.
    private static IReadOnlyList<GraphQLError>? ValidateSafely(string source)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLError)
        {
            return null;
        }
        try
        {
            return DocumentValidator.Validate(ValidationSchema.Schema, document);
        }
        catch (Exception exception)
        {
            Assert.Fail($"Validation threw {exception}\nfor document:\n{source}");
            throw;
        }
    }

    private static void ExpectQuick(string source, ParserOptions? options = null)
    {
        var document = Parser.Parse(
            source,
            options ?? new ParserOptions { MaxTokens = int.MaxValue }
        );
        var stopwatch = Stopwatch.StartNew();

        var errors = DocumentValidator.Validate(ValidationSchema.Schema, document);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
        Assert.InRange(errors.Count, 0, 101);
    }
}
