using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Actions;

namespace PartnershipGraph.Web.Pages.Admin.Actions;

/// <summary>An action as typed into its form, and the version it was shown at.</summary>
public sealed class ActionFormInput : IVersionedForm
{
    /// <summary>The plan area the action belongs to.</summary>
    public Guid PlanAreaId { get; set; }

    /// <summary>The reference, e.g. "1.1" or "4.3b".</summary>
    public string? Ref { get; set; }

    /// <summary>A short title, where the paper gives one.</summary>
    public string? Title { get; set; }

    /// <summary>What is to be done.</summary>
    public string? Description { get; set; }

    /// <summary>The parent action of a sub-action.</summary>
    public Guid? ParentActionId { get; set; }

    /// <summary>When it is due, as written: "May 22".</summary>
    public string? DueDate { get; set; }

    /// <summary>The organisation leading it.</summary>
    public Guid? LeadOrganisationId { get; set; }

    /// <summary>The KPI wording of the action table.</summary>
    public string? KpiText { get; set; }

    /// <summary>Editorial notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The action's version when the form was shown; 0 on create.</summary>
    public int Version { get; set; }

    /// <summary>The form's values for a stored action.</summary>
    public static ActionFormInput From(PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new()
        {
            PlanAreaId = action.PlanAreaId,
            Ref = action.Ref,
            Title = action.Title,
            Description = action.Description,
            ParentActionId = action.ParentActionId,
            DueDate = action.DueDate?.Text ?? action.DueDate?.Display,
            LeadOrganisationId = action.LeadOrganisationId,
            KpiText = action.KpiText,
            Notes = action.Notes,
            Version = action.Version,
        };
    }

    /// <summary>The service's input.</summary>
    public ActionInput ToService() =>
        new(
            PlanAreaId,
            Ref ?? string.Empty,
            Description ?? string.Empty,
            Blank(Title),
            ParentActionId,
            Blank(DueDate),
            LeadOrganisationId,
            Blank(KpiText),
            Blank(Notes)
        );

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
