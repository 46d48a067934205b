using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Validation.Limits;

/// <summary>Rejects operations whose static cost is more than <see cref="MaxCost"/> (<c>MAX_COST_EXCEEDED</c>).</summary>
/// <remarks>
/// <para>
/// A field costs its <see cref="CostMetadata.Cost"/> (1 by default) plus its selection's cost times its multiplier:
/// for a paged field (one with a <c>first</c>, <c>last</c> or <c>take</c> argument) the page size asked for, for
/// another list field its <see cref="CostMetadata.ListSize"/>, else 1 for a collection a projection reads in its
/// parent's SQL query (a collection field, or a field with <c>RequiresItems</c>), else <see cref="AssumedListSize"/>;
/// else 1. The
/// list fields directly inside a paged field (<c>nodes</c>, <c>edges</c>, <c>items</c>) are that page, so they are not
/// multiplied again. <c>__typename</c> costs nothing; <c>__schema</c> and <c>__type</c> cost 1 whatever they select
/// (<see cref="Rules.MaxIntrospectionDepthRule"/> and <see cref="MaxFieldsRule"/> bound them).
/// </para>
/// <para>
/// The cost is computed before variables are known, so that it is cached with the document: a page size given as a
/// variable is assumed to be the field's <see cref="CostMetadata.MaxPageSize"/> (default <see cref="MaxPageSize"/>),
/// the most the field returns whatever the variable is. A page size not given is the argument's default value, else
/// <see cref="CostMetadata.DefaultPageSize"/>, else <see cref="AssumedListSize"/>. <c>@skip</c> and <c>@include</c>
/// are not evaluated. Abstract types cost as declared by the interface or union's selections.
/// </para>
/// </remarks>
public sealed class CostRule : ValidationRule
{
    /// <summary>The code in the error's <c>extensions</c>.</summary>
    public const string ErrorCode = "MAX_COST_EXCEEDED";

    /// <summary>Creates the rule.</summary>
    /// <param name="maxCost">The highest cost an operation may have.</param>
    /// <param name="assumedListSize">The size assumed for a list whose size the request does not say.</param>
    /// <param name="maxPageSize">The page size assumed when the request gives it as a variable.</param>
    public CostRule(
        int maxCost = GraphQLLimits.DefaultMaxCost,
        int assumedListSize = GraphQLLimits.DefaultAssumedListSize,
        int maxPageSize = GraphQLLimits.DefaultMaxPageSize
    )
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCost);
        ArgumentOutOfRangeException.ThrowIfNegative(assumedListSize);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPageSize);
        MaxCost = maxCost;
        AssumedListSize = assumedListSize;
        MaxPageSize = maxPageSize;
    }

    /// <summary>The highest cost an operation may have.</summary>
    public int MaxCost { get; }

    /// <summary>The size assumed for a list whose size neither the request nor the field's metadata says.</summary>
    public int AssumedListSize { get; }

    /// <summary>The page size assumed when the request gives it as a variable and the field's metadata has no <see cref="CostMetadata.MaxPageSize"/>.</summary>
    public int MaxPageSize { get; }

    /// <inheritdoc/>
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) =>
        new Visitor(context, this);

    /// <summary>The static cost of the operation, as this rule computes it.</summary>
    public long Measure(Schema schema, DocumentNode document, OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        return new CostCalculator(schema, FragmentTable.Of(document), this).Cost(operation);
    }

    private sealed class Visitor(ValidationContext context, CostRule rule) : ValidationVisitor
    {
        private CostCalculator? _calculator;

        // Checked when the operation is left, so that its limit errors follow the errors the other rules find in it.
        protected override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node)
        {
            _calculator ??= new CostCalculator(context.Schema, context.GetFragment, rule);
            var cost = _calculator.Cost(node);
            if (cost > rule.MaxCost)
            {
                context.ReportError(
                    LimitErrors.Exceeded(
                        node,
                        $"The {LimitErrors.Kind(node)} costs {cost}, more than the maximum cost of {rule.MaxCost}.",
                        ErrorCode,
                        rule.MaxCost,
                        cost
                    )
                );
            }
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) =>
            VisitorAction.Skip;
    }
}
