using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>What an administrator narrows the list of every action by.</summary>
/// <param name="PlanId">Only actions of this plan.</param>
/// <param name="Rag">Only actions at this RAG.</param>
/// <param name="Search">Text in the reference, title or description.</param>
public sealed record MyActionsFilter(Guid? PlanId = null, Rag? Rag = null, string? Search = null);
