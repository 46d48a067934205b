using System.Text;
using System.Text.Json;

namespace PartnershipGraph.GraphQL.Tests.Data.Paging;

/// <summary>CursorPaging on SQLite.</summary>
public sealed class CursorPagingSqliteTests() : CursorPagingTests(CatalogProvider.Sqlite);

/// <summary>CursorPaging on PostgreSQL.</summary>
public sealed class CursorPagingPostgresTests()
    : CursorPagingTests(CatalogProvider.Postgres),
        IPostgresCatalogTests;

public abstract class CursorPagingTests(CatalogProvider provider) : IDisposable
{
    private protected readonly CatalogSchema _schema = new(provider);

    public void Dispose() => _schema.Dispose();

    private static string Cursor(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset}"));

    [DataFact]
    public async Task Returns_the_default_page_size_when_no_size_is_given()
    {
        var page = await PageAsync("smallPages");
        Assert.Equal("1,2", page.Ids);
        Assert.Equal((true, false), (page.HasNext, page.HasPrevious));
    }

    [DataFact]
    public async Task Returns_every_item_and_no_more_pages_when_the_list_fits()
    {
        var page = await PageAsync("productPages");
        Assert.Equal("1,2,3,4,5,6", page.Ids);
        Assert.Equal((false, false), (page.HasNext, page.HasPrevious));
        Assert.Equal((Cursor(0), Cursor(5)), (page.Start, page.End));
    }

    [DataFact]
    public async Task Pages_forwards_with_first_and_after()
    {
        var first = await PageAsync("productPages", "first: 2");
        Assert.Equal("1,2", first.Ids);
        Assert.Equal((true, false), (first.HasNext, first.HasPrevious));
        var second = await PageAsync("productPages", $"first: 2, after: \"{first.End}\"");
        Assert.Equal("3,4", second.Ids);
        Assert.Equal((true, true), (second.HasNext, second.HasPrevious));
        var last = await PageAsync("productPages", $"first: 2, after: \"{Cursor(3)}\"");
        Assert.Equal("5,6", last.Ids);
        Assert.Equal((false, true), (last.HasNext, last.HasPrevious));
    }

    [DataFact]
    public async Task Pages_backwards_with_last_and_before()
    {
        var end = await PageAsync("productPages", "last: 2");
        Assert.Equal("5,6", end.Ids);
        Assert.Equal((false, true), (end.HasNext, end.HasPrevious));
        var before = await PageAsync("productPages", $"last: 2, before: \"{end.Start}\"");
        Assert.Equal("3,4", before.Ids);
        Assert.Equal((true, true), (before.HasNext, before.HasPrevious));
        var start = await PageAsync("productPages", $"last: 5, before: \"{Cursor(1)}\"");
        Assert.Equal("1", start.Ids);
        Assert.Equal((true, false), (start.HasNext, start.HasPrevious));
    }

    [DataFact]
    public async Task Counts_the_list_once_for_last_without_before()
    {
        _schema.Executor.Sql.Clear();
        var page = await PageAsync("productPages", "last: 2", "totalCount");
        Assert.Equal("5,6", page.Ids);
        Assert.Equal(2, _schema.Executor.Sql.Count);
        Assert.StartsWith(
            CatalogSchema.RecordingExecutor.CountPrefix,
            _schema.Executor.Sql[0],
            StringComparison.Ordinal
        );
        Assert.Contains("LIMIT", _schema.Executor.Sql[1], StringComparison.Ordinal);
        Assert.Equal(6, page.Root.GetProperty("totalCount").GetInt32());
    }

    [DataFact]
    public async Task Takes_the_items_between_after_and_before()
    {
        var page = await PageAsync(
            "productPages",
            $"after: \"{Cursor(0)}\", before: \"{Cursor(4)}\""
        );
        Assert.Equal("2,3,4", page.Ids);
        Assert.Equal((true, true), (page.HasNext, page.HasPrevious));
        var firstTwo = await PageAsync(
            "productPages",
            $"first: 2, after: \"{Cursor(0)}\", before: \"{Cursor(4)}\""
        );
        Assert.Equal("2,3", firstTwo.Ids);
        var lastTwo = await PageAsync(
            "productPages",
            $"last: 2, after: \"{Cursor(0)}\", before: \"{Cursor(4)}\""
        );
        Assert.Equal("3,4", lastTwo.Ids);
    }

    [DataFact]
    public async Task Returns_an_empty_page_when_after_is_not_before_before()
    {
        var page = await PageAsync(
            "productPages",
            $"after: \"{Cursor(3)}\", before: \"{Cursor(2)}\""
        );
        Assert.Equal("", page.Ids);
        Assert.Equal((null, null), (page.Start, page.End));
    }

    [DataFact]
    public async Task Returns_an_empty_page_after_the_last_item()
    {
        var page = await PageAsync("productPages", $"first: 3, after: \"{Cursor(5)}\"");
        Assert.Equal("", page.Ids);
        Assert.Equal((false, true), (page.HasNext, page.HasPrevious));
        Assert.Equal((null, null), (page.Start, page.End));
    }

