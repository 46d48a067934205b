using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>How many actions have each RAG.</summary>
public sealed record RagSummary(
    int Met,
    int OnTrack,
    int PartiallyMet,
    int NotOnTrack,
    int NotRated
)
{
    /// <summary>All the actions counted.</summary>
    public int Total => Met + OnTrack + PartiallyMet + NotOnTrack + NotRated;

    /// <summary>Counts the RAGs of <paramref name="rows"/>.</summary>
    public static RagSummary Of(IEnumerable<(Rag Rag, int Count)> rows)
    {
        var counts = rows.GroupBy(r => r.Rag).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        return new(
            counts.GetValueOrDefault(Rag.Met),
            counts.GetValueOrDefault(Rag.OnTrack),
            counts.GetValueOrDefault(Rag.PartiallyMet),
            counts.GetValueOrDefault(Rag.NotOnTrack),
            counts.GetValueOrDefault(Rag.NotRated)
        );
    }
}
