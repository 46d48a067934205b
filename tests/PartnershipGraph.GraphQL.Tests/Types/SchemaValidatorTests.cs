using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Types;

public class SchemaValidatorTests
{
    private static IReadOnlyList<string> ErrorsOf(Action<SchemaBuilder> configure)
    {
        var builder = new SchemaBuilder();
        configure(builder);
        try
        {
            builder.Build();
            return [];
        }
        catch (SchemaBuildException exception)
        {
            return exception.Errors.Select(e => e.Message).ToList();
        }
    }

    private static void Query(SchemaBuilder b) => b.Object("Query", t => t.Field("f", "String"));

    [Fact]
    public void Accepts_a_valid_schema() => Assert.Empty(ErrorsOf(Query));

    [Fact]
    public void Rejects_an_object_without_fields()
    {
        Assert.Equal(
            ["Type Empty must define one or more fields."],
            ErrorsOf(b =>
                Query(b.Object("Empty", _ => { }).Object("Query", t => t.Field("e", "Empty")))
            )
        );
    }

    [Fact]
    public void Rejects_an_interface_without_fields() =>
        Assert.Equal(
            ["Type Empty must define one or more fields."],
            ErrorsOf(b =>
                b.Interface("Empty", _ => { }).Object("Query", t => t.Field("e", "Empty"))
            )
        );

    [Fact]
    public void Rejects_names_reserved_for_introspection()
    {
        Assert.Equal(
            [
                "Name \"__Thing\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            ],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("t", "__Thing"))
                    .Object("__Thing", t => t.Field("__f", "Int").Argument("__a", "Int"))
            )
        );
    }

    [Theory]
    [InlineData("bad-name", "Names must only contain [_a-zA-Z0-9] but \"bad-name\" does not.")]
    [InlineData("1st", "Names must start with [_a-zA-Z] but \"1st\" does not.")]
    [InlineData("", "Expected name to be a non-empty string.")]
    public void Rejects_invalid_field_names(string name, string message) =>
        Assert.Equal([message], ErrorsOf(b => b.Object("Query", t => t.Field(name, "Int"))));