    [DataFact]
    public async Task Returns_an_empty_page_for_first_zero_that_says_more_follow()
    {
        var page = await PageAsync("productPages", "first: 0");
        Assert.Equal("", page.Ids);
        Assert.True(page.HasNext);
    }

    [DataFact]
    public async Task Returns_an_empty_connection_for_an_empty_list()
    {
        var page = await PageAsync(
            "productPages",
            """where: { name: { eq: "nothing" } }""",
            "totalCount"
        );
        Assert.Equal("", page.Ids);
        Assert.Equal(
            (false, false, null, null),
            (page.HasNext, page.HasPrevious, page.Start, page.End)
        );
        Assert.Equal(0, page.Root.GetProperty("totalCount").GetInt32());
    }

    [DataFact]
    public async Task Pages_the_filtered_sorted_list_and_counts_the_filtered_list()
    {
        var page = await PageAsync(
            "productPages",
            "first: 2, where: { price: { gt: 10 } }, order: [{ price: DESC }]",
            "totalCount"
        );
        Assert.Equal("2,6", page.Ids);
        Assert.Equal(4, page.Root.GetProperty("totalCount").GetInt32());
    }

    [DataFact]
    public async Task Counts_only_when_total_count_is_selected()
    {
        _schema.Executor.Sql.Clear();
        await PageAsync("productPages", "first: 2");
        Assert.Single(_schema.Executor.Sql);
        Assert.DoesNotContain(
            _schema.Executor.Sql,
            sql =>
                sql.StartsWith(
                    CatalogSchema.RecordingExecutor.CountPrefix,
                    StringComparison.Ordinal
                )
        );
        _schema.Executor.Sql.Clear();
        var page = await PageAsync("productPages", "first: 2", "totalCount");
        Assert.Equal(6, page.Root.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, _schema.Executor.Sql.Count);
        Assert.Single(
            _schema.Executor.Sql,
            sql =>
                sql.StartsWith(
                    CatalogSchema.RecordingExecutor.CountPrefix,
                    StringComparison.Ordinal
                )
        );
    }

    [DataTheory]
    [InlineData(
        "productPages",
        "first: 51",
        "The page size `first: 51` is more than the maximum of 50 items per page."
    )]
    [InlineData(
        "productPages",
        "last: 60",
        "The page size `last: 60` is more than the maximum of 50 items per page."
    )]
    [InlineData(
        "smallPages",
        "first: 4",
        "The page size `first: 4` is more than the maximum of 3 items per page."
    )]
    [InlineData("productPages", "first: -1", "The page size `first: -1` must not be negative.")]
    [InlineData(
        "productPages",
        "after: \"nonsense\"",
        "The cursor \"nonsense\" given as `after` is not a cursor of this connection."
    )]
    [InlineData(
        "productPages",
        "before: \"b2Zmc2V0Oi0x\"",
        "The cursor \"b2Zmc2V0Oi0x\" given as `before` is not a cursor of this connection."
    )]
    [InlineData(
        "productPages",
        "after: \"MTA=\"",
        "The cursor \"MTA=\" given as `after` is not a cursor of this connection."
    )]
    public async Task Reports_bad_arguments_as_field_errors(
        string field,
        string arguments,
        string message
    )
    {
        var response = await _schema.RunAsync($"{{ {field}({arguments}) {{ nodes {{ id }} }} }}");
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(field, error.GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty(field).ValueKind);
    }

    [DataFact]
    public async Task Gives_each_edge_the_cursor_of_its_position()
    {
        var response = await _schema.RunAsync(
            $$"""{ productPages(first: 2, after: "{{Cursor(1)}}") { edges { cursor node { id } } } }"""
        );
        var edges = response.GetProperty("data").GetProperty("productPages").GetProperty("edges");
        Assert.Equal(Cursor(2), edges[0].GetProperty("cursor").GetString());
        Assert.Equal(3, edges[0].GetProperty("node").GetProperty("id").GetInt32());
        Assert.Equal(Cursor(3), edges[1].GetProperty("cursor").GetString());
    }

    private async Task<Page> PageAsync(string field, string arguments = "", string extra = "")
    {
        var args = arguments.Length == 0 ? "" : $"({arguments})";
        var response = await _schema.RunAsync(
            $$"""{ {{field}}{{args}} { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } {{extra}} } }"""
        );
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var root = response.GetProperty("data").GetProperty(field);
        var info = root.GetProperty("pageInfo");
        return new Page(
            root,
            string.Join(
                ",",
                root.GetProperty("nodes")
                    .EnumerateArray()
                    .Select(n => n.GetProperty("id").GetInt32())
            ),
            info.GetProperty("hasNextPage").GetBoolean(),
            info.GetProperty("hasPreviousPage").GetBoolean(),
            info.GetProperty("startCursor").GetString(),
            info.GetProperty("endCursor").GetString()
        );
    }

    private sealed record Page(
        JsonElement Root,
        string Ids,
        bool HasNext,
        bool HasPrevious,
        string? Start,
        string? End
    );
}
