using System.Net;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.Health;

public sealed class HealthCheckExtensionsTests
{
    [Fact]
    public async Task Live_and_ready_answer_200_once_the_database_is_migrated()
    {
        using var factory = new PartnershipWebFactory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_answers_503_while_the_database_is_not_migrated()
    {
        using var factory = new PartnershipWebFactory(
            null,
            ("Database:MigrateOnStartup", "false"),
            ("Database:SeedSampleData", "false")
        );
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }
}
