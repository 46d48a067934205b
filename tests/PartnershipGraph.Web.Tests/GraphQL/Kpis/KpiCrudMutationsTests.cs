using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.Kpis;

public sealed class KpiCrudMutationsTests() : CrudMutationsTests("Kpi")
{
    protected override string TextField => "description";

    protected override string ReadSelection => "ref description";

    protected override string ReferenceText => "actuals";

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
        var plan = await db.Plans.OrderBy(a => a.Id).FirstAsync();
        return new()
        {
            ["planId"] = GlobalId.Encode("Plan", plan.Id),
            ["direction"] = "HIGHER_IS_BETTER",
            ["description"] = text,
            ["ref"] = "T.99",
        };
    }

    protected override async Task<(Guid Id, int Version)> ReferencedAsync(PartnershipDbContext db)
    {
        var referenced = await db
            .Kpis.Where(o => db.KpiActuals.Any(u => u.KpiId == o.Id))
            .OrderBy(o => o.Id)
            .FirstAsync();
        return (referenced.Id, referenced.Version);
    }

    protected override Task<bool> ExistsAsync(PartnershipDbContext db, string text) =>
        db.Kpis.AnyAsync(o => o.Description == text);
}