    [Fact]
    public void Rejects_enum_values_named_true_false_or_null() =>
        Assert.Equal(
            ["Enum values cannot be named: true", "Enum values cannot be named: null"],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("e", "E"))
                    .Enum("E", e => e.Value("true").Value("ok").Value("null"))
            )
        );

    [Fact]
    public void Rejects_an_enum_without_values() =>
        Assert.Equal(
            ["Enum type E must define one or more values."],
            ErrorsOf(b => b.Object("Query", t => t.Field("e", "E")).Enum("E", _ => { }))
        );

    [Fact]
    public void Rejects_a_union_without_members() =>
        Assert.Equal(
            ["Union type U must define one or more member types."],
            ErrorsOf(b => b.Object("Query", t => t.Field("u", "U")).Union("U", _ => { }))
        );

    [Fact]
    public void Rejects_an_input_object_without_fields() =>
        Assert.Equal(
            ["Input Object type I must define one or more fields."],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("f", "Int").Argument("i", "I"))
                    .InputObject("I", _ => { })
            )
        );

    [Fact]
    public void Rejects_an_input_type_as_a_field_type() =>
        Assert.Equal(
            ["The type of Query.f must be Output Type but got: [I!]."],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("f", "[I!]"))
                    .InputObject("I", i => i.Field("a", "Int"))
            )
        );

    [Fact]
    public void Rejects_an_output_type_as_an_argument_type() =>
        Assert.Equal(
            ["The type of Query.f(o:) must be Input Type but got: O."],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("f", "Int").Argument("o", "O"))
                    .Object("O", o => o.Field("a", "Int"))
            )
        );

    [Fact]
    public void Rejects_an_output_type_as_an_input_field_type() =>
        Assert.Equal(
            ["The type of I.o must be Input Type but got: O!."],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("f", "Int").Argument("i", "I"))
                    .Object("O", o => o.Field("a", "Int"))
                    .InputObject("I", i => i.Field("o", "O!"))
            )
        );

    [Fact]
    public void Rejects_deprecating_required_arguments_and_input_fields() =>
        Assert.Equal(
            [
                "Required argument Query.f(a:) cannot be deprecated.",
                "Required input field I.x cannot be deprecated.",
            ],
            ErrorsOf(b =>
                b.Object(
                        "Query",
                        t =>
                            t.Field("f", "Int")
                                .Argument("a", "Int!", a => a.Deprecated())
                                .Argument("b", "Int!", a => a.Deprecated().DefaultValue(1))
                                .Argument("i", "I")
                    )
                    .InputObject(
                        "I",
                        i =>
                            i.Field("x", "Int!", f => f.Deprecated())
                                .Field("y", "Int", f => f.Deprecated())
                    )
            )
        );

    [Fact]
    public void Rejects_directive_problems() =>
        Assert.Equal(
            [
                "Directive @nowhere must include 1 or more locations.",
                "The type of @bad(o:) must be Input Type but got: O.",
                "Required argument @bad(r:) cannot be deprecated.",
            ],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("o", "O"))
                    .Object("O", o => o.Field("a", "Int"))
                    .Directive("nowhere", _ => { })
                    .Directive(
                        "bad",
                        d =>
                            d.Locations(DirectiveLocation.Field)
                                .Argument("o", "O")
                                .Argument("r", "Int!", a => a.Deprecated())
                    )
            )
        );

    [Fact]
    public void Rejects_a_missing_interface_field() =>
        Assert.Equal(
            ["Interface field Node.id expected but School does not provide it."],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("s", "School"))
                    .Interface("Node", i => i.Field("id", "ID!"))
                    .Object("School", o => o.Implements("Node").Field("name", "String"))
            )
        );

    [Theory]
    [InlineData("ID!", "ID!", true)]
    [InlineData("ID!", "ID", false)]
    [InlineData("ID", "ID!", true)]
    [InlineData("[ID]", "[ID!]!", true)]
    [InlineData("[ID]", "ID", false)]
    [InlineData("Node", "School", true)]
    [InlineData("Node", "Other", false)]
    [InlineData("[Node]", "[School!]", true)]
    [InlineData("SearchResult", "School", true)]
    [InlineData("School", "Node", false)]
    [InlineData("String", "ID", false)]
    public void Field_types_are_covariant(string interfaceType, string objectType, bool valid)
    {
        var errors = ErrorsOf(b =>
            b.Object("Query", t => t.Field("s", "School"))
                .Interface("Node", i => i.Field("id", "ID!"))
                .Interface("Thing", i => i.Field("x", interfaceType))
                .Object("School", o => o.Implements("Node").Field("id", "ID!"))
                .Object("Other", o => o.Field("id", "ID!"))
                .Union("SearchResult", "School", "Other")
                .Object("Impl", o => o.Implements("Thing").Field("x", objectType))
        );

        if (valid)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal(
                [
                    $"Interface field Thing.x expects type {interfaceType} but Impl.x is type {objectType}.",
                ],
                errors
            );
        }
    }

    [Fact]
    public void Interface_arguments_must_be_provided_with_equal_types() =>
        Assert.Equal(
            [
                "Interface field argument Thing.f(a:) expected but Impl.f does not provide it.",
                "Interface field argument Thing.f(b:) expects type Int but Impl.f(b:) is type Int!.",
            ],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("i", "Impl"))
                    .Interface(
                        "Thing",
                        i => i.Field("f", "Int").Argument("a", "Int").Argument("b", "Int")
                    )
                    .Object(
                        "Impl",
                        o => o.Implements("Thing").Field("f", "Int").Argument("b", "Int!")
                    )
            )
        );

    [Fact]
    public void Additional_object_arguments_must_be_optional() =>
        Assert.Equal(
            [
                "Object field Impl.f includes required argument req that is missing from the Interface field Thing.f.",
            ],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("i", "Impl"))
                    .Interface("Thing", i => i.Field("f", "Int"))
                    .Object(
                        "Impl",
                        o =>
                            o.Implements("Thing")
                                .Field("f", "Int")
                                .Argument("opt", "Int")
                                .Argument("req", "Int!")
                                .Argument("def", "Int!", a => a.DefaultValue(1))
                    )
            )
        );

    [Fact]
    public void Transitive_interfaces_must_be_declared() =>
        Assert.Equal(
            ["Type School must implement Node because it is implemented by Named."],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("s", "School"))
                    .Interface("Node", i => i.Field("id", "ID!"))
                    .Interface(
                        "Named",
                        i => i.Implements("Node").Field("id", "ID!").Field("name", "String")
                    )
                    .Object(
                        "School",
                        o => o.Implements("Named").Field("id", "ID!").Field("name", "String")
                    )
            )
        );

    [Fact]
    public void Rejects_an_interface_implementing_itself() =>
        Assert.Equal(
            ["Type Node cannot implement itself because it would create a circular reference."],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("n", "Node"))
                    .Interface("Node", i => i.Implements("Node").Field("id", "ID"))
            )
        );

    [Fact]
    public void Rejects_interfaces_implementing_each_other() =>
        Assert.Equal(
            [
                "Type A cannot implement B because it would create a circular reference.",
                "Type B cannot implement A because it would create a circular reference.",
            ],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("a", "A"))
                    .Interface("A", i => i.Implements("B").Field("id", "ID"))
                    .Interface("B", i => i.Implements("A").Field("id", "ID"))
            )
        );

    [Fact]
    public void Rejects_input_objects_that_contain_themselves_through_non_null_fields() =>
        Assert.Equal(
            [
                "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.c.a\".",
            ],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("f", "Int").Argument("a", "A"))
                    .InputObject("A", i => i.Field("b", "B!"))
                    .InputObject("B", i => i.Field("c", "C!"))
                    .InputObject("C", i => i.Field("a", "A!").Field("self", "C"))
            )
        );

    [Fact]
    public void Allows_input_cycles_through_nullable_fields_and_lists() =>
        Assert.Empty(
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("f", "Int").Argument("a", "A"))
                    .InputObject("A", i => i.Field("b", "B").Field("list", "[A!]!"))
                    .InputObject("B", i => i.Field("a", "A!"))
            )
        );

    [Fact]
    public void One_of_fields_must_be_nullable_without_defaults() =>
        Assert.Equal(
            [
                "OneOf input field Key.id must be nullable.",
                "OneOf input field Key.ref cannot have a default value.",
            ],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("f", "Int").Argument("k", "Key"))
                    .InputObject(
                        "Key",
                        i =>
                            i.OneOf()
                                .Field("id", "ID!")
                                .Field("ref", "String", f => f.DefaultValue("x"))
                                .Field("n", "Int")
                    )
            )
        );

    [Fact]
    public void Rejects_a_union_member_listed_twice() =>
        Assert.Equal(
            ["Union type U can only include type A once."],
            ErrorsOf(b =>
                b.Object("Query", t => t.Field("u", "U"))
                    .Object("A", o => o.Field("a", "Int"))
                    .Union("U", "A", "A")
            )
        );
}
