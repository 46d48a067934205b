using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Kpis;

/// <summary>One admin host per test class, and the sample KPIs with numeric milestone targets.</summary>
public sealed partial class KpiPagesHost : IDisposable
{
    public AdminTestHost Host { get; } = new();

    public async Task<PartnershipDbContext> OpenAsync() =>
        await Host.Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();

    /// <summary>The sample KPIs having at least one milestone with a figure, with their milestones, by reference.</summary>
    public async Task<IReadOnlyList<Kpi>> KpisWithNumericMilestonesAsync()
    {
        await using var db = await OpenAsync();
        var kpis = await db.Kpis.AsNoTracking().Include(k => k.Milestones).ToListAsync();
        return
        [
            .. kpis.Where(k =>
                    k.Direction != KpiDirection.NarrativeOnly
                    && k.Milestones.Any(m => m.Target?.Value is not null)
                )
                .OrderBy(k => k.Id),
        ];
    }

    /// <summary>The value of a hidden field on a page.</summary>
    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"The page has no field {name}.");
        return match.Groups[1].Value;
    }

    public void Dispose() => Host.Dispose();
}
