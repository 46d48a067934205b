namespace PartnershipGraph.GraphQL.Data;

/// <summary>How a filter reads the values it compares a member with: as another GraphQL scalar, converted to the member's type.</summary>
/// <param name="ScalarName">The GraphQL scalar of the values, such as <c>ID</c>.</param>
/// <param name="Convert">Converts one value; throws <see cref="FormatException"/> with a sentence saying what is wrong.</param>
internal sealed record DataValueConversion(string ScalarName, Func<object, object?> Convert);
