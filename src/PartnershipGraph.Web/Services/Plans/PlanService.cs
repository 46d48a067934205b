using PartnershipGraph.Data;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Plans;

/// <summary>Creates, updates and deletes improvement plans.</summary>
public sealed class PlanService(ServiceContext context)
    : EntityService<ImprovementPlan, PlanInput>(context)
{
    protected override string EntityType => "Plan";

    protected override string ParentField => "localAreaId";

    protected override void Validate(PlanInput input, FieldErrors errors)
    {
        errors.Required("title", input.Title, FieldLimits.Name);
        errors.Defined("kind", input.Kind);
        errors.MaxLength("triggerType", input.TriggerType, FieldLimits.Name);
        errors.MaxLength("triggerDescription", input.TriggerDescription, FieldLimits.Text);
        errors.MaxLength("triggerDate", input.TriggerDate, FieldLimits.Code);
        errors.Required("areaLabel", input.AreaLabel, FieldLimits.Name);
    }

    protected override ImprovementPlan Create(PlanInput input)
    {
        var plan = new ImprovementPlan { Title = input.Title };
        Apply(input, plan);
        return plan;
    }

    protected override void Apply(PlanInput input, ImprovementPlan entity)
    {
        var title = input.Title.Trim();
        entity.IsTitleInferred = entity.IsTitleInferred && entity.Title == title;
        entity.LocalAreaId = input.LocalAreaId;
        entity.Title = title;
        entity.Kind = input.Kind;
        entity.TriggerType = input.TriggerType;
        entity.TriggerDescription = input.TriggerDescription;
        entity.TriggerDate = PartialDateInput.Merge(entity.TriggerDate, input.TriggerDate);
        entity.MonitoringBoardId = input.MonitoringBoardId;
        entity.AreaLabel = input.AreaLabel.Trim();
        entity.IsPublished = input.IsPublished;
    }

    protected override Guid ParentId(ImprovementPlan entity) => entity.LocalAreaId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        ImprovementPlan entity,
        CancellationToken ct
    ) => ReferenceChecks.LocalAreaAsync(db, entity.LocalAreaId, ct);

    protected override Task ValidateReferencesAsync(
        PartnershipDbContext db,
        ImprovementPlan entity,
        Guid localAreaId,
        FieldErrors errors,
        CancellationToken ct
    ) =>
        ReferenceChecks.CheckAsync(
            errors,
            "monitoringBoardId",
            entity.MonitoringBoardId,
            id => LocalAreaLookup.OfBoardAsync(db, id, ct),
            localAreaId
        );

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) =>
        [
            Referrer.Of("plan areas", db.PlanAreas.Where(a => a.PlanId == id)),
            Referrer.Of("KPIs", db.Kpis.Where(k => k.PlanId == id)),
            Referrer.Of("plan versions", db.PlanVersions.Where(v => v.PlanId == id)),
        ];
}
