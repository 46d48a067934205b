using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.Pages.Admin.Shared;

/// <summary>The choices of the forms' and filters' drop-downs, limited to what the user may read, in name order.</summary>
public static class AdminLookups
{
    /// <summary>The local areas.</summary>
    public static async Task<IReadOnlyList<ListOption>> LocalAreasAsync(
        PartnershipDbContext db,
        Actor actor,
        CancellationToken ct
    ) =>
        await db
            .LocalAreas.Where(ReadAccess.LocalAreas(actor))
            .OrderBy(a => a.Name)
            .Select(a => new ListOption(a.Id.ToString(), a.Name))
            .ToListAsync(ct);

    /// <summary>The organisations.</summary>
    public static async Task<IReadOnlyList<ListOption>> OrganisationsAsync(
        PartnershipDbContext db,
        Actor actor,
        CancellationToken ct
    ) =>
        await db
            .Organisations.Where(ReadAccess.Organisations(actor))
            .OrderBy(o => o.Name)
            .Select(o => new ListOption(o.Id.ToString(), o.Name))
            .ToListAsync(ct);

    /// <summary>The people.</summary>
    public static async Task<IReadOnlyList<ListOption>> PeopleAsync(
        PartnershipDbContext db,
        Actor actor,
        CancellationToken ct
    ) =>
        await db
            .People.Where(ReadAccess.People(actor))
            .OrderBy(p => p.Name)
            .Select(p => new ListOption(p.Id.ToString(), p.Name))
            .ToListAsync(ct);

    /// <summary>The boards.</summary>
    public static async Task<IReadOnlyList<ListOption>> BoardsAsync(
        PartnershipDbContext db,
        Actor actor,
        CancellationToken ct
    ) =>
        await db
            .Boards.Where(ReadAccess.Boards(actor))
            .OrderBy(b => b.Name)
            .Select(b => new ListOption(b.Id.ToString(), b.Name))
            .ToListAsync(ct);

    /// <summary>The plans.</summary>
    public static async Task<IReadOnlyList<ListOption>> PlansAsync(
        PartnershipDbContext db,
        Actor actor,
        CancellationToken ct
    ) =>
        await db
            .Plans.Where(ReadAccess.Plans(actor))
            .OrderBy(p => p.Title)
            .Select(p => new ListOption(p.Id.ToString(), p.Title))
            .ToListAsync(ct);

    /// <summary>Options as a form's <c>asp-items</c>; the selected one follows the bound value.</summary>
    public static IEnumerable<SelectListItem> ToSelectItems(this IEnumerable<ListOption> options) =>
        options.Select(o => new SelectListItem(o.Label, o.Value));

    /// <summary>An enum's values as a form's <c>asp-items</c>, in words.</summary>
    public static IEnumerable<SelectListItem> EnumItems<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(Words.Of(v), v.ToString()));
}
