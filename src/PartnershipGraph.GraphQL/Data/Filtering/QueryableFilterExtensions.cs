namespace PartnershipGraph.GraphQL.Data.Filtering;

/// <summary>Applies a <c>where</c> argument to a query.</summary>
public static class QueryableFilterExtensions
{
    /// <summary>The query restricted to the rows <paramref name="where"/> accepts; the query itself when there is no filter.</summary>
    /// <exception cref="GraphQLError">The filter cannot be applied; the message names the filter field.</exception>
    public static IQueryable<T> Filter<T>(
        this IQueryable<T> source,
        IReadOnlyDictionary<string, object?>? where,
        DataConventions? conventions = null
    ) =>
        FilterExpressionBuilder.Build<T>(where, conventions) is { } predicate
            ? source.Where(predicate)
            : source;
}
