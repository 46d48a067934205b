using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.Users;
using PartnershipGraph.Web.Tests.Pages.Account;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Users;

/// <summary>User management: administrators only; create, change role and scope, disable, reset password.</summary>
public sealed partial class UsersPagesTests : IDisposable
{
    private const string NewPassword = "a brand new passphrase";

    private readonly AdminTestHost _host = new();

    [Fact]
    public async Task Signed_in_area_lead_is_sent_to_access_denied()
    {
        var person = await FirstPersonAsync();
        var result = await UsersAsync(s =>
            s.CreateAsync(
                "lead@example.org",
                SignInTestHost.Password,
                new AdminUserAccess(Role.AreaLead, person.Id),
                AdminUserCommandLine.CommandActor,
                default
            )
        );
        Assert.True(result.Succeeded);
        using var client = _host.CreateClient(role: null);
        await SignInTestHost.SignInAsync(client, "lead@example.org");

        using var response = await client.GetAsync("/Admin/Users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(
            "http://localhost/Account/AccessDenied",
            location,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "You cannot open that page",
            await client.GetStringAsync(location),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Administrator_adds_a_user_who_then_signs_in()
    {
        using var admin = _host.CreateClient();

        using var created = await AdminTestHost.PostFormAsync(
            admin,
            "/Admin/Users/Create",
            Fields(
                ("Input.Email", "new@example.org"),
                ("Input.Password", NewPassword),
                ("Input.Role", "BoardMember")
            )
        );

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await admin.GetStringAsync("/Admin/Users");
        Assert.Contains("new@example.org", list, StringComparison.Ordinal);
        Assert.Contains("BoardMember", list, StringComparison.Ordinal);
        using var visitor = _host.CreateClient(role: null);
        using var signedIn = await SignInTestHost.PostSignInAsync(
            visitor,
            "new@example.org",
            NewPassword
        );
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(
            "(BoardMember)",
            await visitor.GetStringAsync("/Admin"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Refusals_are_shown_beside_their_fields()
    {
        using var admin = _host.CreateClient();

        using var shortPassword = await AdminTestHost.PostFormAsync(
            admin,
            "/Admin/Users/Create",
            Fields(
                ("Input.Email", "new@example.org"),
                ("Input.Password", "too short"),
                ("Input.Role", "Admin")
            )
        );
        using var leadWithoutPerson = await AdminTestHost.PostFormAsync(
            admin,
            "/Admin/Users/Create",
            Fields(
                ("Input.Email", "lead@example.org"),
                ("Input.Password", NewPassword),
                ("Input.Role", "AreaLead")
            )
        );

        var html = await shortPassword.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Input.Password\"[^>]*>[^<]*at least 12 characters", html);
        Assert.Matches(
            "data-valmsg-for=\"Input.PersonId\"[^>]*>[^<]*linked to the person",
            await leadWithoutPerson.Content.ReadAsStringAsync()
        );
        Assert.Empty(await UsersAsync(s => s.ListAsync(default)));
    }

    [Fact]
    public async Task Administrator_makes_a_user_an_area_lead_and_the_change_is_audited()
    {
        var id = await CreateUserAsync("someone@example.org");
        var person = await FirstPersonAsync();
        using var admin = _host.CreateClient();

        using var saved = await AdminTestHost.PostFormAsync(
            admin,
            $"/Admin/Users/Edit?id={id}",
            Fields(
                ("Id", id.ToString()),
                ("Input.Role", "AreaLead"),
                ("Input.PersonId", person.Id.ToString())
            )
        );

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var user = await UsersAsync(s => s.FindAsync(id));
        Assert.Equal(
            (Role.AreaLead, person.Id, person.LocalAreaId),
            (user!.Role, user.PersonId, user.LocalAreaId)
        );
        await using var db = await Contexts().CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync(e =>
            e.EntityId == id && e.Operation == "Updated"
        );
        Assert.Equal(AdminUserService.AuditEntityType, entry.EntityType);
        Assert.Equal("test-Admin", entry.Actor);
        Assert.Contains("AreaLead", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", entry.After, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Disabled_user_is_shown_as_disabled_and_cannot_sign_in()
    {
        var id = await CreateUserAsync("someone@example.org");
        using var admin = _host.CreateClient();

        using var disabled = await PostHandlerAsync(admin, id, "Disable");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains(
            "Disabled",
            await admin.GetStringAsync("/Admin/Users"),
            StringComparison.Ordinal
        );
        using var visitor = _host.CreateClient(role: null);
        using var refused = await SignInTestHost.PostSignInAsync(
            visitor,
            "someone@example.org",
            SignInTestHost.Password
        );
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        using var enabled = await PostHandlerAsync(admin, id, "Enable");
        using var accepted = await SignInTestHost.PostSignInAsync(
            visitor,
            "someone@example.org",
            SignInTestHost.Password
        );
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Reset_password_replaces_the_old_one()
    {
        var id = await CreateUserAsync("someone@example.org");
        using var admin = _host.CreateClient();

        using var reset = await PostHandlerAsync(
            admin,
            id,
            "ResetPassword",
            ("newPassword", NewPassword)
        );
        using var tooShort = await PostHandlerAsync(
            admin,
            id,
            "ResetPassword",
            ("newPassword", "short")
        );

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains(
            "at least 12 characters",
            await tooShort.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        using var visitor = _host.CreateClient(role: null);
        using var old = await SignInTestHost.PostSignInAsync(
            visitor,
            "someone@example.org",
            SignInTestHost.Password
        );
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        using var fresh = await SignInTestHost.PostSignInAsync(
            visitor,
            "someone@example.org",
            NewPassword
        );
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task The_last_enabled_administrator_is_neither_disabled_nor_demoted()
    {
        var id = await CreateUserAsync("only-admin@example.org", Role.Admin);
        using var admin = _host.CreateClient();

        using var disable = await PostHandlerAsync(admin, id, "Disable");
        using var demote = await AdminTestHost.PostFormAsync(
            admin,
            $"/Admin/Users/Edit?id={id}",
            Fields(("Id", id.ToString()), ("Input.Role", "Partner"))
        );

        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        var disableHtml = await disable.Content.ReadAsStringAsync();
        Assert.Matches(
            "data-valmsg-for=\"IsDisabled\"[^>]*>[^<]*last enabled administrator",
            disableHtml
        );
        Assert.Contains(
            "<option selected=\"selected\" value=\"Admin\">",
            disableHtml,
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.OK, demote.StatusCode);
        Assert.Matches(
            "data-valmsg-for=\"Input.Role\"[^>]*>[^<]*last enabled administrator",
            await demote.Content.ReadAsStringAsync()
        );
        var user = await UsersAsync(s => s.FindAsync(id));
        Assert.Equal((Role.Admin, false), (user!.Role, user.IsDisabled));
    }

    [Fact]
    public async Task A_disabled_administrator_does_not_count_as_another_one()
    {
        var first = await CreateUserAsync("first@example.org", Role.Admin);
        var second = await CreateUserAsync("second@example.org", Role.Admin);
        var actor = AdminUserCommandLine.CommandActor;

        var disabledSecond = await UsersAsync(s =>
            s.SetDisabledAsync(second, true, actor, default)
        );
        var disabledFirst = await UsersAsync(s => s.SetDisabledAsync(first, true, actor, default));
        var demotedFirst = await UsersAsync(s =>
            s.UpdateAccessAsync(first, new AdminUserAccess(Role.BoardMember), actor, default)
        );
        var enabledSecond = await UsersAsync(s =>
            s.SetDisabledAsync(second, false, actor, default)
        );
        var demotedNow = await UsersAsync(s =>
            s.UpdateAccessAsync(first, new AdminUserAccess(Role.BoardMember), actor, default)
        );

        Assert.True(disabledSecond.Succeeded);
        Assert.Equal(AdminUserService.DisabledField, Assert.Single(disabledFirst.Errors).Field);
        Assert.Equal("Role", Assert.Single(demotedFirst.Errors).Field);
        Assert.True(enabledSecond.Succeeded);
        Assert.True(demotedNow.Succeeded);
        Assert.Equal(Role.BoardMember, (await UsersAsync(s => s.FindAsync(first)))!.Role);
    }

    [Fact]
    public async Task The_list_searches_email_and_name_and_pages()
    {
        var person = await FirstPersonAsync();
        await CreateUserAsync("alpha@example.org");
        await CreateUserAsync("bravo@example.org");
        var lead = await UsersAsync(s =>
            s.CreateAsync(
                "charlie@example.org",
                SignInTestHost.Password,
                new AdminUserAccess(Role.AreaLead, person.Id),
                AdminUserCommandLine.CommandActor,
                default
            )
        );
        Assert.True(lead.Succeeded);
        using var admin = _host.CreateClient();

        var byEmail = await admin.GetStringAsync("/Admin/Users?q=BRAVO");
        var byName = await admin.GetStringAsync(
            $"/Admin/Users?q={Uri.EscapeDataString(person.Name)}"
        );
        var first = await admin.GetStringAsync("/Admin/Users?size=2");
        var second = await admin.GetStringAsync("/Admin/Users?size=2&p=2");

        Assert.Equal(["bravo@example.org"], Emails(byEmail));
        Assert.Equal(["charlie@example.org"], Emails(byName));
        Assert.Equal(["alpha@example.org", "bravo@example.org"], Emails(first));
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains("p=2&amp;size=2", first, StringComparison.Ordinal);
        Assert.Equal(["charlie@example.org"], Emails(second));
    }

    public void Dispose() => _host.Dispose();

    private static List<KeyValuePair<string, string>> Fields(
        params (string Key, string Value)[] fields
    ) => [.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))];

    private static async Task<HttpResponseMessage> PostHandlerAsync(
        HttpClient client,
        Guid id,
        string handler,
        params (string Key, string Value)[] fields
    )
    {
        var page = await client.GetStringAsync($"/Admin/Users/Edit?id={id}");
        var form = Fields([
            .. fields,
            ("Id", id.ToString()),
            ("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(page)),
        ]);
        return await client.PostAsync(
            $"/Admin/Users/Edit?id={id}&handler={handler}",
            new FormUrlEncodedContent(form)
        );
    }

    private static List<string> Emails(string html) =>
        [.. EmailCell().Matches(html).Select(m => m.Groups[1].Value)];

    private async Task<Guid> CreateUserAsync(string email, Role role = Role.Partner)
    {
        var result = await UsersAsync(s =>
            s.CreateAsync(
                email,
                SignInTestHost.Password,
                new AdminUserAccess(role),
                AdminUserCommandLine.CommandActor,
                default
            )
        );
        Assert.True(result.Succeeded);
        return result.User!.Id;
    }

    private async Task<T> UsersAsync<T>(Func<AdminUserService, Task<T>> action)
    {
        _host.Factory.CreateClient().Dispose();
        await using var scope = _host.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AdminUserService>());
    }

    private IDbContextFactory<PartnershipDbContext> Contexts()
    {
        _host.Factory.CreateClient().Dispose();
        return _host.Service<IDbContextFactory<PartnershipDbContext>>();
    }

    private async Task<PartnershipGraph.Domain.People.Person> FirstPersonAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.People.OrderBy(p => p.Id).FirstAsync();
    }

    [GeneratedRegex("<td>([^<@]+@example\\.org)</td>")]
    private static partial Regex EmailCell();
}
