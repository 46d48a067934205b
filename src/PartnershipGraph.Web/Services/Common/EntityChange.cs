namespace PartnershipGraph.Web.Services.Common;

/// <summary>Which administrative change is being authorised.</summary>
public enum EntityChange
{
    /// <summary>A new record.</summary>
    Create,

    /// <summary>New values for an existing record.</summary>
    Update,

    /// <summary>Removal of a record nothing refers to.</summary>
    Delete,
}
