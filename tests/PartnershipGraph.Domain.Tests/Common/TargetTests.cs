using System.Globalization;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Tests.Common;

public class TargetTests
{
    private static void AssertTarget(
        string text,
        string? value,
        Comparator comparator,
        string? unit
    )
    {
        var target = Target.Parse(text);

        Assert.Equal(text, target.Text);
        Assert.Equal(
            value is null ? null : decimal.Parse(value, CultureInfo.InvariantCulture),
            target.Value
        );
        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(unit, target.Unit);
    }

    [Theory]
    [InlineData("more than 90%", "90", Comparator.MoreThan)]
    [InlineData(
        "More than 60% of schools set Progress Improvement Targets",
        "60",
        Comparator.MoreThan
    )]
    [InlineData(
        "Greater than 50% of schools have participated in Governor training.",
        "50",
        Comparator.MoreThan
    )]
    [InlineData(
        "Over 60% of agencies can evidence adoption of the strategy",
        "60",
        Comparator.MoreThan
    )]
    [InlineData("above 75%", "75", Comparator.MoreThan)]
    [InlineData(">90%", "90", Comparator.MoreThan)]
    [InlineData("> 90 %", "90", Comparator.MoreThan)]
    [InlineData("in excess of 80%", "80", Comparator.MoreThan)]
    [InlineData("at least 75%", "75", Comparator.AtLeast)]
    [InlineData("At least 90% of expected attendance from partners", "90", Comparator.AtLeast)]
    [InlineData("no less than 75%", "75", Comparator.AtLeast)]
    [InlineData("a minimum of 75%", "75", Comparator.AtLeast)]
    [InlineData(">=75%", "75", Comparator.AtLeast)]
    [InlineData("\u2265 75%", "75", Comparator.AtLeast)]
    [InlineData("greater than or equal to 75%", "75", Comparator.AtLeast)]
    [InlineData("increase to 80%", "80", Comparator.AtLeast)]
    [InlineData("Increased to 80%", "80", Comparator.AtLeast)]
    [InlineData("75% or more", "75", Comparator.AtLeast)]
    [InlineData("75% or above", "75", Comparator.AtLeast)]
    [InlineData("fewer than 50%", "50", Comparator.FewerThan)]
    [InlineData("less than 50%", "50", Comparator.FewerThan)]
    [InlineData("under 50%", "50", Comparator.FewerThan)]
    [InlineData("below 50%", "50", Comparator.FewerThan)]
    [InlineData("<50%", "50", Comparator.FewerThan)]
    [InlineData(
        "As per Forward Plan Fewer than 20% of children with EHCPs are educated out of North Somerset",
        "20",
        Comparator.FewerThan
    )]
    [InlineData("no more than 5%", "5", Comparator.AtMost)]
    [InlineData("not more than 5%", "5", Comparator.AtMost)]
    [InlineData("at most 5%", "5", Comparator.AtMost)]
    [InlineData("up to 5%", "5", Comparator.AtMost)]
    [InlineData("<= 5%", "5", Comparator.AtMost)]
    [InlineData("\u2264 5%", "5", Comparator.AtMost)]
    [InlineData("reduce to 5%", "5", Comparator.AtMost)]
    [InlineData("Down to 5%", "5", Comparator.AtMost)]
    [InlineData("Reduced to 5%", "5", Comparator.AtMost)]
    [InlineData("5% or less", "5", Comparator.AtMost)]
    [InlineData("less than or equal to 5%", "5", Comparator.AtMost)]
    [InlineData("approximately 50%", "50", Comparator.Approximately)]
    [InlineData("approx. 50%", "50", Comparator.Approximately)]
    [InlineData("attended by approx. 65% of schools", "65", Comparator.Approximately)]
    [InlineData("around 50%", "50", Comparator.Approximately)]
    [InlineData("about 50%", "50", Comparator.Approximately)]
    [InlineData("c. 50%", "50", Comparator.Approximately)]
    [InlineData("~50%", "50", Comparator.Approximately)]
    [InlineData("90%", "90", Comparator.Equal)]
    [InlineData("Target = 0%", "0", Comparator.Equal)]
    [InlineData("Target \u2013 75%", "75", Comparator.Equal)]
    [InlineData(
        "Target - 50% Contract in place and service being delivered",
        "50",
        Comparator.Equal
    )]
    [InlineData("Speech & Language 92%", "92", Comparator.Equal)]
    [InlineData("Health Visitor 2-2.5year checks 90%", "90", Comparator.Equal)]
    [InlineData("90 per cent", "90", Comparator.Equal)]
    [InlineData("90 percent", "90", Comparator.Equal)]
    [InlineData("82.5%", "82.5", Comparator.Equal)]
    [InlineData("The turnover 50%", "50", Comparator.Equal)]
    [InlineData("Target = 0% (Keyworker Team operational from 01.04.22)", "0", Comparator.Equal)]
    public void Reads_a_percentage_target(string text, string value, Comparator comparator) =>
        AssertTarget(text, value, comparator, Units.Percent);

