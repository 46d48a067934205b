using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.GraphQL.Types.Introspection;

/// <summary>Builds the introspection types from their SDL and attaches their resolvers.</summary>
internal static class IntrospectionTypesFactory
{
    public static IReadOnlyDictionary<string, NamedType> Create()
    {
        var types = SchemaAssembler.AssembleBuiltInTypes(
            SchemaBuilder.FromSdl(IntrospectionSdl.Types)
        );
        IntrospectionResolvers.Attach(types);
        return types;
    }
}
