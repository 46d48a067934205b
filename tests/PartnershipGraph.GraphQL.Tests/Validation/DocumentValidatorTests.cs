using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Validation;
using PartnershipGraph.GraphQL.Validation.Rules;

namespace PartnershipGraph.GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    private static IReadOnlyList<GraphQLError> Validate(
        string document,
        IReadOnlyList<IValidationRule>? rules = null,
        ValidationOptions? options = null
    ) =>
        DocumentValidator.Validate(ValidationSchema.Schema, Parser.Parse(document), rules, options);

    [Fact]
    public void A_valid_document_has_no_errors() =>
        Assert.Empty(Validate("query Dogs { dog { name ...F } } fragment F on Dog { barks }"));

    [Fact]
    public void Runs_the_specified_rules_by_default_in_graphql_js_order()
    {
        var errors = Validate(
            """
            query Q { dog { name } }
            query Q { cat { nme } }
            fragment Unused on Dog { name }
            """
        );

        Assert.Equal(
            [
                "There can be only one operation named \"Q\".",
                "Cannot query field \"nme\" on type \"Cat\". Did you mean \"name\"?",
                "Fragment \"Unused\" is never used.",
            ],
            errors.Select(e => e.Message)
        );
    }

    [Fact]
    public void Specified_rules_keep_graphql_js_names_and_are_distinct() =>
        Assert.Equal(
            SpecifiedRules.All.Count,
            SpecifiedRules
                .All.Select(r => r.Name)
                .Distinct()
                .Count(n => n.EndsWith("Rule", StringComparison.Ordinal))
        );

    [Fact]
    public void Stops_at_the_error_limit_with_a_final_error()
    {
        var document = "{ " + string.Concat(Enumerable.Range(0, 5).Select(i => $"f{i} ")) + "}";

        var errors = Validate(
            document,
            [new FieldsOnCorrectTypeRule()],
            new ValidationOptions { MaxErrors = 3 }
        );

        Assert.Equal(
            [
                "Cannot query field \"f0\" on type \"QueryRoot\".",
                "Cannot query field \"f1\" on type \"QueryRoot\".",
                "Cannot query field \"f2\" on type \"QueryRoot\".",
                DocumentValidator.TooManyErrorsMessage,
            ],
            errors.Select(e => e.Message)
        );
        Assert.Empty(errors[^1].Locations);
    }

    [Fact]
    public void The_default_error_limit_is_one_hundred()
    {
        var document = "{ " + string.Concat(Enumerable.Range(0, 150).Select(i => $"f{i} ")) + "}";

        var errors = Validate(document, [new FieldsOnCorrectTypeRule()]);

        Assert.Equal(101, errors.Count);
        Assert.Equal(DocumentValidator.TooManyErrorsMessage, errors[^1].Message);
    }

    [Fact]
    public void Aborts_when_following_fragments_costs_too_much()
    {
        // Operation i spreads every fragment but F{i}: 300 different sets of 299 fragments cost about 90,000 units
        // of fragment work, over the budget of 50,000.
        string Spreads(int except) =>
            string.Concat(
                Enumerable.Range(0, 300).Where(i => i != except).Select(i => $"...F{i} ")
            );
        var document =
            string.Concat(
                Enumerable.Range(0, 300).Select(i => $"query Q{i} {{ dog {{ {Spreads(i)} }} }}\n")
            )
            + string.Concat(
                Enumerable.Range(0, 300).Select(i => $"fragment F{i} on Dog {{ name }}\n")
            );

        var errors = DocumentValidator.Validate(
            ValidationSchema.Schema,
            Parser.Parse(document, new ParserOptions { MaxTokens = int.MaxValue }),
            [new NoUnusedFragmentsRule(), new AllOperationsFragments()]
        );

        Assert.Equal(DocumentValidator.AbortedMessage, Assert.Single(errors).Message);
    }

    [Fact]
    public void Descriptions_are_not_visited()
    {
        var seen = new List<string>();
        var document = Parser.Parse(
            """
            "Dogs and their names."
            query Dogs { dog { name } }
            """
        );

        DocumentValidator.Validate(ValidationSchema.Schema, document, [new StringRecorder(seen)]);

        Assert.Empty(seen);
    }

    [Fact]
    public void A_rule_can_break_without_stopping_the_others()
    {
        var errors = Validate("{ a b }", [new BreakingRule(), new FieldsOnCorrectTypeRule()]);

        Assert.Equal(2, errors.Count);
    }

    // Asks for each operation's fragments separately, so that the work is not shared between operations.
    private sealed class AllOperationsFragments : ValidationRule
    {
        public override ISyntaxVisitor CreateVisitor(ValidationContext context) =>
            new Visitor(context);

        private sealed class Visitor(ValidationContext context) : ValidationVisitor
        {
            protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
            {
                context.GetRecursiveVariableUsages(node);
                return VisitorAction.Skip;
            }
        }
    }

    private sealed class StringRecorder(List<string> seen) : ValidationRule
    {
        public override ISyntaxVisitor CreateVisitor(ValidationContext context) =>
            new Visitor(seen);

        private sealed class Visitor(List<string> seen) : ValidationVisitor
        {
            protected override VisitorAction EnterStringValue(StringValueNode node)
            {
                seen.Add(node.Value);
                return VisitorAction.Continue;
            }
        }
    }

    private sealed class BreakingRule : ValidationRule
    {
        public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor();

        private sealed class Visitor : ValidationVisitor
        {
            protected override VisitorAction EnterDocument(DocumentNode node) =>
                VisitorAction.Break;
        }
    }
}
