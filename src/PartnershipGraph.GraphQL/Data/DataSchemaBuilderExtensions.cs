using System.Linq.Expressions;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data.Filtering;
using PartnershipGraph.GraphQL.Data.Paging;
using PartnershipGraph.GraphQL.Data.Sorting;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>Declares fields that resolve to queries, with HotChocolate's filtering, sorting, paging and projection conventions.</summary>
/// <example><code>
/// builder.DataField&lt;School&gt;("Query", "schools", c =&gt; Db(c).Schools,
///     f =&gt; f.UsePaging().UseProjection().UseFiltering().UseSorting());
/// </code></example>
public static class DataSchemaBuilderExtensions
{
    /// <summary>Configures the conventions the data fields of this schema share (page sizes, executor, per-type names, keys and ignored properties); call before declaring data fields.</summary>
    public static SchemaBuilder ConfigureData(
        this SchemaBuilder builder,
        Action<DataConventions> configure
    )
    {
        configure(DataSchemaState.Of(builder).Conventions);
        return builder;
    }

    /// <summary>Adds to <paramref name="typeName"/> a field that resolves to the query <paramref name="source"/> returns, and declares the input and page types it uses.</summary>
    /// <remarks>
    /// Without paging the field is <c>[X!]!</c>; with it, <c>XConnection</c> or <c>XCollectionSegment</c>. The object type <c>X</c> of the
    /// items is declared separately (<see cref="SchemaBuilder.Object"/>). Errors in the arguments become field errors naming the argument.
    /// </remarks>
    public static SchemaBuilder DataField<T>(
        this SchemaBuilder builder,
        string typeName,
        string fieldName,
        Func<IResolverContext, IQueryable<T>> source,
        Action<DataFieldDescriptor<T>>? configure = null
    )
    {
        var descriptor = new DataFieldDescriptor<T>();
        configure?.Invoke(descriptor);
        var state = DataSchemaState.Of(builder);
        var conventions = state.Conventions;
        var nodeType = descriptor.NodeTypeName ?? conventions.NameOf(typeof(T));
        var prefix =
            descriptor.PageTypeName ?? char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
        var fieldType = descriptor.Paging switch
        {
            PagingKind.Cursor => PagingTypes.RegisterConnection(builder, state, prefix, nodeType),
            PagingKind.Offset => PagingTypes.RegisterSegment(builder, state, prefix, nodeType),
            _ => $"[{nodeType}!]!",
        };
        var filterType = descriptor.Filtering
            ? FilterInputTypes.Register(builder, state, typeof(T))
            : null;
        var sortType = descriptor.Sorting
            ? SortInputTypes.Register(builder, state, typeof(T))
            : null;
        var resolver = new DataFieldResolver<T>(descriptor, conventions, source);
        builder.Object(
            typeName,
            t =>
            {
                var field = t.Field(fieldName, fieldType).Resolve(resolver.ResolveAsync);
                if (descriptor.DescriptionText is { } description)
                {
                    field.Description(description);
                }
                if (descriptor.Paging == PagingKind.Cursor)
                {
                    field
                        .Argument(
                            "first",
                            "Int",
                            a =>
                                a.Description(
                                    "Returns the first _n_ items of the list (after `after`, if given)."
                                )
                        )
                        .Argument(
                            "after",
                            "String",
                            a => a.Description("Returns the items after the item with this cursor.")
                        )
                        .Argument(
                            "last",
                            "Int",
                            a =>
                                a.Description(
                                    "Returns the last _n_ items of the list (before `before`, if given)."
                                )
                        )
                        .Argument(
                            "before",
                            "String",
                            a =>
                                a.Description("Returns the items before the item with this cursor.")
                        );
                }
                else if (descriptor.Paging == PagingKind.Offset)
                {
                    field
                        .Argument("skip", "Int", a => a.Description("How many items to skip."))
                        .Argument("take", "Int", a => a.Description("How many items to return."));
                }
                if (filterType is not null)
                {
                    field.Argument(
                        "where",
                        filterType,
                        a => a.Description("Returns only the items that match this filter.")
                    );
                }
                if (sortType is not null)
                {
                    field.Argument(
                        "order",
                        $"[{sortType}!]",
                        a =>
                            a.Description(
                                "Orders the items by these fields, the first deciding first."
                            )
                    );
                }
                foreach (var extra in descriptor.Extra)
                {
                    extra(field);
                }
            }
        );
        return builder;
    }

    /// <summary>Adds to <paramref name="typeName"/> a list field read from a collection property of <typeparamref name="TParent"/>, with <c>where</c>/<c>order</c> that a projection of the parent pushes into the same SQL query.</summary>
    /// <remarks>The field is <c>[X!]!</c>. Without a projection of the parent, the filter and order apply in memory to the loaded collection.</remarks>
    public static SchemaBuilder CollectionField<TParent, T>(
        this SchemaBuilder builder,
        string typeName,
        string fieldName,
        Expression<Func<TParent, IEnumerable<T>?>> collection,
        Action<CollectionFieldDescriptor<T>>? configure = null
    )
    {
        var descriptor = new CollectionFieldDescriptor<T>();
        configure?.Invoke(descriptor);
        var state = DataSchemaState.Of(builder);
        var property = DataTypeDescriptor<TParent>.MemberOf(collection);
        var field = new FilteredCollection(
            property,
            typeof(T),
            descriptor.Filtering,
            descriptor.Sorting,
            state.Conventions
        );
        var nodeType = descriptor.NodeTypeName ?? state.Conventions.NameOf(typeof(T));
        var filterType = descriptor.Filtering
            ? FilterInputTypes.Register(builder, state, typeof(T))
            : null;
        var sortType = descriptor.Sorting
            ? SortInputTypes.Register(builder, state, typeof(T))
            : null;
        builder.Object(
            typeName,
            t =>
            {
                var definition = t.Field(fieldName, $"[{nodeType}!]!")
                    .Resolve(field.ResolveAsync)
                    .WithMetadata(FilteredCollection.MetadataKey, field);
                if (descriptor.DescriptionText is { } description)
                {
                    definition.Description(description);
                }
                if (filterType is not null)
                {
                    definition.Argument(
                        "where",
                        filterType,
                        a => a.Description("Returns only the items that match this filter.")
                    );
                }
                if (sortType is not null)
                {
                    definition.Argument(
                        "order",
                        $"[{sortType}!]",
                        a =>
                            a.Description(
                                "Orders the items by these fields, the first deciding first."
                            )
                    );
                }
            }
        );
        return builder;
    }
}
