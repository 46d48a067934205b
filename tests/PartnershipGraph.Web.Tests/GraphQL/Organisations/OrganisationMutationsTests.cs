using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.Organisations;

public sealed class OrganisationMutationsTests() : CrudMutationsTests("Organisation")
{
    protected override string TextField => "name";

    protected override string ReadSelection => "name kind";

    protected override string ReferenceText => "people";

    protected override void AssertRead(JsonElement node, string text)
    {
        Assert.Equal(text, node.GetProperty("name").GetString());
        Assert.Equal("SCHOOL_TRUST", node.GetProperty("kind").GetString());
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
            ["kind"] = "SCHOOL_TRUST",
        };
    }

    protected override async Task<(Guid Id, int Version)> ReferencedAsync(PartnershipDbContext db)
    {
        var referenced = await db
            .Organisations.Where(o => db.People.Any(p => p.OrganisationId == o.Id))
            .OrderBy(o => o.Id)
            .FirstAsync();
        return (referenced.Id, referenced.Version);
    }

    protected override Task<bool> ExistsAsync(PartnershipDbContext db, string text) =>
        db.Organisations.AnyAsync(o => o.Name == text);
}
