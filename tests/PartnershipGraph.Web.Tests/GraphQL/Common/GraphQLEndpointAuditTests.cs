using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.GraphQL.Tests;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

/// <summary>Runs graphql-http's GraphQL-over-HTTP server audits against the web host's own /graphql endpoint, on a real port.</summary>
public sealed class GraphQLEndpointAuditTests
{
    private static readonly NodeProject Audit = new("GraphQLHttp");

    [Fact]
    public async Task The_api_endpoint_passes_every_graphql_http_audit()
    {
        using var factory = new PartnershipWebFactory(null, ("Api:AllowAnonymous", "true"));
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();

        var output = await Audit.RunAsync(
            "audit.mjs",
            "",
            [address.TrimEnd('/') + "/graphql"],
            TimeSpan.FromMinutes(2)
        );

        using var report = JsonDocument.Parse(output);
        var failures = report
            .RootElement.EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() != "ok")
            .Select(r => r.ToString())
            .ToList();
        Assert.True(report.RootElement.GetArrayLength() > 0, "The audit ran no checks.");
        Assert.True(
            failures.Count == 0,
            "Audits that failed or warned:\n" + string.Join("\n", failures)
        );
    }
}
