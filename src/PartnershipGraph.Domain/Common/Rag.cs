namespace PartnershipGraph.Domain.Common;

/// <summary>The one RAG scale of the whole system, in the order a board reads it.</summary>
public enum Rag
{
    /// <summary>Blue: complete.</summary>
    Met,

    /// <summary>Green: on track.</summary>
    OnTrack,

    /// <summary>Amber: partially met.</summary>
    PartiallyMet,

    /// <summary>Red: not on track.</summary>
    NotOnTrack,

    /// <summary>No rating given or possible.</summary>
    NotRated,
}
