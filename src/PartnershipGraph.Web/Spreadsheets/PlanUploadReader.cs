namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Checks an upload's size and kind and reads its sheets.</summary>
internal static class PlanUploadReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public static IReadOnlyList<RawSheet> Read(PlanUpload upload)
    {
        if (upload.Content.LongLength > PlanUpload.MaxBytes)
        {
            throw PlanUpload.TooLarge();
        }
        if (upload.Content.Length == 0)
        {
            throw new SpreadsheetRejectedException("The file is empty.");
        }
        var isZip = upload.Content.AsSpan().StartsWith(ZipSignature);
        if (upload.IsWorkbook)
        {
            return isZip
                ? PlanWorkbookReader.Read(upload.Content)
                : throw new SpreadsheetRejectedException(
                    "The file is named .xlsx but is not an Excel workbook."
                );
        }
        if (upload.IsCsv)
        {
            return isZip
                ? throw new SpreadsheetRejectedException(
                    "The file is named .csv but is a zip archive (an Excel workbook?); save it as .xlsx or as CSV."
                )
                : [PlanCsvReader.Read(upload.Content)];
        }
        throw new SpreadsheetRejectedException(
            $"'{upload.FileName}' is not an .xlsx or .csv file."
        );
    }
}
