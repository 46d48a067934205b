using System.Linq.Expressions;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Reports;

/// <summary>Which actions a board is told about: overdue, stale, off track. One definition, as filters EF translates
/// to SQL, shared by the GraphQL reports and the dashboard pages.</summary>
public static class ActionReports
{
    /// <summary>The RAGs a highlight report calls off track.</summary>
    public static IReadOnlyList<Rag> OffTrackRags { get; } = [Rag.NotOnTrack, Rag.PartiallyMet];

    /// <summary>Actions whose due date ended before <paramref name="today"/> and that are not met.</summary>
    public static Expression<Func<PlanAction, bool>> Overdue(DateOnly today) =>
        a => a.DueDate!.End < today && a.CurrentRag != Rag.Met;

    /// <summary>Actions not met with no progress update in the <paramref name="days"/> days before <paramref name="today"/>.</summary>
    public static Expression<Func<PlanAction, bool>> Stale(DateOnly today, int days)
    {
        var cutoff = StaleCutoff(today, days);
        return a => a.CurrentRag != Rag.Met && !a.Updates.Any(u => u.RecordedAt >= cutoff);
    }

    /// <summary>The first moment that still counts as recent: midnight UTC <paramref name="days"/> days before today.</summary>
    public static DateTimeOffset StaleCutoff(DateOnly today, int days) =>
        new(today.AddDays(-days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
