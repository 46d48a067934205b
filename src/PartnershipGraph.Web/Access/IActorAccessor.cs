using PartnershipGraph.Domain.Access;

namespace PartnershipGraph.Web.Access;

/// <summary>Who the current request is from.</summary>
public interface IActorAccessor
{
    /// <summary>The current request's actor; <see cref="Actor.Anonymous"/> outside a request or without credentials.</summary>
    Actor Actor { get; }
}
