using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Exports a plan the actor may read as an XLSX workbook or as one CSV sheet.</summary>
public sealed class PlanExporter(IDbContextFactory<PartnershipDbContext> contexts)
{
    /// <summary>The content type of an XLSX workbook.</summary>
    public const string WorkbookContentType =
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The content type of a CSV file.</summary>
    public const string CsvContentType = "text/csv";

    /// <summary>The plan's rows; null when the plan does not exist or the actor may not read it.</summary>
    public async Task<PlanSheets?> LoadAsync(Actor actor, Guid planId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var snapshot = await PlanSnapshot.LoadAsync(db, planId, ct);
        return snapshot is null || !AccessRules.CanRead(actor, snapshot.Plan)
            ? null
            : PlanSheetRows.Of(snapshot);
    }

    /// <summary>The plan as a workbook; null when not found or not readable.</summary>
    public async Task<PlanExportFile?> ExportWorkbookAsync(
        Actor actor,
        Guid planId,
        CancellationToken ct
    )
    {
        if (await LoadAsync(actor, planId, ct) is not { } sheets)
        {
            return null;
        }
        using var output = new MemoryStream();
        PlanWorkbookWriter.Write(sheets, output);
        return new PlanExportFile(
            FileName(sheets.Title, null, "xlsx"),
            WorkbookContentType,
            output.ToArray()
        );
    }

    /// <summary>One sheet of the plan as CSV; null when not found or not readable.</summary>
    /// <param name="sheet"><see cref="PlanSheetLayout.ActionsSheet"/> or <see cref="PlanSheetLayout.ScorecardSheet"/>.</param>
    public async Task<PlanExportFile?> ExportCsvAsync(
        Actor actor,
        Guid planId,
        string sheet,
        CancellationToken ct
    )
    {
        if (await LoadAsync(actor, planId, ct) is not { } sheets)
        {
            return null;
        }
        using var output = new MemoryStream();
        PlanCsvWriter.Write(sheets, sheet, output);
        return new PlanExportFile(
            FileName(sheets.Title, sheet, "csv"),
            CsvContentType,
            output.ToArray()
        );
    }

    /// <summary>A file name from the title: letters, digits and hyphens only, e.g. "north-somerset-send-plan-actions.csv".</summary>
    public static string FileName(string title, string? sheet, string extension)
    {
        var name = new StringBuilder();
        foreach (var c in $"{title} {sheet}".ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }
        var stem = name.ToString().Trim('-');
        return $"{(stem.Length == 0 ? "plan" : stem[..Math.Min(stem.Length, 80)].TrimEnd('-'))}.{extension}";
    }
}
