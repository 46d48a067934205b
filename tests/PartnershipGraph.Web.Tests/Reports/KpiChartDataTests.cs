using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Reports;

namespace PartnershipGraph.Web.Tests.Reports;

public sealed class KpiChartDataTests
{
    [Fact]
    public void Plots_the_dated_baseline_numeric_targets_and_actuals_in_date_order()
    {
        var kpi = Kpi(KpiDirection.HigherIsBetter);
        kpi.BaselineValue = 40;
        kpi.BaselineDate = PartialDate.FromDay(new DateOnly(2021, 11, 30));
        kpi.Milestones =
        [
            Milestone(2, "12 months", new DateOnly(2022, 11, 30), "80%", 80),
            Milestone(1, "6 months", new DateOnly(2022, 5, 31), "60%", 60),
            Milestone(3, "Narrative", new DateOnly(2023, 5, 31), "Survey done", null),
        ];
        kpi.Actuals =
        [
            new KpiActual { Value = 70, AsOf = new DateOnly(2022, 11, 30) },
            new KpiActual { Value = 50, AsOf = new DateOnly(2022, 5, 31) },
            new KpiActual { Text = "Survey under way", AsOf = new DateOnly(2023, 1, 1) },
        ];

        var data = KpiChartData.For(kpi);

        Assert.Equal("KPI 4.1 trajectory", data.Title);
        Assert.Equal("Per cent", data.ValueAxisLabel);
        Assert.Equal(40m, data.Baseline!.Value);
        Assert.Equal([60m, 80m], data.Targets.Select(t => t.Value));
        Assert.Equal("6 months (31 May 2022): 60%", data.Targets[0].Label);
        Assert.Equal([50m, 70m], data.Actuals.Select(a => a.Value));
        Assert.Equal("50% (as of 31 May 2022)", data.Actuals[0].Label);
        Assert.Equal(0, data.Unplotted);
    }

    [Fact]
    public void Has_nothing_to_plot_for_a_narrative_only_kpi()
    {
        var kpi = Kpi(KpiDirection.NarrativeOnly);
        kpi.BaselineText = "Not widely owned";
        kpi.Milestones =
        [
            Milestone(1, "3 months", new DateOnly(2022, 2, 28), "Agenda item for the board", null),
        ];
        kpi.Actuals = [new KpiActual { Text = "Done", AsOf = new DateOnly(2022, 2, 28) }];

        var data = KpiChartData.For(kpi);

        Assert.True(data.IsEmpty);
        Assert.Equal(0, data.Unplotted);
    }

    [Fact]
    public void Counts_figures_without_a_date_as_unplotted()
    {
        var kpi = Kpi(KpiDirection.LowerIsBetter);
        kpi.BaselineValue = 20;
        kpi.Milestones = [Milestone(1, "Final", null, "5", 5)];
        kpi.Actuals = [new KpiActual { Value = 12 }];

        var data = KpiChartData.For(kpi);

        Assert.True(data.IsEmpty);
        Assert.Equal(3, data.Unplotted);
    }

    private static Kpi Kpi(KpiDirection direction) =>
        new()
        {
            Ref = "4.1",
            Description = "Share of plans issued within 20 weeks",
            Unit = "%",
            Direction = direction,
        };

    private static KpiMilestone Milestone(
        int sequence,
        string label,
        DateOnly? due,
        string text,
        decimal? value
    ) =>
        new()
        {
            Sequence = sequence,
            Label = label,
            DueDate = due is { } d ? PartialDate.FromDay(d) : null,
            Target = new Target(text, value, Comparator.Equal, value is null ? null : "%"),
        };
}
