namespace PartnershipGraph.Domain.Access;

/// <summary>Who is asking: a signed-in user, an API key or an anonymous caller, with the role and scope that decide what they may see and change.</summary>
/// <param name="Name">The name recorded in audit entries, e.g. "jane@example.org" or "api-key:ICB dashboard".</param>
/// <param name="Role">The role.</param>
/// <param name="PersonId">The person an area lead is bound to; null for other roles.</param>
/// <param name="LocalAreaId">The local area the actor is limited to; null for every local area.</param>
public sealed record Actor(string Name, Role Role, Guid? PersonId = null, Guid? LocalAreaId = null)
{
    /// <summary>The caller with no credentials.</summary>
    public static Actor Anonymous { get; } = new("anonymous", Role.Anonymous);

    /// <summary>The system itself (start-up seeding, migrations): every right, no scope.</summary>
    public static Actor System { get; } = new("system", Role.Admin);

    /// <summary>True when the actor may read unpublished plans.</summary>
    public bool ReadsUnpublished => Role is Role.Admin or Role.AreaLead or Role.BoardMember;

    /// <summary>True when the actor's scope includes the local area.</summary>
    public bool CanSee(Guid localAreaId) => LocalAreaId is null || LocalAreaId == localAreaId;
}
