using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language;

public static partial class Parser
{
    private ref partial struct Instance
    {
        // TypeSystemExtension : SchemaExtension | TypeExtension
        private TypeSystemDefinitionOrExtensionNode ParseTypeSystemExtension()
        {
            var keyword = _lexer.Lookahead();
            if (keyword.Kind == TokenKind.Name)
            {
                switch (keyword.Raw)
                {
                    case "schema":
                        return ParseSchemaExtension();
                    case "scalar":
                        return ParseScalarTypeExtension();
                    case "type":
                        return ParseObjectTypeExtension();
                    case "interface":
                        return ParseInterfaceTypeExtension();
                    case "union":
                        return ParseUnionTypeExtension();
                    case "enum":
                        return ParseEnumTypeExtension();
                    case "input":
                        return ParseInputObjectTypeExtension();
                }
            }
            throw Unexpected(keyword);
        }

        // SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
        private SchemaExtensionNode ParseSchemaExtension()
        {
            var start = Start();
            ExpectKeyword("extend");
            ExpectKeyword("schema");
            var directives = ParseDirectives(isConst: true);
            IReadOnlyList<OperationTypeDefinitionNode> operationTypes = ExpectOptionalToken(
                TokenKind.BraceL
            )
                ? ParseOperationTypeDefinitionsAfterBrace()
                : [];
            if (directives.Count == 0 && operationTypes.Count == 0)
            {
                throw Unexpected();
            }
            return new SchemaExtensionNode(directives, operationTypes) { Location = Loc(start) };
        }

        // ScalarTypeExtension : extend scalar Name Directives[Const]
        private ScalarTypeExtensionNode ParseScalarTypeExtension()
        {
            var start = Start();
            ExpectKeyword("extend");
            ExpectKeyword("scalar");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            if (directives.Count == 0)
            {
                throw Unexpected();
            }
            return new ScalarTypeExtensionNode(name, directives) { Location = Loc(start) };
        }

        // ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one)
        private ObjectTypeExtensionNode ParseObjectTypeExtension()
        {
            var start = Start();
            ExpectKeyword("extend");
            ExpectKeyword("type");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
            {
                throw Unexpected();
            }
            return new ObjectTypeExtensionNode(name, interfaces, directives, fields)
            {
                Location = Loc(start),
            };
        }

        // InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one)
        private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
        {
            var start = Start();
            ExpectKeyword("extend");
            ExpectKeyword("interface");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
            {
                throw Unexpected();
            }
            return new InterfaceTypeExtensionNode(name, interfaces, directives, fields)
            {
                Location = Loc(start),
            };
        }

        // UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]
        private UnionTypeExtensionNode ParseUnionTypeExtension()
        {
            var start = Start();
            ExpectKeyword("extend");
            ExpectKeyword("union");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var types = ParseUnionMemberTypes();
            if (directives.Count == 0 && types.Count == 0)
            {
                throw Unexpected();
            }
            return new UnionTypeExtensionNode(name, directives, types) { Location = Loc(start) };
        }

        // EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]
        private EnumTypeExtensionNode ParseEnumTypeExtension()
        {
            var start = Start();
            ExpectKeyword("extend");
            ExpectKeyword("enum");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var values = ParseEnumValuesDefinition();
            if (directives.Count == 0 && values.Count == 0)
            {
                throw Unexpected();
            }
            return new EnumTypeExtensionNode(name, directives, values) { Location = Loc(start) };
        }

        // InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]
        private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
        {
            var start = Start();
            ExpectKeyword("extend");
            ExpectKeyword("input");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseInputFieldsDefinition();
            if (directives.Count == 0 && fields.Count == 0)
            {
                throw Unexpected();
            }
            return new InputObjectTypeExtensionNode(name, directives, fields)
            {
                Location = Loc(start),
            };
        }
    }
}
