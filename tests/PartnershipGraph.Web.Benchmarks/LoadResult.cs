namespace PartnershipGraph.Web.Benchmarks;

/// <summary>What one load run measured.</summary>
public sealed record LoadResult(
    string Name,
    int Requests,
    int Failures,
    TimeSpan Duration,
    double P50Ms,
    double P95Ms
)
{
    /// <summary>Completed requests per second.</summary>
    public double RequestsPerSecond => Requests / Duration.TotalSeconds;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Name, -10} {RequestsPerSecond, 8:F1} req/s  p50 {P50Ms, 7:F2} ms  p95 {P95Ms, 7:F2} ms  ({Requests} requests, {Failures} failed)";
}
