using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Web.Access;

namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>"My actions": the actions the signed-in area lead leads or is responsible for; every action, filtered, for an administrator.</summary>
public sealed class IndexModel(PartnershipDbContext db, IActorAccessor actors) : PageModel
{
    /// <summary>The signed-in user.</summary>
    public Actor Actor => actors.Actor;

    /// <summary>True for an administrator, who sees every action in scope and filters them.</summary>
    public bool ShowsEveryAction => Actor.Role == Role.Admin;

    /// <summary>Only actions of this plan (administrators).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Plan { get; set; }

    /// <summary>Only actions at this RAG.</summary>
    [BindProperty(SupportsGet = true)]
    public Rag? Rag { get; set; }

    /// <summary>Text in the reference, title or description.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>The plans an administrator can filter by: id and title.</summary>
    public IReadOnlyList<KeyValuePair<Guid, string>> Plans { get; private set; } = [];

    /// <summary>The actions listed.</summary>
    public IReadOnlyList<MyActionRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor;
        var filter = ShowsEveryAction
            ? new MyActionsFilter(Plan, Rag, Search)
            : new MyActionsFilter(Rag: Rag, Search: Search);
        Rows = await MyActionsQuery.ReadAsync(db, actor, filter, ct);
        if (ShowsEveryAction)
        {
            var localAreaId = actor.LocalAreaId;
            Plans =
            [
                .. (
                    await db
                        .Plans.Where(p => localAreaId == null || p.LocalAreaId == localAreaId)
                        .OrderBy(p => p.Title)
                        .Select(p => new { p.Id, p.Title })
                        .ToListAsync(ct)
                ).Select(p => new KeyValuePair<Guid, string>(p.Id, p.Title)),
            ];
        }
    }
}
