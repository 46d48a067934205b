using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Services.Auditing;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Kpis;

/// <summary>Creates, updates and deletes KPIs, and records their actuals.</summary>
/// <remarks>Area leads may update KPIs of areas they lead or of actions they may change; only administrators create and delete.</remarks>
public sealed class KpiService(ServiceContext context) : EntityService<Kpi, KpiInput>(context)
{
    protected override string EntityType => "Kpi";

    protected override string ParentField => "planId";

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
        ArgumentNullException.ThrowIfNull(actor);
        if (AccessRules.CheckMayWrite(actor) is { } readOnly)
        {
            return readOnly;
        }
        await using var db = await Context.OpenAsync(ct);
        var kpi = await db.Kpis.SingleOrDefaultAsync(k => k.Id == kpiId, ct);
        var localAreaId = kpi is null ? null : await FindLocalAreaAsync(db, kpi, ct);
        if (kpi is null || localAreaId is null)
        {
            return new NotFoundError(EntityType, kpiId);
        }
        if (
            await AccessRules.CheckChangesKpiAsync(
                db,
                actor,
                localAreaId.Value,
                kpi.PlanAreaId,
                kpi.ActionId,
                ct
            ) is
            { } forbidden
        )
        {
            return forbidden;
        }
        if (Commit.CheckVersion(EntityType, kpi, expectedVersion) is { } stale)
        {
            return stale;
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
        Commit.Touch(db, kpi, expectedVersion);
        var after = AuditSnapshot.From(
            ("actualId", actual.Id),
            ("milestoneId", milestoneId),
            ("value", value),
            ("text", actual.Text),
            ("asOf", asOf)
        );
        var audit = Context.Audit.Entry(
            actor,
            EntityType,
            kpi.Id,
            AuditOperations.ActualRecorded,
            null,
            after
        );
        return await Commit.SaveAsync(
            db,
            EntityType,
            kpi,
            expectedVersion,
            audit,
            new KpiActualRecorded(kpi, actual),
            ct
        );
    }

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
        errors.MaxLength("unit", input.Unit, FieldLimits.Code);
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
