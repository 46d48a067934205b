using System.Globalization;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Domain.Tests.Kpis;

public class ProgressRagCalculatorTests
{
    private static readonly DateOnly Today = D("2023-07-15");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static decimal M(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    private static Kpi Kpi(
        KpiDirection direction = KpiDirection.HigherIsBetter,
        string? unit = "%",
        decimal? tolerance = null
    ) =>
        new()
        {
            Ref = "1.1",
            Description = "Schools taking part",
            Direction = direction,
            Unit = unit,
            Tolerance = tolerance,
        };

    private static KpiMilestone Milestone(
        int sequence,
        string? due,
        string? target,
        string label = "Milestone"
    ) =>
        new()
        {
            Sequence = sequence,
            Label = label,
            DueDate = due is null ? null : PartialDate.Parse(due),
            Target = target is null ? null : Target.Parse(target),
        };

    private static KpiActual Actual(
        string? value,
        string? asOf,
        string? recordedAt = null,
        Rag? status = null
    ) =>
        new()
        {
            Value = value is null ? null : M(value),
            AsOf = asOf is null ? null : D(asOf),
            RecordedAt = recordedAt is null
                ? default
                : DateTimeOffset.Parse(recordedAt, CultureInfo.InvariantCulture),
            Status = status,
        };

    /// <summary>Three milestones like the North Somerset scorecard: February, May and (final) November 2022.</summary>
    private static KpiMilestone[] Scorecard(string february, string may, string november) =>
        [
            Milestone(1, "February 2022", february, "3 months \u2013 February"),
            Milestone(2, "May 2022", may, "6 months \u2013 May"),
            Milestone(3, "November 2022", november, "12 months \u2013 November"),
        ];

    private static ProgressAssessment Compute(
        Kpi kpi,
        IReadOnlyList<KpiMilestone> milestones,
        params KpiActual[] actuals
    ) => ProgressRagCalculator.Compute(kpi, milestones, actuals, Today, new ProgressRagOptions());

    [Fact]
    public void Explains_a_miss_outside_the_tolerance_in_one_sentence()
    {
        var milestones = new[] { Milestone(1, "March 2024", "more than 90%") };

        var result = Compute(Kpi(), milestones, Actual("82", "2023-06-30"));

        Assert.Equal(Rag.NotOnTrack, result.Rag);
        Assert.Equal(
            "Latest actual 82% (as of 30 June 2023) is below the March 2024 target of more than 90% by 8 points, outside the 5-point tolerance.",
            result.Explanation
        );
        Assert.Same(milestones[0], result.CurrentMilestone);
    }

    [Fact]
    public void A_narrative_only_kpi_is_not_rated()
    {
        var actual = Actual("95", "2022-05-31");

        var result = Compute(
            Kpi(KpiDirection.NarrativeOnly),
            Scorecard("more than 50%", "more than 60%", "more than 80%"),
            actual
        );

        Assert.Equal(
            new ProgressAssessment(
                Rag.NotRated,
                "KPI 1.1 is narrative-only, so no progress RAG is computed.",
                null,
                actual
            ),
            result
        );
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(
        "Assistant Director appointed",
        "Quality First Training dates set",
        "Trial pilot is completed"
    )]
    public void A_kpi_with_no_numeric_target_is_not_rated(
        string? february,
        string? may,
        string? november
    )
    {
        var result = Compute(
            Kpi(),
            Scorecard(february!, may!, november!),
            Actual("95", "2022-05-31")
        );

        Assert.Equal(Rag.NotRated, result.Rag);
        Assert.Equal(
            "KPI 1.1 has no milestone with a numeric target, so no progress RAG is computed.",
            result.Explanation
        );
        Assert.Null(result.CurrentMilestone);
    }

    [Fact]
    public void A_kpi_with_no_milestones_is_not_rated() =>
        Assert.Equal(Rag.NotRated, Compute(Kpi(), [], Actual("95", "2022-05-31")).Rag);

    [Fact]
    public void A_kpi_with_no_actuals_is_not_rated()
    {
        var result = Compute(Kpi(), Scorecard("50%", "60%", "80%"));

        Assert.Equal(
            new ProgressAssessment(
                Rag.NotRated,
                "KPI 1.1 has no recorded actual with a figure, so no progress RAG is computed.",
                null,
                null
            ),
            result
        );
    }

    [Fact]
    public void Actuals_without_a_figure_are_ignored()
    {
        var narrative = Actual(null, "2023-06-30");

        var result = Compute(Kpi(), Scorecard("50%", "60%", "80%"), narrative);

        Assert.Equal(Rag.NotRated, result.Rag);
        Assert.Null(result.LatestActual);
    }

    [Fact]
    public void Meeting_the_final_target_is_met_even_before_it_is_due()
    {
        var milestones = Scorecard("more than 50%", "more than 60%", "more than 80%");
        var actual = Actual("85", "2022-02-28");

        var result = Compute(Kpi(), milestones, actual);

        Assert.Equal(Rag.Met, result.Rag);
        Assert.Equal(
            "Latest actual 85% (as of 28 February 2022) meets the final November 2022 target of more than 80%.",
            result.Explanation
        );
        Assert.Same(milestones[2], result.CurrentMilestone);
        Assert.Same(actual, result.LatestActual);
    }

    [Fact]
    public void Meeting_the_current_milestone_is_on_track()
    {
        var milestones = Scorecard("more than 50%", "more than 60%", "more than 80%");

        var result = Compute(Kpi(), milestones, Actual("55", "2022-02-28"));

        Assert.Equal(Rag.OnTrack, result.Rag);
        Assert.Equal(
            "Latest actual 55% (as of 28 February 2022) meets the February 2022 target of more than 50%.",
            result.Explanation
        );
        Assert.Same(milestones[0], result.CurrentMilestone);
    }

    [Fact]
    public void Within_the_tolerance_of_the_current_milestone_is_partially_met()
    {
        var result = Compute(
            Kpi(),
            Scorecard("more than 50%", "more than 60%", "more than 80%"),
            Actual("57", "2022-05-31")
        );

        Assert.Equal(Rag.PartiallyMet, result.Rag);
        Assert.Equal(
            "Latest actual 57% (as of 31 May 2022) is below the May 2022 target of more than 60% by 3 points, within the 5-point tolerance.",
            result.Explanation
        );
    }

    [Theory]
    [InlineData("2022-01-15", 0)]
    [InlineData("2022-02-28", 0)]
    [InlineData("2022-03-01", 1)]
    [InlineData("2022-05-31", 1)]
    [InlineData("2022-06-01", 2)]
    [InlineData("2022-11-30", 2)]
    [InlineData("2023-06-30", 2)]
    public void The_current_milestone_is_the_earliest_due_on_or_after_the_actual(
        string asOf,
        int index
    )
    {
        var milestones = Scorecard("more than 50%", "more than 60%", "more than 80%");

        var result = Compute(Kpi(), milestones, Actual("10", asOf));

        Assert.Same(milestones[index], result.CurrentMilestone);
    }

    [Fact]
    public void Milestones_without_a_numeric_target_are_skipped_when_finding_the_current_one()
    {
        var milestones = Scorecard(
            "Quality First Training dates set",
            "more than 60%",
            "more than 80%"
        );

        var result = Compute(Kpi(), milestones, Actual("10", "2022-01-31"));

        Assert.Same(milestones[1], result.CurrentMilestone);
    }

    [Fact]
    public void Milestones_without_a_due_date_are_skipped_when_finding_the_current_one()
    {
        var milestones = new[]
        {
            Milestone(1, null, "more than 50%"),
            Milestone(2, "May 2022", "more than 60%"),
            Milestone(3, null, "more than 80%", "12 months"),
        };

        Assert.Same(
            milestones[1],
            Compute(Kpi(), milestones, Actual("10", "2022-01-31")).CurrentMilestone
        );
        Assert.Same(
            milestones[2],
            Compute(Kpi(), milestones, Actual("10", "2022-06-30")).CurrentMilestone
        );
    }

    [Fact]
    public void The_final_target_is_the_last_numeric_milestone_by_sequence_whatever_the_list_order()
    {
        var milestones = new[]
        {
            Milestone(3, "November 2022", "more than 80%"),
            Milestone(4, "June 2023", "Review of the dashboard"),
            Milestone(1, "February 2022", "more than 50%"),
        };

        var result = Compute(Kpi(), milestones, Actual("81", "2022-02-28"));

        Assert.Equal(Rag.Met, result.Rag);
        Assert.Same(milestones[0], result.CurrentMilestone);
    }

    [Fact]
    public void Milestones_due_on_the_same_day_are_taken_in_sequence()
    {
        var milestones = new[]
        {
            Milestone(2, "May 2022", "more than 70%"),
            Milestone(1, "May 2022", "more than 60%"),
            Milestone(3, "November 2022", "more than 80%"),
        };

        Assert.Same(
            milestones[1],
            Compute(Kpi(), milestones, Actual("10", "2022-05-01")).CurrentMilestone
        );
    }

    [Fact]
    public void The_latest_actual_is_the_one_with_the_latest_as_of_date()
    {
        var older = Actual("90", "2022-02-28", "2023-07-01T00:00:00Z");
        var newer = Actual("20", "2022-05-31", "2022-06-01T00:00:00Z");

        var result = Compute(
            Kpi(),
            Scorecard("more than 50%", "more than 60%", "more than 80%"),
            newer,
            older
        );

        Assert.Same(newer, result.LatestActual);
        Assert.Equal(Rag.NotOnTrack, result.Rag);
    }

    [Fact]
    public void Actuals_as_of_the_same_day_are_ordered_by_when_they_were_recorded()
    {
        var first = Actual("90", "2022-05-31", "2022-06-01T09:00:00Z");
        var correction = Actual("58", "2022-05-31", "2022-06-02T09:00:00Z");

        var result = Compute(
            Kpi(),
            Scorecard("more than 50%", "more than 60%", "more than 80%"),
            correction,
            first
        );

        Assert.Same(correction, result.LatestActual);
        Assert.Equal(Rag.PartiallyMet, result.Rag);
    }

    [Fact]
    public void An_undated_actual_counts_as_older_than_any_dated_one()
    {
        var dated = Actual("55", "2022-02-28", "2022-03-01T00:00:00Z");
        var undated = Actual("90", null, "2023-01-01T00:00:00Z");

        Assert.Same(
            dated,
            Compute(Kpi(), Scorecard("50%", "60%", "80%"), undated, dated).LatestActual
        );
    }

    [Fact]
    public void An_undated_actual_is_placed_by_the_day_it_was_recorded()
    {
        var milestones = Scorecard("more than 50%", "more than 60%", "more than 80%");

        var result = Compute(Kpi(), milestones, Actual("58", null, "2022-04-10T23:30:00-02:00"));

        Assert.Same(milestones[1], result.CurrentMilestone);
        Assert.Equal(
            "Latest actual 58% (recorded 11 April 2022) is below the May 2022 target of more than 60% by 2 points, within the 5-point tolerance.",
            result.Explanation
        );
    }

    [Fact]
    public void An_actual_with_no_dates_is_placed_on_today()
    {
        var milestones = new[]
        {
            Milestone(1, "May 2023", "more than 60%"),
            Milestone(2, "September 2023", "more than 70%"),
            Milestone(3, "March 2024", "more than 90%"),
        };

        var result = ProgressRagCalculator.Compute(
            Kpi(),
            milestones,
            [Actual("50", null)],
            D("2023-07-15"),
            new ProgressRagOptions()
        );

        Assert.Same(milestones[1], result.CurrentMilestone);
        Assert.StartsWith(
            "Latest actual 50% (undated) is below the September 2023 target",
            result.Explanation
        );
    }

    [Theory]
    [InlineData(Rag.Met)]
    [InlineData(Rag.OnTrack)]
    [InlineData(null)]
    public void The_papers_own_status_is_never_used(Rag? status)
    {
        var result = Compute(
            Kpi(),
            Scorecard("more than 50%", "more than 60%", "more than 80%"),
            Actual("20", "2022-05-31", status: status)
        );

        Assert.Equal(Rag.NotOnTrack, result.Rag);
    }

    [Theory]
    [InlineData("more than 60%", "61", Rag.OnTrack)]
    [InlineData("more than 60%", "60", Rag.PartiallyMet)]
    [InlineData("more than 60%", "55", Rag.PartiallyMet)]
    [InlineData("more than 60%", "54.99", Rag.NotOnTrack)]
    [InlineData("at least 60%", "60", Rag.OnTrack)]
    [InlineData("at least 60%", "59", Rag.PartiallyMet)]
    [InlineData("at least 60%", "54", Rag.NotOnTrack)]
    [InlineData("fewer than 20%", "19", Rag.OnTrack)]
    [InlineData("fewer than 20%", "20", Rag.PartiallyMet)]
    [InlineData("fewer than 20%", "25", Rag.PartiallyMet)]
    [InlineData("fewer than 20%", "25.5", Rag.NotOnTrack)]
    [InlineData("no more than 20%", "20", Rag.OnTrack)]
    [InlineData("no more than 20%", "21", Rag.PartiallyMet)]
    [InlineData("no more than 20%", "26", Rag.NotOnTrack)]
    [InlineData("approximately 60%", "65", Rag.OnTrack)]
    [InlineData("approximately 60%", "55", Rag.OnTrack)]
    [InlineData("approximately 60%", "65.1", Rag.NotOnTrack)]
    [InlineData("approximately 60%", "54.9", Rag.NotOnTrack)]
    [InlineData("60%", "60", Rag.OnTrack)]
    [InlineData("60%", "75", Rag.OnTrack)]
    [InlineData("60%", "56", Rag.PartiallyMet)]
    [InlineData("60%", "50", Rag.NotOnTrack)]
    public void Reads_each_comparator_against_a_milestone_in_a_higher_is_better_kpi(
        string may,
        string actual,
        Rag rag
    )
    {
        var milestones = new[]
        {
            Milestone(1, "May 2022", may),
            Milestone(2, "November 2022", "more than 99%"),
        };

        Assert.Equal(rag, Compute(Kpi(), milestones, Actual(actual, "2022-05-31")).Rag);
    }

    [Theory]
    [InlineData("20%", "20", Rag.OnTrack)]
    [InlineData("20%", "10", Rag.OnTrack)]
    [InlineData("20%", "24", Rag.PartiallyMet)]
    [InlineData("20%", "26", Rag.NotOnTrack)]
    [InlineData("more than 20%", "21", Rag.OnTrack)]
    [InlineData("fewer than 20%", "19", Rag.OnTrack)]
    public void A_bare_figure_is_met_at_or_below_it_in_a_lower_is_better_kpi(
        string may,
        string actual,
        Rag rag
    )
    {
        var milestones = new[]
        {
            Milestone(1, "May 2022", may),
            Milestone(2, "November 2022", "0%"),
        };

        Assert.Equal(
            rag,
            Compute(Kpi(KpiDirection.LowerIsBetter), milestones, Actual(actual, "2022-05-31")).Rag
        );
    }

    [Theory]
    [InlineData("fewer than 2", "1", Rag.Met)]
    [InlineData("fewer than 2", "2", Rag.PartiallyMet)]
    [InlineData("no more than 5%", "5", Rag.Met)]
    [InlineData("at least 10", "10", Rag.Met)]
    [InlineData("approximately 50%", "47", Rag.Met)]
    [InlineData("0%", "0", Rag.Met)]
    public void Reads_each_comparator_against_the_final_target(string final, string actual, Rag rag)
    {
        var direction =
            final.StartsWith("at least", StringComparison.Ordinal)
            || final.StartsWith("approx", StringComparison.Ordinal)
                ? KpiDirection.HigherIsBetter
                : KpiDirection.LowerIsBetter;

        var result = Compute(
            Kpi(direction, unit: null),
            [Milestone(1, "November 2022", final)],
            Actual(actual, "2023-06-30")
        );

        Assert.Equal(rag, result.Rag);
    }

    [Theory]
    [InlineData(null, "count", "9.5", Rag.PartiallyMet)]
    [InlineData(null, "count", "9.49", Rag.NotOnTrack)]
    [InlineData("2", "count", "8", Rag.PartiallyMet)]
    [InlineData("2", "count", "7.9", Rag.NotOnTrack)]
    [InlineData("2", "%", "8", Rag.PartiallyMet)]
    [InlineData("0", "%", "9.9", Rag.NotOnTrack)]
    [InlineData(null, "% of schools", "5", Rag.PartiallyMet)]
    [InlineData(null, "% of schools", "4.9", Rag.NotOnTrack)]
    public void The_tolerance_is_the_kpis_own_figure_else_points_for_percentages_else_a_share_of_the_target(
        string? tolerance,
        string unit,
        string actual,
        Rag rag
    )
    {
        var kpi = Kpi(unit: unit, tolerance: tolerance is null ? null : M(tolerance));
        var milestones = new[]
        {
            Milestone(1, "May 2022", "at least 10"),
            Milestone(2, "November 2022", "at least 50"),
        };

        Assert.Equal(rag, Compute(kpi, milestones, Actual(actual, "2022-05-31")).Rag);
    }

    [Theory]
    [InlineData("0", "at least 60%", "59", Rag.NotOnTrack)]
    [InlineData("10", "at least 60%", "50", Rag.PartiallyMet)]
    [InlineData("10", "at least 60", "59.4", Rag.PartiallyMet)]
    [InlineData("10", "at least 60", "53.9", Rag.NotOnTrack)]
    public void The_default_tolerance_comes_from_the_options(
        string percent,
        string may,
        string actual,
        Rag rag
    )
    {
        var milestones = new[]
        {
            Milestone(1, "May 2022", may),
            Milestone(2, "November 2022", "at least 90%"),
        };
        var options = new ProgressRagOptions { DefaultTolerancePercent = M(percent) };

        var result = ProgressRagCalculator.Compute(
            Kpi(unit: null),
            milestones,
            [Actual(actual, "2022-05-31")],
            Today,
            options
        );

        Assert.Equal(rag, result.Rag);
    }

    [Fact]
    public void A_negative_tolerance_on_the_kpi_counts_as_none()
    {
        var milestones = new[]
        {
            Milestone(1, "May 2022", "at least 60%"),
            Milestone(2, "November 2022", "90%"),
        };

        Assert.Equal(
            Rag.NotOnTrack,
            Compute(Kpi(tolerance: -5), milestones, Actual("59", "2022-05-31")).Rag
        );
    }

    [Fact]
    public void A_negative_default_tolerance_is_refused()
    {
        var options = new ProgressRagOptions { DefaultTolerancePercent = -1 };

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProgressRagCalculator.Compute(Kpi(), [], [], Today, options)
        );
    }

