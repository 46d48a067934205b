namespace PartnershipGraph.GraphQL.Benchmarks;

/// <summary>graphql-js's <c>getIntrospectionQuery()</c> with every option on, against the realistic schema.</summary>
public class IntrospectionBenchmarks : DocumentBenchmarks
{
    private static readonly string Text = BenchmarkFiles.IntrospectionQuery;

    protected override string Source => Text;
}
