using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Configures one enum value.</summary>
public sealed class EnumValueBuilder
{
    internal EnumValueBuilder(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    internal string Name { get; }

    internal object? Value { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<DirectiveNode> Directives { get; } = [];

    internal EnumValueDefinitionNode? AstNode { get; set; }

    /// <summary>Sets the description (Markdown).</summary>
    public EnumValueBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the value deprecated (<c>@deprecated</c>).</summary>
    public EnumValueBuilder Deprecated(
        string reason = Types.BuiltInDirectives.DefaultDeprecationReason
    )
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    public EnumValueBuilder Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return this;
    }
}
