using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Configures an argument or an input field.</summary>
public sealed class InputValueBuilder
{
    internal InputValueBuilder(string name, string type)
    {
        Name = name;
        TypeText = type;
    }

    internal string Name { get; }

    internal string TypeText { get; }

    /// <summary>The type reference as parsed from SDL, when the definition came from SDL.</summary>
    internal Language.Ast.TypeNode? TypeAst { get; set; }

    internal string? DescriptionText { get; private set; }

    internal bool HasDefault { get; private set; }

    internal object? DefaultClrValue { get; private set; }

    internal ValueNode? DefaultLiteral { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<DirectiveNode> Directives { get; } = [];

    internal InputValueDefinitionNode? AstNode { get; set; }

    /// <summary>Sets the description (Markdown).</summary>
    public InputValueBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Sets the default value as a CLR value (converted to a literal of the value's type when the schema is built).</summary>
    public InputValueBuilder DefaultValue(object? value)
    {
        HasDefault = true;
        DefaultClrValue = value;
        DefaultLiteral = null;
        return this;
    }

    /// <summary>Sets the default value as a literal.</summary>
    public InputValueBuilder DefaultValueLiteral(ValueNode literal)
    {
        HasDefault = true;
        DefaultLiteral = literal;
        DefaultClrValue = null;
        return this;
    }

    /// <summary>Marks the value deprecated (<c>@deprecated</c>).</summary>
    public InputValueBuilder Deprecated(
        string reason = Types.BuiltInDirectives.DefaultDeprecationReason
    )
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    public InputValueBuilder Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return this;
    }
}
