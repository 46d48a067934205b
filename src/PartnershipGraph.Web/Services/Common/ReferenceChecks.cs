using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;

namespace PartnershipGraph.Web.Services.Common;

/// <summary>Checks that a record's references exist and stay within its local area.</summary>
public static class ReferenceChecks
{
    /// <summary>Adds an error on <paramref name="field"/> when <paramref name="id"/> is set but names no record of <paramref name="localAreaId"/>.</summary>
    public static async Task CheckAsync(
        FieldErrors errors,
        string field,
        Guid? id,
        Func<Guid, Task<Guid?>> findLocalArea,
        Guid localAreaId
    )
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(findLocalArea);
        if (id is not { } value)
        {
            return;
        }
        var area = await findLocalArea(value);
        if (area is null)
        {
            errors.Add(field, $"No record with id {value} exists.");
        }
        else if (area != localAreaId)
        {
            errors.Add(field, "The record belongs to another local area.");
        }
    }

    /// <summary>The local area itself, when it exists.</summary>
    public static async Task<Guid?> LocalAreaAsync(
        PartnershipDbContext db,
        Guid localAreaId,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.LocalAreas.AnyAsync(a => a.Id == localAreaId, ct) ? localAreaId : null;
    }
}
