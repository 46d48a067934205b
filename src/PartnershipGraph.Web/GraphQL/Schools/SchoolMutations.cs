using PartnershipGraph.Domain.Schools;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.Schools;

namespace PartnershipGraph.Web.GraphQL.Schools;

/// <summary>Registers the administrator's <c>createSchool</c>, <c>updateSchool</c> and <c>deleteSchool</c> mutations.</summary>
public static class SchoolMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudMutations.Register<School, SchoolInput, SchoolService>(
            builder,
            "School",
            "school",
            [
                new("localAreaId", "ID!", "The global ID of the local area the school belongs to."),
                new("name", "String!", "The school's name, of at most 300 characters."),
                new("urn", "String", "The school's unique reference number, when known."),
                new(
                    "phase",
                    "SchoolPhase",
                    "The phase of education the school serves; unknown when omitted."
                ),
                new(
                    "type",
                    "SchoolType",
                    "How the school is governed and funded; unknown when omitted."
                ),
                new(
                    "trustOrganisationId",
                    "ID",
                    "The global ID of the trust organisation the school belongs to, when it has one."
                ),
                new("locality", "String", "The school's locality or area panel."),
                new("notes", "String", "Free-text notes about the school."),
            ],
            r => new SchoolInput(
                r.Id("localAreaId", "LocalArea"),
                r.String("name") ?? "",
                r.String("urn"),
                r.Enum("phase", SchoolPhase.Unknown),
                r.Enum("type", SchoolType.Unknown),
                r.OptionalId("trustOrganisationId", "Organisation"),
                r.String("locality"),
                r.String("notes")
            )
        );
}
