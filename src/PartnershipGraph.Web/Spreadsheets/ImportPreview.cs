namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Everything an upload would change, and every row error, worked out before anything is written.</summary>
public sealed class ImportPreview
{
    /// <summary>The plan the upload is for.</summary>
    public required Guid PlanId { get; init; }

    /// <summary>The plan's title; empty when the plan was not found.</summary>
    public string PlanTitle { get; init; } = string.Empty;

    /// <summary>Why the whole upload was refused (size, kind, missing sheet or columns, access); null when it was read.</summary>
    public string? Refusal { get; init; }

    /// <summary>Every row of the upload, in order, with what the import would do with it.</summary>
    public IReadOnlyList<ImportRowChange> Rows { get; init; } = [];

    /// <summary>Every row error; any error stops the import.</summary>
    public IReadOnlyList<ImportRowError> Errors { get; init; } = [];

    /// <summary>The version of every stored record a row matched, as the preview saw it; applying refuses if one has moved on since.</summary>
    public IReadOnlyDictionary<Guid, int> Versions { get; init; } = new Dictionary<Guid, int>();

    /// <summary>The rows that add a record.</summary>
    public int NewCount => Rows.Count(r => r.Status == ImportRowStatus.New);

    /// <summary>The rows that change a record.</summary>
    public int ChangedCount => Rows.Count(r => r.Status == ImportRowStatus.Changed);

    /// <summary>The rows that match what is stored.</summary>
    public int UnchangedCount => Rows.Count(r => r.Status == ImportRowStatus.Unchanged);

    /// <summary>True when the upload was read, has no errors and changes something.</summary>
    public bool CanApply => Refusal is null && Errors.Count == 0 && NewCount + ChangedCount > 0;

    /// <summary>A preview of an upload refused as a whole.</summary>
    public static ImportPreview Refused(Guid planId, string reason) =>
        new() { PlanId = planId, Refusal = reason };
}
