namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>A form's values that carry the version of the record the form was shown at.</summary>
public interface IVersionedInput
{
    /// <summary>The record's version when the form was shown; 0 on create.</summary>
    int Version { get; set; }
}