    [Fact]
    public void Missing_arguments_are_refused()
    {
        var options = new ProgressRagOptions();
        Assert.Throws<ArgumentNullException>(() =>
            ProgressRagCalculator.Compute(null!, [], [], Today, options)
        );
        Assert.Throws<ArgumentNullException>(() =>
            ProgressRagCalculator.Compute(Kpi(), null!, [], Today, options)
        );
        Assert.Throws<ArgumentNullException>(() =>
            ProgressRagCalculator.Compute(Kpi(), [], null!, Today, options)
        );
        Assert.Throws<ArgumentNullException>(() =>
            ProgressRagCalculator.Compute(Kpi(), [], [], Today, null!)
        );
    }

    [Fact]
    public void The_options_default_to_five_percent_under_the_progress_rag_section()
    {
        Assert.Equal("ProgressRag", ProgressRagOptions.SectionName);
        Assert.Equal(5m, new ProgressRagOptions().DefaultTolerancePercent);
    }

    [Theory]
    [InlineData(
        "fewer than 5",
        "12",
        "Latest actual 12 (as of 31 May 2022) is above the May 2022 target of fewer than 5 by 7, outside the tolerance of 0.25."
    )]
    [InlineData(
        "fewer than 5",
        "5",
        "Latest actual 5 (as of 31 May 2022) equals but does not pass the May 2022 target of fewer than 5, within the tolerance of 0.25."
    )]
    [InlineData(
        "Av wait = 20 weeks",
        "21",
        "Latest actual 21 weeks (as of 31 May 2022) is above the May 2022 target of 20 weeks by 1 week, within the tolerance of 1 week."
    )]
    [InlineData(
        "no more than 20 weeks",
        "22.5",
        "Latest actual 22.5 weeks (as of 31 May 2022) is above the May 2022 target of no more than 20 weeks by 2.5 weeks, outside the tolerance of 1 week."
    )]
    [InlineData(
        "under £250k",
        "300",
        "Latest actual £300k (as of 31 May 2022) is above the May 2022 target of fewer than £250k by £50k, outside the tolerance of £12.5k."
    )]
    public void Explains_a_miss_in_the_targets_own_unit(
        string may,
        string actual,
        string explanation
    )
    {
        var milestones = new[]
        {
            Milestone(1, "May 2022", may),
            Milestone(2, "November 2022", "0"),
        };

        var result = Compute(
            Kpi(KpiDirection.LowerIsBetter, unit: "children"),
            milestones,
            Actual(actual, "2022-05-31")
        );

        Assert.Equal(explanation, result.Explanation);
    }

