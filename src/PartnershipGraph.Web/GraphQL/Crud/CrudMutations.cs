using PartnershipGraph.Domain.Common;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.GraphQL.Crud;

/// <summary>Registers an entity's administrator mutations <c>create{Entity}</c>, <c>update{Entity}</c> and <c>delete{Entity}</c> over its <see cref="EntityService{TEntity, TInput}"/>.</summary>
public static class CrudMutations
{
    /// <summary>Adds the three mutations, their inputs, payloads and error unions, and the entity's <c>version</c> field.</summary>
    /// <param name="builder">The schema builder.</param>
    /// <param name="entity">The GraphQL object type and global ID type name, such as "School".</param>
    /// <param name="noun">The entity in words, such as "school".</param>
    /// <param name="fields">The fields of the create and update inputs.</param>
    /// <param name="read">Builds the service input from the coerced input fields.</param>
    /// <param name="addVersionField">Whether to add the entity's <c>version</c> field; false when another feature already adds it.</param>
    public static SchemaBuilder Register<TEntity, TInput, TService>(
        SchemaBuilder builder,
        string entity,
        string noun,
        IReadOnlyList<CrudField> fields,
        Func<CrudInputReader, TInput> read,
        bool addVersionField = true
    )
        where TEntity : Entity
        where TService : EntityService<TEntity, TInput>
    {
        var field = char.ToLowerInvariant(entity[0]) + entity[1..];
        if (addVersionField)
        {
            builder.VersionField(entity, noun, "an update or deletion");
        }
        builder.InputObject(
            $"Create{entity}Input",
            i => AddFields(i.Description($"The values of a new {noun}."), fields)
        );
        builder.InputObject(
            $"Update{entity}Input",
            i =>
                AddFields(
                    i.Description(
                            $"The new values of an existing {noun}, replacing all its values."
                        )
                        .Field(
                            "id",
                            "ID!",
                            f => f.Description($"The global ID of the {noun} to update.")
                        )
                        .Field(
                            "expectedVersion",
                            "Int!",
                            f =>
                                f.Description(
                                    $"The version of the {noun} the update is based on; a newer stored version refuses the update."
                                )
                        ),
                    fields
                )
        );
        builder.InputObject(
            $"Delete{entity}Input",
            i =>
                i.Description($"The {noun} to delete.")
                    .Field(
                        "id",
                        "ID!",
                        f => f.Description($"The global ID of the {noun} to delete.")
                    )
                    .Field(
                        "expectedVersion",
                        "Int!",
                        f =>
                            f.Description(
                                $"The version of the {noun} the deletion is based on; a newer stored version refuses the deletion."
                            )
                    )
        );
        foreach (var change in new[] { "Create", "Update" })
        {
            builder
                .Object(
                    $"{change}{entity}Payload",
                    o =>
                        o.Description($"The outcome of a {noun} {change.ToLowerInvariant()}.")
                            .Field(
                                field,
                                entity,
                                MutationPayloads.ReadNode<EntityPayload>(entity, p => p.Id)
                            )
                            .Description($"The {noun} after the change; null when it was refused.")
                            .Field("errors", $"[{change}{entity}Error!]")
                            .Description("Why the change was refused; null when it succeeded.")
                )
                .ErrorUnion($"{change}{entity}Error", $"{change.ToLowerInvariant()}{entity}");
        }
        builder
            .Object(
                $"Delete{entity}Payload",
                o =>
                    o.Description($"The outcome of a {noun} deletion.")
                        .Field(
                            "deletedId",
                            "ID",
                            c =>
                                ((EntityPayload)c.Source!).Id is { } id
                                    ? GlobalId.Encode(entity, id)
                                    : null
                        )
                        .Description(
                            $"The global ID of the deleted {noun}; null when the deletion was refused."
                        )
                        .Field("errors", $"[Delete{entity}Error!]")
                        .Description("Why the deletion was refused; null when it succeeded.")
            )
            .ErrorUnion($"Delete{entity}Error", $"delete{entity}");
        return builder
            .InputMutation(
                $"create{entity}",
                $"Creates a {noun}; only an administrator may do so.",
                $"The values of the new {noun}.",
                c => CreateAsync<TEntity, TInput, TService>(c, read)
            )
            .InputMutation(
                $"update{entity}",
                $"Replaces the values of a {noun}; only an administrator may do so.",
                $"The {noun}, the version the update is based on and its new values.",
                c => UpdateAsync<TEntity, TInput, TService>(c, entity, read)
            )
            .InputMutation(
                $"delete{entity}",
                $"Deletes a {noun} that nothing refers to; only an administrator may do so.",
                $"The {noun} and the version the deletion is based on.",
                c => DeleteAsync<TEntity, TInput, TService>(c, entity)
            );
    }

