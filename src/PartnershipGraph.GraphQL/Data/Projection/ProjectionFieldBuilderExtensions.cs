using System.Linq.Expressions;
using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.GraphQL.Data.Projection;

/// <summary>Lets a field with its own resolver say which members of its parent it reads, so projections load them.</summary>
public static class ProjectionFieldBuilderExtensions
{
    /// <summary>Declares the properties of the parent object (<typeparamref name="T"/>) that the field's resolver reads.</summary>
    /// <example><code>t.Field("displayName", "String!", c =&gt; …).Requires&lt;School&gt;(s =&gt; s.Name, s =&gt; s.Urn)</code></example>
    public static FieldBuilder Requires<T>(
        this FieldBuilder field,
        params Expression<Func<T, object?>>[] members
    )
    {
        var properties = members.Select(DataTypeDescriptor<T>.MemberOf).ToArray();
        return field.WithMetadata(ProjectionBuilder.RequiresMetadataKey, properties);
    }

    /// <summary>Declares that the field's resolver returns items of one list of the parent (<typeparamref name="T"/>), reading of each item only the selected fields and <paramref name="itemMembers"/>; a projection then reads only those columns of the items, unless another selected field requires the whole list.</summary>
    /// <example><code>t.Field("milestones", "[Milestone!]!", c =&gt; ((Kpi)c.Source!).Milestones.OrderBy(m =&gt; m.Sequence).ToList()).RequiresItems&lt;Kpi, Milestone&gt;(k =&gt; k.Milestones, m =&gt; m.Sequence)</code></example>
    public static FieldBuilder RequiresItems<T, TItem>(
        this FieldBuilder field,
        Expression<Func<T, IEnumerable<TItem>?>> list,
        params Expression<Func<TItem, object?>>[] itemMembers
    ) =>
        field.WithMetadata(
            ProjectionBuilder.RequiresItemsMetadataKey,
            new ProjectionBuilder.RequiredItems(
                DataTypeDescriptor<T>.MemberOf(list),
                [.. itemMembers.Select(DataTypeDescriptor<TItem>.MemberOf)]
            )
        );
}
