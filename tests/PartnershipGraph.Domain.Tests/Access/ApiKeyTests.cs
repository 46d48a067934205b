using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Domain.Tests.Access;

public sealed class ApiKeyTests
{
    [Theory]
    [InlineData(Role.Admin, false)]
    [InlineData(Role.AreaLead, true)]
    [InlineData(Role.BoardMember, false)]
    [InlineData(Role.Partner, false)]
    public void Allows_a_person_for_area_leads_only(Role role, bool withPerson)
    {
        Assert.Null(ApiKey.FindScopeProblem(role, withPerson ? Guid.CreateVersion7() : null));
        Assert.NotNull(ApiKey.FindScopeProblem(role, withPerson ? null : Guid.CreateVersion7()));
    }

    [Fact]
    public void Refuses_the_anonymous_role()
    {
        Assert.NotNull(ApiKey.FindScopeProblem(Role.Anonymous, null));
    }

    [Fact]
    public void Acts_as_its_role_and_scope_under_its_name()
    {
        var person = Guid.CreateVersion7();
        var area = Guid.CreateVersion7();
        var key = new ApiKey
        {
            Name = "SEND lead",
            Role = Role.AreaLead,
            PersonId = person,
            LocalAreaId = area,
            Prefix = "pgk_x",
            Hash = "h",
        };

        Assert.Equal(new Actor("api-key:SEND lead", Role.AreaLead, person, area), key.ToActor());
        Assert.False(key.IsRevoked);
        key.RevokedAt = DateTimeOffset.UnixEpoch;
        Assert.True(key.IsRevoked);
    }
}
