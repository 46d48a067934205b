namespace PartnershipGraph.Web.Services.Common;

/// <summary>The longest text each kind of field accepts.</summary>
public static class FieldLimits
{
    /// <summary>Names and titles.</summary>
    public const int Name = 300;

    /// <summary>Short codes: references, URNs, abbreviations, units.</summary>
    public const int Code = 50;

    /// <summary>Descriptions, narratives, notes and other prose.</summary>
    public const int Text = 4000;
}
