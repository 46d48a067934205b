using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Services.Plans;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Plans;

/// <summary>The plans' index, details, create, edit and delete pages over the sample data.</summary>
public sealed class PlansPagesTests(AdminHostFixture fixture)
    : AdminEntityPagesTests(fixture),
        IClassFixture<AdminHostFixture>
{
    protected override string Path => "/Admin/Plans";

    protected override string NameSort => "title";

    protected override string NameField => "Input.Title";

    protected override string RequiredMessage => "Title is required.";

    protected override string ReferenceReason => "plan areas";

    [Fact]
    public async Task Partner_sees_published_plans_only()
    {
        var hidden = await CreateAsync("Unpublished Draft Plan");
        using var partner = Fixture.Client(Role.Partner);
        var index = await partner.GetStringAsync($"{Path}?size=100");
        Assert.DoesNotContain("Unpublished Draft Plan", index, StringComparison.Ordinal);
        using var details = await partner.GetAsync($"{Path}/Details/{hidden}");
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        using var admin = Fixture.Client();
        Assert.Contains(
            "Unpublished Draft Plan",
            await admin.GetStringAsync($"{Path}?q=unpublished+draft"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Details_show_the_areas_and_dated_versions_of_a_sample_plan()
    {
        Guid id;
        string area;
        string version;
        using (var db = Fixture.Db())
        {
            var sample = await db.PlanVersions.Select(v => new { v.PlanId, v.Label }).FirstAsync();
            (id, version) = (sample.PlanId, sample.Label);
            area = await db
                .PlanAreas.Where(a => a.PlanId == id)
                .OrderBy(a => a.Number)
                .Select(a => a.Title)
                .FirstAsync();
        }
        using var client = Fixture.Client(Role.BoardMember);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"{Path}/Details/{id}"));
        Assert.Contains("Versions and submissions", html, StringComparison.Ordinal);
        Assert.Contains(version, html, StringComparison.Ordinal);
        Assert.Contains(area, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Add an area", html, StringComparison.Ordinal);
    }

    protected override IEnumerable<(string Key, string Value)> Fields(string name) =>
        [
            ("Input.LocalAreaId", Fixture.NorthSomerset().ToString()),
            ("Input.Title", name),
            ("Input.Kind", "LocalStrategy"),
            ("Input.AreaLabel", "Priority"),
            ("Input.TriggerDate", "May 22"),
        ];

    protected override async Task<Guid> CreateAsync(string name)
    {
        var result = await Service.CreateAsync(
            Actor.System,
            new PlanInput(Fixture.NorthSomerset(), name, PlanKind.LocalStrategy),
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
                    new PlanInput(Fixture.NorthSomerset(), name, PlanKind.LocalStrategy),
                    version,
                    default
                )
            ).Succeeded
        );

    protected override async Task<string?> NameAsync(Guid id)
    {
        using var db = Fixture.Db();
        return await db.Plans.Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync();
    }

    protected override async Task<int> CountAsync()
    {
        using var db = Fixture.Db();
        return await db.Plans.CountAsync();
    }

    protected override async Task<List<string>> NamesDescendingAsync()
    {
        using var db = Fixture.Db();
        return await db
            .Plans.OrderByDescending(p => p.Title)
            .ThenBy(p => p.Id)
            .Select(p => p.Title)
            .ToListAsync();
    }

    protected override async Task<Guid> ReferencedIdAsync()
    {
        using var db = Fixture.Db();
        return await db.PlanAreas.Select(a => a.PlanId).FirstAsync();
    }

    private PlanService Service => Fixture.Host.Service<PlanService>();
}
