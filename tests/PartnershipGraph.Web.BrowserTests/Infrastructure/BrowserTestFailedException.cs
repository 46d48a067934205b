namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>A browser test's failure, naming the screenshots saved of the pages as they were.</summary>
public sealed class BrowserTestFailedException(Exception failure, IReadOnlyList<string> screenshots)
    : Exception(
        failure.Message
            + (
                screenshots.Count == 0
                    ? "\n(No screenshot could be taken.)"
                    : "\nScreenshots: " + string.Join(", ", screenshots)
            ),
        failure
    );
