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
}
