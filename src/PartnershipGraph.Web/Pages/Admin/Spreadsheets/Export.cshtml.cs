using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Spreadsheets;

namespace PartnershipGraph.Web.Pages.Admin.Spreadsheets;

/// <summary>Downloads a plan as an Excel workbook or one sheet as CSV.</summary>
public sealed class ExportModel(PlanExporter exporter, IActorAccessor actors) : PageModel
{
    /// <param name="planId">The plan.</param>
    /// <param name="format"><c>xlsx</c>, <c>actions-csv</c> or <c>scorecard-csv</c>.</param>
    public async Task<IActionResult> OnGetAsync(Guid planId, string? format, CancellationToken ct)
    {
        var file = format switch
        {
            "xlsx" => await exporter.ExportWorkbookAsync(actors.Actor, planId, ct),
            "actions-csv" => await exporter.ExportCsvAsync(
                actors.Actor,
                planId,
                PlanSheetLayout.ActionsSheet,
                ct
            ),
            "scorecard-csv" => await exporter.ExportCsvAsync(
                actors.Actor,
                planId,
                PlanSheetLayout.ScorecardSheet,
                ct
            ),
            _ => null,
        };
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
