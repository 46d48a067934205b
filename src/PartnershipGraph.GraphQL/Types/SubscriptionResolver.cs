namespace PartnershipGraph.GraphQL.Types;

/// <summary>Produces the stream of events of a subscription root field.</summary>
/// <remarks>https://spec.graphql.org/October2021/#ResolveFieldEventStream()</remarks>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolverContext context);
