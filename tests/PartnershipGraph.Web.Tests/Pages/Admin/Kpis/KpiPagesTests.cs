using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Kpis;

/// <summary>The KPI index, create, edit and delete pages.</summary>
public sealed partial class KpiPagesTests(KpiPagesHost fixture) : IClassFixture<KpiPagesHost>
{
    [Fact]
    public async Task Index_filters_by_plan_and_direction()
    {
        await using var db = await fixture.OpenAsync();
        var planId = await db.Kpis.Select(k => k.PlanId).FirstAsync();
        var expected = await db.Kpis.CountAsync(k =>
            k.PlanId == planId && k.Direction == KpiDirection.HigherIsBetter
        );
        using var client = fixture.Host.CreateClient(Role.BoardMember);

        var html = await client.GetStringAsync(
            $"/Admin/Kpis?plan={planId}&direction=HigherIsBetter&size=100"
        );

        Assert.Contains($"{expected} match", html, StringComparison.Ordinal);
        Assert.Equal(Math.Min(expected, 100), KpiIdPattern().Matches(html).Count);
    }

    [Fact]
    public async Task Administrator_creates_a_kpi_and_a_missing_description_is_reported_first()
    {
        await using var db = await fixture.OpenAsync();
        var planId = await db.Plans.Select(p => p.Id).FirstAsync();
        using var client = fixture.Host.CreateClient(Role.Admin);
        var page = await client.GetStringAsync("/Admin/Kpis/Create");

        using var missing = await client.PostAsync(
            "/Admin/Kpis/Create",
            Form(page, planId, "T.1", "")
        );
        using var created = await client.PostAsync(
            "/Admin/Kpis/Create",
            Form(page, planId, "T.1", "Share of plans reviewed on time")
        );

        Assert.Contains(
            "id=\"input-description-error\">Description is required.",
            await missing.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = await client.GetStringAsync(created.Headers.Location!.ToString());
        Assert.Contains("Share of plans reviewed on time", details, StringComparison.Ordinal);
        Assert.Contains("No milestones yet.", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_is_refused_with_the_reason_while_the_kpi_has_milestones()
    {
        var kpi = (await fixture.KpisWithNumericMilestonesAsync())[0];
        using var client = fixture.Host.CreateClient(Role.Admin);
        var url = $"/Admin/Kpis/Delete/{kpi.Id}";
        var page = await client.GetStringAsync(url);

        using var response = await client.PostAsync(
            url,
            new FormUrlEncodedContent([
                new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(page)),
                new("Version", KpiPagesHost.Hidden(page, "Version")),
            ])
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("milestones", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Admin/Kpis/{kpi.Id}\"", html, StringComparison.Ordinal);
        await using var db = await fixture.OpenAsync();
        Assert.True(await db.Kpis.AnyAsync(k => k.Id == kpi.Id));
    }

    private static FormUrlEncodedContent Form(
        string page,
        Guid planId,
        string reference,
        string description
    ) =>
        new([
            new("__RequestVerificationToken", AdminTestHost.AntiforgeryToken(page)),
            new("Input.Version", "0"),
            new("Input.PlanId", planId.ToString()),
            new("Input.Ref", reference),
            new("Input.Description", description),
            new("Input.Direction", "HigherIsBetter"),
            new("Input.RowType", "Kpi"),
        ]);

    [GeneratedRegex("data-kpi-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex KpiIdPattern();
}
