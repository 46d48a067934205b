using PartnershipGraph.Data;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Organisations;

/// <summary>Creates, updates and deletes organisations.</summary>
public sealed class OrganisationService(ServiceContext context)
    : EntityService<Organisation, OrganisationInput>(context)
{
    protected override string EntityType => "Organisation";

    protected override string ParentField => "localAreaId";

    protected override void Validate(OrganisationInput input, FieldErrors errors)
    {
        errors.Required("name", input.Name, FieldLimits.Name);
        errors.MaxLength("shortName", input.ShortName, FieldLimits.Code);
        errors.Defined("kind", input.Kind);
        errors.MaxLength("notes", input.Notes, FieldLimits.Text);
    }

    protected override Organisation Create(OrganisationInput input)
    {
        var organisation = new Organisation { Name = input.Name };
        Apply(input, organisation);
        return organisation;
    }

    protected override void Apply(OrganisationInput input, Organisation entity)
    {
        entity.LocalAreaId = input.LocalAreaId;
        entity.Name = input.Name.Trim();
        entity.ShortName = input.ShortName;
        entity.Kind = input.Kind;
        entity.Notes = input.Notes;
    }

    protected override Guid ParentId(Organisation entity) => entity.LocalAreaId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        Organisation entity,
        CancellationToken ct
    ) => ReferenceChecks.LocalAreaAsync(db, entity.LocalAreaId, ct);

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) =>
        [
            Referrer.Of("people", db.People.Where(p => p.OrganisationId == id)),
            Referrer.Of("schools", db.Schools.Where(s => s.TrustOrganisationId == id)),
            Referrer.Of("actions", db.Actions.Where(a => a.LeadOrganisationId == id)),
            Referrer.Of("plan area leads", db.PlanAreaLeads.Where(l => l.OrganisationId == id)),
        ];
}
