using System.Net;
using PartnershipGraph.Domain.Access;
using static PartnershipGraph.Web.Tests.Pages.Admin.Audit.AuditLogFixture;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Audit;

/// <summary>One audit entry's page: who, when, and each field before and after.</summary>
public sealed class DetailsTests : IDisposable
{
    private readonly AdminTestHost _host = new();

    [Fact]
    public async Task Shows_each_field_before_and_after()
    {
        var entry = Entry(
            Day,
            actor: "jo.lead@example.org",
            operation: "Updated",
            before: """{"name":"Old name","urn":null}""",
            after: """{"name":"New name","urn":123456}"""
        );
        await AddAsync(_host, entry);

        using var client = _host.CreateClient(Role.Admin);
        var html = await client.GetStringAsync($"/Admin/Audit/Details/{entry.Id}");

        Assert.Contains("<h1>Updated Action</h1>", html, StringComparison.Ordinal);
        Assert.Contains("jo.lead@example.org", html, StringComparison.Ordinal);
        Assert.Contains("2025-03-10 09:30:00", html, StringComparison.Ordinal);
        Assert.Contains(
            "<th scope=\"row\">name</th>\n                    <td>Old name</td>\n                    <td>New name</td>",
            html.ReplaceLineEndings("\n"),
            StringComparison.Ordinal
        );
        Assert.Contains("<td>(empty)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>123456</td>", html, StringComparison.Ordinal);
        Assert.Contains($"entityId={entry.EntityId}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marks_a_creation_as_having_no_before()
    {
        var entry = Entry(Day, operation: "Created", before: null, after: """{"name":"New"}""");
        await AddAsync(_host, entry);

        using var client = _host.CreateClient(Role.Admin);
        var html = await client.GetStringAsync($"/Admin/Audit/Details/{entry.Id}");

        Assert.Contains("<td>(not yet created)</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_404_for_an_unknown_entry()
    {
        using var client = _host.CreateClient(Role.Admin);
        using var response = await client.GetAsync($"/Admin/Audit/Details/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
