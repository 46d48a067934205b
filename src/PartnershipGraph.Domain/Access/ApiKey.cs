namespace PartnershipGraph.Domain.Access;

/// <summary>A revocable credential for the API: only its SHA-256 hash is stored; the key itself is shown once, when it is created.</summary>
public sealed class ApiKey
{
    /// <summary>The key's record id (not the secret).</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>What the key is for, e.g. "ICB dashboard"; the actor name is "api-key:" followed by it.</summary>
    public required string Name { get; set; }

    /// <summary>The role every request made with the key has.</summary>
    public Role Role { get; set; }

    /// <summary>The person an <see cref="Role.AreaLead"/> key acts for; null for other roles.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The local area the key is limited to; null for every local area.</summary>
    public Guid? LocalAreaId { get; set; }

    /// <summary>The key's first characters, e.g. "pgk_Ab12Cd34": enough to recognise it in a list, too few to use it.</summary>
    public required string Prefix { get; set; }

    /// <summary>The SHA-256 hash of the whole key, as lowercase hex.</summary>
    public required string Hash { get; set; }

    /// <summary>When the key was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the key was revoked; null while it is usable.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>When the key was last used, recorded at most about once a minute.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>True once the key has been revoked.</summary>
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>The name recorded in audit entries for requests made with the key.</summary>
    public string ActorName => $"api-key:{Name}";

    /// <summary>Who a request made with the key is.</summary>
    public Actor ToActor() => new(ActorName, Role, PersonId, LocalAreaId);

    /// <summary>Explains why a key may not have this role and person; null when it may.</summary>
    public static string? FindScopeProblem(Role role, Guid? personId) =>
        role switch
        {
            Role.Anonymous =>
                "A key cannot have the Anonymous role: anonymous callers send no key.",
            Role.AreaLead when personId is null => "An AreaLead key must be bound to a person.",
            not Role.AreaLead when personId is not null =>
                $"Only an AreaLead key is bound to a person; a {role} key is not.",
            _ => null,
        };
}
