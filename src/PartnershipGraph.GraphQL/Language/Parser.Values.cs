using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language;

public static partial class Parser
{
    private ref partial struct Instance
    {
        // Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue
        //              | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
        public ValueNode ParseValueLiteral(bool isConst)
        {
            var start = Start();
            switch (_lexer.Kind)
            {
                case TokenKind.BracketL:
                    return ParseList(isConst);
                case TokenKind.BraceL:
                    return ParseObject(isConst);
                case TokenKind.Int:
                {
                    var value = new string(_lexer.Raw);
                    AdvanceLexer();
                    return new IntValueNode(value) { Location = Loc(start) };
                }
                case TokenKind.Float:
                {
                    var value = new string(_lexer.Raw);
                    AdvanceLexer();
                    return new FloatValueNode(value) { Location = Loc(start) };
                }
                case TokenKind.String:
                case TokenKind.BlockString:
                    return ParseStringLiteral();
                case TokenKind.Name:
                    return ParseNameValue(start);
                case TokenKind.Dollar:
                    if (isConst)
                    {
                        var dollar = _lexer;
                        ExpectToken(TokenKind.Dollar);
                        if (_lexer.Kind == TokenKind.Name)
                        {
                            throw Error(
                                start.Start,
                                $"Unexpected variable \"${new string(_lexer.Raw)}\" in constant value."
                            );
                        }
                        throw Unexpected(dollar);
                    }
                    return ParseVariable();
                default:
                    throw Unexpected();
            }
        }

        // BooleanValue : one of true false — NullValue : null — EnumValue : Name but not true, false or null
        private ValueNode ParseNameValue(TokenStart start)
        {
            var raw = _lexer.Raw;
            ValueNode node = raw switch
            {
                "true" => new BooleanValueNode(true),
                "false" => new BooleanValueNode(false),
                "null" => new NullValueNode(),
                _ => new EnumValueNode(NameTable.Get(raw)),
            };
            AdvanceLexer();
            return node with { Location = Loc(start) };
        }

        private StringValueNode ParseStringLiteral()
        {
            var start = Start();
            var block = _lexer.Kind == TokenKind.BlockString;
            var value = _lexer.StringValue!;
            AdvanceLexer();
            return new StringValueNode(value, block) { Location = Loc(start) };
        }

        // ListValue[Const] : [ ] | [ Value[?Const]+ ]
        private ListValueNode ParseList(bool isConst)
        {
            var start = Start();
            EnterNesting();
            ExpectToken(TokenKind.BracketL);
            var values = ScratchList<ValueNode>.Rent();
            while (!ExpectOptionalToken(TokenKind.BracketR))
            {
                values.Add(ParseValueLiteral(isConst));
            }
            ExitNesting();
            return new ListValueNode(ScratchList<ValueNode>.ToArrayAndReturn(values))
            {
                Location = Loc(start),
            };
        }

        // ObjectValue[Const] : { } | { ObjectField[?Const]+ }
        private ObjectValueNode ParseObject(bool isConst)
        {
            var start = Start();
            EnterNesting();
            ExpectToken(TokenKind.BraceL);
            var fields = ScratchList<ObjectFieldNode>.Rent();
            while (!ExpectOptionalToken(TokenKind.BraceR))
            {
                fields.Add(ParseObjectField(isConst));
            }
            ExitNesting();
            return new ObjectValueNode(ScratchList<ObjectFieldNode>.ToArrayAndReturn(fields))
            {
                Location = Loc(start),
            };
        }

        // ObjectField[Const] : Name : Value[?Const]
        private ObjectFieldNode ParseObjectField(bool isConst)
        {
            var start = Start();
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            return new ObjectFieldNode(name, value) { Location = Loc(start) };
        }

        // Type : NamedType | ListType | NonNullType
        public TypeNode ParseTypeReference()
        {
            var start = Start();
            TypeNode type;
            if (Peek(TokenKind.BracketL))
            {
                EnterNesting();
                AdvanceLexer();
                var innerType = ParseTypeReference();
                ExpectToken(TokenKind.BracketR);
                ExitNesting();
                type = new ListTypeNode(innerType) { Location = Loc(start) };
            }
            else
            {
                type = ParseNamedType();
            }
            if (ExpectOptionalToken(TokenKind.Bang))
            {
                return new NonNullTypeNode(type) { Location = Loc(start) };
            }
            return type;
        }

        // NamedType : Name
        private NamedTypeNode ParseNamedType()
        {
            var start = Start();
            var name = ParseName();
            return new NamedTypeNode(name) { Location = Loc(start) };
        }
    }
}
