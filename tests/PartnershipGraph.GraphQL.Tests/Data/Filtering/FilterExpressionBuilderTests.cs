using Microsoft.EntityFrameworkCore;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.GraphQL.Data.Filtering;

namespace PartnershipGraph.GraphQL.Tests.Data.Filtering;

/// <summary>FilterExpressionBuilder on SQLite.</summary>
public sealed class FilterExpressionBuilderSqliteTests()
    : FilterExpressionBuilderTests(CatalogProvider.Sqlite);

/// <summary>FilterExpressionBuilder on PostgreSQL.</summary>
public sealed class FilterExpressionBuilderPostgresTests()
    : FilterExpressionBuilderTests(CatalogProvider.Postgres),
        IPostgresCatalogTests;

public abstract class FilterExpressionBuilderTests(CatalogProvider provider) : IDisposable
{
    private protected readonly CatalogSchema _schema = new(provider);

    public void Dispose() => _schema.Dispose();

    [DataTheory]
    [InlineData("""{ name: { eq: "Dune Book" } }""", "4")]
    [InlineData("""{ name: { neq: "Dune Book" } }""", "1,2,3,5,6")]
    [InlineData("""{ code: { eq: null } }""", "3")]
    [InlineData("""{ code: { neq: null } }""", "1,2,4,5,6")]
    [InlineData("""{ name: { contains: "of" } }""", "1,2")]
    [InlineData("""{ name: { ncontains: "of" } }""", "3,4,5,6")]
    [InlineData("""{ code: { ncontains: "-" } }""", "3")]
    [InlineData("""{ name: { in: ["Echo Cards", "Cloud Puzzle"] } }""", "3,5")]
    [InlineData("""{ name: { nin: ["Echo Cards", "Cloud Puzzle"] } }""", "1,2,4,6")]
    [InlineData("""{ code: { in: ["AT-1", null] } }""", "1,3")]
    [InlineData("""{ name: { startsWith: "B" } }""", "2")]
    [InlineData("""{ name: { nstartsWith: "B" } }""", "1,3,4,5,6")]
    [InlineData("""{ name: { endsWith: "Book" } }""", "4")]
    [InlineData("""{ name: { nendsWith: "s" } }""", "3,4,6")]
    [InlineData("""{ name: { or: [{ startsWith: "A" }, { startsWith: "F" }] } }""", "1,6")]
    [InlineData("""{ name: { and: [{ contains: "o" }, { contains: "u" }] } }""", "3,4")]
    public void Filters_strings(string where, string expected) => AssertFilter(where, expected);

    // eq/in/contains compare case-sensitively on both providers; startsWith/endsWith become
    // LIKE, which ignores ASCII case on SQLite only (see Data/README.md).
    [DataTheory]
    [InlineData("""{ name: { eq: "dune book" } }""", "", "")]
    [InlineData("""{ name: { contains: "OF" } }""", "", "")]
    [InlineData("""{ name: { ncontains: "OF" } }""", "1,2,3,4,5,6", "1,2,3,4,5,6")]
    [InlineData("""{ name: { in: ["echo cards"] } }""", "", "")]
    [InlineData("""{ name: { startsWith: "b" } }""", "2", "")]
    [InlineData("""{ name: { endsWith: "BOOK" } }""", "4", "")]
    public void Compares_string_case_as_the_provider_does(
        string where,
        string sqlite,
        string postgres
    ) => AssertFilter(where, provider == CatalogProvider.Postgres ? postgres : sqlite, postgres);

    [DataTheory]
    [InlineData("{ quantity: { eq: 0 } }", "2")]
    [InlineData("{ quantity: { neq: 0 } }", "1,3,4,5,6")]
    [InlineData("{ quantity: { in: [1, 2] } }", "4,6")]
    [InlineData("{ quantity: { nin: [1, 2] } }", "1,2,3,5")]
    [InlineData("{ quantity: { gt: 4 } }", "3,5")]
    [InlineData("{ quantity: { ngt: 4 } }", "1,2,4,6")]
    [InlineData("{ quantity: { gte: 4 } }", "1,3,5")]
    [InlineData("{ quantity: { ngte: 4 } }", "2,4,6")]
    [InlineData("{ quantity: { lt: 2 } }", "2,6")]
    [InlineData("{ quantity: { nlt: 2 } }", "1,3,4,5")]
    [InlineData("{ quantity: { lte: 2 } }", "2,4,6")]
    [InlineData("{ quantity: { nlte: 2 } }", "1,3,5")]
    [InlineData("{ rating: { gt: 3 } }", "1,4")]
    [InlineData("{ rating: { ngt: 3 } }", "2,3,5,6")]
    [InlineData("{ rating: { eq: null } }", "3,6")]
    [InlineData("{ rating: { in: [5, null] } }", "1,3,6")]
    [InlineData("{ makerId: { eq: null } }", "4")]
    public void Filters_ints(string where, string expected) => AssertFilter(where, expected);

