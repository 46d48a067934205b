using System.Security.Claims;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access;

namespace PartnershipGraph.Web.Tests.Access;

public sealed class ActorFactoryTests
{
    private static readonly Guid PersonId = Guid.CreateVersion7();
    private static readonly Guid AreaId = Guid.CreateVersion7();

    [Theory]
    [InlineData(Role.Admin, false, false)]
    [InlineData(Role.AreaLead, true, true)]
    [InlineData(Role.BoardMember, false, true)]
    [InlineData(Role.Partner, false, false)]
    public void Maps_each_key_role_with_its_scope(Role role, bool person, bool area)
    {
        var key = new ApiKey
        {
            Name = "ICB dashboard",
            Role = role,
            PersonId = person ? PersonId : null,
            LocalAreaId = area ? AreaId : null,
            Prefix = "pgk_x",
            Hash = "h",
        };
        var principal = new ClaimsPrincipal(
            new ClaimsIdentity(ActorFactory.ClaimsOf(key), "ApiKey")
        );

        var actor = ActorFactory.FromPrincipal(principal);

        Assert.Equal(
            new Actor(
                "api-key:ICB dashboard",
                role,
                person ? PersonId : null,
                area ? AreaId : null
            ),
            actor
        );
        Assert.Equal(key.ToActor(), actor);
    }

    [Fact]
    public void An_unauthenticated_principal_is_anonymous()
    {
        var unauthenticated = new ClaimsPrincipal(
            new ClaimsIdentity([new Claim(ActorClaimTypes.Role, "Admin")])
        );

        Assert.Same(Actor.Anonymous, ActorFactory.FromPrincipal(unauthenticated));
        Assert.Same(Actor.Anonymous, ActorFactory.FromPrincipal(new ClaimsPrincipal()));
        Assert.Same(Actor.Anonymous, ActorFactory.FromPrincipal(null));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("admin")]
    [InlineData("Superuser")]
    public void A_role_that_is_not_exactly_a_role_name_gives_no_rights(string role)
    {
        var actor = ActorFactory.FromPrincipal(Principal(role));

        Assert.Equal(new Actor("someone", Role.Anonymous), actor);
    }

    [Fact]
    public void Several_roles_give_the_one_with_most_rights()
    {
        Assert.Equal(
            Role.BoardMember,
            ActorFactory.FromPrincipal(Principal("Partner", "BoardMember")).Role
        );
    }

    private static ClaimsPrincipal Principal(params string[] roles) =>
        new(
            new ClaimsIdentity(
                [
                    new Claim(ActorClaimTypes.Name, "someone"),
                    .. roles.Select(r => new Claim(ActorClaimTypes.Role, r)),
                ],
                "Test"
            )
        );
}
