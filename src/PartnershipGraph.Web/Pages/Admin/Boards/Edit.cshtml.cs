using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Pages.Admin.Shared;
using PartnershipGraph.Web.Services.Boards;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Pages.Admin.Boards;

/// <summary>Creates a board (no id) or edits one, through <see cref="BoardService"/>; a rename keeps the former name.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class EditModel(IActorAccessor actors, PartnershipDbContext db, BoardService boards)
    : EditPageModel<PartnershipBoard, EditModel.InputModel>(actors)
{
    public override string IndexPath => "/Admin/Boards";

    public IReadOnlyList<ListOption> LocalAreas { get; private set; } = [];

    public IReadOnlyList<ListOption> Boards { get; private set; } = [];

    protected override Task<PartnershipBoard?> FindAsync(Guid id, CancellationToken ct) =>
        db
            .Boards.Where(ReadAccess.Boards(Actor))
            .AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == id, ct);

    protected override InputModel ToForm(PartnershipBoard b) =>
        new()
        {
            LocalAreaId = b.LocalAreaId,
            Name = b.Name,
            ShortName = b.ShortName,
            Purpose = b.Purpose,
            MeetingCadence = b.MeetingCadence,
            ParentBoardId = b.ParentBoardId,
            ReplacedByBoardId = b.ReplacedByBoardId,
            Notes = b.Notes,
            Version = b.Version,
        };

    protected override Task<ServiceResult<PartnershipBoard>> SaveAsync(
        Guid? id,
        InputModel f,
        CancellationToken ct
    )
    {
        var input = new BoardInput(
            f.LocalAreaId,
            f.Name ?? "",
            f.ShortName,
            f.Purpose,
            f.MeetingCadence,
            f.ParentBoardId,
            f.ReplacedByBoardId,
            f.Notes
        );
        return id is { } key
            ? boards.UpdateAsync(Actor, key, input, f.Version, ct)
            : boards.CreateAsync(Actor, input, ct);
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        LocalAreas = await AdminLookups.LocalAreasAsync(db, Actor, ct);
        Boards =
        [
            .. (await AdminLookups.BoardsAsync(db, Actor, ct)).Where(b =>
                b.Value != Id?.ToString()
            ),
        ];
    }

    /// <summary>The form's fields, named as <see cref="BoardInput"/> names them.</summary>
    public sealed class InputModel : IVersionedForm
    {
        public Guid LocalAreaId { get; set; }

        public string? Name { get; set; }

        public string? ShortName { get; set; }

        public string? Purpose { get; set; }

        public string? MeetingCadence { get; set; }

        public Guid? ParentBoardId { get; set; }

        public Guid? ReplacedByBoardId { get; set; }

        public string? Notes { get; set; }

        public int Version { get; set; }
    }
}
