using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Storage;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Services.Auditing;

namespace PartnershipGraph.Web.Services.Common;

/// <summary>
/// Create, update and delete for one kind of record, with the same order of checks everywhere: role, existence,
/// authorisation of the stored record, version, input, authorisation of the result, references; then one save
/// that writes the change and its audit entry together.
/// </summary>
/// <typeparam name="TEntity">The record.</typeparam>
/// <typeparam name="TInput">The values an administrator supplies; the same for create and update.</typeparam>
public abstract class EntityService<TEntity, TInput>(ServiceContext context)
    where TEntity : Entity
{
    /// <summary>The database, clock and audit trail.</summary>
    protected ServiceContext Context => context;

    /// <summary>The name audit entries and errors use, e.g. "School".</summary>
    protected abstract string EntityType { get; }

    /// <summary>The input field holding the parent, e.g. "planAreaId".</summary>
    protected abstract string ParentField { get; }

    /// <summary>Checks the input's own values: required fields, lengths, enum values.</summary>
    protected abstract void Validate(TInput input, FieldErrors errors);

    /// <summary>A new record from the input.</summary>
    protected abstract TEntity Create(TInput input);

    /// <summary>Copies the input onto a stored record.</summary>
    protected abstract void Apply(TInput input, TEntity entity);

    /// <summary>The parent's key, which only an administrator may change.</summary>
    protected abstract Guid ParentId(TEntity entity);

    /// <summary>The local area the record belongs to through its parent; null when the parent does not exist.</summary>
    protected abstract Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        TEntity entity,
        CancellationToken ct
    );

    /// <summary>The rows that stop the record's deletion.</summary>
    protected abstract IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id);

    /// <summary>Checks the references the record makes exist, belong to <paramref name="localAreaId"/> and are unique where they must be.</summary>
    protected virtual Task ValidateReferencesAsync(
        PartnershipDbContext db,
        TEntity entity,
        Guid localAreaId,
        FieldErrors errors,
        CancellationToken ct
    ) => Task.CompletedTask;

    /// <summary>Decides whether the actor may make the change; by default only an administrator in scope.</summary>
    protected virtual Task<ForbiddenError?> AuthoriseAsync(
        PartnershipDbContext db,
        Actor actor,
        TEntity entity,
        Guid localAreaId,
        EntityChange change,
        CancellationToken ct
    ) => Task.FromResult(AccessRules.CheckAdministers(actor, localAreaId));

    /// <summary>Creates a record and audits it.</summary>
    public async Task<ServiceResult<TEntity>> CreateAsync(
        Actor actor,
        TInput input,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(input);
        if (AccessRules.CheckMayWrite(actor) is { } forbidden)
        {
            return forbidden;
        }
        var errors = new FieldErrors();
        Validate(input, errors);
        if (!errors.IsEmpty)
        {
            return ServiceResult<TEntity>.Failure(errors.Errors);
        }
        await using var db = await context.OpenAsync(ct);
        var entity = Create(input);
        var checks = await CheckResultAsync(db, actor, entity, EntityChange.Create, ct);
        if (checks is not null)
        {
            return ServiceResult<TEntity>.Failure(checks);
        }
        db.Set<TEntity>().Add(entity);
        var audit = context.Audit.Entry(
            actor,
            EntityType,
            entity.Id,
            AuditOperations.Created,
            null,
            AuditSnapshot.Of(entity)
        );
        return await Commit.SaveAsync(db, EntityType, entity, null, audit, entity, ct);
    }

    /// <summary>Replaces a record's values with the input, if it is still at <paramref name="expectedVersion"/>, and audits the changed fields.</summary>
    public async Task<ServiceResult<TEntity>> UpdateAsync(
        Actor actor,
        Guid id,
        TInput input,
        int expectedVersion,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await context.OpenAsync(ct);
        var (entity, refused) = await LoadForChangeAsync(
            db,
            actor,
            id,
            expectedVersion,
            EntityChange.Update,
            ct
        );
        if (entity is null)
        {
            return refused!;
        }
        var errors = new FieldErrors();
        Validate(input, errors);
        if (!errors.IsEmpty)
        {
            return ServiceResult<TEntity>.Failure(errors.Errors);
        }
        var before = AuditSnapshot.Of(entity);
        var parentBefore = ParentId(entity);
        Apply(input, entity);
        if (ParentId(entity) != parentBefore && actor.Role != Role.Admin)
        {
            return new ForbiddenError(
                $"Only an administrator may move a {EntityType} to another {ParentField[..^2]}."
            );
        }
        var checks = await CheckResultAsync(db, actor, entity, EntityChange.Update, ct);
        if (checks is not null)
        {
            return ServiceResult<TEntity>.Failure(checks);
        }
        var (changedBefore, changedAfter) = AuditSnapshot.Changes(before, AuditSnapshot.Of(entity));
        return await SaveChangeAsync(
            db,
            actor,
            entity,
            expectedVersion,
            AuditOperations.Updated,
            changedBefore,
            changedAfter,
            entity,
            ct
        );
    }

    /// <summary>Deletes a record that is still at <paramref name="expectedVersion"/> and that nothing refers to; returns its key.</summary>
    public async Task<ServiceResult<Guid>> DeleteAsync(
        Actor actor,
        Guid id,
        int expectedVersion,
        CancellationToken ct
    )
    {
        await using var db = await context.OpenAsync(ct);
        var (entity, refused) = await LoadForChangeAsync(
            db,
            actor,
            id,
            expectedVersion,
            EntityChange.Delete,
            ct
        );
        if (entity is null)
        {
            return refused!;
        }
        var references = new List<string>();
        foreach (var referrer in ReferrersOf(db, id))
        {
            var count = await referrer.CountAsync(ct);
            if (count > 0)
            {
                references.Add($"{count} {referrer.Description}");
            }
        }
        if (references.Count > 0)
        {
            return ValidationError.OnInput(
                "id",
                $"The {EntityType} is still referenced by {string.Join(", ", references)}; remove those first."
            );
        }
        db.ExpectVersion(entity, expectedVersion);
        db.Set<TEntity>().Remove(entity);
        var audit = context.Audit.Entry(
            actor,
            EntityType,
            id,
            AuditOperations.Deleted,
            AuditSnapshot.Of(entity),
            null
        );
        return await Commit.SaveAsync(db, EntityType, entity, expectedVersion, audit, id, ct);
    }

    /// <summary>
    /// Loads a record for a change and refuses it, in this order, for a read-only role, a missing record or parent,
    /// an actor <see cref="AuthoriseAsync"/> refuses for <paramref name="change"/>, or a stale <paramref name="expectedVersion"/>.
    /// </summary>
    protected async Task<(TEntity? Entity, ServiceError? Error)> LoadForChangeAsync(
        PartnershipDbContext db,
        Actor actor,
        Guid id,
        int expectedVersion,
        EntityChange change,
        CancellationToken ct
    )
    {
        if (AccessRules.CheckMayWrite(actor) is { } forbidden)
        {
            return (null, forbidden);
        }
        var entity = await db.Set<TEntity>().SingleOrDefaultAsync(e => e.Id == id, ct);
        var localAreaId = entity is null ? null : await FindLocalAreaAsync(db, entity, ct);
        if (entity is null || localAreaId is null)
        {
            return (null, new NotFoundError(EntityType, id));
        }
        if (await AuthoriseAsync(db, actor, entity, localAreaId.Value, change, ct) is { } refused)
        {
            return (null, refused);
        }
        return Commit.CheckVersion(EntityType, entity, expectedVersion) is { } stale
            ? (null, stale)
            : (entity, null);
    }

    /// <summary>Marks a loaded record changed at <paramref name="expectedVersion"/>, audits <paramref name="operation"/> on it and saves everything tracked in one transaction.</summary>
    protected Task<ServiceResult<T>> SaveChangeAsync<T>(
        PartnershipDbContext db,
        Actor actor,
        TEntity entity,
        int expectedVersion,
        string operation,
        AuditSnapshot? before,
        AuditSnapshot? after,
        T value,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(entity);
        Commit.Touch(db, entity, expectedVersion);
        var audit = context.Audit.Entry(actor, EntityType, entity.Id, operation, before, after);
        return Commit.SaveAsync(db, EntityType, entity, expectedVersion, audit, value, ct);
    }

    private async Task<IReadOnlyList<ServiceError>?> CheckResultAsync(
        PartnershipDbContext db,
        Actor actor,
        TEntity entity,
        EntityChange change,
        CancellationToken ct
    )
    {
        var localAreaId = await FindLocalAreaAsync(db, entity, ct);
        if (localAreaId is null)
        {
            return
            [
                ValidationError.OnInput(
                    ParentField,
                    $"No record with id {ParentId(entity)} exists."
                ),
            ];
        }
        if (await AuthoriseAsync(db, actor, entity, localAreaId.Value, change, ct) is { } refused)
        {
            return [refused];
        }
        var errors = new FieldErrors();
        await ValidateReferencesAsync(db, entity, localAreaId.Value, errors, ct);
        return errors.IsEmpty ? null : errors.Errors;
    }
}
