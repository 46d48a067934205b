using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Configures a field of an object or interface type: arguments, resolver, description, deprecation.</summary>
public sealed class FieldBuilder
{
    private readonly Func<string, string, FieldBuilder> _addSibling;

    internal FieldBuilder(string name, string type, Func<string, string, FieldBuilder> addSibling)
    {
        Name = name;
        TypeText = type;
        _addSibling = addSibling;
    }

    internal string Name { get; }

    internal string TypeText { get; }

    /// <summary>The type reference as parsed from SDL, when the definition came from SDL.</summary>
    internal Language.Ast.TypeNode? TypeAst { get; set; }

    internal string? DescriptionText { get; private set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal FieldResolver? Resolver { get; private set; }

    internal SubscriptionResolver? Subscriber { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<DirectiveNode> Directives { get; } = [];

    internal Dictionary<string, object?> Metadata { get; } = new(StringComparer.Ordinal);

    internal FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Sets the description (Markdown).</summary>
    public FieldBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds another field to the same type, so that field declarations can be chained.</summary>
    public FieldBuilder Field(string name, string type) => _addSibling(name, type);

    /// <summary>Adds another field with a synchronous resolver to the same type.</summary>
    public FieldBuilder Field(string name, string type, Func<IResolverContext, object?> resolve) =>
        _addSibling(name, type).Resolve(resolve);

    /// <summary>Adds an argument, such as <c>Argument("first", "Int", a => a.DefaultValue(10))</c>.</summary>
    public FieldBuilder Argument(
        string name,
        string type,
        Action<InputValueBuilder>? configure = null
    )
    {
        var argument = new InputValueBuilder(name, type);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    /// <summary>Sets the resolver.</summary>
    public FieldBuilder Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    /// <summary>Sets a synchronous resolver; a task it returns is awaited.</summary>
    public FieldBuilder Resolve(Func<IResolverContext, object?> resolver)
    {
        Resolver = Resolvers.FromFunc(resolver);
        return this;
    }

    /// <summary>Sets an asynchronous resolver.</summary>
    public FieldBuilder ResolveAsync<T>(Func<IResolverContext, Task<T>> resolver)
    {
        Resolver = async context => await resolver(context).ConfigureAwait(false);
        return this;
    }

    /// <summary>Sets the event stream of a subscription root field; each event becomes the source of the field's resolver.</summary>
    public FieldBuilder Subscribe<T>(Func<IResolverContext, IAsyncEnumerable<T>> subscriber)
    {
        Subscriber = context => new ValueTask<IAsyncEnumerable<object?>>(
            Resolvers.Box(subscriber(context))
        );
        return this;
    }

    /// <summary>Marks the field deprecated (<c>@deprecated</c>).</summary>
    public FieldBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    public FieldBuilder Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return this;
    }

    /// <summary>Attaches engine metadata (cost, projection hints, authorization) to the field.</summary>
    public FieldBuilder WithMetadata(string key, object? value)
    {
        Metadata[key] = value;
        return this;
    }
}