    private static InputObjectTypeBuilder AddFields(
        InputObjectTypeBuilder input,
        IReadOnlyList<CrudField> fields
    )
    {
        foreach (var field in fields)
        {
            input = input.Field(field.Name, field.Type, f => f.Description(field.Description));
        }
        return input;
    }

    private static async Task<EntityPayload> CreateAsync<TEntity, TInput, TService>(
        IResolverContext context,
        Func<CrudInputReader, TInput> read
    )
        where TEntity : Entity
        where TService : EntityService<TEntity, TInput>
    {
        var reader = new CrudInputReader(Input(context));
        var input = read(reader);
        if (reader.Errors.Count > 0)
        {
            return new EntityPayload(null, reader.Errors);
        }
        var result = await context
            .Services.GetRequiredService<TService>()
            .CreateAsync(context.Actor(), input, context.CancellationToken);
        return result.Succeeded
            ? new EntityPayload(result.Value.Id, null)
            : new(null, result.Errors);
    }

    private static async Task<EntityPayload> UpdateAsync<TEntity, TInput, TService>(
        IResolverContext context,
        string entity,
        Func<CrudInputReader, TInput> read
    )
        where TEntity : Entity
        where TService : EntityService<TEntity, TInput>
    {
        var fields = Input(context);
        var reader = new CrudInputReader(fields);
        var id = MutationInputs.DecodeId(reader.String("id"), entity, "id");
        if (!id.Succeeded)
        {
            return new EntityPayload(null, id.Errors);
        }
        var input = read(reader);
        if (reader.Errors.Count > 0)
        {
            return new EntityPayload(null, reader.Errors);
        }
        var result = await context
            .Services.GetRequiredService<TService>()
            .UpdateAsync(
                context.Actor(),
                id.Value,
                input,
                Convert.ToInt32(
                    fields["expectedVersion"],
                    System.Globalization.CultureInfo.InvariantCulture
                ),
                context.CancellationToken
            );
        return result.Succeeded
            ? new EntityPayload(result.Value.Id, null)
            : new(null, result.Errors);
    }

    /// <summary>Deletes the record the <c>input</c> argument names by global ID and expected version.</summary>
    internal static async Task<EntityPayload> DeleteAsync<TEntity, TInput, TService>(
        IResolverContext context,
        string entity
    )
        where TEntity : Entity
        where TService : EntityService<TEntity, TInput>
    {
        var fields = Input(context);
        var id = MutationInputs.DecodeId(new CrudInputReader(fields).String("id"), entity, "id");
        if (!id.Succeeded)
        {
            return new EntityPayload(null, id.Errors);
        }
        var result = await context
            .Services.GetRequiredService<TService>()
            .DeleteAsync(
                context.Actor(),
                id.Value,
                Convert.ToInt32(
                    fields["expectedVersion"],
                    System.Globalization.CultureInfo.InvariantCulture
                ),
                context.CancellationToken
            );
        return result.Succeeded ? new EntityPayload(result.Value, null) : new(null, result.Errors);
    }

    private static IReadOnlyDictionary<string, object?> Input(IResolverContext context) =>
        context.Argument<IReadOnlyDictionary<string, object?>>("input")!;

    /// <summary>The payload of a create, update or delete: the record's key, or the errors that refused the change.</summary>
    public sealed record EntityPayload(Guid? Id, IReadOnlyList<ServiceError>? Errors);
}
