using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Types.Introspection;

namespace PartnershipGraph.GraphQL.Validation;

/// <summary>Tracks, while a document is walked, the types, field, argument, directive and enum value at the current node.</summary>
/// <remarks>
/// graphql-js's <c>TypeInfo</c>: call <see cref="Enter"/> and <see cref="Leave"/> for every node in walk order,
/// or wrap a visitor in a <see cref="TypeInfoVisitor"/>. Nothing is assumed valid: unknown types and fields read as <see langword="null"/>.
/// </remarks>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    /// <summary>Starts tracking at the root of a document, or inside a value or selection of <paramref name="initialType"/>.</summary>
    public TypeInfo(Schema schema, GraphQLType? initialType = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        if (initialType is null)
        {
            return;
        }
        if (initialType.IsInputType)
        {
            _inputTypeStack.Add(initialType);
        }
        if (initialType.IsCompositeType)
        {
            _parentTypeStack.Add((NamedType)initialType);
        }
        if (initialType.IsOutputType)
        {
            _typeStack.Add(initialType);
        }
    }

    /// <summary>The output type of the current field, fragment or operation.</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set encloses the current node.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected at the current argument, variable definition or value.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type enclosing the current input position (the list or input object around a value).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDef => Peek(_fieldDefStack);

    /// <summary>The default value of the current argument or input field, if it has one.</summary>
    public ValueNode? DefaultValue => Peek(_defaultValueStack);

    /// <summary>The definition of the current directive.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the current argument.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The definition of the current enum value.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Updates the state on entering <paramref name="node"/>.</summary>
    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(
                    Type?.GetNamedType() is { IsCompositeType: true } composite ? composite : null
                );
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parentType
                    ? GetFieldDef(_schema, parentType, field)
                    : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { IsOutputType: true } t ? t : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                EnterFragment(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                EnterFragment(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                _inputTypeStack.Add(InputOrNull(_schema.TypeFromAst(variable.Type)));
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                // List positions never have a default value.
                var listType = InputType?.NullableType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(
                    InputOrNull(listType is ListType list ? list.OfType : listType)
                );
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.GetNamedType() as InputObjectType)?.GetField(
                    objectField.Name.Value
                );
                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(InputOrNull(inputField?.Type));
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.GetNamedType() as EnumType)?.GetValue(enumValue.Value);
                break;
        }
    }

    /// <summary>Restores the state on leaving <paramref name="node"/>.</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>The definition of a field selected on <paramref name="parentType"/>, including the introspection fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>.</summary>
    public static FieldDefinition? GetFieldDef(Schema schema, NamedType parentType, FieldNode field)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(field);
        var name = field.Name.Value;
        if (ReferenceEquals(parentType, schema.QueryType))
        {
            if (name == Introspection.SchemaMetaField.Name)
            {
                return Introspection.SchemaMetaField;
            }
            if (name == Introspection.TypeMetaField.Name)
            {
                return Introspection.TypeMetaField;
            }
        }
        if (name == Introspection.TypeNameMetaField.Name && parentType.IsCompositeType)
        {
            return Introspection.TypeNameMetaField;
        }
        return (parentType as ObjectOrInterfaceType)?.GetField(name);
    }

    private void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null
            ? Type?.GetNamedType()
            : _schema.TypeFromAst(typeCondition);
        _typeStack.Add(type is { IsOutputType: true } ? type : null);
    }

    private void EnterArgument(ArgumentNode node)
    {
        var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
        var argument = arguments?.FirstOrDefault(a => a.Name == node.Name.Value);
        Argument = argument;
        _defaultValueStack.Add(argument?.DefaultValue);
        _inputTypeStack.Add(InputOrNull(argument?.Type));
    }

    private static GraphQLType? InputOrNull(GraphQLType? type) =>
        type is { IsInputType: true } ? type : null;

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
