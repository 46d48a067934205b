namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>One choice of a <see cref="ListFilter"/> or a form's drop-down.</summary>
/// <param name="Value">The value sent.</param>
/// <param name="Label">The text shown.</param>
public sealed record ListOption(string Value, string Label);
