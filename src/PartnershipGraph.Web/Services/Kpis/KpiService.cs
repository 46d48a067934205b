using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Services.Auditing;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Kpis;

/// <summary>Creates, updates and deletes KPIs, and records their actuals.</summary>
/// <remarks>Area leads may update KPIs of areas they lead or of actions they may change; only administrators create and delete.</remarks>
public sealed partial class KpiService(ServiceContext context)
    : EntityService<Kpi, KpiInput>(context)
{
    protected override string EntityType => "Kpi";

    protected override string ParentField => "planId";

    protected override Task<ForbiddenError?> AuthoriseAsync(
        PartnershipDbContext db,
        Actor actor,
        Kpi entity,
        Guid localAreaId,
        EntityChange change,
        CancellationToken ct
    ) =>
        change == EntityChange.Update
            ? AccessRules.CheckChangesKpiAsync(
                db,
                actor,
                localAreaId,
                entity.PlanAreaId,
                entity.ActionId,
                ct
            )
            : base.AuthoriseAsync(db, actor, entity, localAreaId, change, ct);

    protected override void Validate(KpiInput input, FieldErrors errors)
    {
        errors.RequiredId("planId", input.PlanId);
        errors.Required("ref", input.Ref, FieldLimits.Code);
        errors.Required("description", input.Description, FieldLimits.Text);
        errors.Defined("direction", input.Direction);
        errors.Defined("rowType", input.RowType);
        // Units are as the papers write them, often a phrase ("% of EHC plans issued within 20 weeks"), not a code.
        errors.MaxLength("unit", input.Unit, FieldLimits.Name);
        errors.MaxLength("baselineText", input.BaselineText, FieldLimits.Text);
        errors.MaxLength("baselineDate", input.BaselineDate, FieldLimits.Code);
        errors.MaxLength("expectedProgressText", input.ExpectedProgressText, FieldLimits.Text);
        errors.MaxLength("notes", input.Notes, FieldLimits.Text);
        if (input.Tolerance < 0)
        {
            errors.Add("tolerance", "Tolerance cannot be negative.");
        }
    }

    protected override Kpi Create(KpiInput input)
    {
        var kpi = new Kpi { Ref = input.Ref, Description = input.Description };
        Apply(input, kpi);
        return kpi;
    }

    protected override void Apply(KpiInput input, Kpi entity)
    {
        entity.IsDirectionInferred =
            entity.IsDirectionInferred && entity.Direction == input.Direction;
        entity.PlanId = input.PlanId;
        entity.PlanAreaId = input.PlanAreaId;
        entity.ActionId = input.ActionId;
        entity.Ref = input.Ref.Trim();
        entity.Description = input.Description.Trim();
        entity.Direction = input.Direction;
        entity.RowType = input.RowType;
        entity.Unit = input.Unit;
        entity.BaselineValue = input.BaselineValue;
        entity.BaselineText = input.BaselineText;
        entity.BaselineDate = PartialDateInput.Merge(entity.BaselineDate, input.BaselineDate);
        entity.ExpectedProgressText = input.ExpectedProgressText;
        entity.Tolerance = input.Tolerance;
        entity.Notes = input.Notes;
    }

    protected override Guid ParentId(Kpi entity) => entity.PlanId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        Kpi entity,
        CancellationToken ct
    ) => LocalAreaLookup.OfPlanAsync(db, entity.PlanId, ct);

    protected override async Task ValidateReferencesAsync(
        PartnershipDbContext db,
        Kpi entity,
        Guid localAreaId,
        FieldErrors errors,
        CancellationToken ct
    )
    {
        if (
            entity.PlanAreaId is { } areaId
            && !await db.PlanAreas.AnyAsync(a => a.Id == areaId && a.PlanId == entity.PlanId, ct)
        )
        {
            errors.Add("planAreaId", "The plan area is not an area of this KPI's plan.");
        }
        if (entity.ActionId is { } actionId)
        {
            var inPlan = await (
                from action in db.Actions
                join area in db.PlanAreas on action.PlanAreaId equals area.Id
                where action.Id == actionId && area.PlanId == entity.PlanId
                select action.Id
            ).AnyAsync(ct);
            if (!inPlan)
            {
                errors.Add("actionId", "The action is not an action of this KPI's plan.");
            }
        }
    }

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) =>
        [
            Referrer.Of("milestones", db.KpiMilestones.Where(m => m.KpiId == id)),
            Referrer.Of("actuals", db.KpiActuals.Where(a => a.KpiId == id)),
        ];
}
