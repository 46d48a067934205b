namespace PartnershipGraph.Data.SampleData;

/// <summary>The sample data files shipped inside this assembly, copied from the seed papers.</summary>
public static class SampleDataFiles
{
    /// <summary>The North Somerset SEND Improvement Plan (June 2023 update).</summary>
    public const string NorthSomerset = "north-somerset-send-plan.json";

    /// <summary>The Portsmouth attendance and exclusions strategy with its draft action plan.</summary>
    public const string Portsmouth = "portsmouth-attendance-strategy.json";

    /// <summary>B&amp;NES nurture-outreach schools and Somerset's Team Around the School pilot schools.</summary>
    public const string BanesAndSomersetSchools = "banes-schools.json";

    /// <summary>Opens a shipped file by name.</summary>
    /// <exception cref="FileNotFoundException">No file of that name is shipped.</exception>
    public static Stream OpenEmbedded(string fileName) =>
        typeof(SampleDataFiles).Assembly.GetManifestResourceStream(
            $"PartnershipGraph.Data.SampleData.{fileName}"
        ) ?? throw new FileNotFoundException($"No embedded sample data file {fileName}.", fileName);
}
