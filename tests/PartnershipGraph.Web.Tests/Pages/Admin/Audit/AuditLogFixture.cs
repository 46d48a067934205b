using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Auditing;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Audit;

/// <summary>Writes audit entries straight into the test host's database, as the services would.</summary>
internal static class AuditLogFixture
{
    public static readonly DateTimeOffset Day = new(2025, 3, 10, 9, 30, 0, TimeSpan.Zero);

    public static AuditEntry Entry(
        DateTimeOffset at,
        string actor = "jo.lead@example.org",
        string entityType = "Action",
        Guid? entityId = null,
        string operation = "Updated",
        string? before = """{"currentRag":"NotOnTrack"}""",
        string? after = """{"currentRag":"OnTrack"}"""
    ) =>
        new()
        {
            At = at,
            Actor = actor,
            EntityType = entityType,
            EntityId = entityId ?? Guid.CreateVersion7(),
            Operation = operation,
            Before = before,
            After = after,
        };

    public static async Task AddAsync(AdminTestHost host, params AuditEntry[] entries)
    {
        var contexts = host.Service<IDbContextFactory<PartnershipDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
    }
}
