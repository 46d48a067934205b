using System.Text.Json;

namespace PartnershipGraph.GraphQL.Tests.Data.Paging;

/// <summary>OffsetPaging on SQLite.</summary>
public sealed class OffsetPagingSqliteTests() : OffsetPagingTests(CatalogProvider.Sqlite);

/// <summary>OffsetPaging on PostgreSQL.</summary>
public sealed class OffsetPagingPostgresTests()
    : OffsetPagingTests(CatalogProvider.Postgres),
        IPostgresCatalogTests;

public abstract class OffsetPagingTests(CatalogProvider provider) : IDisposable
{
    private protected readonly CatalogSchema _schema = new(provider);

    public void Dispose() => _schema.Dispose();

    [DataTheory]
    [InlineData("take: 2", "1,2", true, false)]
    [InlineData("skip: 2, take: 2", "3,4", true, true)]
    [InlineData("skip: 4, take: 4", "5,6", false, true)]
    [InlineData("skip: 6", "", false, true)]
    [InlineData("", "1,2,3,4,5,6", false, false)]
    [InlineData(
        "take: 2, order: [{ name: DESC }], where: { kind: { neq: BOOK } }",
        "6,5",
        true,
        false
    )]
    public async Task Pages_with_skip_and_take(
        string arguments,
        string ids,
        bool hasNext,
        bool hasPrevious
    )
    {
        var args = arguments.Length == 0 ? "" : $"({arguments})";
        var response = await _schema.RunAsync(
            $$"""{ productSegments{{args}} { items { id } pageInfo { hasNextPage hasPreviousPage } totalCount } }"""
        );
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var root = response.GetProperty("data").GetProperty("productSegments");
        Assert.Equal(
            ids,
            string.Join(
                ",",
                root.GetProperty("items")
                    .EnumerateArray()
                    .Select(n => n.GetProperty("id").GetInt32())
            )
        );
        Assert.Equal(hasNext, root.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(
            hasPrevious,
            root.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()
        );
        Assert.Equal(
            arguments.Contains("where", StringComparison.Ordinal) ? 4 : 6,
            root.GetProperty("totalCount").GetInt32()
        );
    }

    [DataTheory]
    [InlineData("take: 5", "The page size `take: 5` is more than the maximum of 4 items per page.")]
    [InlineData("take: -1", "The page size `take: -1` must not be negative.")]
    [InlineData("skip: -1", "`skip: -1` must not be negative.")]
    public async Task Reports_bad_arguments_as_field_errors(string arguments, string message)
    {
        var response = await _schema.RunAsync(
            $"{{ productSegments({arguments}) {{ items {{ id }} }} }}"
        );
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(
            JsonValueKind.Null,
            response.GetProperty("data").GetProperty("productSegments").ValueKind
        );
    }
}
