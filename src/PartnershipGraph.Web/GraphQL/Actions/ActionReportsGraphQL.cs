using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Reports;

namespace PartnershipGraph.Web.GraphQL.Actions;

/// <summary>Registers the action reports a board asks for: overdue, stale, and rated differently from their KPIs.</summary>
public static class ActionReportsGraphQL
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .DataField<PlanAction>(
                "Query",
                "overdueActions",
                c =>
                    c.Db()
                        .Actions.Where(ReadAccess.Actions(c.Actor()))
                        .Where(ActionReports.Overdue(c.Today())),
                f =>
                    f.Description(
                            "The readable actions whose due date has passed and that are not met."
                        )
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            )
            .DataField<PlanAction>(
                "Query",
                "staleActions",
                c =>
                {
                    var days =
                        c.Argument<int?>("days")
                        ?? c.Services.GetRequiredService<
                            IOptions<StaleActionsOptions>
                        >().Value.DefaultDays;
                    return c.Db()
                        .Actions.Where(ReadAccess.Actions(c.Actor()))
                        .Where(ActionReports.Stale(c.Today(), days));
                },
                f =>
                    f.Description(
                            "The readable actions that are not met and have had no progress update within the given number of days."
                        )
                        .Argument(
                            "days",
                            "Int",
                            a =>
                                a.Description(
                                    "How many days without an update make an action stale; by default the configured StaleActions:DefaultDays."
                                )
                        )
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            )
            .Object(
                "Query",
                o =>
                    o.Field("ragMismatches", "[Action!]!")
                        .ResolveAsync(RagMismatchesAsync)
                        .Description(
                            "The readable actions whose officer-set RAG differs from the RAG computed from their KPIs (the worst of those that could be rated)."
                        )
            );

    private static async Task<List<PlanAction>> RagMismatchesAsync(IResolverContext context)
    {
        var actions = await context
            .Db()
            .Actions.Where(ReadAccess.Actions(context.Actor()))
            .Where(a => a.Kpis.Any())
            .Include(a => a.Kpis)
                .ThenInclude(k => k.Milestones)
            .Include(a => a.Kpis)
                .ThenInclude(k => k.Actuals)
            .AsSplitQuery()
            .OrderBy(a => a.Ref)
            .ToListAsync(context.CancellationToken);
        var (today, options) = (context.Today(), context.RagOptions());
        return
        [
            .. actions.Where(a =>
                ComputedRag(a, today, options) is { } computed && computed != a.CurrentRag
            ),
        ];
    }

    /// <summary>The worst progress RAG of the action's KPIs that could be rated; null when none could.</summary>
    public static Rag? ComputedRag(PlanAction action, DateOnly today, ProgressRagOptions options)
    {
        var rated = action
            .Kpis.Select(k =>
                ProgressRagCalculator.Compute(k, k.Milestones, k.Actuals, today, options).Rag
            )
            .Where(r => r != Rag.NotRated)
            .ToList();
        return rated.Count == 0 ? null : rated.Max();
    }
}
