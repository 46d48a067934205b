using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Validation;

namespace PartnershipGraph.GraphQL.Tests.Validation;

/// <summary>Runs one rule over a document and checks the errors it reports, message and locations.</summary>
internal static class ValidationHarness
{
    /// <summary>The errors <paramref name="rule"/> reports for the document against <see cref="ValidationSchema"/> (or <paramref name="schema"/>).</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        IValidationRule rule,
        string document,
        Schema? schema = null,
        ValidationOptions? options = null
    ) =>
        DocumentValidator.Validate(
            schema ?? ValidationSchema.Schema,
            Parser.Parse(document),
            [rule],
            options
        );

    /// <summary>The errors <paramref name="rule"/> reports for a document too big for the parser's default token limit.</summary>
    public static IReadOnlyList<GraphQLError> ValidateLarge(
        IValidationRule rule,
        string document
    ) =>
        DocumentValidator.Validate(
            ValidationSchema.Schema,
            Parser.Parse(document, new ParserOptions { MaxTokens = int.MaxValue }),
            [rule]
        );

    /// <summary>Asserts that the rule finds nothing wrong with the document.</summary>
    public static void ExpectValid(IValidationRule rule, string document) =>
        ExpectErrors(rule, document);

    /// <summary>Asserts that the rule finds nothing wrong with the document against <paramref name="schema"/>.</summary>
    public static void ExpectValidWithSchema(
        Schema schema,
        IValidationRule rule,
        string document
    ) => ExpectErrorsWithSchema(schema, rule, document);

    /// <summary>Asserts that the rule reports exactly these errors, in this order.</summary>
    public static void ExpectErrors(
        IValidationRule rule,
        string document,
        params ExpectedError[] expected
    ) => ExpectErrorsWithSchema(ValidationSchema.Schema, rule, document, expected);

    /// <summary>Asserts that the rule reports exactly these errors, in this order, against <paramref name="schema"/>.</summary>
    public static void ExpectErrorsWithSchema(
        Schema schema,
        IValidationRule rule,
        string document,
        params ExpectedError[] expected
    )
    {
        var actual = Validate(rule, document, schema);
        // Compared as text, one error a line, so that a failure shows every difference in full.
        Assert.Equal(
            string.Join("\n", expected.Select(e => e.ToString())),
            string.Join("\n", actual.Select(ExpectedError.Describe))
        );
    }
}
