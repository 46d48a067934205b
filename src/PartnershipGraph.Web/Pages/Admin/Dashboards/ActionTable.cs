using PartnershipGraph.Web.Reports;

namespace PartnershipGraph.Web.Pages.Admin.Dashboards;

/// <summary>The model of the <c>_ActionTable</c> partial: a captioned list of actions, or a sentence when it is empty.</summary>
/// <param name="ShowNarrative">True to show the latest progress narrative in full.</param>
public sealed record ActionTable(
    string Caption,
    IReadOnlyList<ActionLine> Actions,
    string WhenEmpty,
    bool ShowNarrative = false
);
