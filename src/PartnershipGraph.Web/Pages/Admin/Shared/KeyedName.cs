namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>A record's key and name, as a query projects it for a drop-down or a list of links.</summary>
public sealed record KeyedName(Guid Id, string Name);
