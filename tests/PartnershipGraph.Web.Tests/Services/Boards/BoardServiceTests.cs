using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Web.Services.Boards;
using static PartnershipGraph.Web.Tests.Services.ServiceAssert;

namespace PartnershipGraph.Web.Tests.Services.Boards;

public sealed class BoardServiceTests : IAsyncLifetime
{
    private ServiceTestDatabase _database = null!;
    private TestWorld _world = null!;
    private BoardService _boards = null!;
    private BoardMembershipService _memberships = null!;

    public async Task InitializeAsync()
    {
        _database = await ServiceTestDatabase.CreateAsync();
        _world = await TestWorld.CreateAsync(_database);
        _boards = new BoardService(_database.Context);
        _memberships = new BoardMembershipService(_database.Context);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Renaming_a_board_keeps_its_former_names_oldest_first()
    {
        var board = Succeeds(
            await _boards.CreateAsync(
                _world.Admin,
                new BoardInput(_world.NorthamId, "SEND Board"),
                default
            )
        );
        Succeeds(
            await _boards.UpdateAsync(
                _world.Admin,
                board.Id,
                new BoardInput(_world.NorthamId, "SEND Improvement Board"),
                1,
                default
            )
        );

        var renamed = Succeeds(
            await _boards.UpdateAsync(
                _world.Admin,
                board.Id,
                new BoardInput(_world.NorthamId, "SEND Partnership Board"),
                2,
                default
            )
        );

        Assert.Equal("SEND Board\nSEND Improvement Board", renamed.FormerNames);
    }

    [Fact]
    public async Task A_board_cannot_report_to_itself()
    {
        var board = Succeeds(
            await _boards.CreateAsync(
                _world.Admin,
                new BoardInput(_world.NorthamId, "SEND Board"),
                default
            )
        );

        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _boards.UpdateAsync(
                        _world.Admin,
                        board.Id,
                        new BoardInput(_world.NorthamId, "SEND Board", ParentBoardId: board.Id),
                        1,
                        default
                    )
            ),
            "parentBoardId"
        );
    }

    [Fact]
    public async Task A_board_with_members_cannot_be_deleted_until_they_are_removed()
    {
        var board = Succeeds(
            await _boards.CreateAsync(
                _world.Admin,
                new BoardInput(_world.NorthamId, "SEND Board"),
                default
            )
        );
        var seat = Succeeds(
            await _memberships.CreateAsync(
                _world.Admin,
                new BoardMembershipInput(board.Id, _world.AliceId, MembershipRole.Chair),
                default
            )
        );

        FailsValidation(
            await WritesNothingAsync(
                _database,
                () => _boards.DeleteAsync(_world.Admin, board.Id, 1, default)
            ),
            "id"
        );

        Succeeds(await _memberships.DeleteAsync(_world.Admin, seat.Id, 1, default));
        Succeeds(await _boards.DeleteAsync(_world.Admin, board.Id, 1, default));
    }

    [Fact]
    public async Task A_person_has_one_seat_per_board_and_must_be_of_the_same_local_area()
    {
        var board = Succeeds(
            await _boards.CreateAsync(
                _world.Admin,
                new BoardInput(_world.NorthamId, "SEND Board"),
                default
            )
        );
        Succeeds(
            await _memberships.CreateAsync(
                _world.Admin,
                new BoardMembershipInput(board.Id, _world.AliceId),
                default
            )
        );

        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _memberships.CreateAsync(
                        _world.Admin,
                        new BoardMembershipInput(board.Id, _world.AliceId, MembershipRole.Adviser),
                        default
                    )
            ),
            "personId"
        );
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _memberships.CreateAsync(
                        _world.Admin,
                        new BoardMembershipInput(board.Id, Guid.CreateVersion7()),
                        default
                    )
            ),
            "personId"
        );
    }

    [Fact]
    public async Task A_membership_of_an_unknown_board_is_refused_on_board_id()
    {
        FailsValidation(
            await WritesNothingAsync(
                _database,
                () =>
                    _memberships.CreateAsync(
                        _world.Admin,
                        new BoardMembershipInput(Guid.CreateVersion7(), _world.AliceId),
                        default
                    )
            ),
            "boardId"
        );
    }
}
