using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Services.People;
using PartnershipGraph.Web.Services.PlanAreas;

namespace PartnershipGraph.Web.Tests.Pages.Admin.PlanAreas;

/// <summary>Adding and removing a plan area's leads, and stepping an area down, from the area's details.</summary>
public sealed class PlanAreaLeadAndStepDownPagesTests(AdminHostFixture fixture)
    : IClassFixture<AdminHostFixture>
{
    [Fact]
    public async Task Lead_is_added_with_a_person_shown_and_removed()
    {
        var area = await CreateAreaAsync(201, "Lead Test Area");
        var person = (
            await fixture
                .Host.Service<PersonService>()
                .CreateAsync(
                    Actor.System,
                    new PersonInput(fixture.NorthSomerset(), "Leading Person"),
                    default
                )
        ).Value!;
        using var client = fixture.Client();
        using var blank = await AdminHostFixture.PostAsync(
            client,
            $"/Admin/PlanAreas/Lead/{area}",
            ("Input.NameAsWritten", "")
        );
        Assert.Contains(
            "id=\"Input_NameAsWritten-error\"",
            await blank.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );

        using var added = await AdminHostFixture.PostAsync(
            client,
            $"/Admin/PlanAreas/Lead/{area}",
            ("Input.NameAsWritten", "Head of Inclusion"),
            ("Input.PersonId", person.Id.ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var details = await client.GetStringAsync($"/Admin/PlanAreas/Details/{area}");
        Assert.Contains("Head of Inclusion", details, StringComparison.Ordinal);
        Assert.Contains($"/Admin/People/Details/{person.Id}", details, StringComparison.Ordinal);

        Guid lead;
        using (var db = fixture.Db())
        {
            lead = await db
                .PlanAreaLeads.Where(l => l.PlanAreaId == area)
                .Select(l => l.Id)
                .SingleAsync();
        }
        using var removed = await AdminHostFixture.PostAsync(
            client,
            $"/Admin/PlanAreas/RemoveLead/{lead}",
            ("Version", "1")
        );
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal($"/Admin/PlanAreas/Details/{area}", removed.Headers.Location!.ToString());
        using var check = fixture.Db();
        Assert.False(await check.PlanAreaLeads.AnyAsync(l => l.PlanAreaId == area));
    }

    [Fact]
    public async Task Step_down_needs_a_reason_and_then_records_date_and_reason()
    {
        var area = await CreateAreaAsync(202, "Step Down Test Area");
        using var client = fixture.Client();
        using var blank = await AdminHostFixture.PostAsync(
            client,
            $"/Admin/PlanAreas/StepDown/{area}",
            ("Input.Date", "2026-01-15"),
            ("Input.Reason", ""),
            ("Input.Version", "1")
        );
        Assert.Contains(
            "id=\"Input_Reason-error\">Error: Reason is required.",
            await blank.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );

        using var done = await AdminHostFixture.PostAsync(
            client,
            $"/Admin/PlanAreas/StepDown/{area}",
            ("Input.Date", "2026-01-15"),
            ("Input.Reason", "Outcomes met"),
            ("Input.Version", "1")
        );
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        using var db = fixture.Db();
        var stored = await db.PlanAreas.SingleAsync(a => a.Id == area);
        Assert.Equal(
            (PlanAreaStatus.SteppedDown, new DateOnly(2026, 1, 15), "Outcomes met"),
            (stored.Status, stored.SteppedDownOn, stored.StepDownReason)
        );
    }

    private async Task<Guid> CreateAreaAsync(int number, string title)
    {
        Guid plan;
        using (var db = fixture.Db())
        {
            plan = await db
                .Plans.Where(p => p.LocalAreaId == fixture.NorthSomerset())
                .Select(p => p.Id)
                .FirstAsync();
        }
        var result = await fixture
            .Host.Service<PlanAreaService>()
            .CreateAsync(Actor.System, new PlanAreaInput(plan, number, title), default);
        Assert.True(result.Succeeded);
        return result.Value.Id;
    }
}
