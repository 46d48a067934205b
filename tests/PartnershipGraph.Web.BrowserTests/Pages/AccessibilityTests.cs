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
    public Task Every_page_passes_axe_wcag_22_aa() =>
        InSessionAsync(async session =>
        {
            var page = await session.NewPageAsync();
            var violations = new List<string>();
            async Task Scan(string name) =>
                violations.AddRange(await AxeScan.ViolationsAsync(page, name));

            foreach (var url in (string[])["/", "/Account/SignIn"])
            {
                await page.GotoAsync(url);
                await Scan(url + " (signed out)");
            }
            await Fixture.CreateUserAsync("axe.admin@example.org");
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
                $"{violations.Count} axe violations on {visited.Count + 4} pages:\n"
                    + string.Join("\n", violations)
                    + $"\nPages the crawl did not reach: {string.Join(", ", unreached)}"
            );
        });

    [Theory]
    [InlineData("/Admin/Schools")]
    [InlineData("/Admin/Schools/Edit")]
    public Task Every_focused_element_shows_a_focus_indicator(string url) =>
        InSessionAsync(async session =>
        {
            var page = await session.SignedInPageAsync($"focus{url.GetHashCode():x}@example.org");
            await page.GotoAsync(url);
            var invisible = new List<string>();
            var reached = new HashSet<string>();
            for (var i = 0; i < 80; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focused = await page.EvaluateAsync<FocusStyle?>(FocusStyleScript);
                if (focused is null || !reached.Add(focused.Element))
                {
                    break;
                }
                if (!focused.Visible)
                {
                    invisible.Add(focused.Element);
                }
            }
            Assert.True(reached.Count > 5, $"Tab reached only {reached.Count} elements on {url}");
            Assert.True(
                invisible.Count == 0,
                $"No visible focus indicator on {url} for:\n" + string.Join("\n", invisible)
            );
        });

    /// <summary>The focused element (described by tag, id, name and text) and whether its computed style draws an outline or box shadow.</summary>
    private const string FocusStyleScript = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
            const text = (e.textContent || '').trim().slice(0, 40);
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
