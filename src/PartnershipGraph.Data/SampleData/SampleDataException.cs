namespace PartnershipGraph.Data.SampleData;

/// <summary>Thrown when a sample data file cannot be read; the message names the file and the JSON path.</summary>
public sealed class SampleDataException(
    string fileName,
    string? jsonPath,
    string problem,
    Exception? inner = null
) : Exception($"Sample data file {fileName} is malformed at {jsonPath ?? "$"}: {problem}", inner)
{
    /// <summary>The file, e.g. <c>north-somerset-send-plan.json</c>.</summary>
    public string FileName { get; } = fileName;

    /// <summary>The JSON path of the problem, e.g. <c>$.improvementPlan.areas[0]</c>.</summary>
    public string? JsonPath { get; } = jsonPath;
}
