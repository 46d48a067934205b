using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Crud;

/// <summary>
/// The tests every link's add and remove mutations share; a subclass per link says how to build its input, how its
/// parent lists it and which input is invalid.
/// </summary>
public abstract class CrudLinkMutationsTests : IDisposable
{
    private const string Errors = """
        errors {
          __typename
          ... on Error { message }
          ... on ConcurrencyError { currentVersion }
          ... on ValidationError { path }
        }
        """;

    // Each test writes, so each gets its own database.
    private readonly GraphQLTestHost _host = new();
    private readonly string _mutation;
    private readonly string _link;
    private readonly string _parent;

    protected CrudLinkMutationsTests(string mutation, string link, string parent)
    {
        _mutation = mutation;
        _link = link;
        _parent = parent;
    }

    /// <summary>The parent's list of links with their IDs and the text each test sets, e.g. "memberships { id roleAsWritten }".</summary>
    protected abstract string ListSelection { get; }

    /// <summary>The list field of <see cref="ListSelection"/>, e.g. "memberships".</summary>
    protected abstract string ListField { get; }

    /// <summary>A valid add input.</summary>
    protected abstract Task<Dictionary<string, object?>> InputAsync(PartnershipDbContext db);

    /// <summary>An add input with one invalid field, and that field's name.</summary>
    protected abstract Task<(Dictionary<string, object?> Input, string Field)> InvalidInputAsync(
        PartnershipDbContext db
    );

    /// <summary>How many links are stored.</summary>
    protected abstract Task<int> CountAsync(PartnershipDbContext db);

    /// <summary>True when the link with key <paramref name="id"/> is stored.</summary>
    protected abstract Task<bool> ExistsAsync(PartnershipDbContext db, Guid id);

    private string ParentField => char.ToLowerInvariant(_parent[0]) + _parent[1..];

    private string IdField => char.ToLowerInvariant(_link[0]) + _link[1..] + "Id";

    public void Dispose()
    {
        _host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task An_admin_adds_a_link_that_its_parent_then_lists()
    {
        var payload = await AddAsync(Role.Admin, await InputAsync());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var id = payload.GetProperty(IdField).GetString();
        var listed = payload.GetProperty(ParentField).GetProperty(ListField).EnumerateArray();
        var link = Assert.Single(listed, l => l.GetProperty("id").GetString() == id);
        Assert.Equal(1, link.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_admin_removes_a_link()
    {
        var before = await CountAsync();
        var id = await AddAsync();
        var payload = await RemoveAsync(Role.Admin, new { id, expectedVersion = 1 });
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(id, payload.GetProperty("removedId").GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_removal_based_on_a_stale_version_is_a_concurrency_error_that_removes_nothing()
    {
        var id = await AddAsync();
        var payload = await RemoveAsync(Role.Admin, new { id, expectedVersion = 2 });
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("removedId").ValueKind);
        var error = CrudTestClient.SingleError(payload, "ConcurrencyError");
        Assert.Equal(1, error.GetProperty("currentVersion").GetInt32());
        await AssertStoredAsync(id);
    }

    [Theory]
    [InlineData(Role.Partner)]
    [InlineData(Role.BoardMember)]
    [InlineData(Role.AreaLead)]
    public async Task A_non_admin_may_neither_add_nor_remove_a_link(Role role)
    {
        var before = await CountAsync();
        var added = await AddAsync(role, await InputAsync());
        Assert.Equal(JsonValueKind.Null, added.GetProperty(IdField).ValueKind);
        CrudTestClient.SingleError(added, "ForbiddenError");
        Assert.Equal(before, await CountAsync());
        var id = await AddAsync();
        var removed = await RemoveAsync(role, new { id, expectedVersion = 1 });
        CrudTestClient.SingleError(removed, "ForbiddenError");
        await AssertStoredAsync(id);
    }

    [Fact]
    public async Task An_invalid_field_is_a_validation_error_with_the_field_path()
    {
        var before = await CountAsync();
        await using var db = await OpenAsync();
        var (input, field) = await InvalidInputAsync(db);
        var payload = await AddAsync(Role.Admin, input);
        var error = CrudTestClient.SingleError(payload, "ValidationError");
        Assert.Equal(["input", field], CrudTestClient.Path(error));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_parent_id_of_another_type_is_a_not_found_error()
    {
        var input = await InputAsync();
        var parentKey = ParentField + "Id";
        GlobalId.TryDecode((string)input[parentKey]!, out _, out var key);
        input[parentKey] = GlobalId.Encode("LocalArea", key);
        var payload = await AddAsync(Role.Admin, input);
        CrudTestClient.SingleError(payload, "NotFoundError");
    }

    [Fact]
    public async Task Removing_an_unknown_link_is_a_not_found_error()
    {
        var payload = await RemoveAsync(
            Role.Admin,
            new { id = GlobalId.Encode(_link, Guid.NewGuid()), expectedVersion = 1 }
        );
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("removedId").ValueKind);
        CrudTestClient.SingleError(payload, "NotFoundError");
    }

    private async Task<string> AddAsync()
    {
        var payload = await AddAsync(Role.Admin, await InputAsync());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty(IdField).GetString()!;
    }

    private async Task<JsonElement> AddAsync(Role role, Dictionary<string, object?> input)
    {
        var data = await _host.DataAsync(
            $$"""
            mutation ($input: Add{{_mutation}}Input!) {
              add{{_mutation}}(input: $input) {
                {{IdField}}
                {{ParentField}} { {{ListSelection}} }
                {{Errors}}
              }
            }
            """,
            role,
            new { input }
        );
        return data.GetProperty("add" + _mutation);
    }

    private async Task<JsonElement> RemoveAsync(Role role, object input)
    {
        var data = await _host.DataAsync(
            $$"""
            mutation ($input: Remove{{_mutation}}Input!) {
              remove{{_mutation}}(input: $input) { removedId {{Errors}} }
            }
            """,
            role,
            new { input }
        );
        return data.GetProperty("remove" + _mutation);
    }

    private async Task AssertStoredAsync(string id)
    {
        GlobalId.TryDecode(id, out _, out var key);
        await using var db = await OpenAsync();
        Assert.True(await ExistsAsync(db, key));
    }

    private async Task<int> CountAsync()
    {
        await using var db = await OpenAsync();
        return await CountAsync(db);
    }

    private async Task<Dictionary<string, object?>> InputAsync()
    {
        await using var db = await OpenAsync();
        return await InputAsync(db);
    }

    private Task<PartnershipDbContext> OpenAsync() =>
        _host.Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();
}
