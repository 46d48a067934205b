using System.Text.RegularExpressions;
using PartnershipGraph.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipGraph.Web.BrowserTests.Pages.Admin.Audit;

/// <summary>The audit log in a real browser with JavaScript off: a plain GET form filters it, a link opens an entry.</summary>
public sealed class IndexTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task An_update_made_in_the_admin_is_found_by_entity_and_shows_before_and_after() =>
        InSessionAsync(async session =>
        {
            var action = await SampleActions.FindAsync(Fixture, "1.3");
            var page = await session.SignedInPageAsync("auditor@example.org", javaScript: false);
            await page.GotoAsync($"/Admin/MyActions/Update/{action.Id}");
            await page.GetByRole(AriaRole.Group, new() { Name = "RAG status" })
                .GetByLabel("Partially met", new() { Exact = true })
                .CheckAsync();
            await page.GetByLabel("Progress narrative").FillAsync("Audit me, please.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record update" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Update recorded");

            await page.GotoAsync("/Admin");
            await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
            await page.GetByLabel("Entity type").SelectOptionAsync("Action");
            await page.GetByLabel("Entity id").FillAsync(action.Id.ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"[?&]EntityId={action.Id}(&|$)"));
            var rows = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
            await Expect(rows).ToHaveCountAsync(2);
            await Expect(rows.Nth(1)).ToContainTextAsync("StatusUpdated");
            await rows.Nth(1).GetByRole(AriaRole.Link).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                .ToHaveTextAsync("StatusUpdated Action");
            var narrative = page.GetByRole(AriaRole.Row)
                .Filter(
                    new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "narrative" }) }
                );
            await Expect(narrative).ToContainTextAsync("Audit me, please.");
        });

    [Fact]
    public Task A_mistyped_entity_id_is_answered_beside_the_field() =>
        InSessionAsync(async session =>
        {
            var page = await session.SignedInPageAsync("typist@example.org", javaScript: false);
            await page.GotoAsync("/Admin/Audit");
            await page.GetByLabel("Entity id").FillAsync("1.3");
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

            await Expect(page.GetByText("Enter the entity id as a GUID")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Alert))
                .ToHaveTextAsync("Correct the filters above to see the log.");
        });
}
