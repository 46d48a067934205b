using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Kpis;

public sealed class KpiMutationsTests : IDisposable
{
    private const string Mutation = """
        mutation ($input: RecordKpiActualInput!) {
          recordKpiActual(input: $input) {
            kpi { id version }
            actual { value text asOf }
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
    public async Task An_admin_records_an_actual_and_one_audit_entry()
    {
        var (id, version, actuals) = await AnyKpiAsync();
        var payload = await MutateAsync(
            Role.Admin,
            new
            {
                kpiId = GlobalId.Encode("Kpi", id),
                value = 42.5m,
                asOf = "2026-03-31",
                expectedVersion = version,
            }
        );
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(42.5m, payload.GetProperty("actual").GetProperty("value").GetDecimal());
        Assert.Equal("2026-03-31", payload.GetProperty("actual").GetProperty("asOf").GetString());
        Assert.Equal(version + 1, payload.GetProperty("kpi").GetProperty("version").GetInt32());
        await using var db = await OpenAsync();
        Assert.Equal(actuals + 1, await db.KpiActuals.CountAsync(a => a.KpiId == id));
        Assert.Single(await db.AuditEntries.Where(e => e.EntityId == id).ToListAsync());
    }

    [Fact]
    public async Task A_stale_version_and_a_missing_value_are_refused_without_writing()
    {
        var (id, version, actuals) = await AnyKpiAsync();
        var stale = await MutateAsync(
            Role.Admin,
            new
            {
                kpiId = GlobalId.Encode("Kpi", id),
                value = 1,
                asOf = "2026-03-31",
                expectedVersion = version + 5,
            }
        );
        var error = Assert.Single(stale.GetProperty("errors").EnumerateArray());
        Assert.Equal("ConcurrencyError", error.GetProperty("__typename").GetString());
        Assert.Equal(version, error.GetProperty("currentVersion").GetInt32());

        var empty = await MutateAsync(
            Role.Admin,
            new
            {
                kpiId = GlobalId.Encode("Kpi", id),
                asOf = "2026-03-31",
                expectedVersion = version,
            }
        );
        error = Assert.Single(empty.GetProperty("errors").EnumerateArray());
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal("value", error.GetProperty("path").EnumerateArray().Last().GetString());

        var partner = await MutateAsync(
            Role.Partner,
            new
            {
                kpiId = GlobalId.Encode("Kpi", id),
                value = 1,
                asOf = "2026-03-31",
                expectedVersion = version,
            }
        );
        error = Assert.Single(partner.GetProperty("errors").EnumerateArray());
        Assert.Equal("ForbiddenError", error.GetProperty("__typename").GetString());

        await using var db = await OpenAsync();
        Assert.Equal(actuals, await db.KpiActuals.CountAsync(a => a.KpiId == id));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityId == id));
    }

    [Fact]
    public async Task A_milestone_id_of_another_type_is_not_found()
    {
        var (id, version, _) = await AnyKpiAsync();
        var payload = await MutateAsync(
            Role.Admin,
            new
            {
                kpiId = GlobalId.Encode("Kpi", id),
                milestoneId = GlobalId.Encode("Action", Guid.NewGuid()),
                value = 1,
                asOf = "2026-03-31",
                expectedVersion = version,
            }
        );
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
    }

    private async Task<(Guid Id, int Version, int Actuals)> AnyKpiAsync()
    {
        await using var db = await OpenAsync();
        var kpi = await db.Kpis.OrderBy(k => k.Id).FirstAsync();
        return (kpi.Id, kpi.Version, await db.KpiActuals.CountAsync(a => a.KpiId == kpi.Id));
    }

    private Task<PartnershipDbContext> OpenAsync() =>
        _host.Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();

    private async Task<JsonElement> MutateAsync(Role role, object input)
    {
        var data = await _host.DataAsync(Mutation, role, new { input });
        return data.GetProperty("recordKpiActual");
    }
}
