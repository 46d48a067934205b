using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.LocalAreas;

/// <summary>A local area, such as North Somerset: the partnership that owns everything else.</summary>
public sealed class LocalArea : Entity
{
    /// <summary>The area's name.</summary>
    public required string Name { get; set; }

    /// <summary>The local authority's short code, e.g. "nsc".</summary>
    public string? LocalAuthorityCode { get; set; }

    /// <summary>The name the partnership gives itself, e.g. "Local Area SEND Partnership".</summary>
    public string? PartnershipName { get; set; }
}
