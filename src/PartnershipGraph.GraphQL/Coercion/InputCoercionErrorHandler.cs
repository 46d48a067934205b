namespace PartnershipGraph.GraphQL.Coercion;

/// <summary>Receives each problem found while coercing an input value: the path inside the value, the offending value and the error.</summary>
public delegate void InputCoercionErrorHandler(
    IReadOnlyList<object> path,
    object? invalidValue,
    GraphQLError error
);
