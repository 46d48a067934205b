namespace PartnershipGraph.GraphQL.Types;

/// <summary>Returns the name of the object type of a value returned for an abstract type, or <see langword="null"/> when it cannot tell.</summary>
/// <remarks>https://spec.graphql.org/October2021/#ResolveAbstractType()</remarks>
public delegate string? TypeResolver(
    object value,
    IResolverContext context,
    IAbstractType abstractType
);
