using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data.Storage;
using PartnershipGraph.Data.Tests.Infrastructure;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Data.Tests;

public sealed class PartnershipDbContextTests
{
    [Fact]
    public Task Sqlite_refuses_a_write_based_on_a_stale_version() =>
        AssertStaleWriteRefusedAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_refuses_a_write_based_on_a_stale_version() =>
        AssertStaleWriteRefusedAsync(DatabaseProvider.PostgreSql);

    [Fact]
    public async Task Saving_a_change_increments_the_version()
    {
        await using var database = TestDatabase.CreateSqlite();
        var id = await AddAreaAsync(database);

        await using (var db = database.CreateContext())
        {
            var area = await db.LocalAreas.SingleAsync(a => a.Id == id);
            area.Name = "Renamed";
            await db.SaveChangesAsync();
            Assert.Equal(2, area.Version);
        }
        await using var reread = database.CreateContext();
        Assert.Equal(2, (await reread.LocalAreas.SingleAsync(a => a.Id == id)).Version);
    }

    [Fact]
    public Task Sqlite_orders_and_filters_instants_and_decimals_in_sql() =>
        AssertInstantsAndDecimalsTranslateAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_orders_and_filters_instants_and_decimals_in_sql() =>
        AssertInstantsAndDecimalsTranslateAsync(DatabaseProvider.PostgreSql);

    [Fact]
    public async Task Partial_dates_and_targets_round_trip_including_null()
    {
        await using var database = TestDatabase.CreateSqlite();
        var (planId, kpiId) = await AddKpiAsync(database);
        await using (var db = database.CreateContext())
        {
            db.KpiMilestones.Add(
                new KpiMilestone
                {
                    KpiId = kpiId,
                    Sequence = 1,
                    Label = "3 months – February",
                    DueDate = new PartialDate(
                        "Feb 22",
                        new DateOnly(2022, 2, 1),
                        new DateOnly(2022, 2, 28),
                        DatePrecision.Month,
                        IsInferred: true
                    ),
                    Target = new Target("More than 60%", 60.5m, Comparator.MoreThan, "%"),
                }
            );
            db.KpiMilestones.Add(
                new KpiMilestone
                {
                    KpiId = kpiId,
                    Sequence = 2,
                    Label = "No date",
                }
            );
            await db.SaveChangesAsync();
        }
        await using var reread = database.CreateContext();
        var milestones = await reread.KpiMilestones.OrderBy(m => m.Sequence).ToListAsync();

        Assert.Equal(
            new PartialDate(
                "Feb 22",
                new DateOnly(2022, 2, 1),
                new DateOnly(2022, 2, 28),
                DatePrecision.Month,
                true
            ),
            milestones[0].DueDate
        );
        Assert.Equal(
            new Target("More than 60%", 60.5m, Comparator.MoreThan, "%"),
            milestones[0].Target
        );
        Assert.Null(milestones[1].DueDate);
        Assert.Null(milestones[1].Target);
        Assert.NotEqual(Guid.Empty, planId);
    }

    private static async Task AssertStaleWriteRefusedAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await AddAreaAsync(database);
        await using (var first = database.CreateContext())
        {
            var area = await first.LocalAreas.SingleAsync(a => a.Id == id);
            area.Name = "First edit";
            await first.SaveChangesAsync();
        }

        await using var second = database.CreateContext();
        var stale = await second.LocalAreas.SingleAsync(a => a.Id == id);
        stale.Name = "Edit based on version 1";
        second.ExpectVersion(stale, 1);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var reread = database.CreateContext();
        Assert.Equal("First edit", (await reread.LocalAreas.SingleAsync(a => a.Id == id)).Name);
    }

    private static async Task AssertInstantsAndDecimalsTranslateAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (_, kpiId) = await AddKpiAsync(database);
        await using (var db = database.CreateContext())
        {
            var start = new DateTimeOffset(2023, 6, 1, 13, 0, 0, TimeSpan.FromHours(1));
            foreach (var (days, value) in new[] { (2, 10.5m), (0, 2.25m), (1, 7m) })
            {
                db.KpiActuals.Add(
                    new KpiActual
                    {
                        KpiId = kpiId,
                        RecordedAt = start.AddDays(days),
                        Value = value,
                    }
                );
            }
            await db.SaveChangesAsync();
        }
        await using var reread = database.CreateContext();
        var cutoff = new DateTimeOffset(2023, 6, 2, 0, 0, 0, TimeSpan.Zero);

        var values = await reread
            .KpiActuals.Where(a => a.RecordedAt > cutoff || a.Value < 3m)
            .OrderByDescending(a => a.RecordedAt)
            .Select(a => a.Value)
            .ToListAsync();

        Assert.Equal([10.5m, 7m, 2.25m], values);
        var latest = await reread
            .KpiActuals.OrderByDescending(a => a.RecordedAt)
            .Select(a => a.RecordedAt)
            .FirstAsync();
        Assert.Equal(new DateTimeOffset(2023, 6, 3, 12, 0, 0, TimeSpan.Zero), latest);
        Assert.Equal(TimeSpan.Zero, latest.Offset);
    }

    private static async Task<Guid> AddAreaAsync(TestDatabase database)
    {
        await using var db = await database.CreateMigratedContextAsync();
        var area = new LocalArea { Name = "Test area" };
        db.LocalAreas.Add(area);
        await db.SaveChangesAsync();
        return area.Id;
    }

    private static async Task<(Guid PlanId, Guid KpiId)> AddKpiAsync(TestDatabase database)
    {
        var areaId = await AddAreaAsync(database);
        await using var db = database.CreateContext();
        var plan = new ImprovementPlan { LocalAreaId = areaId, Title = "Plan" };
        var kpi = new Kpi
        {
            PlanId = plan.Id,
            Ref = "1.1",
            Description = "A measure",
        };
        db.AddRange(plan, kpi);
        await db.SaveChangesAsync();
        return (plan.Id, kpi.Id);
    }
}
