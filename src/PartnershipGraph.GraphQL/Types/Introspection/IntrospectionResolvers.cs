using PartnershipGraph.GraphQL.Coercion;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Types.Introspection;

/// <summary>The resolvers of the introspection types, reading the type model: <c>__Schema</c> over <see cref="Schema"/>, <c>__Type</c> over <see cref="GraphQLType"/>, and so on.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Schema-Introspection</remarks>
internal static class IntrospectionResolvers
{
    public static void Attach(IReadOnlyDictionary<string, NamedType> types)
    {
        foreach (var (coordinate, resolve) in Resolvers)
        {
            var parts = coordinate.Split('.');
            var field = ((ObjectType)types[parts[0]]).GetField(parts[1])!;
            field.Resolver = context => new ValueTask<object?>(resolve(context));
        }
    }

    private static readonly (
        string Coordinate,
        Func<IResolverContext, object?> Resolve
    )[] Resolvers =
    [
        ("__Schema.description", c => Source<Schema>(c).Description),
        ("__Schema.types", c => Source<Schema>(c).TypeMap.Values.ToList()),
        ("__Schema.queryType", c => Source<Schema>(c).QueryType),
        ("__Schema.mutationType", c => Source<Schema>(c).MutationType),
        ("__Schema.subscriptionType", c => Source<Schema>(c).SubscriptionType),
        (
            "__Schema.directives",
            c =>
                Source<Schema>(c)
                    .Directives.Where(d => IncludeDeprecated(c) || !d.IsDeprecated)
                    .ToList()
        ),
        ("__Type.kind", c => Source<GraphQLType>(c).Kind.ToSpecName()),
        ("__Type.name", c => (Source<GraphQLType>(c) as NamedType)?.Name),
        ("__Type.description", c => (Source<GraphQLType>(c) as NamedType)?.Description),
        ("__Type.specifiedByURL", c => (Source<GraphQLType>(c) as ScalarType)?.SpecifiedByUrl),
        (
            "__Type.fields",
            c =>
                Source<GraphQLType>(c) is ObjectOrInterfaceType t
                    ? t.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()
                    : null
        ),
        ("__Type.interfaces", c => (Source<GraphQLType>(c) as ObjectOrInterfaceType)?.Interfaces),
        (
            "__Type.possibleTypes",
            c =>
                Source<GraphQLType>(c) is NamedType { IsAbstractType: true } t
                    ? c.Schema.GetPossibleTypes(t)
                    : null
        ),
        (
            "__Type.enumValues",
            c =>
                Source<GraphQLType>(c) is EnumType t
                    ? t.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList()
                    : null
        ),
        (
            "__Type.inputFields",
            c =>
                Source<GraphQLType>(c) is InputObjectType t
                    ? t.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()
                    : null
        ),
        (
            "__Type.ofType",
            c =>
                Source<GraphQLType>(c) switch
                {
                    ListType l => l.OfType,
                    NonNullType n => n.OfType,
                    _ => null,
                }
        ),
        ("__Type.isOneOf", c => Source<GraphQLType>(c) is InputObjectType t ? t.IsOneOf : null),
        ("__Field.name", c => Source<FieldDefinition>(c).Name),
        ("__Field.description", c => Source<FieldDefinition>(c).Description),
        (
            "__Field.args",
            c =>
                Source<FieldDefinition>(c)
                    .Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated)
                    .ToList()
        ),
        ("__Field.type", c => Source<FieldDefinition>(c).Type),
        ("__Field.isDeprecated", c => Source<FieldDefinition>(c).IsDeprecated),
        ("__Field.deprecationReason", c => Source<FieldDefinition>(c).DeprecationReason),
        ("__InputValue.name", c => Source<InputValueDefinition>(c).Name),
        ("__InputValue.description", c => Source<InputValueDefinition>(c).Description),
        ("__InputValue.type", c => Source<InputValueDefinition>(c).Type),
        ("__InputValue.defaultValue", c => PrintDefaultValue(Source<InputValueDefinition>(c))),
        ("__InputValue.isDeprecated", c => Source<InputValueDefinition>(c).IsDeprecated),
        ("__InputValue.deprecationReason", c => Source<InputValueDefinition>(c).DeprecationReason),
        ("__EnumValue.name", c => Source<EnumValueDefinition>(c).Name),
        ("__EnumValue.description", c => Source<EnumValueDefinition>(c).Description),
        ("__EnumValue.isDeprecated", c => Source<EnumValueDefinition>(c).IsDeprecated),
        ("__EnumValue.deprecationReason", c => Source<EnumValueDefinition>(c).DeprecationReason),
        ("__Directive.name", c => Source<DirectiveDefinition>(c).Name),
        ("__Directive.description", c => Source<DirectiveDefinition>(c).Description),
        ("__Directive.isRepeatable", c => Source<DirectiveDefinition>(c).IsRepeatable),
        (
            "__Directive.locations",
            c => Source<DirectiveDefinition>(c).Locations.Select(l => l.ToSpecName()).ToList()
        ),
        (
            "__Directive.args",
            c =>
                Source<DirectiveDefinition>(c)
                    .Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated)
                    .ToList()
        ),
        ("__Directive.isDeprecated", c => Source<DirectiveDefinition>(c).IsDeprecated),
        ("__Directive.deprecationReason", c => Source<DirectiveDefinition>(c).DeprecationReason),
    ];

    private static T Source<T>(IResolverContext context) => (T)context.Source!;

    private static bool IncludeDeprecated(IResolverContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    /// <summary>The default value as GraphQL source, as graphql-js prints it: coerced, then converted back to a literal.</summary>
    internal static string? PrintDefaultValue(InputValueDefinition value)
    {
        if (value.DefaultValue is null)
        {
            return null;
        }
        if (!ValueFromAst.TryConvert(value.DefaultValue, value.Type, null, out var internalValue))
        {
            return ValuePrinter.Print(value.DefaultValue);
        }
        try
        {
            return AstFromValue.Convert(internalValue, value.Type) is { } literal
                ? ValuePrinter.Print(literal)
                : null;
        }
        catch (GraphQLError)
        {
            return ValuePrinter.Print(value.DefaultValue);
        }
    }
}
