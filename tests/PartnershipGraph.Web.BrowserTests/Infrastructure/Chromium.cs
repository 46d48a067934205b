namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>
/// Where the browser the tests drive is: Debian's chromium (installed by .ci/run), or the executable
/// <c>PARTNERSHIPGRAPH_CHROMIUM</c> names. Playwright's own browser download is not used.
/// </summary>
public static class Chromium
{
    public const string PathVariable = "PARTNERSHIPGRAPH_CHROMIUM";

    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The executable to launch; throws, saying how to install it, when it is missing, so the tests fail rather than skip.</summary>
    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium, and there is none at {path}. "
                    + "Install it (apt-get install chromium, as .ci/run does) "
                    + $"or set {PathVariable} to a Chromium or Chrome executable."
            );
        }
        return path;
    }
}
