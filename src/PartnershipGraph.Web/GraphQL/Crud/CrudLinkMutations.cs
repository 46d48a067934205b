using PartnershipGraph.Domain.Common;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.GraphQL.Crud;

/// <summary>
/// Registers the administrator's <c>add{Link}</c> and <c>remove{Link}</c> mutations for a record that links two others,
/// such as a seat on a board, over its <see cref="EntityService{TEntity, TInput}"/>; the link gets an <c>id</c> and a <c>version</c>.
/// </summary>
public static class CrudLinkMutations
{
    /// <summary>Adds the two mutations, their inputs, payloads and error unions, and the link's <c>id</c> and <c>version</c> fields.</summary>
    /// <param name="builder">The schema builder.</param>
    /// <param name="link">The link's GraphQL object type and global ID type name, such as "BoardMembership".</param>
    /// <param name="mutation">The name the mutations use after add and remove, such as "BoardMembership".</param>
    /// <param name="noun">The link in words, such as "board membership".</param>
    /// <param name="parent">The GraphQL type of the record the link belongs to, such as "Board"; a payload returns it.</param>
    /// <param name="parentNoun">The parent in words, such as "board".</param>
    /// <param name="fields">The fields of the add input, the parent's ID first.</param>
    /// <param name="read">Builds the service input from the coerced input fields.</param>
    /// <param name="parentOf">The key of the link's parent.</param>
    public static SchemaBuilder Register<TEntity, TInput, TService>(
        SchemaBuilder builder,
        string link,
        string mutation,
        string noun,
        string parent,
        string parentNoun,
        IReadOnlyList<CrudField> fields,
        Func<CrudInputReader, TInput> read,
        Func<TEntity, Guid> parentOf
    )
        where TEntity : Entity
        where TService : EntityService<TEntity, TInput>
    {
        var parentField = char.ToLowerInvariant(parent[0]) + parent[1..];
        builder
            .Object(
                link,
                o =>
                    o.Field("id", "ID!", c => GlobalId.Encode(link, ((TEntity)c.Source!).Id))
                        .Description($"The global ID of the {noun}, which its removal names.")
            )
            .VersionField(link, noun, "its removal");
        builder.InputObject(
            $"Add{mutation}Input",
            i =>
            {
                i.Description($"The values of a new {noun}.");
                foreach (var field in fields)
                {
                    i.Field(field.Name, field.Type, f => f.Description(field.Description));
                }
            }
        );
        builder.InputObject(
            $"Remove{mutation}Input",
            i =>
                i.Description($"The {noun} to remove.")
                    .Field(
                        "id",
                        "ID!",
                        f => f.Description($"The global ID of the {noun} to remove.")
                    )
                    .Field(
                        "expectedVersion",
                        "Int!",
                        f =>
                            f.Description(
                                $"The version of the {noun} the removal is based on; a newer stored version refuses the removal."
                            )
                    )
        );
        builder
            .Object(
                $"Add{mutation}Payload",
                o =>
                    o.Description($"The outcome of adding a {noun}.")
                        .Field(
                            $"{char.ToLowerInvariant(link[0])}{link[1..]}Id",
                            "ID",
                            c =>
                                ((LinkPayload)c.Source!).Id is { } id
                                    ? GlobalId.Encode(link, id)
                                    : null
                        )
                        .Description(
                            $"The global ID of the new {noun}; null when the addition was refused."
                        )
                        .Field(
                            parentField,
                            parent,
                            MutationPayloads.ReadNode<LinkPayload>(parent, p => p.ParentId)
                        )
                        .Description(
                            $"The {parentNoun} the {noun} was added to, after the change; null when the addition was refused."
                        )
                        .Field("errors", $"[Add{mutation}Error!]")
                        .Description("Why the addition was refused; null when it succeeded.")
            )
            .ErrorUnion($"Add{mutation}Error", $"add{mutation}")
            .Object(
                $"Remove{mutation}Payload",
                o =>
                    o.Description($"The outcome of removing a {noun}.")
                        .Field(
                            "removedId",
                            "ID",
                            c =>
                                ((LinkPayload)c.Source!).Id is { } id
                                    ? GlobalId.Encode(link, id)
                                    : null
                        )
                        .Description(
                            $"The global ID of the removed {noun}; null when the removal was refused."
                        )
                        .Field("errors", $"[Remove{mutation}Error!]")
                        .Description("Why the removal was refused; null when it succeeded.")
            )
            .ErrorUnion($"Remove{mutation}Error", $"remove{mutation}");
        return builder
            .InputMutation(
                $"add{mutation}",
                $"Adds a {noun}; only an administrator may do so.",
                $"The values of the new {noun}.",
                c => AddAsync<TEntity, TInput, TService>(c, read, parentOf)
            )
            .InputMutation(
                $"remove{mutation}",
                $"Removes a {noun}; only an administrator may do so.",
                $"The {noun} and the version the removal is based on.",
                c => RemoveAsync<TEntity, TInput, TService>(c, link)
            );
    }

    private static async Task<LinkPayload> AddAsync<TEntity, TInput, TService>(
        IResolverContext context,
        Func<CrudInputReader, TInput> read,
        Func<TEntity, Guid> parentOf
    )
        where TEntity : Entity
        where TService : EntityService<TEntity, TInput>
    {
        var reader = new CrudInputReader(
            context.Argument<IReadOnlyDictionary<string, object?>>("input")!
        );
        var input = read(reader);
        if (reader.Errors.Count > 0)
        {
            return new LinkPayload(null, null, reader.Errors);
        }
        var result = await context
            .Services.GetRequiredService<TService>()
            .CreateAsync(context.Actor(), input, context.CancellationToken);
        return result.Succeeded
            ? new LinkPayload(result.Value.Id, parentOf(result.Value), null)
            : new(null, null, result.Errors);
    }

    private static async Task<LinkPayload> RemoveAsync<TEntity, TInput, TService>(
        IResolverContext context,
        string link
    )
        where TEntity : Entity
        where TService : EntityService<TEntity, TInput>
    {
        var removed = await CrudMutations.DeleteAsync<TEntity, TInput, TService>(context, link);
        return new LinkPayload(removed.Id, null, removed.Errors);
    }

    /// <summary>The payload of an addition or removal: the link's and its parent's keys, or the errors that refused the change.</summary>
    public sealed record LinkPayload(Guid? Id, Guid? ParentId, IReadOnlyList<ServiceError>? Errors);
}
