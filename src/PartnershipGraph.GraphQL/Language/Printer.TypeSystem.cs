using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language;

public static partial class Printer
{
    private static PrintBuffer BuildTypeSystem(SyntaxNode node) =>
        node switch
        {
            SchemaDefinitionNode schema => Described(
                schema.Description,
                Join(
                    [Text("schema"), Join(schema.Directives, " "), Block(schema.OperationTypes)],
                    " "
                )
            ),
            OperationTypeDefinitionNode operationType => Join([
                Text(OperationName(operationType.Operation)),
                Text(": "),
                Build(operationType.Type),
            ]),
            ScalarTypeDefinitionNode scalar => Described(
                scalar.Description,
                Join([Text("scalar"), Build(scalar.Name), Join(scalar.Directives, " ")], " ")
            ),
            ObjectTypeDefinitionNode type => Described(
                type.Description,
                Join(
                    [
                        Text("type"),
                        Build(type.Name),
                        Wrap("implements ", Join(type.Interfaces, " & ")),
                        Join(type.Directives, " "),
                        Block(type.Fields),
                    ],
                    " "
                )
            ),
            FieldDefinitionNode field => Join([
                Wrap("", field.Description, "\n"),
                Build(field.Name),
                ArgumentDefinitions(field.Arguments),
                Text(": "),
                Build(field.Type),
                Wrap(" ", Join(field.Directives, " ")),
            ]),
            InputValueDefinitionNode input => Join([
                Wrap("", input.Description, "\n"),
                Build(input.Name),
                Text(": "),
                Build(input.Type),
                Wrap(" = ", input.DefaultValue),
                Wrap(" ", Join(input.Directives, " ")),
            ]),
            InterfaceTypeDefinitionNode type => Described(
                type.Description,
                Join(
                    [
                        Text("interface"),
                        Build(type.Name),
                        Wrap("implements ", Join(type.Interfaces, " & ")),
                        Join(type.Directives, " "),
                        Block(type.Fields),
                    ],
                    " "
                )
            ),
            UnionTypeDefinitionNode union => Described(
                union.Description,
                Join(
                    [
                        Text("union"),
                        Build(union.Name),
                        Join(union.Directives, " "),
                        Wrap("= ", Join(union.Types, " | ")),
                    ],
                    " "
                )
            ),
            EnumTypeDefinitionNode type => Described(
                type.Description,
                Join(
                    [
                        Text("enum"),
                        Build(type.Name),
                        Join(type.Directives, " "),
                        Block(type.Values),
                    ],
                    " "
                )
            ),
            EnumValueDefinitionNode value => Described(
                value.Description,
                Join([Build(value.Name), Join(value.Directives, " ")], " ")
            ),
            InputObjectTypeDefinitionNode type => Described(
                type.Description,
                Join(
                    [
                        Text("input"),
                        Build(type.Name),
                        Join(type.Directives, " "),
                        Block(type.Fields),
                    ],
                    " "
                )
            ),
            DirectiveDefinitionNode directive => Join([
                Wrap("", directive.Description, "\n"),
                Text("directive @"),
                Build(directive.Name),
                ArgumentDefinitions(directive.Arguments),
                Text(directive.Repeatable ? " repeatable" : ""),
                Text(" on "),
                Join(directive.Locations, " | "),
            ]),
            _ => BuildTypeSystemExtension(node),
        };

    private static PrintBuffer Described(StringValueNode? description, PrintBuffer definition) =>
        Join([Wrap("", description, "\n"), definition]);

    private static PrintBuffer ArgumentDefinitions(
        IReadOnlyList<InputValueDefinitionNode> arguments
    )
    {
        var items = arguments.Select(Build).ToList();
        return HasMultilineItems(items)
            ? Wrap("(\n", Join(items, "\n").Indent(), "\n)")
            : Wrap("(", Join(items, ", "), ")");
    }

    private static PrintBuffer BuildTypeSystemExtension(SyntaxNode node) =>
        node switch
        {
            SchemaExtensionNode schema => Join(
                [Text("extend schema"), Join(schema.Directives, " "), Block(schema.OperationTypes)],
                " "
            ),
            ScalarTypeExtensionNode scalar => Join(
                [Text("extend scalar"), Build(scalar.Name), Join(scalar.Directives, " ")],
                " "
            ),
            ObjectTypeExtensionNode type => Join(
                [
                    Text("extend type"),
                    Build(type.Name),
                    Wrap("implements ", Join(type.Interfaces, " & ")),
                    Join(type.Directives, " "),
                    Block(type.Fields),
                ],
                " "
            ),
            InterfaceTypeExtensionNode type => Join(
                [
                    Text("extend interface"),
                    Build(type.Name),
                    Wrap("implements ", Join(type.Interfaces, " & ")),
                    Join(type.Directives, " "),
                    Block(type.Fields),
                ],
                " "
            ),
            UnionTypeExtensionNode union => Join(
                [
                    Text("extend union"),
                    Build(union.Name),
                    Join(union.Directives, " "),
                    Wrap("= ", Join(union.Types, " | ")),
                ],
                " "
            ),
            EnumTypeExtensionNode type => Join(
                [
                    Text("extend enum"),
                    Build(type.Name),
                    Join(type.Directives, " "),
                    Block(type.Values),
                ],
                " "
            ),
            InputObjectTypeExtensionNode type => Join(
                [
                    Text("extend input"),
                    Build(type.Name),
                    Join(type.Directives, " "),
                    Block(type.Fields),
                ],
                " "
            ),
            _ => throw new ArgumentException($"Cannot print {node.GetType().Name}.", nameof(node)),
        };
}
