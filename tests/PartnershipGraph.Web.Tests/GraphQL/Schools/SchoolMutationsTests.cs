using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.Schools;

public sealed class SchoolMutationsTests : IDisposable
{
    // Each test writes, so each gets its own database.
    private readonly GraphQLTestHost _host = new();
    private readonly CrudTestClient _client;

    public SchoolMutationsTests() => _client = new(_host, "School");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_admin_creates_a_school_that_a_query_then_reads()
    {
        var payload = await _client.CreateAsync(
            Role.Admin,
            await NewSchoolAsync("Test Ridge Primary"),
            "id name phase version"
        );
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var school = payload.GetProperty("school");
        Assert.Equal("PRIMARY", school.GetProperty("phase").GetString());
        Assert.Equal(1, school.GetProperty("version").GetInt32());
        var data = await _host.DataAsync(
            "query ($id: ID!) { node(id: $id) { ... on School { name } } }",
            Role.Admin,
            new { id = school.GetProperty("id").GetString() }
        );
        Assert.Equal(
            "Test Ridge Primary",
            data.GetProperty("node").GetProperty("name").GetString()
        );
    }

    [Fact]
    public async Task An_update_based_on_a_stale_version_is_a_concurrency_error()
    {
        var school = await AnySchoolAsync(referenced: false);
        var input = await NewSchoolAsync("Renamed School");
        var updated = await _client.UpdateAsync(
            Role.Admin,
            Merge(input, GlobalId.Encode("School", school.Id), school.Version)
        );
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("errors").ValueKind);
        Assert.Equal(
            school.Version + 1,
            updated.GetProperty("school").GetProperty("version").GetInt32()
        );

        var stale = await _client.UpdateAsync(
            Role.Admin,
            Merge(input, GlobalId.Encode("School", school.Id), school.Version)
        );
        Assert.Equal(JsonValueKind.Null, stale.GetProperty("school").ValueKind);
        var error = CrudTestClient.SingleError(stale, "ConcurrencyError");
        Assert.Equal(school.Version + 1, error.GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task Deleting_a_referenced_school_is_a_validation_error_naming_the_references()
    {
        var school = await AnySchoolAsync(referenced: true);
        var payload = await _client.DeleteAsync(
            Role.Admin,
            new { id = GlobalId.Encode("School", school.Id), expectedVersion = school.Version }
        );
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("deletedId").ValueKind);
        var error = CrudTestClient.SingleError(payload, "ValidationError");
        Assert.Contains("action roles", error.GetProperty("message").GetString());
        await using var db = await OpenAsync();
        Assert.True(await db.Schools.AnyAsync(s => s.Id == school.Id));
    }

    [Fact]
    public async Task Deleting_an_unreferenced_school_removes_it()
    {
        var school = await AnySchoolAsync(referenced: false);
        var payload = await _client.DeleteAsync(
            Role.Admin,
            new { id = GlobalId.Encode("School", school.Id), expectedVersion = school.Version }
        );
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(
            GlobalId.Encode("School", school.Id),
            payload.GetProperty("deletedId").GetString()
        );
        await using var db = await OpenAsync();
        Assert.False(await db.Schools.AnyAsync(s => s.Id == school.Id));
    }

    [Theory]
    [InlineData(Role.Partner)]
    [InlineData(Role.BoardMember)]
    public async Task A_non_admin_create_is_forbidden(Role role)
    {
        var payload = await _client.CreateAsync(role, await NewSchoolAsync("Forbidden School"));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("school").ValueKind);
        CrudTestClient.SingleError(payload, "ForbiddenError");
        await using var db = await OpenAsync();
        Assert.False(await db.Schools.AnyAsync(s => s.Name == "Forbidden School"));
    }

    [Fact]
    public async Task A_blank_name_is_a_validation_error_with_the_field_path()
    {
        var payload = await _client.CreateAsync(Role.Admin, await NewSchoolAsync("   "));
        var error = CrudTestClient.SingleError(payload, "ValidationError");
        Assert.Equal(["input", "name"], CrudTestClient.Path(error));
    }

    [Fact]
    public async Task A_malformed_local_area_id_is_a_validation_error_with_the_field_path()
    {
        var payload = await _client.CreateAsync(
            Role.Admin,
            new { localAreaId = "not-an-id", name = "Somewhere School" }
        );
        var error = CrudTestClient.SingleError(payload, "ValidationError");
        Assert.Equal(["input", "localAreaId"], CrudTestClient.Path(error));
    }

    private async Task<object> NewSchoolAsync(string name)
    {
        await using var db = await OpenAsync();
        var localArea = await db.LocalAreas.OrderBy(a => a.Id).FirstAsync();
        return new
        {
            localAreaId = GlobalId.Encode("LocalArea", localArea.Id),
            name,
            phase = "PRIMARY",
        };
    }

    private static Dictionary<string, object?> Merge(object input, string id, int version)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, object?>>(
            JsonSerializer.Serialize(input)
        )!;
        fields["id"] = id;
        fields["expectedVersion"] = version;
        return fields;
    }

    private async Task<(Guid Id, int Version)> AnySchoolAsync(bool referenced)
    {
        await using var db = await OpenAsync();
        var school = await db
            .Schools.Where(s =>
                db.SchoolActionRoles.Any(r => r.SchoolId == s.Id) == referenced
                && (referenced || !db.SchoolBoardSeats.Any(b => b.SchoolId == s.Id))
            )
            .OrderBy(s => s.Id)
            .FirstAsync();
        return (school.Id, school.Version);
    }

    private Task<PartnershipDbContext> OpenAsync() =>
        _host.Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();
}
