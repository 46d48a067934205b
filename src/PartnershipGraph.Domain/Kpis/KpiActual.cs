using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Kpis;

/// <summary>A measured value of a KPI, recorded against a milestone. Actuals are appended, never overwritten.</summary>
public sealed class KpiActual : Entity
{
    /// <summary>The KPI.</summary>
    public Guid KpiId { get; set; }

    /// <summary>The milestone the actual reports against, if any.</summary>
    public Guid? MilestoneId { get; set; }

    /// <summary>The figure, where one is stated.</summary>
    public decimal? Value { get; set; }

    /// <summary>The actual as written.</summary>
    public string? Text { get; set; }

    /// <summary>The status the paper gave the actual, e.g. "MET".</summary>
    public Rag? Status { get; set; }

    /// <summary>The day the value describes.</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>True when <see cref="AsOf"/> was inferred.</summary>
    public bool IsAsOfInferred { get; set; }

    /// <summary>When it was recorded here.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Who recorded it.</summary>
    public string? RecordedBy { get; set; }
}