    [DataTheory]
    [InlineData("{ price: { eq: 12.50 } }", "1,4")]
    [InlineData("{ price: { neq: 12.5 } }", "2,3,5,6")]
    [InlineData("{ price: { in: [5.25, 30] } }", "2,5")]
    [InlineData("{ price: { nin: [5.25, 30] } }", "1,3,4,6")]
    [InlineData("{ price: { gt: 12.5 } }", "2,6")]
    [InlineData("{ price: { ngt: 12.5 } }", "1,3,4,5")]
    [InlineData("{ price: { gte: 12.5 } }", "1,2,4,6")]
    [InlineData("{ price: { ngte: 12.5 } }", "3,5")]
    [InlineData("{ price: { lt: 9.99 } }", "5")]
    [InlineData("{ price: { nlt: 9.99 } }", "1,2,3,4,6")]
    [InlineData("{ price: { lte: 9.99 } }", "3,5")]
    [InlineData("{ price: { nlte: 9.99 } }", "1,2,4,6")]
    public void Filters_decimals(string where, string expected) => AssertFilter(where, expected);

    [DataTheory]
    [InlineData("{ weight: { eq: 3.5 } }", "3")]
    [InlineData("{ weight: { neq: 3.5 } }", "1,2,4,5,6")]
    [InlineData("{ weight: { in: [0, 4.5] } }", "2,5")]
    [InlineData("{ weight: { nin: [0, 4.5] } }", "1,3,4,6")]
    [InlineData("{ weight: { gt: 2 } }", "3,5")]
    [InlineData("{ weight: { ngt: 2 } }", "1,2,4,6")]
    [InlineData("{ weight: { gte: 2 } }", "1,3,5")]
    [InlineData("{ weight: { ngte: 2 } }", "2,4,6")]
    [InlineData("{ weight: { lt: 1 } }", "2,6")]
    [InlineData("{ weight: { nlt: 1 } }", "1,3,4,5")]
    [InlineData("{ weight: { lte: 1 } }", "2,4,6")]
    [InlineData("{ weight: { nlte: 1 } }", "1,3,5")]
    public void Filters_floats(string where, string expected) => AssertFilter(where, expected);

    [DataTheory]
    [InlineData("{ inStock: { eq: false } }", "2")]
    [InlineData("{ inStock: { neq: false } }", "1,3,4,5,6")]
    [InlineData("{ inStock: { eq: true } }", "1,3,4,5,6")]
    [InlineData("{ inStock: { neq: true } }", "2")]
    public void Filters_booleans(string where, string expected) => AssertFilter(where, expected);

    [DataTheory]
    [InlineData("""{ addedAt: { eq: "2024-01-02T09:00:00Z" } }""", "2")]
    [InlineData("""{ addedAt: { neq: "2024-01-02T09:00:00Z" } }""", "1,3,4,5,6")]
    [InlineData(
        """{ addedAt: { in: ["2024-01-02T09:00:00Z", "2024-01-03T10:00:00+01:00"] } }""",
        "2,3"
    )]
    [InlineData("""{ addedAt: { nin: ["2024-01-02T09:00:00Z"] } }""", "1,3,4,5,6")]
    [InlineData("""{ addedAt: { gt: "2024-01-04T09:00:00Z" } }""", "5,6")]
    [InlineData("""{ addedAt: { ngt: "2024-01-04T09:00:00Z" } }""", "1,2,3,4")]
    [InlineData("""{ addedAt: { gte: "2024-01-04T09:00:00Z" } }""", "4,5,6")]
    [InlineData("""{ addedAt: { ngte: "2024-01-04T09:00:00Z" } }""", "1,2,3")]
    [InlineData("""{ addedAt: { lt: "2024-01-02T09:00:00Z" } }""", "1")]
    [InlineData("""{ addedAt: { nlt: "2024-01-02T09:00:00Z" } }""", "2,3,4,5,6")]
    [InlineData("""{ addedAt: { lte: "2024-01-02T09:00:00Z" } }""", "1,2")]
    [InlineData("""{ addedAt: { nlte: "2024-01-02T09:00:00Z" } }""", "3,4,5,6")]
    public void Filters_date_times(string where, string expected) => AssertFilter(where, expected);

