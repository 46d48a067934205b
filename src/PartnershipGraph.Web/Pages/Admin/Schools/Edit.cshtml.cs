using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Schools;

namespace PartnershipGraph.Web.Pages.Admin.Schools;

/// <summary>Creates a school (no id) or edits one, through <see cref="SchoolService"/>.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class EditModel(IActorAccessor actors, PartnershipDbContext db, SchoolService schools)
    : AdminPageModel(actors)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public IReadOnlyList<ListOption> LocalAreas { get; private set; } = [];

    public IReadOnlyList<ListOption> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } key)
        {
            var school = await db
                .Schools.Where(ReadAccess.Schools(Actor))
                .AsNoTracking()
                .SingleOrDefaultAsync(s => s.Id == key, ct);
            if (school is null)
            {
                return NotFound();
            }
            Input = InputModel.From(school);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (ModelState.IsValid)
        {
            var input = Input.ToService();
            var result = id is { } key
                ? await schools.UpdateAsync(Actor, key, input, Input.Version, ct)
                : await schools.CreateAsync(Actor, input, ct);
            if (result.Succeeded)
            {
                TempData["Notice"] = $"Saved {result.Value.Name}.";
                return Redirect($"/Admin/Schools/Details/{result.Value.Id}");
            }
            if (ShowErrors(result.Errors, rebase: v => Input.Version = v) is { } missing)
            {
                return missing;
            }
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        LocalAreas = await AdminLookups.LocalAreasAsync(db, Actor, ct);
        Organisations = await AdminLookups.OrganisationsAsync(db, Actor, ct);
    }

    /// <summary>The form's fields, named as <see cref="SchoolInput"/> names them so errors land beside them.</summary>
    public sealed class InputModel
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

        public static InputModel From(School s) =>
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

        public SchoolInput ToService() =>
            new(LocalAreaId, Name ?? "", Urn, Phase, Type, TrustOrganisationId, Locality, Notes);
    }
}
