using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Builder;

public class SchemaBuilderTests
{
    private enum Rag
    {
        Met,
        OnTrack,
        PartiallyMet,
        NotOnTrack,

        [System.ComponentModel.Description("Not yet rated.")]
        NotRated,

        [Obsolete("Use NOT_RATED.")]
        Unknown,
    }

    [Fact]
    public void Builds_a_query_type_with_a_resolver()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("hello", "String!", _ => "world"))
            .Build();

        var field = schema.QueryType.GetField("hello");
        Assert.NotNull(field);
        Assert.Equal("String!", field.Type.ToString());
        Assert.Same(BuiltInScalars.String, field.Type.GetNamedType());
        Assert.NotNull(field.Resolver);
    }

    [Fact]
    public void Resolves_list_and_non_null_type_references()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("kpis", "[Kpi!]!"))
            .Object("Kpi", t => t.Field("ref", "String"))
            .Build();

        var type = schema.QueryType.GetField("kpis")!.Type;
        var nonNull = Assert.IsType<NonNullType>(type);
        var list = Assert.IsType<ListType>(nonNull.OfType);
        var item = Assert.IsType<NonNullType>(list.OfType);
        Assert.Same(schema.GetType("Kpi"), item.OfType);
        Assert.Equal("[Kpi!]!", type.ToString());
    }

    [Fact]
    public void Declaring_an_object_twice_extends_it()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("plans", "[String]"))
            .Object("Query", t => t.Field("schools", "[String]"))
            .Build();

        Assert.Equal(["plans", "schools"], schema.QueryType.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Rejects_a_field_defined_twice()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            new SchemaBuilder()
                .Object("Query", t => t.Field("plans", "[String]"))
                .Object("Query", t => t.Field("plans", "Int"))
                .Build()
        );

        Assert.Contains(
            exception.Errors,
            e => e.Message == "Field \"Query.plans\" can only be defined once."
        );
    }

    [Fact]
    public void Reports_every_unknown_type_at_once()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            new SchemaBuilder()
                .Object(
                    "Query",
                    t =>
                    {
                        t.Field("a", "Missing");
                        t.Field("b", "[Other!]").Argument("x", "Nope");
                    }
                )
                .Build()
        );

        Assert.Equal(
            [
                "Unknown type \"Missing\" in \"Query.a\".",
                "Unknown type \"Other\" in \"Query.b\".",
                "Unknown type \"Nope\" in \"Query.b(x:)\".",
            ],
            exception.Errors.Select(e => e.Message)
        );
        Assert.Contains("- Unknown type \"Missing\" in \"Query.a\".", exception.Message);
    }

    [Theory]
    [InlineData("[String")]
    [InlineData("String!!")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("1abc")]
    public void Rejects_malformed_type_references(string reference)
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            new SchemaBuilder().Object("Query", t => t.Field("a", reference)).Build()
        );

        Assert.Equal(
            $"Invalid type reference \"{reference}\" in \"Query.a\".",
            exception.Errors[0].Message
        );
    }

    [Fact]
    public void Requires_a_query_type()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            new SchemaBuilder().Object("Thing", t => t.Field("a", "Int")).Build()
        );

        Assert.Equal("Query root type must be provided.", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Uses_types_named_mutation_and_subscription_as_roots()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("a", "Int"))
            .Object("Mutation", t => t.Field("b", "Int"))
            .Object("Subscription", t => t.Field("c", "Int"))
            .Build();

        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Equal("Subscription", schema.SubscriptionType?.Name);
        Assert.Same(schema.MutationType, schema.GetRootType(OperationType.Mutation));
    }

    [Fact]
    public void Root_types_can_be_renamed()
    {
        var schema = new SchemaBuilder()
            .QueryType("Root")
            .MutationType("Writes")
            .Object("Root", t => t.Field("a", "Int"))
            .Object("Writes", t => t.Field("b", "Int"))
            .Build();

        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Equal("Writes", schema.MutationType?.Name);
        Assert.Null(schema.SubscriptionType);
    }

    [Fact]
    public void Rejects_a_root_type_that_is_not_an_object()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            new SchemaBuilder()
                .Object("Query", t => t.Field("a", "Int"))
                .Enum("Mutation", e => e.Value("A"))
                .Build()
        );

        Assert.Contains(
            exception.Errors,
            e =>
                e.Message
                == "Mutation root type must be Object type if provided, it cannot be Mutation."
        );
    }

    [Fact]
    public void Rejects_two_types_with_the_same_name()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            new SchemaBuilder()
                .Object("Query", t => t.Field("a", "Thing"))
                .Object("Thing", t => t.Field("a", "Int"))
                .Enum("Thing", e => e.Value("A"))
                .Build()
        );

        Assert.Contains(
            exception.Errors,
            e =>
                e.Message
                == "Schema must contain uniquely named types but contains multiple types named \"Thing\"."
        );
    }

    [Fact]
    public void Builds_enums_from_clr_enums_in_screaming_case()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("rag", "Rag"))
            .Enum<Rag>()
            .Build();

        var rag = Assert.IsType<EnumType>(schema.GetType("Rag"));
        Assert.Equal(
            ["MET", "ON_TRACK", "PARTIALLY_MET", "NOT_ON_TRACK", "NOT_RATED", "UNKNOWN"],
            rag.Values.Select(v => v.Name)
        );
        Assert.Equal(Rag.PartiallyMet, rag.GetValue("PARTIALLY_MET")!.Value);
        Assert.Equal("Not yet rated.", rag.GetValue("NOT_RATED")!.Description);
        Assert.Equal("Use NOT_RATED.", rag.GetValue("UNKNOWN")!.DeprecationReason);
        Assert.Equal("ON_TRACK", rag.Serialize(Rag.OnTrack));
    }

    [Fact]
    public void Enum_values_without_a_clr_value_stand_for_their_name()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("d", "Direction"))
            .Enum(
                "Direction",
                e => e.Value("ASC").Value("DESC", d => d.Description("Largest first."))
            )
            .Build();

        var direction = (EnumType)schema.GetType("Direction")!;
        Assert.Equal("ASC", direction.GetValue("ASC")!.Value);
        Assert.Equal("Largest first.", direction.GetValue("DESC")!.Description);
    }

    [Fact]
    public void Builds_interfaces_and_their_implementations()
    {
        var schema = new SchemaBuilder()
            .Interface("Node", i => i.Field("id", "ID!"))
            .Interface("Named", i => i.Implements("Node").Field("id", "ID!").Resolve(_ => "x"))
            .Object("School", o => o.Implements("Node", "Named").Field("id", "ID!"))
            .Object("Query", t => t.Field("node", "Node"))
            .Build();

        var node = (InterfaceType)schema.GetType("Node")!;
        var named = (InterfaceType)schema.GetType("Named")!;
        var school = (ObjectType)schema.GetType("School")!;
        Assert.Equal([node, named], school.Interfaces);
        Assert.Equal([school], schema.GetImplementations(node).Objects);
        Assert.Equal([named], schema.GetImplementations(node).Interfaces);
        Assert.Equal([school], schema.GetPossibleTypes(node));
        Assert.True(schema.IsSubType(node, named));
        Assert.True(schema.IsSubType(node, school));
        Assert.False(schema.IsSubType(named, node));
    }

    [Fact]
    public void Builds_unions_of_objects()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("search", "[Result]"))
            .Object("School", o => o.Field("name", "String"))
            .Object("Board", o => o.Field("name", "String"))
            .Union("Result", "School", "Board")
            .Build();

        var result = (UnionType)schema.GetType("Result")!;
        Assert.Equal(["School", "Board"], result.Types.Select(t => t.Name));
        Assert.True(schema.IsPossibleType(result, (ObjectType)schema.GetType("Board")!));
        Assert.Equal(result.Types, schema.GetPossibleTypes(result));
    }

    [Fact]
    public void Rejects_union_members_that_are_not_objects()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            new SchemaBuilder()
                .Object("Query", t => t.Field("search", "Result"))
                .Interface("Node", i => i.Field("id", "ID"))
                .Union("Result", "Node", "Missing")
                .Build()
        );

        Assert.Equal(
            [
                "Union type Result can only include Object types, it cannot include Node.",
                "Unknown type \"Missing\" in union \"Result\".",
            ],
            exception.Errors.Select(e => e.Message)
        );
    }

    [Fact]
    public void Rejects_implementing_a_non_interface()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            new SchemaBuilder()
                .Object("Query", t => t.Implements("String").Field("a", "Int"))
                .Build()
        );

        Assert.Equal(
            "Type Query must only implement Interface types, it cannot implement String.",
            Assert.Single(exception.Errors).Message
        );
    }

    [Fact]
    public void Builds_input_objects_with_defaults_and_one_of()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("plans", "[String]").Argument("where", "PlanFilter"))
            .InputObject(
                "PlanFilter",
                i =>
                    i.Field("title", "String", f => f.DefaultValue("x"))
                        .Field("first", "Int", f => f.DefaultValue(10))
            )
            .InputObject("PlanKey", i => i.OneOf().Field("id", "ID").Field("ref", "String"))
            .Object("Unused", o => o.Field("k", "String").Argument("key", "PlanKey"))
            .Build();

        var filter = (InputObjectType)schema.GetType("PlanFilter")!;
        Assert.Equal(new StringValueNode("x"), filter.GetField("title")!.DefaultValue);
        Assert.Equal(new IntValueNode("10"), filter.GetField("first")!.DefaultValue);
        Assert.False(filter.IsOneOf);
        Assert.True(((InputObjectType)schema.GetType("PlanKey")!).IsOneOf);
    }

    [Fact]
    public void Arguments_keep_descriptions_defaults_and_deprecation()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                    t.Field("plans", "[String]")
                        .Description("The plans.")
                        .Argument("first", "Int", a => a.Description("How many.").DefaultValue(5))
                        .Argument("order", "[String!]", a => a.Deprecated())
                        .Deprecated("Use plansConnection.")
            )
            .Build();

        var field = schema.QueryType.GetField("plans")!;
        Assert.Equal("The plans.", field.Description);
        Assert.Equal("Use plansConnection.", field.DeprecationReason);
        Assert.True(field.IsDeprecated);
        var first = field.GetArgument("first")!;
        Assert.Equal("How many.", first.Description);
        Assert.Equal(new IntValueNode("5"), first.DefaultValue);
        Assert.False(first.IsRequired);
        Assert.Equal("No longer supported", field.GetArgument("order")!.DeprecationReason);
        Assert.Null(field.GetArgument("missing"));
    }

    [Fact]
    public void Reports_an_invalid_default_value()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            new SchemaBuilder()
                .Object(
                    "Query",
                    t => t.Field("a", "Int").Argument("n", "Int", a => a.DefaultValue("ten"))
                )
                .Build()
        );

        Assert.Equal(
            "Invalid default value for \"Query.a(n:)\": Int cannot represent non-integer value: \"ten\"",
            Assert.Single(exception.Errors).Message
        );
    }

    [Fact]
    public void Refers_to_extended_scalars_by_name()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                {
                    t.Field("at", "DateTime");
                    t.Field("on", "Date");
                    t.Field("amount", "Decimal");
                    t.Field("key", "UUID");
                    t.Field("link", "URL");
                }
            )
            .Build();

        Assert.Same(ExtendedScalars.DateTime, schema.GetType("DateTime"));
        Assert.Same(ExtendedScalars.Date, schema.GetType("Date"));
        Assert.Same(ExtendedScalars.Decimal, schema.GetType("Decimal"));
        Assert.Same(ExtendedScalars.Uuid, schema.GetType("UUID"));
        Assert.Same(ExtendedScalars.Url, schema.GetType("URL"));
    }

    [Fact]
    public void Builds_custom_scalars_from_delegates()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("code", "Code"))
            .Scalar(
                "Code",
                s =>
                    s.Description("An upper-case code.")
                        .SpecifiedBy("https://example.org/code")
                        .Serialize(v => v?.ToString()?.ToUpperInvariant())
                        .ParseValue(v => v?.ToString()?.ToLowerInvariant())
            )
            .Build();

        var code = (ScalarType)schema.GetType("Code")!;
        Assert.Equal("https://example.org/code", code.SpecifiedByUrl);
        Assert.Equal("ABC", code.Serialize("abc"));
        Assert.Equal("abc", code.ParseValue("ABC"));
        Assert.Equal("xyz", code.ParseLiteral(new StringValueNode("XYZ")));
    }

    [Fact]
    public void Lists_custom_directives_before_the_built_in_ones()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("a", "Int"))
            .Directive(
                "cost",
                d =>
                    d.Locations(DirectiveLocation.FieldDefinition)
                        .Repeatable()
                        .Argument("weight", "Int!")
            )
            .Build();

        Assert.Equal(
            ["cost", "include", "skip", "deprecated", "specifiedBy", "oneOf"],
            schema.Directives.Select(d => d.Name)
        );
        var cost = schema.GetDirective("cost")!;
        Assert.True(cost.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition], cost.Locations);
        Assert.Equal("Int!", cost.GetArgument("weight")!.Type.ToString());
        Assert.False(cost.IsBuiltIn);
        Assert.True(schema.GetDirective("skip")!.IsBuiltIn);
    }

    [Fact]
    public void Type_map_lists_explicit_types_in_order_and_referenced_ones_where_found()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("a", "A").Argument("n", "Int"))
            .Object("A", t => t.Field("b", "B"))
            .Object("B", t => t.Field("s", "String"))
            .Build();

        Assert.Equal(
            ["Query", "Int", "A", "B", "String", "Boolean"],
            schema.TypeMap.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal))
        );
    }

    [Fact]
    public void Type_from_ast_wraps_named_types()
    {
        var schema = new SchemaBuilder().Object("Query", t => t.Field("a", "Int")).Build();

        var type = schema.TypeFromAst(
            new NonNullTypeNode(new ListTypeNode(new NamedTypeNode(new NameNode("Int"))))
        );

        Assert.Equal("[Int]!", type?.ToString());
        Assert.Null(schema.TypeFromAst(new NamedTypeNode(new NameNode("Nope"))));
    }

    [Fact]
    public async Task Resolvers_returning_tasks_are_awaited()
    {
        var schema = new SchemaBuilder()
            .Object(
                "Query",
                t =>
                {
                    t.Field("sync", "Int", _ => Task.FromResult(41));
                    t.Field("async", "Int").ResolveAsync(async _ => await Task.FromResult(42));
                    t.Field("raw", "Int").Resolve(_ => new ValueTask<object?>(43));
                }
            )
            .Build();

        Assert.Equal(41, await schema.QueryType.GetField("sync")!.Resolver!(null!));
        Assert.Equal(42, await schema.QueryType.GetField("async")!.Resolver!(null!));
        Assert.Equal(43, await schema.QueryType.GetField("raw")!.Resolver!(null!));
    }

    [Fact]
    public void Object_types_know_their_clr_type()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("a", "Int"))
            .Object("Box", o => o.IsTypeOf<string>().Field("a", "Int"))
            .Build();

        var box = (ObjectType)schema.GetType("Box")!;
        Assert.Equal(typeof(string), box.RuntimeType);
        Assert.True(box.IsTypeOf!("x"));
        Assert.False(box.IsTypeOf!(1));
    }

    [Fact]
    public void Field_metadata_is_kept()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("a", "Int").WithMetadata("cost", 5))
            .Build();

        var field = schema.QueryType.GetField("a")!;
        Assert.Equal(5, field.Metadata["cost"]);
        Assert.Equal("Query.a", field.ToString());
        Assert.Same(schema.QueryType, field.DeclaringType);
    }
}
