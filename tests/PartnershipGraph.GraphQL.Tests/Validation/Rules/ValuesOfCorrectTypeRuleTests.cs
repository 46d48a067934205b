using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Validation;
using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Theory]
    [InlineData("intArgField(intArg: 2)")]
    [InlineData("intArgField(intArg: null)")]
    [InlineData("floatArgField(floatArg: 1)")]
    [InlineData("floatArgField(floatArg: 1.5e3)")]
    [InlineData("idArgField(idArg: 1)")]
    [InlineData("idArgField(idArg: \"someIdString\")")]
    [InlineData("stringArgField(stringArg: \"\"\"block\"\"\")")]
    [InlineData("booleanArgField(booleanArg: true)")]
    [InlineData("enumArgField(enumArg: NO_FUR)")]
    [InlineData("anyArgField(anyArg: {deep: [1, \"two\", null, ENUM]})")]
    [InlineData("stringListArgField(stringListArg: [\"one\", null, \"two\"])")]
    [InlineData("stringListArgField(stringListArg: \"one\")")]
    [InlineData("complexArgField(complexArg: { requiredField: true })")]
    [InlineData(
        "complexArgField(complexArg: { requiredField: false, intField: 4, stringListField: [\"a\"] })"
    )]
    [InlineData("oneOfArgField(oneOfArg: { intField: 1 })")]
    public void Valid_values(string field) =>
        ExpectValid(Rule, $"{{ complicatedArgs {{ {field} }} }}");

    [Theory]
    [InlineData("stringArgField(stringArg: 1)", "String cannot represent a non string value: 1")]
    [InlineData(
        "stringArgField(stringArg: BAR)",
        "String cannot represent a non string value: BAR"
    )]
    [InlineData("intArgField(intArg: \"3\")", "Int cannot represent non-integer value: \"3\"")]
    [InlineData("intArgField(intArg: 3.0)", "Int cannot represent non-integer value: 3.0")]
    [InlineData(
        "intArgField(intArg: 829384293849283498239482938)",
        "Int cannot represent non 32-bit signed integer value: 829384293849283498239482938"
    )]
    [InlineData(
        "floatArgField(floatArg: \"3.333\")",
        "Float cannot represent non numeric value: \"3.333\""
    )]
    [InlineData(
        "booleanArgField(booleanArg: 2)",
        "Boolean cannot represent a non boolean value: 2"
    )]
    [InlineData(
        "idArgField(idArg: 1.0)",
        "ID cannot represent a non-string and non-integer value: 1.0"
    )]
    public void Invalid_scalar_values_report_the_scalars_message(string field, string message)
    {
        var errors = Validate(Rule, $"{{ complicatedArgs {{ {field} }} }}");

        Assert.Equal(message, Assert.Single(errors).Message);
    }

    [Fact]
    public void Invalid_enum_values() =>
        ExpectErrors(
            Rule,
            """
            { dog {
              a: doesKnowCommand(dogCommand: 2)
              b: doesKnowCommand(dogCommand: "SIT")
              c: doesKnowCommand(dogCommand: JUGGLE)
              d: doesKnowCommand(dogCommand: sit)
            } }
            """,
            ("Enum \"DogCommand\" cannot represent non-enum value: 2.", 2, 34),
            (
                "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?",
                3,
                34
            ),
            ("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", 4, 34),
            (
                "Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?",
                5,
                34
            )
        );

    [Fact]
    public void Values_of_the_wrong_shape() =>
        ExpectErrors(
            Rule,
            "{ complicatedArgs { complexArgField(complexArg: \"notAnObject\") stringListArgField(stringListArg: [[\"nested\"]]) } }",
            ("Expected value of type \"ComplexInput\", found \"notAnObject\".", 1, 49),
            // An item list where a list item is expected: the item type decides.
            ("String cannot represent a non string value: [\"nested\"]", 1, 99)
        );

    [Fact]
    public void Null_in_non_null_positions() =>
        ExpectErrors(
            Rule,
            """
            query ($b: Int! = null) {
              complicatedArgs { stringListNonNullArgField(stringListNonNullArg: ["one", null]) }
            }
            """,
            ("Expected value of type \"Int!\", found null.", 1, 19),
            ("Expected value of type \"String!\", found null.", 2, 77)
        );

    [Fact]
    public void Input_objects_need_their_required_fields_and_only_known_ones() =>
        ExpectErrors(
            Rule,
            "{ complicatedArgs { complexArgField(complexArg: { intField: 4, strinField: \"x\" }) } }",
            (
                "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.",
                1,
                49
            ),
            (
                "Field \"strinField\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?",
                1,
                64
            )
        );

    [Fact]
    public void OneOf_input_objects_need_exactly_one_non_null_field() =>
        ExpectErrors(
            Rule,
            """
            { complicatedArgs {
              a: oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
              b: oneOfArgField(oneOfArg: { stringField: null })
              c: oneOfArgField(oneOfArg: {})
            } }
            """,
            ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", 2, 30),
            ("Field \"OneOfInput.stringField\" must be non-null.", 3, 30),
            ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", 4, 30)
        );

    [Fact]
    public void Variable_default_values_are_checked() =>
        ExpectErrors(
            Rule,
            "query ($a: Int = \"one\", $c: ComplexInput = { requiredField: 123 }) { dog { name } }",
            ("Int cannot represent non-integer value: \"one\"", 1, 18),
            ("Boolean cannot represent a non boolean value: 123", 1, 61)
        );

    [Fact]
    public void Values_at_unknown_positions_are_not_checked() =>
        ExpectValid(
            Rule,
            "{ unknown(arg: \"x\") dog { unknownArg(x: {a: 1}) name @unknown(a: [1]) } }"
        );

    [Fact]
    public void Suggestions_can_be_hidden()
    {
        var errors = Validate(
            Rule,
            "{ dog { doesKnowCommand(dogCommand: sit) } complicatedArgs { complexArgField(complexArg: { requiredField: true, strinField: \"x\" }) } }",
            options: new ValidationOptions { HideSuggestions = true }
        );

        Assert.Equal(
            [
                "Value \"sit\" does not exist in \"DogCommand\" enum.",
                "Field \"strinField\" is not defined by type \"ComplexInput\".",
            ],
            errors.Select(e => e.Message)
        );
    }

    [Fact]
    public void Custom_scalar_failures_are_errors_not_crashes()
    {
        var schema = new SchemaBuilder()
            .Scalar(
                "Odd",
                s =>
                    s.Serialize(v => v)
                        .ParseValue(v => v)
                        .ParseLiteral(
                            (node, _) =>
                                node switch
                                {
                                    IntValueNode { Value: var text }
                                        when int.Parse(
                                            text,
                                            System.Globalization.CultureInfo.InvariantCulture
                                        ) % 2
                                            == 1 => text,
                                    IntValueNode => throw new InvalidOperationException(
                                        "odd ones only"
                                    ),
                                    _ => throw new GraphQLError("Odd wants an integer."),
                                }
                        )
            )
            .Object("Query", t => t.Field("f", "String").Argument("a", "[Odd]"))
            .Build();

        ExpectErrorsWithSchema(
            schema,
            Rule,
            "{ f(a: [1, 2, \"three\"]) }",
            ("Expected value of type \"Odd\", found 2; odd ones only", 1, 12),
            ("Odd wants an integer.", 1, 15)
        );
    }
}
