using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Validation;

/// <summary>A visitor with one method per kind of node, entered and left, as a graphql-js rule's visitor object; override only what the rule needs.</summary>
/// <remarks>
/// Every method returns <see cref="VisitorAction.Continue"/> unless overridden. Nodes of the type system, which
/// executable documents may contain by mistake, go to <see cref="EnterOther"/> and <see cref="LeaveOther"/>.
/// </remarks>
public abstract class ValidationVisitor : ISyntaxVisitor
{
    private IReadOnlyList<SyntaxNode> _ancestors = [];

    /// <summary>The parent of the node being visited, or <see langword="null"/> at the root.</summary>
    protected SyntaxNode? Parent { get; private set; }

    /// <summary>The nodes from the root down to the parent of the node being visited; valid only during the call.</summary>
    protected IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <inheritdoc/>
    public VisitorAction Enter(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    )
    {
        Parent = parent;
        _ancestors = ancestors;
        return node switch
        {
            DocumentNode n => EnterDocument(n),
            OperationDefinitionNode n => EnterOperationDefinition(n),
            VariableDefinitionNode n => EnterVariableDefinition(n),
            VariableNode n => EnterVariable(n),
            SelectionSetNode n => EnterSelectionSet(n),
            FieldNode n => EnterField(n),
            ArgumentNode n => EnterArgument(n),
            FragmentSpreadNode n => EnterFragmentSpread(n),
            InlineFragmentNode n => EnterInlineFragment(n),
            FragmentDefinitionNode n => EnterFragmentDefinition(n),
            IntValueNode n => EnterIntValue(n),
            FloatValueNode n => EnterFloatValue(n),
            StringValueNode n => EnterStringValue(n),
            BooleanValueNode n => EnterBooleanValue(n),
            NullValueNode n => EnterNullValue(n),
            EnumValueNode n => EnterEnumValue(n),
            ListValueNode n => EnterListValue(n),
            ObjectValueNode n => EnterObjectValue(n),
            ObjectFieldNode n => EnterObjectField(n),
            DirectiveNode n => EnterDirective(n),
            NamedTypeNode n => EnterNamedType(n),
            ListTypeNode n => EnterListType(n),
            NonNullTypeNode n => EnterNonNullType(n),
            _ => EnterOther(node),
        };
    }

    /// <inheritdoc/>
    public VisitorAction Leave(
        SyntaxNode node,
        SyntaxNode? parent,
        IReadOnlyList<SyntaxNode> ancestors
    )
    {
        Parent = parent;
        _ancestors = ancestors;
        return node switch
        {
            DocumentNode n => LeaveDocument(n),
            OperationDefinitionNode n => LeaveOperationDefinition(n),
            VariableDefinitionNode n => LeaveVariableDefinition(n),
            VariableNode n => LeaveVariable(n),
            SelectionSetNode n => LeaveSelectionSet(n),
            FieldNode n => LeaveField(n),
            ArgumentNode n => LeaveArgument(n),
            FragmentSpreadNode n => LeaveFragmentSpread(n),
            InlineFragmentNode n => LeaveInlineFragment(n),
            FragmentDefinitionNode n => LeaveFragmentDefinition(n),
            IntValueNode n => LeaveIntValue(n),
            FloatValueNode n => LeaveFloatValue(n),
            StringValueNode n => LeaveStringValue(n),
            BooleanValueNode n => LeaveBooleanValue(n),
            NullValueNode n => LeaveNullValue(n),
            EnumValueNode n => LeaveEnumValue(n),
            ListValueNode n => LeaveListValue(n),
            ObjectValueNode n => LeaveObjectValue(n),
            ObjectFieldNode n => LeaveObjectField(n),
            DirectiveNode n => LeaveDirective(n),
            NamedTypeNode n => LeaveNamedType(n),
            ListTypeNode n => LeaveListType(n),
            NonNullTypeNode n => LeaveNonNullType(n),
            _ => LeaveOther(node),
        };
    }

