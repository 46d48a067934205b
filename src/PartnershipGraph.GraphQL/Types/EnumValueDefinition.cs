using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>One value of an enum type: its name in GraphQL and the CLR value it stands for.</summary>
/// <remarks>https://spec.graphql.org/October2021/#EnumValuesDefinition</remarks>
public sealed class EnumValueDefinition
{
    internal EnumValueDefinition(string name, object? value, string? description = null)
    {
        Name = name;
        Value = value;
        Description = description;
    }

    /// <summary>The value's name, such as <c>ON_TRACK</c>.</summary>
    public string Name { get; }

    /// <summary>The CLR value resolvers return and receive for this enum value.</summary>
    /// <value>The name itself when no CLR value was given.</value>
    public object? Value { get; }

    /// <summary>The value's description, in Markdown, or <see langword="null"/>.</summary>
    public string? Description { get; internal set; }

    /// <summary>Why the value is deprecated, or <see langword="null"/> when it is not.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied to the value's definition.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    /// <summary>The definition this value was built from, when built from SDL.</summary>
    public EnumValueDefinitionNode? AstNode { get; internal set; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
