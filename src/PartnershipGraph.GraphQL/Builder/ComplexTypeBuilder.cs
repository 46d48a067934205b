using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>What object and interface type builders share: description, fields and implemented interfaces.</summary>
public abstract class ComplexTypeBuilder<TSelf>
    where TSelf : ComplexTypeBuilder<TSelf>
{
    private protected ComplexTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<FieldBuilder> Fields { get; } = [];

    internal List<string> InterfaceNames { get; } = [];

    internal List<DirectiveNode> Directives { get; } = [];

    internal TypeDefinitionOrExtensionNode? AstNode { get; set; }

    /// <summary>Sets the description (Markdown).</summary>
    public TSelf Description(string description)
    {
        DescriptionText = description;
        return (TSelf)this;
    }

    /// <summary>Declares that the type implements these interfaces.</summary>
    public TSelf Implements(params string[] interfaces)
    {
        InterfaceNames.AddRange(interfaces);
        return (TSelf)this;
    }

    /// <summary>Adds a field whose type is written as in GraphQL (<c>"[Kpi!]!"</c>); configure it with the returned builder.</summary>
    public FieldBuilder Field(string name, string type)
    {
        var field = new FieldBuilder(name, type, Field);
        Fields.Add(field);
        return field;
    }

    /// <summary>The field declared earlier with this name (e.g. by SDL), to attach a resolver or more configuration to it.</summary>
    /// <exception cref="InvalidOperationException">No field of that name has been declared on the type.</exception>
    public FieldBuilder Field(string name) =>
        Fields.FindLast(field => field.Name == name)
        ?? throw new InvalidOperationException(
            $"Type \"{Name}\" declares no field \"{name}\" yet; declare it with Field(name, type) or in SDL first."
        );

    /// <summary>Adds a field with a synchronous resolver; a task it returns is awaited.</summary>
    public FieldBuilder Field(
        string name,
        string type,
        Func<Types.IResolverContext, object?> resolve
    ) => Field(name, type).Resolve(resolve);

    /// <summary>Applies a directive to the definition.</summary>
    public TSelf Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return (TSelf)this;
    }
}
