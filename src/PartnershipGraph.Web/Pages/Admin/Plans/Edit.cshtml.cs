using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Plans;

namespace PartnershipGraph.Web.Pages.Admin.Plans;

/// <summary>Creates a plan (no id) or edits one, through <see cref="PlanService"/>.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class EditModel(IActorAccessor actors, PartnershipDbContext db, PlanService plans)
    : EditPageModel<ImprovementPlan, EditModel.InputModel>(actors)
{
    public override string IndexPath => "/Admin/Plans";

    public IReadOnlyList<ListOption> LocalAreas { get; private set; } = [];

    public IReadOnlyList<ListOption> Boards { get; private set; } = [];

    protected override Task<ImprovementPlan?> FindAsync(Guid id, CancellationToken ct) =>
        db
            .Plans.Where(ReadAccess.Plans(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id, ct);

    protected override InputModel ToForm(ImprovementPlan p) =>
        new()
        {
            LocalAreaId = p.LocalAreaId,
            Title = p.Title,
            Kind = p.Kind,
            TriggerType = p.TriggerType,
            TriggerDescription = p.TriggerDescription,
            TriggerDate = p.TriggerDate?.Text ?? p.TriggerDate?.Display,
            MonitoringBoardId = p.MonitoringBoardId,
            AreaLabel = p.AreaLabel,
            IsPublished = p.IsPublished,
            Version = p.Version,
        };

    protected override Task<ServiceResult<ImprovementPlan>> SaveAsync(
        Guid? id,
        InputModel f,
        CancellationToken ct
    )
    {
        var input = new PlanInput(
            f.LocalAreaId,
            f.Title ?? "",
            f.Kind,
            f.TriggerType,
            f.TriggerDescription,
            f.TriggerDate,
            f.MonitoringBoardId,
            f.AreaLabel ?? "",
            f.IsPublished
        );
        return id is { } key
            ? plans.UpdateAsync(Actor, key, input, f.Version, ct)
            : plans.CreateAsync(Actor, input, ct);
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        LocalAreas = await AdminLookups.LocalAreasAsync(db, Actor, ct);
        Boards = await AdminLookups.BoardsAsync(db, Actor, ct);
    }

    /// <summary>The form's fields, named as <see cref="PlanInput"/> names them.</summary>
    public sealed class InputModel : IVersionedForm
    {
        public Guid LocalAreaId { get; set; }

        public string? Title { get; set; }

        public PlanKind Kind { get; set; }

        public string? TriggerType { get; set; }

        public string? TriggerDescription { get; set; }

        public string? TriggerDate { get; set; }

        public Guid? MonitoringBoardId { get; set; }

        public string? AreaLabel { get; set; } = "Area of serious weakness";

        public bool IsPublished { get; set; }

        public int Version { get; set; }
    }
}
