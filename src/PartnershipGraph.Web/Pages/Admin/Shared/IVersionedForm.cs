namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>An edit form that carries, in a hidden field, the version of the record it was based on.</summary>
public interface IVersionedForm
{
    /// <summary>The record's version when the form was filled in; 0 for a new record.</summary>
    int Version { get; set; }
}
