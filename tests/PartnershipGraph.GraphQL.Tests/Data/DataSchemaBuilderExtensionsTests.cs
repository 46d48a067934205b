using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Data;

public sealed class DataSchemaBuilderExtensionsTests : IDisposable
{
    private readonly CatalogSchema _schema = new();

    public void Dispose() => _schema.Dispose();

    [Fact]
    public void Describes_every_generated_input_type_field_argument_and_enum_value()
    {
        var undescribed = new List<string>();
        void Check(string? description, string name)
        {
            if (description is null || !description.EndsWith('.'))
            {
                undescribed.Add(name);
            }
        }
        foreach (var type in _schema.Schema.TypeMap.Values)
        {
            switch (type)
            {
                case InputObjectType input:
                    Check(input.Description, input.Name);
                    foreach (var field in input.Fields)
                    {
                        Check(field.Description, $"{input.Name}.{field.Name}");
                    }
                    break;
                case EnumType { Name: "SortEnumType" } directions:
                    Check(directions.Description, directions.Name);
                    foreach (var value in directions.Values)
                    {
                        Check(value.Description, $"{directions.Name}.{value.Name}");
                    }
                    break;
            }
        }
        foreach (var argument in _schema.Schema.QueryType.Fields.SelectMany(f => f.Arguments))
        {
            Check(argument.Description, argument.Name);
        }
        Assert.Empty(undescribed);
        Assert.Equal(
            "Filters Product by its fields: every field given must hold.",
            _schema.Schema.GetType("ProductFilterInput")!.Description
        );
    }

    [Theory]
    [InlineData("products", "[Product!]!", "where: ProductFilterInput, order: [ProductSortInput!]")]
    [InlineData(
        "productPages",
        "ProductPagesConnection",
        "first: Int, after: String, last: Int, before: String, where: ProductFilterInput, order: [ProductSortInput!]"
    )]
    [InlineData(
        "productSegments",
        "ProductSegmentsCollectionSegment",
        "skip: Int, take: Int, where: ProductFilterInput, order: [ProductSortInput!]"
    )]
    [InlineData(
        "smallPages",
        "ProductPagesConnection",
        "first: Int, after: String, last: Int, before: String"
    )]
    public void Declares_data_fields_with_hot_chocolate_arguments(
        string field,
        string type,
        string arguments
    )
    {
        var definition = _schema.Schema.QueryType.GetField(field)!;
        Assert.Equal(type, definition.Type.ToString());
        Assert.Equal(
            arguments,
            string.Join(", ", definition.Arguments.Select(a => $"{a.Name}: {a.Type}"))
        );
    }

    [Theory]
    [InlineData(
        "ProductPagesConnection",
        "pageInfo: PageInfo!, edges: [ProductPagesEdge!], nodes: [Product!], totalCount: Int!"
    )]
    [InlineData("ProductPagesEdge", "cursor: String!, node: Product!")]
    [InlineData(
        "PageInfo",
        "hasNextPage: Boolean!, hasPreviousPage: Boolean!, startCursor: String, endCursor: String"
    )]
    [InlineData(
        "ProductSegmentsCollectionSegment",
        "pageInfo: CollectionSegmentInfo!, items: [Product!], totalCount: Int!"
    )]
    [InlineData("CollectionSegmentInfo", "hasNextPage: Boolean!, hasPreviousPage: Boolean!")]
    public void Declares_page_types(string typeName, string fields) =>
        Assert.Equal(fields, Shape(typeName));

