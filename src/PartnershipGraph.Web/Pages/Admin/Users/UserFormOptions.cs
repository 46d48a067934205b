using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.Users;

namespace PartnershipGraph.Web.Pages.Admin.Users;

/// <summary>The choices the user forms offer: roles, people and local areas, with the names the list shows.</summary>
public sealed class UserFormOptions
{
    public const string ViewDataKey = "UserFormOptions";

    public IReadOnlyList<SelectListItem> Roles { get; } =
    [
        new("Admin: everything, including users and API keys", nameof(Role.Admin)),
        new("Area lead: updates the actions and KPIs they lead", nameof(Role.AreaLead)),
        new("Board member: reads everything, changes nothing", nameof(Role.BoardMember)),
        new("Partner: reads published plans only", nameof(Role.Partner)),
    ];

    public IReadOnlyList<SelectListItem> People { get; private init; } = [];

    public IReadOnlyList<SelectListItem> LocalAreas { get; private init; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private init; } =
        new Dictionary<Guid, string>();

    public string NameOf(Guid? id) =>
        id is { } value && Names.TryGetValue(value, out var name) ? name : "";

    public static async Task<UserFormOptions> LoadAsync(
        IDbContextFactory<PartnershipDbContext> contexts,
        CancellationToken cancellationToken
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areas = await db
            .LocalAreas.AsNoTracking()
            .OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Name })
            .ToListAsync(cancellationToken);
        var people = await db
            .People.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.LocalAreaId,
            })
            .ToListAsync(cancellationToken);
        var areaNames = areas.ToDictionary(a => a.Id, a => a.Name);
        var names = new Dictionary<Guid, string>(areaNames);
        foreach (var person in people)
        {
            names[person.Id] = person.Name;
        }
        return new UserFormOptions
        {
            LocalAreas = [.. areas.Select(a => new SelectListItem(a.Name, a.Id.ToString()))],
            People =
            [
                .. people.Select(p => new SelectListItem(
                    $"{p.Name} ({areaNames.GetValueOrDefault(p.LocalAreaId, "")})",
                    p.Id.ToString()
                )),
            ],
            Names = names,
        };
    }

    /// <summary>Puts the service's refusals beside the fields they concern.</summary>
    internal static void AddErrors(
        ModelStateDictionary modelState,
        UserChangeResult result,
        string prefix
    )
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(
                error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}",
                error.Message
            );
        }
    }
}
