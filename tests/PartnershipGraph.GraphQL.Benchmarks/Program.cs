using BenchmarkDotNet.Running;
using PartnershipGraph.GraphQL.Benchmarks;

switch (args.FirstOrDefault())
{
    case "--json":
        // The responses, to compare with `node bench.mjs --json`.
        Console.WriteLine(QuickRun.ResponseJson(new IntrospectionBenchmarks()));
        Console.WriteLine(QuickRun.ResponseJson(new PlansQueryBenchmarks()));
        break;
    case "--quick":
        QuickRun.Run(TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1]) : 2));
        break;
    case "--profile":
        // --profile PlansQueryBenchmarks.Execute [seconds]
        QuickRun.Profile(
            args[1],
            TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2]) : 5)
        );
        break;
    case "--spin":
        // --spin PlansQueryBenchmarks.Execute [seconds]: runs one benchmark, for `perf record`.
        QuickRun.Profile(
            args[1],
            TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2]) : 5),
            profile: false
        );
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
