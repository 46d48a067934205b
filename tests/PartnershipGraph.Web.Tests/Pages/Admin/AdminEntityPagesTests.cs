using System.Net;
using System.Text.RegularExpressions;
using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Tests.Pages.Admin;

/// <summary>
/// The behaviours every data-entry feature's pages share (index, create, edit, stale edit, delete, read-only
/// roles), run once per feature by a subclass that says how to fill its form and reach its records.
/// </summary>
public abstract partial class AdminEntityPagesTests(AdminHostFixture fixture)
{
    protected AdminHostFixture Fixture => fixture;

    /// <summary>The feature's index path, e.g. "/Admin/People".</summary>
    protected abstract string Path { get; }

    /// <summary>The sort name of the name column, e.g. "name".</summary>
    protected abstract string NameSort { get; }

    /// <summary>The form field holding the name, e.g. "Input.Name".</summary>
    protected abstract string NameField { get; }

    /// <summary>The service's message when the name is blank.</summary>
    protected abstract string RequiredMessage { get; }

    /// <summary>What a refused delete names as the reference, e.g. "people".</summary>
    protected abstract string ReferenceReason { get; }

    /// <summary>A valid form for a record called <paramref name="name"/>.</summary>
    protected abstract IEnumerable<(string Key, string Value)> Fields(string name);

    /// <summary>Creates a record through the service; returns its key.</summary>
    protected abstract Task<Guid> CreateAsync(string name);

    /// <summary>Renames a record through the service, as another user would.</summary>
    protected abstract Task RenameAsync(Guid id, string name, int version);

    /// <summary>The stored name, or null when the record is gone.</summary>
    protected abstract Task<string?> NameAsync(Guid id);

    /// <summary>How many records there are.</summary>
    protected abstract Task<int> CountAsync();

    /// <summary>Every readable name, in the order the index sorts them descending (ties by key).</summary>
    protected abstract Task<List<string>> NamesDescendingAsync();

    /// <summary>A sample record something still refers to.</summary>
    protected abstract Task<Guid> ReferencedIdAsync();

    [Fact]
    public async Task Index_sorts_and_pages()
    {
        await CreateAsync("Paging Extra One");
        await CreateAsync("Paging Extra Two");
        var names = await NamesDescendingAsync();
        using var client = Fixture.Client();
        var first = await client.GetStringAsync($"{Path}?sort={NameSort}&dir=desc&size=2");
        Assert.Equal(names.Take(2), AdminHostFixture.RowNames(first));
        Assert.Contains("aria-sort=\"descending\"", first, StringComparison.Ordinal);
        Assert.Contains($"Page 1 of {(names.Count + 1) / 2}", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        var second = await client.GetStringAsync($"{Path}?sort={NameSort}&dir=desc&size=2&p=2");
        Assert.Equal(names.Skip(2).Take(2), AdminHostFixture.RowNames(second));
    }

    [Fact]
    public async Task Index_search_finds_a_record_by_part_of_its_name_in_any_case()
    {
        var name = $"Searchable Qzx{Guid.NewGuid():N}"[..24];
        await CreateAsync(name);
        using var client = Fixture.Client();
        var html = await client.GetStringAsync(
            $"{Path}?q={Uri.EscapeDataString(name[11..].ToLowerInvariant())}"
        );
        Assert.Equal([name], AdminHostFixture.RowNames(html));
        Assert.Contains("1 match", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_with_a_blank_name_shows_the_error_beside_the_field_and_writes_nothing()
    {
        var before = await CountAsync();
        using var client = Fixture.Client();
        using var response = await AdminHostFixture.PostAsync(
            client,
            $"{Path}/Edit",
            [.. Fields(" ")]
        );
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = NameField.Replace('.', '_') + "-error";
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{id}\">Error: {RequiredMessage}", html, StringComparison.Ordinal);
        Assert.Matches($"aria-describedby=\"([^\"]+ )?{id}\"", html);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_then_edit_saves_through_the_service()
    {
        using var client = Fixture.Client();
        using var created = await AdminHostFixture.PostAsync(
            client,
            $"{Path}/Edit",
            [.. Fields("Created On A Page")]
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.ToString().Split('/')[^1]);
        Assert.Equal("Created On A Page", await NameAsync(id));

        using var edited = await AdminHostFixture.PostAsync(
            client,
            $"{Path}/Edit/{id}",
            [.. Fields("Edited On A Page"), ("Input.Version", "1")]
        );
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("Edited On A Page", await NameAsync(id));
        Assert.Contains(
            "Edited On A Page",
            await client.GetStringAsync($"{Path}/Details/{id}"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Stale_edit_is_refused_and_keeps_what_was_typed()
    {
        var id = await CreateAsync("Before The Race");
        await RenameAsync(id, "Changed Elsewhere", 1);
        using var client = Fixture.Client();
        using var response = await AdminHostFixture.PostAsync(
            client,
            $"{Path}/Edit/{id}",
            [.. Fields("What I Typed"), ("Input.Version", "1")]
        );
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed by someone else", html, StringComparison.Ordinal);
        Assert.Contains("value=\"What I Typed\"", html, StringComparison.Ordinal);
        Assert.Equal("Changed Elsewhere", await NameAsync(id));
        Assert.Contains("name=\"Input.Version\" value=\"2\"", html, StringComparison.Ordinal);

        using var again = await AdminHostFixture.PostAsync(
            client,
            $"{Path}/Edit/{id}",
            [.. Fields("What I Typed"), ("Input.Version", "2")]
        );
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("What I Typed", await NameAsync(id));
    }

    [Fact]
    public async Task Delete_is_refused_with_the_reason_while_the_record_is_referenced()
    {
        var id = await ReferencedIdAsync();
        using var client = Fixture.Client();
        var page = await client.GetStringAsync($"{Path}/Delete/{id}");
        var version = VersionField().Match(page).Groups[1].Value;
        using var response = await AdminHostFixture.PostAsync(
            client,
            $"{Path}/Delete/{id}",
            ("Version", version)
        );
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is still referenced by", html, StringComparison.Ordinal);
        Assert.Contains(ReferenceReason, html, StringComparison.Ordinal);
        Assert.NotNull(await NameAsync(id));
    }

    [Fact]
    public async Task Delete_removes_a_record_nothing_refers_to()
    {
        var id = await CreateAsync("Short Lived");
        using var client = Fixture.Client();
        using var response = await AdminHostFixture.PostAsync(
            client,
            $"{Path}/Delete/{id}",
            ("Version", "1")
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await NameAsync(id));
    }

    [Fact]
    public async Task Board_member_reads_but_may_not_change()
    {
        var id = await CreateAsync("Read Only Record");
        using var client = Fixture.Client(Role.BoardMember);
        var index = await client.GetStringAsync(Path);
        Assert.DoesNotContain($"href=\"{Path}/Edit\"", index, StringComparison.Ordinal);
        var details = await client.GetStringAsync($"{Path}/Details/{id}");
        Assert.DoesNotContain($"{Path}/Edit/{id}", details, StringComparison.Ordinal);
        using var edit = await client.GetAsync($"{Path}/Edit/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        using var delete = await client.PostAsync(
            $"{Path}/Delete/{id}",
            new FormUrlEncodedContent([new("Version", "1")])
        );
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.NotNull(await NameAsync(id));
    }

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
