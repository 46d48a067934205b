using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Charts;

/// <summary>The RAG colours of the charts and pages: each carries white text at 5:1 or more and stands 3:1 or more
/// against a white page (WCAG 2.2 AA, 1.4.3 and 1.4.11).</summary>
public static class RagPalette
{
    /// <summary>The fill colour of a RAG.</summary>
    public static string Fill(Rag rag) =>
        rag switch
        {
            Rag.Met => "#1d4ed8",
            Rag.OnTrack => "#15803d",
            Rag.PartiallyMet => "#b45309",
            Rag.NotOnTrack => "#b91c1c",
            _ => "#4b5563",
        };

    /// <summary>The colour of text written on <see cref="Fill"/>.</summary>
    public const string TextOnFill = "#ffffff";

    /// <summary>The CSS class naming a RAG, e.g. <c>rag-not-on-track</c>.</summary>
    public static string CssClass(Rag rag) =>
        rag switch
        {
            Rag.Met => "rag-met",
            Rag.OnTrack => "rag-on-track",
            Rag.PartiallyMet => "rag-partially-met",
            Rag.NotOnTrack => "rag-not-on-track",
            _ => "rag-not-rated",
        };

    /// <summary>The RAG as a word, then its colour: "Not on track (Red)".</summary>
    public static string Words(Rag rag) => $"{RagText.ToText(rag)} ({RagText.ToColour(rag)})";
}
