using PartnershipGraph.Data.SampleData.Json;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Data.SampleData.Importing;

internal sealed partial class NorthSomersetImporter
{
    private void AddKpi(
        ImprovementPlan plan,
        PlanArea area,
        NorthSomersetFile.KpiJson json,
        Dictionary<string, Guid> actionsByRef
    )
    {
        var notes = new List<string?>(json.Notes)
        {
            json.ContinuationOf is null ? null : $"Continues the row {json.ContinuationOf}.",
            json.CrossReference is null ? null : $"Cross-reference to KPI {json.CrossReference}.",
        };
        var kpi = _scope.Add(
            new Kpi
            {
                PlanId = plan.Id,
                PlanAreaId = area.Id,
                ActionId =
                    json.ActionRef is not null
                    && actionsByRef.TryGetValue(json.ActionRef, out var action)
                        ? action
                        : null,
                Ref = json.Code,
                RowType = SampleValues.RowType(json.RowType),
                Description =
                    json.Description
                    ?? $"(Continuation of KPI {json.ActionRef ?? json.Code}; the source gives no text.)",
                Unit =
                    json.Baseline?.Unit
                    ?? json.Milestones.Select(m => m.Target?.Unit ?? m.Actual?.Unit)
                        .FirstOrDefault(u => u is not null),
                Direction = SampleValues.Direction(json.Direction),
                IsDirectionInferred = json.DirectionInferred == true,
                BaselineValue = json.Baseline?.Value,
                BaselineText = json.BaselineText,
                BaselineDate = SampleValues.Date(
                    json.BaselineDate,
                    null,
                    json.BaselineDateInferred
                ),
                ExpectedProgressText = json.ExpectedProgressNov2022,
                Notes = SampleValues.Lines(notes),
            },
            $"kpi/{json.Id}"
        );
        foreach (var milestone in json.Milestones)
        {
            AddMilestone(kpi, json.Id, milestone);
        }
    }

    private void AddMilestone(Kpi kpi, string kpiKey, NorthSomersetFile.MilestoneJson json)
    {
        var milestone = _scope.Add(
            new KpiMilestone
            {
                KpiId = kpi.Id,
                Sequence = json.Sequence,
                Label = json.Label,
                DueDate = SampleValues.Date(json.DueDate, null, json.DueDateInferred),
                Target =
                    json.TargetText is null && json.Target is null
                        ? null
                        : new Target(
                            json.TargetText,
                            json.Target?.Value,
                            SampleValues.Comparator(json.Target?.Comparator),
                            json.Target?.Unit
                        ),
            },
            $"kpi/{kpiKey}/milestone/{json.Sequence}"
        );
        if (json.ActualText is null && json.Actual is null && json.ActualStatus is null)
        {
            return;
        }
        _scope.Add(
            new KpiActual
            {
                KpiId = kpi.Id,
                MilestoneId = milestone.Id,
                Value = json.Actual?.Value,
                Text = json.ActualText,
                Status = json.ActualStatus is null ? null : SampleValues.Rag(json.ActualStatus),
                AsOf = json.ActualAsOf,
                IsAsOfInferred = json.ActualAsOfInferred == true,
                RecordedAt = Published,
                RecordedBy = PublishedBy,
            },
            $"kpi/{kpiKey}/actual/{json.Sequence}"
        );
    }
}
