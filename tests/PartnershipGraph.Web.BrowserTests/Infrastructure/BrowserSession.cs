namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>The browser contexts one test opened, each with its own cookies, closed when the test ends.</summary>
public sealed class BrowserSession(BrowserFixture fixture, float timeoutMs) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>A page in a new context whose relative URLs resolve against the test host; optionally without JavaScript, to show a page works without it.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await fixture.Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                BaseURL = fixture.BaseUrl,
                Locale = "en-GB",
                JavaScriptEnabled = javaScript,
            }
        );
        context.SetDefaultTimeout(timeoutMs);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>A page in a new context, signed in through the sign-in form as a new administrator named <paramref name="email"/>.</summary>
    public async Task<IPage> SignedInPageAsync(string email, bool javaScript = true)
    {
        await fixture.CreateUserAsync(email);
        var page = await NewPageAsync(javaScript);
        await page.GotoAsync("/Account/SignIn");
        await SignInAsync(page, email);
        await page.WaitForURLAsync(fixture.BaseUrl + "/Admin");
        return page;
    }

    /// <summary>Fills in and submits the sign-in form the page shows.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Saves a screenshot of every open page as <c>name.png</c>, <c>name-2.png</c>, …; returns the files written.</summary>
    public async Task<IReadOnlyList<string>> ScreenshotAsync(string name)
    {
        var folder = Screenshots.Folder();
        var pages = _contexts.SelectMany(c => c.Pages).ToList();
        var saved = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var path = Path.Combine(folder, i == 0 ? $"{name}.png" : $"{name}-{i + 1}.png");
            try
            {
                await pages[i]
                    .ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
                saved.Add(path);
            }
            catch (PlaywrightException)
            {
                // A page that crashed or closed cannot be photographed; the test's own failure says why.
            }
        }
        return saved;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
