using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Actions;

namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>Finds actions of the sample North Somerset plan, which every test host loads.</summary>
public static class SampleActions
{
    public const string NorthSomersetPlan = "North Somerset Local Area - SEND Improvement Plan";

    /// <summary>The action with <paramref name="reference"/> (e.g. "1.1") in the North Somerset plan.</summary>
    public static async Task<PlanAction> FindAsync(BrowserFixture fixture, string reference)
    {
        await using var db = fixture.Database();
        return await db
            .Actions.AsNoTracking()
            .Include(a => a.Area)
            .SingleAsync(a => a.Ref == reference && a.Area!.Plan!.Title == NorthSomersetPlan);
    }

    /// <summary>How many progress updates the action has.</summary>
    public static async Task<int> UpdateCountAsync(BrowserFixture fixture, Guid actionId)
    {
        await using var db = fixture.Database();
        return await db.Set<ActionUpdate>().CountAsync(u => u.ActionId == actionId);
    }
}
