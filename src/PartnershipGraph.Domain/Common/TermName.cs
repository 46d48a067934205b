namespace PartnershipGraph.Domain.Common;

/// <summary>One of the three terms of an English school year.</summary>
public enum TermName
{
    /// <summary>September to December; the first term of an academic year.</summary>
    Autumn,

    /// <summary>January to March; the second term.</summary>
    Spring,

    /// <summary>April to July; the third term.</summary>
    Summer,
}
