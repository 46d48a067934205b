using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Types;

internal sealed partial class SchemaValidator
{
    private void ValidateFields(ObjectOrInterfaceType type)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", type.AstNode);
        }
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
            {
                Report(
                    $"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.",
                    field.AstNode?.Type
                );
            }
            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    Report(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode?.Type
                    );
                }
                if (argument.IsRequired && argument.IsDeprecated)
                {
                    Report(
                        $"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode),
                        argument.AstNode?.Type
                    );
                }
            }
        }
    }

    private void ValidateInterfaces(ObjectOrInterfaceType type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                Report(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsNodes(type, iface)
                );
            }
            if (!names.Add(iface.Name))
            {
                Report(
                    $"Type {type.Name} can only implement {iface.Name} once.",
                    ImplementsNodes(type, iface)
                );
                continue;
            }
            ValidateTypeImplementsAncestors(type, iface);
            ValidateTypeImplementsInterface(type, iface);
        }
    }

    private void ValidateTypeImplementsInterface(ObjectOrInterfaceType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var typeField = type.GetField(ifaceField.Name);
            if (typeField is null)
            {
                Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.",
                    ifaceField.AstNode,
                    type.AstNode
                );
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(_schema, typeField.Type, ifaceField.Type))
            {
                Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{typeField.Name} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type
                );
            }
            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(ifaceArgument.Name);
                if (typeArgument is null)
                {
                    Report(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expected but {type.Name}.{ifaceField.Name} does not provide it.",
                        ifaceArgument.AstNode,
                        typeField.AstNode
                    );
                    continue;
                }
                if (!TypeComparators.IsEqualType(ifaceArgument.Type, typeArgument.Type))
                {
                    Report(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expects type {ifaceArgument.Type} but {type.Name}.{ifaceField.Name}({ifaceArgument.Name}:) is type {typeArgument.Type}.",
                        ifaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type
                    );
                }
            }
            foreach (var typeArgument in typeField.Arguments)
            {
                if (ifaceField.GetArgument(typeArgument.Name) is null && typeArgument.IsRequired)
                {
                    Report(
                        $"Object field {type.Name}.{ifaceField.Name} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.",
                        typeArgument.AstNode,
                        ifaceField.AstNode
                    );
                }
            }
        }
    }

    private void ValidateTypeImplementsAncestors(ObjectOrInterfaceType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                var message = ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.";
                Report(
                    message,
                    [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]
                );
            }
        }
    }

    private static SyntaxNode?[] ImplementsNodes(ObjectOrInterfaceType type, InterfaceType iface)
    {
        var interfaces = type.AstNode switch
        {
            ObjectTypeDefinitionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            ObjectTypeExtensionNode o => o.Interfaces,
            InterfaceTypeExtensionNode i => i.Interfaces,
            _ => [],
        };
        return [.. interfaces.Where(n => n.Name.Value == iface.Name)];
    }
}
