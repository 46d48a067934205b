namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>
/// What an index page's query string asks for: <c>q</c> (search text), <c>sort</c> (a column name the page
/// whitelists), <c>dir</c> (<c>asc</c> or <c>desc</c>), <c>p</c> (page number) and <c>size</c> (page size).
/// </summary>
/// <remarks>Bind it as a handler parameter (<c>OnGetAsync(ListQuery list, …)</c>); the page number is <c>p</c>
/// because Razor Pages keeps the route value <c>page</c> for itself.</remarks>
public sealed class ListQuery
{
    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultSize = 25;

    /// <summary>The largest page size a caller may ask for.</summary>
    public const int MaxSize = 100;

    /// <summary>The search text; every word must appear in one of the searched columns.</summary>
    public string? Q { get; set; }

    /// <summary>The sort column's name; the list's default column when unknown.</summary>
    public string? Sort { get; set; }

    /// <summary><c>desc</c> for descending; anything else is ascending.</summary>
    public string? Dir { get; set; }

    /// <summary>The 1-based page number.</summary>
    /// <value>1 when missing or out of range.</value>
    public int P { get; set; } = 1;

    /// <summary>The page size.</summary>
    /// <value><see cref="DefaultSize"/>, capped at <see cref="MaxSize"/>.</value>
    public int Size { get; set; } = DefaultSize;

    /// <summary>True when <see cref="Dir"/> asks for descending order.</summary>
    public bool Descending => string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);
}
