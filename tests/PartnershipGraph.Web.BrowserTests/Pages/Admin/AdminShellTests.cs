using System.Text.RegularExpressions;
using PartnershipGraph.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipGraph.Web.BrowserTests.Pages.Admin;

/// <summary>Getting into the admin in a real browser: the redirect to sign in, the form, and back.</summary>
public sealed partial class AdminShellTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Signing_in_from_a_protected_page_returns_to_it() =>
        InBrowserAsync(async page =>
        {
            await Fixture.CreateUserAsync("shell.admin@example.org");

            await page.GotoAsync("/Admin/Audit");
            await Expect(page).ToHaveURLAsync(SignInReturningToAudit());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" }))
                .ToBeVisibleAsync();
            await BrowserSession.SignInAsync(page, "shell.admin@example.org");

            await Expect(page).ToHaveURLAsync(Fixture.BaseUrl + "/Admin/Audit");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" }))
                .ToBeVisibleAsync();
            await Expect(page.GetByText("Signed in as shell.admin@example.org")).ToBeVisibleAsync();
        });

    [Fact]
    public Task The_start_page_offers_sign_in() =>
        InBrowserAsync(async page =>
        {
            await page.GotoAsync("/");

            await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(Fixture.BaseUrl + "/Account/SignIn");
            await Expect(page.GetByLabel("Email address")).ToBeEditableAsync();
        });

    [GeneratedRegex(@"/Account/SignIn\?ReturnUrl=%2FAdmin%2FAudit$")]
    private static partial Regex SignInReturningToAudit();
}
