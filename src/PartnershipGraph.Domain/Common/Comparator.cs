namespace PartnershipGraph.Domain.Common;

/// <summary>How a measured value is compared with a target value.</summary>
public enum Comparator
{
    /// <summary>The target is the value itself ("80%").</summary>
    Equal,

    /// <summary>"more than", "over", "&gt;".</summary>
    MoreThan,

    /// <summary>"at least", "&gt;=".</summary>
    AtLeast,

    /// <summary>"fewer than", "less than", "under", "&lt;".</summary>
    FewerThan,

    /// <summary>"at most", "no more than", "&lt;=".</summary>
    AtMost,

    /// <summary>"approximately", "around", "~".</summary>
    Approximately,
}
