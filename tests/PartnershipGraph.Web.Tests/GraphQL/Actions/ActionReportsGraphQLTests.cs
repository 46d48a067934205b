using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Web.Tests.GraphQL.Common;
using PartnershipGraph.Web.Tests.Services;

namespace PartnershipGraph.Web.Tests.GraphQL.Actions;

public sealed class ActionReportsGraphQLTests
{
    [Fact]
    public async Task Overdue_actions_are_past_their_due_date_and_not_met()
    {
        using var early = Host(new DateTimeOffset(2022, 10, 1, 0, 0, 0, TimeSpan.Zero));
        using var late = Host(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        const string query =
            "{ overdueActions(first: 50) { totalCount nodes { currentRag dueDate { end } } } }";

        var before = (await early.DataAsync(query)).GetProperty("overdueActions");
        var after = (await late.DataAsync(query)).GetProperty("overdueActions");

        Assert.InRange(
            before.GetProperty("totalCount").GetInt32(),
            1,
            after.GetProperty("totalCount").GetInt32() - 1
        );
        Assert.All(
            before.GetProperty("nodes").EnumerateArray(),
            a =>
            {
                Assert.NotEqual("MET", a.GetProperty("currentRag").GetString());
                Assert.True(
                    DateOnly.Parse(a.GetProperty("dueDate").GetProperty("end").GetString()!)
                        < new DateOnly(2022, 10, 1)
                );
            }
        );
    }

    [Fact]
    public async Task Stale_actions_have_no_update_within_the_given_days()
    {
        var now = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var host = Host(now);
        var data = await host.DataAsync(
            """
            {
              month: staleActions(first: 50, days: 30) { totalCount nodes { currentRag updates { recordedAt } } }
              years: staleActions(first: 50, days: 3000) { totalCount }
              byDefault: staleActions { totalCount }
            }
            """
        );
        var month = data.GetProperty("month");
        Assert.True(month.GetProperty("totalCount").GetInt32() > 0);
        Assert.True(
            month.GetProperty("totalCount").GetInt32()
                >= data.GetProperty("years").GetProperty("totalCount").GetInt32()
        );
        Assert.True(
            month.GetProperty("totalCount").GetInt32()
                >= data.GetProperty("byDefault").GetProperty("totalCount").GetInt32()
        );
        Assert.All(
            month.GetProperty("nodes").EnumerateArray(),
            a =>
            {
                Assert.NotEqual("MET", a.GetProperty("currentRag").GetString());
                Assert.All(
                    a.GetProperty("updates").EnumerateArray(),
                    u =>
                        Assert.True(
                            DateTimeOffset.Parse(u.GetProperty("recordedAt").GetString()!)
                                < now.AddDays(-30)
                        )
                );
            }
        );
    }

    private static GraphQLTestHost Host(DateTimeOffset now) =>
        new([], s => s.AddSingleton<TimeProvider>(new FixedTimeProvider(now)));
}
