using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>A leaf type whose values are serialized to and parsed from a primitive representation.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Scalars.
/// Each method throws <see cref="GraphQLError"/> with a message saying why the value cannot be represented.
/// </remarks>
public abstract class ScalarType : NamedType
{
    /// <summary>Creates a scalar type.</summary>
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <inheritdoc/>
    public sealed override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the specification of this scalar's behaviour, shown by <c>@specifiedBy</c>; <see langword="null"/> for none.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>Converts a value a resolver returned to the value written in the response (result coercion).</summary>
    /// <remarks>https://spec.graphql.org/October2021/#sec-Scalars.Result-Coercion-and-Serialization</remarks>
    public abstract object? Serialize(object? value);

    /// <summary>Converts an input value given as a variable (already in CLR form) to the scalar's internal value (input coercion).</summary>
    /// <remarks>https://spec.graphql.org/October2021/#sec-Scalars.Input-Coercion</remarks>
    public abstract object? ParseValue(object? value);

    /// <summary>Converts a literal written in a document to the scalar's internal value (input coercion).</summary>
    /// <value>By default the literal is converted to an untyped CLR value and given to <see cref="ParseValue"/>.</value>
    public virtual object? ParseLiteral(
        ValueNode valueNode,
        IReadOnlyDictionary<string, object?>? variables = null
    ) => ParseValue(ValueFromAstUntyped.Convert(valueNode, variables));
}
