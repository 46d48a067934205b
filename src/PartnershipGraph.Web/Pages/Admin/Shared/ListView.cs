using Microsoft.AspNetCore.Http;

namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>What the list partials (search form, sortable headers, pager) need, whatever the row type.</summary>
/// <param name="State">The search, sort and page served.</param>
/// <param name="Filters">The page's drop-down filters with their selected values.</param>
/// <param name="SearchHint">What the search looks in.</param>
/// <param name="SortColumns">The sortable column names.</param>
public abstract record ListView(
    ListState State,
    IReadOnlyList<ListFilter> Filters,
    string SearchHint,
    IReadOnlyList<string> SortColumns
)
{
    /// <summary>A query-string link to this list with the same search and filters, on <paramref name="page"/> and optionally another sort.</summary>
    public string Url(int page, string? sort = null, bool? descending = null)
    {
        var values = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(State.Search))
        {
            values.Add(new("q", State.Search));
        }
        values.AddRange(
            Filters
                .Where(f => f.Selected is not null)
                .Select(f => KeyValuePair.Create(f.Name, f.Selected))
        );
        values.Add(new("sort", sort ?? State.Sort));
        values.Add(new("dir", descending ?? State.Descending ? "desc" : "asc"));
        if (page > 1)
        {
            values.Add(new("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (State.Size != ListQuery.DefaultSize)
        {
            values.Add(
                new("size", State.Size.ToString(System.Globalization.CultureInfo.InvariantCulture))
            );
        }
        return QueryString.Create(values).ToString();
    }

    /// <summary>The link a column header points to: its column ascending, or the reverse when it is already the sort.</summary>
    public string SortUrl(string column) => Url(1, column, IsSortedBy(column) && !State.Descending);

    /// <summary>True when the list is sorted by <paramref name="column"/>.</summary>
    public bool IsSortedBy(string column) =>
        string.Equals(State.Sort, column, StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>aria-sort</c> value of a column header: null unless the list is sorted by it.</summary>
    public string? AriaSort(string column) =>
        IsSortedBy(column) ? (State.Descending ? "descending" : "ascending") : null;
}
