using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.ApiKeys;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

/// <summary>Mutations sent with real API keys as <c>Authorization: Bearer …</c>, through the production authentication.</summary>
public sealed class ApiKeyMutationsTests : IDisposable
{
    private const string Errors = "errors { __typename ... on Error { message } }";

    // Each test writes, so each gets its own database.
    private readonly PartnershipWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_admin_key_creates_a_school()
    {
        var admin = await CreateKeyAsync(new NewApiKey("Admin console", Role.Admin));
        await using var db = await OpenAsync();
        var area = await db.LocalAreas.OrderBy(a => a.Id).FirstAsync();

        var payload = await MutateAsync(
            admin,
            "createSchool",
            "CreateSchoolInput",
            new { localAreaId = GlobalId.Encode("LocalArea", area.Id), name = "Keyed Academy" },
            "school { name }"
        );

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(
            "Keyed Academy",
            payload.GetProperty("school").GetProperty("name").GetString()
        );
        Assert.True(await db.Schools.AnyAsync(s => s.Name == "Keyed Academy"));
    }

    [Fact]
    public async Task An_area_lead_key_may_not_create_a_school_and_nothing_is_written()
    {
        var lead = await FindLeadAsync();
        var key = await CreateKeyAsync(
            new NewApiKey("Lead", Role.AreaLead, PersonId: lead.PersonId)
        );
        await using var db = await OpenAsync();
        var schools = await db.Schools.CountAsync();

        var payload = await MutateAsync(
            key,
            "createSchool",
            "CreateSchoolInput",
            new
            {
                localAreaId = GlobalId.Encode("LocalArea", lead.LocalAreaId),
                name = "Rogue Academy",
            },
            "school { name }"
        );

        AssertSingleError(payload, "ForbiddenError");
        Assert.Equal(schools, await db.Schools.CountAsync());
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityType == "School"));
    }

    [Fact]
    public async Task An_area_lead_key_updates_the_status_of_an_action_in_their_area_only()
    {
        var lead = await FindLeadAsync();
        var key = await CreateKeyAsync(
            new NewApiKey("Lead", Role.AreaLead, PersonId: lead.PersonId)
        );
        await using var db = await OpenAsync();
        var own = await db
            .Actions.AsNoTracking()
            .OrderBy(a => a.Id)
            .FirstAsync(a => a.PlanAreaId == lead.PlanAreaId);
        var other = await db
            .Actions.AsNoTracking()
            .OrderBy(a => a.Id)
            .FirstAsync(a =>
                a.Area!.PlanId == lead.PlanId
                && !a.Area.Leads.Any(l => l.PersonId == lead.PersonId)
                && !a.Responsibles.Any(r => r.PersonId == lead.PersonId)
            );

        var denied = await UpdateStatusAsync(key, other.Id, other.Version);
        var allowed = await UpdateStatusAsync(key, own.Id, own.Version);

        AssertSingleError(denied, "ForbiddenError");
        Assert.Equal(JsonValueKind.Null, denied.GetProperty("action").ValueKind);
        Assert.Equal(JsonValueKind.Null, allowed.GetProperty("errors").ValueKind);
        Assert.Equal(
            "PARTIALLY_MET",
            allowed.GetProperty("action").GetProperty("currentRag").GetString()
        );
        var otherAfter = await db.Actions.AsNoTracking().SingleAsync(a => a.Id == other.Id);
        Assert.Equal(other.Version, otherAfter.Version);
        Assert.Equal(other.CurrentRag, otherAfter.CurrentRag);
        Assert.False(
            await db.ActionUpdates.AnyAsync(u => u.ActionId == other.Id && u.Narrative == Narrative)
        );
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityId == other.Id));
        Assert.Equal(
            own.Version + 1,
            (await db.Actions.AsNoTracking().SingleAsync(a => a.Id == own.Id)).Version
        );
    }

    [Fact]
    public async Task An_area_lead_key_records_an_actual_of_a_kpi_in_their_area_only()
    {
        var lead = await FindLeadAsync();
        var key = await CreateKeyAsync(
            new NewApiKey("Lead", Role.AreaLead, PersonId: lead.PersonId)
        );
        await using var db = await OpenAsync();
        var own = await db
            .Kpis.AsNoTracking()
            .OrderBy(k => k.Id)
            .FirstAsync(k =>
                k.PlanAreaId == lead.PlanAreaId || k.Action!.PlanAreaId == lead.PlanAreaId
            );
        var other = await db
            .Kpis.AsNoTracking()
            .OrderBy(k => k.Id)
            .FirstAsync(k =>
                k.PlanId == lead.PlanId
                && !db.PlanAreaLeads.Any(l =>
                    l.PersonId == lead.PersonId
                    && (l.PlanAreaId == k.PlanAreaId || l.PlanAreaId == k.Action!.PlanAreaId)
                )
                && !db.ActionResponsibles.Any(r =>
                    r.PersonId == lead.PersonId && r.ActionId == k.ActionId
                )
            );
        var otherActuals = await db.KpiActuals.CountAsync(a => a.KpiId == other.Id);

        var denied = await RecordActualAsync(key, other.Id, other.Version);
        var allowed = await RecordActualAsync(key, own.Id, own.Version);

        AssertSingleError(denied, "ForbiddenError");
        Assert.Equal(JsonValueKind.Null, denied.GetProperty("actual").ValueKind);
        Assert.Equal(JsonValueKind.Null, allowed.GetProperty("errors").ValueKind);
        Assert.Equal(42m, allowed.GetProperty("actual").GetProperty("value").GetDecimal());
        Assert.Equal(otherActuals, await db.KpiActuals.CountAsync(a => a.KpiId == other.Id));
        Assert.Equal(
            other.Version,
            (await db.Kpis.AsNoTracking().SingleAsync(k => k.Id == other.Id)).Version
        );
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityId == other.Id));
        Assert.True(await db.KpiActuals.AnyAsync(a => a.KpiId == own.Id && a.Value == 42m));
    }

    [Fact]
    public async Task A_revoked_key_is_refused_with_401_and_nothing_is_written()
    {
        var admin = await CreateKeyAsync(new NewApiKey("Old console", Role.Admin));
        await _factory
            .Services.GetRequiredService<ApiKeyStore>()
            .RevokeAsync(admin.Record.Prefix, CancellationToken.None);
        await using var db = await OpenAsync();
        var area = await db.LocalAreas.OrderBy(a => a.Id).FirstAsync();

        using var response = await PostAsync(
            admin,
            "createSchool",
            "CreateSchoolInput",
            new { localAreaId = GlobalId.Encode("LocalArea", area.Id), name = "Revoked Academy" },
            "school { name }"
        );

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await db.Schools.AnyAsync(s => s.Name == "Revoked Academy"));
    }

    private const string Narrative = "Updated through an API key.";

    private sealed record Lead(Guid PersonId, Guid PlanAreaId, Guid PlanId, Guid LocalAreaId);

    // A person who leads an area that has both actions and KPIs.
    private async Task<Lead> FindLeadAsync()
    {
        await using var db = await OpenAsync();
        var lead = await db
            .PlanAreaLeads.Where(l =>
                l.PersonId != null
                && db.Actions.Any(a => a.PlanAreaId == l.PlanAreaId)
                && db.Kpis.Any(k =>
                    k.PlanAreaId == l.PlanAreaId || k.Action!.PlanAreaId == l.PlanAreaId
                )
            )
            .OrderBy(l => l.Id)
            .Select(l => new
            {
                l.PersonId,
                l.PlanAreaId,
                l.Area!.PlanId,
                l.Area.Plan!.LocalAreaId,
            })
            .FirstAsync();
        return new(lead.PersonId!.Value, lead.PlanAreaId, lead.PlanId, lead.LocalAreaId);
    }

    private Task<JsonElement> UpdateStatusAsync(CreatedApiKey key, Guid actionId, int version) =>
        MutateAsync(
            key,
            "updateActionStatus",
            "UpdateActionStatusInput",
            new
            {
                actionId = GlobalId.Encode("Action", actionId),
                rag = "PARTIALLY_MET",
                narrative = Narrative,
                expectedVersion = version,
            },
            "action { currentRag }"
        );

    private Task<JsonElement> RecordActualAsync(CreatedApiKey key, Guid kpiId, int version) =>
        MutateAsync(
            key,
            "recordKpiActual",
            "RecordKpiActualInput",
            new
            {
                kpiId = GlobalId.Encode("Kpi", kpiId),
                value = 42,
                asOf = "2026-11-01",
                expectedVersion = version,
            },
            "actual { value }"
        );

    private async Task<JsonElement> MutateAsync(
        CreatedApiKey key,
        string mutation,
        string inputType,
        object input,
        string selection
    )
    {
        using var response = await PostAsync(key, mutation, inputType, input, selection);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement.Clone();
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").GetProperty(mutation);
    }

    private async Task<HttpResponseMessage> PostAsync(
        CreatedApiKey key,
        string mutation,
        string inputType,
        object input,
        string selection
    )
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            key.Secret
        );
        return await client.PostAsJsonAsync(
            "/graphql",
            new
            {
                query = $"mutation ($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} {Errors} }} }}",
                variables = new { input },
            }
        );
    }

    private static void AssertSingleError(JsonElement payload, string typeName)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(typeName, error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    private Task<CreatedApiKey> CreateKeyAsync(NewApiKey request) =>
        _factory
            .Services.GetRequiredService<ApiKeyStore>()
            .CreateAsync(request, CancellationToken.None);

    private Task<PartnershipDbContext> OpenAsync() =>
        _factory
            .Services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>()
            .CreateDbContextAsync();
}
