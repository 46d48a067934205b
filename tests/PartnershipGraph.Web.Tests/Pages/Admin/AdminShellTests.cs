using System.Net;
using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Tests.Pages.Admin;

/// <summary>The admin's shell: sign-in required, administrator-only folders, the layout and its stylesheet.</summary>
public sealed class AdminShellTests : IDisposable
{
    private readonly AdminTestHost _host = new();

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_with_the_page_to_return_to()
    {
        using var client = _host.CreateClient(role: null);
        using var response = await client.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("http://localhost/Account/SignIn", location, StringComparison.Ordinal);
        Assert.Contains("ReturnUrl=%2FAdmin", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_user_sees_the_admin_layout_with_a_skip_link_and_sign_out()
    {
        using var client = _host.CreateClient(Role.BoardMember);
        var html = await client.GetStringAsync("/Admin");
        Assert.Contains("Skip to main content", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/Account/SignOut\"", html, StringComparison.Ordinal);
        Assert.Contains("test-BoardMember", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Admin/Users", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_sees_the_administrator_links()
    {
        using var client = _host.CreateClient(Role.Admin);
        var html = await client.GetStringAsync("/Admin");
        Assert.Contains("href=\"/Admin/Users\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Admin/Audit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_api_call_still_gets_401_not_a_redirect()
    {
        using var client = _host.CreateClient(role: null);
        using var response = await client.GetAsync("/graphql?query=%7B__typename%7D");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Stylesheet_is_served()
    {
        using var client = _host.CreateClient(role: null);
        using var response = await client.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            ":focus-visible",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    public void Dispose() => _host.Dispose();
}
