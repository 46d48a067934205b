using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.Web.Services.Auditing;

namespace PartnershipGraph.Web.Tests.Services.Auditing;

public sealed class AuditSnapshotTests
{
    [Fact]
    public void A_snapshot_holds_the_stored_values_by_camel_case_name_without_key_or_version()
    {
        var snapshot = AuditSnapshot.Of(
            new School { Name = "Hillside", Phase = SchoolPhase.Primary }
        );

        Assert.Equal("Hillside", snapshot.Values["name"]);
        Assert.Equal(SchoolPhase.Primary, snapshot.Values["phase"]);
        Assert.False(snapshot.Values.ContainsKey("id"));
        Assert.False(snapshot.Values.ContainsKey("version"));
    }

    [Fact]
    public void A_snapshot_leaves_out_navigations_to_other_entities()
    {
        var area = new PartnershipGraph.Domain.Plans.PlanArea { Title = "Area 1" };
        var action = new PartnershipGraph.Domain.Actions.PlanAction
        {
            Ref = "1.1",
            Description = "Adopt a SEND strategy",
            Area = area,
        };

        var snapshot = AuditSnapshot.Of(action);

        Assert.Equal("1.1", snapshot.Values["ref"]);
        Assert.False(snapshot.Values.ContainsKey("area"));
        Assert.DoesNotContain(
            snapshot.Values.Values,
            v => v is PartnershipGraph.Domain.Common.Entity
        );
        Assert.DoesNotContain(
            snapshot.Values.Values,
            v => v is System.Collections.IEnumerable and not string
        );
    }

    [Fact]
    public void Changes_keep_only_the_fields_that_differ_comparing_dates_by_value()
    {
        var school = new School { Name = "Hillside", Notes = "n" };
        var before = AuditSnapshot.Of(school);
        school.Name = "Hillside Primary";
        school.Notes = new string('n', 1);

        var (changedBefore, changedAfter) = AuditSnapshot.Changes(before, AuditSnapshot.Of(school));

        Assert.Equal(["name"], changedBefore.Values.Keys);
        Assert.Equal("Hillside", changedBefore.Values["name"]);
        Assert.Equal("Hillside Primary", changedAfter.Values["name"]);
        var date = AuditSnapshot.From(("dueDate", PartialDate.Parse("May 22")));
        Assert.Empty(
            AuditSnapshot
                .Changes(date, AuditSnapshot.From(("dueDate", PartialDate.Parse("May 22"))))
                .Before.Values
        );
    }

    [Fact]
    public void Entries_serialise_enums_as_names_and_stamp_the_clock()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var trail = new AuditTrail(clock);

        var entry = trail.Entry(
            new PartnershipGraph.Domain.Access.Actor(
                "jane",
                PartnershipGraph.Domain.Access.Role.Admin
            ),
            "Action",
            Guid.Empty,
            "StatusUpdated",
            AuditSnapshot.From(("currentRag", Rag.NotOnTrack)),
            null
        );

        Assert.Equal("""{"currentRag":"NotOnTrack"}""", entry.Before);
        Assert.Null(entry.After);
        Assert.Equal(clock.GetUtcNow(), entry.At);
        Assert.Equal("jane", entry.Actor);
    }
}
