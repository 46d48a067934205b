using System.Text.Json;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipGraph.Web.BrowserTests.Pages.Admin.MyActions;

/// <summary>An action's status update form in a real browser: sign in and record a RAG, and a stale edit from a second browser.</summary>
public sealed class UpdateTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Signing_in_and_recording_a_RAG_shows_it_on_the_dashboard_and_through_GraphQL() =>
        InSessionAsync(async session =>
        {
            await Fixture.CreateUserAsync("rag.admin@example.org");
            var action = await SampleActions.FindAsync(Fixture, "1.1");
            var page = await session.NewPageAsync();
            await page.GotoAsync("/Admin/MyActions");
            await BrowserSession.SignInAsync(page, "rag.admin@example.org");
            await Expect(page).ToHaveURLAsync(Fixture.BaseUrl + "/Admin/MyActions");
            var before = await DashboardCountAsync(page, Rag.NotOnTrack);

            await page.GotoAsync("/Admin/MyActions");
            await page.Locator($"tr[data-action-id='{action.Id}']")
                .GetByRole(AriaRole.Link)
                .ClickAsync();
            await RecordAsync(page, "Not on track", "The strategy refresh has slipped a term.");

            await Expect(page.GetByRole(AriaRole.Status))
                .ToHaveTextAsync("Update recorded: action 1.1 is Not on track.");
            Assert.Equal(before + 1, await DashboardCountAsync(page, Rag.NotOnTrack));
            Assert.Equal("NOT_ON_TRACK", await GraphQLRagAsync(page, action.PlanAreaId));
        });

    [Fact]
    public Task A_stale_update_from_a_second_browser_is_refused_and_keeps_what_was_typed() =>
        InSessionAsync(async session =>
        {
            var action = await SampleActions.FindAsync(Fixture, "1.2");
            var updatesBefore = await SampleActions.UpdateCountAsync(Fixture, action.Id);
            var first = await session.SignedInPageAsync("first.editor@example.org");
            var second = await session.SignedInPageAsync("second.editor@example.org");
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

    /// <summary>The North Somerset dashboard's count of area 1's actions at one RAG, opened from the dashboards list.</summary>
    private static async Task<int> DashboardCountAsync(IPage page, Rag rag)
    {
        await page.GotoAsync("/Admin/Dashboards");
        await page.GetByRole(
                AriaRole.Link,
                new() { Name = $"Dashboard of {SampleActions.NorthSomersetPlan}" }
            )
            .ClickAsync();
        var areas = page.GetByRole(AriaRole.Table, new() { Name = "Actions by RAG in each area" });
        var firstArea = areas.GetByRole(AriaRole.Row).Nth(1);
        return int.Parse(await firstArea.Locator($"td[data-rag={rag}]").InnerTextAsync());
    }

    /// <summary>Action 1.1's current RAG as the API reports it to the same browser context, signed in by its cookie.</summary>
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
