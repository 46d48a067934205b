using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Kpis;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Turns stored records into spreadsheet rows; the importer compares uploaded rows with these same rows.</summary>
internal static class PlanSheetRows
{
    public static PlanSheets Of(PlanSnapshot snapshot) =>
        new(
            snapshot.Plan.Title,
            [.. snapshot.Actions.Select(a => Of(snapshot, a))],
            [.. snapshot.Kpis.Select(k => Of(snapshot, k))]
        );

    public static ActionSheetRow Of(PlanSnapshot snapshot, PlanAction action)
    {
        var update = snapshot.LatestUpdates.GetValueOrDefault(action.Id);
        return new ActionSheetRow(
            snapshot
                .AreaNumber(action.PlanAreaId)
                .ToString(System.Globalization.CultureInfo.InvariantCulture),
            CellText.Normalise(action.Ref),
            CellText.Normalise(action.Description),
            CellText.Of(action.DueDate),
            CellText.JoinNames(action.Responsibles.Select(r => r.NameAsWritten)),
            CellText.Of(action.CurrentRag),
            CellText.Normalise(action.KpiText),
            CellText.Normalise(update?.Narrative)
        );
    }

    public static ScorecardSheetRow Of(PlanSnapshot snapshot, Kpi kpi)
    {
        var action = snapshot.Actions.FirstOrDefault(a => a.Id == kpi.ActionId);
        return new ScorecardSheetRow(
            kpi.PlanAreaId is { } areaId
                ? snapshot
                    .AreaNumber(areaId)
                    .ToString(System.Globalization.CultureInfo.InvariantCulture)
                : string.Empty,
            CellText.Normalise(kpi.Ref),
            CellText.Normalise(action?.Ref),
            CellText.Normalise(kpi.Description),
            CellText.Normalise(kpi.Unit),
            CellText.Of(kpi.Direction),
            CellText.Of(kpi.BaselineText, kpi.BaselineValue),
            CellText.Of(kpi.BaselineDate),
            [.. kpi.Milestones.Select(m => Of(snapshot, m))]
        );
    }

    public static MilestoneCells Of(PlanSnapshot snapshot, KpiMilestone milestone)
    {
        var actual = snapshot.LatestActuals.GetValueOrDefault(milestone.Id);
        return new MilestoneCells(
            CellText.Normalise(milestone.Label),
            CellText.Of(milestone.DueDate),
            CellText.Of(milestone.Target),
            actual is null ? string.Empty : CellText.Of(actual.Text, actual.Value),
            CellText.Of(actual?.AsOf)
        );
    }
}
