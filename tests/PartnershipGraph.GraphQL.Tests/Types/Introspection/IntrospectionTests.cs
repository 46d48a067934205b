using System.Text.Json;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;
using IntrospectionSystem = PartnershipGraph.GraphQL.Types.Introspection.Introspection;

namespace PartnershipGraph.GraphQL.Tests.Types.Introspection;

public class IntrospectionTests
{
    private static readonly Schema Schema = SchemaBuilder
        .FromSdl(
            """
            "Plans and their areas."
            schema { query: Query }
            type Query {
              plan(id: ID!, version: Int = 2 @deprecated(reason: "Versions are gone.")): Plan
              old: String @deprecated
              search: Result
            }
            interface Node { id: ID! }
            type Plan implements Node { id: ID! rag: Rag filter(where: Filter = {title: "x"}): Int }
            type Board implements Node { id: ID! }
            union Result = Plan | Board
            enum Rag { MET NOT_RATED @deprecated(reason: "Rate it.") }
            input Filter @oneOf { title: String old: Int @deprecated }
            scalar DateTime @specifiedBy(url: "https://example.org/dt")
            """
        )
        .Build();

    private static object? Resolve(
        string typeName,
        string fieldName,
        object? source,
        Dictionary<string, object?>? arguments = null
    )
    {
        var type = (ObjectType)Schema.GetType(typeName)!;
        var field = type.GetField(fieldName)!;
        var context = new TestResolverContext(Schema, source, field, type, arguments ?? []);
        return field.Resolver!(context).Result;
    }

    [Fact]
    public void Every_schema_contains_the_introspection_types_after_its_own()
    {
        var names = Schema.TypeMap.Keys.ToList();

        Assert.Equal(
            [
                "__Schema",
                "__Type",
                "__TypeKind",
                "__Field",
                "__InputValue",
                "__EnumValue",
                "__Directive",
                "__DirectiveLocation",
            ],
            names.Where(n => n.StartsWith("__", StringComparison.Ordinal))
        );
        Assert.Contains("String", names);
        Assert.Contains("Boolean", names);
        Assert.All(
            IntrospectionSystem.All,
            t => Assert.True(IntrospectionSystem.IsIntrospectionType(t))
        );
        Assert.False(IntrospectionSystem.IsIntrospectionType(Schema.QueryType));
    }

    [Fact]
    public void Introspection_types_have_graphql_js_structure_with_descriptions_of_our_own()
    {
        const string sdl = "type Query { a: Int }";
        var theirs = JsonSerializer.Deserialize<string[]>(
            GraphQLJs.Run("printIntrospectionSchema.mjs", JsonSerializer.Serialize(new[] { sdl }))
        )![0];
        var ours = SchemaPrinter.PrintIntrospectionSchema(SchemaBuilder.FromSdl(sdl).Build());

        var structures = JsonSerializer.Deserialize<string[]>(
            GraphQLJs.Run(
                "withoutDescriptions.mjs",
                JsonSerializer.Serialize(new[] { theirs, ours })
            )
        )!;

        Assert.Equal(structures[0], structures[1]);
        Assert.NotEqual(theirs, ours);
    }

    [Fact]
    public void Schema_fields_read_the_schema()
    {
        Assert.Equal("Plans and their areas.", Resolve("__Schema", "description", Schema));
        Assert.Same(Schema.QueryType, Resolve("__Schema", "queryType", Schema));
        Assert.Null(Resolve("__Schema", "mutationType", Schema));
        Assert.Equal(
            Schema.TypeMap.Count,
            ((IEnumerable<NamedType>)Resolve("__Schema", "types", Schema)!).Count()
        );
        Assert.Equal(
            ["include", "skip", "deprecated", "specifiedBy", "oneOf"],
            ((IEnumerable<DirectiveDefinition>)Resolve("__Schema", "directives", Schema)!).Select(
                d => d.Name
            )
        );
    }

    [Fact]
    public void Type_kind_and_name_describe_named_and_wrapped_types()
    {
        var plan = Schema.GetType("Plan")!;
        var wrapped = new NonNullType(new ListType(plan));

        Assert.Equal("OBJECT", Resolve("__Type", "kind", plan));
        Assert.Equal("NON_NULL", Resolve("__Type", "kind", wrapped));
        Assert.Equal("Plan", Resolve("__Type", "name", plan));
        Assert.Null(Resolve("__Type", "name", wrapped));
        Assert.IsType<ListType>(Resolve("__Type", "ofType", wrapped));
        Assert.Null(Resolve("__Type", "ofType", plan));
    }

