using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Schools;

namespace PartnershipGraph.Web.Pages.Admin.Schools;

/// <summary>Creates a school (no id) or edits one, through <see cref="SchoolService"/>.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class EditModel(IActorAccessor actors, PartnershipDbContext db, SchoolService schools)
    : EditPageModel<School, EditModel.InputModel>(actors)
{
    public override string IndexPath => "/Admin/Schools";

    public IReadOnlyList<ListOption> LocalAreas { get; private set; } = [];

    public IReadOnlyList<ListOption> Organisations { get; private set; } = [];

    protected override Task<School?> FindAsync(Guid id, CancellationToken ct) =>
        db
            .Schools.Where(ReadAccess.Schools(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == id, ct);

    protected override InputModel ToForm(School s) =>
        new()
        {
            LocalAreaId = s.LocalAreaId,
            Name = s.Name,
            Urn = s.Urn,
            Phase = s.Phase,
            Type = s.Type,
            TrustOrganisationId = s.TrustOrganisationId,
            Locality = s.Locality,
            Notes = s.Notes,
            Version = s.Version,
        };

    protected override Task<ServiceResult<School>> SaveAsync(
        Guid? id,
        InputModel f,
        CancellationToken ct
    )
    {
        var input = new SchoolInput(
            f.LocalAreaId,
            f.Name ?? "",
            f.Urn,
            f.Phase,
            f.Type,
            f.TrustOrganisationId,
            f.Locality,
            f.Notes
        );
        return id is { } key
            ? schools.UpdateAsync(Actor, key, input, f.Version, ct)
            : schools.CreateAsync(Actor, input, ct);
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        LocalAreas = await AdminLookups.LocalAreasAsync(db, Actor, ct);
        Organisations = await AdminLookups.OrganisationsAsync(db, Actor, ct);
    }

    /// <summary>The form's fields, named as <see cref="SchoolInput"/> names them so errors land beside them.</summary>
    public sealed class InputModel : IVersionedForm
    {
        public Guid LocalAreaId { get; set; }

        public string? Name { get; set; }

        public string? Urn { get; set; }

        public SchoolPhase Phase { get; set; }

        public SchoolType Type { get; set; }

        public Guid? TrustOrganisationId { get; set; }

        public string? Locality { get; set; }

        public string? Notes { get; set; }

        public int Version { get; set; }
    }
}
