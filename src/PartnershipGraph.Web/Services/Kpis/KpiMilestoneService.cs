using PartnershipGraph.Data;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Kpis;

/// <summary>Creates, updates and deletes KPI milestones; administrators only.</summary>
public sealed class KpiMilestoneService(ServiceContext context)
    : EntityService<KpiMilestone, KpiMilestoneInput>(context)
{
    protected override string EntityType => "KpiMilestone";

    protected override string ParentField => "kpiId";

    protected override void Validate(KpiMilestoneInput input, FieldErrors errors)
    {
        errors.RequiredId("kpiId", input.KpiId);
        errors.Required("label", input.Label, FieldLimits.Name);
        errors.MaxLength("dueDate", input.DueDate, FieldLimits.Code);
        errors.MaxLength("targetText", input.TargetText, FieldLimits.Text);
        errors.MaxLength("targetUnit", input.TargetUnit, FieldLimits.Name);
        errors.Defined("targetComparator", input.TargetComparator);
    }

    protected override KpiMilestone Create(KpiMilestoneInput input)
    {
        var milestone = new KpiMilestone { Label = input.Label };
        Apply(input, milestone);
        return milestone;
    }

    protected override void Apply(KpiMilestoneInput input, KpiMilestone entity)
    {
        entity.KpiId = input.KpiId;
        entity.Sequence = input.Sequence;
        entity.Label = input.Label.Trim();
        entity.DueDate = PartialDateInput.Merge(entity.DueDate, input.DueDate);
        entity.Target = TargetOf(input);
    }

    protected override Guid ParentId(KpiMilestone entity) => entity.KpiId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        KpiMilestone entity,
        CancellationToken ct
    ) => LocalAreaLookup.OfKpiAsync(db, entity.KpiId, ct);

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) =>
        [Referrer.Of("actuals", db.KpiActuals.Where(a => a.MilestoneId == id))];

    private static Target? TargetOf(KpiMilestoneInput input)
    {
        if (input.TargetValue is { } value)
        {
            return new Target(input.TargetText, value, input.TargetComparator, input.TargetUnit);
        }
        return string.IsNullOrWhiteSpace(input.TargetText) ? null : Target.Parse(input.TargetText);
    }
}
