using System.Text.Json;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.GraphQL.Execution;

namespace PartnershipGraph.GraphQL.Tests.Data;

public sealed class DataFieldResolverTests : IDisposable
{
    private readonly CatalogSchema _schema = new();

    public void Dispose() => _schema.Dispose();

    public sealed class Meeting
    {
        public int Id { get; set; }

        public DateTimeOffset StartsAt { get; set; }

        public Maker? Host { get; set; }

        public List<Maker>? Guests { get; set; }
    }

    [Fact]
    public async Task Takes_where_and_order_from_variables()
    {
        var response = await _schema.RunAsync(
            """
            query ($where: ProductFilterInput, $order: [ProductSortInput!]) {
              products(where: $where, order: $order) { id }
            }
            """,
            new Dictionary<string, object?>
            {
                ["where"] = new Dictionary<string, object?>
                {
                    ["kind"] = new Dictionary<string, object?>
                    {
                        ["in"] = new List<object?> { "BOOK", "PUZZLE" },
                    },
                    ["releasedOn"] = new Dictionary<string, object?> { ["gte"] = "2023-03-01" },
                },
                ["order"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["price"] = "DESC" },
                },
            }
        );
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(
            [6, 4, 3],
            response
                .GetProperty("data")
                .GetProperty("products")
                .EnumerateArray()
                .Select(p => p.GetProperty("id").GetInt32())
        );
    }

    [Fact]
    public async Task Runs_on_in_memory_data_with_missing_navigations_and_no_executor_configured()
    {
        var meetings = new List<Meeting>
        {
            new()
            {
                Id = 1,
                StartsAt = new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero),
                Host = new Maker { Id = 1, Name = "Acme" },
            },
            new()
            {
                Id = 2,
                StartsAt = new DateTimeOffset(2024, 3, 2, 10, 0, 0, TimeSpan.FromHours(1)),
            },
            new()
            {
                Id = 3,
                StartsAt = new DateTimeOffset(2024, 3, 3, 10, 0, 0, TimeSpan.Zero),
                Host = new Maker { Id = 2, Name = "Zenith" },
                Guests = [new Maker { Id = 3, Name = "Orbit" }],
            },
        };
        var schema = new SchemaBuilder()
            .Object(
                "Meeting",
                t =>
                    t.Field("id", "Int!")
                        .Field("startsAt", "DateTime!")
                        .Field("host", "Maker")
                        .Field("guests", "[Maker!]")
            )
            .Object("Maker", t => t.Field("name", "String!"))
            .DataField<Meeting>(
                "Query",
                "meetings",
                _ => meetings.AsQueryable(),
                f => f.UsePaging().UseProjection().UseFiltering().UseSorting()
            )
            .Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(
            """
            {
              meetings(where: { startsAt: { gt: "2024-03-02T08:00:00Z" } }, order: [{ host: { name: DESC } }]) {
                nodes { id host { name } guests { name } }
                totalCount
              }
            }
            """
        );
        var json = JsonDocument.Parse(ExecutionResultWriter.ToJson(result)).RootElement;
        Assert.Equal(
            """{"data":{"meetings":{"nodes":[{"id":3,"host":{"name":"Zenith"},"guests":[{"name":"Orbit"}]},{"id":2,"host":null,"guests":null}],"totalCount":2}}}""",
            json.GetRawText()
        );
    }
}
