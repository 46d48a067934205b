using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.Web.GraphQL.Nodes;

/// <summary>Registers global object identification: <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
public static class NodesGraphQL
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder.Object(
            "Query",
            o =>
                o.Field("node", "Node")
                    .ResolveAsync(c => NodeLookup.ReadAsync(c, c.Argument<string>("id")))
                    .Description(
                        "Reads any object by its global ID; null, with an error for a malformed ID, when the caller may not read it."
                    )
                    .Argument("id", "ID!", a => a.Description("The object's global ID."))
                    .Field("nodes", "[Node]!")
                    .ResolveAsync(ReadAllAsync)
                    .Description(
                        "Reads objects by their global IDs, in the order given; null for each the caller may not read."
                    )
                    .Argument("ids", "[ID!]!", a => a.Description("The objects' global IDs."))
        );

    // One lookup per ID, in sequence: each uses its own context, and callers pass a handful of IDs.
    private static async Task<List<object?>> ReadAllAsync(IResolverContext context)
    {
        var ids = context.Argument<List<string>>("ids") ?? [];
        var results = new List<object?>(ids.Count);
        foreach (var id in ids)
        {
            results.Add(await NodeLookup.ReadAsync(context, id));
        }
        return results;
    }
}
