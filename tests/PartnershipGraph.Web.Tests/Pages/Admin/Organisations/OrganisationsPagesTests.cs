using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Web.Services.Organisations;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Organisations;

/// <summary>The organisations' index, details, create, edit and delete pages over the sample data.</summary>
public sealed class OrganisationsPagesTests(AdminHostFixture fixture)
    : AdminEntityPagesTests(fixture),
        IClassFixture<AdminHostFixture>
{
    protected override string Path => "/Admin/Organisations";

    protected override string NameSort => "name";

    protected override string NameField => "Input.Name";

    protected override string RequiredMessage => "Name is required.";

    protected override string ReferenceReason => "people";

    protected override IEnumerable<(string Key, string Value)> Fields(string name) =>
        [
            ("Input.LocalAreaId", Fixture.NorthSomerset().ToString()),
            ("Input.Name", name),
            ("Input.Kind", "VoluntaryBody"),
        ];

    protected override async Task<Guid> CreateAsync(string name)
    {
        var result = await Service.CreateAsync(
            Actor.System,
            new OrganisationInput(Fixture.NorthSomerset(), name, OrganisationKind.Other),
            default
        );
        Assert.True(result.Succeeded);
        return result.Value.Id;
    }

    protected override async Task RenameAsync(Guid id, string name, int version) =>
        Assert.True(
            (
                await Service.UpdateAsync(
                    Actor.System,
                    id,
                    new OrganisationInput(Fixture.NorthSomerset(), name, OrganisationKind.Other),
                    version,
                    default
                )
            ).Succeeded
        );

    protected override async Task<string?> NameAsync(Guid id)
    {
        using var db = Fixture.Db();
        return await db
            .Organisations.Where(o => o.Id == id)
            .Select(o => o.Name)
            .SingleOrDefaultAsync();
    }

    protected override async Task<int> CountAsync()
    {
        using var db = Fixture.Db();
        return await db.Organisations.CountAsync();
    }

    protected override async Task<List<string>> NamesDescendingAsync()
    {
        using var db = Fixture.Db();
        return await db
            .Organisations.OrderByDescending(o => o.Name)
            .ThenBy(o => o.Id)
            .Select(o => o.Name)
            .ToListAsync();
    }

    protected override async Task<Guid> ReferencedIdAsync()
    {
        using var db = Fixture.Db();
        return await db
            .People.Where(p => p.OrganisationId != null)
            .Select(p => p.OrganisationId!.Value)
            .FirstAsync();
    }

    private OrganisationService Service => Fixture.Host.Service<OrganisationService>();
}
