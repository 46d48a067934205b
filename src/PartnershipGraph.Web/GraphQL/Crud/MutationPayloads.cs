using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.GraphQL.Nodes;

namespace PartnershipGraph.Web.GraphQL.Crud;

/// <summary>The pieces every mutation shares: its <c>input</c>-taking field, the <c>version</c> its input names, and the payload field that reads the changed record.</summary>
public static class MutationPayloads
{
    /// <summary>Adds <c>Mutation.{name}(input: {Name}Input!): {Name}Payload!</c>.</summary>
    /// <param name="builder">The schema builder.</param>
    /// <param name="name">The mutation's name, such as "updateActionStatus".</param>
    /// <param name="description">The mutation's full-sentence description.</param>
    /// <param name="inputDescription">The <c>input</c> argument's full-sentence description.</param>
    /// <param name="resolve">Runs the mutation and returns its payload.</param>
    public static SchemaBuilder InputMutation<TPayload>(
        this SchemaBuilder builder,
        string name,
        string description,
        string inputDescription,
        Func<IResolverContext, Task<TPayload>> resolve
    )
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        return builder.Object(
            "Mutation",
            m =>
                m.Field(name, $"{typeName}Payload!")
                    .ResolveAsync(resolve)
                    .Description(description)
                    .Argument("input", $"{typeName}Input!", a => a.Description(inputDescription))
        );
    }

    /// <summary>Adds the <c>version</c> field of <paramref name="entity"/>, which <paramref name="changes"/> must name as its expectedVersion.</summary>
    /// <param name="builder">The schema builder.</param>
    /// <param name="entity">The object type, such as "Action".</param>
    /// <param name="noun">The entity in words, such as "action".</param>
    /// <param name="changes">The changes that name the version, such as "a change".</param>
    public static SchemaBuilder VersionField(
        this SchemaBuilder builder,
        string entity,
        string noun,
        string changes
    ) =>
        builder.Object(
            entity,
            o =>
                o.Field("version", "Int!")
                    .Description(
                        $"The {noun}'s version, which {changes} must name as its expectedVersion."
                    )
        );

    /// <summary>A payload field's resolver that reads the record of <paramref name="typeName"/> the payload names, through the caller's read access; null when it names none.</summary>
    public static Func<IResolverContext, object?> ReadNode<TPayload>(
        string typeName,
        Func<TPayload, Guid?> key
    ) =>
        c =>
            key((TPayload)c.Source!) is { } id
                ? NodeLookup.ReadAsync(c, GlobalId.Encode(typeName, id))
                : Task.FromResult<object?>(null);
}
