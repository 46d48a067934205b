using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Pages;

/// <summary>A plan area with the number of its actions at each RAG.</summary>
public sealed record PlanAreaOverview(
    int Number,
    string Title,
    IReadOnlyDictionary<Rag, int> ActionsByRag
)
{
    /// <summary>How many of the area's actions stand at <paramref name="rag"/>.</summary>
    public int Count(Rag rag) => ActionsByRag.GetValueOrDefault(rag);
}
