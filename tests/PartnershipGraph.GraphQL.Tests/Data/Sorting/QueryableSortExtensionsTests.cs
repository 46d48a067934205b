using Microsoft.EntityFrameworkCore;
using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.GraphQL.Data.Sorting;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Data.Sorting;

/// <summary>QueryableSortExtensions on SQLite.</summary>
public sealed class QueryableSortExtensionsSqliteTests()
    : QueryableSortExtensionsTests(CatalogProvider.Sqlite);

/// <summary>QueryableSortExtensions on PostgreSQL.</summary>
public sealed class QueryableSortExtensionsPostgresTests()
    : QueryableSortExtensionsTests(CatalogProvider.Postgres),
        IPostgresCatalogTests;

public abstract class QueryableSortExtensionsTests(CatalogProvider provider) : IDisposable
{
    private protected readonly CatalogSchema _schema = new(provider);

    public void Dispose() => _schema.Dispose();

    [DataTheory]
    [InlineData("[{ name: DESC }]", "6,5,4,3,2,1")]
    [InlineData("[{ name: ASC }]", "1,2,3,4,5,6")]
    [InlineData("[{ price: ASC }]", "5,3,1,4,6,2")]
    [InlineData("[{ price: DESC }]", "2,6,1,4,3,5")]
    [InlineData("[{ price: ASC }, { name: DESC }]", "5,3,4,1,6,2")]
    [InlineData("[{ inStock: DESC, kind: ASC }]", "1,4,5,3,6,2")]
    [InlineData("[{ kind: ASC, inStock: DESC }]", "1,4,5,3,6,2")]
    [InlineData("[{ releasedOn: DESC }]", "6,5,4,3,2,1")]
    [InlineData("[{ addedAt: DESC }]", "6,5,4,3,2,1")]
    [InlineData("[{ inStock: ASC }]", "2,1,3,4,5,6")]
    [InlineData("[]", "1,2,3,4,5,6")]
    public void Sorts_in_the_order_given_then_by_the_key(string order, string expected) =>
        AssertSort(order, expected);

    // Missing values sort as the provider does: first ascending on SQLite (and in memory),
    // last ascending on PostgreSQL (see Data/README.md).
    [DataTheory]
    [InlineData("[{ rating: ASC }]", "3,6,2,5,4,1", "2,5,4,1,3,6")]
    [InlineData("[{ rating: DESC }]", "1,4,2,5,3,6", "3,6,1,4,2,5")]
    [InlineData("[{ code: ASC }]", "3,1,2,4,5,6", "1,2,4,5,6,3")]
    public void Sorts_missing_values_as_the_provider_does(
        string order,
        string sqlite,
        string postgres
    ) => AssertSort(order, sqlite, postgres);

    [DataTheory]
    [InlineData("[{ maker: { name: ASC } }]", "4,1,5,3,2,6", "1,5,3,2,6,4")]
    [InlineData("[{ maker: { name: DESC } }]", "2,6,3,1,5,4", "4,2,6,3,1,5")]
    [InlineData("[{ maker: { country: DESC } }, { quantity: DESC }]", "5,1,3,4,6,2", "4,6,2,5,1,3")]
    public void Sorts_by_nested_objects_with_missing_objects_as_missing_values(
        string order,
        string sqlite,
        string postgres
    ) => AssertSort(order, sqlite, postgres);

    [DataFact]
    public void Ends_the_sql_order_with_the_key()
    {
        var sql = _schema.Catalog.Products.Sort(Order("[{ price: DESC }]")).ToCatalogSql();
        // SQLite stores decimals as text and orders them through EF Core's EF_DECIMAL collation.
        Assert.EndsWith(
            provider == CatalogProvider.Postgres
                ? "ORDER BY \"p\".\"Price\" DESC, \"p\".\"Id\""
                : "ORDER BY \"p\".\"Price\" COLLATE EF_DECIMAL DESC, \"p\".\"Id\"",
            sql.TrimEnd(),
            StringComparison.Ordinal
        );
    }

    [DataFact]
    public void Does_not_repeat_the_key_when_the_order_ends_with_it()
    {
        var sql = _schema.Catalog.Products.Sort(Order("[{ id: DESC }]")).ToCatalogSql();
        Assert.EndsWith("ORDER BY \"p\".\"Id\" DESC", sql.TrimEnd(), StringComparison.Ordinal);
    }

    [DataFact]
    public void Uses_the_configured_key()
    {
        var conventions = new DataConventions().Type<Product>(t => t.Key(p => p.Reference));
        var sql = _schema.Catalog.Products.Sort(null, conventions).ToCatalogSql();
        Assert.EndsWith("ORDER BY \"p\".\"Reference\"", sql.TrimEnd(), StringComparison.Ordinal);
    }

    [DataFact]
    public void Names_an_unknown_or_unsortable_field()
    {
        var unknown = Assert.Throws<GraphQLError>(() =>
            _schema.Catalog.Products.Sort([
                new Dictionary<string, object?>
                {
                    ["maker"] = new Dictionary<string, object?> { ["size"] = "ASC" },
                },
            ])
        );
        Assert.Equal(
            "The order \"maker.size\" cannot be applied: Maker has no sortable field \"size\".",
            unknown.Message
        );
        var list = Assert.Throws<GraphQLError>(() =>
            _schema.Catalog.Products.Sort([new Dictionary<string, object?> { ["tags"] = "ASC" }])
        );
        Assert.Equal(
            "The order \"tags\" cannot be applied: Product has no sortable field \"tags\".",
            list.Message
        );
    }

    [DataFact]
    public void Rejects_an_unknown_direction()
    {
        var error = Assert.Throws<GraphQLError>(() =>
            _schema.Catalog.Products.Sort([new Dictionary<string, object?> { ["name"] = "UP" }])
        );
        Assert.Equal("The order \"name\" cannot be applied: UP is not ASC or DESC.", error.Message);
    }

    private List<object?> Order(string literal)
    {
        var type = new ListType(new NonNullType(_schema.Schema.GetType("ProductSortInput")!));
        Assert.True(ValueFromAst.TryConvert(Parser.ParseValue(literal), type, null, out var value));
        return (List<object?>)value!;
    }

    private void AssertSort(string order, string sqlite, string postgres)
    {
        var sort = Order(order);
        Assert.Equal(
            provider == CatalogProvider.Postgres ? postgres : sqlite,
            string.Join(",", _schema.Catalog.Products.Sort(sort).Select(p => p.Id))
        );
        var inMemory = _schema
            .Catalog.Products.Include(p => p.Maker)
            .AsNoTracking()
            .ToList()
            .AsQueryable();
        Assert.Equal(sqlite, string.Join(",", inMemory.Sort(sort).Select(p => p.Id)));
    }

    private void AssertSort(string order, string expected)
    {
        var sort = Order(order);
        var inMemory = _schema
            .Catalog.Products.Include(p => p.Maker)
            .AsNoTracking()
            .ToList()
            .AsQueryable();
        Assert.Equal(
            expected,
            string.Join(",", _schema.Catalog.Products.Sort(sort).Select(p => p.Id))
        );
        Assert.Equal(expected, string.Join(",", inMemory.Sort(sort).Select(p => p.Id)));
    }
}
