using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Services.Auditing;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Actions;

/// <summary>Creates, updates and deletes actions, and records their progress.</summary>
/// <remarks>Area leads may update the actions they lead or are responsible for; only administrators create and delete.</remarks>
public sealed partial class ActionService(ServiceContext context)
    : EntityService<PlanAction, ActionInput>(context)
{
    protected override string EntityType => "Action";

    protected override string ParentField => "planAreaId";

    protected override Task<ForbiddenError?> AuthoriseAsync(
        PartnershipDbContext db,
        Actor actor,
        PlanAction entity,
        Guid localAreaId,
        EntityChange change,
        CancellationToken ct
    ) =>
        change == EntityChange.Update
            ? AccessRules.CheckChangesActionAsync(
                db,
                actor,
                localAreaId,
                entity.PlanAreaId,
                entity.Id,
                ct
            )
            : base.AuthoriseAsync(db, actor, entity, localAreaId, change, ct);

    protected override void Validate(ActionInput input, FieldErrors errors)
    {
        errors.RequiredId("planAreaId", input.PlanAreaId);
        errors.Required("ref", input.Ref, FieldLimits.Code);
        errors.Required("description", input.Description, FieldLimits.Text);
        errors.MaxLength("title", input.Title, FieldLimits.Name);
        errors.MaxLength("dueDate", input.DueDate, FieldLimits.Code);
        errors.MaxLength("kpiText", input.KpiText, FieldLimits.Text);
        errors.MaxLength("notes", input.Notes, FieldLimits.Text);
    }

    protected override PlanAction Create(ActionInput input)
    {
        var action = new PlanAction { Ref = input.Ref, Description = input.Description };
        Apply(input, action);
        return action;
    }

    protected override void Apply(ActionInput input, PlanAction entity)
    {
        entity.PlanAreaId = input.PlanAreaId;
        entity.Ref = input.Ref.Trim();
        entity.Description = input.Description.Trim();
        entity.Title = input.Title;
        entity.ParentActionId = input.ParentActionId;
        entity.DueDate = PartialDateInput.Merge(entity.DueDate, input.DueDate);
        entity.LeadOrganisationId = input.LeadOrganisationId;
        entity.KpiText = input.KpiText;
        entity.Notes = input.Notes;
    }

    protected override Guid ParentId(PlanAction entity) => entity.PlanAreaId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        PlanAction entity,
        CancellationToken ct
    ) => LocalAreaLookup.OfPlanAreaAsync(db, entity.PlanAreaId, ct);

    protected override async Task ValidateReferencesAsync(
        PartnershipDbContext db,
        PlanAction entity,
        Guid localAreaId,
        FieldErrors errors,
        CancellationToken ct
    )
    {
        await ReferenceChecks.CheckAsync(
            errors,
            "leadOrganisationId",
            entity.LeadOrganisationId,
            id => LocalAreaLookup.OfOrganisationAsync(db, id, ct),
            localAreaId
        );
        if (entity.ParentActionId is { } parentId)
        {
            var sameArea = await db.Actions.AnyAsync(
                a => a.Id == parentId && a.PlanAreaId == entity.PlanAreaId && a.Id != entity.Id,
                ct
            );
            if (!sameArea)
            {
                errors.Add(
                    "parentActionId",
                    "The parent must be another action of the same plan area."
                );
            }
        }
        if (
            await db.Actions.AnyAsync(
                a => a.PlanAreaId == entity.PlanAreaId && a.Ref == entity.Ref && a.Id != entity.Id,
                ct
            )
        )
        {
            errors.Add("ref", $"The plan area already has an action {entity.Ref}.");
        }
    }

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) =>
        [
            Referrer.Of("progress updates", db.ActionUpdates.Where(u => u.ActionId == id)),
            Referrer.Of("sub-actions", db.Actions.Where(a => a.ParentActionId == id)),
            Referrer.Of("KPIs", db.Kpis.Where(k => k.ActionId == id)),
            Referrer.Of(
                "responsible people or groups",
                db.ActionResponsibles.Where(r => r.ActionId == id)
            ),
            Referrer.Of("milestones", db.ActionMilestones.Where(m => m.ActionId == id)),
            Referrer.Of("school roles", db.SchoolActionRoles.Where(r => r.ActionId == id)),
        ];
}
