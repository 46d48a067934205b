using System.Net;
using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Kpis.Milestones;

public sealed class EditTests(KpiPagesHost fixture) : IClassFixture<KpiPagesHost>
{
    [Fact]
    public async Task Target_text_with_no_figure_is_refused_with_what_it_reads_as()
    {
        var kpi = (await fixture.KpisWithNumericMilestonesAsync())[0];
        var milestone = kpi.Milestones.First(m => m.Target?.Value is not null);
        using var client = fixture.Host.CreateClient(Role.Admin);
        var url = $"/Admin/Kpis/{kpi.Id}/Milestones/{milestone.Id}/Edit";
        var page = await client.GetStringAsync(url);

        using var response = await client.PostAsync(
            url,
            Form(page, milestone.Label, "lots better than before", "May 22")
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(
            "id=\"target-error\">No figure could be read from &quot;lots better than before&quot;",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "aria-describedby=\"target-hint target-read target-error\"",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(">lots better than before</textarea>", html, StringComparison.Ordinal);
        await using var db = await fixture.OpenAsync();
        Assert.Equal(milestone.Version, db.KpiMilestones.Single(m => m.Id == milestone.Id).Version);
    }

    [Fact]
    public async Task Check_shows_how_the_target_and_due_date_read_without_saving()
    {
        var kpi = (await fixture.KpisWithNumericMilestonesAsync())[0];
        var milestone = kpi.Milestones.OrderBy(m => m.Sequence).Last();
        using var client = fixture.Host.CreateClient(Role.Admin);
        var url = $"/Admin/Kpis/{kpi.Id}/Milestones/{milestone.Id}/Edit";
        var page = await client.GetStringAsync(url);

        using var response = await client.PostAsync(
            url + "?handler=Check",
            Form(page, "Checked", "More than 90%", "May 22")
        );

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(
            "<output for=\"target\">more than 90%</output>",
            html,
            StringComparison.OrdinalIgnoreCase
        );
        Assert.Contains("<output for=\"due\">May 2022", html, StringComparison.Ordinal);
        await using var db = await fixture.OpenAsync();
        Assert.NotEqual("Checked", db.KpiMilestones.Single(m => m.Id == milestone.Id).Label);
    }

    [Fact]
    public async Task Valid_edit_is_saved_with_the_target_parsed()
    {
        var kpi = (await fixture.KpisWithNumericMilestonesAsync())[^1];
        var milestone = kpi.Milestones.OrderBy(m => m.Sequence).First();
        using var client = fixture.Host.CreateClient(Role.Admin);
        var url = $"/Admin/Kpis/{kpi.Id}/Milestones/{milestone.Id}/Edit";
        var page = await client.GetStringAsync(url);

        using var response = await client.PostAsync(
            url,
            Form(page, "6 months – June", "Fewer than 12", "June 2023")
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await fixture.OpenAsync();
        var saved = db.KpiMilestones.Single(m => m.Id == milestone.Id);
        Assert.Equal("6 months – June", saved.Label);
        Assert.Equal(12m, saved.Target?.Value);
        Assert.Equal(new DateOnly(2023, 6, 30), saved.DueDate?.End);
    }

    [Fact]
    public async Task Milestone_of_another_kpi_is_not_found()
    {
        var kpis = await fixture.KpisWithNumericMilestonesAsync();
        using var client = fixture.Host.CreateClient(Role.Admin);

        using var response = await client.GetAsync(
            $"/Admin/Kpis/{kpis[0].Id}/Milestones/{kpis[^1].Milestones[0].Id}/Edit"
        );

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Area_lead_is_refused_with_the_reason()
    {
        var kpi = (await fixture.KpisWithNumericMilestonesAsync())[0];
        var milestone = kpi.Milestones[0];
        using var admin = fixture.Host.CreateClient(Role.Admin);
        var page = await admin.GetStringAsync(
            $"/Admin/Kpis/{kpi.Id}/Milestones/{milestone.Id}/Edit"
        );
        using var lead = fixture.Host.CreateClient(Role.AreaLead, Guid.NewGuid());
        var url = $"/Admin/Kpis/{kpi.Id}/Milestones/{milestone.Id}/Edit";
        var leadPage = await lead.GetStringAsync(url);

        using var response = await lead.PostAsync(
            url,
            Form(
                leadPage,
                "Renamed",
                "More than 5",
                "May 22",
                narrativeVersion: KpiPagesHost.Hidden(page, "Input.Version")
            )
        );

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(
            "Only an administrator may make this change.",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Delete_is_refused_with_the_reason_while_actuals_refer_to_the_milestone()
    {
        await using var db = await fixture.OpenAsync();
        var actual = db.KpiActuals.First(a => a.MilestoneId != null);
        using var client = fixture.Host.CreateClient(Role.Admin);
        var url = $"/Admin/Kpis/{actual.KpiId}/Milestones/{actual.MilestoneId}/Delete";
        var page = await client.GetStringAsync(url);

        using var response = await client.PostAsync(
            url,
            new FormUrlEncodedContent([
                new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(page)),
                new("Input.Version", KpiPagesHost.Hidden(page, "Input.Version")),
            ])
        );

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"delete-refused\"", html, StringComparison.Ordinal);
        Assert.Contains("still referenced by", html, StringComparison.Ordinal);
        Assert.Contains("actuals", html, StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(
        string page,
        string label,
        string target,
        string due,
        string? narrativeVersion = null
    ) =>
        new([
            new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(page)),
            new("Input.Version", narrativeVersion ?? KpiPagesHost.Hidden(page, "Input.Version")),
            new("Input.Sequence", "1"),
            new("Input.Label", label),
            new("Input.DueDate", due),
            new("Input.TargetText", target),
            new("Input.TargetComparator", "Equal"),
        ]);
}
