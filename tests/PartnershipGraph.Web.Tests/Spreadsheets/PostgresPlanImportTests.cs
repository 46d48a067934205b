using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Initialization;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Spreadsheets;
using PartnershipGraph.Web.Tests.GraphQL.Common;
using Xunit;

namespace PartnershipGraph.Web.Tests.Spreadsheets;

/// <summary>The round trip and the one-transaction apply on PostgreSQL, where the services' contexts share one connection.</summary>
public sealed class PostgresPlanImportTests : IDbContextFactory<PartnershipDbContext>
{
    private DatabaseOptions _options = new();

    public PartnershipDbContext CreateDbContext() =>
        new(
            new DbContextOptionsBuilder<PartnershipDbContext>()
                .UsePartnershipDatabase(_options)
                .Options
        );

    [PostgresFact]
    public async Task Round_trip_is_lossless_and_a_refused_row_rolls_back_the_whole_import()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.EnvironmentVariable)!;
        var name = $"pg_sheets_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        try
        {
            _options = new DatabaseOptions
            {
                Provider = DatabaseProvider.PostgreSql,
                ConnectionString = new NpgsqlConnectionStringBuilder(admin)
                {
                    Database = name,
                    Pooling = false,
                }.ConnectionString,
            };
            await new DatabaseInitializer(_options, CreateDbContext).InitializeAsync(
                CancellationToken.None
            );
            await AssertRoundTripAsync();
        }
        finally
        {
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private async Task AssertRoundTripAsync()
    {
        var actor = new Actor("admin@example.org", Role.Admin);
        var importer = new PlanImporter(this, TimeProvider.System);
        await using var db = CreateDbContext();
        var planId = await db
            .Plans.Where(p => p.Title.StartsWith("North Somerset"))
            .Select(p => p.Id)
            .SingleAsync();
        var workbook = (
            await new PlanExporter(this).ExportWorkbookAsync(actor, planId, CancellationToken.None)
        )!.Content;

        var unchanged = await importer.PreviewAsync(
            actor,
            planId,
            new PlanUpload("plan.xlsx", workbook),
            CancellationToken.None
        );
        var edited = WorkbookEditor.SetCell(
            workbook,
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.Rag,
            c => c[1] == "1.1",
            "Not on track"
        );
        var tooLong = WorkbookEditor.SetCell(
            edited,
            PlanSheetLayout.ActionsSheet,
            PlanSheetLayout.Progress,
            c => c[0] == "6",
            "Written by a lead of area 1 only."
        );
        var updatesBefore = await db.ActionUpdates.CountAsync();
        var area1 = await db
            .PlanAreas.Where(a => a.PlanId == planId && a.Number == 1)
            .Select(a => a.Id)
            .SingleAsync();
        var lead = await db
            .PlanAreaLeads.Where(l => l.PlanAreaId == area1 && l.PersonId != null)
            .Select(l => l.PersonId)
            .FirstAsync();
        var areaLead = new Actor("lead", Role.AreaLead, lead);
        var rejected = await importer.ApplyAsync(
            areaLead,
            planId,
            new PlanUpload("plan.xlsx", tooLong),
            null,
            CancellationToken.None
        );
        var updatesAfterRejection = await db.ActionUpdates.CountAsync();
        var applied = await importer.ApplyAsync(
            actor,
            planId,
            new PlanUpload("plan.xlsx", edited),
            null,
            CancellationToken.None
        );

        Assert.Equal(
            (0, 0, 0),
            (unchanged.NewCount, unchanged.ChangedCount, unchanged.Errors.Count)
        );
        Assert.Equal(PlanSheetLayout.ActionsSheet, Assert.Single(rejected.Errors).Sheet);
        Assert.Equal(updatesBefore, updatesAfterRejection);
        Assert.True(applied.Succeeded, string.Join("; ", applied.Errors.Select(e => e.Message)));
        Assert.Equal(updatesBefore + 1, await db.ActionUpdates.CountAsync());
        Assert.Equal(
            Rag.NotOnTrack,
            await db
                .Actions.Where(a => a.Ref == "1.1" && a.Area!.PlanId == planId)
                .Select(a => a.CurrentRag)
                .SingleAsync()
        );
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
