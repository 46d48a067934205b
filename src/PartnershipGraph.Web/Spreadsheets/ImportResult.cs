namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>The outcome of applying an upload: everything written in one transaction, or nothing.</summary>
/// <param name="Preview">The preview the import was based on, worked out again at apply time.</param>
/// <param name="Errors">Why nothing was written; empty on success.</param>
public sealed record ImportResult(ImportPreview Preview, IReadOnlyList<ImportRowError> Errors)
{
    /// <summary>True when every change was written.</summary>
    public bool Succeeded => Preview.Refusal is null && Errors.Count == 0;

    /// <summary>The number of rows written: new and changed.</summary>
    public int RowsApplied => Succeeded ? Preview.NewCount + Preview.ChangedCount : 0;
}
