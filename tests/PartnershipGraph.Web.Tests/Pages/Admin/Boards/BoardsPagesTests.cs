using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Services.Boards;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Boards;

/// <summary>The boards' index, details, create, edit and delete pages over the sample data.</summary>
public sealed class BoardsPagesTests(AdminHostFixture fixture)
    : AdminEntityPagesTests(fixture),
        IClassFixture<AdminHostFixture>
{
    protected override string Path => "/Admin/Boards";

    protected override string NameSort => "name";

    protected override string NameField => "Input.Name";

    protected override string RequiredMessage => "Name is required.";

    protected override string ReferenceReason => "memberships";

    protected override IEnumerable<(string Key, string Value)> Fields(string name) =>
        [
            ("Input.LocalAreaId", Fixture.NorthSomerset().ToString()),
            ("Input.Name", name),
            ("Input.MeetingCadence", "Monthly"),
        ];

    protected override async Task<Guid> CreateAsync(string name)
    {
        var result = await Service.CreateAsync(
            Actor.System,
            new BoardInput(Fixture.NorthSomerset(), name),
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
                    new BoardInput(Fixture.NorthSomerset(), name),
                    version,
                    default
                )
            ).Succeeded
        );

    protected override async Task<string?> NameAsync(Guid id)
    {
        using var db = Fixture.Db();
        return await db.Boards.Where(b => b.Id == id).Select(b => b.Name).SingleOrDefaultAsync();
    }

    protected override async Task<int> CountAsync()
    {
        using var db = Fixture.Db();
        return await db.Boards.CountAsync();
    }

    protected override async Task<List<string>> NamesDescendingAsync()
    {
        using var db = Fixture.Db();
        return await db
            .Boards.OrderByDescending(b => b.Name)
            .ThenBy(b => b.Id)
            .Select(b => b.Name)
            .ToListAsync();
    }

    protected override async Task<Guid> ReferencedIdAsync()
    {
        using var db = Fixture.Db();
        return await db.BoardMemberships.Select(m => m.BoardId).FirstAsync();
    }

    private BoardService Service => Fixture.Host.Service<BoardService>();
}
