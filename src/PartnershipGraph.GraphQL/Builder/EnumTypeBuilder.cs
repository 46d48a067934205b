using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Configures an enum type.</summary>
public sealed class EnumTypeBuilder
{
    internal EnumTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<EnumValueBuilder> Values { get; } = [];

    internal List<DirectiveNode> Directives { get; } = [];

    internal TypeDefinitionOrExtensionNode? AstNode { get; set; }

    /// <summary>Sets the description (Markdown).</summary>
    public EnumTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value whose CLR value is its name.</summary>
    public EnumTypeBuilder Value(string name, Action<EnumValueBuilder>? configure = null) =>
        Value(name, name, configure);

    /// <summary>Adds a value standing for a CLR value.</summary>
    public EnumTypeBuilder Value(
        string name,
        object? value,
        Action<EnumValueBuilder>? configure = null
    )
    {
        var builder = new EnumValueBuilder(name, value);
        configure?.Invoke(builder);
        Values.Add(builder);
        return this;
    }

    /// <summary>Configures a value added earlier (for example by <c>Enum&lt;TEnum&gt;()</c>).</summary>
    public EnumTypeBuilder Configure(string name, Action<EnumValueBuilder> configure)
    {
        var value =
            Values.Find(v => v.Name == name)
            ?? throw new ArgumentException(
                $"Enum \"{Name}\" has no value \"{name}\".",
                nameof(name)
            );
        configure(value);
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    public EnumTypeBuilder Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return this;
    }
}
