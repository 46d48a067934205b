using System.Diagnostics;

namespace PartnershipGraph.Web.Benchmarks;

/// <summary>Concurrent workers sending one request over and over: a warm-up, then a measured period.</summary>
public sealed class LoadRunner(HttpClient client, int workers, TimeSpan warmUp, TimeSpan duration)
{
    /// <summary>Runs the load against one request and measures the period after the warm-up.</summary>
    public async Task<LoadResult> RunAsync(string name, Func<HttpRequestMessage> request)
    {
        var clock = Stopwatch.StartNew();
        var measureFrom = warmUp;
        var stopAt = warmUp + duration;
        var latencies = new List<double>[workers];
        var failures = new int[workers];
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            var index = w;
            latencies[index] = [];
            tasks[index] = Task.Run(async () =>
            {
                var buffer = new byte[64 * 1024];
                while (clock.Elapsed < stopAt)
                {
                    var start = clock.Elapsed;
                    using var message = request();
                    using var response = await client.SendAsync(
                        message,
                        HttpCompletionOption.ResponseHeadersRead
                    );
                    await using (var body = await response.Content.ReadAsStreamAsync())
                    {
                        while (await body.ReadAsync(buffer) > 0) { }
                    }
                    var end = clock.Elapsed;
                    if (start < measureFrom || end > stopAt)
                    {
                        continue;
                    }
                    if (!response.IsSuccessStatusCode)
                    {
                        failures[index]++;
                    }
                    latencies[index].Add((end - start).TotalMilliseconds);
                }
            });
        }
        await Task.WhenAll(tasks);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(
            name,
            all.Length,
            failures.Sum(),
            duration,
            Percentile(all, 0.50),
            Percentile(all, 0.95)
        );
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0
            ? double.NaN
            : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];
}
