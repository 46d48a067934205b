using System.Net;
using PartnershipGraph.Web.Tests.Pages.Admin;

namespace PartnershipGraph.Web.Tests.Pages.Account;

/// <summary>Signing out: only a posted form with its token does it.</summary>
public sealed class SignOutTests : IDisposable
{
    private readonly SignInTestHost _host = new();

    [Fact]
    public async Task Posting_the_sign_out_form_ends_the_sign_in()
    {
        await _host.CreateUserAsync("jane@example.org");
        using var client = _host.CreateClient();
        await SignInTestHost.SignInAsync(client, "jane@example.org");

        var admin = await client.GetStringAsync("/Admin");
        using var response = await client.PostAsync(
            "/Account/SignOut",
            new FormUrlEncodedContent([
                new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(admin)),
            ])
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var after = await client.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Opening_the_sign_out_page_does_not_sign_out()
    {
        await _host.CreateUserAsync("jane@example.org");
        using var client = _host.CreateClient();
        await SignInTestHost.SignInAsync(client, "jane@example.org");

        var page = await client.GetStringAsync("/Account/SignOut");

        Assert.Contains("method=\"post\"", page, StringComparison.Ordinal);
        using var admin = await client.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
