using PartnershipGraph.Domain.People;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.Web.GraphQL.Crud;
using PartnershipGraph.Web.Services.People;

namespace PartnershipGraph.Web.GraphQL.People;

/// <summary>Registers the administrator's <c>createPerson</c>, <c>updatePerson</c> and <c>deletePerson</c> mutations.</summary>
public static class PersonMutations
{
    /// <summary>Adds the feature to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        CrudMutations.Register<Person, PersonInput, PersonService>(
            builder,
            "Person",
            "person",
            [
                new("localAreaId", "ID!", "The global ID of the local area the person belongs to."),
                new("name", "String!", "The person's name, of at most 300 characters."),
                new("jobTitle", "String", "The person's job title, when known."),
                new(
                    "organisationId",
                    "ID",
                    "The global ID of the organisation the person works for, when known."
                ),
            ],
            r => new PersonInput(
                r.Id("localAreaId", "LocalArea"),
                r.String("name") ?? "",
                r.String("jobTitle"),
                r.OptionalId("organisationId", "Organisation")
            )
        );
}
