using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language.Visitor;

/// <summary>The child nodes of each kind of node, in graphql-js's visiting order (<c>QueryDocumentKeys</c>).</summary>
public static class SyntaxChildren
{
    /// <summary>The node's children in visiting order.</summary>
    public static IReadOnlyList<SyntaxNode> Of(SyntaxNode node)
    {
        var children = new List<SyntaxNode>();
        AddTo(node, children);
        return children;
    }

    internal static void AddTo(SyntaxNode node, List<SyntaxNode> children)
    {
        switch (node)
        {
            case DocumentNode n:
                children.AddRange(n.Definitions);
                break;
            case OperationDefinitionNode n:
                Add(children, n.Description, n.Name);
                children.AddRange(n.VariableDefinitions);
                children.AddRange(n.Directives);
                children.Add(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Add(children, n.Description, n.Variable, n.Type, n.DefaultValue);
                children.AddRange(n.Directives);
                break;
            case VariableNode n:
                children.Add(n.Name);
                break;
            case SelectionSetNode n:
                children.AddRange(n.Selections);
                break;
            case FieldNode n:
                Add(children, n.Alias, n.Name);
                children.AddRange(n.Arguments);
                children.AddRange(n.Directives);
                Add(children, n.SelectionSet);
                break;
            case ArgumentNode n:
                Add(children, n.Name, n.Value);
                break;
            case FragmentSpreadNode n:
                children.Add(n.Name);
                children.AddRange(n.Directives);
                break;
            case InlineFragmentNode n:
                Add(children, n.TypeCondition);
                children.AddRange(n.Directives);
                children.Add(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                Add(children, n.Description, n.Name, n.TypeCondition);
                children.AddRange(n.Directives);
                children.Add(n.SelectionSet);
                break;
            case ListValueNode n:
                children.AddRange(n.Values);
                break;
            case ObjectValueNode n:
                children.AddRange(n.Fields);
                break;
            case ObjectFieldNode n:
                Add(children, n.Name, n.Value);
                break;
            case DirectiveNode n:
                children.Add(n.Name);
                children.AddRange(n.Arguments);
                break;
            case NamedTypeNode n:
                children.Add(n.Name);
                break;
            case ListTypeNode n:
                children.Add(n.Type);
                break;
            case NonNullTypeNode n:
                children.Add(n.Type);
                break;
            default:
                AddTypeSystemChildren(node, children);
                break;
        }
    }

    private static void AddTypeSystemChildren(SyntaxNode node, List<SyntaxNode> children)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                Add(children, n.Description);
                children.AddRange(n.Directives);
                children.AddRange(n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n:
                children.Add(n.Type);
                break;
            case ScalarTypeDefinitionNode n:
                Add(children, n.Description, n.Name);
                children.AddRange(n.Directives);
                break;
            case ObjectTypeDefinitionNode n:
                Add(children, n.Description, n.Name);
                children.AddRange(n.Interfaces);
                children.AddRange(n.Directives);
                children.AddRange(n.Fields);
                break;
            case FieldDefinitionNode n:
                Add(children, n.Description, n.Name);
                children.AddRange(n.Arguments);
                children.Add(n.Type);
                children.AddRange(n.Directives);
                break;
            case InputValueDefinitionNode n:
                Add(children, n.Description, n.Name, n.Type, n.DefaultValue);
                children.AddRange(n.Directives);
                break;
            case InterfaceTypeDefinitionNode n:
                Add(children, n.Description, n.Name);
                children.AddRange(n.Interfaces);
                children.AddRange(n.Directives);
                children.AddRange(n.Fields);
                break;
            case UnionTypeDefinitionNode n:
                Add(children, n.Description, n.Name);
                children.AddRange(n.Directives);
                children.AddRange(n.Types);
                break;
            case EnumTypeDefinitionNode n:
                Add(children, n.Description, n.Name);
                children.AddRange(n.Directives);
                children.AddRange(n.Values);
                break;
            case EnumValueDefinitionNode n:
                Add(children, n.Description, n.Name);
                children.AddRange(n.Directives);
                break;
            case InputObjectTypeDefinitionNode n:
                Add(children, n.Description, n.Name);
                children.AddRange(n.Directives);
                children.AddRange(n.Fields);
                break;
            case DirectiveDefinitionNode n:
                Add(children, n.Description, n.Name);
                children.AddRange(n.Arguments);
                children.AddRange(n.Locations);
                break;
            default:
                AddExtensionChildren(node, children);
                break;
        }
    }

    private static void AddExtensionChildren(SyntaxNode node, List<SyntaxNode> children)
    {
        switch (node)
        {
            case SchemaExtensionNode n:
                children.AddRange(n.Directives);
                children.AddRange(n.OperationTypes);
                break;
            case ScalarTypeExtensionNode n:
                children.Add(n.Name);
                children.AddRange(n.Directives);
                break;
            case ObjectTypeExtensionNode n:
                children.Add(n.Name);
                children.AddRange(n.Interfaces);
                children.AddRange(n.Directives);
                children.AddRange(n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                children.Add(n.Name);
                children.AddRange(n.Interfaces);
                children.AddRange(n.Directives);
                children.AddRange(n.Fields);
                break;
            case UnionTypeExtensionNode n:
                children.Add(n.Name);
                children.AddRange(n.Directives);
                children.AddRange(n.Types);
                break;
            case EnumTypeExtensionNode n:
                children.Add(n.Name);
                children.AddRange(n.Directives);
                children.AddRange(n.Values);
                break;
            case InputObjectTypeExtensionNode n:
                children.Add(n.Name);
                children.AddRange(n.Directives);
                children.AddRange(n.Fields);
                break;
        }
    }

    private static void Add(List<SyntaxNode> children, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is not null)
            {
                children.Add(node);
            }
        }
    }
}
