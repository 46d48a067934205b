using PartnershipGraph.GraphQL.Benchmarks.Data;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Benchmarks;

/// <summary>The schema of <c>Documents/schema.graphql</c> with the one resolver the plans query needs; every other field uses the default resolver.</summary>
public static class BenchmarkSchema
{
    /// <summary>Builds the schema over the data.</summary>
    public static Schema Create(PlanData data)
    {
        var schema = SchemaBuilder.FromSdl(BenchmarkFiles.Schema).Build();
        // SchemaBuilder has no public way to give a field declared in SDL a resolver, so the internal setter is used.
        schema.QueryType.GetField("plans")!.Resolver = context =>
        {
            var first = context.Arguments["first"] is int n ? n : int.MaxValue;
            var plans = data.Plans.Count <= first ? data.Plans : data.Plans.GetRange(0, first);
            return new ValueTask<object?>(plans);
        };
        return schema;
    }
}
