namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>What an import would do with a row.</summary>
public enum ImportRowStatus
{
    /// <summary>The row adds a record.</summary>
    New,

    /// <summary>The row changes a stored record.</summary>
    Changed,

    /// <summary>The row matches what is stored.</summary>
    Unchanged,
}
