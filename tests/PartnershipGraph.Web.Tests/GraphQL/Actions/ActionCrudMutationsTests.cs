using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.Actions;

public sealed class ActionCrudMutationsTests() : CrudMutationsTests("Action")
{
    protected override string TextField => "description";

    protected override string ReadSelection => "ref description";

    protected override string ReferenceText => "progress updates";

    protected override void AssertRead(JsonElement node, string text)
    {
        Assert.Equal(text, node.GetProperty("description").GetString());
        Assert.Equal("T.99", node.GetProperty("ref").GetString());
    }

    protected override async Task<Dictionary<string, object?>> InputAsync(
        PartnershipDbContext db,
        string text
    )
    {
        var area = await db.PlanAreas.OrderBy(a => a.Id).FirstAsync();
        return new()
        {
            ["planAreaId"] = GlobalId.Encode("PlanArea", area.Id),
            ["description"] = text,
            ["ref"] = "T.99",
        };
    }

    protected override async Task<(Guid Id, int Version)> ReferencedAsync(PartnershipDbContext db)
    {
        var referenced = await db
            .Actions.Where(o => db.ActionUpdates.Any(u => u.ActionId == o.Id))
            .OrderBy(o => o.Id)
            .FirstAsync();
        return (referenced.Id, referenced.Version);
    }

    protected override Task<bool> ExistsAsync(PartnershipDbContext db, string text) =>
        db.Actions.AnyAsync(o => o.Description == text);
}
