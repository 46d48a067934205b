using PartnershipGraph.Data;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.PlanAreas;

/// <summary>Adds, changes and removes the leads of plan areas; these decide what area leads may change.</summary>
public sealed class PlanAreaLeadService(ServiceContext context)
    : EntityService<PlanAreaLead, PlanAreaLeadInput>(context)
{
    protected override string EntityType => "PlanAreaLead";

    protected override string ParentField => "planAreaId";

    protected override void Validate(PlanAreaLeadInput input, FieldErrors errors)
    {
        errors.RequiredId("planAreaId", input.PlanAreaId);
        errors.Required("nameAsWritten", input.NameAsWritten, FieldLimits.Name);
    }

    protected override PlanAreaLead Create(PlanAreaLeadInput input)
    {
        var lead = new PlanAreaLead { NameAsWritten = input.NameAsWritten };
        Apply(input, lead);
        return lead;
    }

    protected override void Apply(PlanAreaLeadInput input, PlanAreaLead entity)
    {
        entity.PlanAreaId = input.PlanAreaId;
        entity.NameAsWritten = input.NameAsWritten.Trim();
        entity.PersonId = input.PersonId;
        entity.OrganisationId = input.OrganisationId;
    }

    protected override Guid ParentId(PlanAreaLead entity) => entity.PlanAreaId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        PlanAreaLead entity,
        CancellationToken ct
    ) => LocalAreaLookup.OfPlanAreaAsync(db, entity.PlanAreaId, ct);

    protected override async Task ValidateReferencesAsync(
        PartnershipDbContext db,
        PlanAreaLead entity,
        Guid localAreaId,
        FieldErrors errors,
        CancellationToken ct
    )
    {
        await ReferenceChecks.CheckAsync(
            errors,
            "personId",
            entity.PersonId,
            id => LocalAreaLookup.OfPersonAsync(db, id, ct),
            localAreaId
        );
        await ReferenceChecks.CheckAsync(
            errors,
            "organisationId",
            entity.OrganisationId,
            id => LocalAreaLookup.OfOrganisationAsync(db, id, ct),
            localAreaId
        );
    }

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) => [];
}