    [Theory]
    [InlineData(
        "more than 60%",
        "60",
        "equals but does not pass the May 2022 target of more than 60%, within the 5-point tolerance."
    )]
    [InlineData(
        "more than 60%",
        "59",
        "is below the May 2022 target of more than 60% by 1 point, within the 5-point tolerance."
    )]
    [InlineData(
        "approximately 60%",
        "70",
        "is above the May 2022 target of approximately 60% by 10 points, outside the 5-point tolerance."
    )]
    [InlineData(
        "approximately 60%",
        "50",
        "is below the May 2022 target of approximately 60% by 10 points, outside the 5-point tolerance."
    )]
    [InlineData(
        "at least 60%",
        "59.25",
        "is below the May 2022 target of at least 60% by 0.75 points, within the 5-point tolerance."
    )]
    public void Explains_a_percentage_miss_in_points(string may, string actual, string ending)
    {
        var milestones = new[]
        {
            Milestone(1, "May 2022", may),
            Milestone(2, "November 2022", "more than 99%"),
        };

        var result = Compute(Kpi(), milestones, Actual(actual, "2022-05-31"));

        Assert.EndsWith(ending, result.Explanation);
    }

    [Fact]
    public void Names_the_milestone_by_its_label_when_it_has_no_due_date()
    {
        var milestones = new[]
        {
            Milestone(1, null, "more than 80%", " 12 months \u2013 November "),
        };

        var result = Compute(Kpi(), milestones, Actual("70", "2023-06-30"));

        Assert.Equal(
            "Latest actual 70% (as of 30 June 2023) is below the 12 months \u2013 November target of more than 80% by 10 points, outside the 5-point tolerance.",
            result.Explanation
        );
    }

