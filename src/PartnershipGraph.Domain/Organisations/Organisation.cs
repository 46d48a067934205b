using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Organisations;

/// <summary>A council, health body, school trust, parent carer forum or other partner.</summary>
public sealed class Organisation : Entity
{
    /// <summary>The local area the organisation works in.</summary>
    public Guid LocalAreaId { get; set; }

    /// <summary>The organisation's full name.</summary>
    public required string Name { get; set; }

    /// <summary>The abbreviation the papers use, e.g. "NSC".</summary>
    public string? ShortName { get; set; }

    /// <summary>What kind of body it is.</summary>
    public OrganisationKind Kind { get; set; }

    /// <summary>Editorial notes, e.g. how a name was read.</summary>
    public string? Notes { get; set; }

    /// <summary>True when the organisation was inferred rather than named in the source.</summary>
    public bool IsInferred { get; set; }
}
