using PartnershipGraph.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipGraph.Web.BrowserTests.Pages;

/// <summary>The public start page in a real browser: the sample plan, RAG words, keyboard access.</summary>
public sealed class IndexTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string NorthSomersetPlan = "North Somerset Local Area - SEND Improvement Plan";

    [Fact]
    public Task Shows_the_North_Somerset_plan_with_its_areas_of_weakness() =>
        InBrowserAsync(async page =>
        {
            await page.GotoAsync("/");

            await Expect(page).ToHaveTitleAsync("Plans – PartnershipGraph");
            var plan = page.GetByRole(AriaRole.Region, new() { Name = NorthSomersetPlan })
                .Or(page.Locator("section", new() { Has = PlanHeading(page) }));
            await Expect(PlanHeading(page)).ToBeVisibleAsync();
            await Expect(plan.GetByRole(AriaRole.Row)).Not.ToHaveCountAsync(0);
            await Expect(plan.GetByRole(AriaRole.Rowheader).First).ToContainTextAsync("1.");
        });

    [Fact]
    public Task Names_every_RAG_in_words_not_colour_alone() =>
        InBrowserAsync(async page =>
        {
            await page.GotoAsync("/");

            var table = page.Locator("section", new() { Has = PlanHeading(page) })
                .GetByRole(AriaRole.Table);
            foreach (
                var word in new[]
                {
                    "Met",
                    "On track",
                    "Partially met",
                    "Not on track",
                    "Not rated",
                }
            )
            {
                await Expect(
                        table.GetByRole(AriaRole.Columnheader, new() { Name = word, Exact = true })
                    )
                    .ToBeVisibleAsync();
            }
        });

    [Fact]
    public Task Tab_reaches_the_skip_link_first_and_it_jumps_to_the_main_content() =>
        InBrowserAsync(async page =>
        {
            await page.GotoAsync("/");

            await page.Keyboard.PressAsync("Tab");
            var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
            await Expect(skip).ToBeFocusedAsync();
            await Expect(skip).ToBeInViewportAsync();

            await page.Keyboard.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(Fixture.BaseUrl + "/#main");
        });

    private static ILocator PlanHeading(IPage page) =>
        page.GetByRole(AriaRole.Heading, new() { Name = NorthSomersetPlan, Level = 2 });
}
