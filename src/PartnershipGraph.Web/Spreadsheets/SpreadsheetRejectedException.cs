namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>An upload that cannot be read as a plan spreadsheet at all; the message says why.</summary>
public sealed class SpreadsheetRejectedException : Exception
{
    public SpreadsheetRejectedException() { }

    public SpreadsheetRejectedException(string message)
        : base(message) { }

    public SpreadsheetRejectedException(string message, Exception innerException)
        : base(message, innerException) { }
}
