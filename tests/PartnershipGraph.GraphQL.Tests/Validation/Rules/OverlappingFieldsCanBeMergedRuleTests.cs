using System.Diagnostics;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Validation;
using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class OverlappingFieldsCanBeMergedRuleTests
{
    private const string UseAliases =
        ". Use different aliases on the fields to fetch both if this was intentional.";

    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    private static ExpectedError Conflict(
        string responseName,
        string reason,
        params (int Line, int Column)[] locations
    ) =>
        new(
            $"Fields \"{responseName}\" conflict because {reason}{UseAliases}",
            [.. locations.Select(l => new SourceLocation(l.Line, l.Column))]
        );

    [Theory]
    [InlineData("fragment f on Dog { name nickname }")]
    [InlineData("fragment f on Dog { name name }")]
    [InlineData("fragment f on Dog { otherName: name otherName: name }")]
    [InlineData(
        "fragment f on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }"
    )]
    [InlineData("fragment f on Dog { name @include(if: true) name @include(if: false) }")]
    [InlineData("fragment f on Dog { isAtLocation(x: 0, y: 1) isAtLocation(y: 1, x: 0) }")]
    [InlineData("fragment f on Pet { ... on Dog { name } ... on Cat { name: nickname } }")]
    [InlineData("{ pet { ... on Dog { name(surname: true) } ... on Cat { name } } }")]
    [InlineData("{ dog { ...F } } fragment F on Dog { ...F x: name }")]
    [InlineData("{ a: __typename a: __typename }")]
    [InlineData("{ dog { a: unknown a: unknown } }")]
    public void Mergeable_fields(string document) => ExpectValid(Rule, document);

    [Fact]
    public void Same_alias_for_different_fields() =>
        ExpectErrors(
            Rule,
            "fragment f on Dog { fido: name fido: nickname }",
            Conflict("fido", "\"name\" and \"nickname\" are different fields", (1, 21), (1, 32))
        );

    [Fact]
    public void Alias_masking_direct_field_access() =>
        ExpectErrors(
            Rule,
            "fragment f on Dog { name: nickname name }",
            Conflict("name", "\"nickname\" and \"name\" are different fields", (1, 21), (1, 36))
        );

    [Fact]
    public void Different_arguments() =>
        ExpectErrors(
            Rule,
            "fragment f on Dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) }",
            Conflict("doesKnowCommand", "they have differing arguments", (1, 21), (1, 37))
        );

    [Fact]
    public void Conflicts_between_fragments() =>
        ExpectErrors(
            Rule,
            "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }",
            Conflict("x", "\"name\" and \"nickname\" are different fields", (1, 43), (1, 73))
        );

    [Fact]
    public void Conflicts_between_fields_and_nested_fragments() =>
        ExpectErrors(
            Rule,
            "{ dog { x: name ...F } } fragment F on Dog { x: nickname ...G } fragment G on Dog { x: barks }",
            Conflict("x", "\"name\" and \"nickname\" are different fields", (1, 9), (1, 46)),
            Conflict("x", "\"name\" and \"barks\" are different fields", (1, 9), (1, 85)),
            Conflict("x", "\"nickname\" and \"barks\" are different fields", (1, 46), (1, 85))
        );

    [Fact]
    public void Deep_conflicts_list_every_enclosing_field() =>
        ExpectErrors(
            Rule,
            "{ dog { mother { x: name y: barks } } dog { mother { x: nickname y: barkVolume } } }",
            Conflict(
                "dog",
                "subfields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barks\" and \"barkVolume\" are different fields",
                (1, 3),
                (1, 9),
                (1, 18),
                (1, 26),
                (1, 39),
                (1, 45),
                (1, 54),
                (1, 66)
            )
        );

    [Fact]
    public void Conflicting_return_types_on_exclusive_parents() =>
        ExpectErrors(
            Rule,
            """
            { catOrDog { ... on Dog { mother { name } } ... on Cat { mother: nickname } } }
            { dogOrHuman { ... on Dog { name: barkVolume } ... on Human { name } } }
            """,
            Conflict(
                "mother",
                "they return conflicting types \"Dog\" and \"String\"",
                (1, 27),
                (1, 58)
            ),
            Conflict(
                "name",
                "they return conflicting types \"Int\" and \"String\"",
                (2, 29),
                (2, 63)
            )
        );

    [Fact]
    public void Differing_arguments_conflict_when_parents_may_overlap() =>
        ExpectErrors(
            Rule,
            "{ being { ... on Dog { name(surname: true) } ... on Pet { name } } }",
            Conflict("name", "they have differing arguments", (1, 24), (1, 59))
        );

    [Fact]
    public void Many_identical_fields_exhaust_the_work_budget_quickly() =>
        ExpectAbortedQuickly(
            "{ dog { " + string.Concat(Enumerable.Repeat("x: name ", 5000)) + "} }"
        );

    [Fact]
    public void Many_spread_fragments_exhaust_the_work_budget_quickly() =>
        ExpectAbortedQuickly(
            "{ dog { "
                + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"...F{i}"))
                + " } } "
                + string.Join(
                    " ",
                    Enumerable.Range(0, 1000).Select(i => $"fragment F{i} on Dog {{ name }}")
                )
        );

    [Fact]
    public void Many_distinct_aliases_are_valid_and_quick()
    {
        var document = Parser.Parse(
            "{ dog { "
                + string.Join(" ", Enumerable.Range(0, 5000).Select(i => $"a{i}: name"))
                + " } }",
            new ParserOptions { MaxTokens = int.MaxValue }
        );
        var stopwatch = Stopwatch.StartNew();

        var errors = DocumentValidator.Validate(ValidationSchema.Schema, document, [Rule]);

        Assert.Empty(errors);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Comparing_two_long_chains_of_fragments_neither_overflows_nor_hangs()
    {
        // Each comparison of the chains' fields leads one level deeper, 3000 levels in all.
        const int length = 3000;
        var chains = Enumerable
            .Range(0, length)
            .Select(i =>
                $"fragment A{i} on Dog {{ mother {{ ...A{i + 1} }} }} fragment B{i} on Dog {{ mother {{ ...B{i + 1} }} }}"
            );
        var document = Parser.Parse(
            "{ dog { ...A0 } dog { ...B0 } } "
                + string.Join(" ", chains)
                + $" fragment A{length} on Dog {{ x: name }} fragment B{length} on Dog {{ x: nickname }}",
            new ParserOptions { MaxTokens = int.MaxValue }
        );
        var stopwatch = Stopwatch.StartNew();

        var errors = DocumentValidator.Validate(ValidationSchema.Schema, document, [Rule]);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
        var error = Assert.Single(errors);
        Assert.True(
            error.Message == DocumentValidator.AbortedMessage
                || error.Message.StartsWith(
                    "Fields \"dog\" conflict because subfields \"mother\"",
                    StringComparison.Ordinal
                ),
            error.Message
        );
    }

    private static void ExpectAbortedQuickly(string source)
    {
        var document = Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue });
        var stopwatch = Stopwatch.StartNew();

        var errors = DocumentValidator.Validate(ValidationSchema.Schema, document, [Rule]);

        Assert.Equal([DocumentValidator.AbortedMessage], errors.Select(e => e.Message));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
    }
}
