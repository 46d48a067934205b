using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Services.Auditing;

namespace PartnershipGraph.Web.Pages.Admin.ApiKeys;

/// <summary>Records the creation and revocation of API keys in the audit log (never the key or its hash).</summary>
public sealed class ApiKeyAudit(IDbContextFactory<PartnershipDbContext> contexts, AuditTrail audit)
{
    /// <summary>The audit entries' entity type.</summary>
    public const string EntityType = "ApiKey";

    public async Task RecordAsync(
        Actor actor,
        ApiKey key,
        string operation,
        CancellationToken cancellationToken
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var after = AuditSnapshot.Of(
            new AuditedKey(
                key.Name,
                key.Prefix,
                key.Role,
                key.PersonId,
                key.LocalAreaId,
                key.RevokedAt
            )
        );
        db.AuditEntries.Add(audit.Entry(actor, EntityType, key.Id, operation, null, after));
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record AuditedKey(
        string Name,
        string Prefix,
        Role Role,
        Guid? PersonId,
        Guid? LocalAreaId,
        DateTimeOffset? RevokedAt
    );
}
