using System.Net.Http.Json;

namespace PartnershipGraph.Web.Benchmarks;

/// <summary>Loads the GraphQL dashboard query and its hand-written baseline on the real host and compares them.</summary>
public static class WebBenchmark
{
    /// <summary>Arguments: [workers] [warm-up seconds] [measured seconds] [rounds].</summary>
    public static async Task<int> Main(string[] args)
    {
        // dotnet run -c Release --project tests/PartnershipGraph.Web.Benchmarks -- [workers] [warm-up s] [duration s] [rounds]
        var workers = args.Length > 0 ? int.Parse(args[0]) : 8;
        var warmUp = TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1]) : 2);
        var duration = TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2]) : 10);
        var rounds = args.Length > 3 ? int.Parse(args[3]) : 3;

        using var host = new BenchmarkHost();
        var address = host.Start();
        using var client = new HttpClient(
            new SocketsHttpHandler { MaxConnectionsPerServer = workers, UseCookies = false }
        )
        {
            BaseAddress = address,
        };
        HttpRequestMessage GraphQL() =>
            new(HttpMethod.Post, "/graphql")
            {
                Content = JsonContent.Create(new { query = DashboardQuery.Document }),
            };
        HttpRequestMessage Baseline() => new(HttpMethod.Get, BaselineDashboardEndpoint.Path);

        async Task<(string Json, int Commands, string Sql)> OnceAsync(
            Func<HttpRequestMessage> request
        )
        {
            host.Commands.Reset();
            using var message = request();
            using var response = await client.SendAsync(message);
            var json = await response.Content.ReadAsStringAsync();
            response.EnsureSuccessStatusCode();
            return (json, host.Commands.Count, host.Commands.LastCommand);
        }

        var graphQL = await OnceAsync(GraphQL);
        var baseline = await OnceAsync(Baseline);
        var difference = ResponseComparison.Difference(graphQL.Json, baseline.Json);
        Console.WriteLine($"Kestrel at {address}; {Environment.ProcessorCount} cores");
        Console.WriteLine(
            $"response bytes: GraphQL {graphQL.Json.Length}, baseline {baseline.Json.Length}; "
                + $"SQL commands per request: GraphQL {graphQL.Commands}, baseline {baseline.Commands}"
        );
        if (difference is not null)
        {
            Console.Error.WriteLine($"The responses differ: {difference}");
            Console.Error.WriteLine(
                $"GraphQL: {graphQL.Json[..Math.Min(600, graphQL.Json.Length)]}"
            );
            Console.Error.WriteLine(
                $"Baseline: {baseline.Json[..Math.Min(600, baseline.Json.Length)]}"
            );
            return 1;
        }
        Console.WriteLine("Both responses carry the same data.");
        if (Environment.GetEnvironmentVariable("WEB_BENCH_SQL") is "1")
        {
            Console.WriteLine($"GraphQL SQL:\n{graphQL.Sql}\nBaseline SQL:\n{baseline.Sql}");
        }
        Console.WriteLine(
            $"{workers} workers, {warmUp.TotalSeconds} s warm-up, {duration.TotalSeconds} s measured"
        );

        var runner = new LoadRunner(client, workers, warmUp, duration);
        var ratios = new List<double>();
        var failures = 0;
        for (var round = 1; round <= rounds; round++)
        {
            // Alternating the endpoints spreads drifts in the machine's load over both.
            var baselineResult = await runner.RunAsync("baseline", Baseline);
            Console.WriteLine($"round {round} {baselineResult}");
            var graphQLResult = await runner.RunAsync("graphql", GraphQL);
            Console.WriteLine($"round {round} {graphQLResult}");
            var ratio = graphQLResult.RequestsPerSecond / baselineResult.RequestsPerSecond;
            Console.WriteLine($"round {round} GraphQL / baseline throughput: {ratio:F2}x");
            ratios.Add(ratio);
            failures += baselineResult.Failures + graphQLResult.Failures;
        }
        Console.WriteLine(
            $"median GraphQL / baseline throughput over {rounds} rounds: {ratios.Order().ElementAt(rounds / 2):F2}x"
        );
        return failures == 0 ? 0 : 1;
    }
}
