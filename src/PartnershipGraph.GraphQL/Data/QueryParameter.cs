using System.Linq.Expressions;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>Wraps a value in a closure field, as the C# compiler does for captured variables, so query providers send it as a parameter.</summary>
internal static class QueryParameter
{
    public static Expression Create(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(holder), "Value");
    }

    private sealed class Holder<T>(T value)
    {
#pragma warning disable CA1051 // A public field, like a compiler-generated closure, is what providers parameterise.
        public readonly T Value = value;
#pragma warning restore CA1051
    }
}
