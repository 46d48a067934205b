using System.Text.Json;

namespace PartnershipGraph.GraphQL.Tests.Http;

/// <summary>Runs graphql-http's GraphQL-over-HTTP server audits (the GraphQLHttp folder) against the endpoint on a real port.</summary>
public sealed class GraphQLHttpAuditTests
{
    private static readonly NodeProject Audit = new("GraphQLHttp");

    [Fact]
    public async Task Passes_every_MUST_SHOULD_and_MAY_audit_of_graphql_http()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var output = await Audit.RunAsync(
            "audit.mjs",
            "",
            [server.Url.ToString()],
            TimeSpan.FromMinutes(2)
        );
        using var report = JsonDocument.Parse(output);
        var results = report.RootElement.EnumerateArray().ToList();

        Assert.Equal(61, results.Count); // graphql-http 1.23.1: 13 MUST, 23 SHOULD, 25 MAY
        var warningsAndErrors = Failures(
            results,
            r => !r.GetProperty("name").GetString()!.StartsWith("MAY", StringComparison.Ordinal)
        );
        Assert.True(
            warningsAndErrors.Count == 0,
            "MUST and SHOULD audits that failed:\n" + string.Join("\n", warningsAndErrors)
        );
        var notices = Failures(results, _ => true);
        Assert.True(notices.Count == 0, "MAY audits that failed:\n" + string.Join("\n", notices));
    }

    private static List<string> Failures(
        List<JsonElement> results,
        Func<JsonElement, bool> which
    ) =>
        results
            .Where(r => which(r) && r.GetProperty("status").GetString() != "ok")
            .Select(r => r.ToString())
            .ToList();
}
