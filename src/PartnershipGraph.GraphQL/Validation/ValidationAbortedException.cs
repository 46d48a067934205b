namespace PartnershipGraph.GraphQL.Validation;

/// <summary>Stops a validation: too many errors were reported, or the fragment work budget ran out.</summary>
internal sealed class ValidationAbortedException(bool budgetExhausted) : Exception
{
    /// <summary>Whether the fragment work budget ran out (rather than the error limit being reached).</summary>
    public bool BudgetExhausted { get; } = budgetExhausted;
}
