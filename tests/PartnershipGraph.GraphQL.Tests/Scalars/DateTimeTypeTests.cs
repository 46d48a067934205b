using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Scalars;

public class DateTimeTypeTests
{
    private static readonly ScalarType DateTimeScalar = ExtendedScalars.DateTime;

    [Fact]
    public void Serializes_date_time_offsets_with_milliseconds()
    {
        Assert.Equal(
            "2022-05-01T09:30:00.000Z",
            DateTimeScalar.Serialize(new DateTimeOffset(2022, 5, 1, 9, 30, 0, TimeSpan.Zero))
        );
        Assert.Equal(
            "2022-05-01T09:30:00.123+01:00",
            DateTimeScalar.Serialize(
                new DateTimeOffset(2022, 5, 1, 9, 30, 0, 123, TimeSpan.FromHours(1))
            )
        );
    }

    [Fact]
    public void Serializes_utc_and_unspecified_date_times_as_utc()
    {
        Assert.Equal(
            "2022-05-01T09:30:00.000Z",
            DateTimeScalar.Serialize(new DateTime(2022, 5, 1, 9, 30, 0, DateTimeKind.Utc))
        );
        Assert.Equal(
            "2022-05-01T09:30:00.000Z",
            DateTimeScalar.Serialize(new DateTime(2022, 5, 1, 9, 30, 0))
        );
    }

    [Fact]
    public void Serialize_rejects_other_values()
    {
        Assert.Equal(
            "DateTime cannot represent value: 5",
            Assert.Throws<GraphQLError>(() => DateTimeScalar.Serialize(5)).Message
        );
        Assert.Equal(
            "DateTime cannot represent value: \"yesterday\"",
            Assert.Throws<GraphQLError>(() => DateTimeScalar.Serialize("yesterday")).Message
        );
    }

    [Theory]
    [InlineData("2022-05-01T09:30:00Z", 0)]
    [InlineData("2022-05-01T09:30:00.5+02:00", 2)]
    [InlineData("2022-05-01t09:30:00z", 0)]
    [InlineData("2022-05-01T09:30:00-05:30", -5.5)]
    public void Parses_rfc_3339_strings(string text, double offsetHours)
    {
        var value = Assert.IsType<DateTimeOffset>(DateTimeScalar.ParseValue(text));

        Assert.Equal(TimeSpan.FromHours(offsetHours), value.Offset);
        Assert.Equal(new DateTime(2022, 5, 1), value.Date);
    }

    [Theory]
    [InlineData("2022-05-01")]
    [InlineData("2022-05-01T09:30:00")]
    [InlineData("2022-13-01T09:30:00Z")]
    [InlineData("2022-05-01 09:30:00Z")]
    [InlineData("01/05/2022 09:30")]
    [InlineData("2022-02-30T09:30:00Z")]
    public void Rejects_strings_that_are_not_rfc_3339_with_an_offset(string text) =>
        Assert.Equal(
            $"DateTime cannot represent an invalid date-time string: \"{text}\"",
            Assert.Throws<GraphQLError>(() => DateTimeScalar.ParseValue(text)).Message
        );

    [Fact]
    public void Parse_value_rejects_non_strings() =>
        Assert.Equal(
            "DateTime cannot represent a non string value: 1651397400",
            Assert.Throws<GraphQLError>(() => DateTimeScalar.ParseValue(1651397400)).Message
        );

    [Fact]
    public void Parses_string_literals_only()
    {
        Assert.IsType<DateTimeOffset>(
            DateTimeScalar.ParseLiteral(new StringValueNode("2022-05-01T09:30:00Z"))
        );
        Assert.Equal(
            "DateTime cannot represent a non string value: 5",
            Assert
                .Throws<GraphQLError>(() => DateTimeScalar.ParseLiteral(new IntValueNode("5")))
                .Message
        );
    }

    [Fact]
    public void Is_specified_by_the_graphql_scalars_date_time_spec() =>
        Assert.Equal(
            "https://scalars.graphql.org/andimarek/date-time.html",
            DateTimeScalar.SpecifiedByUrl
        );
}
