using System.Linq.Expressions;

namespace PartnershipGraph.GraphQL.Data.Filtering;

/// <summary>Helpers for members that may or may not hold null.</summary>
internal static class Nullability
{
    public static bool CanBeNull(Type type) =>
        !type.IsValueType || System.Nullable.GetUnderlyingType(type) is not null;

    /// <summary>The type itself when it can hold null, else its <see cref="Nullable{T}"/>.</summary>
    public static Type MakeNullable(Type type) =>
        CanBeNull(type) ? type : typeof(Nullable<>).MakeGenericType(type);

    /// <summary>The expression converted to the type, when it is not of it already.</summary>
    public static Expression ConvertTo(this Expression expression, Type type) =>
        expression.Type == type ? expression : Expression.Convert(expression, type);
}