    [Theory]
    [InlineData(
        "ProductFilterInput",
        "and: [ProductFilterInput!], or: [ProductFilterInput!], id: IntOperationFilterInput, name: StringOperationFilterInput, "
            + "code: StringOperationFilterInput, quantity: IntOperationFilterInput, rating: IntOperationFilterInput, "
            + "price: DecimalOperationFilterInput, weight: FloatOperationFilterInput, inStock: BooleanOperationFilterInput, "
            + "addedAt: DateTimeOperationFilterInput, releasedOn: DateOperationFilterInput, reference: UuidOperationFilterInput, "
            + "kind: ProductKindOperationFilterInput, makerId: IntOperationFilterInput, maker: MakerFilterInput, "
            + "tags: ListFilterInputTypeOfTagFilterInput, aliases: ListStringOperationFilterInput"
    )]
    [InlineData(
        "MakerFilterInput",
        "and: [MakerFilterInput!], or: [MakerFilterInput!], id: IntOperationFilterInput, name: StringOperationFilterInput, country: StringOperationFilterInput"
    )]
    [InlineData(
        "StringOperationFilterInput",
        "and: [StringOperationFilterInput!], or: [StringOperationFilterInput!], eq: String, neq: String, contains: String, "
            + "ncontains: String, in: [String], nin: [String], startsWith: String, nstartsWith: String, endsWith: String, nendsWith: String"
    )]
    [InlineData(
        "IntOperationFilterInput",
        "eq: Int, neq: Int, in: [Int], nin: [Int], gt: Int, ngt: Int, gte: Int, ngte: Int, lt: Int, nlt: Int, lte: Int, nlte: Int"
    )]
    [InlineData(
        "DecimalOperationFilterInput",
        "eq: Decimal, neq: Decimal, in: [Decimal], nin: [Decimal], gt: Decimal, ngt: Decimal, gte: Decimal, ngte: Decimal, lt: Decimal, nlt: Decimal, lte: Decimal, nlte: Decimal"
    )]
    [InlineData(
        "FloatOperationFilterInput",
        "eq: Float, neq: Float, in: [Float], nin: [Float], gt: Float, ngt: Float, gte: Float, ngte: Float, lt: Float, nlt: Float, lte: Float, nlte: Float"
    )]
    [InlineData(
        "DateTimeOperationFilterInput",
        "eq: DateTime, neq: DateTime, in: [DateTime], nin: [DateTime], gt: DateTime, ngt: DateTime, gte: DateTime, ngte: DateTime, lt: DateTime, nlt: DateTime, lte: DateTime, nlte: DateTime"
    )]
    [InlineData(
        "DateOperationFilterInput",
        "eq: Date, neq: Date, in: [Date], nin: [Date], gt: Date, ngt: Date, gte: Date, ngte: Date, lt: Date, nlt: Date, lte: Date, nlte: Date"
    )]
    [InlineData("BooleanOperationFilterInput", "eq: Boolean, neq: Boolean")]
    [InlineData("UuidOperationFilterInput", "eq: UUID, neq: UUID, in: [UUID], nin: [UUID]")]
    [InlineData(
        "ProductKindOperationFilterInput",
        "eq: ProductKind, neq: ProductKind, in: [ProductKind!], nin: [ProductKind!]"
    )]
    [InlineData(
        "ListFilterInputTypeOfTagFilterInput",
        "all: TagFilterInput, none: TagFilterInput, some: TagFilterInput, any: Boolean"
    )]
    [InlineData(
        "ListStringOperationFilterInput",
        "all: StringOperationFilterInput, none: StringOperationFilterInput, some: StringOperationFilterInput, any: Boolean"
    )]
    public void Declares_filter_inputs_shaped_like_hot_chocolate_s(
        string typeName,
        string fields
    ) => Assert.Equal(fields, Shape(typeName));

    [Theory]
    [InlineData(
        "ProductSortInput",
        "id: SortEnumType, name: SortEnumType, code: SortEnumType, quantity: SortEnumType, rating: SortEnumType, "
            + "price: SortEnumType, weight: SortEnumType, inStock: SortEnumType, addedAt: SortEnumType, releasedOn: SortEnumType, "
            + "reference: SortEnumType, kind: SortEnumType, makerId: SortEnumType, maker: MakerSortInput"
    )]
    [InlineData("MakerSortInput", "id: SortEnumType, name: SortEnumType, country: SortEnumType")]
    public void Declares_sort_inputs_shaped_like_hot_chocolate_s(string typeName, string fields) =>
        Assert.Equal(fields, Shape(typeName));

