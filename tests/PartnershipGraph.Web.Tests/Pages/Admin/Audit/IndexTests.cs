using System.Net;
using System.Text.RegularExpressions;
using PartnershipGraph.Domain.Access;
using static PartnershipGraph.Web.Tests.Pages.Admin.Audit.AuditLogFixture;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Audit;

/// <summary>The audit log page: administrators only, newest first, filters in the query string, paging.</summary>
public sealed partial class IndexTests : IDisposable
{
    private readonly AdminTestHost _host = new();

    [Fact]
    public async Task Lists_entries_newest_first_with_who_what_and_when()
    {
        await AddAsync(
            _host,
            Entry(Day, actor: "first@example.org"),
            Entry(Day.AddHours(2), actor: "third@example.org"),
            Entry(Day.AddHours(1), actor: "second@example.org")
        );

        var html = await GetAsync("/Admin/Audit");

        Assert.Equal(
            ["third@example.org", "second@example.org", "first@example.org"],
            Actors(html)
        );
        Assert.Contains("2025-03-10 11:30:00", html, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1 (3 entries)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_part_of_the_user_name_ignoring_case()
    {
        await AddAsync(
            _host,
            Entry(Day, actor: "Jo.Lead@example.org"),
            Entry(Day, actor: "sam@example.org")
        );

        var html = await GetAsync("/Admin/Audit?actor=jo.lead");

        Assert.Equal(["Jo.Lead@example.org"], Actors(html));
        Assert.Contains("value=\"jo.lead\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_entity_type_and_entity_id()
    {
        var kpi = Guid.CreateVersion7();
        await AddAsync(
            _host,
            Entry(Day, actor: "a@example.org", entityType: "Kpi", entityId: kpi),
            Entry(Day, actor: "b@example.org", entityType: "Kpi"),
            Entry(Day, actor: "c@example.org", entityType: "School")
        );

        Assert.Equal(
            ["a@example.org", "b@example.org"],
            Actors(await GetAsync("/Admin/Audit?entityType=Kpi")).Order()
        );
        Assert.Equal(["a@example.org"], Actors(await GetAsync($"/Admin/Audit?entityId={kpi}")));
        var html = await GetAsync("/Admin/Audit?entityType=Kpi");
        Assert.Contains("<option value=\"School\">School</option>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<option value=\"Kpi\" selected=\"selected\">Kpi</option>",
            html,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Filters_by_a_date_range_that_includes_both_days()
    {
        await AddAsync(
            _host,
            Entry(Day.AddDays(-1), actor: "before@example.org"),
            Entry(
                new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero),
                actor: "first-day@example.org"
            ),
            Entry(
                new DateTimeOffset(2025, 3, 11, 23, 59, 59, TimeSpan.Zero),
                actor: "last-day@example.org"
            ),
            Entry(
                new DateTimeOffset(2025, 3, 12, 0, 0, 0, TimeSpan.Zero),
                actor: "after@example.org"
            )
        );

        var html = await GetAsync("/Admin/Audit?from=2025-03-10&to=2025-03-11");

        Assert.Equal(["last-day@example.org", "first-day@example.org"], Actors(html));
    }

    [Fact]
    public async Task Shows_fifty_entries_a_page_with_links_that_keep_the_filters()
    {
        await AddAsync(
            _host,
            [.. Enumerable.Range(0, 55).Select(i => Entry(Day.AddMinutes(i), entityType: "Kpi"))]
        );

        var first = await GetAsync("/Admin/Audit?EntityType=Kpi");
        Assert.Equal(50, Actors(first).Count);
        Assert.Contains("Page 1 of 2 (55 entries)", first, StringComparison.Ordinal);
        Assert.Contains("name=\"EntityType\"", first, StringComparison.Ordinal);
        Assert.Contains(
            "href=\"/Admin/Audit?EntityType=Kpi&amp;PageNumber=2\"",
            first,
            StringComparison.Ordinal
        );

        var second = await GetAsync("/Admin/Audit?EntityType=Kpi&PageNumber=2");
        var older = await GetAsync("/Admin/Audit?entityType=Kpi&pageNumber=2");
        Assert.Equal(Actors(second), Actors(older));
        Assert.Equal(5, Actors(second).Count);
        Assert.Contains("09:30:00", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_a_malformed_entity_id_and_a_reversed_range_beside_the_fields()
    {
        await AddAsync(_host, Entry(Day));

        var html = await GetAsync("/Admin/Audit?entityId=not-a-guid&from=2025-03-11&to=2025-03-10");

        Assert.Contains("Enter the entity id as a GUID", html, StringComparison.Ordinal);
        Assert.Contains(
            "The last day must be on or after the first day.",
            html,
            StringComparison.Ordinal
        );
        Assert.Empty(Actors(html));
    }

    [Fact]
    public async Task Says_so_when_nothing_matches()
    {
        var html = await GetAsync("/Admin/Audit?actor=nobody");
        Assert.Contains("No changes match these filters.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.AreaLead)]
    [InlineData(Role.BoardMember)]
    public async Task Is_for_administrators_only(Role role)
    {
        using var client = _host.CreateClient(role);
        using var response = await client.GetAsync("/Admin/Audit");
        // The test sign-in answers 403 itself; the sign-in cookie turns the same refusal into the access-denied page.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<string> GetAsync(string url)
    {
        using var client = _host.CreateClient(Role.Admin);
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> Actors(string html) =>
        [.. ActorCell().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"</a></td>\s*<td>([^<]+)</td>")]
    private static partial Regex ActorCell();

    public void Dispose() => _host.Dispose();
}
