using PartnershipGraph.Data;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Boards;

/// <summary>Creates, updates and deletes boards; a rename keeps the old name in <see cref="PartnershipBoard.FormerNames"/>.</summary>
public sealed class BoardService(ServiceContext context)
    : EntityService<PartnershipBoard, BoardInput>(context)
{
    protected override string EntityType => "Board";

    protected override string ParentField => "localAreaId";

    protected override void Validate(BoardInput input, FieldErrors errors)
    {
        errors.Required("name", input.Name, FieldLimits.Name);
        errors.MaxLength("shortName", input.ShortName, FieldLimits.Code);
        errors.MaxLength("purpose", input.Purpose, FieldLimits.Text);
        errors.MaxLength("meetingCadence", input.MeetingCadence, FieldLimits.Name);
        errors.MaxLength("notes", input.Notes, FieldLimits.Text);
    }

    protected override PartnershipBoard Create(BoardInput input)
    {
        var board = new PartnershipBoard { Name = input.Name.Trim() };
        Apply(input, board);
        return board;
    }

    protected override void Apply(BoardInput input, PartnershipBoard entity)
    {
        var name = input.Name.Trim();
        if (entity.Name != name)
        {
            entity.FormerNames = entity.FormerNames is null
                ? entity.Name
                : entity.FormerNames + "\n" + entity.Name;
        }
        entity.LocalAreaId = input.LocalAreaId;
        entity.Name = name;
        entity.ShortName = input.ShortName;
        entity.Purpose = input.Purpose;
        entity.MeetingCadence = input.MeetingCadence;
        entity.ParentBoardId = input.ParentBoardId;
        entity.ReplacedByBoardId = input.ReplacedByBoardId;
        entity.Notes = input.Notes;
    }

    protected override Guid ParentId(PartnershipBoard entity) => entity.LocalAreaId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        PartnershipBoard entity,
        CancellationToken ct
    ) => ReferenceChecks.LocalAreaAsync(db, entity.LocalAreaId, ct);

    protected override async Task ValidateReferencesAsync(
        PartnershipDbContext db,
        PartnershipBoard entity,
        Guid localAreaId,
        FieldErrors errors,
        CancellationToken ct
    )
    {
        if (entity.ParentBoardId == entity.Id)
        {
            errors.Add("parentBoardId", "A board cannot report to itself.");
        }
        if (entity.ReplacedByBoardId == entity.Id)
        {
            errors.Add("replacedByBoardId", "A board cannot replace itself.");
        }
        await ReferenceChecks.CheckAsync(
            errors,
            "parentBoardId",
            entity.ParentBoardId,
            id => LocalAreaLookup.OfBoardAsync(db, id, ct),
            localAreaId
        );
        await ReferenceChecks.CheckAsync(
            errors,
            "replacedByBoardId",
            entity.ReplacedByBoardId,
            id => LocalAreaLookup.OfBoardAsync(db, id, ct),
            localAreaId
        );
    }

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) =>
        [
            Referrer.Of("memberships", db.BoardMemberships.Where(m => m.BoardId == id)),
            Referrer.Of("school seats", db.SchoolBoardSeats.Where(s => s.BoardId == id)),
            Referrer.Of("plans it monitors", db.Plans.Where(p => p.MonitoringBoardId == id)),
            Referrer.Of("boards reporting to it", db.Boards.Where(b => b.ParentBoardId == id)),
            Referrer.Of("boards it replaced", db.Boards.Where(b => b.ReplacedByBoardId == id)),
        ];
}
