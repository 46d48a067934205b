using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.GraphQL.Http;
using static PartnershipGraph.GraphQL.Tests.Http.GraphQLTestServer;

namespace PartnershipGraph.GraphQL.Tests.Http;

public sealed class GraphQLEndpointRouteBuilderExtensionsTests
{
    [Fact]
    public async Task Returns_a_convention_builder_that_RequireAuthorization_applies_to()
    {
        string? seenUser = null;
        await using var server = await StartAsync(
            o =>
                o.ConfigureRequest = context =>
                {
                    seenUser = context.HttpContext.User.Identity?.Name;
                    return ValueTask.CompletedTask;
                },
            setUp: services =>
            {
                services
                    .AddAuthentication(HeaderAuthenticationHandler.SchemeName)
                    .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(
                        HeaderAuthenticationHandler.SchemeName,
                        null
                    );
                services.AddAuthorization();
            },
            map: app => app.MapGraphQL().RequireAuthorization()
        );
        var anonymous = await server.PostAsync("""{"query":"{ hello }"}""");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                """{"query":"{ hello }"}""",
                System.Text.Encoding.UTF8,
                "application/json"
            ),
        };
        request.Headers.Add("X-User", "ada");

        var authenticated = await server.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, authenticated.StatusCode);
        Assert.Equal("ada", seenUser);
    }

    [Fact]
    public async Task Maps_the_endpoint_at_the_given_pattern()
    {
        await using var server = await StartAsync(map: app => app.MapGraphQL("/api/graph"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/graph")
        {
            Content = new StringContent(
                """{"query":"{ hello }"}""",
                System.Text.Encoding.UTF8,
                "application/json"
            ),
        };

        var mapped = await server.SendAsync(request);
        var unmapped = await server.PostAsync("""{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unmapped.StatusCode);
    }

    [Fact]
    public void Throws_when_AddGraphQL_was_not_called()
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());

        Assert.Contains("AddGraphQL", exception.Message);
    }

    [Fact]
    public void Throws_at_start_up_when_an_option_is_out_of_range()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQL(new HttpTestSchema().Schema, o => o.MaxBatchSize = 0);
        var app = builder.Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => app.MapGraphQL());
    }
}
