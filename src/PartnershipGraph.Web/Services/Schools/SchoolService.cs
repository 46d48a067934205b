using PartnershipGraph.Data;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Schools;

/// <summary>Creates, updates and deletes schools.</summary>
public sealed class SchoolService(ServiceContext context)
    : EntityService<School, SchoolInput>(context)
{
    protected override string EntityType => "School";

    protected override string ParentField => "localAreaId";

    protected override void Validate(SchoolInput input, FieldErrors errors)
    {
        errors.Required("name", input.Name, FieldLimits.Name);
        errors.MaxLength("urn", input.Urn, FieldLimits.Code);
        errors.Defined("phase", input.Phase);
        errors.Defined("type", input.Type);
        errors.MaxLength("locality", input.Locality, FieldLimits.Name);
        errors.MaxLength("notes", input.Notes, FieldLimits.Text);
    }

    protected override School Create(SchoolInput input)
    {
        var school = new School { Name = input.Name };
        Apply(input, school);
        return school;
    }

    protected override void Apply(SchoolInput input, School entity)
    {
        entity.LocalAreaId = input.LocalAreaId;
        entity.Name = input.Name.Trim();
        entity.Urn = input.Urn;
        entity.Phase = input.Phase;
        entity.IsPhaseInferred = entity.IsPhaseInferred && entity.Phase == input.Phase;
        entity.Type = input.Type;
        entity.TrustOrganisationId = input.TrustOrganisationId;
        entity.Locality = input.Locality;
        entity.Notes = input.Notes;
    }

    protected override Guid ParentId(School entity) => entity.LocalAreaId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        School entity,
        CancellationToken ct
    ) => ReferenceChecks.LocalAreaAsync(db, entity.LocalAreaId, ct);

    protected override Task ValidateReferencesAsync(
        PartnershipDbContext db,
        School entity,
        Guid localAreaId,
        FieldErrors errors,
        CancellationToken ct
    ) =>
        ReferenceChecks.CheckAsync(
            errors,
            "trustOrganisationId",
            entity.TrustOrganisationId,
            id => LocalAreaLookup.OfOrganisationAsync(db, id, ct),
            localAreaId
        );

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) =>
        [
            Referrer.Of("board seats", db.SchoolBoardSeats.Where(s => s.SchoolId == id)),
            Referrer.Of("action roles", db.SchoolActionRoles.Where(r => r.SchoolId == id)),
        ];
}
