using System.Text.RegularExpressions;

namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>
/// Finds the admin pages reachable by GET: the admin navigation and every link under <c>/Admin</c> on the pages
/// it reaches, one URL per page template (ids and query strings aside), so an index's first row stands for all.
/// </summary>
public static partial class AdminCrawl
{
    /// <summary>Downloads rather than pages.</summary>
    private static readonly string[] NotPages = ["/Admin/Spreadsheets/Export"];

    /// <summary>The page template a URL path shows: <c>/Admin/Plans/Details/{id}</c>.</summary>
    public static string Template(string path) => Guid().Replace(path, "{id}").TrimEnd('/');

    /// <summary>Visits <paramref name="start"/> and the admin pages it leads to, breadth first, calling <paramref name="visit"/> on each once loaded.</summary>
    public static async Task<IReadOnlyList<string>> VisitAsync(
        IPage page,
        string baseUrl,
        string start,
        Func<string, Task> visit,
        int limit = 150
    )
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Template(start) };
        var queue = new Queue<string>([start]);
        var visited = new List<string>();
        while (queue.Count > 0 && visited.Count < limit)
        {
            var url = queue.Dequeue();
            var response = await page.GotoAsync(url);
            Assert.True(
                response is { Ok: true },
                $"GET {url} answered {response?.Status.ToString() ?? "nothing"}"
            );
            visited.Add(url);
            await visit(url);
            var hrefs = await page.Locator("a[href]")
                .EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
            foreach (var href in hrefs)
            {
                if (!href.StartsWith(baseUrl + "/Admin", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                var relative = href[baseUrl.Length..].Split('#')[0];
                var path = relative.Split('?')[0];
                if (NotPages.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }
                if (seen.Add(Template(path)))
                {
                    queue.Enqueue(relative);
                }
            }
        }
        return visited;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
