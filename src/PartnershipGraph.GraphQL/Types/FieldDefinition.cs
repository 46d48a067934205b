using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>A field of an object or interface type: its name, arguments, type and resolver.</summary>
/// <remarks>https://spec.graphql.org/October2021/#FieldsDefinition</remarks>
public sealed class FieldDefinition
{
    private IReadOnlyList<InputValueDefinition> _arguments = [];
    private FieldResolver? _resolver;

    internal FieldDefinition(string name, GraphQLType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The field's description, in Markdown, or <see langword="null"/>.</summary>
    public string? Description { get; internal set; }

    /// <summary>The type of the field's value: an output type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The arguments, in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments
    {
        get => _arguments;
        internal set => _arguments = value;
    }

    /// <summary>Computes the field's value; <see langword="null"/> to use <see cref="DefaultFieldResolver"/>.</summary>
    public FieldResolver? Resolver
    {
        get => _resolver;
        internal set
        {
            _resolver = value;
            SourceResolver = null;
        }
    }

    /// <summary>A resolver of a leaf field that reads only the source, called without a resolver context; <see langword="null"/> for other fields.</summary>
    /// <remarks>When set, <see cref="Resolver"/> calls it too, so either gives the same value.</remarks>
    internal Func<object?, object?>? SourceResolver { get; private set; }

    /// <summary>The default resolver's reader of the field for the last CLR type of source the executor saw, or <see langword="null"/>.</summary>
    /// <remarks>
    /// Kept for the schema's lifetime, across requests. Type and reader are replaced together, so that resolvers
    /// running in parallel never read a mismatched pair.
    /// </remarks>
    internal SourceReader? LastReader { get; set; }

    /// <summary>Sets <see cref="Resolver"/> and <see cref="SourceResolver"/> to <paramref name="resolve"/>.</summary>
    internal void SetSourceResolver(Func<object?, object?> resolve)
    {
        Resolver = context => new ValueTask<object?>(resolve(context.Source));
        SourceResolver = resolve;
    }

    /// <summary>For a subscription root field, produces the event stream; <see langword="null"/> for other fields.</summary>
    /// <remarks>https://spec.graphql.org/October2021/#CreateSourceEventStream()</remarks>
    public SubscriptionResolver? Subscriber { get; internal set; }

    /// <summary>Why the field is deprecated, or <see langword="null"/> when it is not.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>Whether the field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied to the field's definition.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    /// <summary>The definition this field was built from, when built from SDL.</summary>
    public FieldDefinitionNode? AstNode { get; internal set; }

    /// <summary>The object or interface type that declares this field.</summary>
    public ObjectOrInterfaceType DeclaringType { get; internal set; } = null!;

    /// <summary>Free-form data for extensions of the engine (cost, projections, authorization); never shown in the schema.</summary>
    public IDictionary<string, object?> Metadata { get; } =
        new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The argument with this name, or <see langword="null"/>.</summary>
    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in _arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }
        return null;
    }

    /// <summary>The field's schema coordinate, such as <c>Query.plans</c>.</summary>
    public override string ToString() =>
        DeclaringType is null ? Name : $"{DeclaringType.Name}.{Name}";
}
