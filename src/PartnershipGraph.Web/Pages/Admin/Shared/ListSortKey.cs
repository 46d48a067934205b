using System.Linq.Expressions;

namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>One sortable column of a <see cref="ListDefinition{T}"/>, its key type hidden.</summary>
internal sealed record ListSortKey<T>(
    Func<IQueryable<T>, bool, IOrderedQueryable<T>> Order,
    bool DescendingFirst
)
{
    public static ListSortKey<T> Of<TKey>(Expression<Func<T, TKey>> key, bool descendingFirst) =>
        new(
            (rows, descending) => descending ? rows.OrderByDescending(key) : rows.OrderBy(key),
            descendingFirst
        );
}
