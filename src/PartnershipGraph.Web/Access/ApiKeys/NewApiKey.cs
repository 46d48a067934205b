using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Access.ApiKeys;

/// <summary>What a new key is for and what it may do.</summary>
/// <param name="Name">What the key is for, e.g. "ICB dashboard".</param>
/// <param name="Role">The key's role; not <see cref="Role.Anonymous"/>.</param>
/// <param name="LocalAreaId">The local area the key is limited to; null for every area (an area lead's key takes its person's area).</param>
/// <param name="PersonId">The person an <see cref="Role.AreaLead"/> key acts for; required for that role only.</param>
public sealed record NewApiKey(
    string Name,
    Role Role,
    Guid? LocalAreaId = null,
    Guid? PersonId = null
);
