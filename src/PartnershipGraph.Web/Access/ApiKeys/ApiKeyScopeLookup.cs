using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;

namespace PartnershipGraph.Web.Access.ApiKeys;

/// <summary>Finds the local area and person a command line names, by id, name or (for areas) slug or local authority code.</summary>
internal sealed class ApiKeyScopeLookup(IDbContextFactory<PartnershipDbContext> contexts)
{
    /// <summary>The local area named by id, slug ("north-somerset"), name or local authority code.</summary>
    /// <exception cref="ApiKeyRequestException">No local area matches.</exception>
    public async Task<Guid> FindLocalAreaAsync(string text, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areas = await db.LocalAreas.AsNoTracking().ToListAsync(cancellationToken);
        var slug = Slug(text);
        var match = areas.FirstOrDefault(a =>
            (Guid.TryParse(text, out var id) && a.Id == id)
            || Slug(a.Name) == slug
            || string.Equals(a.LocalAuthorityCode, text.Trim(), StringComparison.OrdinalIgnoreCase)
        );
        return match?.Id
            ?? throw new ApiKeyRequestException(
                $"Unknown local area '{text}'. Known local areas: {string.Join(", ", areas.Select(a => Slug(a.Name)).Order(StringComparer.Ordinal))}."
            );
    }

    /// <summary>The person with the id, or the one person with the name (in the local area, when given).</summary>
    /// <exception cref="ApiKeyRequestException">No person, or more than one, has the name.</exception>
    public async Task<Guid> FindPersonAsync(
        string text,
        Guid? localAreaId,
        CancellationToken cancellationToken
    )
    {
        if (Guid.TryParse(text, out var id))
        {
            return id;
        }
        var name = text.Trim().ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db
            .People.AsNoTracking()
            .Where(p => p.Name.ToLower() == name)
            .Where(p => localAreaId == null || p.LocalAreaId == localAreaId)
            .OrderBy(p => p.Id)
            .Take(10)
            .ToListAsync(cancellationToken);
        return people.Count switch
        {
            0 => throw new ApiKeyRequestException($"No person is named '{text.Trim()}'."),
            1 => people[0].Id,
            _ => throw new ApiKeyRequestException(
                $"More than one person is named '{text.Trim()}' ({string.Join(", ", people.Select(p => p.Id))}); give --person the id."
            ),
        };
    }

    /// <summary>The names of every local area and of the people keys are bound to, by id, for printing.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(
        CancellationToken cancellationToken
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = await db.LocalAreas.ToDictionaryAsync(
            a => a.Id,
            a => a.Name,
            cancellationToken
        );
        var people = await db
            .People.Where(p => db.ApiKeys.Any(k => k.PersonId == p.Id))
            .ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            names[person.Id] = person.Name;
        }
        return names;
    }

    /// <summary>The name in lower case with every run of other characters as one hyphen: "North Somerset" → "north-somerset".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }
}
