using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.Plans;

public sealed class PlanMutationsTests() : CrudMutationsTests("Plan")
{
    protected override string TextField => "title";

    protected override string ReadSelection => "title kind areaLabel isPublished";

    protected override string ReferenceText => "plan areas";

    protected override void AssertRead(JsonElement node, string text)
    {
        Assert.Equal(text, node.GetProperty("title").GetString());
        Assert.Equal("PRIORITY_ACTION_PLAN", node.GetProperty("kind").GetString());
        Assert.Equal("Area of serious weakness", node.GetProperty("areaLabel").GetString());
        Assert.True(node.GetProperty("isPublished").GetBoolean());
    }

    protected override async Task<Dictionary<string, object?>> InputAsync(
        PartnershipDbContext db,
        string text
    )
    {
        var area = await db.LocalAreas.OrderBy(a => a.Id).FirstAsync();
        return new()
        {
            ["localAreaId"] = GlobalId.Encode("LocalArea", area.Id),
            ["title"] = text,
            ["kind"] = "PRIORITY_ACTION_PLAN",
            ["isPublished"] = true,
        };
    }

    protected override async Task<(Guid Id, int Version)> ReferencedAsync(PartnershipDbContext db)
    {
        var referenced = await db
            .Plans.Where(p => db.PlanAreas.Any(a => a.PlanId == p.Id))
            .OrderBy(p => p.Id)
            .FirstAsync();
        return (referenced.Id, referenced.Version);
    }

    protected override Task<bool> ExistsAsync(PartnershipDbContext db, string text) =>
        db.Plans.AnyAsync(p => p.Title == text);
}
