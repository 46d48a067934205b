namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>The list as it was served: the search, the sort and the page actually used, and how many rows matched.</summary>
/// <param name="Search">The search text.</param>
/// <param name="Sort">The sort column used.</param>
/// <param name="Descending">True when sorted descending.</param>
/// <param name="Page">The 1-based page shown, within 1 and <paramref name="PageCount"/>.</param>
/// <param name="Size">The page size used.</param>
/// <param name="TotalCount">How many rows matched the search and filters.</param>
/// <param name="PageCount">How many pages there are; at least 1.</param>
public sealed record ListState(
    string? Search,
    string Sort,
    bool Descending,
    int Page,
    int Size,
    int TotalCount,
    int PageCount
);
