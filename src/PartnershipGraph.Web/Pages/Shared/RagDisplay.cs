using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Pages.Shared;

/// <summary>How a RAG reads on a page: always a word, with a colour beside it (never the colour alone).</summary>
public static class RagDisplay
{
    /// <summary>Every RAG, in the order a board reads them.</summary>
    public static IReadOnlyList<Rag> All { get; } = Enum.GetValues<Rag>();

    /// <summary>The word for a RAG.</summary>
    public static string Label(Rag rag) =>
        rag switch
        {
            Rag.Met => "Met",
            Rag.OnTrack => "On track",
            Rag.PartiallyMet => "Partially met",
            Rag.NotOnTrack => "Not on track",
            _ => "Not rated",
        };

    /// <summary>The CSS class colouring a RAG (see wwwroot/css/site.css).</summary>
    public static string CssClass(Rag rag) =>
        rag switch
        {
            Rag.Met => "met",
            Rag.OnTrack => "on-track",
            Rag.PartiallyMet => "partially-met",
            Rag.NotOnTrack => "not-on-track",
            _ => "not-rated",
        };
}
