using PartnershipGraph.Data;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.People;

/// <summary>Creates, updates and deletes people.</summary>
public sealed class PersonService(ServiceContext context)
    : EntityService<Person, PersonInput>(context)
{
    protected override string EntityType => "Person";

    protected override string ParentField => "localAreaId";

    protected override void Validate(PersonInput input, FieldErrors errors)
    {
        errors.Required("name", input.Name, FieldLimits.Name);
        errors.MaxLength("jobTitle", input.JobTitle, FieldLimits.Name);
    }

    protected override Person Create(PersonInput input)
    {
        var person = new Person { Name = input.Name };
        Apply(input, person);
        return person;
    }

    protected override void Apply(PersonInput input, Person entity)
    {
        entity.LocalAreaId = input.LocalAreaId;
        entity.Name = input.Name.Trim();
        entity.JobTitle = input.JobTitle;
        entity.OrganisationId = input.OrganisationId;
    }

    protected override Guid ParentId(Person entity) => entity.LocalAreaId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        Person entity,
        CancellationToken ct
    ) => ReferenceChecks.LocalAreaAsync(db, entity.LocalAreaId, ct);

    protected override Task ValidateReferencesAsync(
        PartnershipDbContext db,
        Person entity,
        Guid localAreaId,
        FieldErrors errors,
        CancellationToken ct
    ) =>
        ReferenceChecks.CheckAsync(
            errors,
            "organisationId",
            entity.OrganisationId,
            id => LocalAreaLookup.OfOrganisationAsync(db, id, ct),
            localAreaId
        );

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) =>
        [
            Referrer.Of("plan area leads", db.PlanAreaLeads.Where(l => l.PersonId == id)),
            Referrer.Of(
                "action responsibilities",
                db.ActionResponsibles.Where(r => r.PersonId == id)
            ),
            Referrer.Of("board memberships", db.BoardMemberships.Where(m => m.PersonId == id)),
            Referrer.Of("action updates", db.ActionUpdates.Where(u => u.AuthorPersonId == id)),
        ];
}
