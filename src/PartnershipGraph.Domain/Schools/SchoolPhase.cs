namespace PartnershipGraph.Domain.Schools;

/// <summary>The phase of education a school provides.</summary>
public enum SchoolPhase
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>Nursery.</summary>
    Nursery,

    /// <summary>Infant (key stage 1).</summary>
    Infant,

    /// <summary>Junior (key stage 2).</summary>
    Junior,

    /// <summary>Primary.</summary>
    Primary,

    /// <summary>Secondary.</summary>
    Secondary,

    /// <summary>All-through.</summary>
    AllThrough,

    /// <summary>Special school.</summary>
    Special,

    /// <summary>Alternative provision.</summary>
    AlternativeProvision,

    /// <summary>Post-16 college.</summary>
    Post16,
}
