using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>What a user may do: their role, the person an area lead acts for, and the local area they are limited to.</summary>
/// <param name="Role">The role; not <see cref="Role.Anonymous"/>.</param>
/// <param name="PersonId">The person an <see cref="Role.AreaLead"/> acts for; required for that role only.</param>
/// <param name="LocalAreaId">The local area the user is limited to; null for every area (an area lead takes their person's area).</param>
public sealed record AdminUserAccess(Role Role, Guid? PersonId = null, Guid? LocalAreaId = null);
