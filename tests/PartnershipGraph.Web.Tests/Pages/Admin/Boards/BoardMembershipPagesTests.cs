using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Services.Boards;
using PartnershipGraph.Web.Services.People;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Boards;

/// <summary>Adding, changing and removing people's seats from a board's details.</summary>
public sealed class BoardMembershipPagesTests(AdminHostFixture fixture)
    : IClassFixture<AdminHostFixture>
{
    [Fact]
    public async Task Seat_is_added_shown_refused_twice_and_removed()
    {
        var area = fixture.NorthSomerset();
        var board = (
            await fixture
                .Host.Service<BoardService>()
                .CreateAsync(Actor.System, new BoardInput(area, "Seating Test Board"), default)
        ).Value!;
        var person = (
            await fixture
                .Host.Service<PersonService>()
                .CreateAsync(Actor.System, new PersonInput(area, "Seated Person"), default)
        ).Value!;
        using var client = fixture.Client();
        var url = $"/Admin/Boards/Membership/{board.Id}";

        using var added = await AdminHostFixture.PostAsync(
            client,
            url,
            ("Input.PersonId", person.Id.ToString()),
            ("Input.Role", "Chair")
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/Admin/Boards/Details/{board.Id}", added.Headers.Location!.ToString());
        var details = await client.GetStringAsync($"/Admin/Boards/Details/{board.Id}");
        Assert.Contains("Seated Person", details, StringComparison.Ordinal);
        Assert.Contains("<td>Chair</td>", details, StringComparison.Ordinal);

        using var twice = await AdminHostFixture.PostAsync(
            client,
            url,
            ("Input.PersonId", person.Id.ToString()),
            ("Input.Role", "Member")
        );
        var html = await twice.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains(
            "id=\"Input_PersonId-error\">Error: The person already has a seat on this board.",
            html,
            StringComparison.Ordinal
        );

        Guid seat;
        using (var db = fixture.Db())
        {
            seat = await db
                .BoardMemberships.Where(m => m.BoardId == board.Id)
                .Select(m => m.Id)
                .SingleAsync();
        }
        using var removed = await AdminHostFixture.PostAsync(
            client,
            $"/Admin/Boards/RemoveMembership/{seat}",
            ("Version", "1")
        );
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        using var check = fixture.Db();
        Assert.False(await check.BoardMemberships.AnyAsync(m => m.BoardId == board.Id));
    }

    [Fact]
    public async Task Seat_without_a_person_shows_the_error_beside_the_person()
    {
        var board = (
            await fixture
                .Host.Service<BoardService>()
                .CreateAsync(
                    Actor.System,
                    new BoardInput(fixture.NorthSomerset(), "Empty Seat Board"),
                    default
                )
        ).Value!;
        using var client = fixture.Client();
        using var response = await AdminHostFixture.PostAsync(
            client,
            $"/Admin/Boards/Membership/{board.Id}",
            ("Input.PersonId", ""),
            ("Input.Role", "Member")
        );
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Input_PersonId-error\"", html, StringComparison.Ordinal);
    }
}
