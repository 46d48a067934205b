using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Scalars;

public class DateTypeTests
{
    private static readonly ScalarType Date = ExtendedScalars.Date;

    [Fact]
    public void Serializes_dates_and_the_date_part_of_date_times()
    {
        Assert.Equal("2022-05-31", Date.Serialize(new DateOnly(2022, 5, 31)));
        Assert.Equal("2022-05-31", Date.Serialize(new DateTime(2022, 5, 31, 23, 0, 0)));
        Assert.Equal(
            "2022-05-31",
            Date.Serialize(new DateTimeOffset(2022, 5, 31, 1, 0, 0, TimeSpan.FromHours(1)))
        );
        Assert.Equal("2022-05-31", Date.Serialize("2022-05-31"));
    }

    [Fact]
    public void Pads_every_part_of_early_and_late_dates()
    {
        Assert.Equal("0007-03-04", Date.Serialize(new DateOnly(7, 3, 4)));
        Assert.Equal("0987-12-01", Date.Serialize(new DateOnly(987, 12, 1)));
        Assert.Equal("9999-12-31", Date.Serialize(DateOnly.MaxValue));
    }

    [Fact]
    public void Parses_iso_dates() =>
        Assert.Equal(new DateOnly(2024, 2, 29), Date.ParseValue("2024-02-29"));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2022-5-31")]
    [InlineData("31/05/2022")]
    [InlineData("2022-05-31T00:00:00Z")]
    public void Rejects_other_strings(string text) =>
        Assert.Equal(
            $"Date cannot represent an invalid date string: \"{text}\"",
            Assert.Throws<GraphQLError>(() => Date.ParseValue(text)).Message
        );

    [Fact]
    public void Parses_string_literals() =>
        Assert.Equal(
            new DateOnly(2022, 1, 1),
            Date.ParseLiteral(new StringValueNode("2022-01-01"))
        );

    [Fact]
    public void Serialize_rejects_numbers() =>
        Assert.Equal(
            "Date cannot represent value: 20220101",
            Assert.Throws<GraphQLError>(() => Date.Serialize(20220101)).Message
        );
}
