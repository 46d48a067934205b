namespace PartnershipGraph.GraphQL.Language.Ast;

/// <summary>An input value literal, or a variable.</summary>
/// <remarks>https://spec.graphql.org/October2021/#Value</remarks>
public abstract record ValueNode : SyntaxNode;

/// <summary>A variable: <c>$ Name</c>.</summary>
public sealed record VariableNode(NameNode Name) : ValueNode;

/// <summary>An integer literal, kept as written.</summary>
public sealed record IntValueNode(string Value) : ValueNode;

/// <summary>A float literal, kept as written.</summary>
public sealed record FloatValueNode(string Value) : ValueNode;

/// <summary>A string literal with its escapes resolved; <see cref="Block"/> when written as <c>"""…"""</c>.</summary>
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanValueNode(bool Value) : ValueNode;

/// <summary><c>null</c>.</summary>
public sealed record NullValueNode : ValueNode;

/// <summary>An enum value: a name other than <c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed record EnumValueNode(string Value) : ValueNode;

/// <summary>A list literal: <c>[ Value* ]</c>.</summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode;

/// <summary>An input object literal: <c>{ ObjectField* }</c>.</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode;

/// <summary>One field of an input object literal: <c>Name : Value</c>.</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode;
