namespace PartnershipGraph.GraphQL.Types;

/// <summary>An object type: a set of named fields, each yielding a value of some type.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Objects</remarks>
public sealed class ObjectType : ObjectOrInterfaceType
{
    internal ObjectType(string name, string? description = null)
        : base(name, description) { }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Decides whether a resolved value belongs to this type, when it is returned through an interface or union; <see langword="null"/> to leave it to the abstract type.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }

    /// <summary>The CLR type whose instances are values of this type, if one was given; used to resolve abstract types.</summary>
    public Type? RuntimeType { get; internal set; }
}
