using System.Runtime.CompilerServices;

namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>
/// A test class driving the browser: each test runs in contexts of its own (fresh cookies), and a failing
/// test leaves a screenshot of every page it opened.
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>How long one step may wait for the page, well under Playwright's 30 s so a broken page fails fast.</summary>
    public const float StepTimeoutMs = 10_000;

    protected BrowserFixture Fixture { get; } = fixture;

    /// <summary>Runs <paramref name="scenario"/> in a new browser context; on failure saves screenshots and rethrows.</summary>
    protected Task InBrowserAsync(
        Func<IPage, Task> scenario,
        [CallerMemberName] string test = ""
    ) => InSessionAsync(async session => await scenario(await session.NewPageAsync()), test);

    /// <summary>Runs a scenario that may open several contexts, e.g. two users editing at once.</summary>
    protected async Task InSessionAsync(
        Func<BrowserSession, Task> scenario,
        [CallerMemberName] string test = ""
    )
    {
        await using var session = new BrowserSession(Fixture, StepTimeoutMs);
        try
        {
            await scenario(session);
        }
        catch (Exception failure)
        {
            var saved = await session.ScreenshotAsync($"{GetType().Name}.{test}");
            throw new BrowserTestFailedException(failure, saved);
        }
    }
}
