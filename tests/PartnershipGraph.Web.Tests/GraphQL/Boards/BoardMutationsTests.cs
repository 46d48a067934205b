using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.Boards;

public sealed class BoardMutationsTests : IDisposable
{
    // Each test writes, so each gets its own database.
    private readonly GraphQLTestHost _host = new();
    private readonly CrudTestClient _client;

    public BoardMutationsTests() => _client = new(_host, "Board");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_admin_creates_a_board_that_a_query_then_reads()
    {
        var id = await CreateAsync("Test Board");
        var data = await _host.DataAsync(
            "query ($id: ID!) { node(id: $id) { ... on Board { name } } }",
            Role.Admin,
            new { id }
        );
        Assert.Equal("Test Board", data.GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_update_based_on_a_stale_version_is_a_concurrency_error()
    {
        var id = await CreateAsync("Test Board");
        var input = await InputAsync("Renamed Board");
        input["id"] = id;
        input["expectedVersion"] = 1;
        var updated = await _client.UpdateAsync(Role.Admin, input);
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("errors").ValueKind);
        var stale = await _client.UpdateAsync(Role.Admin, input);
        Assert.Equal(JsonValueKind.Null, stale.GetProperty("board").ValueKind);
        var error = CrudTestClient.SingleError(stale, "ConcurrencyError");
        Assert.Equal(2, error.GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task Deleting_a_referenced_board_is_a_validation_error_naming_the_references()
    {
        await using var db = await OpenAsync();
        var board = await db
            .Boards.Where(o => db.BoardMemberships.Any(m => m.BoardId == o.Id))
            .OrderBy(o => o.Id)
            .FirstAsync();
        var payload = await _client.DeleteAsync(
            Role.Admin,
            new { id = GlobalId.Encode("Board", board.Id), expectedVersion = board.Version }
        );
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("deletedId").ValueKind);
        var error = CrudTestClient.SingleError(payload, "ValidationError");
        Assert.Contains("memberships", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Deleting_an_unreferenced_board_removes_it()
    {
        var id = await CreateAsync("Short-lived Board");
        var payload = await _client.DeleteAsync(Role.Admin, new { id, expectedVersion = 1 });
        Assert.Equal(id, payload.GetProperty("deletedId").GetString());
        await using var db = await OpenAsync();
        Assert.False(await db.Boards.AnyAsync(o => o.Name == "Short-lived Board"));
    }

    [Theory]
    [InlineData(Role.Partner)]
    [InlineData(Role.BoardMember)]
    public async Task A_non_admin_create_is_forbidden(Role role)
    {
        var payload = await _client.CreateAsync(role, await InputAsync("Forbidden Board"));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("board").ValueKind);
        CrudTestClient.SingleError(payload, "ForbiddenError");
    }

    [Fact]
    public async Task A_blank_name_is_a_validation_error_with_the_field_path()
    {
        var payload = await _client.CreateAsync(Role.Admin, await InputAsync(""));
        var error = CrudTestClient.SingleError(payload, "ValidationError");
        Assert.Equal(["input", "name"], CrudTestClient.Path(error));
    }

    private async Task<string> CreateAsync(string name)
    {
        var payload = await _client.CreateAsync(Role.Admin, await InputAsync(name));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("board").GetProperty("id").GetString()!;
    }

    private async Task<Dictionary<string, object?>> InputAsync(string name)
    {
        await using var db = await OpenAsync();
        var localArea = await db.LocalAreas.OrderBy(a => a.Id).FirstAsync();
        return new()
        {
            ["localAreaId"] = GlobalId.Encode("LocalArea", localArea.Id),
            ["name"] = name,
            ["purpose"] = "Testing",
        };
    }

    private Task<PartnershipDbContext> OpenAsync() =>
        _host.Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();
}
