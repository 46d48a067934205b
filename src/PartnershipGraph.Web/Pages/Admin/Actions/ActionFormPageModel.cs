using PartnershipGraph.Data;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Pages.Admin.MyActions;

namespace PartnershipGraph.Web.Pages.Admin.Actions;

/// <summary>What the action create and edit pages share: the typed values and the choices of the select lists.</summary>
public abstract class ActionFormPageModel(PartnershipDbContext db, IActorAccessor actors)
    : FormPageModel<ActionFormInput>
{
    /// <summary>The choices of the select lists.</summary>
    public ActionFormOptions Options { get; private set; } = new([], [], []);

    /// <summary>The signed-in user.</summary>
    protected IActorAccessor Actors => actors;

    /// <summary>The database.</summary>
    protected PartnershipDbContext Db => db;

    /// <summary>Reads the choices of the select lists.</summary>
    protected async Task LoadOptionsAsync(CancellationToken ct) =>
        Options = await ActionFormOptions.ReadAsync(db, actors.Actor, ct);
}
