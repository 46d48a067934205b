using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.GraphQL.LocalAreas;

/// <summary>Registers local areas: the <c>localAreas</c> connection.</summary>
public static class LocalAreasGraphQL
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .Object(
                "LocalArea",
                o =>
                    o.Description(
                            "A local area, such as North Somerset, which owns everything else."
                        )
                        .GlobalIdField<LocalArea>("LocalArea", a => a.Id)
                        .Field("name", "String!")
                        .Description("The local area's name.")
                        .Field("localAuthorityCode", "String")
                        .Description("The local authority's code, when known.")
                        .Field("partnershipName", "String")
                        .Description("The name of the area's SEND partnership, when known.")
            )
            .DataField<LocalArea>(
                "Query",
                "localAreas",
                c => c.Db().LocalAreas.Where(ReadAccess.LocalAreas(c.Actor())),
                f =>
                    f.Description("The local areas the caller may read.")
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            );
}
