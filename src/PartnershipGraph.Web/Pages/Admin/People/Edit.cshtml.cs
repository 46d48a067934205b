using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.People;

namespace PartnershipGraph.Web.Pages.Admin.People;

/// <summary>Creates a person (no id) or edits one, through <see cref="PersonService"/>.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class EditModel(IActorAccessor actors, PartnershipDbContext db, PersonService people)
    : EditPageModel<Person, EditModel.InputModel>(actors)
{
    public override string IndexPath => "/Admin/People";

    public IReadOnlyList<ListOption> LocalAreas { get; private set; } = [];

    public IReadOnlyList<ListOption> Organisations { get; private set; } = [];

    protected override Task<Person?> FindAsync(Guid id, CancellationToken ct) =>
        db
            .People.Where(ReadAccess.People(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id, ct);

    protected override InputModel ToForm(Person p) =>
        new()
        {
            LocalAreaId = p.LocalAreaId,
            Name = p.Name,
            JobTitle = p.JobTitle,
            OrganisationId = p.OrganisationId,
            Version = p.Version,
        };

    protected override Task<ServiceResult<Person>> SaveAsync(
        Guid? id,
        InputModel f,
        CancellationToken ct
    )
    {
        var input = new PersonInput(f.LocalAreaId, f.Name ?? "", f.JobTitle, f.OrganisationId);
        return id is { } key
            ? people.UpdateAsync(Actor, key, input, f.Version, ct)
            : people.CreateAsync(Actor, input, ct);
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        LocalAreas = await AdminLookups.LocalAreasAsync(db, Actor, ct);
        Organisations = await AdminLookups.OrganisationsAsync(db, Actor, ct);
    }

    /// <summary>The form's fields, named as <see cref="PersonInput"/> names them.</summary>
    public sealed class InputModel : IVersionedForm
    {
        public Guid LocalAreaId { get; set; }

        public string? Name { get; set; }

        public string? JobTitle { get; set; }

        public Guid? OrganisationId { get; set; }

        public int Version { get; set; }
    }
}
