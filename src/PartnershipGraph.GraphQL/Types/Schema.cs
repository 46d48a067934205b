using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>A GraphQL schema: its root operation types, every named type reachable from them, and its directives.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Schema.
/// Built by <see cref="Builder.SchemaBuilder"/>, which validates it; a <see cref="Schema"/> is immutable and valid.
/// </remarks>
public sealed partial class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<string, Implementations> _implementations = new(
        StringComparer.Ordinal
    );
    private readonly System.Collections.Concurrent.ConcurrentDictionary<
        NamedType,
        HashSet<NamedType>
    > _subTypes = new(ReferenceEqualityComparer.Instance);

    internal Schema(
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        string? description = null
    )
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Directives = directives;
        Description = description;
        _typeMap = CollectTypes(queryType, mutationType, subscriptionType, types, directives);
        _directivesByName = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
        }
        IndexImplementations();
    }

    /// <summary>The schema's description, in Markdown, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The root type of query operations.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The root type of mutation operations, or <see langword="null"/> when the schema has none.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The root type of subscription operations, or <see langword="null"/> when the schema has none.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type of the schema by name, in the order graphql-js collects them (explicit types, then roots, then directive arguments, then introspection).</summary>
    public IReadOnlyDictionary<string, NamedType> TypeMap => _typeMap;

    /// <summary>The directives the schema supports, including the built-in ones.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The schema definition this schema was built from, when built from SDL.</summary>
    public SchemaDefinitionNode? AstNode { get; internal set; }

    /// <summary>The named type with this name, or <see langword="null"/>.</summary>
    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    /// <summary>The directive with this name, or <see langword="null"/>.</summary>
    public DirectiveDefinition? GetDirective(string name) =>
        _directivesByName.GetValueOrDefault(name);

    /// <summary>The root type of an operation type, or <see langword="null"/> when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) =>
        operation switch
        {
            OperationType.Query => QueryType,
            OperationType.Mutation => MutationType,
            OperationType.Subscription => SubscriptionType,
            _ => null,
        };

    /// <summary>The object types a value of the abstract type may have: a union's members or an interface's implementing objects.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        abstractType switch
        {
            UnionType union => union.Types,
            InterfaceType iface => GetImplementations(iface).Objects,
            _ => [],
        };

    /// <summary>The object and interface types that declare they implement the interface.</summary>
    public Implementations GetImplementations(InterfaceType interfaceType) =>
        _implementations.GetValueOrDefault(interfaceType.Name) ?? Implementations.Empty;

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union, or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        abstractType is UnionType or InterfaceType
        && _subTypes
            .GetOrAdd(abstractType, static (type, schema) => schema.CollectSubTypes(type), this)
            .Contains(maybeSubType);

    private HashSet<NamedType> CollectSubTypes(NamedType abstractType)
    {
        var set = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        if (abstractType is UnionType union)
        {
            set.UnionWith(union.Types);
        }
        else if (abstractType is InterfaceType iface)
        {
            var implementations = GetImplementations(iface);
            set.UnionWith(implementations.Objects);
            set.UnionWith(implementations.Interfaces);
        }
        return set;
    }

    /// <summary>Whether the object type is a possible type of the abstract type.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType possibleType) =>
        IsSubType(abstractType, possibleType);

    /// <summary>The type a type reference in a document names, or <see langword="null"/> when its named type is unknown.</summary>
    public GraphQLType? TypeFromAst(TypeNode typeNode) =>
        typeNode switch
        {
            NamedTypeNode named => GetType(named.Name.Value),
            ListTypeNode list => TypeFromAst(list.Type) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => TypeFromAst(nonNull.Type) is { } inner
                ? new NonNullType(inner)
                : null,
            _ => null,
        };

    private void IndexImplementations()
    {
        foreach (var type in _typeMap.Values)
        {
            if (type is not ObjectOrInterfaceType complex)
            {
                continue;
            }
            foreach (var iface in complex.Interfaces)
            {
                if (!_implementations.TryGetValue(iface.Name, out var entry))
                {
                    entry = new Implementations(new List<ObjectType>(), new List<InterfaceType>());
                    _implementations[iface.Name] = entry;
                }
                if (complex is ObjectType obj)
                {
                    ((List<ObjectType>)entry.Objects).Add(obj);
                }
                else
                {
                    ((List<InterfaceType>)entry.Interfaces).Add((InterfaceType)complex);
                }
            }
        }
    }
}
