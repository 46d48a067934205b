namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>One page of rows and everything the list partials need to link to the others.</summary>
/// <param name="Items">The rows of this page.</param>
public sealed record ListPage<T>(
    IReadOnlyList<T> Items,
    ListState State,
    IReadOnlyList<ListFilter> Filters,
    string SearchHint,
    IReadOnlyList<string> SortColumns
) : ListView(State, Filters, SearchHint, SortColumns);
