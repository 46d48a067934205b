using PartnershipGraph.Web.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace PartnershipGraph.Web.BrowserTests.Pages;

/// <summary>
/// WCAG 2.2 AA, checked by axe-core on every page an administrator reaches by GET on the sample data
/// (and a form re-shown with errors), and a visible focus indicator on everything the keyboard reaches.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
    : BrowserTest(fixture)
{
    [Fact]
    public Task The_scan_reports_a_violation_with_its_rule_page_and_target() =>
        InBrowserAsync(async page =>
        {
            await page.SetContentAsync(
                "<!DOCTYPE html><html lang='en'><head><title>Bad</title></head>"
                    + "<body><main><img id='chart' src='data:,'><p style='color:#bbb'>Faint</p></main></body></html>"
            );

            var violations = await AxeScan.ViolationsAsync(page, "the bad page");

            Assert.Contains(
                violations,
                v => v.StartsWith("image-alt (critical) on the bad page: #chart")
            );
            Assert.Contains(
                violations,
                v => v.StartsWith("color-contrast (serious) on the bad page")
            );
        });

    [Fact]
    public Task The_rag_check_reports_a_colour_without_its_word() =>
        InBrowserAsync(async page =>
        {
            await page.SetContentAsync(
                "<span class='rag rag-met'></span><span class='rag rag-on-track'>On track</span>"
                    + "<svg><rect data-rag='NotOnTrack'><title>Area 1: 2</title></rect></svg>"
            );

            var found = await RagWords.ColourOnlyAsync(page, "the bad page");

            Assert.Equal(2, found.Count);
            Assert.StartsWith("rag-word on the bad page: .rag chip \"\"", found[0]);
            Assert.Contains("NotOnTrack", found[1]);
        });

    [Fact]
    public Task Every_page_passes_axe_wcag_22_aa() =>
        InSessionAsync(async session =>
        {
            var page = await session.NewPageAsync();
            var violations = new List<string>();
            async Task Scan(string name)
            {
                violations.AddRange(await AxeScan.ViolationsAsync(page, name));
                violations.AddRange(await RagWords.ColourOnlyAsync(page, name));
            }

            foreach (var url in (string[])["/", "/Account/SignIn"])
            {
                await page.GotoAsync(url);
                await Scan(url + " (signed out)");
            }
            await Fixture.CreateUserAsync("axe.admin@example.org");
            await page.GetByLabel("Email address").FillAsync("axe.admin@example.org");
            await page.GetByLabel("Password").FillAsync("not the password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await Scan("/Account/SignIn (with a problem)");
            await BrowserSession.SignInAsync(page, "axe.admin@example.org");
            await page.WaitForURLAsync(Fixture.BaseUrl + "/Admin");
            await page.GotoAsync("/");
            await Scan("/ (signed in)");

            var visited = await AdminCrawl.VisitAsync(page, Fixture.BaseUrl, "/Admin", Scan);

            await page.GotoAsync("/Admin/Schools/Edit");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions
                .Expect(page.GetByRole(AriaRole.Alert).GetByText("Name is required."))
                .ToBeVisibleAsync();
            await Scan("/Admin/Schools/Edit (with errors)");

            var templates = visited.Select(u => AdminCrawl.Template(u.Split('?')[0])).ToHashSet();
            string[] expected =
            [
                "/Admin/Schools/Details/{id}",
                "/Admin/Organisations/Edit/{id}",
                "/Admin/People/Details/{id}",
                "/Admin/Boards/Details/{id}",
                "/Admin/Plans/Details/{id}",
                "/Admin/PlanAreas/Details/{id}",
                "/Admin/Actions/Details/{id}",
                "/Admin/Kpis/{id}",
                "/Admin/MyActions/Update/{id}",
                "/Admin/Dashboards/Plan/{id}",
                "/Admin/Dashboards/Report/{id}",
                "/Admin/Spreadsheets/Import",
                "/Admin/Audit/Details/{id}",
                "/Admin/Users/Edit",
                "/Admin/ApiKeys/Create",
            ];
            output.WriteLine(string.Join("\n", visited));
            Assert.True(visited.Count > 40, $"The crawl reached only {visited.Count} admin pages");
            var unreached = expected.Where(t => !templates.Contains(t)).ToList();
            Assert.True(
                violations.Count == 0 && unreached.Count == 0,
                $"{violations.Count} axe violations on {visited.Count + 5} pages:\n"
                    + string.Join("\n", violations)
                    + $"\nPages the crawl did not reach: {string.Join(", ", unreached)}"
            );
        });

    [Fact]
    public Task Every_focused_element_shows_a_focus_indicator() =>
        InSessionAsync(async session =>
        {
            var page = await session.SignedInPageAsync("focus.admin@example.org");
            var invisible = new List<string>();
            async Task TabThrough(string url)
            {
                await page.GotoAsync(url);
                var reached = 0;
                for (var i = 0; i < 60; i++)
                {
                    await page.Keyboard.PressAsync("Tab");
                    var focused = await page.EvaluateAsync<FocusStyle?>(FocusStyleScript);
                    if (focused is null)
                    {
                        break;
                    }
                    reached++;
                    if (!focused.Visible)
                    {
                        invisible.Add($"{url}: {focused.Element}");
                    }
                }
                Assert.True(reached > 5, $"Tab reached only {reached} elements on {url}");
            }
            async Task<string> FirstLink(string url, string prefix)
            {
                await page.GotoAsync(url);
                var link = page.Locator($"main a[href^='{prefix}']").First;
                return await link.GetAttributeAsync("href")
                    ?? throw new InvalidOperationException($"No link to {prefix} on {url}");
            }

            foreach (
                var url in (string[])
                    [
                        "/Admin/Schools",
                        "/Admin/Schools/Edit",
                        "/Admin/MyActions",
                        await FirstLink("/Admin/MyActions", "/Admin/MyActions/Update/"),
                        "/Admin/Dashboards",
                        await FirstLink("/Admin/Dashboards", "/Admin/Dashboards/Plan/"),
                        await FirstLink("/Admin/Spreadsheets", "/Admin/Spreadsheets/Import"),
                        "/Admin/Audit",
                        "/Admin/Users/Create",
                    ]
            )
            {
                await TabThrough(url);
            }
            Assert.True(
                invisible.Count == 0,
                "No visible focus indicator on:\n" + string.Join("\n", invisible)
            );
        });

    /// <summary>The focused element (described by tag, id, name and text) and whether its computed style draws an outline or box shadow.</summary>
    private const string FocusStyleScript = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body || e.hasAttribute('data-focus-seen')) return null;
            e.setAttribute('data-focus-seen', '');
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
            const text = (e.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
            return {
                element: `${e.tagName.toLowerCase()}#${e.id}[name=${e.getAttribute('name') ?? ''}][href=${e.getAttribute('href') ?? ''}] "${text}"`,
                visible: outline || shadow,
            };
        }
        """;

    private sealed class FocusStyle
    {
        public string Element { get; set; } = "";

        public bool Visible { get; set; }
    }
}
