using System.Net.Http.Json;

namespace PartnershipGraph.Web.Benchmarks;

/// <summary>Loads the GraphQL dashboard query and its hand-written baseline on the real host and compares them.</summary>
public static class WebBenchmark
{
    /// <summary>Arguments: [workers] [warm-up seconds] [measured seconds].</summary>
    public static async Task<int> Main(string[] args)
    {
        // dotnet run -c Release --project tests/PartnershipGraph.Web.Benchmarks -- [workers] [warm-up s] [duration s]
        var workers = args.Length > 0 ? int.Parse(args[0]) : 8;
        var warmUp = TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1]) : 2);
        var duration = TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2]) : 10);

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

        async Task<(string Json, int Commands)> OnceAsync(Func<HttpRequestMessage> request)
        {
            host.Commands.Reset();
            using var message = request();
            using var response = await client.SendAsync(message);
            var json = await response.Content.ReadAsStringAsync();
            response.EnsureSuccessStatusCode();
            return (json, host.Commands.Count);
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
        Console.WriteLine(
            $"{workers} workers, {warmUp.TotalSeconds} s warm-up, {duration.TotalSeconds} s measured"
        );

        var runner = new LoadRunner(client, workers, warmUp, duration);
        var baselineResult = await runner.RunAsync("baseline", Baseline);
        Console.WriteLine(baselineResult);
        var graphQLResult = await runner.RunAsync("graphql", GraphQL);
        Console.WriteLine(graphQLResult);
        Console.WriteLine(
            $"GraphQL / baseline throughput: {graphQLResult.RequestsPerSecond / baselineResult.RequestsPerSecond:F2}x"
        );
        return baselineResult.Failures + graphQLResult.Failures == 0 ? 0 : 1;
    }
}
