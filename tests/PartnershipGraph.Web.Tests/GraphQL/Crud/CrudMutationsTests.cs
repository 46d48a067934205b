using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Crud;

/// <summary>
/// The tests every entity's create, update and delete mutations share; a subclass per entity says how to build its
/// input, which of its records is still referenced and what the refusal names.
/// </summary>
public abstract class CrudMutationsTests : IDisposable
{
    // Each test writes, so each gets its own database.
    private readonly GraphQLTestHost _host = new();
    private readonly CrudTestClient _client;
    private readonly string _entity;

    protected CrudMutationsTests(string entity)
    {
        _entity = entity;
        _client = new(_host, entity);
    }

    /// <summary>The input field that holds the text each test sets (and blanks): "name" or "description".</summary>
    protected abstract string TextField { get; }

    /// <summary>The fields a query reads back after a create, e.g. "name jobTitle".</summary>
    protected abstract string ReadSelection { get; }

    /// <summary>Words the refusal to delete a referenced record must contain, e.g. "board memberships".</summary>
    protected abstract string ReferenceText { get; }

    /// <summary>Checks the record read back after creating it with <paramref name="text"/>.</summary>
    protected abstract void AssertRead(JsonElement node, string text);

    /// <summary>A valid create input whose <see cref="TextField"/> is <paramref name="text"/>.</summary>
    protected abstract Task<Dictionary<string, object?>> InputAsync(
        PartnershipDbContext db,
        string text
    );

    /// <summary>A sample record that something else still refers to.</summary>
    protected abstract Task<(Guid Id, int Version)> ReferencedAsync(PartnershipDbContext db);

    /// <summary>True when a record with <paramref name="text"/> in its <see cref="TextField"/> is stored.</summary>
    protected abstract Task<bool> ExistsAsync(PartnershipDbContext db, string text);

    private string PayloadField => char.ToLowerInvariant(_entity[0]) + _entity[1..];

    public void Dispose()
    {
        _host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task An_admin_creates_a_record_that_a_query_then_reads()
    {
        var id = await CreateAsync("Test Record");
        var data = await _host.DataAsync(
            $"query ($id: ID!) {{ node(id: $id) {{ ... on {_entity} {{ {ReadSelection} }} }} }}",
            Role.Admin,
            new { id }
        );
        AssertRead(data.GetProperty("node"), "Test Record");
    }

    [Fact]
    public async Task An_update_based_on_a_stale_version_is_a_concurrency_error()
    {
        var id = await CreateAsync("Test Record");
        var input = await InputAsync("Renamed Record");
        input["id"] = id;
        input["expectedVersion"] = 1;
        var updated = await _client.UpdateAsync(Role.Admin, input);
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("errors").ValueKind);
        var stale = await _client.UpdateAsync(Role.Admin, input);
        Assert.Equal(JsonValueKind.Null, stale.GetProperty(PayloadField).ValueKind);
        var error = CrudTestClient.SingleError(stale, "ConcurrencyError");
        Assert.Equal(2, error.GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task Deleting_a_referenced_record_is_a_validation_error_naming_the_references()
    {
        await using var db = await OpenAsync();
        var (referencedId, version) = await ReferencedAsync(db);
        var payload = await _client.DeleteAsync(
            Role.Admin,
            new { id = GlobalId.Encode(_entity, referencedId), expectedVersion = version }
        );
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("deletedId").ValueKind);
        var error = CrudTestClient.SingleError(payload, "ValidationError");
        Assert.Contains(ReferenceText, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Deleting_an_unreferenced_record_removes_it()
    {
        var id = await CreateAsync("Short-lived Record");
        var payload = await _client.DeleteAsync(Role.Admin, new { id, expectedVersion = 1 });
        Assert.Equal(id, payload.GetProperty("deletedId").GetString());
        await using var db = await OpenAsync();
        Assert.False(await ExistsAsync(db, "Short-lived Record"));
    }

    [Theory]
    [InlineData(Role.Partner)]
    [InlineData(Role.BoardMember)]
    public async Task A_non_admin_create_is_forbidden(Role role)
    {
        var payload = await _client.CreateAsync(role, await InputAsync("Forbidden Record"));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(PayloadField).ValueKind);
        CrudTestClient.SingleError(payload, "ForbiddenError");
    }

    [Fact]
    public async Task A_blank_text_field_is_a_validation_error_with_the_field_path()
    {
        var payload = await _client.CreateAsync(Role.Admin, await InputAsync(""));
        var error = CrudTestClient.SingleError(payload, "ValidationError");
        Assert.Equal(["input", TextField], CrudTestClient.Path(error));
    }

    [Fact]
    public async Task An_update_of_an_unknown_id_is_a_not_found_error()
    {
        var input = await InputAsync("Unknown Record");
        input["id"] = GlobalId.Encode(_entity, Guid.NewGuid());
        input["expectedVersion"] = 1;
        var payload = await _client.UpdateAsync(Role.Admin, input);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(PayloadField).ValueKind);
        CrudTestClient.SingleError(payload, "NotFoundError");
    }

    [Fact]
    public async Task Deleting_by_the_id_of_another_type_is_a_not_found_error_that_deletes_nothing()
    {
        var id = await CreateAsync("Kept Record");
        GlobalId.TryDecode(id, out _, out var key);
        var payload = await _client.DeleteAsync(
            Role.Admin,
            new { id = GlobalId.Encode("LocalArea", key), expectedVersion = 1 }
        );
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("deletedId").ValueKind);
        CrudTestClient.SingleError(payload, "NotFoundError");
        await using var db = await OpenAsync();
        Assert.True(await ExistsAsync(db, "Kept Record"));
    }

    [Fact]
    public async Task A_malformed_id_is_a_validation_error_on_the_id_field()
    {
        var payload = await _client.DeleteAsync(
            Role.Admin,
            new { id = "not a global ID", expectedVersion = 1 }
        );
        var error = CrudTestClient.SingleError(payload, "ValidationError");
        Assert.Equal(["input", "id"], CrudTestClient.Path(error));
    }

    private async Task<string> CreateAsync(string text)
    {
        var payload = await _client.CreateAsync(Role.Admin, await InputAsync(text));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty(PayloadField).GetProperty("id").GetString()!;
    }

    private async Task<Dictionary<string, object?>> InputAsync(string text)
    {
        await using var db = await OpenAsync();
        return await InputAsync(db, text);
    }

    private Task<PartnershipDbContext> OpenAsync() =>
        _host.Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();
}
