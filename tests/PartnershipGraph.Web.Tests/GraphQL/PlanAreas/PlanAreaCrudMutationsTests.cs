using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.PlanAreas;

public sealed class PlanAreaCrudMutationsTests() : CrudMutationsTests("PlanArea")
{
    protected override string TextField => "title";

    protected override string ReadSelection => "number title status";

    protected override string ReferenceText => "actions";

    protected override void AssertRead(JsonElement node, string text)
    {
        Assert.Equal(text, node.GetProperty("title").GetString());
        Assert.Equal(99, node.GetProperty("number").GetInt32());
        Assert.Equal("ACTIVE", node.GetProperty("status").GetString());
    }

    protected override async Task<Dictionary<string, object?>> InputAsync(
        PartnershipDbContext db,
        string text
    )
    {
        var plan = await db.Plans.OrderBy(p => p.Id).FirstAsync();
        return new()
        {
            ["planId"] = GlobalId.Encode("Plan", plan.Id),
            ["number"] = 99,
            ["title"] = text,
        };
    }

    protected override async Task<(Guid Id, int Version)> ReferencedAsync(PartnershipDbContext db)
    {
        var referenced = await db
            .PlanAreas.Where(p => db.Actions.Any(a => a.PlanAreaId == p.Id))
            .OrderBy(p => p.Id)
            .FirstAsync();
        return (referenced.Id, referenced.Version);
    }

    protected override Task<bool> ExistsAsync(PartnershipDbContext db, string text) =>
        db.PlanAreas.AnyAsync(a => a.Title == text);
}
