using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;

namespace PartnershipGraph.Web.Pages.Admin.Audit;

/// <summary>The audit log, newest first: who changed what and when, filtered by user, entity and date, a page at a time.</summary>
public sealed class IndexModel(PartnershipDbContext db) : PageModel
{
    /// <summary>How many entries one page shows.</summary>
    public const int PageSize = 50;

    /// <summary>Part of the name of the user or API key that made the change.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    /// <summary>The kind of entity changed, e.g. "Action".</summary>
    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    /// <summary>The changed entity's id, as text so that a mistyped id is answered beside the field.</summary>
    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    /// <summary>The first day shown (UTC).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>The last day shown (UTC).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>The page shown, from 1.</summary>
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The entries of this page.</summary>
    public IReadOnlyList<AuditRow> Entries { get; private set; } = [];

    /// <summary>How many entries pass the filters.</summary>
    public int Total { get; private set; }

    /// <summary>How many pages those entries fill (at least one).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The entity types that appear in the log, for the filter's choices.</summary>
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    /// <summary>Reads one page of the filtered log; with a filter that does not make sense, shows why and no entries.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EntityTypes = await db
            .AuditEntries.Select(e => e.EntityType)
            .Distinct()
            .OrderBy(t => t)
            .ToListAsync(cancellationToken);
        var filter = ReadFilter();
        if (filter is null)
        {
            return;
        }
        var entries = filter.Apply(db.AuditEntries.AsNoTracking());
        Total = await entries.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await entries
            .OrderByDescending(e => e.At)
            .ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new AuditRow(e.Id, e.At, e.Actor, e.Operation, e.EntityType, e.EntityId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The query string of this filter on another page, for the pager's links.</summary>
    /// <remarks>Named as the filter form names its fields (binding ignores case, so older lower-case links still work).</remarks>
    public Dictionary<string, string> RouteFor(int pageNumber)
    {
        var values = new Dictionary<string, string?>
        {
            [nameof(Actor)] = Actor,
            [nameof(EntityType)] = EntityType,
            [nameof(EntityId)] = EntityId,
            [nameof(From)] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [nameof(To)] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [nameof(PageNumber)] = pageNumber.ToString(CultureInfo.InvariantCulture),
        };
        return values
            .Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => v.Value!);
    }

    private AuditFilter? ReadFilter()
    {
        Guid? entityId = null;
        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            if (Guid.TryParse(EntityId.Trim(), out var id))
            {
                entityId = id;
            }
            else
            {
                ModelState.AddModelError(
                    nameof(EntityId),
                    "Enter the entity id as a GUID, e.g. 0190a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b."
                );
            }
        }
        if (From is { } from && To is { } to && from > to)
        {
            ModelState.AddModelError(nameof(To), "The last day must be on or after the first day.");
        }
        return ModelState.IsValid ? new AuditFilter(Actor, EntityType, entityId, From, To) : null;
    }
}
