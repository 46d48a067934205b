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
                    .Field("nodes", "[Node]")
                    .ResolveAsync(ReadAllAsync)
                    .Description(
                        "Reads objects by their global IDs, in the order given, with one query per type; null for each the caller may not read, and null with an error at its index for each malformed ID."
                    )
                    .Argument("ids", "[ID!]!", a => a.Description("The objects' global IDs."))
        );

    private static Task<List<object?>> ReadAllAsync(IResolverContext context) =>
        NodeLookup.ReadManyAsync(context, context.Argument<List<string?>>("ids") ?? []);
}
