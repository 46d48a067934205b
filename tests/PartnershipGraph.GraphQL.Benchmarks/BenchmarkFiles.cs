using System.Text.Json;
using PartnershipGraph.GraphQL.Benchmarks.Data;

namespace PartnershipGraph.GraphQL.Benchmarks;

/// <summary>The documents and data shared with <c>node/bench.mjs</c>, read from the <c>Documents</c> folder beside the program.</summary>
public static class BenchmarkFiles
{
    /// <summary>The realistic schema, as SDL.</summary>
    public static string Schema => Read("schema.graphql");

    /// <summary>graphql-js's <c>getIntrospectionQuery()</c> with every option on.</summary>
    public static string IntrospectionQuery => Read("introspection.graphql");

    /// <summary>The three-level query: plans, their areas and their actions.</summary>
    public static string PlansQuery => Read("plans.graphql");

    /// <summary>The in-memory plans (2 plans, 8 areas, 40 actions).</summary>
    public static PlanData Plans =>
        JsonSerializer.Deserialize<PlanData>(
            Read("plans.json"),
            new JsonSerializerOptions(JsonSerializerDefaults.Web)
        ) ?? throw new InvalidOperationException("plans.json is empty.");

    private static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", name));
}
