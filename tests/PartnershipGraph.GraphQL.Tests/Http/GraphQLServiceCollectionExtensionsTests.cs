using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.GraphQL.Http;

namespace PartnershipGraph.GraphQL.Tests.Http;

public sealed class GraphQLServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Builds_the_schema_with_the_factory_from_the_root_services()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var schema = new HttpTestSchema();
        builder.Services.AddSingleton(schema);
        builder.Services.AddGraphQL(provider =>
            provider.GetRequiredService<HttpTestSchema>().Schema
        );
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var response = await client.PostAsync(
            "/graphql",
            new StringContent(
                """{"query":"mutation { increment }"}""",
                System.Text.Encoding.UTF8,
                "application/json"
            )
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, schema.Counter);
        await app.StopAsync();
    }

    [Fact]
    public async Task Binds_the_options_from_the_GraphQL_configuration_section_before_configure_runs()
    {
        await using var server = await GraphQLTestServer.StartAsync(
            o => o.MaxBatchSize = 3,
            settings: new Dictionary<string, string?>
            {
                ["GraphQL:EnableBatching"] = "true",
                ["GraphQL:MaxBatchSize"] = "1",
                ["GraphQL:CsrfProtection"] = "Always",
            }
        );

        var batch = await server.PostAsync(
            """[{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"}]"""
        );
        var get = await server.GetAsync("query=%7B%20hello%20%7D");

        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        Assert.Equal(3, (await GraphQLTestServer.JsonAsync(batch)).GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
    }
}
