using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Pages.Admin.Kpis;

/// <summary>A KPI as typed into its form, and the version it was shown at.</summary>
public sealed class KpiFormInput : IVersionedForm
{
    public Guid PlanId { get; set; }

    public Guid? PlanAreaId { get; set; }

    public Guid? ActionId { get; set; }

    public string? Ref { get; set; }

    public string? Description { get; set; }

    public KpiDirection Direction { get; set; }

    public KpiRowType RowType { get; set; }

    public string? Unit { get; set; }

    public decimal? BaselineValue { get; set; }

    public string? BaselineText { get; set; }

    public string? BaselineDate { get; set; }

    public string? ExpectedProgressText { get; set; }

    public decimal? Tolerance { get; set; }

    public string? Notes { get; set; }

    /// <inheritdoc />
    public int Version { get; set; }

    /// <summary>The form's values for a stored KPI.</summary>
    public static KpiFormInput From(Kpi kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return new()
        {
            PlanId = kpi.PlanId,
            PlanAreaId = kpi.PlanAreaId,
            ActionId = kpi.ActionId,
            Ref = kpi.Ref,
            Description = kpi.Description,
            Direction = kpi.Direction,
            RowType = kpi.RowType,
            Unit = kpi.Unit,
            BaselineValue = kpi.BaselineValue,
            BaselineText = kpi.BaselineText,
            BaselineDate = kpi.BaselineDate?.Text ?? kpi.BaselineDate?.Display,
            ExpectedProgressText = kpi.ExpectedProgressText,
            Tolerance = kpi.Tolerance,
            Notes = kpi.Notes,
            Version = kpi.Version,
        };
    }

    /// <summary>The service's input.</summary>
    public KpiInput ToService() =>
        new(
            PlanId,
            Ref ?? string.Empty,
            Description ?? string.Empty,
            Direction,
            PlanAreaId,
            ActionId,
            RowType,
            Blank(Unit),
            BaselineValue,
            Blank(BaselineText),
            Blank(BaselineDate),
            Blank(ExpectedProgressText),
            Tolerance,
            Blank(Notes)
        );

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
