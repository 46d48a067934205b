using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Builder;

/// <summary>The example of the engine README, kept compiling and correct.</summary>
public class ReadmeExampleTests
{
    private enum Rag
    {
        Met,
        OnTrack,
        PartiallyMet,
    }

    private sealed record PlanEntity(string Id, Rag Rag, DateOnly StartsOn);

    [Fact]
    public async Task The_readme_example_builds_the_schema_it_describes()
    {
        var plans = new List<PlanEntity> { new("p1", Rag.OnTrack, new DateOnly(2022, 5, 1)) };
        var nodes = new Dictionary<string, PlanEntity> { ["p1"] = plans[0] };

        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field("plans", "[Plan!]!", r => plans.Take(r.Argument<int>("first")))
                        .Description("Improvement plans, newest first.")
                        .Argument("first", "Int", a => a.DefaultValue(10))
                        .Field("node", "Node")
                        .ResolveAsync(r =>
                            Task.FromResult(nodes.GetValueOrDefault(r.Argument<string>("id")!))
                        )
                        .Argument("id", "ID!")
            )
            .Interface("Node", i => i.Field("id", "ID!"))
            .Object(
                "Plan",
                o =>
                    o.Implements("Node")
                        .IsTypeOf<PlanEntity>()
                        .Field("id", "ID!")
                        .Field("rag", "Rag!")
                        .Field("startsOn", "Date")
            )
            .Enum<Rag>()
            .InputObject("PlanKey", i => i.OneOf().Field("id", "ID").Field("ref", "String"))
            .Build();

        Assert.Equal(
            """"
            type Query {
              """Improvement plans, newest first."""
              plans(first: Int = 10): [Plan!]!
              node(id: ID!): Node
            }

            interface Node {
              id: ID!
            }

            type Plan implements Node {
              id: ID!
              rag: Rag!
              startsOn: Date
            }

            """
            The `Date` scalar represents a calendar date without a time or time zone, written as `yyyy-MM-dd` (ISO 8601).
            """
            scalar Date @specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date.html")

            enum Rag {
              MET
              ON_TRACK
              PARTIALLY_MET
            }

            input PlanKey @oneOf {
              id: ID
              ref: String
            }
            """",
            SchemaPrinter.Print(schema)
        );
        var node = schema.QueryType.GetField("node")!;
        var found = await node.Resolver!(
            new TestResolverContext(schema, null, node, schema.QueryType, new() { ["id"] = "p1" })
        );
        Assert.Same(plans[0], found);
        Assert.True(((ObjectType)schema.GetType("Plan")!).IsTypeOf!(found!));
    }
}
