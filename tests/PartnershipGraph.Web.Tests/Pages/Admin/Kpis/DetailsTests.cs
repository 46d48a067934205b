using System.Net;
using System.Text.Encodings.Web;
using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Kpis;

public sealed class DetailsTests(KpiPagesHost fixture) : IClassFixture<KpiPagesHost>
{
    [Fact]
    public async Task Kpi_page_shows_the_trajectory_and_the_computed_progress()
    {
        var kpi = (await fixture.KpisWithNumericMilestonesAsync())[0];
        using var client = fixture.Host.CreateClient(Role.BoardMember);

        var html = await client.GetStringAsync($"/Admin/Kpis/{kpi.Id}");

        Assert.Contains("id=\"trajectory\"", html, StringComparison.Ordinal);
        Assert.Contains(">Baseline</th>", html, StringComparison.Ordinal);
        foreach (var milestone in kpi.Milestones)
        {
            Assert.Contains(
                HtmlEncoder.Default.Encode(milestone.Label),
                html,
                StringComparison.Ordinal
            );
        }
        Assert.Contains(
            "<dd id=\"progress\"><span class=\"rag rag-",
            html,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Record an actual", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actual_recorded_against_a_milestone_appears_in_the_trajectory()
    {
        var kpi = (await fixture.KpisWithNumericMilestonesAsync())[0];
        var milestone = kpi.Milestones.OrderBy(m => m.Sequence).First();
        using var client = fixture.Host.CreateClient(Role.Admin);
        var url = $"/Admin/Kpis/{kpi.Id}";
        var page = await client.GetStringAsync(url);

        using var response = await client.PostAsync(
            url + "?handler=Actual",
            Form(page, milestone.Id, "4242.5", "Q3 return")
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetStringAsync(url);
        Assert.Contains("Actual recorded for KPI", after, StringComparison.Ordinal);
        Assert.Contains(
            $"<td>{HtmlEncoder.Default.Encode("4242.5 – Q3 return")}</td>",
            after,
            StringComparison.Ordinal
        );
        await using var db = await fixture.OpenAsync();
        Assert.Contains(
            db.KpiActuals,
            a => a.KpiId == kpi.Id && a.MilestoneId == milestone.Id && a.Value == 4242.5m
        );
    }

    [Fact]
    public async Task Actual_against_a_milestone_of_another_kpi_is_refused_beside_the_field()
    {
        var kpis = await fixture.KpisWithNumericMilestonesAsync();
        var kpi = kpis[^1];
        var foreign = kpis[0].Milestones[0];
        using var client = fixture.Host.CreateClient(Role.Admin);
        var url = $"/Admin/Kpis/{kpi.Id}";
        var page = await client.GetStringAsync(url);

        using var response = await client.PostAsync(
            url + "?handler=Actual",
            Form(page, foreign.Id, "12", "typed text kept")
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(
            "<p class=\"field-error\" id=\"milestone-error\">The milestone is not one of this KPI&#x27;s milestones.</p>",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("value=\"typed text kept\"", html, StringComparison.Ordinal);
        await using var db = await fixture.OpenAsync();
        Assert.DoesNotContain(db.KpiActuals, a => a.MilestoneId == foreign.Id && a.KpiId == kpi.Id);
    }

    [Fact]
    public async Task Actual_without_a_value_or_text_is_refused()
    {
        var kpi = (await fixture.KpisWithNumericMilestonesAsync())[^1];
        using var client = fixture.Host.CreateClient(Role.Admin);
        var url = $"/Admin/Kpis/{kpi.Id}";
        var page = await client.GetStringAsync(url);

        using var response = await client.PostAsync(
            url + "?handler=Actual",
            Form(page, null, "", "")
        );

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(
            "id=\"value-error\">A value or a text is required.",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "aria-describedby=\"value-hint value-error\"",
            html,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Area_lead_of_another_area_is_refused_with_the_reason()
    {
        var kpi = (await fixture.KpisWithNumericMilestonesAsync())[0];
        using var client = fixture.Host.CreateClient(Role.AreaLead, Guid.NewGuid());
        var url = $"/Admin/Kpis/{kpi.Id}";
        var page = await client.GetStringAsync(url);

        using var response = await client.PostAsync(
            url + "?handler=Actual",
            Form(page, kpi.Milestones[0].Id, "1", "")
        );

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(
            "An area lead may change only KPIs of areas they lead",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    private static FormUrlEncodedContent Form(
        string page,
        Guid? milestoneId,
        string value,
        string text
    ) =>
        new([
            new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(page)),
            new("Input.Version", KpiPagesHost.Hidden(page, "Input.Version")),
            new("Input.MilestoneId", milestoneId?.ToString() ?? ""),
            new("Input.Value", value),
            new("Input.Text", text),
            new("Input.AsOf", "2026-01-15"),
        ]);
}