    [DataTheory]
    [InlineData("""{ releasedOn: { eq: "2023-03-15" } }""", "3")]
    [InlineData("""{ releasedOn: { neq: "2023-03-15" } }""", "1,2,4,5,6")]
    [InlineData("""{ releasedOn: { in: ["2023-03-15", "2023-06-15"] } }""", "3,6")]
    [InlineData("""{ releasedOn: { nin: ["2023-03-15", "2023-06-15"] } }""", "1,2,4,5")]
    [InlineData("""{ releasedOn: { gt: "2023-04-15" } }""", "5,6")]
    [InlineData("""{ releasedOn: { ngt: "2023-04-15" } }""", "1,2,3,4")]
    [InlineData("""{ releasedOn: { gte: "2023-05-01" } }""", "5,6")]
    [InlineData("""{ releasedOn: { ngte: "2023-05-01" } }""", "1,2,3,4")]
    [InlineData("""{ releasedOn: { lt: "2023-02-15" } }""", "1")]
    [InlineData("""{ releasedOn: { nlt: "2023-02-15" } }""", "2,3,4,5,6")]
    [InlineData("""{ releasedOn: { lte: "2023-02-15" } }""", "1,2")]
    [InlineData("""{ releasedOn: { nlte: "2023-02-15" } }""", "3,4,5,6")]
    public void Filters_dates(string where, string expected) => AssertFilter(where, expected);

    [DataTheory]
    [InlineData("""{ reference: { eq: "0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e03" } }""", "3")]
    [InlineData("""{ reference: { neq: "0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e01" } }""", "2,3,4,5,6")]
    [InlineData(
        """{ reference: { in: ["0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e01", "0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e02"] } }""",
        "1,2"
    )]
    [InlineData(
        """{ reference: { nin: ["0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e01"] } }""",
        "2,3,4,5,6"
    )]
    public void Filters_uuids(string where, string expected) => AssertFilter(where, expected);

    [DataTheory]
    [InlineData("{ kind: { eq: BOOK } }", "1,4")]
    [InlineData("{ kind: { neq: BOOK } }", "2,3,5,6")]
    [InlineData("{ kind: { in: [PUZZLE, BOARD_GAME] } }", "2,3,5,6")]
    [InlineData("{ kind: { nin: [BOOK, PUZZLE] } }", "2,5")]
    public void Filters_enums(string where, string expected) => AssertFilter(where, expected);

    [DataTheory]
    [InlineData("""{ maker: { name: { eq: "Acme" } } }""", "1,5")]
    [InlineData("""{ maker: { country: { eq: null } } }""", "2,6")]
    [InlineData("""{ maker: { country: { neq: "UK" } } }""", "2,3,6")]
    [InlineData("{ maker: null }", "4")]
    [InlineData("""{ maker: { name: { eq: "Acme" } }, quantity: { gt: 5 } }""", "5")]
    public void Filters_nested_objects_null_safely(string where, string expected) =>
        AssertFilter(where, expected);

    [DataTheory]
    [InlineData("""{ tags: { some: { label: { eq: "travel" } } } }""", "1,6")]
    [InlineData("""{ tags: { none: { label: { eq: "travel" } } } }""", "2,3,4,5")]
    [InlineData("""{ tags: { all: { label: { startsWith: "s" } } } }""", "2,3")]
    [InlineData("{ tags: { any: true } }", "1,2,4,5,6")]
    [InlineData("{ tags: { any: false } }", "3")]
    [InlineData("""{ aliases: { some: { eq: "MAPS" } } }""", "1")]
    [InlineData("""{ aliases: { all: { in: ["TRAVEL", "MAPS"] } } }""", "1,3,6")]
    [InlineData("{ aliases: { any: false } }", "3")]
    public void Filters_lists(string where, string expected) => AssertFilter(where, expected);

    [DataTheory]
    [InlineData("{ or: [{ quantity: { eq: 0 } }, { kind: { eq: PUZZLE } }] }", "2,3,6")]
    [InlineData("{ and: [{ price: { gt: 10 } }, { inStock: { eq: true } }] }", "1,4,6")]
    [InlineData("{ kind: { eq: BOOK }, rating: { gte: 5 } }", "1")]
    [InlineData(
        "{ or: [{ and: [{ kind: { eq: BOOK } }, { rating: { lt: 5 } }] }, { quantity: { gte: 9 } }] }",
        "4,5"
    )]
    [InlineData("{ or: [] }", "")]
    [InlineData("{ and: [] }", "1,2,3,4,5,6")]
    [InlineData("{}", "1,2,3,4,5,6")]
    public void Combines_conditions_with_and_and_or(string where, string expected) =>
        AssertFilter(where, expected);

