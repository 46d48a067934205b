using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Spreadsheets;

namespace PartnershipGraph.Web.Pages.Admin.Spreadsheets;

/// <summary>Uploads a plan spreadsheet, previews every change and row error, and applies it on request.</summary>
[RequestSizeLimit(2 * PlanUpload.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * PlanUpload.MaxBytes)]
public sealed class ImportModel(
    PlanImporter importer,
    ImportUploadStore store,
    IActorAccessor actors,
    IDbContextFactory<PartnershipDbContext> contexts
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid PlanId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string PlanTitle { get; private set; } = string.Empty;

    /// <summary>The preview of the upload, once one was sent.</summary>
    public ImportPreview? Preview { get; private set; }

    /// <summary>The token "Apply" sends back; set when the preview can be applied.</summary>
    public string? Token { get; private set; }

    /// <summary>Why applying wrote nothing, when it did not succeed.</summary>
    public IReadOnlyList<ImportRowError> ApplyErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadPlanAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await LoadPlanAsync(ct))
        {
            return NotFound();
        }
        if (Input.File is not { } file || file.Length == 0)
        {
            ModelState.AddModelError("Input.File", "Choose an .xlsx or .csv file to upload.");
            return Page();
        }
        PlanUpload upload;
        try
        {
            await using var stream = file.OpenReadStream();
            upload = await PlanUpload.ReadAsync(file.FileName, stream, ct);
        }
        catch (SpreadsheetRejectedException e)
        {
            ModelState.AddModelError("Input.File", e.Message);
            return Page();
        }
        Preview = await importer.PreviewAsync(actors.Actor, PlanId, upload, ct);
        if (Preview.CanApply)
        {
            Token = store.Add(actors.Actor.Name, PlanId, upload, Preview);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (!await LoadPlanAsync(ct))
        {
            return NotFound();
        }
        if (store.Take(Input.Token, actors.Actor.Name, PlanId) is not { } stored)
        {
            ModelState.AddModelError(
                "Input.File",
                "That upload has expired or was already applied; upload the file again."
            );
            return Page();
        }
        var result = await importer.ApplyAsync(
            actors.Actor,
            PlanId,
            stored.Upload,
            stored.Versions,
            ct
        );
        if (result.Succeeded)
        {
            TempData["Notice"] =
                $"Imported {result.RowsApplied} changed or new rows into {PlanTitle}.";
            return RedirectToPage("Import", new { planId = PlanId });
        }
        Preview = result.Preview;
        ApplyErrors = result.Errors;
        return Page();
    }

    private async Task<bool> LoadPlanAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == PlanId, ct);
        if (plan is null || !AccessRules.CanRead(actors.Actor, plan))
        {
            return false;
        }
        PlanTitle = plan.Title;
        return true;
    }

    /// <summary>The form's fields.</summary>
    public sealed class InputModel
    {
        [Display(Name = "Spreadsheet (.xlsx, or one sheet as .csv)")]
        public IFormFile? File { get; set; }

        public string? Token { get; set; }
    }
}
