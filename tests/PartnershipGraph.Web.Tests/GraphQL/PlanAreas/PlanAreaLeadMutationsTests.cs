using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.PlanAreas;

public sealed class PlanAreaLeadMutationsTests()
    : CrudLinkMutationsTests("PlanAreaLead", "AreaLead", "PlanArea")
{
    protected override string ListSelection => "leads { id version nameAsWritten }";

    protected override string ListField => "leads";

    protected override async Task<Dictionary<string, object?>> InputAsync(PartnershipDbContext db)
    {
        var area = await db.PlanAreas.OrderBy(a => a.Id).FirstAsync();
        var localAreaId = await db
            .Plans.Where(p => p.Id == area.PlanId)
            .Select(p => p.LocalAreaId)
            .SingleAsync();
        var person = await db
            .People.Where(p => p.LocalAreaId == localAreaId)
            .OrderBy(p => p.Id)
            .FirstAsync();
        return new()
        {
            ["planAreaId"] = GlobalId.Encode("PlanArea", area.Id),
            ["nameAsWritten"] = "Head of Test Services",
            ["personId"] = GlobalId.Encode("Person", person.Id),
        };
    }

    protected override async Task<(
        Dictionary<string, object?> Input,
        string Field
    )> InvalidInputAsync(PartnershipDbContext db)
    {
        var input = await InputAsync(db);
        input["nameAsWritten"] = " ";
        return (input, "nameAsWritten");
    }

    protected override Task<int> CountAsync(PartnershipDbContext db) =>
        db.PlanAreaLeads.CountAsync();

    protected override Task<bool> ExistsAsync(PartnershipDbContext db, Guid id) =>
        db.PlanAreaLeads.AnyAsync(l => l.Id == id);
}
