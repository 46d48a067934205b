using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>One action in the "My actions" list: what it is, where it sits, its RAG, when it is due and its latest update.</summary>
public sealed record MyActionRow(
    Guid Id,
    string Ref,
    string Title,
    string PlanTitle,
    int AreaNumber,
    string AreaTitle,
    Rag Rag,
    PartialDate? DueDate,
    DateTimeOffset? LastUpdateAt,
    string? LastUpdateNarrative
)
{
    /// <summary>The first words of the latest narrative, for a list.</summary>
    public string LastUpdatePreview => TextPreview.FirstWords(LastUpdateNarrative, 12);
}
