using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Tests.GraphQL.Crud;

namespace PartnershipGraph.Web.Tests.GraphQL.Actions;

public sealed class ActionResponsibleMutationsTests()
    : CrudLinkMutationsTests("ActionResponsible", "ActionResponsible", "Action")
{
    protected override string ListSelection => "responsibles { id version nameAsWritten isGroup }";

    protected override string ListField => "responsibles";

    protected override async Task<Dictionary<string, object?>> InputAsync(PartnershipDbContext db)
    {
        var action = await db.Actions.OrderBy(a => a.Id).FirstAsync();
        return new()
        {
            ["actionId"] = GlobalId.Encode("Action", action.Id),
            ["nameAsWritten"] = "Test Working Group",
            ["isGroup"] = true,
        };
    }

    protected override async Task<(
        Dictionary<string, object?> Input,
        string Field
    )> InvalidInputAsync(PartnershipDbContext db)
    {
        var input = await InputAsync(db);
        var person = await db.People.OrderBy(p => p.Id).FirstAsync();
        input["personId"] = GlobalId.Encode("Person", person.Id);
        return (input, "personId");
    }

    protected override Task<int> CountAsync(PartnershipDbContext db) =>
        db.ActionResponsibles.CountAsync();

    protected override Task<bool> ExistsAsync(PartnershipDbContext db, Guid id) =>
        db.ActionResponsibles.AnyAsync(r => r.Id == id);
}
