using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The scalars every schema knows: <c>Int</c>, <c>Float</c>, <c>String</c>, <c>Boolean</c> and <c>ID</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Scalars.Built-in-Scalars</remarks>
public static class BuiltInScalars
{
    /// <summary>A signed 32-bit integer (<see cref="int"/>).</summary>
    public static ScalarType Int { get; } = new IntType { IsBuiltIn = true };

    /// <summary>A finite double-precision number (<see cref="double"/>).</summary>
    public static ScalarType Float { get; } = new FloatType { IsBuiltIn = true };

    /// <summary>UTF-8 text (<see cref="string"/>).</summary>
    public static ScalarType String { get; } = new StringType { IsBuiltIn = true };

    /// <summary><c>true</c> or <c>false</c> (<see cref="bool"/>).</summary>
    public static ScalarType Boolean { get; } = new BooleanType { IsBuiltIn = true };

    /// <summary>An opaque identifier, written as a string (<see cref="string"/>).</summary>
    public static ScalarType ID { get; } = new IdType { IsBuiltIn = true };

    /// <summary>All five, in graphql-js's order.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The built-in scalar with this name, or <see langword="null"/>.</summary>
    public static ScalarType? Get(string name) => All.FirstOrDefault(s => s.Name == name);
}
