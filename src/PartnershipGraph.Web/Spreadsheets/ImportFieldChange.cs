namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>One cell an import would change: the column, the stored text and the uploaded text.</summary>
public sealed record ImportFieldChange(string Column, string Before, string After);
