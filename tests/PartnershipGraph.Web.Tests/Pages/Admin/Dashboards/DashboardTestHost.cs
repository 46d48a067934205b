using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Tests.Services;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Dashboards;

/// <summary>The admin test host on the sample data with a fixed clock, and helpers to find the North Somerset plan and read pages.</summary>
internal sealed class DashboardTestHost : IDisposable
{
    public const string NorthSomerset = "North Somerset Local Area - SEND Improvement Plan";

    private readonly AdminTestHost _admin = new();
    private readonly WebApplicationFactory<Program> _factory;

    public DashboardTestHost(DateTimeOffset now) =>
        _factory = _admin.Factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedTimeProvider(now)))
        );

    public HttpClient CreateClient(Role? role = Role.BoardMember, Guid? localAreaId = null)
    {
        var client = _factory.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }
        );
        if (role is { } r)
        {
            client.DefaultRequestHeaders.Add(AdminTestHost.RoleHeader, r.ToString());
        }
        if (localAreaId is { } a)
        {
            client.DefaultRequestHeaders.Add(AdminTestHost.ScopeHeader, a.ToString());
        }
        return client;
    }

    /// <summary>A page's HTML, after checking it answered 200.</summary>
    public async Task<string> PageAsync(string url, Role role = Role.BoardMember)
    {
        using var client = CreateClient(role);
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"{url} answered {response.StatusCode}: {html}"
        );
        return html;
    }

    public async Task<T> QueryAsync<T>(Func<PartnershipDbContext, Task<T>> query)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnershipDbContext>();
        return await query(db);
    }

    public Task<Guid> PlanIdAsync(string title = NorthSomerset) =>
        QueryAsync(db => db.Plans.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());

    /// <summary>The inline SVG element whose id is <paramref name="id"/>, parsed as XML.</summary>
    public static XElement Svg(string html, string id)
    {
        var start = html.IndexOf($"<svg ", StringComparison.Ordinal);
        while (
            start >= 0
            && !html[start..html.IndexOf('>', start)]
                .Contains($"id=\"{id}\"", StringComparison.Ordinal)
        )
        {
            start = html.IndexOf("<svg ", start + 1, StringComparison.Ordinal);
        }
        Assert.True(start >= 0, $"No svg with id {id}.");
        var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;
        return XDocument.Parse(html[start..end]).Root!;
    }

    /// <summary>The text between the first <paramref name="from"/> and the next <paramref name="to"/>.</summary>
    public static string Between(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Not found: {from}");
        var end = html.IndexOf(to, start + from.Length, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    public void Dispose()
    {
        _factory.Dispose();
        _admin.Dispose();
    }
}
