using System.Text.RegularExpressions;
using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Tests.Pages.Admin.MyActions;

public sealed partial class IndexTests(LeadFlowHost fixture) : IClassFixture<LeadFlowHost>
{
    [Fact]
    public async Task Area_lead_sees_exactly_the_actions_they_lead_or_are_responsible_for()
    {
        var (personId, expected) = await fixture.AreaLeadAsync();
        Assert.NotEmpty(expected);
        using var client = fixture.Host.CreateClient(Role.AreaLead, personId);

        var html = await client.GetStringAsync("/Admin/MyActions");

        var listed = ActionIds(html);
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(expected.Order(), listed.Order());
        Assert.Contains("class=\"rag rag-", html, StringComparison.Ordinal);
        Assert.Contains("/Admin/MyActions/Update/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_sees_every_action_and_can_filter_by_rag()
    {
        await using var db = await fixture.OpenAsync();
        var total = db.Actions.Count();
        var notRated = db.Actions.Count(a => a.CurrentRag == Domain.Common.Rag.NotRated);
        using var client = fixture.Host.CreateClient(Role.Admin);

        var all = ActionIds(await client.GetStringAsync("/Admin/MyActions"));
        var filtered = ActionIds(await client.GetStringAsync("/Admin/MyActions?rag=NotRated"));

        Assert.Equal(total, all.Count);
        Assert.Equal(notRated, filtered.Count);
    }

    [Fact]
    public async Task Board_member_is_told_their_role_updates_nothing()
    {
        using var client = fixture.Host.CreateClient(Role.BoardMember);
        var html = await client.GetStringAsync("/Admin/MyActions");
        Assert.Empty(ActionIds(html));
        Assert.Contains(
            "Only area leads and administrators update actions",
            html,
            StringComparison.Ordinal
        );
    }

    private static List<Guid> ActionIds(string html) =>
        [.. ActionIdPattern().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

    [GeneratedRegex("data-action-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex ActionIdPattern();
}
