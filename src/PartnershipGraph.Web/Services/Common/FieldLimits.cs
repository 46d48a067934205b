namespace PartnershipGraph.Web.Services.Common;

/// <summary>The longest text each kind of field accepts.</summary>
public static class FieldLimits
{
    /// <summary>Names, titles and units (which the papers often write as a phrase).</summary>
    public const int Name = 300;

    /// <summary>Short codes: references, URNs, abbreviations.</summary>
    public const int Code = 50;

    /// <summary>Descriptions, narratives, notes and other prose.</summary>
    public const int Text = 4000;
}
