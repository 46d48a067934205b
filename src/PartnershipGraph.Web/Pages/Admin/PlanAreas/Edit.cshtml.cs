using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.PlanAreas;

namespace PartnershipGraph.Web.Pages.Admin.PlanAreas;

/// <summary>Creates a plan area (no id; <c>?planId=</c> preselects the plan) or edits one, through <see cref="PlanAreaService"/>.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class EditModel(IActorAccessor actors, PartnershipDbContext db, PlanAreaService areas)
    : EditPageModel<PlanArea, EditModel.InputModel>(actors)
{
    public override string IndexPath => "/Admin/PlanAreas";

    public IReadOnlyList<ListOption> Plans { get; private set; } = [];

    protected override Task<PlanArea?> FindAsync(Guid id, CancellationToken ct) =>
        db
            .PlanAreas.Where(ReadAccess.PlanAreas(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id, ct);

    protected override InputModel ToForm(PlanArea a) =>
        new()
        {
            PlanId = a.PlanId,
            Number = a.Number,
            Title = a.Title,
            WeaknessStatement = a.WeaknessStatement,
            EndOutcome = a.EndOutcome,
            Version = a.Version,
        };

    protected override async Task<InputModel> NewFormAsync(CancellationToken ct)
    {
        var form = new InputModel();
        if (Guid.TryParse(Request.Query["planId"], out var planId))
        {
            form.PlanId = planId;
            form.Number =
                1
                + (
                    await db
                        .PlanAreas.Where(a => a.PlanId == planId)
                        .MaxAsync(a => (int?)a.Number, ct)
                    ?? 0
                );
        }
        return form;
    }

    protected override Task<ServiceResult<PlanArea>> SaveAsync(
        Guid? id,
        InputModel f,
        CancellationToken ct
    )
    {
        var input = new PlanAreaInput(
            f.PlanId,
            f.Number,
            f.Title ?? "",
            f.WeaknessStatement,
            f.EndOutcome
        );
        return id is { } key
            ? areas.UpdateAsync(Actor, key, input, f.Version, ct)
            : areas.CreateAsync(Actor, input, ct);
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct) =>
        Plans = await AdminLookups.PlansAsync(db, Actor, ct);

    /// <summary>The form's fields, named as <see cref="PlanAreaInput"/> names them.</summary>
    public sealed class InputModel : IVersionedForm
    {
        public Guid PlanId { get; set; }

        public int Number { get; set; } = 1;

        public string? Title { get; set; }

        public string? WeaknessStatement { get; set; }

        public string? EndOutcome { get; set; }

        public int Version { get; set; }
    }
}