    [Theory]
    [InlineData("Fewer than 2", "2", Comparator.FewerThan, "count")]
    [InlineData("fewer than 10", "10", Comparator.FewerThan, "count")]
    [InlineData("at least 75", "75", Comparator.AtLeast, "count")]
    [InlineData(
        "At least 10 organisations per webinar taken from the public sector",
        "10",
        Comparator.AtLeast,
        "count"
    )]
    [InlineData("Target = 18 workshops", "18", Comparator.Equal, "count")]
    [InlineData(
        "Fewer than 5 young people with EHCP who are NEET",
        "5",
        Comparator.FewerThan,
        "count"
    )]
    [InlineData("Baseline 4 (1 x EHCP 3 x SEN support)", "4", Comparator.Equal, "count")]
    [InlineData(
        "Confirm 60 places in Resource Hubs and Nurture Groups",
        "60",
        Comparator.Equal,
        "count"
    )]
    [InlineData("10+", "10", Comparator.Equal, "count")]
    [InlineData("10 or more schools", "10", Comparator.AtLeast, "count")]
    [InlineData("1,250 children", "1250", Comparator.Equal, "count")]
    [InlineData(
        "Av wait = 25 weeks (March) Number waiting 12 weeks + = 125",
        "25",
        Comparator.Equal,
        "weeks"
    )]
    [InlineData("Av wait in period = 20 weeks", "20", Comparator.Equal, "weeks")]
    [InlineData("fewer than 20 days", "20", Comparator.FewerThan, "days")]
    [InlineData("1 day", "1", Comparator.Equal, "days")]
    [InlineData("within 18 weeks: 12 weeks", "12", Comparator.Equal, "weeks")]
    [InlineData("under 3 months", "3", Comparator.FewerThan, "months")]
    [InlineData("24 hours", "24", Comparator.Equal, "hours")]
    [InlineData("48 hrs", "48", Comparator.Equal, "hours")]
    [InlineData("3.5", "3.5", Comparator.Equal, null)]
    [InlineData("no more than 0.6", "0.6", Comparator.AtMost, null)]
    [InlineData("5.2 per 10,000 children", "5.2", Comparator.Equal, "per 10,000")]
    [InlineData("£1.5m", "1.5", Comparator.Equal, "£m")]
    [InlineData("under £250k", "250", Comparator.FewerThan, "£k")]
    [InlineData("£1,200", "1200", Comparator.Equal, "£")]
    [InlineData("£ 300", "300", Comparator.Equal, "£")]
    [InlineData("Year 6 pupils: 40", "40", Comparator.Equal, "count")]
    [InlineData("Priority 2 target of 30", "30", Comparator.Equal, "count")]
    [InlineData("Fewer than 10 by May 22", "10", Comparator.FewerThan, "count")]
    [InlineData("9th June 2023: 12 children", "12", Comparator.Equal, "count")]
    [InlineData("Two in January 22, then 4", "4", Comparator.Equal, "count")]
    [InlineData("12 Month review, 30 schools", "30", Comparator.Equal, "count")]
    [InlineData("Expected in 2022/23 at 45", "45", Comparator.Equal, "count")]
    [InlineData("More than 2000 views", "2000", Comparator.MoreThan, "count")]
    [InlineData("at least 1950 visits to the Local Offer", "1950", Comparator.AtLeast, "count")]
    [InlineData("fewer than 2100 exclusions by 2025", "2100", Comparator.FewerThan, "count")]
    [InlineData("Terms 5 and 6: 12 schools", "12", Comparator.Equal, "count")]
    [InlineData("Area 3 schools, 40", "40", Comparator.Equal, "count")]
    public void Reads_a_target_in_other_units(
        string text,
        string value,
        Comparator comparator,
        string? unit
    ) => AssertTarget(text, value, comparator, unit);

