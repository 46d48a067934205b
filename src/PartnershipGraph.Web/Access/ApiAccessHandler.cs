using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace PartnershipGraph.Web.Access;

/// <summary>Meets <see cref="ApiAccessRequirement"/> for authenticated callers, and for anonymous ones when the options allow them.</summary>
internal sealed class ApiAccessHandler(IOptionsMonitor<ApiAccessOptions> options)
    : AuthorizationHandler<ApiAccessRequirement>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context,
        ApiAccessRequirement requirement
    )
    {
        if (options.CurrentValue.Admits(ActorFactory.FromPrincipal(context.User)))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
