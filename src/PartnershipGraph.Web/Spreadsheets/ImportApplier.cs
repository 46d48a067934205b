using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Services.Actions;
using PartnershipGraph.Web.Services.Common;
using PartnershipGraph.Web.Services.Kpis;

namespace PartnershipGraph.Web.Spreadsheets;

/// <summary>Carries out an import plan through the services, row by row, stopping at the first refusal.</summary>
internal sealed partial class ImportApplier(ServiceContext context, Actor actor, ImportPlan plan)
{
    private readonly ActionService _actions = new(context);
    private readonly ActionResponsibleService _responsibles = new(context);
    private readonly KpiService _kpis = new(context);
    private readonly KpiMilestoneService _milestones = new(context);
    private readonly Dictionary<Guid, int> _versions = new(plan.Versions);

    /// <summary>The actions by area and ref, including those this import creates.</summary>
    private readonly Dictionary<string, List<(Guid AreaId, Guid Id)>> _actionsByRef = plan
        .Snapshot.Actions.GroupBy(a => CellText.Normalise(a.Ref))
        .ToDictionary(g => g.Key, g => g.Select(a => (a.PlanAreaId, a.Id)).ToList());

    private readonly List<ImportRowError> _errors = [];

    public async Task<IReadOnlyList<ImportRowError>> RunAsync(CancellationToken ct)
    {
        foreach (var row in plan.Actions)
        {
            if (!await ApplyAsync(row, ct))
            {
                return _errors;
            }
        }
        foreach (var row in plan.Kpis)
        {
            if (!await ApplyAsync(row, ct))
            {
                return _errors;
            }
        }
        return _errors;
    }

    /// <summary>Records the service's errors against the row; true when the call succeeded.</summary>
    private bool Check<T>(
        ServiceResult<T> result,
        string sheet,
        int row,
        string? column,
        Func<T, Entity>? versioned = null
    )
    {
        if (result.Succeeded)
        {
            if (versioned is not null)
            {
                var entity = versioned(result.Value);
                _versions[entity.Id] = entity.Version;
            }
            return true;
        }
        foreach (var error in result.Errors)
        {
            var field = error is ValidationError v ? $" ({v.Path})" : string.Empty;
            _errors.Add(new ImportRowError(sheet, row, column, error.Message + field));
        }
        return false;
    }

    private int VersionOf(Entity entity) => _versions.GetValueOrDefault(entity.Id, entity.Version);

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
