using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language;

public static partial class Parser
{
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY",
        "MUTATION",
        "SUBSCRIPTION",
        "FIELD",
        "FRAGMENT_DEFINITION",
        "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION",
        "SCHEMA",
        "SCALAR",
        "OBJECT",
        "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION",
        "INTERFACE",
        "UNION",
        "ENUM",
        "ENUM_VALUE",
        "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
        "DIRECTIVE_DEFINITION",
    ];

    private ref partial struct Instance
    {
        // SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
        private SchemaDefinitionNode ParseSchemaDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            ExpectKeyword("schema");
            var directives = ParseDirectives(isConst: true);
            ExpectToken(TokenKind.BraceL);
            var operationTypes = ParseOperationTypeDefinitionsAfterBrace();
            return new SchemaDefinitionNode(description, directives, operationTypes)
            {
                Location = Loc(start),
            };
        }

        private OperationTypeDefinitionNode[] ParseOperationTypeDefinitionsAfterBrace()
        {
            var operationTypes = ScratchList<OperationTypeDefinitionNode>.Rent();
            do
            {
                operationTypes.Add(ParseOperationTypeDefinition());
            } while (!ExpectOptionalToken(TokenKind.BraceR));
            return ScratchList<OperationTypeDefinitionNode>.ToArrayAndReturn(operationTypes);
        }

        // RootOperationTypeDefinition : OperationType : NamedType
        private OperationTypeDefinitionNode ParseOperationTypeDefinition()
        {
            var start = Start();
            var operation = ParseOperationType();
            ExpectToken(TokenKind.Colon);
            var type = ParseNamedType();
            return new OperationTypeDefinitionNode(operation, type) { Location = Loc(start) };
        }

        // ScalarTypeDefinition : Description? scalar Name Directives[Const]?
        private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            ExpectKeyword("scalar");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            return new ScalarTypeDefinitionNode(description, name, directives)
            {
                Location = Loc(start),
            };
        }

        // ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
        private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            ExpectKeyword("type");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields)
            {
                Location = Loc(start),
            };
        }

        // ImplementsInterfaces : ImplementsInterfaces & NamedType | implements &? NamedType
        private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
        {
            if (!ExpectOptionalKeyword("implements"))
            {
                return [];
            }
            return ParseDelimitedNamedTypes(TokenKind.Amp);
        }

        private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
        {
            ExpectOptionalToken(delimiter);
            var types = ScratchList<NamedTypeNode>.Rent();
            do
            {
                types.Add(ParseNamedType());
            } while (ExpectOptionalToken(delimiter));
            return ScratchList<NamedTypeNode>.ToArrayAndReturn(types);
        }

        // FieldsDefinition : { FieldDefinition+ }
        private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
        {
            if (!ExpectOptionalToken(TokenKind.BraceL))
            {
                return [];
            }
            var fields = ScratchList<FieldDefinitionNode>.Rent();
            do
            {
                fields.Add(ParseFieldDefinition());
            } while (!ExpectOptionalToken(TokenKind.BraceR));
            return ScratchList<FieldDefinitionNode>.ToArrayAndReturn(fields);
        }

        // FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
        private FieldDefinitionNode ParseFieldDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            ExpectToken(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(isConst: true);
            return new FieldDefinitionNode(description, name, arguments, type, directives)
            {
                Location = Loc(start),
            };
        }

        // ArgumentsDefinition : ( InputValueDefinition+ )
        private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
            ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

        // InputFieldsDefinition : { InputValueDefinition+ }
        private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
            ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);

        private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(
            TokenKind open,
            TokenKind close
        )
        {
            if (!ExpectOptionalToken(open))
            {
                return [];
            }
            var definitions = ScratchList<InputValueDefinitionNode>.Rent();
            do
            {
                definitions.Add(ParseInputValueDefinition());
            } while (!ExpectOptionalToken(close));
            return ScratchList<InputValueDefinitionNode>.ToArrayAndReturn(definitions);
        }

        // InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
        private InputValueDefinitionNode ParseInputValueDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptionalToken(TokenKind.Equals)
                ? ParseValueLiteral(isConst: true)
                : null;
            var directives = ParseDirectives(isConst: true);
            return new InputValueDefinitionNode(description, name, type, defaultValue, directives)
            {
                Location = Loc(start),
            };
        }

        // InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
        private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            ExpectKeyword("interface");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            return new InterfaceTypeDefinitionNode(
                description,
                name,
                interfaces,
                directives,
                fields
            )
            {
                Location = Loc(start),
            };
        }

        // UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
        private UnionTypeDefinitionNode ParseUnionTypeDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            ExpectKeyword("union");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var types = ParseUnionMemberTypes();
            return new UnionTypeDefinitionNode(description, name, directives, types)
            {
                Location = Loc(start),
            };
        }

        // UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType
        private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
            ExpectOptionalToken(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

        // EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
        private EnumTypeDefinitionNode ParseEnumTypeDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            ExpectKeyword("enum");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var values = ParseEnumValuesDefinition();
            return new EnumTypeDefinitionNode(description, name, directives, values)
            {
                Location = Loc(start),
            };
        }

        // EnumValuesDefinition : { EnumValueDefinition+ }
        private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
        {
            if (!ExpectOptionalToken(TokenKind.BraceL))
            {
                return [];
            }
            var values = ScratchList<EnumValueDefinitionNode>.Rent();
            do
            {
                values.Add(ParseEnumValueDefinition());
            } while (!ExpectOptionalToken(TokenKind.BraceR));
            return ScratchList<EnumValueDefinitionNode>.ToArrayAndReturn(values);
        }

        // EnumValueDefinition : Description? EnumValue Directives[Const]?
        private EnumValueDefinitionNode ParseEnumValueDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            if (
                _lexer.ValueEquals("true")
                || _lexer.ValueEquals("false")
                || _lexer.ValueEquals("null")
            )
            {
                throw Error(
                    _lexer.Start,
                    $"{_lexer.Describe()} is reserved and cannot be used for an enum value."
                );
            }
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            return new EnumValueDefinitionNode(description, name, directives)
            {
                Location = Loc(start),
            };
        }

        // InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
        private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            ExpectKeyword("input");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseInputFieldsDefinition();
            return new InputObjectTypeDefinitionNode(description, name, directives, fields)
            {
                Location = Loc(start),
            };
        }

        // DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
        private DirectiveDefinitionNode ParseDirectiveDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            ExpectKeyword("directive");
            ExpectToken(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            var repeatable = ExpectOptionalKeyword("repeatable");
            ExpectKeyword("on");
            var locations = ParseDirectiveLocations();
            return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations)
            {
                Location = Loc(start),
            };
        }

        // DirectiveLocations : DirectiveLocations | DirectiveLocation | |? DirectiveLocation
        private NameNode[] ParseDirectiveLocations()
        {
            ExpectOptionalToken(TokenKind.Pipe);
            var locations = ScratchList<NameNode>.Rent();
            do
            {
                var token = _lexer;
                var name = ParseName();
                if (!DirectiveLocations.Contains(name.Value))
                {
                    throw Unexpected(token);
                }
                locations.Add(name);
            } while (ExpectOptionalToken(TokenKind.Pipe));
            return ScratchList<NameNode>.ToArrayAndReturn(locations);
        }
    }
}
