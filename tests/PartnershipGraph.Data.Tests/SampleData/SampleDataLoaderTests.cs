using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data.SampleData;
using PartnershipGraph.Data.Tests.Infrastructure;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Data.Tests.SampleData;

public sealed class SampleDataLoaderTests
{
    [Fact]
    public Task Sqlite_import_holds_every_sample_row() =>
        AssertCountsAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_import_holds_every_sample_row() =>
        AssertCountsAsync(DatabaseProvider.PostgreSql);

    [Fact]
    public async Task A_second_load_adds_nothing()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var db = await database.CreateMigratedContextAsync();
        Assert.True(await new SampleDataLoader(db).LoadAsync(CancellationToken.None));
        var rows =
            await db.Kpis.CountAsync()
            + await db.Actions.CountAsync()
            + await db.Schools.CountAsync();

        Assert.False(await new SampleDataLoader(db).LoadAsync(CancellationToken.None));

        Assert.Equal(
            rows,
            await db.Kpis.CountAsync()
                + await db.Actions.CountAsync()
                + await db.Schools.CountAsync()
        );
    }

    [PostgresFact]
    public async Task Two_instances_loading_at_once_load_the_data_once()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        await (await database.CreateMigratedContextAsync()).DisposeAsync();
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();

        var loaded = await Task.WhenAll(
            new SampleDataLoader(first).LoadAsync(CancellationToken.None),
            new SampleDataLoader(second).LoadAsync(CancellationToken.None)
        );

        Assert.Single(loaded, l => l);
        await using var reread = database.CreateContext();
        Assert.Equal(4, await reread.LocalAreas.CountAsync());
    }

    [Fact]
    public async Task A_null_where_a_value_is_required_writes_nothing_and_names_the_file_and_path()
    {
        var broken = JsonNode.Parse(ReadEmbedded(SampleDataFiles.Portsmouth))!;
        broken["strategy"]!["actionPlan"]!["actions"]![2]!["milestones"] = null;

        var error = await LoadIntoEmptyDatabaseAsync(
            SampleDataFiles.Portsmouth,
            broken.ToJsonString()
        );

        Assert.Equal(SampleDataFiles.Portsmouth, error.FileName);
        Assert.Equal("$.strategy.actionPlan.actions[2].milestones", error.JsonPath);
        Assert.Contains(
            "portsmouth-attendance-strategy.json",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_truncated_file_writes_nothing_and_names_the_file()
    {
        var text = ReadEmbedded(SampleDataFiles.BanesAndSomersetSchools);

        var error = await LoadIntoEmptyDatabaseAsync(
            SampleDataFiles.BanesAndSomersetSchools,
            text[..(text.Length / 2)]
        );

        Assert.Equal(SampleDataFiles.BanesAndSomersetSchools, error.FileName);
        Assert.StartsWith("$.", error.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_texts_as_written_and_the_inferred_flags()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var db = await database.CreateMigratedContextAsync();
        await new SampleDataLoader(db).LoadAsync(CancellationToken.None);

        var action = await db.Actions.SingleAsync(a =>
            a.SourceKey == "north-somerset/action/ns-action-1.1"
        );
        Assert.Equal(
            new PartialDate(
                "Refresh and relaunch by May 22",
                new(2022, 5, 1),
                new(2022, 5, 31),
                DatePrecision.Month,
                true
            ),
            action.DueDate
        );
        Assert.Equal(Rag.Met, action.CurrentRag);
        var update = await db.ActionUpdates.SingleAsync(u => u.ActionId == action.Id);
        Assert.Equal(
            ("Met", true, Rag.Met),
            (update.RagAsWritten, update.IsRagInferred, update.Rag)
        );

        var subAction = await db.Actions.SingleAsync(a =>
            a.SourceKey == "north-somerset/action/ns-action-4.3b"
        );
        var parent = await db.Actions.SingleAsync(a => a.Id == subAction.ParentActionId);
        Assert.Equal("4.3", parent.Ref);

        var kpi = await db.Kpis.SingleAsync(k => k.SourceKey == "north-somerset/kpi/ns-kpi-1.1");
        Assert.Equal(
            (KpiDirection.HigherIsBetter, true, action.Id),
            (kpi.Direction, kpi.IsDirectionInferred, kpi.ActionId)
        );
        var milestone = await db.KpiMilestones.SingleAsync(m =>
            m.KpiId == kpi.Id && m.Sequence == 2
        );
        Assert.Equal(
            new Target(
                "Over 60% of agencies can evidence adoption of the strategy",
                60m,
                Comparator.MoreThan,
                "% of agencies evidencing adoption of the strategy"
            ),
            milestone.Target
        );

        var unstated = await db.Actions.SingleAsync(a =>
            a.SourceKey == "north-somerset/action/ns-action-2.2"
        );
        Assert.Equal(Rag.NotRated, unstated.CurrentRag);
    }

    [Fact]
    public async Task Imports_portsmouth_targets_as_kpis_with_baselines()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var db = await database.CreateMigratedContextAsync();
        await new SampleDataLoader(db).LoadAsync(CancellationToken.None);

        var kpi = await db.Kpis.SingleAsync(k =>
            k.SourceKey == "portsmouth/kpi/primary-overall-absence"
        );
        var target = await db.KpiMilestones.SingleAsync(m => m.KpiId == kpi.Id);

        Assert.Equal(
            (4.1m, KpiDirection.LowerIsBetter, "%"),
            (kpi.BaselineValue, kpi.Direction, kpi.Unit)
        );
        Assert.Equal(new Target("3.5", 3.5m, Comparator.Equal, "%"), target.Target);
        Assert.Equal(new DateOnly(2024, 8, 31), target.DueDate!.End);
    }

    [Fact]
    public async Task Reads_portsmouth_timescales_as_written()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var db = await database.CreateMigratedContextAsync();
        await new SampleDataLoader(db).LoadAsync(CancellationToken.None);

        var milestones = await db
            .ActionMilestones.Where(m => m.SourceKey!.StartsWith("portsmouth/action/1/"))
            .ToListAsync();
        var range = Assert.Single(milestones, m => m.DueDate?.Text == "March - July 22").DueDate!;
        var seasons = Assert
            .Single(milestones, m => m.DueDate?.Text == "Spring/ Summer 22")
            .DueDate!;

        Assert.Equal(
            (DatePrecision.Range, new DateOnly(2022, 3, 1), new DateOnly(2022, 7, 31), true),
            (range.Precision, range.Start, range.End, range.IsInferred)
        );
        Assert.Equal(
            (DatePrecision.Season, new DateOnly(2022, 7, 31), true),
            (seasons.Precision, seasons.End, seasons.IsInferred)
        );
        Assert.Null(Assert.Single(milestones, m => m.Text == "Wave 2 2022/23").DueDate);
    }

    private static async Task AssertCountsAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.CreateMigratedContextAsync();

        Assert.True(await new SampleDataLoader(db).LoadAsync(CancellationToken.None));

        var ns = await db.LocalAreas.SingleAsync(a => a.Name == "North Somerset");
        var nsPlan = await db.Plans.SingleAsync(p => p.LocalAreaId == ns.Id);
        var nsKpis = db.Kpis.Where(k => k.PlanId == nsPlan.Id);
        Assert.Equal(17, await db.Organisations.CountAsync(o => o.LocalAreaId == ns.Id));
        Assert.Equal(40, await db.People.CountAsync(p => p.LocalAreaId == ns.Id));
        Assert.Equal(12, await db.Boards.CountAsync(b => b.LocalAreaId == ns.Id));
        Assert.Equal(22, await db.Schools.CountAsync(s => s.LocalAreaId == ns.Id));
        Assert.Equal(5, await db.PlanVersions.CountAsync(v => v.PlanId == nsPlan.Id));
        Assert.Equal(6, await db.PlanAreas.CountAsync(a => a.PlanId == nsPlan.Id));
        Assert.Equal(
            35,
            await db.Actions.CountAsync(a =>
                db.PlanAreas.Any(p => p.Id == a.PlanAreaId && p.PlanId == nsPlan.Id)
            )
        );
        Assert.Equal(72, await nsKpis.CountAsync());
        Assert.Equal(61, await nsKpis.CountAsync(k => k.RowType == KpiRowType.Kpi));
        Assert.Equal(206, await db.KpiMilestones.CountAsync(m => nsKpis.Any(k => k.Id == m.KpiId)));
        Assert.Equal(200, await db.KpiActuals.CountAsync(a => nsKpis.Any(k => k.Id == a.KpiId)));

        var pm = await db.LocalAreas.SingleAsync(a => a.Name == "Portsmouth");
        var pmPlan = await db.Plans.SingleAsync(p => p.LocalAreaId == pm.Id);
        Assert.Equal(PlanKind.LocalStrategy, pmPlan.Kind);
        Assert.Equal(8, await db.Kpis.CountAsync(k => k.PlanId == pmPlan.Id));
        Assert.Equal(
            17,
            await db.Actions.CountAsync(a =>
                db.PlanAreas.Any(p => p.Id == a.PlanAreaId && p.PlanId == pmPlan.Id)
            )
        );
        Assert.Equal(72, await db.ActionMilestones.CountAsync());
        Assert.Equal(11, await db.Boards.CountAsync(b => b.LocalAreaId == pm.Id));
        Assert.Equal(6, await db.Schools.CountAsync(s => s.LocalAreaId == pm.Id));

        Assert.Equal(
            21,
            await db.Schools.CountAsync(s =>
                db.LocalAreas.Any(a =>
                    a.Id == s.LocalAreaId && a.Name == "Bath and North East Somerset"
                )
            )
        );
        Assert.Equal(
            3,
            await db.Schools.CountAsync(s =>
                db.LocalAreas.Any(a => a.Id == s.LocalAreaId && a.Name == "Somerset")
            )
        );
        Assert.Equal(4, await db.LocalAreas.CountAsync());
    }

    private static async Task<SampleDataException> LoadIntoEmptyDatabaseAsync(
        string fileName,
        string replacement
    )
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var db = await database.CreateMigratedContextAsync();
        Stream Open(string name) =>
            name == fileName
                ? new MemoryStream(System.Text.Encoding.UTF8.GetBytes(replacement))
                : SampleDataFiles.OpenEmbedded(name);

        var error = await Assert.ThrowsAsync<SampleDataException>(() =>
            new SampleDataLoader(db, Open).LoadAsync(CancellationToken.None)
        );

        await using var reread = database.CreateContext();
        Assert.Equal(
            0,
            await reread.LocalAreas.CountAsync()
                + await reread.Organisations.CountAsync()
                + await reread.Actions.CountAsync()
        );
        return error;
    }

    private static string ReadEmbedded(string fileName)
    {
        using var reader = new StreamReader(SampleDataFiles.OpenEmbedded(fileName));
        return reader.ReadToEnd();
    }
}
