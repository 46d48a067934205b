using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Actions;

public sealed class ActionMutationsTests : IDisposable
{
    private const string Mutation = """
        mutation ($input: UpdateActionStatusInput!) {
          updateActionStatus(input: $input) {
            action { id currentRag version area { number } updates { narrative } }
            update { rag narrative }
            errors {
              __typename
              ... on Error { message }
              ... on NotFoundError { entityType id }
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
    public async Task An_admin_update_writes_the_update_and_one_audit_entry_and_changes_the_current_rag()
    {
        var target = await AnyActionAsync();
        var newRag = target.Rag == "MET" ? "NOT_ON_TRACK" : "MET";
        var payload = await MutateAsync(
            Role.Admin,
            new
            {
                actionId = GlobalId.Encode("Action", target.Id),
                rag = newRag,
                narrative = "  Done at last.  ",
                expectedVersion = target.Version,
            }
        );
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(newRag, payload.GetProperty("action").GetProperty("currentRag").GetString());
        Assert.Equal(
            target.Version + 1,
            payload.GetProperty("action").GetProperty("version").GetInt32()
        );
        Assert.Equal(
            JsonValueKind.Number,
            payload.GetProperty("action").GetProperty("area").GetProperty("number").ValueKind
        );
        Assert.Equal(
            target.Updates + 1,
            payload.GetProperty("action").GetProperty("updates").GetArrayLength()
        );
        Assert.Equal(
            "Done at last.",
            payload.GetProperty("update").GetProperty("narrative").GetString()
        );

        await using var db = await OpenAsync();
        Assert.Equal(
            target.Updates + 1,
            await db.ActionUpdates.CountAsync(u => u.ActionId == target.Id)
        );
        Assert.Single(await db.AuditEntries.Where(e => e.EntityId == target.Id).ToListAsync());
        var data = await _host.DataAsync(
            "query ($id: ID!) { node(id: $id) { ... on Action { currentRag } } }",
            Role.Admin,
            new { id = GlobalId.Encode("Action", target.Id) }
        );
        Assert.Equal(newRag, data.GetProperty("node").GetProperty("currentRag").GetString());
    }

    [Fact]
    public async Task A_stale_expected_version_returns_the_current_version_and_writes_nothing()
    {
        var target = await AnyActionAsync();
        var error = await SingleErrorAsync(
            Role.Admin,
            new
            {
                actionId = GlobalId.Encode("Action", target.Id),
                rag = "MET",
                expectedVersion = target.Version - 1,
            },
            "ConcurrencyError"
        );
        Assert.Equal(target.Version, error.GetProperty("currentVersion").GetInt32());
        await AssertUnchangedAsync(target);
    }

    [Fact]
    public async Task An_unknown_or_other_typed_id_is_not_found()
    {
        var unknown = Guid.NewGuid();
        var error = await SingleErrorAsync(
            Role.Admin,
            new
            {
                actionId = GlobalId.Encode("Action", unknown),
                rag = "MET",
                expectedVersion = 1,
            },
            "NotFoundError"
        );
        Assert.Equal("Action", error.GetProperty("entityType").GetString());
        Assert.Equal(GlobalId.Encode("Action", unknown), error.GetProperty("id").GetString());
        await SingleErrorAsync(
            Role.Admin,
            new
            {
                actionId = GlobalId.Encode("Kpi", unknown),
                rag = "MET",
                expectedVersion = 1,
            },
            "NotFoundError"
        );
    }

    [Fact]
    public async Task A_malformed_id_is_a_validation_error_naming_the_field()
    {
        var error = await SingleErrorAsync(
            Role.Admin,
            new
            {
                actionId = "not-an-id",
                rag = "MET",
                expectedVersion = 1,
            },
            "ValidationError"
        );
        Assert.Equal(["input", "actionId"], Path(error));
    }

    [Fact]
    public async Task A_rag_outside_the_scale_is_a_graphql_error()
    {
        var target = await AnyActionAsync();
        var result = await _host.QueryAsync(
            Mutation,
            Role.Admin,
            new
            {
                input = new
                {
                    actionId = GlobalId.Encode("Action", target.Id),
                    rag = "PURPLE",
                    expectedVersion = target.Version,
                },
            }
        );
        Assert.True(result.TryGetProperty("errors", out var errors));
        Assert.Contains("PURPLE", errors.ToString(), StringComparison.Ordinal);
        Assert.False(
            result.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null
        );
        await AssertUnchangedAsync(target);
    }

    [Fact]
    public async Task A_narrative_over_the_limit_is_a_validation_error_with_its_path()
    {
        var target = await AnyActionAsync();
        var error = await SingleErrorAsync(
            Role.Admin,
            new
            {
                actionId = GlobalId.Encode("Action", target.Id),
                rag = "MET",
                narrative = new string('x', 4001),
                expectedVersion = target.Version,
            },
            "ValidationError"
        );
        Assert.Equal(["input", "narrative"], Path(error));
        await AssertUnchangedAsync(target);
    }

    [Theory]
    [InlineData(Role.Partner)]
    [InlineData(Role.BoardMember)]
    public async Task Read_only_roles_are_forbidden(Role role)
    {
        var target = await AnyActionAsync();
        await SingleErrorAsync(
            role,
            new
            {
                actionId = GlobalId.Encode("Action", target.Id),
                rag = "MET",
                expectedVersion = target.Version,
            },
            "ForbiddenError"
        );
        await AssertUnchangedAsync(target);
    }

    [Fact]
    public async Task An_area_lead_may_update_actions_of_their_area_but_not_of_another()
    {
        await using var db = await OpenAsync();
        var lead = await db
            .PlanAreaLeads.Where(l => l.PersonId != null)
            .Select(l => new
            {
                l.PersonId,
                l.PlanAreaId,
                l.Area!.Plan!.LocalAreaId,
                l.Area.PlanId,
            })
            .FirstAsync();
        var own = await db.Actions.FirstAsync(a => a.PlanAreaId == lead.PlanAreaId);
        var other = await db.Actions.FirstAsync(a =>
            a.Area!.PlanId == lead.PlanId
            && !a.Area.Leads.Any(l => l.PersonId == lead.PersonId)
            && !a.Responsibles.Any(r => r.PersonId == lead.PersonId)
        );
        var denied = await MutateAsync(
            Role.AreaLead,
            new
            {
                actionId = GlobalId.Encode("Action", other.Id),
                rag = "MET",
                expectedVersion = other.Version,
            },
            lead.PersonId,
            lead.LocalAreaId
        );
        Assert.Equal(
            "ForbiddenError",
            Assert
                .Single(denied.GetProperty("errors").EnumerateArray())
                .GetProperty("__typename")
                .GetString()
        );
        var allowed = await MutateAsync(
            Role.AreaLead,
            new
            {
                actionId = GlobalId.Encode("Action", own.Id),
                rag = "PARTIALLY_MET",
                narrative = "Half of the schools have started.",
                expectedVersion = own.Version,
            },
            lead.PersonId,
            lead.LocalAreaId
        );
        Assert.Equal(JsonValueKind.Null, allowed.GetProperty("errors").ValueKind);
        Assert.Equal(
            "PARTIALLY_MET",
            allowed.GetProperty("action").GetProperty("currentRag").GetString()
        );
    }

    private sealed record Target(Guid Id, int Version, string Rag, int Updates);

    private async Task<Target> AnyActionAsync()
    {
        await using var db = await OpenAsync();
        var action = await db.Actions.OrderBy(a => a.Id).FirstAsync();
        var updates = await db.ActionUpdates.CountAsync(u => u.ActionId == action.Id);
        var rag = JsonNamingPolicy.SnakeCaseUpper.ConvertName(action.CurrentRag.ToString());
        return new(action.Id, action.Version, rag, updates);
    }

    private async Task AssertUnchangedAsync(Target target)
    {
        await using var db = await OpenAsync();
        var action = await db.Actions.SingleAsync(a => a.Id == target.Id);
        Assert.Equal(target.Version, action.Version);
        Assert.Equal(
            target.Updates,
            await db.ActionUpdates.CountAsync(u => u.ActionId == target.Id)
        );
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityId == target.Id));
    }

    private Task<PartnershipDbContext> OpenAsync() =>
        _host.Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();

    private async Task<JsonElement> SingleErrorAsync(Role role, object input, string typeName)
    {
        var payload = await MutateAsync(role, input);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("action").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(typeName, error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return error;
    }

    private async Task<JsonElement> MutateAsync(
        Role role,
        object input,
        Guid? personId = null,
        Guid? localAreaId = null
    )
    {
        using var client = _host.CreateClient(role, localAreaId);
        if (personId is { } person)
        {
            client.DefaultRequestHeaders.Add(GraphQLTestHost.PersonHeader, person.ToString());
        }
        using var response = await client.PostAsJsonAsync(
            "/graphql",
            new { query = Mutation, variables = new { input } }
        );
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement.Clone();
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").GetProperty("updateActionStatus");
    }

    private static List<string> Path(JsonElement error) =>
        [.. error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!)];
}
