using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.PlanAreas;

public sealed class PlanAreaMutationsTests : IDisposable
{
    private const string Mutation = """
        mutation ($input: StepDownPlanAreaInput!) {
          stepDownPlanArea(input: $input) {
            planArea { id status steppedDownOn stepDownReason version }
            errors {
              __typename
              ... on Error { message }
              ... on ConcurrencyError { currentVersion }
              ... on ValidationError { path }
            }
          }
        }
        """;

    // Each test writes, so each gets its own database.
    private readonly GraphQLTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_admin_steps_an_area_down_with_one_audit_entry()
    {
        var (id, version) = await ActiveAreaAsync();
        var payload = await MutateAsync(
            Role.Admin,
            new
            {
                planAreaId = GlobalId.Encode("PlanArea", id),
                date = "2026-04-01",
                reason = "The inspection found the weakness resolved.",
                expectedVersion = version,
            }
        );
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var area = payload.GetProperty("planArea");
        Assert.Equal("2026-04-01", area.GetProperty("steppedDownOn").GetString());
        Assert.Equal(version + 1, area.GetProperty("version").GetInt32());
        await using var db = await OpenAsync();
        Assert.Single(await db.AuditEntries.Where(e => e.EntityId == id).ToListAsync());
    }

    [Fact]
    public async Task Refusals_come_back_as_typed_errors_and_write_nothing()
    {
        var (id, version) = await ActiveAreaAsync();
        var cases = new (Role Role, string AreaId, string Reason, int Version, string Error)[]
        {
            (Role.Admin, GlobalId.Encode("PlanArea", id), "Done.", version + 1, "ConcurrencyError"),
            (Role.Admin, GlobalId.Encode("PlanArea", Guid.NewGuid()), "Done.", 1, "NotFoundError"),
            (Role.Admin, "%%%", "Done.", version, "ValidationError"),
            (Role.Admin, GlobalId.Encode("PlanArea", id), " ", version, "ValidationError"),
            (Role.BoardMember, GlobalId.Encode("PlanArea", id), "Done.", version, "ForbiddenError"),
            (Role.AreaLead, GlobalId.Encode("PlanArea", id), "Done.", version, "ForbiddenError"),
        };
        foreach (var (role, areaId, reason, expected, error) in cases)
        {
            var payload = await MutateAsync(
                role,
                new
                {
                    planAreaId = areaId,
                    date = "2026-04-01",
                    reason,
                    expectedVersion = expected,
                }
            );
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("planArea").ValueKind);
            var single = Assert.Single(payload.GetProperty("errors").EnumerateArray());
            Assert.Equal(error, single.GetProperty("__typename").GetString());
        }
        await using var db = await OpenAsync();
        Assert.Equal(version, (await db.PlanAreas.SingleAsync(a => a.Id == id)).Version);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityId == id));
    }

    private async Task<(Guid Id, int Version)> ActiveAreaAsync()
    {
        await using var db = await OpenAsync();
        var area = await db.PlanAreas.OrderBy(a => a.Id).FirstAsync(a => a.SteppedDownOn == null);
        return (area.Id, area.Version);
    }

    private Task<PartnershipDbContext> OpenAsync() =>
        _host.Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();

    private async Task<JsonElement> MutateAsync(Role role, object input)
    {
        var data = await _host.DataAsync(Mutation, role, new { input });
        return data.GetProperty("stepDownPlanArea");
    }
}
