using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Data.Paging;

/// <summary>Declares the output types of paged fields: <c>XConnection</c>, <c>XEdge</c> and <c>PageInfo</c>, or <c>XCollectionSegment</c> and <c>CollectionSegmentInfo</c>.</summary>
internal static class PagingTypes
{
    public static string RegisterConnection(
        SchemaBuilder builder,
        DataSchemaState state,
        string prefix,
        string nodeType
    )
    {
        if (state.Declare("PageInfo"))
        {
            builder.Object(
                "PageInfo",
                t =>
                    t.Description("Where a page sits in a paged list, and the cursors of its ends.")
                        .Field("hasNextPage", "Boolean!")
                        .Description("Whether there are more items after this page.")
                        .Field("hasPreviousPage", "Boolean!")
                        .Description("Whether there are items before this page.")
                        .Field("startCursor", "String")
                        .Description("The cursor of the first item of the page, if any.")
                        .Field("endCursor", "String")
                        .Description("The cursor of the last item of the page, if any.")
            );
        }
        var connection = prefix + "Connection";
        var edge = prefix + "Edge";
        if (state.Declare(connection))
        {
            builder.Object(
                connection,
                t =>
                    t.Description($"A page of {nodeType} items.")
                        .Field("pageInfo", "PageInfo!")
                        .Description("Where this page sits in the list.")
                        .Field("edges", $"[{edge}!]")
                        .Description("The items of the page with their cursors.")
                        .Field("nodes", $"[{nodeType}!]")
                        .Description("The items of the page.")
                        .Field("totalCount", "Int!")
                        .ResolveAsync(TotalCount)
                        .Description(
                            "How many items the whole list holds, with the filter applied."
                        )
            );
            builder.Object(
                edge,
                t =>
                    t.Description($"A {nodeType} item of a page, with its cursor.")
                        .Field("cursor", "String!")
                        .Description("The cursor to page from this item with `after` or `before`.")
                        .Field("node", $"{nodeType}!")
                        .Description("The item.")
            );
        }
        return connection;
    }

    public static string RegisterSegment(
        SchemaBuilder builder,
        DataSchemaState state,
        string prefix,
        string nodeType
    )
    {
        if (state.Declare("CollectionSegmentInfo"))
        {
            builder.Object(
                "CollectionSegmentInfo",
                t =>
                    t.Description("Whether there are items either side of an offset page.")
                        .Field("hasNextPage", "Boolean!")
                        .Description("Whether there are more items after this page.")
                        .Field("hasPreviousPage", "Boolean!")
                        .Description("Whether there are items before this page.")
            );
        }
        var segment = prefix + "CollectionSegment";
        if (state.Declare(segment))
        {
            builder.Object(
                segment,
                t =>
                    t.Description($"A page of {nodeType} items, cut by `skip` and `take`.")
                        .Field("pageInfo", "CollectionSegmentInfo!")
                        .Description("Whether there are items either side of this page.")
                        .Field("items", $"[{nodeType}!]")
                        .Description("The items of the page.")
                        .Field("totalCount", "Int!")
                        .ResolveAsync(TotalCount)
                        .Description(
                            "How many items the whole list holds, with the filter applied."
                        )
            );
        }
        return segment;
    }

    private static async Task<int> TotalCount(IResolverContext context)
    {
        try
        {
            return await ((ITotalCount)context.Source!)
                .GetTotalCountAsync(context.CancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (DataErrors.IsUntranslatable(exception))
        {
            throw DataErrors.CannotRun(context.Field, exception);
        }
    }
}
