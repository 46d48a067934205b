using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Configures a custom scalar from delegates.</summary>
public sealed class ScalarTypeBuilder
{
    internal ScalarTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal string? SpecifiedByUrl { get; private set; }

    internal Func<object?, object?>? Serializer { get; private set; }

    internal Func<object?, object?>? ValueParser { get; private set; }

    internal Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? LiteralParser
    {
        get;
        private set;
    }

    internal List<DirectiveNode> Directives { get; } = [];

    internal TypeDefinitionOrExtensionNode? AstNode { get; set; }

    /// <summary>Sets the description (Markdown).</summary>
    public ScalarTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Sets the URL of the scalar's specification (<c>@specifiedBy</c>).</summary>
    public ScalarTypeBuilder SpecifiedBy(string url)
    {
        SpecifiedByUrl = url;
        return this;
    }

    /// <summary>Sets result coercion; by default values are written as they are.</summary>
    public ScalarTypeBuilder Serialize(Func<object?, object?> serialize)
    {
        Serializer = serialize;
        return this;
    }

    /// <summary>Sets input coercion of variable values; by default values are taken as they are.</summary>
    public ScalarTypeBuilder ParseValue(Func<object?, object?> parseValue)
    {
        ValueParser = parseValue;
        return this;
    }

    /// <summary>Sets input coercion of literals; by default the literal's untyped value goes through <see cref="ParseValue"/>.</summary>
    public ScalarTypeBuilder ParseLiteral(
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> parseLiteral
    )
    {
        LiteralParser = parseLiteral;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    public ScalarTypeBuilder Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return this;
    }
}
