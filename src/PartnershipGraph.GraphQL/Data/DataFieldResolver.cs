using PartnershipGraph.GraphQL.Data.Filtering;
using PartnershipGraph.GraphQL.Data.Paging;
using PartnershipGraph.GraphQL.Data.Projection;
using PartnershipGraph.GraphQL.Data.Sorting;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>Resolves a data field: source query, then filter, sort (with the key last), projection and page, run by the <see cref="IQueryableExecutor"/>.</summary>
internal sealed class DataFieldResolver<T>(
    DataFieldDescriptor<T> descriptor,
    DataConventions conventions,
    Func<IResolverContext, IQueryable<T>> source
)
{
    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var arguments = context.Arguments;
        var query = source(context);
        if (descriptor.Filtering && arguments.GetValueOrDefault("where") is { } where)
        {
            query = query.Filter(
                FilterValues.Object(where, new FilterScope("where")),
                conventions,
                context
            );
        }
        if (descriptor.Sorting || descriptor.Paging != PagingKind.None)
        {
            query = query.Sort(
                arguments.GetValueOrDefault("order") as IEnumerable<object?>,
                conventions
            );
        }
        if (
            descriptor.Projection
            && Project(context, query.Provider is EnumerableQuery) is { } projection
        )
        {
            query = query.Select(projection);
        }
        var executor =
            context.Services.GetService(typeof(IQueryableExecutor)) as IQueryableExecutor
            ?? conventions.Executor;
        var paging = new PagingOptions(
            descriptor.DefaultPageSize ?? conventions.DefaultPageSize,
            descriptor.MaxPageSize ?? conventions.MaxPageSize
        );
        try
        {
            return descriptor.Paging switch
            {
                PagingKind.Cursor => await CursorPaging
                    .PageAsync(query, arguments, paging, executor, context.CancellationToken)
                    .ConfigureAwait(false),
                PagingKind.Offset => await OffsetPaging
                    .PageAsync(query, arguments, paging, executor, context.CancellationToken)
                    .ConfigureAwait(false),
                _ => await executor
                    .ToListAsync(query, context.CancellationToken)
                    .ConfigureAwait(false),
            };
        }
        catch (Exception exception) when (DataErrors.IsUntranslatable(exception))
        {
            throw DataErrors.CannotRun(context.Field, exception);
        }
    }

    private System.Linq.Expressions.Expression<Func<T, T>>? Project(
        IResolverContext context,
        bool inMemory
    )
    {
        var type = (ObjectType)context.Field.Type.GetNamedType();
        List<SelectionSetNode?> selectionSets = [.. context.FieldNodes.Select(n => n.SelectionSet)];
        switch (descriptor.Paging)
        {
            case PagingKind.Cursor:
                var page = SelectionCollector.Collect(context, type, selectionSets);
                var edgeType = (ObjectType)type.GetField("edges")!.Type.GetNamedType();
                var edges = SelectionCollector.Collect(
                    context,
                    edgeType,
                    SelectionCollector.SubSelections(page, "edges")
                );
                selectionSets =
                [
                    .. SelectionCollector.SubSelections(page, "nodes"),
                    .. SelectionCollector.SubSelections(edges, "node"),
                ];
                type = (ObjectType)edgeType.GetField("node")!.Type.GetNamedType();
                break;
            case PagingKind.Offset:
                var segment = SelectionCollector.Collect(context, type, selectionSets);
                selectionSets = SelectionCollector.SubSelections(segment, "items");
                type = (ObjectType)type.GetField("items")!.Type.GetNamedType();
                break;
        }
        return ProjectionBuilder.Build<T>(context, type, selectionSets, conventions, inMemory);
    }
}
