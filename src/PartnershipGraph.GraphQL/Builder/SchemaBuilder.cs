using System.ComponentModel;
using System.Reflection;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Builds a <see cref="Schema"/> in code: types are declared by name, type references are written as in GraphQL and resolved by <see cref="Build"/>.</summary>
/// <remarks>
/// Declaring a type a second time with the same method extends it, so each feature can add its own fields to <c>Query</c>.
/// The root types are the object types named <c>Query</c>, <c>Mutation</c> and <c>Subscription</c> unless set otherwise.
/// </remarks>
/// <example><code>
/// var schema = new SchemaBuilder()
///     .Object("Query", t => t.Field("hello", "String!", r => "world").Argument("name", "String"))
///     .Build();
/// </code></example>
public sealed class SchemaBuilder
{
    private readonly List<object> _types = [];
    private readonly Dictionary<string, object> _typesByName = new(StringComparer.Ordinal);
    private readonly List<string> _duplicateNames = [];
    private readonly List<DirectiveBuilder> _directives = [];

    internal IReadOnlyList<object> Types => _types;

    internal IReadOnlyList<string> DuplicateNames => _duplicateNames;

    internal IReadOnlyList<DirectiveBuilder> DirectiveBuilders => _directives;

    internal string? DescriptionText { get; private set; }

    internal string? QueryTypeName { get; private set; }

    internal string? MutationTypeName { get; private set; }

    internal string? SubscriptionTypeName { get; private set; }

    internal SchemaDefinitionNode? SchemaAstNode { get; set; }

    internal List<GraphQLError> LoadErrors { get; } = [];

    /// <summary>A builder holding the types and directives of an SDL document, to which resolvers can then be attached.</summary>
    /// <exception cref="GraphQLError">The document is not valid GraphQL (a syntax error).</exception>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddTypeDefinitions(sdl);

    /// <summary>Declares the definitions and extensions of an SDL document; declaring a type already declared extends it.</summary>
    /// <exception cref="GraphQLError">The document is not valid GraphQL (a syntax error).</exception>
    public SchemaBuilder AddTypeDefinitions(string sdl) =>
        AddTypeDefinitions(Language.Parser.Parse(sdl));

    /// <summary>Declares the type-system definitions and extensions of a parsed document; executable definitions are ignored.</summary>
    public SchemaBuilder AddTypeDefinitions(DocumentNode document)
    {
        SdlLoader.Load(this, document);
        return this;
    }

    /// <summary>Sets the schema's description (Markdown).</summary>
    public SchemaBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Names the query root type.</summary>
    /// <value>By default the object type named <c>Query</c>.</value>
    public SchemaBuilder QueryType(string typeName)
    {
        QueryTypeName = typeName;
        return this;
    }

    /// <summary>Names the mutation root type.</summary>
    /// <value>By default the object type named <c>Mutation</c>, if any.</value>
    public SchemaBuilder MutationType(string typeName)
    {
        MutationTypeName = typeName;
        return this;
    }

    /// <summary>Names the subscription root type.</summary>
    /// <value>By default the object type named <c>Subscription</c>, if any.</value>
    public SchemaBuilder SubscriptionType(string typeName)
    {
        SubscriptionTypeName = typeName;
        return this;
    }

    /// <summary>Declares (or extends) an object type.</summary>
    public SchemaBuilder Object(string name, Action<ObjectTypeBuilder> configure)
    {
        configure(GetOrAdd(name, () => new ObjectTypeBuilder(name)));
        return this;
    }

    /// <summary>Declares (or extends) an interface type.</summary>
    public SchemaBuilder Interface(string name, Action<InterfaceTypeBuilder> configure)
    {
        configure(GetOrAdd(name, () => new InterfaceTypeBuilder(name)));
        return this;
    }

    /// <summary>Declares (or extends) a union type.</summary>
    public SchemaBuilder Union(string name, Action<UnionTypeBuilder> configure)
    {
        configure(GetOrAdd(name, () => new UnionTypeBuilder(name)));
        return this;
    }

