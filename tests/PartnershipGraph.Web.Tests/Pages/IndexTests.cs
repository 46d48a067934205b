using System.Net;
using System.Text.RegularExpressions;
using PartnershipGraph.Web.Tests.Infrastructure;

namespace PartnershipGraph.Web.Tests.Pages;

public sealed partial class IndexTests
{
    [Fact]
    public async Task Lists_each_plan_with_its_areas_and_their_action_rag_counts()
    {
        using var factory = new PartnershipWebFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "<h2>North Somerset Local Area - SEND Improvement Plan</h2>",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("Strategy to reduce time lost from school", html, StringComparison.Ordinal);
        Assert.Equal(["7", "0", "0", "0", "0"], RowCounts(html, "1. Area 1"));
        Assert.Equal(["6", "2", "1", "1", "0"], RowCounts(html, "4. Area 4"));
        Assert.Equal(["0", "0", "0", "0", "10"], RowCounts(html, "1. Actions / priorities"));
    }

    [Fact]
    public async Task Reads_the_page_in_three_sql_queries()
    {
        using var factory = new PartnershipWebFactory(
            null,
            ("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information")
        );
        using var client = factory.CreateClient();
        factory.LogLines.Clear();

        await client.GetStringAsync("/");

        Assert.Equal(
            3,
            factory.LogLines.Count(l => l.Contains("Executed DbCommand", StringComparison.Ordinal))
        );
    }

    private static string[] RowCounts(string html, string rowHeading)
    {
        var row = html[html.IndexOf($">{rowHeading}</th>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        return [.. CountCell().Matches(row).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("""<td class="count" data-rag="\w+">(\d+)</td>""")]
    private static partial Regex CountCell();
}
