using System.Diagnostics.Tracing;
using System.Runtime.CompilerServices;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace PartnershipGraph.GraphQL.Benchmarks;

/// <summary>Profiles one benchmark in this process with EventPipe's sample profiler and prints where the time and the allocations go.</summary>
/// <remarks>
/// BenchmarkDotNet 0.14's EventPipeProfiler does not recognise .NET 10, and dotnet-trace is not installed here, so this
/// starts an EventPipe session on its own process (the packages come with BenchmarkDotNet).
/// </remarks>
public static class SamplingProfile
{
    /// <summary>Runs the operation for the duration under the profiler and prints the top methods by exclusive and inclusive samples, and allocations by type.</summary>
    public static void Run(string name, Func<object> operation, TimeSpan duration, int top = 40)
    {
        Spin(operation, duration / 2);
        var runtimeKeywords = (long)(
            ClrTraceEventParser.Keywords.Jit
            | ClrTraceEventParser.Keywords.Loader
            | ClrTraceEventParser.Keywords.GC
        );
        EventPipeProvider[] providers =
        [
            new("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
            new("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose, runtimeKeywords),
        ];
        var tracePath = Path.Combine(
            Path.GetTempPath(),
            $"{name}-{Environment.ProcessId}.nettrace"
        );
        using (
            var session = new DiagnosticsClient(Environment.ProcessId).StartEventPipeSession(
                providers,
                requestRundown: true
            )
        )
        {
            var copy = Task.Run(() =>
            {
                using var file = File.Create(tracePath);
                session.EventStream.CopyTo(file);
            });
            Spin(operation, duration);
            session.Stop();
            copy.Wait();
        }
        Report(name, tracePath, top);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Spin(Func<object> operation, TimeSpan duration)
    {
        var end = DateTime.UtcNow + duration;
        while (DateTime.UtcNow < end)
        {
            for (var i = 0; i < 16; i++)
            {
                operation();
            }
        }
    }

    private static void Report(string name, string tracePath, int top)
    {
        var etlxPath = TraceLog.CreateFromEventPipeDataFile(tracePath);
        using var log = new TraceLog(etlxPath);
        var exclusive = new Dictionary<string, int>();
        var inclusive = new Dictionary<string, int>();
        var allocations = new Dictionary<string, long>();
        var samples = 0;
        foreach (var traceEvent in log.Events)
        {
            if (traceEvent.EventName == "GC/AllocationTick")
            {
                var type = traceEvent.PayloadByName("TypeName") as string ?? "?";
                var amount = Convert.ToInt64(traceEvent.PayloadByName("AllocationAmount64") ?? 0L);
                allocations[type] = allocations.GetValueOrDefault(type) + amount;
                continue;
            }
            if (traceEvent.ProviderName != "Microsoft-DotNETCore-SampleProfiler")
            {
                continue;
            }
            var frames = new List<string>();
            for (var frame = traceEvent.CallStack(); frame is not null; frame = frame.Caller)
            {
                frames.Add(Shorten(frame.CodeAddress.FullMethodName));
            }
            if (!frames.Exists(f => f.Contains("SamplingProfile.Spin", StringComparison.Ordinal)))
            {
                continue;
            }
            samples++;
            var top0 = frames.Count > 0 ? frames[0] : "?";
            exclusive[top0] = exclusive.GetValueOrDefault(top0) + 1;
            foreach (var frame in frames.Distinct())
            {
                inclusive[frame] = inclusive.GetValueOrDefault(frame) + 1;
            }
        }
        Console.WriteLine($"## {name}: {samples} samples on the benchmark thread");
        Print("exclusive", exclusive, samples, top);
        Print("inclusive", inclusive, samples, top);
        var allocated = allocations.Values.Sum();
        Console.WriteLine("\n### allocations (AllocationTick samples, by type)");
        foreach (var (type, amount) in allocations.OrderByDescending(a => a.Value).Take(top / 2))
        {
            Console.WriteLine($"{100.0 * amount / Math.Max(1, allocated), 6:F1}%  {type}");
        }
    }

    private static void Print(string title, Dictionary<string, int> counts, int samples, int top)
    {
        Console.WriteLine($"\n### {title}");
        foreach (var (method, count) in counts.OrderByDescending(c => c.Value).Take(top))
        {
            Console.WriteLine($"{100.0 * count / Math.Max(1, samples), 6:F1}%  {method}");
        }
    }

    private static string Shorten(string method)
    {
        var name = method.Replace("PartnershipGraph.GraphQL.", "", StringComparison.Ordinal);
        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        return parameters > 0 ? name[..parameters] : name;
    }
}
