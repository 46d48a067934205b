using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data.SampleData;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Spreadsheets;
using PartnershipGraph.Web.Tests.Services;

namespace PartnershipGraph.Web.Tests.Spreadsheets;

/// <summary>A migrated SQLite database loaded with the sample data, and the North Somerset plan's key.</summary>
public sealed class SpreadsheetTestPlan : IAsyncDisposable
{
    private SpreadsheetTestPlan(ServiceTestDatabase database, Guid planId)
    {
        Database = database;
        PlanId = planId;
        Importer = new PlanImporter(database, database.Clock);
        Exporter = new PlanExporter(database);
    }

    public ServiceTestDatabase Database { get; }

    public Guid PlanId { get; }

    public PlanImporter Importer { get; }

    public PlanExporter Exporter { get; }

    public static Actor Admin { get; } = new("admin@example.org", Role.Admin);

    /// <summary>An area lead a test sets up.</summary>
    public Actor? AreaLead { get; set; }

    public static async Task<SpreadsheetTestPlan> CreateAsync(string title = "North Somerset")
    {
        var database = await ServiceTestDatabase.CreateAsync();
        await using var db = database.CreatePlainContext();
        await new SampleDataLoader(db).LoadAsync(CancellationToken.None);
        var planId = await db
            .Plans.Where(p => p.Title.StartsWith(title))
            .Select(p => p.Id)
            .SingleAsync();
        return new SpreadsheetTestPlan(database, planId);
    }

    public async Task<byte[]> ExportWorkbookAsync() =>
        (await Exporter.ExportWorkbookAsync(Admin, PlanId, CancellationToken.None))!.Content;

    public async Task<byte[]> ExportCsvAsync(string sheet) =>
        (await Exporter.ExportCsvAsync(Admin, PlanId, sheet, CancellationToken.None))!.Content;

    public Task<ImportPreview> PreviewAsync(string fileName, byte[] content, Actor? actor = null) =>
        Importer.PreviewAsync(
            actor ?? Admin,
            PlanId,
            new PlanUpload(fileName, content),
            CancellationToken.None
        );

    public Task<ImportResult> ApplyAsync(
        string fileName,
        byte[] content,
        ImportPreview? preview = null,
        Actor? actor = null
    ) =>
        Importer.ApplyAsync(
            actor ?? Admin,
            PlanId,
            new PlanUpload(fileName, content),
            preview?.Versions,
            CancellationToken.None
        );

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
