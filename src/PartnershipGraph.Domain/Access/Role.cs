namespace PartnershipGraph.Domain.Access;

/// <summary>What a signed-in user or an API key may do.</summary>
public enum Role
{
    /// <summary>Reads and changes everything in its local-area scope, and manages users and keys.</summary>
    Admin,

    /// <summary>Bound to a person: changes only actions and KPIs in areas they lead or actions they are responsible for.</summary>
    AreaLead,

    /// <summary>Reads everything in its local-area scope; changes nothing.</summary>
    BoardMember,

    /// <summary>Reads published plans only; changes nothing.</summary>
    Partner,

    /// <summary>No credentials: reads published plans when anonymous access is turned on.</summary>
    Anonymous,
}