    /// <summary>Declares (or extends) a union type of these object types.</summary>
    public SchemaBuilder Union(string name, params string[] objectTypes) =>
        Union(name, u => u.Types(objectTypes));

    /// <summary>Declares (or extends) an enum type.</summary>
    public SchemaBuilder Enum(string name, Action<EnumTypeBuilder> configure)
    {
        configure(GetOrAdd(name, () => new EnumTypeBuilder(name)));
        return this;
    }

    /// <summary>Declares an enum type from a CLR enum: members become SCREAMING_CASE values standing for the members.</summary>
    /// <remarks>A <see cref="DescriptionAttribute"/> gives descriptions and <see cref="ObsoleteAttribute"/> deprecations.</remarks>
    /// <param name="name">The type's name; by default the CLR enum's name.</param>
    /// <param name="configure">Further configuration, such as descriptions of values.</param>
    public SchemaBuilder Enum<TEnum>(string? name = null, Action<EnumTypeBuilder>? configure = null)
        where TEnum : struct, Enum
    {
        var typeName = name ?? typeof(TEnum).Name;
        var builder = GetOrAdd(typeName, () => new EnumTypeBuilder(typeName));
        if (typeof(TEnum).GetCustomAttribute<DescriptionAttribute>() is { } typeDescription)
        {
            builder.Description(typeDescription.Description);
        }
        foreach (var member in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            builder.Value(
                ScreamingCase.Convert(member.Name),
                member.GetValue(null),
                value =>
                {
                    if (member.GetCustomAttribute<DescriptionAttribute>() is { } description)
                    {
                        value.Description(description.Description);
                    }
                    if (member.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete)
                    {
                        value.Deprecated(
                            obsolete.Message ?? BuiltInDirectives.DefaultDeprecationReason
                        );
                    }
                }
            );
        }
        configure?.Invoke(builder);
        return this;
    }

    /// <summary>Declares (or extends) an input object type.</summary>
    public SchemaBuilder InputObject(string name, Action<InputObjectTypeBuilder> configure)
    {
        configure(GetOrAdd(name, () => new InputObjectTypeBuilder(name)));
        return this;
    }

    /// <summary>Adds a scalar type implemented as a class.</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        if (_typesByName.TryGetValue(scalar.Name, out var existing))
        {
            if (!ReferenceEquals(existing, scalar))
            {
                _duplicateNames.Add(scalar.Name);
            }
            return this;
        }
        _typesByName[scalar.Name] = scalar;
        _types.Add(scalar);
        return this;
    }

    /// <summary>Declares a custom scalar from delegates.</summary>
    public SchemaBuilder Scalar(string name, Action<ScalarTypeBuilder>? configure = null)
    {
        var builder = GetOrAdd(name, () => new ScalarTypeBuilder(name));
        configure?.Invoke(builder);
        return this;
    }

    /// <summary>Declares a custom directive.</summary>
    public SchemaBuilder Directive(string name, Action<DirectiveBuilder> configure)
    {
        var builder = _directives.Find(d => d.Name == name);
        if (builder is null)
        {
            builder = new DirectiveBuilder(name);
            _directives.Add(builder);
        }
        configure(builder);
        return this;
    }

    /// <summary>Resolves every type reference, validates the type system and returns the schema.</summary>
    /// <exception cref="SchemaBuildException">The schema is invalid; the exception lists every problem.</exception>
    public Schema Build() => new SchemaAssembler(this).Assemble();

    private T GetOrAdd<T>(string name, Func<T> create)
        where T : class
    {
        if (_typesByName.TryGetValue(name, out var existing))
        {
            if (existing is T same)
            {
                return same;
            }
            _duplicateNames.Add(name);
            var orphan = create();
            return orphan;
        }
        var builder = create();
        _typesByName[name] = builder;
        _types.Add(builder);
        return builder;
    }
}