    [Fact]
    public void Type_fields_hide_deprecated_ones_unless_asked()
    {
        var query = Schema.QueryType;

        var visible =
            (IEnumerable<FieldDefinition>)
                Resolve("__Type", "fields", query, new() { ["includeDeprecated"] = false })!;
        var all =
            (IEnumerable<FieldDefinition>)
                Resolve("__Type", "fields", query, new() { ["includeDeprecated"] = true })!;

        Assert.Equal(["plan", "search"], visible.Select(f => f.Name));
        Assert.Equal(["plan", "old", "search"], all.Select(f => f.Name));
        Assert.Null(Resolve("__Type", "fields", Schema.GetType("Rag")));
    }

    [Fact]
    public void Type_lists_interfaces_possible_types_enum_values_and_input_fields()
    {
        Assert.Equal(
            ["Node"],
            (
                (IEnumerable<InterfaceType>)Resolve("__Type", "interfaces", Schema.GetType("Plan"))!
            ).Select(t => t.Name)
        );
        Assert.Equal(
            ["Plan", "Board"],
            (
                (IEnumerable<ObjectType>)Resolve("__Type", "possibleTypes", Schema.GetType("Node"))!
            ).Select(t => t.Name)
        );
        Assert.Equal(
            ["Plan", "Board"],
            (
                (IEnumerable<ObjectType>)
                    Resolve("__Type", "possibleTypes", Schema.GetType("Result"))!
            ).Select(t => t.Name)
        );
        Assert.Null(Resolve("__Type", "possibleTypes", Schema.GetType("Plan")));
        Assert.Equal(
            ["MET"],
            (
                (IEnumerable<EnumValueDefinition>)
                    Resolve("__Type", "enumValues", Schema.GetType("Rag"))!
            ).Select(v => v.Name)
        );
        Assert.Equal(
            ["title"],
            (
                (IEnumerable<InputValueDefinition>)
                    Resolve("__Type", "inputFields", Schema.GetType("Filter"))!
            ).Select(v => v.Name)
        );
        Assert.Equal(true, Resolve("__Type", "isOneOf", Schema.GetType("Filter")));
        Assert.Null(Resolve("__Type", "isOneOf", Schema.GetType("Plan")));
        Assert.Equal(
            "https://example.org/dt",
            Resolve("__Type", "specifiedByURL", Schema.GetType("DateTime"))
        );
    }

    [Fact]
    public void Input_values_print_their_default_values()
    {
        var plan = Schema.QueryType.GetField("plan")!;
        var filter = ((ObjectType)Schema.GetType("Plan")!).GetField("filter")!;

        Assert.Equal("2", Resolve("__InputValue", "defaultValue", plan.GetArgument("version")));
        Assert.Null(Resolve("__InputValue", "defaultValue", plan.GetArgument("id")));
        Assert.Equal(
            "{title: \"x\"}",
            Resolve("__InputValue", "defaultValue", filter.GetArgument("where"))
        );
        Assert.Equal(true, Resolve("__InputValue", "isDeprecated", plan.GetArgument("version")));
        Assert.Equal(
            "Versions are gone.",
            Resolve("__InputValue", "deprecationReason", plan.GetArgument("version"))
        );
    }

    [Fact]
    public void Directives_describe_themselves()
    {
        var deprecated = Schema.GetDirective("deprecated")!;

        Assert.Equal(
            [
                "FIELD_DEFINITION",
                "ARGUMENT_DEFINITION",
                "INPUT_FIELD_DEFINITION",
                "ENUM_VALUE",
                "DIRECTIVE_DEFINITION",
            ],
            (IEnumerable<string>)Resolve("__Directive", "locations", deprecated)!
        );
        Assert.Equal(false, Resolve("__Directive", "isRepeatable", deprecated));
        Assert.Equal(
            "\"No longer supported\"",
            Resolve("__InputValue", "defaultValue", deprecated.GetArgument("reason"))
        );
    }

    [Fact]
    public async Task Meta_fields_resolve_the_schema_a_type_and_the_type_name()
    {
        var query = Schema.QueryType;
        var schemaContext = new TestResolverContext(
            Schema,
            null,
            IntrospectionSystem.SchemaMetaField,
            query,
            []
        );
        var typeContext = new TestResolverContext(
            Schema,
            null,
            IntrospectionSystem.TypeMetaField,
            query,
            new() { ["name"] = "Plan" }
        );

        Assert.Same(Schema, await IntrospectionSystem.SchemaMetaField.Resolver!(schemaContext));
        Assert.Same(
            Schema.GetType("Plan"),
            await IntrospectionSystem.TypeMetaField.Resolver!(typeContext)
        );
        Assert.Equal("Query", await IntrospectionSystem.TypeNameMetaField.Resolver!(schemaContext));
        Assert.Equal("__Schema!", IntrospectionSystem.SchemaMetaField.Type.ToString());
        Assert.Equal(
            "String!",
            IntrospectionSystem.TypeMetaField.GetArgument("name")!.Type.ToString()
        );
    }
}
