using PartnershipGraph.Data.SampleData.Json;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Plans;

namespace PartnershipGraph.Data.SampleData.Importing;

internal sealed partial class NorthSomersetImporter
{
    private Dictionary<string, Guid> AddPlan()
    {
        var json = file.ImprovementPlan;
        var plan = _scope.Add(
            new ImprovementPlan
            {
                LocalAreaId = _scope.Area.Id,
                Title = json.Title,
                Kind = PlanKind.ImprovementNoticePlan,
                TriggerType = json.Trigger.Type,
                TriggerDescription = json.Trigger.Description,
                TriggerDate = SampleValues.Date(
                    json.Trigger.Issued,
                    json.Trigger.IssuedAsWritten,
                    json.Trigger.IssuedInferred
                ),
                MonitoringBoardId = _scope.Board(json.MonitoredByBoardId),
                AreaLabel = "Area of serious weakness",
                IsPublished = true,
            },
            $"plan/{json.Id}"
        );
        for (var i = 0; i < json.Versions.Count; i++)
        {
            var version = json.Versions[i];
            _scope.Add(
                new PlanVersion
                {
                    PlanId = plan.Id,
                    Label = version.Label,
                    Event = version.Event,
                    Date = SampleValues.Date(
                        version.Date,
                        version.DateAsWritten,
                        version.DateInferred
                    ),
                    Note = version.Note,
                },
                $"plan/{json.Id}/version/{i + 1}"
            );
        }
        var actionsByRef = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var area in json.Areas)
        {
            AddArea(plan, area, actionsByRef);
        }
        return actionsByRef;
    }

    private void AddArea(
        ImprovementPlan plan,
        NorthSomersetFile.AreaJson json,
        Dictionary<string, Guid> actionsByRef
    )
    {
        var area = _scope.Add(
            new PlanArea
            {
                PlanId = plan.Id,
                Number = json.Number,
                Title = json.Title,
                WeaknessStatement = json.WeaknessStatement,
                EndOutcome = json.EndOutcome,
                Status = PlanAreaStatus.Active,
            },
            $"area/{json.Id}"
        );
        for (var i = 0; i < json.AreaLeads.Count; i++)
        {
            var lead = json.AreaLeads[i];
            _scope.Add(
                new PlanAreaLead
                {
                    PlanAreaId = area.Id,
                    PersonId = _scope.Person(lead.PersonId),
                    NameAsWritten = lead.Name,
                    OrganisationId = _scope.Organisation(lead.OrganisationId),
                },
                $"area/{json.Id}/lead/{i + 1}"
            );
        }
        foreach (var action in json.Actions)
        {
            actionsByRef[action.Code] = AddAction(area, action, actionsByRef).Id;
        }
        foreach (var kpi in json.Kpis)
        {
            AddKpi(plan, area, kpi, actionsByRef);
        }
    }

    private PlanAction AddAction(
        PlanArea area,
        NorthSomersetFile.ActionJson json,
        Dictionary<string, Guid> actionsByRef
    )
    {
        var rag = SampleValues.Rag(json.Rag);
        var action = _scope.Add(
            new PlanAction
            {
                PlanAreaId = area.Id,
                Ref = json.Code,
                ParentActionId =
                    json.ParentRef is not null
                    && actionsByRef.TryGetValue(json.ParentRef, out var parent)
                        ? parent
                        : null,
                Description =
                    json.Description ?? "(The source gives no description for this action.)",
                DueDate = SampleValues.Date(
                    json.ByWhenDate,
                    json.ByWhenText,
                    json.ByWhenDateInferred
                ),
                CurrentRag = rag,
                KpiText = SampleValues.Lines(json.KpiText),
                Notes = SampleValues.Lines(json.Notes),
            },
            $"action/{json.Id}"
        );
        var responsibles = 0;
        foreach (var officer in json.ResponsibleOfficers)
        {
            _scope.Add(
                new ActionResponsible
                {
                    ActionId = action.Id,
                    PersonId = _scope.PeopleByName.TryGetValue(officer, out var person)
                        ? person
                        : null,
                    NameAsWritten = officer,
                },
                $"action/{json.Id}/responsible/{++responsibles}"
            );
        }
        foreach (var group in json.ResponsibleGroups)
        {
            _scope.Add(
                new ActionResponsible
                {
                    ActionId = action.Id,
                    NameAsWritten = group,
                    IsGroup = true,
                },
                $"action/{json.Id}/responsible/{++responsibles}"
            );
        }
        if (json.Progress is not null || json.Rag is not null)
        {
            _scope.Add(
                new ActionUpdate
                {
                    ActionId = action.Id,
                    RecordedAt = Published,
                    Rag = rag,
                    RagAsWritten = json.RagAsWritten,
                    IsRagInferred = json.RagInferred == true,
                    Narrative = json.Progress,
                    AuthorName = PublishedBy,
                },
                $"action/{json.Id}/update/1"
            );
        }
        return action;
    }
}
