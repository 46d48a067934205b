using System.Linq.Expressions;
using PartnershipGraph.GraphQL.Data.Filtering.Handlers;

namespace PartnershipGraph.GraphQL.Data.Filtering;

/// <summary>The operations of each operation filter input, as HotChocolate names them, with their handlers.</summary>
internal static class FilterOperations
{
    private static readonly (string Name, IFilterOperationHandler Handler)[] Equality =
    [
        ("eq", new EqualsOperationHandler(negate: false)),
        ("neq", new EqualsOperationHandler(negate: true)),
    ];

    private static readonly (string Name, IFilterOperationHandler Handler)[] Membership =
    [
        ("in", new InOperationHandler(negate: false)),
        ("nin", new InOperationHandler(negate: true)),
    ];

    private static readonly (string Name, IFilterOperationHandler Handler)[] Text =
    [
        ("contains", new StringOperationHandler(nameof(string.Contains), negate: false)),
        ("ncontains", new StringOperationHandler(nameof(string.Contains), negate: true)),
        ("startsWith", new StringOperationHandler(nameof(string.StartsWith), negate: false)),
        ("nstartsWith", new StringOperationHandler(nameof(string.StartsWith), negate: true)),
        ("endsWith", new StringOperationHandler(nameof(string.EndsWith), negate: false)),
        ("nendsWith", new StringOperationHandler(nameof(string.EndsWith), negate: true)),
    ];

    private static readonly (string Name, IFilterOperationHandler Handler)[] Comparison =
    [
        ("gt", new ComparisonOperationHandler(ExpressionType.GreaterThan, negate: false)),
        ("ngt", new ComparisonOperationHandler(ExpressionType.GreaterThan, negate: true)),
        ("gte", new ComparisonOperationHandler(ExpressionType.GreaterThanOrEqual, negate: false)),
        ("ngte", new ComparisonOperationHandler(ExpressionType.GreaterThanOrEqual, negate: true)),
        ("lt", new ComparisonOperationHandler(ExpressionType.LessThan, negate: false)),
        ("nlt", new ComparisonOperationHandler(ExpressionType.LessThan, negate: true)),
        ("lte", new ComparisonOperationHandler(ExpressionType.LessThanOrEqual, negate: false)),
        ("nlte", new ComparisonOperationHandler(ExpressionType.LessThanOrEqual, negate: true)),
    ];

    /// <summary>The operations for a kind of leaf, in the order they appear in the input type.</summary>
    public static IReadOnlyList<(string Name, IFilterOperationHandler Handler)> For(
        ScalarKind kind
    ) =>
        kind switch
        {
            ScalarKind.String => [.. Equality, Text[0], Text[1], .. Membership, .. Text[2..]],
            ScalarKind.Boolean => Equality,
            ScalarKind.Uuid or ScalarKind.Enum => [.. Equality, .. Membership],
            _ => [.. Equality, .. Membership, .. Comparison],
        };

    /// <summary>The operations of a leaf filtered as another scalar, whose values are converted to the leaf's type.</summary>
    public static IReadOnlyList<(string Name, IFilterOperationHandler Handler)> Converted { get; } =
    [.. Equality, .. Membership];

    /// <summary>The GraphQL scalar of a kind of leaf (an enum's is its own name).</summary>
    public static string ScalarName(ScalarKind kind) =>
        kind switch
        {
            ScalarKind.Uuid => "UUID",
            ScalarKind.Enum => throw new ArgumentOutOfRangeException(nameof(kind)),
            _ => kind.ToString(),
        };

    /// <summary>The name of the operation filter input for a leaf filtered as another scalar: <c>ID</c> gives <c>IdOperationFilterInput</c>.</summary>
    public static string InputName(string scalarName) =>
        $"{scalarName[0]}{scalarName[1..].ToLowerInvariant()}OperationFilterInput";

    /// <summary>The name of the operation filter input for a leaf: <c>StringOperationFilterInput</c>, <c>RagOperationFilterInput</c>.</summary>
    public static string InputName(ScalarKind kind, string? enumName) =>
        kind switch
        {
            ScalarKind.Enum => $"{enumName}OperationFilterInput",
            ScalarKind.Uuid => "UuidOperationFilterInput",
            _ => $"{kind}OperationFilterInput",
        };
}
