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
        foreach (var (coordinate, resolve) in SourceResolvers)
        {
            var parts = coordinate.Split('.');
            ((ObjectType)types[parts[0]]).GetField(parts[1])!.SetSourceResolver(resolve);
        }
    }

    /// <summary>Resolvers that read the arguments or the schema as well as the source.</summary>
    private static readonly (
        string Coordinate,
        Func<IResolverContext, object?> Resolve
    )[] Resolvers =
    [
        (
            "__Schema.directives",
            c =>
                Source<Schema>(c)
                    .Directives.Where(d => IncludeDeprecated(c) || !d.IsDeprecated)
                    .ToList()
        ),
        (
            "__Type.fields",
            c =>
                Source<GraphQLType>(c) is ObjectOrInterfaceType t
                    ? t.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()
                    : null
        ),
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
            "__Field.args",
            c =>
                Source<FieldDefinition>(c)
                    .Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated)
                    .ToList()
        ),
        (
            "__Directive.args",
            c =>
                Source<DirectiveDefinition>(c)
                    .Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated)
                    .ToList()
        ),
    ];

    /// <summary>Resolvers that read only the source, which the executor calls without a resolver context for leaf fields.</summary>
    private static readonly (string Coordinate, Func<object?, object?> Resolve)[] SourceResolvers =
    [
        ("__Schema.description", s => ((Schema)s!).Description),
        ("__Schema.types", s => ((Schema)s!).TypeMap.Values.ToList()),
        ("__Schema.queryType", s => ((Schema)s!).QueryType),
        ("__Schema.mutationType", s => ((Schema)s!).MutationType),
        ("__Schema.subscriptionType", s => ((Schema)s!).SubscriptionType),
        ("__Type.kind", s => ((GraphQLType)s!).Kind.ToSpecName()),
        ("__Type.name", s => (((GraphQLType)s!) as NamedType)?.Name),
        ("__Type.description", s => (((GraphQLType)s!) as NamedType)?.Description),
        ("__Type.specifiedByURL", s => (((GraphQLType)s!) as ScalarType)?.SpecifiedByUrl),
        ("__Type.interfaces", s => (((GraphQLType)s!) as ObjectOrInterfaceType)?.Interfaces),
        (
            "__Type.ofType",
            s =>
                ((GraphQLType)s!) switch
                {
                    ListType l => l.OfType,
                    NonNullType n => n.OfType,
                    _ => null,
                }
        ),
        ("__Type.isOneOf", s => ((GraphQLType)s!) is InputObjectType t ? t.IsOneOf : null),
        ("__Field.name", s => ((FieldDefinition)s!).Name),
        ("__Field.description", s => ((FieldDefinition)s!).Description),
        ("__Field.type", s => ((FieldDefinition)s!).Type),
        ("__Field.isDeprecated", s => Box(((FieldDefinition)s!).IsDeprecated)),
        ("__Field.deprecationReason", s => ((FieldDefinition)s!).DeprecationReason),
        ("__InputValue.name", s => ((InputValueDefinition)s!).Name),
        ("__InputValue.description", s => ((InputValueDefinition)s!).Description),
        ("__InputValue.type", s => ((InputValueDefinition)s!).Type),
        ("__InputValue.defaultValue", s => PrintDefaultValue(((InputValueDefinition)s!))),
        ("__InputValue.isDeprecated", s => Box(((InputValueDefinition)s!).IsDeprecated)),
        ("__InputValue.deprecationReason", s => ((InputValueDefinition)s!).DeprecationReason),
        ("__EnumValue.name", s => ((EnumValueDefinition)s!).Name),
        ("__EnumValue.description", s => ((EnumValueDefinition)s!).Description),
        ("__EnumValue.isDeprecated", s => Box(((EnumValueDefinition)s!).IsDeprecated)),
        ("__EnumValue.deprecationReason", s => ((EnumValueDefinition)s!).DeprecationReason),
        ("__Directive.name", s => ((DirectiveDefinition)s!).Name),
        ("__Directive.description", s => ((DirectiveDefinition)s!).Description),
        ("__Directive.isRepeatable", s => Box(((DirectiveDefinition)s!).IsRepeatable)),
        (
            "__Directive.locations",
            s => ((DirectiveDefinition)s!).Locations.Select(l => l.ToSpecName()).ToList()
        ),
        ("__Directive.isDeprecated", s => Box(((DirectiveDefinition)s!).IsDeprecated)),
        ("__Directive.deprecationReason", s => ((DirectiveDefinition)s!).DeprecationReason),
    ];

    private static readonly object True = true;
    private static readonly object False = false;

    private static object Box(bool value) => value ? True : False;

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
