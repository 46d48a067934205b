using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.Kpis;

public sealed class KpiMilestoneCrudMutationsTests() : CrudMutationsTests("KpiMilestone")
{
    protected override string TextField => "label";

    protected override string ReadSelection => "sequence label target { value comparator unit }";

    protected override string ReferenceText => "actuals";

    protected override void AssertRead(JsonElement node, string text)
    {
        Assert.Equal(text, node.GetProperty("label").GetString());
        Assert.Equal(99, node.GetProperty("sequence").GetInt32());
        var target = node.GetProperty("target");
        Assert.Equal(90m, target.GetProperty("value").GetDecimal());
        Assert.Equal("MORE_THAN", target.GetProperty("comparator").GetString());
        Assert.Equal("%", target.GetProperty("unit").GetString());
    }

    protected override async Task<Dictionary<string, object?>> InputAsync(
        PartnershipDbContext db,
        string text
    )
    {
        var kpi = await db.Kpis.OrderBy(k => k.Id).FirstAsync();
        return new()
        {
            ["kpiId"] = GlobalId.Encode("Kpi", kpi.Id),
            ["sequence"] = 99,
            ["label"] = text,
            ["targetText"] = "More than 90%",
            ["targetValue"] = 90,
            ["targetComparator"] = "MORE_THAN",
            ["targetUnit"] = "%",
        };
    }

    protected override async Task<(Guid Id, int Version)> ReferencedAsync(PartnershipDbContext db)
    {
        var referenced = await db
            .KpiMilestones.Where(m => db.KpiActuals.Any(a => a.MilestoneId == m.Id))
            .OrderBy(m => m.Id)
            .FirstAsync();
        return (referenced.Id, referenced.Version);
    }

    protected override Task<bool> ExistsAsync(PartnershipDbContext db, string text) =>
        db.KpiMilestones.AnyAsync(m => m.Label == text);
}
