using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Data;

/// <summary>DataTypeDescriptor on SQLite.</summary>
public sealed class DataTypeDescriptorSqliteTests()
    : DataTypeDescriptorTests(CatalogProvider.Sqlite);

/// <summary>DataTypeDescriptor on PostgreSQL.</summary>
public sealed class DataTypeDescriptorPostgresTests()
    : DataTypeDescriptorTests(CatalogProvider.Postgres),
        IPostgresCatalogTests;

/// <summary>What a type's <c>Readable</c> predicate hides (here the tag named by the <c>$hide</c> variable) and how
/// <c>FilterAs</c> reads filter values (here product IDs written <c>P-2</c>).</summary>
/// <remarks>The documents filter on <c>name: { neq: $hide }</c>, which every product passes, only to use the variable.</remarks>
public abstract class DataTypeDescriptorTests(CatalogProvider provider) : IDisposable
{
    private const string Hide = "hide";

    private readonly CatalogSchema _schema = new(
        provider,
        c =>
        {
            c.Type<Tag>(t => t.Readable(HiddenByVariable));
            c.Type<Product>(t => t.FilterAs(p => p.Id, "ID", ProductId));
        },
        (b, catalog) =>
            b.DataField<Product>(
                "Query",
                "loadedProducts",
                _ => catalog.Products.Include(p => p.Tags).AsSplitQuery(),
                f => f.UseFiltering()
            )
    );

    public void Dispose() => _schema.Dispose();

    [DataFact]
    public async Task A_readable_predicate_hides_items_of_a_collection_field_in_the_projection()
    {
        const string query =
            "query($hide: String) { products(where: { name: { neq: $hide } }) { name tags { label } } }";
        var hidden = await _schema.RunAsync(
            query,
            new Dictionary<string, object?> { [Hide] = "travel" }
        );
        var shown = await _schema.RunAsync(query);
        Assert.Equal(["maps"], Labels(hidden, "products", "Atlas of Maps"));
        Assert.Empty(Labels(hidden, "products", "Fjord Jigsaw"));
        Assert.Equal(["travel", "maps"], Labels(shown, "products", "Atlas of Maps"));
    }

    [DataFact]
    public async Task A_readable_predicate_hides_items_of_a_collection_read_in_memory()
    {
        const string query =
            "query($hide: String) { loadedProducts(where: { name: { neq: $hide } }) { name tags { label } } }";
        var hidden = await _schema.RunAsync(
            query,
            new Dictionary<string, object?> { [Hide] = "travel" }
        );
        Assert.Equal(["maps"], Labels(hidden, "loadedProducts", "Atlas of Maps"));
        Assert.Equal(["scifi", "classic"], Labels(hidden, "loadedProducts", "Dune Book"));
    }

    [DataFact]
    public async Task A_list_filter_sees_only_the_readable_items()
    {
        const string query = """
            query($hide: String) {
              products(where: { name: { neq: $hide }, tags: { some: { label: { eq: "travel" } } } }) { name }
            }
            """;
        var hidden = await _schema.RunAsync(
            query,
            new Dictionary<string, object?> { [Hide] = "travel" }
        );
        var shown = await _schema.RunAsync(query);
        Assert.Empty(hidden.GetProperty("data").GetProperty("products").EnumerateArray());
        Assert.Equal(2, shown.GetProperty("data").GetProperty("products").GetArrayLength());
    }

    [DataFact]
    public async Task FilterAs_reads_the_values_of_eq_neq_in_and_nin_with_the_conversion()
    {
        var data = (
            await _schema.RunAsync(
                """
                {
                  eq: products(where: { id: { eq: "P-2" } }) { name }
                  neq: products(where: { id: { neq: "P-2" } }) { name }
                  in: products(where: { id: { in: ["P-2", "P-4"] } }) { name }
                  nin: products(where: { id: { nin: ["P-1", "P-2", "P-3"] } }) { name }
                }
                """
            )
        ).GetProperty("data");
        Assert.Equal(["Board of Kings"], Names(data, "eq"));
        Assert.Equal(5, Names(data, "neq").Count);
        Assert.Equal(["Board of Kings", "Dune Book"], Names(data, "in"));
        Assert.Equal(["Dune Book", "Echo Cards", "Fjord Jigsaw"], Names(data, "nin"));
    }

    [DataFact]
    public async Task FilterAs_reports_a_value_the_conversion_cannot_read_as_a_field_error()
    {
        var result = await _schema.RunAsync(
            """{ products(where: { id: { in: ["P-1", "7"] } }) { name } }"""
        );
        var error = result.GetProperty("errors")[0];
        Assert.Equal(
            "The filter \"id.in\" cannot be applied: \"7\" is not a product ID.",
            error.GetProperty("message").GetString()
        );
        Assert.Equal("[\"products\"]", error.GetProperty("path").GetRawText());
    }

    [DataFact]
    public void FilterAs_gives_the_member_an_operation_input_of_the_scalar()
    {
        var filter = (InputObjectType)_schema.Schema.GetType("ProductFilterInput")!;
        Assert.Equal(
            "IdOperationFilterInput",
            filter.Fields.Single(f => f.Name == "id").Type.ToString()
        );
        var operations = (InputObjectType)_schema.Schema.GetType("IdOperationFilterInput")!;
        Assert.Equal(
            ["eq: ID", "neq: ID", "in: [ID]", "nin: [ID]"],
            operations.Fields.Select(f => $"{f.Name}: {f.Type}")
        );
    }

    private static System.Linq.Expressions.Expression<Func<Tag, bool>>? HiddenByVariable(
        IResolverContext context
    ) =>
        context.VariableValues.GetValueOrDefault(Hide) is string label
            ? t => t.Label != label
            : null;

    private static int ProductId(object value) =>
        value is string text
        && text.StartsWith("P-", StringComparison.Ordinal)
        && int.TryParse(text[2..], out var id)
            ? id
            : throw new FormatException($"\"{value}\" is not a product ID.");

    private static List<string> Labels(JsonElement result, string field, string product) =>
        [
            .. result
                .GetProperty("data")
                .GetProperty(field)
                .EnumerateArray()
                .Single(p => p.GetProperty("name").GetString() == product)
                .GetProperty("tags")
                .EnumerateArray()
                .Select(t => t.GetProperty("label").GetString()!),
        ];

    private static List<string> Names(JsonElement data, string field) =>
        [
            .. data.GetProperty(field)
                .EnumerateArray()
                .Select(p => p.GetProperty("name").GetString()!),
        ];
}
