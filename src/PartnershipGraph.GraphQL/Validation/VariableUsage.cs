using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Validation;

/// <summary>A variable used as a value, with the input type expected where it stands.</summary>
/// <param name="Node">The variable.</param>
/// <param name="Type">The input type of its position, or <see langword="null"/> when unknown.</param>
/// <param name="DefaultValue">The default value of the argument or input field it is given to, if any.</param>
/// <param name="ParentType">The input type enclosing its position (such as the input object of a field), if any.</param>
public sealed record VariableUsage(
    VariableNode Node,
    GraphQLType? Type,
    ValueNode? DefaultValue,
    GraphQLType? ParentType
);
