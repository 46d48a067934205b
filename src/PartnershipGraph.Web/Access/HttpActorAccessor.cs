using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Access;

/// <summary>Reads the actor from the current HTTP request's principal.</summary>
internal sealed class HttpActorAccessor(IHttpContextAccessor httpContextAccessor) : IActorAccessor
{
    public Actor Actor => ActorFactory.FromPrincipal(httpContextAccessor.HttpContext?.User);
}
