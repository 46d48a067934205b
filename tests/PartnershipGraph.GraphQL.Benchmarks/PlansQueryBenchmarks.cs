namespace PartnershipGraph.GraphQL.Benchmarks;

/// <summary>Plans, their areas and their actions: about 50 in-memory objects with scalar fields.</summary>
public class PlansQueryBenchmarks : DocumentBenchmarks
{
    private static readonly string Text = BenchmarkFiles.PlansQuery;

    protected override string Source => Text;
}
