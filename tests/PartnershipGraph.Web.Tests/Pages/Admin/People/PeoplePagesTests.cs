using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Services.People;

namespace PartnershipGraph.Web.Tests.Pages.Admin.People;

/// <summary>The people's index, details, create, edit and delete pages over the sample data.</summary>
public sealed class PeoplePagesTests(AdminHostFixture fixture)
    : AdminEntityPagesTests(fixture),
        IClassFixture<AdminHostFixture>
{
    protected override string Path => "/Admin/People";

    protected override string NameSort => "name";

    protected override string NameField => "Input.Name";

    protected override string RequiredMessage => "Name is required.";

    protected override string ReferenceReason => "board memberships";

    protected override IEnumerable<(string Key, string Value)> Fields(string name) =>
        [
            ("Input.LocalAreaId", Fixture.NorthSomerset().ToString()),
            ("Input.Name", name),
            ("Input.JobTitle", "Officer"),
        ];

    protected override async Task<Guid> CreateAsync(string name)
    {
        var result = await Service.CreateAsync(
            Actor.System,
            new PersonInput(Fixture.NorthSomerset(), name),
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
                    new PersonInput(Fixture.NorthSomerset(), name),
                    version,
                    default
                )
            ).Succeeded
        );

    protected override async Task<string?> NameAsync(Guid id)
    {
        using var db = Fixture.Db();
        return await db.People.Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync();
    }

    protected override async Task<int> CountAsync()
    {
        using var db = Fixture.Db();
        return await db.People.CountAsync();
    }

    protected override async Task<List<string>> NamesDescendingAsync()
    {
        using var db = Fixture.Db();
        return await db
            .People.OrderByDescending(p => p.Name)
            .ThenBy(p => p.Id)
            .Select(p => p.Name)
            .ToListAsync();
    }

    protected override async Task<Guid> ReferencedIdAsync()
    {
        using var db = Fixture.Db();
        return await db.BoardMemberships.Select(m => m.PersonId).FirstAsync();
    }

    private PersonService Service => Fixture.Host.Service<PersonService>();
}
