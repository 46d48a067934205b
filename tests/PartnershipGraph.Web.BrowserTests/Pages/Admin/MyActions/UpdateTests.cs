using System.Text.Json;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipGraph.Web.BrowserTests.Pages.Admin.MyActions;

/// <summary>An action's status update form in a real browser: recording a RAG, and a stale edit from a second browser.</summary>
public sealed class UpdateTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_recorded_RAG_shows_on_the_start_page_and_through_GraphQL() =>
        SignedInAsync(
            Role.Admin,
            async page =>
            {
                var action = await SampleActions.FindAsync(Fixture, "1.1");
                await page.GotoAsync("/");
                var notOnTrack = AreaCount(page, 1, Rag.NotOnTrack);
                var before = int.Parse(await notOnTrack.InnerTextAsync());

                await page.GotoAsync($"/Admin/MyActions/Update/{action.Id}");
                await RecordAsync(page, "Not on track", "The strategy refresh has slipped a term.");

                await Expect(page.GetByRole(AriaRole.Status))
                    .ToHaveTextAsync("Update recorded: action 1.1 is Not on track.");
                await page.GotoAsync("/");
                await Expect(notOnTrack).ToHaveTextAsync((before + 1).ToString());
                Assert.Equal("NOT_ON_TRACK", await GraphQLRagAsync(page, action.PlanAreaId));
            }
        );

    [Fact]
    public Task A_stale_update_from_a_second_browser_is_refused_and_keeps_what_was_typed() =>
        InSessionAsync(async session =>
        {
            var action = await SampleActions.FindAsync(Fixture, "1.2");
            var updatesBefore = await SampleActions.UpdateCountAsync(Fixture, action.Id);
            var first = await session.NewPageAsync(Role.Admin);
            var second = await session.NewPageAsync(Role.Admin);
            await first.GotoAsync($"/Admin/MyActions/Update/{action.Id}");
            await second.GotoAsync($"/Admin/MyActions/Update/{action.Id}");

            await RecordAsync(first, "On track", "Two locality hubs are open.");
            await Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("Update recorded");
            await RecordAsync(second, "Partially met", "Waiting on the hub contract.");

            var refusal = second.GetByRole(AriaRole.Alert);
            await Expect(refusal)
                .ToContainTextAsync("Someone else updated this action while you were editing it");
            await Expect(refusal).ToContainTextAsync("Two locality hubs are open.");
            await Expect(refusal).ToContainTextAsync("On track");
            await Expect(second.GetByLabel("Progress narrative"))
                .ToHaveValueAsync("Waiting on the hub contract.");
            await Expect(second.GetByLabel("Partially met", new() { Exact = true }))
                .ToBeCheckedAsync();
            Assert.Equal(
                updatesBefore + 1,
                await SampleActions.UpdateCountAsync(Fixture, action.Id)
            );

            await second.GetByRole(AriaRole.Button, new() { Name = "Record update" }).ClickAsync();
            await Expect(second.GetByRole(AriaRole.Status))
                .ToHaveTextAsync("Update recorded: action 1.2 is Partially met.");
            Assert.Equal(
                updatesBefore + 2,
                await SampleActions.UpdateCountAsync(Fixture, action.Id)
            );
        });

    private static async Task RecordAsync(IPage page, string rag, string narrative)
    {
        var ragGroup = page.GetByRole(AriaRole.Group, new() { Name = "RAG status" });
        await ragGroup.GetByLabel(rag, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Progress narrative").FillAsync(narrative);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record update" }).ClickAsync();
    }

    /// <summary>The start page's count of an area's actions at one RAG, in the North Somerset plan.</summary>
    private static ILocator AreaCount(IPage page, int area, Rag rag) =>
        page.Locator("section")
            .Filter(
                new()
                {
                    Has = page.GetByRole(
                        AriaRole.Heading,
                        new() { Name = SampleActions.NorthSomersetPlan }
                    ),
                }
            )
            .GetByRole(AriaRole.Row)
            .Filter(
                new()
                {
                    Has = page.GetByRole(
                        AriaRole.Rowheader,
                        new() { Name = $"{area}. Area {area}", Exact = true }
                    ),
                }
            )
            .Locator($"td[data-rag={rag}]");

    /// <summary>Action 1.1's current RAG as the API reports it to the same signed-in browser context.</summary>
    private static async Task<string> GraphQLRagAsync(IPage page, Guid planAreaId)
    {
        var response = await page.Context.APIRequest.PostAsync(
            "/graphql",
            new()
            {
                DataObject = new
                {
                    query = $$"""
                    { actions(where: { planAreaId: { eq: "{{planAreaId}}" }, ref: { eq: "1.1" } }) { nodes { ref currentRag } } }
                    """,
                },
            }
        );
        var body = await response.TextAsync();
        Assert.True(response.Ok, body);
        using var json = JsonDocument.Parse(body);
        var nodes = json
            .RootElement.GetProperty("data")
            .GetProperty("actions")
            .GetProperty("nodes");
        return Assert.Single(nodes.EnumerateArray()).GetProperty("currentRag").GetString()!;
    }
}
