namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>Where failing tests' screenshots go: <c>PARTNERSHIPGRAPH_SCREENSHOTS</c>, or <c>screenshots/</c> beside the test assembly.</summary>
public static class Screenshots
{
    public const string FolderVariable = "PARTNERSHIPGRAPH_SCREENSHOTS";

    /// <summary>The folder, created if need be.</summary>
    public static string Folder()
    {
        var configured = Environment.GetEnvironmentVariable(FolderVariable);
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "screenshots")
            : configured;
        Directory.CreateDirectory(folder);
        return folder;
    }
}
