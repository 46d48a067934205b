using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Tests.Common;

public class UnitsTests
{
    [Theory]
    [InlineData("%", true)]
    [InlineData("% of agencies evidencing adoption of the strategy", true)]
    [InlineData(" %", true)]
    [InlineData("percent", true)]
    [InlineData("Per cent of pupils", true)]
    [InlineData("count", false)]
    [InlineData("weeks average wait", false)]
    [InlineData("per 10,000 children", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Knows_a_percentage_unit(string? unit, bool isPercent) =>
        Assert.Equal(isPercent, Units.IsPercent(unit));

    [Theory]
    [InlineData("82", "%", "82%")]
    [InlineData("82.50", "% of schools", "82.5%")]
    [InlineData("12", "count", "12")]
    [InlineData("12", null, "12")]
    [InlineData("12", " ", "12")]
    [InlineData("1200", "£", "£1,200")]
    [InlineData("250", "£k", "£250k")]
    [InlineData("1.5", "£m", "£1.5m")]
    [InlineData("25", "weeks", "25 weeks")]
    [InlineData("1", "weeks", "1 week")]
    [InlineData("1", "days", "1 day")]
    [InlineData("1", "months", "1 month")]
    [InlineData("1", "hours", "1 hour")]
    [InlineData("1.0", "£", "£1")]
    [InlineData("8", "organisations per webinar", "8 organisations per webinar")]
    [InlineData("-3.25", "days", "-3.25 days")]
    public void Formats_a_figure_with_its_unit(string value, string? unit, string text) =>
        Assert.Equal(
            text,
            Units.Format(
                decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
                unit
            )
        );

    [Theory]
    [InlineData("1234.50", "1,234.5")]
    [InlineData("0", "0")]
    [InlineData("0.125", "0.125")]
    [InlineData("1000000", "1,000,000")]
    public void Formats_a_number_in_invariant_culture(string value, string text) =>
        Assert.Equal(
            text,
            Units.FormatNumber(
                decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)
            )
        );
}
