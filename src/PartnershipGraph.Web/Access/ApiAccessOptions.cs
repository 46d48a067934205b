using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Access;

/// <summary>Who may call the API; bound from the <c>Api</c> configuration section.</summary>
public sealed class ApiAccessOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Api";

    /// <summary>Whether callers without a key may read published plans (a public, read-only view).</summary>
    /// <value>Default: false.</value>
    public bool AllowAnonymous { get; set; }

    /// <summary>True when the actor may use the API at all: any actor with credentials, anonymous ones only when allowed.</summary>
    public bool Admits(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role != Role.Anonymous || AllowAnonymous;
    }
}
