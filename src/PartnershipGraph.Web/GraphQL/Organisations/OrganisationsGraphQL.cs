using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.GraphQL.Organisations;

/// <summary>Registers partner organisations: the <c>organisations</c> connection.</summary>
public static class OrganisationsGraphQL
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .Object(
                "Organisation",
                o =>
                    o.Description(
                            "A partner organisation: a council, ICB, health provider, trust, forum or other body."
                        )
                        .GlobalIdField<Organisation>("Organisation", x => x.Id)
                        .Field("name", "String!")
                        .Description("The organisation's name.")
                        .Field("shortName", "String")
                        .Description("The organisation's short name, when it has one.")
                        .Field("kind", "OrganisationKind!")
                        .Description("The kind of organisation.")
                        .Field("notes", "String")
                        .Description("Notes on the organisation.")
            )
            .DataField<Organisation>(
                "Query",
                "organisations",
                c => c.Db().Organisations.Where(ReadAccess.Organisations(c.Actor())),
                f =>
                    f.Description("The organisations the caller may read.")
                        .UsePaging()
                        .UseProjection()
                        .UseFiltering()
                        .UseSorting()
            );
}
