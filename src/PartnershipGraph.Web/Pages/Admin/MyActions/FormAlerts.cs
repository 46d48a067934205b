namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>What a form page says above its form after a refused save, rendered by <c>_FormAlerts.cshtml</c>.</summary>
public sealed record FormAlerts(string? Refusal, bool IsStale, string? FormError);
