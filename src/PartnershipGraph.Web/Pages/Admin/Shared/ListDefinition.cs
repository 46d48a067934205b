using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>
/// How an index page lists rows of <typeparamref name="T"/>: the columns its search looks in and the columns it
/// may sort by (a whitelist; the first is the default). Build one per page as a static field, then
/// <see cref="ToPageAsync"/> turns a filtered query and the <see cref="ListQuery"/> into one page and its count.
/// </summary>
/// <typeparam name="T">The row: an entity or a projection with init-only properties EF can compose over.</typeparam>
/// <param name="tieBreaker">A unique key sorted on last, so paging is stable.</param>
public sealed class ListDefinition<T>(Expression<Func<T, Guid>> tieBreaker)
{
    private readonly List<Expression<Func<T, string?>>> _searched = [];
    private readonly Dictionary<string, ListSortKey<T>> _sorts = new(
        StringComparer.OrdinalIgnoreCase
    );
    private string? _defaultSort;

    /// <summary>What the search looks in, for its hint, e.g. "name, URN or locality".</summary>
    public string SearchHint { get; private set; } = "";

    /// <summary>Searches <paramref name="columns"/> (case-insensitively; every word must match some column).</summary>
    public ListDefinition<T> SearchIn(string hint, params Expression<Func<T, string?>>[] columns)
    {
        SearchHint = hint;
        _searched.AddRange(columns);
        return this;
    }

    /// <summary>Allows <c>sort=<paramref name="name"/></c>; the first column added is the default.</summary>
    public ListDefinition<T> SortBy<TKey>(
        string name,
        Expression<Func<T, TKey>> key,
        bool descendingFirst = false
    )
    {
        _sorts[name] = ListSortKey<T>.Of(key, descendingFirst);
        _defaultSort ??= name;
        return this;
    }

    /// <summary>Searches, sorts, counts and pages <paramref name="rows"/> as <paramref name="query"/> asks.</summary>
    public async Task<ListPage<T>> ToPageAsync(
        IQueryable<T> rows,
        ListQuery query,
        IReadOnlyList<ListFilter> filters,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(query);
        var searched = Search(rows, query.Q);
        var total = await searched.CountAsync(ct);
        var size = Math.Clamp(query.Size, 1, ListQuery.MaxSize);
        var pageCount = Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(query.P, 1, pageCount);
        var sort =
            query.Sort is { } s && _sorts.ContainsKey(s)
                ? _sorts.Keys.First(k => k.Equals(s, StringComparison.OrdinalIgnoreCase))
                : _defaultSort ?? throw new InvalidOperationException("No sort column.");
        var descending = query.Dir is null ? _sorts[sort].DescendingFirst : query.Descending;
        var ordered = _sorts[sort].Order(searched, descending).ThenBy(tieBreaker);
        var items = await ordered.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var state = new ListState(query.Q, sort, descending, page, size, total, pageCount);
        return new ListPage<T>(items, state, filters, SearchHint, [.. _sorts.Keys]);
    }

    private IQueryable<T> Search(IQueryable<T> rows, string? text)
    {
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || _searched.Count == 0)
        {
            return rows;
        }
        var row = Expression.Parameter(typeof(T), "row");
        Expression? all = null;
        foreach (var word in words)
        {
            var lowered = word.ToLowerInvariant();
            Expression<Func<string>> value = () => lowered;
            var any = _searched
                .Select(c =>
                    Contains(
                        ReplacingExpressionVisitor.Replace(c.Parameters[0], row, c.Body),
                        value.Body
                    )
                )
                .Aggregate(Expression.OrElse);
            all = all is null ? any : Expression.AndAlso(all, any);
        }
        return rows.Where(Expression.Lambda<Func<T, bool>>(all!, row));
    }

    private static Expression Contains(Expression column, Expression word) =>
        Expression.AndAlso(
            Expression.NotEqual(column, Expression.Constant(null, typeof(string))),
            Expression.Call(
                Expression.Call(
                    column,
                    typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!
                ),
                typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!,
                word
            )
        );
}
