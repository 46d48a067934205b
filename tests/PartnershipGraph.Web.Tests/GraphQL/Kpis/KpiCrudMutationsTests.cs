using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.Kpis;

public sealed class KpiCrudMutationsTests : IDisposable
{
    // Each test writes, so each gets its own database.
    private readonly GraphQLTestHost _host = new();
    private readonly CrudTestClient _client;

    public KpiCrudMutationsTests() => _client = new(_host, "Kpi");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_admin_creates_a_kpi_that_a_query_then_reads()
    {
        var id = await CreateAsync("Test KPI");
        var data = await _host.DataAsync(
            "query ($id: ID!) { node(id: $id) { ... on Kpi { ref description } } }",
            Role.Admin,
            new { id }
        );
        Assert.Equal("Test KPI", data.GetProperty("node").GetProperty("description").GetString());
        Assert.Equal("T.99", data.GetProperty("node").GetProperty("ref").GetString());
    }

    [Fact]
    public async Task An_update_based_on_a_stale_version_is_a_concurrency_error()
    {
        var id = await CreateAsync("Test KPI");
        var input = await InputAsync("Renamed KPI");
        input["id"] = id;
        input["expectedVersion"] = 1;
        var updated = await _client.UpdateAsync(Role.Admin, input);
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("errors").ValueKind);
        var stale = await _client.UpdateAsync(Role.Admin, input);
        Assert.Equal(JsonValueKind.Null, stale.GetProperty("kpi").ValueKind);
        var error = CrudTestClient.SingleError(stale, "ConcurrencyError");
        Assert.Equal(2, error.GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task Deleting_a_referenced_kpi_is_a_validation_error_naming_the_references()
    {
        await using var db = await OpenAsync();
        var kpi = await db
            .Kpis.Where(o => db.KpiActuals.Any(u => u.KpiId == o.Id))
            .OrderBy(o => o.Id)
            .FirstAsync();
        var payload = await _client.DeleteAsync(
            Role.Admin,
            new { id = GlobalId.Encode("Kpi", kpi.Id), expectedVersion = kpi.Version }
        );
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("deletedId").ValueKind);
        var error = CrudTestClient.SingleError(payload, "ValidationError");
        Assert.Contains("actuals", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Deleting_an_unreferenced_kpi_removes_it()
    {
        var id = await CreateAsync("Short-lived KPI");
        var payload = await _client.DeleteAsync(Role.Admin, new { id, expectedVersion = 1 });
        Assert.Equal(id, payload.GetProperty("deletedId").GetString());
        await using var db = await OpenAsync();
        Assert.False(await db.Kpis.AnyAsync(o => o.Description == "Short-lived KPI"));
    }

    [Theory]
    [InlineData(Role.Partner)]
    [InlineData(Role.BoardMember)]
    public async Task A_non_admin_create_is_forbidden(Role role)
    {
        var payload = await _client.CreateAsync(role, await InputAsync("Forbidden KPI"));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("kpi").ValueKind);
        CrudTestClient.SingleError(payload, "ForbiddenError");
    }

    [Fact]
    public async Task A_blank_description_is_a_validation_error_with_the_field_path()
    {
        var payload = await _client.CreateAsync(Role.Admin, await InputAsync(""));
        var error = CrudTestClient.SingleError(payload, "ValidationError");
        Assert.Equal(["input", "description"], CrudTestClient.Path(error));
    }

    private async Task<string> CreateAsync(string name)
    {
        var payload = await _client.CreateAsync(Role.Admin, await InputAsync(name));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("kpi").GetProperty("id").GetString()!;
    }

    private async Task<Dictionary<string, object?>> InputAsync(string name)
    {
        await using var db = await OpenAsync();
        var plan = await db.Plans.OrderBy(a => a.Id).FirstAsync();
        return new()
        {
            ["planId"] = GlobalId.Encode("Plan", plan.Id),
            ["direction"] = "HIGHER_IS_BETTER",
            ["description"] = name,
            ["ref"] = "T.99",
        };
    }

    private Task<PartnershipDbContext> OpenAsync() =>
        _host.Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();
}
