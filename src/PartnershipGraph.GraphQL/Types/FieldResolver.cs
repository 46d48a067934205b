namespace PartnershipGraph.GraphQL.Types;

/// <summary>Computes the value of a field for one source object.</summary>
/// <remarks>https://spec.graphql.org/October2021/#ResolveFieldValue()</remarks>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
