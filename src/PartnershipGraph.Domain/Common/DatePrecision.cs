namespace PartnershipGraph.Domain.Common;

/// <summary>How exactly a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Nothing could be parsed ("tbc", "ongoing").</summary>
    Unknown,

    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>A calendar month ("May 22").</summary>
    Month,

    /// <summary>A season or term ("Spring/Summer 22", "Autumn 2021").</summary>
    Season,

    /// <summary>An academic or calendar year ("2022/23").</summary>
    Year,

    /// <summary>A range of months ("March - July 22").</summary>
    Range,
}
