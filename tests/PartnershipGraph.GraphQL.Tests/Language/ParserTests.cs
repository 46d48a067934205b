using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Tests.Language;

/// <summary>The shape of the syntax tree the parser builds.</summary>
public sealed class ParserTests
{
    private static T Only<T>(string source)
        where T : DefinitionNode =>
        Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    private static FieldNode FirstField(string source) =>
        Assert.IsType<FieldNode>(Only<OperationDefinitionNode>(source).SelectionSet.Selections[0]);

    [Fact]
    public void A_bare_selection_set_is_an_anonymous_query()
    {
        var operation = Only<OperationDefinitionNode>("{ a }");
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Null(operation.Description);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation M { a }", OperationType.Mutation)]
    [InlineData("subscription S { a }", OperationType.Subscription)]
    public void Reads_the_operation_type_and_name(string source, OperationType type)
    {
        var operation = Only<OperationDefinitionNode>(source);
        Assert.Equal(type, operation.Operation);
        Assert.Equal(source.Split(' ')[1], operation.Name!.Value);
    }

    [Fact]
    public void Reads_aliases_arguments_directives_and_sub_selections()
    {
        var field = FirstField("{ alias: name(a: 1, b: $v) @skip(if: true) { sub } }");
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("name", field.Name.Value);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("1", Assert.IsType<IntValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal("skip", Assert.Single(field.Directives).Name.Value);
        Assert.Equal(
            "sub",
            Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value
        );
    }

    [Fact]
    public void Reads_variable_definitions_with_defaults_directives_and_descriptions()
    {
        var operation = Only<OperationDefinitionNode>(
            "query Q(\"The id.\" $id: [ID!]! = [\"1\"] @deprecated) { a }"
        );
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("id", variable.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(variable.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.Equal(
            "ID",
            Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value
        );
        Assert.IsType<ListValueNode>(variable.DefaultValue);
        Assert.Equal("deprecated", Assert.Single(variable.Directives).Name.Value);
        Assert.Equal("The id.", variable.Description!.Value);
    }

    [Fact]
    public void Reads_descriptions_on_operations_and_fragments()
    {
        var document = Parser.Parse("\"Op\" query Q { a } \"\"\"Frag\"\"\" fragment F on T { a }");
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("Op", operation.Description!.Value);
        Assert.False(operation.Description.Block);
        Assert.Equal("Frag", fragment.Description!.Value);
        Assert.True(fragment.Description.Block);
    }

    [Fact]
    public void Tells_fragment_spreads_from_inline_fragments()
    {
        var selections = Only<OperationDefinitionNode>(
            "{ ...F @d ... on T { a } ... @d { b } }"
        ).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("F", spread.Name.Value);
        Assert.Single(spread.Directives);
        Assert.Equal(
            "T",
            Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value
        );
        var bare = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(bare.TypeCondition);
        Assert.Single(bare.Directives);
    }

    [Fact]
    public void Reads_a_fragment_definition()
    {
        var fragment = Only<FragmentDefinitionNode>("fragment F on T @d { a }");
        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
        Assert.Single(fragment.Directives);
        Assert.Single(fragment.SelectionSet.Selections);
    }

    [Theory]
    [InlineData("1", typeof(IntValueNode))]
    [InlineData("1.0", typeof(FloatValueNode))]
    [InlineData("\"s\"", typeof(StringValueNode))]
    [InlineData("true", typeof(BooleanValueNode))]
    [InlineData("null", typeof(NullValueNode))]
    [InlineData("RED", typeof(EnumValueNode))]
    [InlineData("[1]", typeof(ListValueNode))]
    [InlineData("{a: 1}", typeof(ObjectValueNode))]
    [InlineData("$v", typeof(VariableNode))]
    public void Reads_every_kind_of_value(string source, Type type) =>
        Assert.IsType(type, Parser.ParseValue(source));

    [Fact]
    public void Keeps_numbers_as_written()
    {
        Assert.Equal("-0", Assert.IsType<IntValueNode>(Parser.ParseValue("-0")).Value);
        Assert.Equal(
            "1.50E+10",
            Assert.IsType<FloatValueNode>(Parser.ParseValue("1.50E+10")).Value
        );
        Assert.Equal(
            "123456789012345678901234567890",
            Assert.IsType<IntValueNode>(Parser.ParseValue("123456789012345678901234567890")).Value
        );
    }

    [Fact]
    public void Reads_booleans()
    {
        Assert.True(Assert.IsType<BooleanValueNode>(Parser.ParseValue("true")).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(Parser.ParseValue("false")).Value);
    }

    [Fact]
    public void Rejects_variables_in_constant_values()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.ParseConstValue("[$v]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
        Assert.Equal(new SourceLocation(1, 2), Assert.Single(error.Locations));
    }

    [Fact]
    public void Reads_a_schema_definition()
    {
        var schema = Only<SchemaDefinitionNode>(
            "\"d\" schema @a { query: Q mutation: M subscription: S }"
        );
        Assert.Equal("d", schema.Description!.Value);
        Assert.Single(schema.Directives);
        Assert.Equal(
            [OperationType.Query, OperationType.Mutation, OperationType.Subscription],
            schema.OperationTypes.Select(o => o.Operation)
        );
        Assert.Equal(["Q", "M", "S"], schema.OperationTypes.Select(o => o.Type.Name.Value));
    }

    [Fact]
    public void Reads_an_object_type_with_interfaces_fields_and_arguments()
    {
        var type = Only<ObjectTypeDefinitionNode>(
            "type T implements & A & B @d { \"f\" f(\"a\" a: Int = 1 @x, b: [T]): T! @y }"
        );
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        var field = Assert.Single(type.Fields);
        Assert.Equal("f", field.Description!.Value);
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("a", field.Arguments[0].Description!.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(field.Arguments[0].DefaultValue).Value);
        Assert.Single(field.Arguments[0].Directives);
        Assert.IsType<NonNullTypeNode>(field.Type);
        Assert.Single(field.Directives);
    }

    [Fact]
    public void Reads_an_interface_implementing_interfaces()
    {
        var type = Only<InterfaceTypeDefinitionNode>("interface I implements J & K { a: Int }");
        Assert.Equal(["J", "K"], type.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void Reads_unions_enums_inputs_and_scalars()
    {
        var document = Parser.Parse(
            "union U = | A | B scalar S @d enum E { A \"b\" B @d } input I { a: Int = 1 }"
        );
        Assert.Equal(
            ["A", "B"],
            Assert
                .IsType<UnionTypeDefinitionNode>(document.Definitions[0])
                .Types.Select(t => t.Name.Value)
        );
        Assert.Single(Assert.IsType<ScalarTypeDefinitionNode>(document.Definitions[1]).Directives);
        var values = Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[2]).Values;
        Assert.Equal(["A", "B"], values.Select(v => v.Name.Value));
        Assert.Equal("b", values[1].Description!.Value);
        Assert.Single(Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[3]).Fields);
    }

    [Fact]
    public void Reads_a_repeatable_directive_definition()
    {
        var directive = Only<DirectiveDefinitionNode>(
            "directive @d(a: Int) repeatable on | FIELD | QUERY"
        );
        Assert.Equal("d", directive.Name.Value);
        Assert.True(directive.Repeatable);
        Assert.Single(directive.Arguments);
        Assert.Equal(["FIELD", "QUERY"], directive.Locations.Select(l => l.Value));
        Assert.False(Only<DirectiveDefinitionNode>("directive @d on FIELD").Repeatable);
    }

    [Fact]
    public void Reads_every_kind_of_extension()
    {
        var document = Parser.Parse(
            """
            extend schema @a { query: Q }
            extend scalar S @a
            extend type T implements I @a { f: Int }
            extend interface I implements J { f: Int }
            extend union U = V
            extend enum E { X }
            extend input N { f: Int }
            """
        );
        Assert.Equal(
            [
                typeof(SchemaExtensionNode),
                typeof(ScalarTypeExtensionNode),
                typeof(ObjectTypeExtensionNode),
                typeof(InterfaceTypeExtensionNode),
                typeof(UnionTypeExtensionNode),
                typeof(EnumTypeExtensionNode),
                typeof(InputObjectTypeExtensionNode),
            ],
            document.Definitions.Select(d => d.GetType())
        );
        Assert.Equal(
            ["J"],
            Assert
                .IsType<InterfaceTypeExtensionNode>(document.Definitions[3])
                .Interfaces.Select(i => i.Name.Value)
        );
    }

    [Fact]
    public void Locates_nodes_by_offset_line_and_column()
    {
        var field = FirstField("query Q {\n  name(a: 1)\n}");
        Assert.Equal(new Location(12, 22, 2, 3), field.Location);
        Assert.Equal(new Location(12, 16, 2, 3), field.Name.Location);
        Assert.Equal(new Location(17, 21, 2, 8), field.Arguments[0].Location);
        Assert.Equal(new SourceLocation(2, 3), field.Location!.ToSourceLocation());
    }

    [Fact]
    public void The_document_spans_the_whole_source()
    {
        var document = Parser.Parse("  { a }  ");
        Assert.Equal(new Location(0, 9, 1, 1), document.Location);
    }

    [Fact]
    public void Rejects_a_null_source() =>
        Assert.Throws<ArgumentNullException>(() => Parser.Parse(null!));
}
