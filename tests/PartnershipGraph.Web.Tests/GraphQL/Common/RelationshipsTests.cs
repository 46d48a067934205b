using System.Text.Json;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

public sealed class RelationshipsTests(GraphQLTestHost host) : IClassFixture<GraphQLTestHost>
{
    [Fact]
    public async Task A_board_shows_its_members_the_plans_it_monitors_and_its_parent_and_child_boards()
    {
        var data = await host.DataAsync(
            """
            {
              boards(first: 50) {
                nodes {
                  name
                  parentBoard { name }
                  childBoards { name }
                  memberships { role person { name } }
                  monitoredPlans { title }
                }
              }
            }
            """
        );
        var boards = data.GetProperty("boards").GetProperty("nodes").EnumerateArray().ToList();
        var improvement = boards.Single(b =>
            b.GetProperty("name").GetString() == "SEND Improvement Board"
        );
        Assert.Equal(
            "North Somerset Local Area - SEND Improvement Plan",
            improvement.GetProperty("monitoredPlans")[0].GetProperty("title").GetString()
        );
        Assert.Contains(boards, b => b.GetProperty("memberships").GetArrayLength() > 0);
        var child = boards.FirstOrDefault(b =>
            b.GetProperty("parentBoard").ValueKind == JsonValueKind.Object
        );
        if (child.ValueKind == JsonValueKind.Object)
        {
            var parentName = child.GetProperty("parentBoard").GetProperty("name").GetString();
            var parent = boards.First(b => b.GetProperty("name").GetString() == parentName);
            Assert.Contains(
                parent.GetProperty("childBoards").EnumerateArray(),
                c => c.GetProperty("name").GetString() == child.GetProperty("name").GetString()
            );
        }
    }

    [Fact]
    public async Task A_school_shows_the_boards_it_sits_on_and_the_actions_it_delivers()
    {
        var data = await host.DataAsync(
            """
            {
              schools(first: 50, where: { or: [{ boardSeats: { any: true } }, { actionRoles: { any: true } }] }) {
                nodes { name boardSeats { board { name } } actionRoles { description action { ref } } }
              }
            }
            """
        );
        var schools = data.GetProperty("schools").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(schools);
        Assert.All(
            schools,
            s =>
                Assert.True(
                    s.GetProperty("boardSeats").GetArrayLength()
                        + s.GetProperty("actionRoles").GetArrayLength()
                        > 0
                )
        );
    }

    [Fact]
    public async Task A_person_shows_the_areas_they_lead_and_the_actions_they_are_responsible_for()
    {
        var data = await host.DataAsync(
            """
            {
              people(first: 50, where: { areaLeads: { any: true } }) {
                nodes { name areaLeads { area { number title } } responsibilities { action { ref } } }
              }
            }
            """
        );
        var people = data.GetProperty("people").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(people);
        Assert.All(
            people,
            p =>
                Assert.All(
                    p.GetProperty("areaLeads").EnumerateArray(),
                    l => Assert.True(l.GetProperty("area").GetProperty("number").GetInt32() > 0)
                )
        );
    }

    [Fact]
    public async Task An_action_shows_its_update_history_and_its_area()
    {
        var data = await host.DataAsync(
            """
            {
              actions(first: 50, where: { updates: { any: true } }) {
                nodes { ref area { title } updates(order: [{ recordedAt: ASC }]) { recordedAt rag narrative } }
              }
            }
            """
        );
        var actions = data.GetProperty("actions").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.True(a.GetProperty("updates").GetArrayLength() > 0));
        Assert.All(
            actions,
            a => Assert.Equal(JsonValueKind.Object, a.GetProperty("area").ValueKind)
        );
    }
}
