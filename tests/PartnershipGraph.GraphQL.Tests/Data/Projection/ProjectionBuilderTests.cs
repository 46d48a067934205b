using System.Text.Json;

namespace PartnershipGraph.GraphQL.Tests.Data.Projection;

/// <summary>ProjectionBuilder on SQLite.</summary>
public sealed class ProjectionBuilderSqliteTests() : ProjectionBuilderTests(CatalogProvider.Sqlite);

/// <summary>ProjectionBuilder on PostgreSQL.</summary>
public sealed class ProjectionBuilderPostgresTests()
    : ProjectionBuilderTests(CatalogProvider.Postgres),
        IPostgresCatalogTests;

public abstract class ProjectionBuilderTests(CatalogProvider provider) : IDisposable
{
    private protected readonly CatalogSchema _schema = new(provider);

    public void Dispose() => _schema.Dispose();

    [DataFact]
    public async Task Reads_only_the_selected_columns_and_the_key()
    {
        var (data, sql) = await RunAsync("{ products { name } }");
        Assert.Equal(
            "SELECT \"p\".\"Id\", \"p\".\"Name\"\nFROM \"Products\" AS \"p\"\nORDER BY \"p\".\"Id\"",
            sql
        );
        Assert.Equal(
            "Atlas of Maps",
            data.GetProperty("products")[0].GetProperty("name").GetString()
        );
    }

    [DataFact]
    public async Task Joins_a_nested_object_only_when_selected_and_reads_only_its_selected_columns()
    {
        var (data, sql) = await RunAsync("{ products { code maker { name } } }");
        Assert.Contains("LEFT JOIN \"Makers\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"m\".\"Name\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Country", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"p\".\"Name\"", sql, StringComparison.Ordinal);
        var products = data.GetProperty("products");
        Assert.Equal("Acme", products[0].GetProperty("maker").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, products[3].GetProperty("maker").ValueKind);
    }

    [DataFact]
    public async Task Reads_only_the_selected_members_of_a_complex_value()
    {
        var (data, sql) = await RunAsync("{ products { maker { address { city } } } }");
        Assert.Contains("\"m\".\"Address_City\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Address_Street", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"m\".\"Name\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Country", sql, StringComparison.Ordinal);
        var products = data.GetProperty("products");
        Assert.Equal(
            "Leeds",
            products[0].GetProperty("maker").GetProperty("address").GetProperty("city").GetString()
        );
        Assert.Equal(
            JsonValueKind.Null,
            products[1].GetProperty("maker").GetProperty("address").ValueKind
        );
    }

    [DataFact]
    public async Task Reads_a_whole_complex_value_for_a_resolver_that_declares_no_members()
    {
        var (data, sql) = await RunAsync("{ products { maker { address { line } } } }");
        Assert.Contains("Address_Street", sql, StringComparison.Ordinal);
        Assert.Equal(
            "1 High Street, Leeds",
            data.GetProperty("products")[0]
                .GetProperty("maker")
                .GetProperty("address")
                .GetProperty("line")
                .GetString()
        );
    }

    [DataFact]
    public async Task Reads_only_the_selected_item_members_and_those_a_list_resolver_requires()
    {
        var (data, sql) = await RunAsync("{ products { tagsByLabel { id } } }");
        Assert.Contains(
            "SELECT \"p\".\"Id\", \"t\".\"Id\", \"t\".\"Label\"\nFROM",
            sql,
            StringComparison.Ordinal
        );
        var ids = data.GetProperty("products")[0]
            .GetProperty("tagsByLabel")
            .EnumerateArray()
            .Select(t => t.GetProperty("id").GetInt32());
        Assert.Equal([10, 11], ids);
    }

