namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>An uploaded plan spreadsheet: its file name and content.</summary>
/// <param name="FileName">The name the user's file had; its extension says whether it is XLSX or CSV.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record PlanUpload(string FileName, byte[] Content)
{
    /// <summary>The largest upload accepted: 5 MB, well above a plan of a few hundred rows.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>True for an .xlsx file.</summary>
    public bool IsWorkbook => FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a .csv file.</summary>
    public bool IsCsv => FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads an upload from <paramref name="stream"/>, refusing one larger than <see cref="MaxBytes"/> without reading it all.</summary>
    /// <exception cref="SpreadsheetRejectedException">The file is too large.</exception>
    public static async Task<PlanUpload> ReadAsync(
        string fileName,
        Stream stream,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw TooLarge();
            }
            buffer.Write(chunk, 0, read);
        }
        return new PlanUpload(Path.GetFileName(fileName), buffer.ToArray());
    }

    /// <summary>The refusal for a file over <see cref="MaxBytes"/>.</summary>
    public static SpreadsheetRejectedException TooLarge() =>
        new($"The file is larger than the {MaxBytes / (1024 * 1024)} MB limit.");
}