    /// <summary>Called on entering a node of a kind without its own method (names and type-system nodes).</summary>
    protected virtual VisitorAction EnterOther(SyntaxNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a node of a kind without its own method (names and type-system nodes).</summary>
    protected virtual VisitorAction LeaveOther(SyntaxNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="DocumentNode"/>.</summary>
    protected virtual VisitorAction EnterDocument(DocumentNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="DocumentNode"/>.</summary>
    protected virtual VisitorAction LeaveDocument(DocumentNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="OperationDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterOperationDefinition(OperationDefinitionNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="OperationDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveOperationDefinition(OperationDefinitionNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="VariableDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterVariableDefinition(VariableDefinitionNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="VariableDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveVariableDefinition(VariableDefinitionNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="VariableNode"/>.</summary>
    protected virtual VisitorAction EnterVariable(VariableNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="VariableNode"/>.</summary>
    protected virtual VisitorAction LeaveVariable(VariableNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="SelectionSetNode"/>.</summary>
    protected virtual VisitorAction EnterSelectionSet(SelectionSetNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="SelectionSetNode"/>.</summary>
    protected virtual VisitorAction LeaveSelectionSet(SelectionSetNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="FieldNode"/>.</summary>
    protected virtual VisitorAction EnterField(FieldNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="FieldNode"/>.</summary>
    protected virtual VisitorAction LeaveField(FieldNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ArgumentNode"/>.</summary>
    protected virtual VisitorAction EnterArgument(ArgumentNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ArgumentNode"/>.</summary>
    protected virtual VisitorAction LeaveArgument(ArgumentNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="FragmentSpreadNode"/>.</summary>
    protected virtual VisitorAction EnterFragmentSpread(FragmentSpreadNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="FragmentSpreadNode"/>.</summary>
    protected virtual VisitorAction LeaveFragmentSpread(FragmentSpreadNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="InlineFragmentNode"/>.</summary>
    protected virtual VisitorAction EnterInlineFragment(InlineFragmentNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="InlineFragmentNode"/>.</summary>
    protected virtual VisitorAction LeaveInlineFragment(InlineFragmentNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="FragmentDefinitionNode"/>.</summary>
    protected virtual VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="FragmentDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveFragmentDefinition(FragmentDefinitionNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="IntValueNode"/>.</summary>
    protected virtual VisitorAction EnterIntValue(IntValueNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="IntValueNode"/>.</summary>
    protected virtual VisitorAction LeaveIntValue(IntValueNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="FloatValueNode"/>.</summary>
    protected virtual VisitorAction EnterFloatValue(FloatValueNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="FloatValueNode"/>.</summary>
    protected virtual VisitorAction LeaveFloatValue(FloatValueNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="StringValueNode"/>.</summary>
    protected virtual VisitorAction EnterStringValue(StringValueNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="StringValueNode"/>.</summary>
    protected virtual VisitorAction LeaveStringValue(StringValueNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="BooleanValueNode"/>.</summary>
    protected virtual VisitorAction EnterBooleanValue(BooleanValueNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="BooleanValueNode"/>.</summary>
    protected virtual VisitorAction LeaveBooleanValue(BooleanValueNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="NullValueNode"/>.</summary>
    protected virtual VisitorAction EnterNullValue(NullValueNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="NullValueNode"/>.</summary>
    protected virtual VisitorAction LeaveNullValue(NullValueNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="EnumValueNode"/>.</summary>
    protected virtual VisitorAction EnterEnumValue(EnumValueNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="EnumValueNode"/>.</summary>
    protected virtual VisitorAction LeaveEnumValue(EnumValueNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ListValueNode"/>.</summary>
    protected virtual VisitorAction EnterListValue(ListValueNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ListValueNode"/>.</summary>
    protected virtual VisitorAction LeaveListValue(ListValueNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ObjectValueNode"/>.</summary>
    protected virtual VisitorAction EnterObjectValue(ObjectValueNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ObjectValueNode"/>.</summary>
    protected virtual VisitorAction LeaveObjectValue(ObjectValueNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ObjectFieldNode"/>.</summary>
    protected virtual VisitorAction EnterObjectField(ObjectFieldNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ObjectFieldNode"/>.</summary>
    protected virtual VisitorAction LeaveObjectField(ObjectFieldNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="DirectiveNode"/>.</summary>
    protected virtual VisitorAction EnterDirective(DirectiveNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="DirectiveNode"/>.</summary>
    protected virtual VisitorAction LeaveDirective(DirectiveNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="NamedTypeNode"/>.</summary>
    protected virtual VisitorAction EnterNamedType(NamedTypeNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="NamedTypeNode"/>.</summary>
    protected virtual VisitorAction LeaveNamedType(NamedTypeNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ListTypeNode"/>.</summary>
    protected virtual VisitorAction EnterListType(ListTypeNode node) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ListTypeNode"/>.</summary>
    protected virtual VisitorAction LeaveListType(ListTypeNode node) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="NonNullTypeNode"/>.</summary>
    protected virtual VisitorAction EnterNonNullType(NonNullTypeNode node) =>
        VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="NonNullTypeNode"/>.</summary>
    protected virtual VisitorAction LeaveNonNullType(NonNullTypeNode node) =>
        VisitorAction.Continue;
}
