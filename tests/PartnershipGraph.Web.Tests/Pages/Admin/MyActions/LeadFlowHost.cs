using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;

namespace PartnershipGraph.Web.Tests.Pages.Admin.MyActions;

/// <summary>One admin host per test class, with the sample data's first area lead who is a named person.</summary>
public sealed class LeadFlowHost : IDisposable
{
    public AdminTestHost Host { get; } = new();

    public async Task<PartnershipDbContext> OpenAsync() =>
        await Host.Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();

    /// <summary>A person leading a North Somerset plan area, and the actions they lead or are responsible for.</summary>
    public async Task<(Guid PersonId, IReadOnlySet<Guid> ActionIds)> AreaLeadAsync()
    {
        await using var db = await OpenAsync();
        var personId = await (
            from lead in db.PlanAreaLeads
            join area in db.PlanAreas on lead.PlanAreaId equals area.Id
            join plan in db.Plans on area.PlanId equals plan.Id
            join local in db.LocalAreas on plan.LocalAreaId equals local.Id
            where lead.PersonId != null && local.Name.Contains("North Somerset")
            orderby area.Number
            select lead.PersonId!.Value
        ).FirstAsync();
        var led = db
            .PlanAreaLeads.Where(l => l.PersonId == personId)
            .SelectMany(l => db.Actions.Where(a => a.PlanAreaId == l.PlanAreaId))
            .Select(a => a.Id);
        var responsible = db
            .ActionResponsibles.Where(r => r.PersonId == personId)
            .Select(r => r.ActionId);
        var ids = await led.Union(responsible).ToListAsync();
        return (personId, ids.ToHashSet());
    }

    /// <summary>An action the person neither leads nor is responsible for.</summary>
    public async Task<Guid> ActionNotLedByAsync(IReadOnlySet<Guid> ledActionIds)
    {
        await using var db = await OpenAsync();
        var all = await db.Actions.Select(a => a.Id).ToListAsync();
        return all.First(id => !ledActionIds.Contains(id));
    }

    public void Dispose() => Host.Dispose();
}
