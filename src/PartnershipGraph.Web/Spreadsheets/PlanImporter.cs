using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>
/// Imports a plan spreadsheet in the export's layout: first a preview of every change and row error, writing nothing;
/// then, on request, every change through the service layer in one transaction, so the API's rules apply.
/// </summary>
public sealed class PlanImporter(
    IDbContextFactory<PartnershipDbContext> contexts,
    TimeProvider time
)
{
    /// <summary>Reads the upload and compares it with the stored plan; writes nothing.</summary>
    public async Task<ImportPreview> PreviewAsync(
        Actor actor,
        Guid planId,
        PlanUpload upload,
        CancellationToken ct
    )
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await PlanAsync(db, actor, planId, upload, ct)).Preview;
    }

    /// <summary>
    /// Works the preview out again and, when it has no errors, applies it in one transaction; any refusal by a service
    /// rolls everything back.
    /// </summary>
    /// <param name="previewVersions">The versions the user's preview saw (<see cref="ImportPreview.Versions"/>); a record changed since is refused as stale.</param>
    public async Task<ImportResult> ApplyAsync(
        Actor actor,
        Guid planId,
        PlanUpload upload,
        IReadOnlyDictionary<Guid, int>? previewVersions,
        CancellationToken ct
    )
    {
        await using var transaction = await ImportTransaction.BeginAsync(contexts, ct);
        ImportPlan? plan;
        ImportPreview preview;
        await using (var db = transaction.CreateDbContext())
        {
            (plan, preview) = await PlanAsync(db, actor, planId, upload, ct);
        }
        if (plan is null || preview.Errors.Count > 0)
        {
            return new ImportResult(preview, preview.Errors);
        }
        var stale = Stale(plan, previewVersions);
        if (stale.Count > 0)
        {
            return new ImportResult(preview, stale);
        }
        var errors = await new ImportApplier(
            new ServiceContext(transaction, time),
            actor,
            plan
        ).RunAsync(ct);
        if (errors.Count == 0)
        {
            await transaction.CommitAsync(ct);
        }
        return new ImportResult(preview, errors);
    }

    private static async Task<(ImportPlan? Plan, ImportPreview Preview)> PlanAsync(
        PartnershipDbContext db,
        Actor actor,
        Guid planId,
        PlanUpload upload,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(upload);
        if (AccessRules.CheckMayWrite(actor) is { } forbidden)
        {
            return (null, ImportPreview.Refused(planId, forbidden.Message));
        }
        var snapshot = await PlanSnapshot.LoadAsync(db, planId, ct);
        if (snapshot is null || !AccessRules.CanRead(actor, snapshot.Plan))
        {
            return (null, ImportPreview.Refused(planId, "The plan does not exist."));
        }
        UploadedSheets sheets;
        try
        {
            sheets = PlanSheetParser.Parse(PlanUploadReader.Read(upload));
        }
        catch (SpreadsheetRejectedException e)
        {
            return (null, ImportPreview.Refused(planId, e.Message));
        }
        var plan = ImportPlanner.Plan(snapshot, sheets);
        return (plan, plan.ToPreview());
    }

    private static List<ImportRowError> Stale(
        ImportPlan plan,
        IReadOnlyDictionary<Guid, int>? previewVersions
    )
    {
        var errors = new List<ImportRowError>();
        if (previewVersions is null)
        {
            return errors;
        }
        foreach (var (id, version) in plan.Versions)
        {
            if (!previewVersions.TryGetValue(id, out var seen) || seen != version)
            {
                var (sheet, row, what) = plan.Matches[id];
                errors.Add(
                    new ImportRowError(
                        sheet,
                        row,
                        null,
                        $"{what} was changed by someone else after the preview; nothing was written. Upload the file again to see what it would change now."
                    )
                );
            }
        }
        return errors;
    }
}
