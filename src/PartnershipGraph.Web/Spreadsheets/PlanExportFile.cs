namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>An exported spreadsheet ready to download.</summary>
public sealed record PlanExportFile(string FileName, string ContentType, byte[] Content);
