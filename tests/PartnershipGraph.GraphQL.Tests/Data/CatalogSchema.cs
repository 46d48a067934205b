using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.GraphQL.Data.Projection;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Data;

/// <summary>A schema over <see cref="Catalog"/> with data fields of every kind, and helpers to run documents against it.</summary>
public sealed class CatalogSchema : IDisposable
{
    /// <param name="provider">The database.</param>
    /// <param name="conventions">Further data conventions, applied before the fields are declared.</param>
    /// <param name="extend">Further fields, declared last.</param>
    public CatalogSchema(
        CatalogProvider provider = CatalogProvider.Sqlite,
        Action<DataConventions>? conventions = null,
        Action<SchemaBuilder, Catalog>? extend = null
    )
    {
        Catalog = Catalog.Create(provider);
        var builder = new SchemaBuilder().ConfigureData(c =>
        {
            c.Executor = Executor;
            c.Type<Maker>(t => t.Ignore(m => m.Address));
            conventions?.Invoke(c);
        });
        builder
            .Object(
                "Product",
                t =>
                    t.Field("id", "Int!")
                        .Field("name", "String!")
                        .Field("code", "String")
                        .Field("quantity", "Int!")
                        .Field("rating", "Int")
                        .Field("price", "Decimal!")
                        .Field("kind", "ProductKind!")
                        .Field("maker", "Maker")
                        .Field(
                            "label",
                            "String!",
                            c => $"{((Product)c.Source!).Name} ({((Product)c.Source!).Code})"
                        )
                        .Requires<Product>(p => p.Name, p => p.Code)
                        .Field(
                            "tagsByLabel",
                            "[Tag!]!",
                            c => ((Product)c.Source!).Tags.OrderByDescending(t => t.Label).ToList()
                        )
                        .RequiresItems<Product, Tag>(p => p.Tags, t => t.Label)
            )
            .Object(
                "Maker",
                t =>
                    t.Field("id", "Int!")
                        .Field("name", "String!")
                        .Field("country", "String")
                        .Field("address", "Address")
            )
            .Object(
                "Address",
                t =>
                    t.Field("street", "String")
                        .Field("city", "String")
                        .Field("verified", "Boolean!")
                        .Field(
                            "line",
                            "String!",
                            c => $"{((Address)c.Source!).Street}, {((Address)c.Source!).City}"
                        )
            )
            .Object("Tag", t => t.Field("id", "Int!").Field("label", "String!"))
            .CollectionField<Product, Tag>(
                "Product",
                "tags",
                p => p.Tags,
                f => f.UseFiltering().UseSorting()
            )
            .DataField<Product>(
                "Query",
                "products",
                _ => Catalog.Products,
                f => f.UseProjection().UseFiltering().UseSorting()
            )
            .DataField<Product>(
                "Query",
                "productPages",
                _ => Catalog.Products,
                f => f.UsePaging().UseProjection().UseFiltering().UseSorting()
            )
            .DataField<Product>(
                "Query",
                "smallPages",
                _ => Catalog.Products,
                f => f.UsePaging(defaultPageSize: 2, maxPageSize: 3, connectionName: "ProductPages")
            )
            .DataField<Product>(
                "Query",
                "productSegments",
                _ => Catalog.Products,
                f => f.UseOffsetPaging(maxPageSize: 4).UseProjection().UseFiltering().UseSorting()
            )
            .DataField<Product>(
                "Query",
                "untranslatable",
                _ => Catalog.Products.Where(p => IsFancy(p.Name)),
                f => f.UsePaging()
            )
            .DataField<Maker>(
                "Query",
                "makers",
                _ => Catalog.Makers,
                f => f.UseFiltering().UseSorting()
            );
        extend?.Invoke(builder, Catalog);
        Schema = builder.Build();
        Requests = new RequestExecutor(Schema);
    }

    public Catalog Catalog { get; }

    private static bool IsFancy(string name) => name.Length > 3;

    public Schema Schema { get; }

    public RequestExecutor Requests { get; }

    public RecordingExecutor Executor { get; } = new();

    /// <summary>The literal coerced as a value of the named input type, as the executor would pass it to a resolver.</summary>
    public IReadOnlyDictionary<string, object?> Input(string typeName, string literal)
    {
        var type = Schema.GetType(typeName) ?? throw new ArgumentException(typeName);
        Assert.True(
            ValueFromAst.TryConvert(Parser.ParseValue(literal), type, null, out var value),
            literal
        );
        return (IReadOnlyDictionary<string, object?>)value!;
    }

    /// <summary>Executes the document and returns the response as JSON.</summary>
    public async Task<JsonElement> RunAsync(
        string document,
        IReadOnlyDictionary<string, object?>? variables = null
    )
    {
        var result = await Requests.ExecuteAsync(document, variables);
        return JsonDocument.Parse(ExecutionResultWriter.ToJson(result)).RootElement;
    }

    public void Dispose() => Catalog.Dispose();

    /// <summary>Runs queries with EF Core's async operators, as a host would, and records their SQL.</summary>
    public sealed class RecordingExecutor : IQueryableExecutor
    {
        /// <summary>What a recorded count query starts with.</summary>
        public const string CountPrefix = "-- count\n";

        public List<string> Sql { get; } = [];

        public Task<List<T>> ToListAsync<T>(
            IQueryable<T> query,
            CancellationToken cancellationToken
        )
        {
            Sql.Add(query.ToCatalogSql());
            return EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken);
        }

        public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
        {
            Sql.Add(CountPrefix + query.ToCatalogSql());
            return EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken);
        }
    }
}
