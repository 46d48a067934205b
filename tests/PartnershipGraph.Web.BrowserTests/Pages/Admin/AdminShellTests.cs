using System.Text.RegularExpressions;
using PartnershipGraph.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipGraph.Web.BrowserTests.Pages.Admin;

/// <summary>The admin in a real browser before anyone signs in.</summary>
public sealed partial class AdminShellTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Opening_the_admin_signed_out_leads_to_sign_in_with_the_page_to_return_to() =>
        InBrowserAsync(async page =>
        {
            // Asked through the context's own request API until the sign-in page is on main (issue 6).
            var response = await page.Context.APIRequest.GetAsync(
                "/Admin/Audit",
                new() { MaxRedirects = 0 }
            );

            Assert.Equal(302, response.Status);
            Assert.Matches(SignInReturningToAudit(), response.Headers["location"]);
        });

    [Fact]
    public Task The_start_page_offers_sign_in() =>
        InBrowserAsync(async page =>
        {
            await page.GotoAsync("/");

            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }))
                .ToHaveAttributeAsync("href", "/Account/SignIn");
        });

    [GeneratedRegex(@"/Account/SignIn\?ReturnUrl=%2FAdmin%2FAudit$")]
    private static partial Regex SignInReturningToAudit();
}
