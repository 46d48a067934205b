using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.Boards;

public sealed class BoardMutationsTests() : CrudMutationsTests("Board")
{
    protected override string TextField => "name";

    protected override string ReadSelection => "name";

    protected override string ReferenceText => "memberships";

    protected override void AssertRead(JsonElement node, string text)
    {
        Assert.Equal(text, node.GetProperty("name").GetString());
    }

    protected override async Task<Dictionary<string, object?>> InputAsync(
        PartnershipDbContext db,
        string text
    )
    {
        var localArea = await db.LocalAreas.OrderBy(a => a.Id).FirstAsync();
        return new()
        {
            ["localAreaId"] = GlobalId.Encode("LocalArea", localArea.Id),
            ["name"] = text,
            ["purpose"] = "Testing",
        };
    }

    protected override async Task<(Guid Id, int Version)> ReferencedAsync(PartnershipDbContext db)
    {
        var referenced = await db
            .Boards.Where(o => db.BoardMemberships.Any(m => m.BoardId == o.Id))
            .OrderBy(o => o.Id)
            .FirstAsync();
        return (referenced.Id, referenced.Version);
    }

    protected override Task<bool> ExistsAsync(PartnershipDbContext db, string text) =>
        db.Boards.AnyAsync(o => o.Name == text);
}
