using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Organisations;

namespace PartnershipGraph.Web.Pages.Admin.Organisations;

/// <summary>Creates an organisation (no id) or edits one, through <see cref="OrganisationService"/>.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class EditModel(
    IActorAccessor actors,
    PartnershipDbContext db,
    OrganisationService organisations
) : EditPageModel<Organisation, EditModel.InputModel>(actors)
{
    public override string IndexPath => "/Admin/Organisations";

    public IReadOnlyList<ListOption> LocalAreas { get; private set; } = [];

    protected override Task<Organisation?> FindAsync(Guid id, CancellationToken ct) =>
        db
            .Organisations.Where(ReadAccess.Organisations(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == id, ct);

    protected override InputModel ToForm(Organisation o) =>
        new()
        {
            LocalAreaId = o.LocalAreaId,
            Name = o.Name,
            ShortName = o.ShortName,
            Kind = o.Kind,
            Notes = o.Notes,
            Version = o.Version,
        };

    protected override Task<ServiceResult<Organisation>> SaveAsync(
        Guid? id,
        InputModel f,
        CancellationToken ct
    )
    {
        var input = new OrganisationInput(
            f.LocalAreaId,
            f.Name ?? "",
            f.Kind,
            f.ShortName,
            f.Notes
        );
        return id is { } key
            ? organisations.UpdateAsync(Actor, key, input, f.Version, ct)
            : organisations.CreateAsync(Actor, input, ct);
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct) =>
        LocalAreas = await AdminLookups.LocalAreasAsync(db, Actor, ct);

    /// <summary>The form's fields, named as <see cref="OrganisationInput"/> names them.</summary>
    public sealed class InputModel : IVersionedForm
    {
        public Guid LocalAreaId { get; set; }

        public string? Name { get; set; }

        public string? ShortName { get; set; }

        public OrganisationKind Kind { get; set; }

        public string? Notes { get; set; }

        public int Version { get; set; }
    }
}
