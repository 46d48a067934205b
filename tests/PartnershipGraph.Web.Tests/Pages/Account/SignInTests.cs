using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.Users;
using PartnershipGraph.Web.Pages.Account;

namespace PartnershipGraph.Web.Tests.Pages.Account;

/// <summary>Signing in with the form: the cookie opens the admin and the API, lockout, disabled users, return URLs.</summary>
public sealed class SignInTests : IDisposable
{
    private readonly SignInTestHost _host = new();

    [Fact]
    public async Task Signed_in_user_opens_the_admin_and_calls_graphql_with_the_cookie()
    {
        await _host.CreateUserAsync("jane@example.org", Role.BoardMember);
        using var client = _host.CreateClient();

        using var signedIn = await SignInTestHost.PostSignInAsync(
            client,
            "Jane@Example.org",
            SignInTestHost.Password
        );

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Admin", signedIn.Headers.Location!.ToString());
        var admin = await client.GetStringAsync("/Admin");
        Assert.Contains("jane@example.org", admin, StringComparison.Ordinal);
        Assert.Contains("(BoardMember)", admin, StringComparison.Ordinal);
        using var graphql = await client.PostAsJsonAsync(
            "/graphql",
            new { query = "{ __typename }" }
        );
        Assert.Equal(HttpStatusCode.OK, graphql.StatusCode);
        using var body = JsonDocument.Parse(await graphql.Content.ReadAsStringAsync());
        Assert.Equal(
            "Query",
            body.RootElement.GetProperty("data").GetProperty("__typename").GetString()
        );
    }

    [Fact]
    public async Task Without_signing_in_graphql_refuses_the_same_call()
    {
        using var client = _host.CreateClient();
        using var graphql = await client.PostAsJsonAsync(
            "/graphql",
            new { query = "{ __typename }" }
        );
        Assert.Equal(HttpStatusCode.Unauthorized, graphql.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_get_the_same_message()
    {
        await _host.CreateUserAsync("jane@example.org");
        using var client = _host.CreateClient();

        using var wrong = await SignInTestHost.PostSignInAsync(
            client,
            "jane@example.org",
            "not the password"
        );
        using var unknown = await SignInTestHost.PostSignInAsync(
            client,
            "nobody@example.org",
            SignInTestHost.Password
        );

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains(
            SignInModel.WrongMessage,
            await wrong.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Contains(
            SignInModel.WrongMessage,
            await unknown.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        using var admin = await client.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await _host.CreateUserAsync("jane@example.org");
        using var client = _host.CreateClient();
        string? page = null;
        for (var attempt = 1; attempt <= AdminPasswordPolicy.MaxFailedAttempts; attempt++)
        {
            using var wrong = await SignInTestHost.PostSignInAsync(
                client,
                "jane@example.org",
                $"wrong password {attempt}"
            );
            page = await wrong.Content.ReadAsStringAsync();
        }

        using var right = await SignInTestHost.PostSignInAsync(
            client,
            "jane@example.org",
            SignInTestHost.Password
        );

        Assert.Contains("locked", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(
            "Try again in 15 minutes",
            await right.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Disabled_user_cannot_sign_in_and_their_cookie_stops_working()
    {
        var id = await _host.CreateUserAsync("jane@example.org");
        await _host.CreateUserAsync("other@example.org");
        using var client = _host.CreateClient();
        await SignInTestHost.SignInAsync(client, "jane@example.org");
        using (var before = await client.GetAsync("/Admin"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var disabled = await _host.WithUsersAsync(u =>
            u.SetDisabledAsync(id, true, new Actor("other@example.org", Role.Admin), default)
        );
        Assert.True(disabled.Succeeded);

        using var after = await client.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith(
            "http://localhost/Account/SignIn",
            after.Headers.Location!.ToString(),
            StringComparison.Ordinal
        );
        using var again = await SignInTestHost.PostSignInAsync(
            client,
            "jane@example.org",
            SignInTestHost.Password
        );
        Assert.Contains(
            SignInModel.WrongMessage,
            await again.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("/Admin/Plans", "/Admin/Plans")]
    [InlineData("https://evil.example/steal", "/Admin")]
    [InlineData("//evil.example/steal", "/Admin")]
    public async Task Returns_only_to_a_local_page(string returnUrl, string expected)
    {
        await _host.CreateUserAsync("jane@example.org");
        using var client = _host.CreateClient();

        using var response = await SignInTestHost.PostSignInAsync(
            client,
            "jane@example.org",
            SignInTestHost.Password,
            "/Account/SignIn?ReturnUrl=" + Uri.EscapeDataString(returnUrl)
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Sign_in_form_has_labels_an_antiforgery_token_and_the_password_rule()
    {
        using var client = _host.CreateClient();
        var html = await client.GetStringAsync("/Account/SignIn");
        Assert.Contains("<label for=\"Input_Email\">", html, StringComparison.Ordinal);
        Assert.Contains("for=\"Input_Password\"", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.Contains("At least 12 characters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_without_an_antiforgery_token_is_refused()
    {
        await _host.CreateUserAsync("jane@example.org");
        using var client = _host.CreateClient();
        using var response = await client.PostAsync(
            "/Account/SignIn",
            new FormUrlEncodedContent([
                new("Input.Email", "jane@example.org"),
                new("Input.Password", SignInTestHost.Password),
            ])
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Empty_fields_get_messages_beside_them()
    {
        using var client = _host.CreateClient();
        using var response = await SignInTestHost.PostSignInAsync(client, "", "");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter your email address.", html, StringComparison.Ordinal);
        Assert.Contains("Enter your password.", html, StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();
}
