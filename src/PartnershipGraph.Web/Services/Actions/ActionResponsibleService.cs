using PartnershipGraph.Data;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Services.Actions;

/// <summary>Adds, changes and removes the people and groups responsible for actions; administrators only.</summary>
public sealed class ActionResponsibleService(ServiceContext context)
    : EntityService<ActionResponsible, ActionResponsibleInput>(context)
{
    protected override string EntityType => "ActionResponsible";

    protected override string ParentField => "actionId";

    protected override void Validate(ActionResponsibleInput input, FieldErrors errors)
    {
        errors.RequiredId("actionId", input.ActionId);
        errors.Required("nameAsWritten", input.NameAsWritten, FieldLimits.Name);
        if (input.IsGroup && input.PersonId is not null)
        {
            errors.Add("personId", "A group has no person.");
        }
    }

    protected override ActionResponsible Create(ActionResponsibleInput input)
    {
        var responsible = new ActionResponsible { NameAsWritten = input.NameAsWritten };
        Apply(input, responsible);
        return responsible;
    }

    protected override void Apply(ActionResponsibleInput input, ActionResponsible entity)
    {
        entity.ActionId = input.ActionId;
        entity.NameAsWritten = input.NameAsWritten.Trim();
        entity.PersonId = input.PersonId;
        entity.IsGroup = input.IsGroup;
    }

    protected override Guid ParentId(ActionResponsible entity) => entity.ActionId;

    protected override Task<Guid?> FindLocalAreaAsync(
        PartnershipDbContext db,
        ActionResponsible entity,
        CancellationToken ct
    ) => LocalAreaLookup.OfActionAsync(db, entity.ActionId, ct);

    protected override Task ValidateReferencesAsync(
        PartnershipDbContext db,
        ActionResponsible entity,
        Guid localAreaId,
        FieldErrors errors,
        CancellationToken ct
    ) =>
        ReferenceChecks.CheckAsync(
            errors,
            "personId",
            entity.PersonId,
            id => LocalAreaLookup.OfPersonAsync(db, id, ct),
            localAreaId
        );

    protected override IEnumerable<Referrer> ReferrersOf(PartnershipDbContext db, Guid id) => [];
}
