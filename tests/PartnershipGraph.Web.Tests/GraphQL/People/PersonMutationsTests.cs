using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.People;

public sealed class PersonMutationsTests() : CrudMutationsTests("Person")
{
    protected override string TextField => "name";

    protected override string ReadSelection => "name jobTitle";

    protected override string ReferenceText => "board memberships";

    protected override void AssertRead(JsonElement node, string text)
    {
        Assert.Equal(text, node.GetProperty("name").GetString());
        Assert.Equal("Tester", node.GetProperty("jobTitle").GetString());
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
            ["jobTitle"] = "Tester",
        };
    }

    protected override async Task<(Guid Id, int Version)> ReferencedAsync(PartnershipDbContext db)
    {
        var referenced = await db
            .People.Where(o => db.BoardMemberships.Any(m => m.PersonId == o.Id))
            .OrderBy(o => o.Id)
            .FirstAsync();
        return (referenced.Id, referenced.Version);
    }

    protected override Task<bool> ExistsAsync(PartnershipDbContext db, string text) =>
        db.People.AnyAsync(o => o.Name == text);
}
