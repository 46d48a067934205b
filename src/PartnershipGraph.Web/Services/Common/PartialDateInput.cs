using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Services.Common;

/// <summary>Turns a date typed as text ("May 22", "Spring 2023") into a partial date.</summary>
public static class PartialDateInput
{
    /// <summary>Null for blank text; the stored date when the text is unchanged, so its editorial details survive; otherwise the text parsed.</summary>
    public static PartialDate? Merge(PartialDate? stored, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return stored is not null && stored.Text == text ? stored : PartialDate.Parse(text);
    }
}