    [Theory]
    [InlineData("Increase by 10%", "10", Comparator.AtLeast, "% increase")]
    [InlineData("Increase in SEND attendance by 15%", "15", Comparator.AtLeast, "% increase")]
    [InlineData(
        "Increased cohort of children with SEND in mainstream schools by 15%",
        "15",
        Comparator.AtLeast,
        "% increase"
    )]
    [InlineData(
        "An increase of 15% of children with EHCP's in mainstream schools",
        "15",
        Comparator.AtLeast,
        "% increase"
    )]
    [InlineData("a 15% increase", "15", Comparator.AtLeast, "% increase")]
    [InlineData("raise attendance by 5%", "5", Comparator.AtLeast, "% increase")]
    [InlineData("Reduce by 20%", "20", Comparator.AtLeast, "% reduction")]
    [InlineData("Exclusions decreased by 20%", "20", Comparator.AtLeast, "% reduction")]
    [InlineData("a 20% reduction", "20", Comparator.AtLeast, "% reduction")]
    [InlineData("a reduction of 20%", "20", Comparator.AtLeast, "% reduction")]
    [InlineData("February minus 20%", "20", Comparator.AtLeast, "% reduction")]
    [InlineData(
        "Increase capacity in North Somerset by 56 specialist places",
        "56",
        Comparator.AtLeast,
        "increase"
    )]
    [InlineData("more than 10% increase", "10", Comparator.MoreThan, "% increase")]
    [InlineData("Increase the rate by 0.5", "0.5", Comparator.AtLeast, "increase")]
    [InlineData("Waiting times cut by 3 weeks", "3", Comparator.AtLeast, "weeks reduction")]
    [InlineData("Lower the rate by 2%", "2", Comparator.AtLeast, "% reduction")]
    [InlineData("a decrease of 10 days", "10", Comparator.AtLeast, "days reduction")]
    public void Reads_a_change_from_the_baseline_as_at_least_that_change(
        string text,
        string value,
        Comparator comparator,
        string unit
    ) => AssertTarget(text, value, comparator, unit);

    [Theory]
    [InlineData("Delivered by 30 schools", "30")]
    [InlineData("Schools. Reduced attendance gap by 5 points", "5")]
    [InlineData("Executive board attended by 12 members", "12")]
    [InlineData("Praised by 3 schools", "3")]
    public void Reads_by_without_a_change_word_as_a_plain_figure(string text, string value)
    {
        var target = Target.Parse(text);

        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), target.Value);
        Assert.DoesNotContain("increase", target.Unit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Assistant Director appointed")]
    [InlineData("Every school to integrate targets and standards")]
    [InlineData("JSNA Completion end Feb 22. Spotlight reports complete")]
    [InlineData("MHST teams are fully operational (Dec 22). Audits in MHST schools completed.")]
    [InlineData("Joint Commissioning Strategy & Co-production Charter operational 2022-2025")]
    [InlineData("Develop a baseline survey by February 2022 and piloted")]
    [InlineData("6-month probation appraisal of Assistant Director")]
    [InlineData("12 Month review by DfE and NHS England Inspectors")]
    [InlineData("Two in January 22")]
    [InlineData("Report due 17th November")]
    [InlineData("Due 1 April")]
    [InlineData("Review in 2023/24")]
    [InlineData("Meeting on 31/03/2023")]
    [InlineData("Operational from 01.04.22")]
    [InlineData("Young people aged 16-18")]
    [InlineData("Respond within 6 weeks")]
    [InlineData("Key Stage 2 and KS4 results")]
    [InlineData("Quarterly in Q4")]
    [InlineData("Rates per 10,000")]
    [InlineData("Runs 24/7")]
    [InlineData("More than 2019 levels")]
    [InlineData("Appendix 3 sets it out")]
    [InlineData("On track to meet target \u2013 see 4.1")]
    [InlineData("In post since 4 th July")]
    [InlineData("Train the trainers x 2")]
    [InlineData("Completed - 1 x 1wte locum doctor")]
    [InlineData("Pilot agreed (Terms 5 and 6)")]
    [InlineData("1234567890123456789012345")]
    [InlineData("1,000,000,000,000,000,000")]
    [InlineData("N")]
    [InlineData("")]
    [InlineData("   ")]
    public void Gives_no_value_for_narrative(string text) =>
        AssertTarget(text, null, Comparator.Equal, null);

    [Fact]
    public void Keeps_null_text_as_null() =>
        Assert.Equal(new Target(null, null), Target.Parse(null));

    [Fact]
    public void Never_throws_on_very_long_text()
    {
        var text = string.Concat(Enumerable.Repeat("1,000,000,000 more than ", 500));

        var target = Target.Parse(text);

        Assert.Equal(text, target.Text);
        Assert.Equal(1_000_000_000m, target.Value);
    }

    [Theory]
    [InlineData("more than 90%", "more than 90%")]
    [InlineData("Fewer than 2", "fewer than 2")]
    [InlineData("Target = 0%", "0%")]
    [InlineData("reduce to 5%", "no more than 5%")]
    [InlineData("Av wait = 25 weeks", "25 weeks")]
    [InlineData("Assistant Director appointed ", "Assistant Director appointed")]
    public void Displays_the_target_for_a_reader(string text, string display) =>
        Assert.Equal(display, Target.Parse(text).Display);

    [Fact]
    public void Displays_an_empty_string_when_there_is_neither_figure_nor_text() =>
        Assert.Equal(string.Empty, new Target(null, null).Display);
}
