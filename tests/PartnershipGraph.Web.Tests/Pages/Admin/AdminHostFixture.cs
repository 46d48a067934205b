using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Tests.Pages.Admin;

/// <summary>One <see cref="AdminTestHost"/> shared by a test class (<c>IClassFixture&lt;AdminHostFixture&gt;</c>), with helpers for reading pages and the database.</summary>
public sealed partial class AdminHostFixture : IDisposable
{
    public AdminTestHost Host { get; } = new();

    /// <summary>A new database context on the host's database.</summary>
    public PartnershipDbContext Db() =>
        Host.Service<IDbContextFactory<PartnershipDbContext>>().CreateDbContext();

    /// <summary>The North Somerset local area's key.</summary>
    public Guid NorthSomerset()
    {
        using var db = Db();
        return db
            .LocalAreas.Where(a => a.Name.Contains("North Somerset"))
            .Select(a => a.Id)
            .Single();
    }

    public HttpClient Client(Role role = Role.Admin) => Host.CreateClient(role);

    /// <summary>The text of each row header (<c>th scope="row"</c>) of the page's table, decoded.</summary>
    public static IReadOnlyList<string> RowNames(string html) =>
        [.. RowHeader().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>Posts a form on <paramref name="url"/> (after getting its token).</summary>
    public static Task<HttpResponseMessage> PostAsync(
        HttpClient client,
        string url,
        params (string Key, string Value)[] fields
    ) =>
        AdminTestHost.PostFormAsync(
            client,
            url,
            fields.Select(f => KeyValuePair.Create(f.Key, f.Value))
        );

    public void Dispose() => Host.Dispose();

    [GeneratedRegex("<th scope=\"row\"><a [^>]*>([^<]*)</a>")]
    private static partial Regex RowHeader();
}