    [Fact]
    public void Names_a_season_milestone_by_its_terms()
    {
        var milestones = new[] { Milestone(1, "Spring/Summer 22", "more than 80%") };

        var result = Compute(Kpi(), milestones, Actual("81", "2022-05-31"));

        Assert.Equal(
            "Latest actual 81% (as of 31 May 2022) meets the final Spring and Summer terms 2022 target of more than 80%.",
            result.Explanation
        );
    }

    [Fact]
    public void Uses_the_kpis_percentage_unit_when_the_target_states_none()
    {
        var milestones = new[]
        {
            Milestone(1, "May 2022", "more than 60"),
            Milestone(2, "November 2022", "more than 80"),
        };

        var result = Compute(Kpi(unit: "% of agencies"), milestones, Actual("52", "2022-05-31"));

        Assert.Equal(
            "Latest actual 52% (as of 31 May 2022) is below the May 2022 target of more than 60% by 8 points, outside the 5-point tolerance.",
            result.Explanation
        );
    }

    [Fact]
    public void Writes_figures_with_thousands_separators_and_a_decimal_point()
    {
        var milestones = new[]
        {
            Milestone(1, "May 2022", "more than 60.5%"),
            Milestone(2, "November 2022", "more than 80%"),
        };

        var result = Compute(Kpi(), milestones, Actual("1000.25", "2022-05-31"));

        Assert.Equal(
            "Latest actual 1,000.25% (as of 31 May 2022) meets the final November 2022 target of more than 80%.",
            result.Explanation
        );
    }
}
