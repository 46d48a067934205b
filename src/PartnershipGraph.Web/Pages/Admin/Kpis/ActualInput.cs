using System.ComponentModel.DataAnnotations;

namespace PartnershipGraph.Web.Pages.Admin.Kpis;

/// <summary>An actual typed into the KPI page, and the KPI version the page was shown at.</summary>
public sealed class ActualInput
{
    /// <summary>The milestone the actual reports against; none for an interim figure.</summary>
    public Guid? MilestoneId { get; set; }

    /// <summary>The figure, where there is one.</summary>
    public decimal? Value { get; set; }

    /// <summary>The actual as written.</summary>
    public string? Text { get; set; }

    /// <summary>The day the value describes.</summary>
    [Required(ErrorMessage = "Enter the date the value describes.")]
    public DateOnly? AsOf { get; set; }

    /// <summary>The KPI's version when the page was shown.</summary>
    public int Version { get; set; }
}
