using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Configures an interface type.</summary>
public sealed class InterfaceTypeBuilder : ComplexTypeBuilder<InterfaceTypeBuilder>
{
    internal InterfaceTypeBuilder(string name)
        : base(name) { }

    internal TypeResolver? TypeResolver { get; private set; }

    /// <summary>Names the object type of a resolved value; without it each object type's <c>IsTypeOf</c> decides.</summary>
    public InterfaceTypeBuilder ResolveType(TypeResolver resolver)
    {
        TypeResolver = resolver;
        return this;
    }
}
