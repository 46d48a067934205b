using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Services.PlanAreas;

namespace PartnershipGraph.Web.Tests.Pages.Admin.PlanAreas;

/// <summary>The plan areas' index, details, create, edit and delete pages over the sample data.</summary>
public sealed class PlanAreasPagesTests(AdminHostFixture fixture)
    : AdminEntityPagesTests(fixture),
        IClassFixture<AdminHostFixture>
{
    private static int _number = 100;

    protected override string Path => "/Admin/PlanAreas";

    protected override string NameSort => "title";

    protected override string NameField => "Input.Title";

    protected override string RequiredMessage => "Title is required.";

    protected override string ReferenceReason => "actions";

    [Fact]
    public async Task Index_filters_by_plan()
    {
        Guid planId;
        int count;
        using (var db = Fixture.Db())
        {
            planId = await db.PlanAreas.Select(a => a.PlanId).FirstAsync();
            count = await db.PlanAreas.CountAsync(a => a.PlanId == planId);
        }
        using var client = Fixture.Client();
        var html = await client.GetStringAsync($"{Path}?plan={planId}&size=100");
        Assert.Equal(count, AdminHostFixture.RowNames(html).Count);
        Assert.Contains(
            $"<option value=\"{planId}\" selected=\"selected\">",
            html,
            StringComparison.Ordinal
        );
    }

    protected override IEnumerable<(string Key, string Value)> Fields(string name) =>
        [
            ("Input.PlanId", PlanId().ToString()),
            (
                "Input.Number",
                Interlocked
                    .Increment(ref _number)
                    .ToString(System.Globalization.CultureInfo.InvariantCulture)
            ),
            ("Input.Title", name),
        ];

    protected override async Task<Guid> CreateAsync(string name)
    {
        var result = await Service.CreateAsync(
            Actor.System,
            new PlanAreaInput(PlanId(), Interlocked.Increment(ref _number), name),
            default
        );
        Assert.True(result.Succeeded);
        return result.Value.Id;
    }

    protected override async Task RenameAsync(Guid id, string name, int version)
    {
        using var db = Fixture.Db();
        var number = await db.PlanAreas.Where(a => a.Id == id).Select(a => a.Number).SingleAsync();
        Assert.True(
            (
                await Service.UpdateAsync(
                    Actor.System,
                    id,
                    new PlanAreaInput(PlanId(), number, name),
                    version,
                    default
                )
            ).Succeeded
        );
    }

    protected override async Task<string?> NameAsync(Guid id)
    {
        using var db = Fixture.Db();
        return await db
            .PlanAreas.Where(a => a.Id == id)
            .Select(a => a.Title)
            .SingleOrDefaultAsync();
    }

    protected override async Task<int> CountAsync()
    {
        using var db = Fixture.Db();
        return await db.PlanAreas.CountAsync();
    }

    protected override async Task<List<string>> NamesDescendingAsync()
    {
        using var db = Fixture.Db();
        return await db
            .PlanAreas.OrderByDescending(a => a.Title)
            .ThenBy(a => a.Id)
            .Select(a => a.Title)
            .ToListAsync();
    }

    protected override async Task<Guid> ReferencedIdAsync()
    {
        using var db = Fixture.Db();
        return await db.Actions.Select(a => a.PlanAreaId).FirstAsync();
    }

    private Guid PlanId()
    {
        using var db = Fixture.Db();
        return db
            .Plans.Where(p => p.LocalAreaId == Fixture.NorthSomerset())
            .OrderBy(p => p.Title)
            .Select(p => p.Id)
            .First();
    }

    private PlanAreaService Service => Fixture.Host.Service<PlanAreaService>();
}