    [DataFact]
    public void Sends_values_as_parameters()
    {
        var where = _schema.Input("ProductFilterInput", """{ name: { eq: "Dune Book" } }""");
        var sql = _schema.Catalog.Products.Filter(where).ToCatalogSql();
        Assert.DoesNotContain("= 'Dune Book'", sql, StringComparison.Ordinal);
        Assert.Contains("WHERE \"p\".\"Name\" = @", sql, StringComparison.Ordinal);
    }

    [DataFact]
    public void Names_an_unknown_field()
    {
        var error = Assert.Throws<GraphQLError>(() =>
            FilterExpressionBuilder.Build<Product>(
                Dictionary(("maker", Dictionary(("nope", null))))
            )
        );
        Assert.Equal(
            "The filter \"maker.nope\" cannot be applied: Maker has no filterable field \"nope\".",
            error.Message
        );
    }

    [DataFact]
    public void Names_an_unknown_operation()
    {
        var error = Assert.Throws<GraphQLError>(() =>
            FilterExpressionBuilder.Build<Product>(
                Dictionary(("kind", Dictionary(("contains", "B"))))
            )
        );
        Assert.Equal(
            "The filter \"kind.contains\" cannot be applied: there is no operation \"contains\" for this field.",
            error.Message
        );
    }

    [DataTheory]
    [InlineData("in")]
    [InlineData("nin")]
    [InlineData("gt")]
    [InlineData("nlte")]
    public void Rejects_null_where_an_operation_needs_a_value(string operation)
    {
        var error = Assert.Throws<GraphQLError>(() =>
            FilterExpressionBuilder.Build<Product>(
                Dictionary(("quantity", Dictionary((operation, null))))
            )
        );
        Assert.StartsWith(
            $"The filter \"quantity.{operation}\" cannot be applied: the value",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [DataFact]
    public void Rejects_null_for_a_string_operation_and_a_list_operation()
    {
        Assert.Contains(
            "\"name.startsWith\"",
            Assert
                .Throws<GraphQLError>(() =>
                    FilterExpressionBuilder.Build<Product>(
                        Dictionary(("name", Dictionary(("startsWith", null))))
                    )
                )
                .Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\"tags.some\"",
            Assert
                .Throws<GraphQLError>(() =>
                    FilterExpressionBuilder.Build<Product>(
                        Dictionary(("tags", Dictionary(("some", null))))
                    )
                )
                .Message,
            StringComparison.Ordinal
        );
    }

    [DataFact]
    public void Rejects_a_value_of_the_wrong_type()
    {
        var error = Assert.Throws<GraphQLError>(() =>
            FilterExpressionBuilder.Build<Product>(
                Dictionary(("quantity", Dictionary(("eq", "many"))))
            )
        );
        Assert.Equal(
            "The filter \"quantity.eq\" cannot be applied: the value many is not a valid Int32.",
            error.Message
        );
    }

    [DataFact]
    public void Leaves_out_ignored_properties()
    {
        var conventions = new DataConventions().Type<Product>(t => t.Ignore(p => p.Reference));
        var error = Assert.Throws<GraphQLError>(() =>
            FilterExpressionBuilder.Build<Product>(
                Dictionary(("reference", Dictionary(("eq", Guid.Empty)))),
                conventions
            )
        );
        Assert.Contains(
            "has no filterable field \"reference\"",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [DataFact]
    public void Returns_no_predicate_when_there_is_nothing_to_filter()
    {
        Assert.Null(FilterExpressionBuilder.Build<Product>(null));
        Assert.Null(FilterExpressionBuilder.Build<Product>(Dictionary()));
    }

    private void AssertFilter(string where, string expected) =>
        AssertFilter(where, expected, expected);

    private void AssertFilter(string where, string expected, string expectedInMemory)
    {
        var filter = _schema.Input("ProductFilterInput", where);
        var inMemory = _schema
            .Catalog.Products.Include(p => p.Maker)
            .Include(p => p.Tags)
            .AsNoTracking()
            .ToList()
            .AsQueryable();
        Assert.Equal(expected, Ids(_schema.Catalog.Products.Filter(filter)));
        Assert.Equal(expectedInMemory, Ids(inMemory.Filter(filter)));
    }

    private static string Ids(IQueryable<Product> products) =>
        string.Join(",", products.Select(p => p.Id).ToList().Order());

    internal static Dictionary<string, object?> Dictionary(
        params (string Key, object? Value)[] entries
    ) => entries.ToDictionary(e => e.Key, e => e.Value);
}
