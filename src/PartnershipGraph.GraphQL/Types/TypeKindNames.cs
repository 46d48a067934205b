namespace PartnershipGraph.GraphQL.Types;

/// <summary>The spec's names of <see cref="TypeKind"/> values, as <c>__TypeKind</c> shows them.</summary>
public static class TypeKindNames
{
    /// <summary>The spec's name of the kind, such as <c>INPUT_OBJECT</c>.</summary>
    public static string ToSpecName(this TypeKind kind) =>
        kind switch
        {
            TypeKind.Scalar => "SCALAR",
            TypeKind.Object => "OBJECT",
            TypeKind.Interface => "INTERFACE",
            TypeKind.Union => "UNION",
            TypeKind.Enum => "ENUM",
            TypeKind.InputObject => "INPUT_OBJECT",
            TypeKind.List => "LIST",
            TypeKind.NonNull => "NON_NULL",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
}
