using PartnershipGraph.GraphQL.Validation;
using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void Single_and_multiple_args_are_known() =>
        ExpectValid(
            Rule,
            """
            fragment a on Dog { doesKnowCommand(dogCommand: SIT) }
            fragment b on ComplicatedArgs { multipleReqs(req2: 2, req1: 1) }
            """
        );

    [Fact]
    public void Args_on_unknown_fields_and_directives_are_ignored() =>
        ExpectValid(Rule, "fragment a on Dog { unknownField(unknownArg: SIT) @unknown(x: 1) }");

    [Fact]
    public void Directive_args_are_known() => ExpectValid(Rule, "{ dog @skip(if: true) { name } }");

    [Fact]
    public void Field_args_are_invalid_on_a_directive() =>
        ExpectErrors(
            Rule,
            "{ dog @skip(unless: true) { name } }",
            ("Unknown argument \"unless\" on directive \"@skip\".", 1, 13)
        );

    [Fact]
    public void Misspelled_directive_args_are_reported_with_suggestions() =>
        ExpectErrors(
            Rule,
            "{ dog @skip(iff: true) { name } }",
            ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", 1, 13)
        );

    [Fact]
    public void Directive_args_are_checked_against_the_document_definition() =>
        ExpectErrors(
            Rule,
            """
            directive @withArgs(renamed: Int) on FIELD
            { dog { name @withArgs(req: 1, renamed: 2) } }
            """,
            ("Unknown argument \"req\" on directive \"@withArgs\".", 2, 24)
        );

    [Fact]
    public void Invalid_arg_name() =>
        ExpectErrors(
            Rule,
            "fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }",
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", 1, 50)
        );

    [Fact]
    public void Misspelled_arg_name_is_reported_with_suggestions() =>
        ExpectErrors(
            Rule,
            "fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }",
            (
                "Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?",
                1,
                50
            )
        );

    [Fact]
    public void Unknown_args_amongst_known_args() =>
        ExpectErrors(
            Rule,
            "fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }",
            ("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", 1, 59),
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", 1, 89)
        );

    [Fact]
    public void Unknown_args_deeply() =>
        ExpectErrors(
            Rule,
            "{ dog { doesKnowCommand(unknown: true) } human { pets { ... on Dog { doesKnowCommand(unknown: true) } } } }",
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", 1, 25),
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", 1, 86)
        );

    [Fact]
    public void Suggestions_can_be_hidden()
    {
        var errors = Validate(
            Rule,
            "{ dog { doesKnowCommand(DogCommand: SIT) @skip(iff: true) } }",
            options: new ValidationOptions { HideSuggestions = true }
        );

        Assert.Equal(
            [
                "Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\".",
                "Unknown argument \"iff\" on directive \"@skip\".",
            ],
            errors.Select(e => e.Message)
        );
    }
}
