using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Access.ApiKeys;

/// <summary>Creates, lists, revokes and verifies API keys; keys are found by the hash of what the caller presents.</summary>
public sealed class ApiKeyStore(IDbContextFactory<PartnershipDbContext> contexts, TimeProvider time)
{
    /// <summary>How long after a recorded use the next use is recorded again.</summary>
    public static readonly TimeSpan UseRecordingInterval = TimeSpan.FromMinutes(1);

    /// <summary>Creates a key; the returned secret is the only copy.</summary>
    /// <exception cref="ApiKeyRequestException">The name is blank, the role or scope is not allowed, or the person or local area does not exist.</exception>
    public async Task<CreatedApiKey> CreateAsync(
        NewApiKey request,
        CancellationToken cancellationToken
    )
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new ApiKeyRequestException("A key needs a name that says what it is for.");
        }
        if (ApiKey.FindScopeProblem(request.Role, request.PersonId) is { } problem)
        {
            throw new ApiKeyRequestException(problem);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var localAreaId = await ResolveScopeAsync(db, request, cancellationToken);
        var secret = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Name = request.Name.Trim(),
            Role = request.Role,
            PersonId = request.PersonId,
            LocalAreaId = localAreaId,
            Prefix = ApiKeySecret.PrefixOf(secret),
            Hash = ApiKeySecret.Hash(secret),
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(key, secret);
    }

    /// <summary>Every key, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken);
        return [.. keys.OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)];
    }

    /// <summary>Revokes the key with the id, the prefix shown in lists, or the key itself; revoking twice keeps the first date.</summary>
    /// <exception cref="ApiKeyRequestException">No key, or more than one key, matches.</exception>
    public async Task<ApiKey> RevokeAsync(string idOrPrefix, CancellationToken cancellationToken)
    {
        var text = idOrPrefix.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = ApiKeySecret.IsWellFormed(text) ? ApiKeySecret.Hash(text) : null;
        var query =
            Guid.TryParse(text, out var id) ? db.ApiKeys.Where(k => k.Id == id)
            : hash is not null ? db.ApiKeys.Where(k => k.Hash == hash)
            : db.ApiKeys.Where(k => k.Prefix == text);
        var matches = await query.OrderBy(k => k.Id).Take(2).ToListAsync(cancellationToken);
        var key = matches.Count switch
        {
            0 => throw new ApiKeyRequestException(
                $"No API key has the id or prefix '{text}'. Run 'apikey list' to see them."
            ),
            > 1 => throw new ApiKeyRequestException(
                $"More than one API key starts with '{text}'; revoke by id instead."
            ),
            _ => matches[0],
        };
        if (key.RevokedAt is null)
        {
            key.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        return key;
    }

    /// <summary>Checks a key a caller presented: malformed, unknown, revoked or valid.</summary>
    public async Task<ApiKeyVerification> VerifyAsync(
        string presented,
        CancellationToken cancellationToken
    )
    {
        if (!ApiKeySecret.IsWellFormed(presented))
        {
            return ApiKeyVerification.Refused(
                $"The API key is malformed: a key is '{ApiKeySecret.Marker}' followed by {ApiKeySecret.Length - ApiKeySecret.Marker.Length} base64url characters."
            );
        }
        var hash = ApiKeySecret.Hash(presented);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db
            .ApiKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (key is null || !ApiKeySecret.HashesEqual(key.Hash, hash))
        {
            return ApiKeyVerification.Refused("The API key is not recognised.");
        }
        if (key.RevokedAt is { } revokedAt)
        {
            return ApiKeyVerification.Refused(
                $"The API key {key.Prefix} was revoked on {revokedAt:yyyy-MM-dd}."
            );
        }
        await RecordUseAsync(db, key, cancellationToken);
        return ApiKeyVerification.Valid(key);
    }

    // Writes at most once per interval per key, however many instances serve it: the condition is checked in SQL.
    private async Task RecordUseAsync(
        PartnershipDbContext db,
        ApiKey key,
        CancellationToken cancellationToken
    )
    {
        var now = time.GetUtcNow();
        var due = now - UseRecordingInterval;
        if (key.LastUsedAt > due)
        {
            return;
        }
        await db
            .ApiKeys.Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt <= due))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        key.LastUsedAt = now;
    }

    private static async Task<Guid?> ResolveScopeAsync(
        PartnershipDbContext db,
        NewApiKey request,
        CancellationToken cancellationToken
    )
    {
        if (
            request.LocalAreaId is { } areaId
            && !await db.LocalAreas.AnyAsync(a => a.Id == areaId, cancellationToken)
        )
        {
            throw new ApiKeyRequestException($"No local area has the id {areaId}.");
        }
        if (request.PersonId is not { } personId)
        {
            return request.LocalAreaId;
        }
        var person =
            await db
                .People.AsNoTracking()
                .SingleOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw new ApiKeyRequestException($"No person has the id {personId}.");
        if (request.LocalAreaId is { } requested && requested != person.LocalAreaId)
        {
            throw new ApiKeyRequestException(
                $"{person.Name} works in another local area than the one given; an area lead's key is limited to their own area."
            );
        }
        return person.LocalAreaId;
    }
}
