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
            benchmarks.SetupDocument();
            var name = benchmarks.GetType().Name;
            Measure($"{name}.Parse", () => benchmarks.Parse(), duration);
            Measure($"{name}.Validate", () => benchmarks.Validate(), duration);
            try
            {
                benchmarks.SetupExecution();
            }
            catch (InvalidOperationException exception)
            {
                Console.WriteLine(
                    $"{name}: {exception.Message[..Math.Min(200, exception.Message.Length)]}"
                );
                continue;
            }
            Measure($"{name}.Execute", () => benchmarks.Execute(), duration);
            Measure($"{name}.EndToEnd", () => benchmarks.EndToEnd(), duration);
        }
    }

    /// <summary>Profiles one benchmark, named as <c>PlansQueryBenchmarks.Execute</c>.</summary>
    /// <param name="name">The benchmark.</param>
    /// <param name="duration">How long to profile it for.</param>
    /// <param name="profile">Whether to profile with EventPipe; otherwise it only runs, for an outside profiler such as <c>perf</c>.</param>
    public static void Profile(string name, TimeSpan duration, bool profile = true)
    {
        var parts = name.Split('.');
        DocumentBenchmarks benchmarks = parts[0] switch
        {
            nameof(IntrospectionBenchmarks) => new IntrospectionBenchmarks(),
            nameof(PlansQueryBenchmarks) => new PlansQueryBenchmarks(),
            _ => throw new ArgumentException($"Unknown benchmark class {parts[0]}."),
        };
        benchmarks.SetupExecution();
        Func<object> operation = parts[1] switch
        {
            nameof(DocumentBenchmarks.Parse) => benchmarks.Parse,
            nameof(DocumentBenchmarks.Validate) => benchmarks.Validate,
            nameof(DocumentBenchmarks.Execute) => benchmarks.Execute,
            nameof(DocumentBenchmarks.EndToEnd) => benchmarks.EndToEnd,
            _ => throw new ArgumentException($"Unknown benchmark {parts[1]}."),
        };
        if (profile)
        {
            SamplingProfile.Run(name, operation, duration);
        }
        else
        {
            RunFor(operation, duration);
        }
    }

    /// <summary>The JSON response of the end-to-end path.</summary>
    public static string ResponseJson(DocumentBenchmarks benchmarks)
    {
        benchmarks.SetupDocument();
        try
        {
            benchmarks.SetupExecution();
        }
        catch (InvalidOperationException exception)
        {
            return exception.Message;
        }
        return Execution.ExecutionResultWriter.ToJson(benchmarks.EndToEnd());
    }

    private static void Measure(string name, Func<object> operation, TimeSpan duration)
    {
        RunFor(operation, duration / 2);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (count, elapsed) = RunFor(operation, duration);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        // Ops per CPU-second of the whole process stays meaningful when other processes share the cores.
        var line = new StringBuilder()
            .Append(name.PadRight(36))
            .Append($"{count / elapsed.TotalSeconds, 12:N0} ops/s")
            .Append($"{count / cpu.TotalSeconds, 12:N0} ops/cpu-s")
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
