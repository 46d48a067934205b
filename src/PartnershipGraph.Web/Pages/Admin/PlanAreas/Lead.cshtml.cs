using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.PlanAreas;

namespace PartnershipGraph.Web.Pages.Admin.PlanAreas;

/// <summary>Adds a lead to a plan area (no id) or changes one, through <see cref="PlanAreaLeadService"/>.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class LeadModel(
    IActorAccessor actors,
    PartnershipDbContext db,
    PlanAreaLeadService leads
) : EditPageModel<PlanAreaLead, LeadModel.InputModel>(actors)
{
    /// <summary>The plan area, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid PlanAreaId { get; set; }

    public string AreaTitle { get; private set; } = "";

    public IReadOnlyList<ListOption> People { get; private set; } = [];

    public IReadOnlyList<ListOption> Organisations { get; private set; } = [];

    public override string IndexPath => "/Admin/PlanAreas";

    public override string CancelUrl => $"/Admin/PlanAreas/Details/{PlanAreaId}";

    protected override Task<PlanAreaLead?> FindAsync(Guid id, CancellationToken ct) =>
        db
            .PlanAreaLeads.AsNoTracking()
            .Where(l => l.PlanAreaId == PlanAreaId)
            .Where(l =>
                db.PlanAreas.Where(ReadAccess.PlanAreas(Actor)).Any(a => a.Id == l.PlanAreaId)
            )
            .SingleOrDefaultAsync(l => l.Id == id, ct);

    protected override InputModel ToForm(PlanAreaLead l) =>
        new()
        {
            NameAsWritten = l.NameAsWritten,
            PersonId = l.PersonId,
            OrganisationId = l.OrganisationId,
            Version = l.Version,
        };

    protected override Task<ServiceResult<PlanAreaLead>> SaveAsync(
        Guid? id,
        InputModel f,
        CancellationToken ct
    )
    {
        var input = new PlanAreaLeadInput(
            PlanAreaId,
            f.NameAsWritten ?? "",
            f.PersonId,
            f.OrganisationId
        );
        return id is { } key
            ? leads.UpdateAsync(Actor, key, input, f.Version, ct)
            : leads.CreateAsync(Actor, input, ct);
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        AreaTitle =
            await db
                .PlanAreas.Where(ReadAccess.PlanAreas(Actor))
                .Where(a => a.Id == PlanAreaId)
                .Select(a => a.Number + ". " + a.Title)
                .SingleOrDefaultAsync(ct)
            ?? "";
        People = await AdminLookups.PeopleAsync(db, Actor, ct);
        Organisations = await AdminLookups.OrganisationsAsync(db, Actor, ct);
    }

    protected override string DetailsUrl(PlanAreaLead entity) => CancelUrl;

    /// <summary>The form's fields, named as <see cref="PlanAreaLeadInput"/> names them.</summary>
    public sealed class InputModel : IVersionedForm
    {
        public string? NameAsWritten { get; set; }

        public Guid? PersonId { get; set; }

        public Guid? OrganisationId { get; set; }

        public int Version { get; set; }
    }
}
