using Microsoft.AspNetCore.Authorization;

namespace PartnershipGraph.Web.Access;

/// <summary>The <see cref="AccessPolicies.Api"/> requirement: the caller is admitted by <see cref="ApiAccessOptions"/>.</summary>
internal sealed class ApiAccessRequirement : IAuthorizationRequirement;
