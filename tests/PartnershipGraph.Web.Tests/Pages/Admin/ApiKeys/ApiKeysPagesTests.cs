using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Pages.Admin.ApiKeys;

namespace PartnershipGraph.Web.Tests.Pages.Admin.ApiKeys;

/// <summary>API key management: create (shown once), list, revoke; administrators only.</summary>
public sealed partial class ApiKeysPagesTests : IDisposable
{
    private readonly AdminTestHost _host = new();

    [Fact]
    public async Task Created_key_is_shown_once_works_and_stops_working_when_revoked()
    {
        using var admin = _host.CreateClient();

        using var created = await AdminTestHost.PostFormAsync(
            admin,
            "/Admin/ApiKeys/Create",
            [new("Input.Name", "ICB dashboard"), new("Input.Role", "Partner")]
        );

        var html = await created.Content.ReadAsStringAsync();
        var secret = SecretPattern().Match(html).Groups[1].Value;
        Assert.StartsWith("pgk_", secret, StringComparison.Ordinal);
        Assert.Contains("shown only this once", html, StringComparison.Ordinal);
        var list = await admin.GetStringAsync("/Admin/ApiKeys");
        Assert.Contains("ICB dashboard", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await CallApiAsync(secret));

        var id = Guid.Parse(RevokeIdPattern().Match(list).Groups[1].Value);
        using var revoked = await admin.PostAsync(
            "/Admin/ApiKeys?handler=Revoke",
            new FormUrlEncodedContent([
                new("id", id.ToString()),
                new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(list)),
            ])
        );

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await CallApiAsync(secret));
        Assert.Contains(
            "Revoked",
            await admin.GetStringAsync("/Admin/ApiKeys"),
            StringComparison.Ordinal
        );
        var contexts = _host.Service<IDbContextFactory<PartnershipDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var operations = await db
            .AuditEntries.Where(e => e.EntityType == ApiKeyAudit.EntityType && e.EntityId == id)
            .Select(e => e.Operation)
            .ToListAsync();
        Assert.Equal(["Created", "Revoked"], operations.Order());
        Assert.False(await db.AuditEntries.AnyAsync(e => e.After!.Contains(secret)));
    }

    [Fact]
    public async Task Area_lead_key_without_a_person_is_refused_beside_the_field()
    {
        using var admin = _host.CreateClient();

        using var response = await AdminTestHost.PostFormAsync(
            admin,
            "/Admin/ApiKeys/Create",
            [new("Input.Name", "Lead updates"), new("Input.Role", "AreaLead")]
        );

        Assert.Matches(
            "data-valmsg-for=\"Input.PersonId\"[^>]*>[^<]*bound to a person",
            await response.Content.ReadAsStringAsync()
        );
        Assert.Empty(
            await _host
                .Service<PartnershipGraph.Web.Access.ApiKeys.ApiKeyStore>()
                .ListAsync(default)
        );
    }

    [Fact]
    public async Task Blank_name_gets_a_message_and_every_input_has_a_label()
    {
        using var admin = _host.CreateClient();
        var form = await admin.GetStringAsync("/Admin/ApiKeys/Create");
        foreach (
            var id in new[] { "Input_Name", "Input_Role", "Input_PersonId", "Input_LocalAreaId" }
        )
        {
            Assert.Contains($"for=\"{id}\"", form, StringComparison.Ordinal);
        }

        using var response = await AdminTestHost.PostFormAsync(
            admin,
            "/Admin/ApiKeys/Create",
            [new("Input.Name", ""), new("Input.Role", "Partner")]
        );

        Assert.Contains(
            "Say what the key is for.",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Board_member_may_not_open_the_keys()
    {
        using var client = _host.CreateClient(Role.BoardMember);
        using var response = await client.GetAsync("/Admin/ApiKeys");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _host.Dispose();

    private async Task<HttpStatusCode> CallApiAsync(string key)
    {
        using var client = _host.CreateClient(role: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.PostAsJsonAsync(
            "/graphql",
            new { query = "{ __typename }" }
        );
        return response.StatusCode;
    }

    [GeneratedRegex("id=\"secret\" readonly size=\"60\" value=\"([^\"]+)\"")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("name=\"id\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex RevokeIdPattern();
}
