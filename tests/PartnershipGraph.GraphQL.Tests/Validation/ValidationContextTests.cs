using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Validation;

namespace PartnershipGraph.GraphQL.Tests.Validation;

public class ValidationContextTests
{
    private const string Document = """
        query A($size: Int, $fur: FurColor) {
          dog { ...Dog1 ... on Dog { ...Dog2 } isAtLocation(x: $size) }
        }
        query B { cat { ...Cat1 } }
        fragment Dog1 on Dog { mother { ...Dog3 } }
        fragment Dog2 on Dog { barks ...Dog1 }
        fragment Dog3 on Dog { doesKnowCommand(dogCommand: $command) ...Dog1 }
        fragment Cat1 on Cat { ...Missing }
        fragment Cat1 on Cat { nickname }
        """;

    private static (ValidationContext Context, DocumentNode Document) Capture()
    {
        var rule = new CaptureRule();
        var document = Parser.Parse(Document);
        DocumentValidator.Validate(ValidationSchema.Schema, document, [rule]);
        return (rule.Context!, document);
    }

    private static OperationDefinitionNode Operation(DocumentNode document, string name) =>
        document.Definitions.OfType<OperationDefinitionNode>().Single(o => o.Name?.Value == name);

    [Fact]
    public void Gets_the_last_fragment_of_a_name()
    {
        var (context, document) = Capture();

        Assert.Same(document.Definitions[^1], context.GetFragment("Cat1"));
        Assert.Null(context.GetFragment("Missing"));
    }

    [Fact]
    public void Gets_the_spreads_of_a_selection_set_without_following_them()
    {
        var (context, document) = Capture();
        var selectionSet = Operation(document, "A").SelectionSet;

        var spreads = context.GetFragmentSpreads(selectionSet);

        Assert.Equal(["Dog1", "Dog2"], spreads.Select(s => s.Name.Value));
        Assert.Same(spreads, context.GetFragmentSpreads(selectionSet));
    }

    [Fact]
    public void Gets_the_fragments_an_operation_uses_recursively_once_each()
    {
        var (context, document) = Capture();

        var fragments = context.GetRecursivelyReferencedFragments(Operation(document, "A"));

        Assert.Equal(["Dog1", "Dog2", "Dog3"], fragments.Select(f => f.Name.Value));
        Assert.Equal(
            ["Cat1"],
            context
                .GetRecursivelyReferencedFragments(Operation(document, "B"))
                .Select(f => f.Name.Value)
        );
    }

    [Fact]
    public void Gets_the_variables_used_with_their_expected_types()
    {
        var (context, document) = Capture();

        var usages = context.GetRecursiveVariableUsages(Operation(document, "A"));

        Assert.Equal(
            ["$size: Int", "$command: DogCommand"],
            usages.Select(u => $"${u.Node.Name.Value}: {u.Type}")
        );
        Assert.Empty(context.GetVariableUsages(Operation(document, "B")));
        Assert.Same(usages, context.GetRecursiveVariableUsages(Operation(document, "A")));
    }

    [Fact]
    public void Variable_usages_know_defaults_and_parent_input_types()
    {
        var rule = new CaptureRule();
        var document = Parser.Parse(
            """
            query ($v: Boolean, $s: String) {
              dog { isHouseTrained(atOtherHomes: $v) }
              complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: [$s] }) }
            }
            """
        );
        DocumentValidator.Validate(ValidationSchema.Schema, document, [rule]);

        var usages = rule.Context!.GetVariableUsages(
            (OperationDefinitionNode)document.Definitions[0]
        );

        Assert.Equal(
            ["$v: Boolean = true in undefined", "$s: String = undefined in [String]"],
            usages.Select(u =>
                $"${u.Node.Name.Value}: {u.Type} = {(u.DefaultValue is { } d ? Printer.Print(d) : "undefined")} in {u.ParentType?.ToString() ?? "undefined"}"
            )
        );
    }

    private sealed class CaptureRule : ValidationRule
    {
        public ValidationContext? Context { get; private set; }

        public override ISyntaxVisitor CreateVisitor(ValidationContext context)
        {
            Context = context;
            return new Visitor();
        }

        private sealed class Visitor : ValidationVisitor;
    }
}
