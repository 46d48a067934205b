using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>Helpers that keep feature registrations short: enums with described values and global IDs.</summary>
public static class SchemaDescriptions
{
    /// <summary>Declares <typeparamref name="TEnum"/> as <paramref name="name"/> with a description for the type and each value (in SCREAMING_CASE).</summary>
    public static SchemaBuilder DescribedEnum<TEnum>(
        this SchemaBuilder builder,
        string name,
        string description,
        params (string Value, string Description)[] values
    )
        where TEnum : struct, Enum =>
        builder.Enum<TEnum>(
            name,
            e =>
            {
                e.Description(description);
                foreach (var (value, text) in values)
                {
                    e.Configure(value, v => v.Description(text));
                }
            }
        );

    /// <summary>Adds the <c>id: ID!</c> field of the Node interface: the global ID of the entity's key.</summary>
    public static FieldBuilder GlobalIdField<T>(
        this ObjectTypeBuilder type,
        string typeName,
        Func<T, Guid> key
    ) =>
        type.Implements("Node")
            .IsTypeOf<T>()
            .Field("id", "ID!", c => GlobalId.Encode(typeName, key((T)c.Source!)))
            .Description(
                $"The global ID of the {typeName.ToLowerInvariant()}, to read it again with `node(id:)`."
            );
}
