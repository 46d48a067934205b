using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access;

namespace PartnershipGraph.Web.Tests.Access;

public sealed class ApiAccessOptionsTests
{
    [Fact]
    public void Anonymous_callers_are_refused_by_default_and_admitted_when_allowed()
    {
        Assert.False(new ApiAccessOptions().Admits(Actor.Anonymous));
        Assert.True(new ApiAccessOptions { AllowAnonymous = true }.Admits(Actor.Anonymous));
        Assert.True(new ApiAccessOptions().Admits(new Actor("api-key:x", Role.Partner)));
    }
}
