using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Auditing;

namespace PartnershipGraph.Web.Pages.Admin.Audit;

/// <summary>One audit entry: who, when, what, and every changed field before and after.</summary>
public sealed class DetailsModel(PartnershipDbContext db) : PageModel
{
    /// <summary>The entry shown.</summary>
    public AuditEntry Entry { get; private set; } = null!;

    /// <summary>The entry's fields, before and after.</summary>
    public IReadOnlyList<AuditChange> Changes { get; private set; } = [];

    /// <summary>Reads the entry, or answers 404 when there is none with that id.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await db
            .AuditEntries.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }
        Entry = entry;
        Changes = AuditChange.Compare(entry.Before, entry.After);
        return Page();
    }
}
