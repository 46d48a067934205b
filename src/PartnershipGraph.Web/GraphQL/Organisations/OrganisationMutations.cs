using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Organisations;

namespace PartnershipGraph.Web.GraphQL.Organisations;

/// <summary>Registers the administrator's <c>createOrganisation</c>, <c>updateOrganisation</c> and <c>deleteOrganisation</c> mutations.</summary>
public static class OrganisationMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudMutations.Register<Organisation, OrganisationInput, OrganisationService>(
            builder,
            "Organisation",
            "organisation",
            [
                new(
                    "localAreaId",
                    "ID!",
                    "The global ID of the local area the organisation belongs to."
                ),
                new("name", "String!", "The organisation's name, of at most 300 characters."),
                new("kind", "OrganisationKind!", "The kind of organisation."),
                new(
                    "shortName",
                    "String",
                    "The organisation's short name or acronym, when it has one."
                ),
                new("notes", "String", "Free-text notes about the organisation."),
            ],
            r => new OrganisationInput(
                r.Id("localAreaId", "LocalArea"),
                r.String("name") ?? "",
                r.Enum("kind", default(OrganisationKind)),
                r.String("shortName"),
                r.String("notes")
            )
        );
}
