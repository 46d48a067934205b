using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Services.Auditing;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.PlanAreas;

/// <summary>Creates, updates, deletes and steps down plan areas.</summary>
public sealed class PlanAreaService(ServiceContext context)
    : EntityService<PlanArea, PlanAreaInput>(context)
{
    protected override string EntityType => "PlanArea";

    protected override string ParentField => "planId";

    /// <summary>Marks an active area stepped down on <paramref name="date"/> for <paramref name="reason"/>; administrators only.</summary>
    public async Task<ServiceResult<PlanArea>> StepDownAsync(
        Actor actor,
        Guid planAreaId,
        DateOnly date,
        string reason,
        int expectedVersion,
        CancellationToken ct
    )
    {
        await using var db = await Context.OpenAsync(ct);
        var (area, refused) = await LoadForChangeAsync(
            db,
            actor,
            planAreaId,
            expectedVersion,
            EntityChange.Update,
            ct
        );
        if (area is null)
        {
            return refused!;
        }
        var errors = new FieldErrors();
        errors.Required("reason", reason, FieldLimits.Text);
        if (area.Status != PlanAreaStatus.Active)
        {
            errors.Add(
                "planAreaId",
                $"The area was already stepped down on {area.SteppedDownOn:yyyy-MM-dd}."
            );
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<PlanArea>.Failure(errors.Errors);
        }
        var before = AuditSnapshot.Of(area);
        area.Status = PlanAreaStatus.SteppedDown;
        area.SteppedDownOn = date;
        area.StepDownReason = reason.Trim();
        var (changedBefore, changedAfter) = AuditSnapshot.Changes(before, AuditSnapshot.Of(area));
        return await SaveChangeAsync(
            db,
            actor,
            area,
            expectedVersion,
            AuditOperations.SteppedDown,
            changedBefore,
            changedAfter,
            area,
            ct
        );
    }

    protected override void Validate(PlanAreaInput input, FieldErrors errors)
    {
        errors.RequiredId("planId", input.PlanId);
        if (input.Number < 1)
        {
            errors.Add("number", "Number must be 1 or more.");
        }
        errors.Required("title", input.Title, FieldLimits.Name);
        errors.MaxLength("weaknessStatement", input.WeaknessStatement, FieldLimits.Text);
        errors.MaxLength("endOutcome", input.EndOutcome, FieldLimits.Text);
    }

    protected override PlanArea Create(PlanAreaInput input)
    {
        var area = new PlanArea { Title = input.Title };
        Apply(input, area);
        return area;
    }

    protected override void Apply(PlanAreaInput input, PlanArea entity)
    {
        entity.PlanId = input.PlanId;
        entity.Number = input.Number;
        entity.Title = input.Title.Trim();
        entity.WeaknessStatement = input.WeaknessStatement;
        entity.EndOutcome = input.EndOutcome;
    }

    protected override Guid ParentId(PlanArea entity) => entity.PlanId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        PlanArea entity,
        CancellationToken ct
    ) => LocalAreaLookup.OfPlanAsync(db, entity.PlanId, ct);

    protected override async Task ValidateReferencesAsync(
        PartnershipDbContext db,
        PlanArea entity,
        Guid localAreaId,
        FieldErrors errors,
        CancellationToken ct
    )
    {
        if (
            await db.PlanAreas.AnyAsync(
                a => a.PlanId == entity.PlanId && a.Number == entity.Number && a.Id != entity.Id,
                ct
            )
        )
        {
            errors.Add("number", $"The plan already has an area {entity.Number}.");
        }
    }

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) =>
        [
            Referrer.Of("actions", db.Actions.Where(a => a.PlanAreaId == id)),
            Referrer.Of("area leads", db.PlanAreaLeads.Where(l => l.PlanAreaId == id)),
            Referrer.Of("KPIs", db.Kpis.Where(k => k.PlanAreaId == id)),
        ];
}
