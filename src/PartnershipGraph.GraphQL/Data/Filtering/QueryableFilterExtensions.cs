using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Data.Filtering;

/// <summary>Applies a <c>where</c> argument to a query.</summary>
public static class QueryableFilterExtensions
{
    /// <summary>The query restricted to the rows <paramref name="where"/> accepts; the query itself when there is no filter.</summary>
    /// <param name="source">The query.</param>
    /// <param name="where">The coerced <c>where</c> argument.</param>
    /// <param name="conventions">The data conventions; defaults when not given.</param>
    /// <param name="context">The resolver context, with which list filters see only the items the caller may read (<see cref="DataTypeDescriptor{T}.Readable"/>).</param>
    /// <exception cref="GraphQLError">The filter cannot be applied; the message names the filter field.</exception>
    public static IQueryable<T> Filter<T>(
        this IQueryable<T> source,
        IReadOnlyDictionary<string, object?>? where,
        DataConventions? conventions = null,
        IResolverContext? context = null
    ) =>
        FilterExpressionBuilder.Build<T>(where, conventions, context) is { } predicate
            ? source.Where(predicate)
            : source;
}
