using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Validation;

/// <summary>What the rules of one validation share: the schema, the document, the type information at the current node, the fragment and variable lookups, and where errors go.</summary>
/// <remarks>graphql-js's <c>ValidationContext</c>. Lookups are computed once per validation and cached.</remarks>
public sealed partial class ValidationContext
{
    // graphql-js bounds the work spent following fragment spreads, so a hostile document cannot make validation quadratic.
    private const int FragmentWorkBudget = 50_000;

    private readonly Action<GraphQLError> _onError;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(
        Schema schema,
        DocumentNode document,
        TypeInfo typeInfo,
        Action<GraphQLError> onError,
        bool hideSuggestions = false
    )
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        HideSuggestions = hideSuggestions;
        _onError = onError;
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The type information at the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>Whether messages must not suggest names from the schema.</summary>
    public bool HideSuggestions { get; }

    /// <summary>The output type at the current node (<see cref="TypeInfo.Type"/>).</summary>
    public GraphQLType? Type => TypeInfo.Type;

    /// <summary>The composite type enclosing the current selection (<see cref="TypeInfo.ParentType"/>).</summary>
    public NamedType? ParentType => TypeInfo.ParentType;

    /// <summary>The input type at the current position (<see cref="TypeInfo.InputType"/>).</summary>
    public GraphQLType? InputType => TypeInfo.InputType;

    /// <summary>The input type enclosing the current position (<see cref="TypeInfo.ParentInputType"/>).</summary>
    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;

    /// <summary>The definition of the current field (<see cref="TypeInfo.FieldDef"/>).</summary>
    public FieldDefinition? FieldDef => TypeInfo.FieldDef;

    /// <summary>The definition of the current directive (<see cref="TypeInfo.Directive"/>).</summary>
    public DirectiveDefinition? Directive => TypeInfo.Directive;

    /// <summary>The definition of the current argument (<see cref="TypeInfo.Argument"/>).</summary>
    public InputValueDefinition? Argument => TypeInfo.Argument;

    /// <summary>Reports a validation error.</summary>
    /// <remarks>Once the error limit is reached, this stops the validation.</remarks>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _onError(error);
    }

    /// <summary>Charges <paramref name="cost"/> units of work spent following fragments; when the budget is spent, validation stops with "Validation aborted.".</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(budgetExhausted: true);
        }
    }
}
