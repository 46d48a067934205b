namespace PartnershipGraph.Domain.Schools;

/// <summary>How a school is governed.</summary>
public enum SchoolType
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>Maintained by the local authority.</summary>
    Maintained,

    /// <summary>An academy.</summary>
    Academy,

    /// <summary>A free school.</summary>
    Free,

    /// <summary>An independent school.</summary>
    Independent,
}
