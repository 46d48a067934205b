using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Schools;

/// <summary>A school or college. No child-level data is ever stored.</summary>
public sealed class School : Entity
{
    /// <summary>The local area the school is in.</summary>
    public Guid LocalAreaId { get; set; }

    /// <summary>The school's name.</summary>
    public required string Name { get; set; }

    /// <summary>The unique reference number, if known.</summary>
    public string? Urn { get; set; }

    /// <summary>The phase it provides.</summary>
    public SchoolPhase Phase { get; set; }

    /// <summary>True when the phase was inferred from the name rather than stated.</summary>
    public bool IsPhaseInferred { get; set; }

    /// <summary>How it is governed.</summary>
    public SchoolType Type { get; set; }

    /// <summary>The trust it belongs to, if any.</summary>
    public Guid? TrustOrganisationId { get; set; }

    /// <summary>The locality, town or area panel it belongs to.</summary>
    public string? Locality { get; set; }

    /// <summary>Other names the papers use for it, separated by new lines.</summary>
    public string? AliasesAsWritten { get; set; }

    /// <summary>The parts the papers say the school plays, separated by new lines.</summary>
    public string? Roles { get; set; }

    /// <summary>Editorial notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The school's places on boards (a navigation, loaded only when queried).</summary>
    public List<SchoolBoardSeat> BoardSeats { get; set; } = [];

    /// <summary>The actions the school delivers (a navigation, loaded only when queried).</summary>
    public List<SchoolActionRole> ActionRoles { get; set; } = [];
}
