using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>Runs axe-core (Deque.AxeCore.Playwright) on a page with the WCAG 2.0, 2.1 and 2.2 level A and AA rules.</summary>
public static class AxeScan
{
    /// <summary>The axe tags of the rules the admin must pass: WCAG 2.2 AA and everything below it.</summary>
    public static readonly IReadOnlyList<string> WcagTags =
    [
        "wcag2a",
        "wcag2aa",
        "wcag21a",
        "wcag21aa",
        "wcag22aa",
    ];

    /// <summary>Every violation on the page as it is now, one line each: rule id, impact, page, target selector.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string name)
    {
        var result = await page.RunAxe(
            new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            }
        );
        return
        [
            .. result.Violations.SelectMany(v =>
                v.Nodes.Select(n => $"{v.Id} ({v.Impact}) on {name}: {n.Target} – {v.Help}")
            ),
        ];
    }
}
