using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;

namespace PartnershipGraph.Web.Services.Common;

/// <summary>Finds the local area a record belongs to, which decides who may see and change it; null when the record does not exist.</summary>
public static class LocalAreaLookup
{
    /// <summary>The local area of an organisation.</summary>
    public static Task<Guid?> OfOrganisationAsync(
        PartnershipDbContext db,
        Guid id,
        CancellationToken ct
    ) =>
        db
            .Organisations.Where(o => o.Id == id)
            .Select(o => (Guid?)o.LocalAreaId)
            .SingleOrDefaultAsync(ct);

    /// <summary>The local area of a person.</summary>
    public static Task<Guid?> OfPersonAsync(
        PartnershipDbContext db,
        Guid id,
        CancellationToken ct
    ) =>
        db.People.Where(p => p.Id == id).Select(p => (Guid?)p.LocalAreaId).SingleOrDefaultAsync(ct);

    /// <summary>The local area of a board.</summary>
    public static Task<Guid?> OfBoardAsync(
        PartnershipDbContext db,
        Guid id,
        CancellationToken ct
    ) =>
        db.Boards.Where(b => b.Id == id).Select(b => (Guid?)b.LocalAreaId).SingleOrDefaultAsync(ct);

    /// <summary>The local area of a plan.</summary>
    public static Task<Guid?> OfPlanAsync(PartnershipDbContext db, Guid id, CancellationToken ct) =>
        db.Plans.Where(p => p.Id == id).Select(p => (Guid?)p.LocalAreaId).SingleOrDefaultAsync(ct);

    /// <summary>The local area of a plan area, through its plan.</summary>
    public static Task<Guid?> OfPlanAreaAsync(
        PartnershipDbContext db,
        Guid id,
        CancellationToken ct
    ) =>
        (
            from area in db.PlanAreas
            join plan in db.Plans on area.PlanId equals plan.Id
            where area.Id == id
            select (Guid?)plan.LocalAreaId
        ).SingleOrDefaultAsync(ct);

    /// <summary>The local area of an action, through its area and plan.</summary>
    public static Task<Guid?> OfActionAsync(
        PartnershipDbContext db,
        Guid id,
        CancellationToken ct
    ) =>
        (
            from action in db.Actions
            join area in db.PlanAreas on action.PlanAreaId equals area.Id
            join plan in db.Plans on area.PlanId equals plan.Id
            where action.Id == id
            select (Guid?)plan.LocalAreaId
        ).SingleOrDefaultAsync(ct);

    /// <summary>The local area of a KPI, through its plan.</summary>
    public static Task<Guid?> OfKpiAsync(PartnershipDbContext db, Guid id, CancellationToken ct) =>
        (
            from kpi in db.Kpis
            join plan in db.Plans on kpi.PlanId equals plan.Id
            where kpi.Id == id
            select (Guid?)plan.LocalAreaId
        ).SingleOrDefaultAsync(ct);
}