    [Fact]
    public void Declares_the_sort_enum_and_the_enums_filters_use()
    {
        var sort = Assert.IsType<EnumType>(_schema.Schema.GetType("SortEnumType"));
        Assert.Equal(["ASC", "DESC"], sort.Values.Select(v => v.Name));
        var kind = Assert.IsType<EnumType>(_schema.Schema.GetType("ProductKind"));
        Assert.Equal(["BOOK", "BOARD_GAME", "PUZZLE"], kind.Values.Select(v => v.Name));
    }

    [Fact]
    public void Keeps_an_enum_the_schema_declared_itself()
    {
        var schema = new SchemaBuilder()
            .Enum<ProductKind>(configure: e => e.Description("What a product is."))
            .Object("Product", t => t.Field("id", "Int!"))
            .DataField<Product>(
                "Query",
                "products",
                _ => Array.Empty<Product>().AsQueryable(),
                f => f.UseFiltering()
            )
            .Build();
        var kind = Assert.IsType<EnumType>(schema.GetType("ProductKind"));
        Assert.Equal("What a product is.", kind.Description);
        Assert.Equal(3, kind.Values.Count);
    }

    [Fact]
    public void Applies_configured_names_and_ignored_properties()
    {
        var schema = new SchemaBuilder()
            .ConfigureData(c =>
                c.Type<Maker>(t => t.Name("Company").Ignore(m => m.Country).Ignore(m => m.Address))
            )
            .Object("Company", t => t.Field("name", "String!"))
            .DataField<Maker>(
                "Query",
                "companies",
                _ => Array.Empty<Maker>().AsQueryable(),
                f => f.UseFiltering().UseSorting()
            )
            .Build();
        Assert.Equal("[Company!]!", schema.QueryType.GetField("companies")!.Type.ToString());
        Assert.Equal(
            "and: [CompanyFilterInput!], or: [CompanyFilterInput!], id: IntOperationFilterInput, name: StringOperationFilterInput",
            Shape(schema, "CompanyFilterInput")
        );
        Assert.Equal("id: SortEnumType, name: SortEnumType", Shape(schema, "CompanySortInput"));
    }

    [Fact]
    public async Task Uses_the_executor_from_the_request_services_first()
    {
        var executor = new CountingExecutor();
        var result = await _schema.Requests.ExecuteAsync(
            new ExecutionRequest
            {
                Query = "{ makers { name } }",
                Services = new Services(executor),
            }
        );
        Assert.Empty(result.Errors);
        Assert.Equal(1, executor.Calls);
    }

    private string Shape(string typeName) => Shape(_schema.Schema, typeName);

    private static string Shape(Schema schema, string typeName) =>
        schema.GetType(typeName) switch
        {
            InputObjectType input => string.Join(
                ", ",
                input.Fields.Select(f => $"{f.Name}: {f.Type}")
            ),
            ObjectType output => string.Join(
                ", ",
                output.Fields.Select(f => $"{f.Name}: {f.Type}")
            ),
            var other => throw new InvalidOperationException($"{typeName} is {other}"),
        };

    private sealed class Services(IQueryableExecutor executor) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(IQueryableExecutor) ? executor : null;
    }

    private sealed class CountingExecutor : IQueryableExecutor
    {
        public int Calls { get; private set; }

        public Task<List<T>> ToListAsync<T>(
            IQueryable<T> query,
            CancellationToken cancellationToken
        )
        {
            Calls++;
            return SynchronousQueryableExecutor.Instance.ToListAsync(query, cancellationToken);
        }

        public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
        {
            Calls++;
            return SynchronousQueryableExecutor.Instance.CountAsync(query, cancellationToken);
        }
    }
}
