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
}
