using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Builder;

public class SdlLoaderTests
{
    [Fact]
    public async Task Attaches_a_resolver_to_a_field_declared_in_sdl()
    {
        var schema = SchemaBuilder
            .FromSdl("type Query { hello(name: String = \"world\"): String }")
            .Object(
                "Query",
                t => t.Field("hello").Resolve(r => "hello " + r.Argument<string>("name"))
            )
            .Build();

        var result = await new PartnershipGraph.GraphQL.Execution.RequestExecutor(
            schema
        ).ExecuteAsync("{ hello }");

        Assert.Equal(
            """{"data":{"hello":"hello world"}}""",
            PartnershipGraph.GraphQL.Execution.ExecutionResultWriter.ToJson(result)
        );
    }

    [Fact]
    public void Refuses_to_configure_a_field_that_was_never_declared()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            SchemaBuilder
                .FromSdl("type Query { hello: String }")
                .Object("Query", t => t.Field("bye"))
        );

        Assert.Contains("declares no field \"bye\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builds_every_kind_of_definition()
    {
        var schema = SchemaBuilder
            .FromSdl(
                """
                "Doc"
                scalar Money
                interface Node { id: ID! }
                type Query implements Node { id: ID! money(at: Money = 1): Money pick: Pick }
                union Pick = Query
                enum Color { RED }
                input In @oneOf { a: Int b: String }
                directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT
                """
            )
            .Build();

        Assert.Equal("Doc", schema.GetType("Money")!.Description);
        Assert.IsType<InterfaceType>(schema.GetType("Node"));
        Assert.Equal(["Node"], schema.QueryType.Interfaces.Select(i => i.Name));
        Assert.Equal(
            "1",
            Assert
                .IsType<IntValueNode>(
                    schema.QueryType.GetField("money")!.GetArgument("at")!.DefaultValue
                )
                .Value
        );
        Assert.Equal(["Query"], ((UnionType)schema.GetType("Pick")!).Types.Select(t => t.Name));
        Assert.Equal("RED", ((EnumType)schema.GetType("Color")!).GetValue("RED")!.Value);
        Assert.True(((InputObjectType)schema.GetType("In")!).IsOneOf);
        var tag = schema.GetDirective("tag")!;
        Assert.True(tag.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], tag.Locations);
    }

    [Fact]
    public void Keeps_the_definitions_as_ast_nodes_with_locations()
    {
        var schema = SchemaBuilder.FromSdl("type Query {\n  a: Int\n}").Build();

        Assert.IsType<ObjectTypeDefinitionNode>(schema.QueryType.AstNode);
        Assert.Equal(2, schema.QueryType.GetField("a")!.AstNode!.Location!.Line);
    }

    [Fact]
    public void Applies_extensions()
    {
        var schema = SchemaBuilder
            .FromSdl(
                """
                type Query { a: Int }
                interface Named { name: String }
                extend type Query implements Named { name: String }
                enum E { A }
                extend enum E { B }
                input I { x: Int }
                extend input I { y: Int }
                union U = Query
                type Other { o: Int }
                extend union U = Other
                extend schema { mutation: Other }
                """
            )
            .Build();

        Assert.Equal(["a", "name"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal(["Named"], schema.QueryType.Interfaces.Select(i => i.Name));
        Assert.Equal(["A", "B"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(
            ["x", "y"],
            ((InputObjectType)schema.GetType("I")!).Fields.Select(f => f.Name)
        );
        Assert.Equal(
            ["Query", "Other"],
            ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name)
        );
        Assert.Equal("Other", schema.MutationType?.Name);
    }

    [Fact]
    public void Reads_deprecations_and_specified_by()
    {
        var schema = SchemaBuilder
            .FromSdl(
                """
                scalar Url @specifiedBy(url: "https://example.org")
                type Query { a(x: Int @deprecated): Url @deprecated(reason: "Use b.") b: Int }
                enum E { A @deprecated }
                """
            )
            .Build();

        Assert.Equal("https://example.org", ((ScalarType)schema.GetType("Url")!).SpecifiedByUrl);
        var a = schema.QueryType.GetField("a")!;
        Assert.Equal("Use b.", a.DeprecationReason);
        Assert.Equal("No longer supported", a.GetArgument("x")!.DeprecationReason);
        Assert.Equal(
            "No longer supported",
            ((EnumType)schema.GetType("E")!).GetValue("A")!.DeprecationReason
        );
        Assert.Null(schema.QueryType.GetField("b")!.DeprecationReason);
    }

    [Fact]
    public void Uses_the_standard_scalars_for_their_definitions()
    {
        var schema = SchemaBuilder.FromSdl("scalar String\ntype Query { a: String }").Build();

        Assert.Same(BuiltInScalars.String, schema.GetType("String"));
    }

    [Fact]
    public void Extended_scalars_declared_in_sdl_keep_their_behaviour()
    {
        var schema = SchemaBuilder.FromSdl("scalar Date\ntype Query { d: Date }").Build();
        var date = (ScalarType)schema.GetType("Date")!;

        Assert.Null(date.Description);
        Assert.Equal(new DateOnly(2022, 5, 31), date.ParseValue("2022-05-31"));
        Assert.Equal("2022-05-31", date.Serialize(new DateOnly(2022, 5, 31)));
    }

    [Fact]
    public void Sdl_scalars_accept_values_as_they_are()
    {
        var schema = SchemaBuilder.FromSdl("scalar Json\ntype Query { j: Json }").Build();
        var json = (ScalarType)schema.GetType("Json")!;

        Assert.Equal(5, json.Serialize(5));
        Assert.Equal("x", json.ParseValue("x"));
        Assert.Equal(
            new Dictionary<string, object?> { ["a"] = 1 },
            json.ParseLiteral(PartnershipGraph.GraphQL.Language.Parser.ParseValue("{a: 1}"))
        );
    }

    [Fact]
    public void Resolvers_can_be_added_to_sdl_types_in_code()
    {
        var schema = SchemaBuilder
            .FromSdl("type Query { hello: String }")
            .Object("Query", t => t.Field("world", "String", _ => "!"))
            .Build();

        Assert.Equal(["hello", "world"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.NotNull(schema.QueryType.GetField("world")!.Resolver);
    }

    [Fact]
    public void Reports_unknown_types_at_their_location()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            SchemaBuilder.FromSdl("type Query {\n  a: Missing\n}").Build()
        );

        var error = Assert.Single(exception.Errors);
        Assert.Equal("Unknown type \"Missing\" in \"Query.a\".", error.Message);
        Assert.Equal([new SourceLocation(2, 6)], error.Locations);
    }

    [Fact]
    public void Validation_errors_point_at_the_sdl()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            SchemaBuilder
                .FromSdl(
                    """
                    type Query { n: Node }
                    interface Node { id: ID! }
                    type Thing implements Node { name: String }
                    """
                )
                .Build()
        );

        var error = Assert.Single(exception.Errors);
        Assert.Equal(
            "Interface field Node.id expected but Thing does not provide it.",
            error.Message
        );
        Assert.Equal([new SourceLocation(2, 18), new SourceLocation(3, 1)], error.Locations);
    }

    [Fact]
    public void Syntax_errors_are_thrown_by_the_parser() =>
        Assert.StartsWith(
            "Syntax Error",
            Assert.Throws<GraphQLError>(() => SchemaBuilder.FromSdl("type {")).Message
        );

    [Fact]
    public void Ignores_executable_definitions()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }\nquery Q { a }").Build();

        Assert.Equal("Query", schema.QueryType.Name);
    }
}
