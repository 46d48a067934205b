using PartnershipGraph.Data.SampleData.Json;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Data.SampleData.Importing;

internal sealed partial class PortsmouthImporter
{
    private void AddActionPlan(ImprovementPlan plan)
    {
        var sections = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var sectionNames = file.Strategy.ActionPlan.Sections;
        for (var i = 0; i < sectionNames.Count; i++)
        {
            var area = _scope.Add(
                new PlanArea
                {
                    PlanId = plan.Id,
                    Number = i + 1,
                    Title = sectionNames[i],
                },
                $"plan/{file.Strategy.Id}/section/{i + 1}"
            );
            sections[sectionNames[i]] = area.Id;
        }
        foreach (var json in file.Strategy.ActionPlan.Actions)
        {
            AddAction(sections[json.Section], json);
        }
    }

    private void AddAction(Guid areaId, PortsmouthFile.ActionJson json)
    {
        var key = $"action/{json.Number}";
        var matchedProgress = json
            .Milestones.Select(m => m.ProgressAsWritten)
            .ToHashSet(StringComparer.Ordinal);
        var unmatched = json.ProgressAsWritten.Where(p => !matchedProgress.Contains(p)).ToList();
        var notes = json.Notes.Concat(json.Milestones.Select(m => m.Note)).ToList();
        if (unmatched.Count > 0)
        {
            notes.Add(
                $"Progress as written, not matched to a milestone: {string.Join("; ", unmatched)}"
            );
        }
        var action = _scope.Add(
            new PlanAction
            {
                PlanAreaId = areaId,
                Ref = json.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Title = json.Title,
                Description = json.Description ?? json.Title ?? $"Action {json.Number}",
                DueDate = SampleValues.Date(json.ActionDueDate, null, json.ActionDueDateInferred),
                LeadOrganisationId = json
                    .Leads.Select(l => _scope.Organisation(l.OrganisationId))
                    .FirstOrDefault(o => o is not null),
                Notes = SampleValues.Lines(notes),
            },
            key
        );
        for (var i = 0; i < json.Leads.Count; i++)
        {
            var lead = json.Leads[i];
            var isPerson = lead.Kind == "person";
            _scope.Add(
                new ActionResponsible
                {
                    ActionId = action.Id,
                    PersonId = isPerson ? _scope.PeopleByName[lead.Name] : null,
                    NameAsWritten = lead.Name,
                    IsGroup = !isPerson,
                },
                $"{key}/responsible/{i + 1}"
            );
        }
        for (var i = 0; i < json.Milestones.Count; i++)
        {
            var milestone = json.Milestones[i];
            _scope.Add(
                new ActionMilestone
                {
                    ActionId = action.Id,
                    Sequence = i + 1,
                    Text = milestone.Text,
                    DueDate = SampleValues.Date(
                        milestone.DueDate,
                        milestone.TimescaleAsWritten,
                        milestone.DueDateInferred
                    ),
                    ProgressAsWritten = milestone.ProgressAsWritten,
                    IsAlignmentInferred = milestone.AlignmentInferred == true,
                },
                $"{key}/milestone/{i + 1}"
            );
        }
    }

    private void AddTargets(ImprovementPlan plan)
    {
        var table = file.Strategy.TargetsTable;
        for (var i = 0; i < table.Measures.Count; i++)
        {
            var json = table.Measures[i];
            var kpi = _scope.Add(
                new Kpi
                {
                    PlanId = plan.Id,
                    Ref = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Description = json.Measure,
                    Unit = json.Unit,
                    Direction = SampleValues.Direction(json.Direction),
                    BaselineValue = json.Baseline,
                    BaselineText =
                        $"{SampleValues.Invariant(json.Baseline)} ({table.BaselineLabel})",
                    BaselineDate = SampleValues.AcademicYear(table.BaselineLabel, 2018),
                    Notes = SampleValues.Lines([
                        json.Note,
                        json.UnitInferred ? "Unit inferred: the targets table prints none." : null,
                    ]),
                },
                $"kpi/{json.Id}"
            );
            _scope.Add(
                new KpiMilestone
                {
                    KpiId = kpi.Id,
                    Sequence = 1,
                    Label = table.TargetLabel,
                    DueDate = SampleValues.AcademicYear(table.TargetLabel, 2023),
                    Target = new Target(
                        SampleValues.Invariant(json.Target),
                        json.Target,
                        Comparator.Equal,
                        json.Unit
                    ),
                },
                $"kpi/{json.Id}/milestone/1"
            );
        }
    }
}
