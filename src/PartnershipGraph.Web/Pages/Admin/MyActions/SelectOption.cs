namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>One choice of a select list: the key posted back and the text shown.</summary>
public sealed record SelectOption(Guid Id, string Text);
