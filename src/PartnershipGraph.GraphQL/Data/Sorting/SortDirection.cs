namespace PartnershipGraph.GraphQL.Data.Sorting;

/// <summary>The values of <c>SortEnumType</c>: <c>ASC</c> and <c>DESC</c>.</summary>
public enum SortDirection
{
    /// <summary><c>ASC</c>: smallest first; missing values first.</summary>
    Ascending,

    /// <summary><c>DESC</c>: largest first; missing values last.</summary>
    Descending,
}