    [DataFact]
    public async Task Projects_lists_in_the_same_query()
    {
        var (data, sql) = await RunAsync("{ products { tags { label } } }");
        Assert.Single(_schema.Executor.Sql);
        Assert.Contains(
            "SELECT \"p\".\"Id\", \"t\".\"Id\", \"t\".\"Label\"\nFROM \"Products\" AS \"p\"\nLEFT JOIN \"Tag\" AS \"t\"",
            sql,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("\"p\".\"Name\"", sql, StringComparison.Ordinal);
        var labels = data.GetProperty("products")[0]
            .GetProperty("tags")
            .EnumerateArray()
            .Select(t => t.GetProperty("label").GetString());
        Assert.Equal(["travel", "maps"], labels);
    }

    [DataFact]
    public async Task Filters_and_sorts_a_collection_field_inside_the_same_query()
    {
        var (data, sql) = await RunAsync(
            """
            query ($prefix: String!) {
              products(where: { id: { in: [1, 4] } }) {
                id
                tags(where: { label: { nstartsWith: $prefix } }, order: [{ label: DESC }]) { label }
              }
            }
            """,
            new Dictionary<string, object?> { ["prefix"] = "t" }
        );
        Assert.Single(_schema.Executor.Sql);
        Assert.Single(
            sql.Split('\n'),
            line =>
                line.Contains("JOIN \"Tag\"", StringComparison.Ordinal)
                || line.Contains("FROM \"Tag\"", StringComparison.Ordinal)
        );
        Assert.Contains("\"t\".\"Label\" NOT LIKE @", sql, StringComparison.Ordinal);
        Assert.Contains(
            "ORDER BY \"p\".\"Id\", \"t0\".\"Label\" DESC, \"t0\".\"Id\"",
            sql,
            StringComparison.Ordinal
        );
        var products = data.GetProperty("products");
        Assert.Equal(
            ["maps"],
            products[0]
                .GetProperty("tags")
                .EnumerateArray()
                .Select(t => t.GetProperty("label").GetString())
        );
        Assert.Equal(
            ["scifi", "classic"],
            products[1]
                .GetProperty("tags")
                .EnumerateArray()
                .Select(t => t.GetProperty("label").GetString())
        );
    }

    [DataFact]
    public async Task Follows_fragments_and_honours_skip_and_include()
    {
        var (_, sql) = await RunAsync(
            """
            query ($withPrice: Boolean!) {
              products { ...Identity ... on Product { price @include(if: $withPrice) quantity @skip(if: true) } }
            }
            fragment Identity on Product { code }
            """,
            new Dictionary<string, object?> { ["withPrice"] = true }
        );
        Assert.Contains("\"p\".\"Code\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"p\".\"Price\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Quantity", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"p\".\"Name\"", sql, StringComparison.Ordinal);
    }

    [DataFact]
    public async Task Reads_the_members_a_resolver_requires()
    {
        var (data, sql) = await RunAsync("{ products { label } }");
        Assert.Equal(
            "SELECT \"p\".\"Id\", \"p\".\"Name\", \"p\".\"Code\"\nFROM \"Products\" AS \"p\"\nORDER BY \"p\".\"Id\"",
            sql
        );
        Assert.Equal(
            "Atlas of Maps (AT-1)",
            data.GetProperty("products")[0].GetProperty("label").GetString()
        );
    }

    [DataFact]
    public async Task Projects_the_nodes_and_edges_of_a_connection()
    {
        var (data, sql) = await RunAsync(
            "{ productPages(first: 2) { nodes { name } edges { cursor node { code } } } }"
        );
        Assert.Contains(
            "SELECT \"p\".\"Id\", \"p\".\"Name\", \"p\".\"Code\"\nFROM \"Products\" AS \"p\"",
            sql,
            StringComparison.Ordinal
        );
        Assert.Equal(
            "BK-2",
            data.GetProperty("productPages")
                .GetProperty("edges")[1]
                .GetProperty("node")
                .GetProperty("code")
                .GetString()
        );
    }

    [DataFact]
    public async Task Projects_the_items_of_a_collection_segment()
    {
        var (_, sql) = await RunAsync("{ productSegments(take: 1) { items { quantity } } }");
        Assert.Contains(
            "SELECT \"p\".\"Id\", \"p\".\"Quantity\"\nFROM \"Products\" AS \"p\"",
            sql,
            StringComparison.Ordinal
        );
    }

    [DataFact]
    public async Task Reads_every_column_without_projection()
    {
        var (_, sql) = await RunAsync("{ smallPages { nodes { name } } }");
        Assert.Contains("\"p\".\"Price\"", sql, StringComparison.Ordinal);
    }

    [DataFact]
    public async Task Filters_sorts_and_projects_in_one_query()
    {
        var (data, sql) = await RunAsync(
            """{ products(where: { maker: { country: { eq: "UK" } } }, order: [{ quantity: DESC }]) { name } }"""
        );
        Assert.Single(_schema.Executor.Sql);
        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.Equal(
            ["Echo Cards", "Atlas of Maps"],
            data.GetProperty("products")
                .EnumerateArray()
                .Select(p => p.GetProperty("name").GetString())
        );
    }

    [DataFact]
    public async Task Reports_a_filter_that_cannot_be_applied_as_a_field_error()
    {
        var response = await _schema.RunAsync(
            """{ productPages(where: { name: { in: null } }) { nodes { id } } }"""
        );
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(
            "The filter \"name.in\" cannot be applied: the value must be a list, not null.",
            error.GetProperty("message").GetString()
        );
        Assert.Equal(
            JsonValueKind.Null,
            response.GetProperty("data").GetProperty("productPages").ValueKind
        );
    }

    [DataFact]
    public async Task Reports_a_query_the_data_source_cannot_run_as_a_field_error_naming_the_field()
    {
        var response = await _schema.RunAsync("{ untranslatable { nodes { id } } }");
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(
            "Query.untranslatable cannot be read: the data source cannot run its filter, order or selection.",
            error.GetProperty("message").GetString()
        );
    }

    private async Task<(JsonElement Data, string Sql)> RunAsync(
        string document,
        IReadOnlyDictionary<string, object?>? variables = null
    )
    {
        _schema.Executor.Sql.Clear();
        var response = await _schema.RunAsync(document, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return (response.GetProperty("data"), _schema.Executor.Sql[^1].ReplaceLineEndings("\n"));
    }
}
