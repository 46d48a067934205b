using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Services.Auditing;

namespace PartnershipGraph.Web.Services.Common;

/// <summary>What every service needs: a fresh database context per call, the clock and the audit trail.</summary>
public sealed class ServiceContext(
    IDbContextFactory<PartnershipDbContext> contexts,
    TimeProvider time
)
{
    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Builds audit entries.</summary>
    public AuditTrail Audit { get; } = new(time);

    /// <summary>A new context for one call: nothing a failed call tracked can leak into the next.</summary>
    public Task<PartnershipDbContext> OpenAsync(CancellationToken ct) =>
        contexts.CreateDbContextAsync(ct);
}
