using PartnershipGraph.Data;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Pages.Admin.Actions;
using PartnershipGraph.Web.Pages.Admin.MyActions;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Pages.Admin.Kpis;

/// <summary>What the KPI create and edit pages share: the typed values and the choices of the select lists.</summary>
public abstract class KpiFormPageModel(PartnershipDbContext db, IActorAccessor actors)
    : FormPageModel<KpiFormInput>
{
    /// <summary>The plans.</summary>
    public IReadOnlyList<ListOption> Plans { get; private set; } = [];

    /// <summary>The plan areas and actions.</summary>
    public ActionFormOptions Options { get; private set; } = new([], [], []);

    /// <summary>The directions, in words.</summary>
    public static IReadOnlyList<ListOption> Directions { get; } =
    [
        .. Enum.GetValues<KpiDirection>()
            .Select(d => new ListOption(d.ToString(), KpiText.Direction(d))),
    ];

    /// <summary>The scorecard row types, in words.</summary>
    public static IReadOnlyList<ListOption> RowTypes { get; } =
    [.. Enum.GetValues<KpiRowType>().Select(t => new ListOption(t.ToString(), Words.Of(t)))];

    /// <summary>The signed-in user.</summary>
    protected IActorAccessor Actors => actors;

    /// <summary>The database.</summary>
    protected PartnershipDbContext Db => db;

    /// <summary>Reads the choices of the select lists.</summary>
    protected async Task LoadOptionsAsync(CancellationToken ct)
    {
        Plans = await AdminLookups.PlansAsync(db, actors.Actor, ct);
        Options = await ActionFormOptions.ReadAsync(db, actors.Actor, ct);
    }
}
