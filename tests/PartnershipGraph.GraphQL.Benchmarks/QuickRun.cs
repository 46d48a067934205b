using System.Diagnostics;
using System.Text;

namespace PartnershipGraph.GraphQL.Benchmarks;

/// <summary>A Stopwatch harness for a quick look (and a profiler to attach to) without BenchmarkDotNet's runs.</summary>
public static class QuickRun
{
    /// <summary>Runs each benchmark for the duration after a warm-up of half of it, and prints ops/s and bytes allocated per op.</summary>
    public static void Run(TimeSpan duration)
    {
        foreach (
            DocumentBenchmarks benchmarks in (DocumentBenchmarks[])
                [new IntrospectionBenchmarks(), new PlansQueryBenchmarks()]
        )
        {
            benchmarks.Setup();
            var name = benchmarks.GetType().Name;
            Measure($"{name}.Parse", () => benchmarks.Parse(), duration);
            Measure($"{name}.Validate", () => benchmarks.Validate(), duration);
            Measure($"{name}.Execute", () => benchmarks.Execute(), duration);
            Measure($"{name}.EndToEnd", () => benchmarks.EndToEnd(), duration);
        }
    }

    /// <summary>The JSON response of the end-to-end path.</summary>
    public static string ResponseJson(DocumentBenchmarks benchmarks)
    {
        benchmarks.Setup();
        return Execution.ExecutionResultWriter.ToJson(benchmarks.EndToEnd());
    }

    private static void Measure(string name, Func<object> operation, TimeSpan duration)
    {
        RunFor(operation, duration / 2);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var (count, elapsed) = RunFor(operation, duration);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var line = new StringBuilder()
            .Append(name.PadRight(36))
            .Append($"{count / elapsed.TotalSeconds, 12:N0} ops/s")
            .Append($"{allocated / count, 12:N0} B/op");
        Console.WriteLine(line);
    }

    private static (long Count, TimeSpan Elapsed) RunFor(Func<object> operation, TimeSpan duration)
    {
        var stopwatch = Stopwatch.StartNew();
        long count = 0;
        while (stopwatch.Elapsed < duration)
        {
            for (var i = 0; i < 16; i++)
            {
                operation();
            }
            count += 16;
        }
        return (count, stopwatch.Elapsed);
    }
}
