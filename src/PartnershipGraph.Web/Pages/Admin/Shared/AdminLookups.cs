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
    public static Task<IReadOnlyList<ListOption>> LocalAreasAsync(
        PartnershipDbContext db,
        Actor actor,
        CancellationToken ct
    ) =>
        db
            .LocalAreas.Where(ReadAccess.LocalAreas(actor))
            .OrderBy(a => a.Name)
            .Select(a => new KeyedName(a.Id, a.Name))
            .ToOptionsAsync(ct);

    /// <summary>The organisations.</summary>
    public static Task<IReadOnlyList<ListOption>> OrganisationsAsync(
        PartnershipDbContext db,
        Actor actor,
        CancellationToken ct
    ) =>
        db
            .Organisations.Where(ReadAccess.Organisations(actor))
            .OrderBy(o => o.Name)
            .Select(o => new KeyedName(o.Id, o.Name))
            .ToOptionsAsync(ct);

    /// <summary>The people.</summary>
    public static Task<IReadOnlyList<ListOption>> PeopleAsync(
        PartnershipDbContext db,
        Actor actor,
        CancellationToken ct
    ) =>
        db
            .People.Where(ReadAccess.People(actor))
            .OrderBy(p => p.Name)
            .Select(p => new KeyedName(p.Id, p.Name))
            .ToOptionsAsync(ct);

    /// <summary>The boards.</summary>
    public static Task<IReadOnlyList<ListOption>> BoardsAsync(
        PartnershipDbContext db,
        Actor actor,
        CancellationToken ct
    ) =>
        db
            .Boards.Where(ReadAccess.Boards(actor))
            .OrderBy(b => b.Name)
            .Select(b => new KeyedName(b.Id, b.Name))
            .ToOptionsAsync(ct);

    /// <summary>The plans.</summary>
    public static Task<IReadOnlyList<ListOption>> PlansAsync(
        PartnershipDbContext db,
        Actor actor,
        CancellationToken ct
    ) =>
        db
            .Plans.Where(ReadAccess.Plans(actor))
            .OrderBy(p => p.Title)
            .Select(p => new KeyedName(p.Id, p.Title))
            .ToOptionsAsync(ct);

    /// <summary>Runs the query and formats the keys here, not in SQL, where SQLite would keep their stored upper case.</summary>
    public static async Task<IReadOnlyList<ListOption>> ToOptionsAsync(
        this IQueryable<KeyedName> rows,
        CancellationToken ct
    ) => [.. (await rows.ToListAsync(ct)).Select(r => new ListOption(r.Id.ToString(), r.Name))];

    /// <summary>Options as a form's <c>asp-items</c>; the selected one follows the bound value.</summary>
    public static IEnumerable<SelectListItem> ToSelectItems(this IEnumerable<ListOption> options) =>
        options.Select(o => new SelectListItem(o.Label, o.Value));

    /// <summary>An enum's values as a form's <c>asp-items</c>, in words.</summary>
    public static IEnumerable<SelectListItem> EnumItems<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(Words.Of(v), v.ToString()));
}
