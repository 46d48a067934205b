using Microsoft.EntityFrameworkCore;

namespace PartnershipGraph.Web.Services.Common;

/// <summary>Rows that refer to a record and so stop its deletion, e.g. "plan area leads".</summary>
/// <param name="Description">What the rows are, plural, e.g. "plan area leads".</param>
/// <param name="CountAsync">Counts the referring rows.</param>
public sealed record Referrer(string Description, Func<CancellationToken, Task<int>> CountAsync)
{
    /// <summary>A referrer over an entity query.</summary>
    public static Referrer Of<T>(string description, IQueryable<T> rows) =>
        new(description, ct => rows.CountAsync(ct));
}
