using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Services.Auditing;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Kpis;

public sealed partial class KpiService
{
    /// <summary>Appends a measured value (a figure, text or both) as of <paramref name="asOf"/>, optionally against one of the KPI's milestones.</summary>
    public async Task<ServiceResult<KpiActualRecorded>> RecordActualAsync(
        Actor actor,
        Guid kpiId,
        Guid? milestoneId,
        decimal? value,
        string? text,
        DateOnly asOf,
        int expectedVersion,
        CancellationToken ct
    )
    {
        await using var db = await Context.OpenAsync(ct);
        var (kpi, refused) = await LoadForChangeAsync(
            db,
            actor,
            kpiId,
            expectedVersion,
            EntityChange.Update,
            ct
        );
        if (kpi is null)
        {
            return refused!;
        }
        var errors = new FieldErrors();
        if (value is null && string.IsNullOrWhiteSpace(text))
        {
            errors.Add("value", "A value or a text is required.");
        }
        errors.MaxLength("text", text, FieldLimits.Text);
        if (
            milestoneId is { } id
            && !await db.KpiMilestones.AnyAsync(m => m.Id == id && m.KpiId == kpi.Id, ct)
        )
        {
            errors.Add("milestoneId", "The milestone is not one of this KPI's milestones.");
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<KpiActualRecorded>.Failure(errors.Errors);
        }
        var actual = new KpiActual
        {
            KpiId = kpi.Id,
            MilestoneId = milestoneId,
            Value = value,
            Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            AsOf = asOf,
            RecordedAt = Context.Time.GetUtcNow(),
            RecordedBy = actor.Name,
        };
        db.KpiActuals.Add(actual);
        var after = AuditSnapshot.From(
            ("actualId", actual.Id),
            ("milestoneId", milestoneId),
            ("value", value),
            ("text", actual.Text),
            ("asOf", asOf)
        );
        return await SaveChangeAsync(
            db,
            actor,
            kpi,
            expectedVersion,
            AuditOperations.ActualRecorded,
            null,
            after,
            new KpiActualRecorded(kpi, actual),
            ct
        );
    }
}
