namespace PartnershipGraph.GraphQL.Data;

/// <summary>Configures a list field of an entity type read from a collection property, with filtering and sorting that projections push into the parent's query.</summary>
public sealed class CollectionFieldDescriptor<T>
{
    internal CollectionFieldDescriptor() { }

    internal string? DescriptionText { get; private set; }

    internal string? NodeTypeName { get; private set; }

    internal bool Filtering { get; private set; }

    internal bool Sorting { get; private set; }

    /// <summary>Sets the field's description (Markdown).</summary>
    public CollectionFieldDescriptor<T> Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Names the GraphQL object type of the items.</summary>
    /// <value>By default the name the conventions give <typeparamref name="T"/>.</value>
    public CollectionFieldDescriptor<T> NodeType(string typeName)
    {
        NodeTypeName = typeName;
        return this;
    }

    /// <summary>Adds <c>where: XFilterInput</c>.</summary>
    public CollectionFieldDescriptor<T> UseFiltering()
    {
        Filtering = true;
        return this;
    }

    /// <summary>Adds <c>order: [XSortInput!]</c>; the items are always ordered by their key last.</summary>
    public CollectionFieldDescriptor<T> UseSorting()
    {
        Sorting = true;
        return this;
    }
}
