using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.Web.Services.Schools;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Schools;

/// <summary>The schools' index, details, create, edit and delete pages over the sample data.</summary>
public sealed class SchoolsPagesTests(AdminHostFixture fixture) : IClassFixture<AdminHostFixture>
{
    [Fact]
    public async Task Index_searches_sorts_and_pages_the_schools()
    {
        using var client = fixture.Client();
        List<string> names;
        using (var db = fixture.Db())
        {
            names = await db
                .Schools.OrderByDescending(s => s.Name)
                .ThenBy(s => s.Id)
                .Select(s => s.Name)
                .ToListAsync();
        }
        Assert.True(names.Count > 5, "The sample data has more than five schools.");

        var first = await client.GetStringAsync("/Admin/Schools?sort=name&dir=desc&size=5");
        Assert.Equal(names.Take(5), AdminHostFixture.RowNames(first));
        Assert.Contains("aria-sort=\"descending\"", first, StringComparison.Ordinal);
        Assert.Contains($"{names.Count} matches", first, StringComparison.Ordinal);
        Assert.Contains($"Page 1 of {(names.Count + 4) / 5}", first, StringComparison.Ordinal);

        var second = await client.GetStringAsync("/Admin/Schools?sort=name&dir=desc&size=5&p=2");
        Assert.Equal(names.Skip(5).Take(5), AdminHostFixture.RowNames(second));

        var word = names[0].Split(' ')[0];
        var searched = await client.GetStringAsync(
            $"/Admin/Schools?q={Uri.EscapeDataString(word.ToUpperInvariant())}&size=100"
        );
        var expected = names
            .Where(n => n.Contains(word, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Subset(AdminHostFixture.RowNames(searched).ToHashSet(), expected.ToHashSet());
        Assert.Contains(names[0], AdminHostFixture.RowNames(searched));
    }

    [Fact]
    public async Task Index_filters_by_phase_and_ignores_an_unknown_sort()
    {
        using var client = fixture.Client();
        int special;
        using (var db = fixture.Db())
        {
            special = await db.Schools.CountAsync(s => s.Phase == SchoolPhase.Special);
        }
        var html = await client.GetStringAsync(
            "/Admin/Schools?phase=Special&sort=drop+table&size=100"
        );
        Assert.Equal(special, AdminHostFixture.RowNames(html).Count);
        Assert.Contains(
            "<option value=\"Special\" selected=\"selected\">",
            html,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Index_clamps_page_size_and_number_to_what_exists()
    {
        int count;
        using (var db = fixture.Db())
        {
            count = await db.Schools.CountAsync();
        }
        using var client = fixture.Client();
        var last = await client.GetStringAsync("/Admin/Schools?size=0&p=99999");
        Assert.Single(AdminHostFixture.RowNames(last));
        Assert.Contains($"Page {count} of {count}", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        var capped = await client.GetStringAsync("/Admin/Schools?size=100000");
        Assert.Equal(Math.Min(count, 100), AdminHostFixture.RowNames(capped).Count);
    }

    [Fact]
    public async Task Create_without_a_name_shows_the_error_beside_the_field_and_writes_nothing()
    {
        using var client = fixture.Client();
        var before = await CountAsync();
        using var response = await AdminHostFixture.PostAsync(
            client,
            "/Admin/Schools/Edit",
            ("Input.LocalAreaId", fixture.NorthSomerset().ToString()),
            ("Input.Name", " "),
            ("Input.Urn", "123456")
        );
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains(
            "<p class=\"field-error\" id=\"Input_Name-error\">Error: Name is required.</p>",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("aria-describedby=\"Input_Name-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"123456\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_then_edit_saves_through_the_service()
    {
        using var client = fixture.Client();
        using var created = await AdminHostFixture.PostAsync(
            client,
            "/Admin/Schools/Edit",
            ("Input.LocalAreaId", fixture.NorthSomerset().ToString()),
            ("Input.Name", "Page Test Primary"),
            ("Input.Phase", "Primary")
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.ToString().Split('/')[^1]);

        using var edited = await AdminHostFixture.PostAsync(
            client,
            $"/Admin/Schools/Edit/{id}",
            ("Input.LocalAreaId", fixture.NorthSomerset().ToString()),
            ("Input.Name", "Page Test Primary Renamed"),
            ("Input.Phase", "Primary"),
            ("Input.Version", "1")
        );
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        using var db = fixture.Db();
        var school = await db.Schools.SingleAsync(s => s.Id == id);
        Assert.Equal(
            ("Page Test Primary Renamed", SchoolPhase.Primary, 2),
            (school.Name, school.Phase, school.Version)
        );
        var details = await client.GetStringAsync($"/Admin/Schools/Details/{id}");
        Assert.Contains("Page Test Primary Renamed", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stale_edit_is_refused_and_keeps_what_was_typed()
    {
        var school = await CreateAsync("Stale Test School");
        var service = fixture.Host.Service<SchoolService>();
        var other = await service.UpdateAsync(
            Actor.System,
            school.Id,
            new SchoolInput(school.LocalAreaId, "Changed Elsewhere"),
            1,
            default
        );
        Assert.True(other.Succeeded);

        using var client = fixture.Client();
        using var response = await AdminHostFixture.PostAsync(
            client,
            $"/Admin/Schools/Edit/{school.Id}",
            ("Input.LocalAreaId", school.LocalAreaId.ToString()),
            ("Input.Name", "What I typed"),
            ("Input.Version", "1")
        );
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed by someone else", html, StringComparison.Ordinal);
        Assert.Contains("value=\"What I typed\"", html, StringComparison.Ordinal);
        using var db = fixture.Db();
        Assert.Equal(
            "Changed Elsewhere",
            (await db.Schools.SingleAsync(s => s.Id == school.Id)).Name
        );
    }

    [Fact]
    public async Task Delete_is_refused_with_the_reason_while_the_school_is_referenced()
    {
        Guid id;
        using (var db = fixture.Db())
        {
            id = await db.SchoolActionRoles.Select(r => r.SchoolId).FirstAsync();
        }
        using var client = fixture.Client();
        using var response = await AdminHostFixture.PostAsync(
            client,
            $"/Admin/Schools/Delete/{id}",
            ("Version", "1")
        );
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is still referenced by", html, StringComparison.Ordinal);
        Assert.Contains("action roles", html, StringComparison.Ordinal);
        using var check = fixture.Db();
        Assert.True(await check.Schools.AnyAsync(s => s.Id == id));
    }

    [Fact]
    public async Task Delete_removes_a_school_nothing_refers_to()
    {
        var school = await CreateAsync("Short-lived School");
        using var client = fixture.Client();
        using var response = await AdminHostFixture.PostAsync(
            client,
            $"/Admin/Schools/Delete/{school.Id}",
            ("Version", "1")
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/Schools", response.Headers.Location!.ToString());
        using var db = fixture.Db();
        Assert.False(await db.Schools.AnyAsync(s => s.Id == school.Id));
    }

    [Fact]
    public async Task Board_member_reads_but_may_not_change()
    {
        var school = await CreateAsync("Read-only School");
        using var client = fixture.Client(Role.BoardMember);
        var index = await client.GetStringAsync("/Admin/Schools");
        Assert.DoesNotContain("Add a school", index, StringComparison.Ordinal);
        var details = await client.GetStringAsync($"/Admin/Schools/Details/{school.Id}");
        Assert.DoesNotContain(
            $"/Admin/Schools/Edit/{school.Id}",
            details,
            StringComparison.Ordinal
        );
        using var edit = await client.GetAsync("/Admin/Schools/Edit");
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        using var delete = await client.PostAsync(
            $"/Admin/Schools/Delete/{school.Id}",
            new FormUrlEncodedContent([new("Version", "1")])
        );
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
    }

    [Fact]
    public async Task Administrator_of_another_local_area_sees_none_of_these_schools()
    {
        var school = await CreateAsync("Out Of Scope School");
        using var client = fixture.Host.CreateClient(Role.Admin, localAreaId: Guid.NewGuid());
        var index = await client.GetStringAsync("/Admin/Schools");
        Assert.Contains("0 matches", index, StringComparison.Ordinal);
        using var details = await client.GetAsync($"/Admin/Schools/Details/{school.Id}");
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        using var edit = await client.GetAsync($"/Admin/Schools/Edit/{school.Id}");
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }

    [Fact]
    public async Task Area_lead_is_offered_no_changes_and_a_posted_change_is_refused_with_the_reason()
    {
        var school = await CreateAsync("Area Lead Visit School");
        using var client = fixture.Client(Role.AreaLead);
        var details = await client.GetStringAsync($"/Admin/Schools/Details/{school.Id}");
        Assert.DoesNotContain(
            $"/Admin/Schools/Edit/{school.Id}",
            details,
            StringComparison.Ordinal
        );
        var before = await CountAsync();
        using var response = await AdminHostFixture.PostAsync(
            client,
            "/Admin/Schools/Edit",
            ("Input.LocalAreaId", fixture.NorthSomerset().ToString()),
            ("Input.Name", "Not Allowed School")
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Only an administrator may make this change.",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        using var db = fixture.Db();
        return await db.Schools.CountAsync();
    }

    private async Task<School> CreateAsync(string name)
    {
        var result = await fixture
            .Host.Service<SchoolService>()
            .CreateAsync(Actor.System, new SchoolInput(fixture.NorthSomerset(), name), default);
        Assert.True(result.Succeeded);
        return result.Value;
    }
}
