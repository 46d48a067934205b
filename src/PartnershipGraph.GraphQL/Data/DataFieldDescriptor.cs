using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>Configures a field that resolves to a query of <typeparamref name="T"/>: paging, projection, filtering and sorting, in HotChocolate's order.</summary>
public sealed class DataFieldDescriptor<T>
{
    internal DataFieldDescriptor() { }

    internal string? DescriptionText { get; private set; }

    internal string? NodeTypeName { get; private set; }

    internal string? PageTypeName { get; private set; }

    internal PagingKind Paging { get; private set; }

    internal int? DefaultPageSize { get; private set; }

    internal int? MaxPageSize { get; private set; }

    internal bool Filtering { get; private set; }

    internal bool Sorting { get; private set; }

    internal bool Projection { get; private set; }

    internal List<Action<FieldBuilder>> Extra { get; } = [];

    /// <summary>Sets the field's description (Markdown).</summary>
    public DataFieldDescriptor<T> Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Names the GraphQL object type of the items.</summary>
    /// <value>By default the name the conventions give <typeparamref name="T"/> (its CLR name).</value>
    public DataFieldDescriptor<T> NodeType(string typeName)
    {
        NodeTypeName = typeName;
        return this;
    }

    /// <summary>Pages with cursors: <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c> → <c>XConnection</c>.</summary>
    /// <param name="defaultPageSize">The page size when none is given; by default <see cref="DataConventions.DefaultPageSize"/>.</param>
    /// <param name="maxPageSize">The largest page; by default <see cref="DataConventions.MaxPageSize"/>.</param>
    /// <param name="connectionName">The name the connection and edge types start with; by default the field's name in PascalCase (<c>schools</c> → <c>SchoolsConnection</c>).</param>
    public DataFieldDescriptor<T> UsePaging(
        int? defaultPageSize = null,
        int? maxPageSize = null,
        string? connectionName = null
    )
    {
        Paging = PagingKind.Cursor;
        (DefaultPageSize, MaxPageSize, PageTypeName) = (
            defaultPageSize,
            maxPageSize,
            connectionName
        );
        return this;
    }

    /// <summary>Pages with offsets: <c>skip</c>/<c>take</c> → <c>XCollectionSegment</c>.</summary>
    /// <param name="defaultPageSize">The page size when none is given; by default <see cref="DataConventions.DefaultPageSize"/>.</param>
    /// <param name="maxPageSize">The largest page; by default <see cref="DataConventions.MaxPageSize"/>.</param>
    /// <param name="segmentName">The name the segment type starts with; by default the field's name in PascalCase (<c>schools</c> → <c>SchoolsCollectionSegment</c>).</param>
    public DataFieldDescriptor<T> UseOffsetPaging(
        int? defaultPageSize = null,
        int? maxPageSize = null,
        string? segmentName = null
    )
    {
        Paging = PagingKind.Offset;
        (DefaultPageSize, MaxPageSize, PageTypeName) = (defaultPageSize, maxPageSize, segmentName);
        return this;
    }

    /// <summary>Reads only the members the selection set needs.</summary>
    public DataFieldDescriptor<T> UseProjection()
    {
        Projection = true;
        return this;
    }

    /// <summary>Adds <c>where: XFilterInput</c>.</summary>
    public DataFieldDescriptor<T> UseFiltering()
    {
        Filtering = true;
        return this;
    }

    /// <summary>Adds <c>order: [XSortInput!]</c>.</summary>
    public DataFieldDescriptor<T> UseSorting()
    {
        Sorting = true;
        return this;
    }

    /// <summary>Adds another argument, for the query source to read.</summary>
    public DataFieldDescriptor<T> Argument(
        string name,
        string type,
        Action<InputValueBuilder>? configure = null
    )
    {
        Extra.Add(f => f.Argument(name, type, configure));
        return this;
    }
}
