using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language;

public static partial class Parser
{
    private ref partial struct Instance
    {
        // OperationDefinition : Description? OperationType Name? VariableDefinitions? Directives? SelectionSet | SelectionSet
        private OperationDefinitionNode ParseOperationDefinition()
        {
            var start = Start();
            if (Peek(TokenKind.BraceL))
            {
                var selectionSet = ParseSelectionSet();
                return new OperationDefinitionNode(OperationType.Query, null, [], [], selectionSet)
                {
                    Location = Loc(start),
                };
            }
            var description = ParseDescription();
            var operation = ParseOperationType();
            var name = Peek(TokenKind.Name) ? ParseName() : null;
            var variableDefinitions = ParseVariableDefinitions();
            var directives = ParseDirectives(isConst: false);
            var set = ParseSelectionSet();
            return new OperationDefinitionNode(
                operation,
                name,
                variableDefinitions,
                directives,
                set
            )
            {
                Description = description,
                Location = Loc(start),
            };
        }

        // OperationType : one of query mutation subscription
        private OperationType ParseOperationType()
        {
            var token = _lexer;
            ExpectToken(TokenKind.Name);
            return token.Raw switch
            {
                "query" => OperationType.Query,
                "mutation" => OperationType.Mutation,
                "subscription" => OperationType.Subscription,
                _ => throw Unexpected(token),
            };
        }

        // VariableDefinitions : ( VariableDefinition+ )
        private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
        {
            if (!ExpectOptionalToken(TokenKind.ParenL))
            {
                return [];
            }
            var definitions = ScratchList<VariableDefinitionNode>.Rent();
            do
            {
                definitions.Add(ParseVariableDefinition());
            } while (!ExpectOptionalToken(TokenKind.ParenR));
            return ScratchList<VariableDefinitionNode>.ToArrayAndReturn(definitions);
        }

        // VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
        private VariableDefinitionNode ParseVariableDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            var variable = ParseVariable();
            ExpectToken(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptionalToken(TokenKind.Equals)
                ? ParseValueLiteral(isConst: true)
                : null;
            var directives = ParseDirectives(isConst: true);
            return new VariableDefinitionNode(variable, type, defaultValue, directives)
            {
                Description = description,
                Location = Loc(start),
            };
        }

        // Variable : $ Name
        private VariableNode ParseVariable()
        {
            var start = Start();
            ExpectToken(TokenKind.Dollar);
            var name = ParseName();
            return new VariableNode(name) { Location = Loc(start) };
        }

        // SelectionSet : { Selection+ }
        private SelectionSetNode ParseSelectionSet()
        {
            var start = Start();
            EnterNesting();
            ExpectToken(TokenKind.BraceL);
            var selections = ScratchList<SelectionNode>.Rent();
            do
            {
                selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
            } while (!ExpectOptionalToken(TokenKind.BraceR));
            ExitNesting();
            return new SelectionSetNode(ScratchList<SelectionNode>.ToArrayAndReturn(selections))
            {
                Location = Loc(start),
            };
        }

        // Field : Alias? Name Arguments? Directives? SelectionSet?
        private FieldNode ParseField()
        {
            var start = Start();
            var nameOrAlias = ParseName();
            NameNode? alias = null;
            var name = nameOrAlias;
            if (ExpectOptionalToken(TokenKind.Colon))
            {
                alias = nameOrAlias;
                name = ParseName();
            }
            var arguments = ParseArguments(isConst: false);
            var directives = ParseDirectives(isConst: false);
            var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
            return new FieldNode(alias, name, arguments, directives, selectionSet)
            {
                Location = Loc(start),
            };
        }

        // Arguments[Const] : ( Argument[?Const]+ )
        private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
        {
            if (!ExpectOptionalToken(TokenKind.ParenL))
            {
                return [];
            }
            var arguments = ScratchList<ArgumentNode>.Rent();
            do
            {
                arguments.Add(ParseArgument(isConst));
            } while (!ExpectOptionalToken(TokenKind.ParenR));
            return ScratchList<ArgumentNode>.ToArrayAndReturn(arguments);
        }

        // Argument[Const] : Name : Value[?Const]
        private ArgumentNode ParseArgument(bool isConst)
        {
            var start = Start();
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            return new ArgumentNode(name, value) { Location = Loc(start) };
        }

        // FragmentSpread : ... FragmentName Directives?
        // InlineFragment : ... TypeCondition? Directives? SelectionSet
        private SelectionNode ParseFragment()
        {
            var start = Start();
            ExpectToken(TokenKind.Spread);
            var hasTypeCondition = ExpectOptionalKeyword("on");
            if (!hasTypeCondition && Peek(TokenKind.Name))
            {
                var name = ParseFragmentName();
                var spreadDirectives = ParseDirectives(isConst: false);
                return new FragmentSpreadNode(name, spreadDirectives) { Location = Loc(start) };
            }
            var typeCondition = hasTypeCondition ? ParseNamedType() : null;
            var directives = ParseDirectives(isConst: false);
            var selectionSet = ParseSelectionSet();
            return new InlineFragmentNode(typeCondition, directives, selectionSet)
            {
                Location = Loc(start),
            };
        }

        // FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
        private FragmentDefinitionNode ParseFragmentDefinition()
        {
            var start = Start();
            var description = ParseDescription();
            ExpectKeyword("fragment");
            var name = ParseFragmentName();
            ExpectKeyword("on");
            var typeCondition = ParseNamedType();
            var directives = ParseDirectives(isConst: false);
            var selectionSet = ParseSelectionSet();
            return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet)
            {
                Description = description,
                Location = Loc(start),
            };
        }

        // FragmentName : Name but not on
        private NameNode ParseFragmentName()
        {
            if (_lexer.ValueEquals("on"))
            {
                throw Unexpected();
            }
            return ParseName();
        }

        // Directives[Const] : Directive[?Const]+
        private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
        {
            if (!Peek(TokenKind.At))
            {
                return [];
            }
            var directives = ScratchList<DirectiveNode>.Rent();
            while (Peek(TokenKind.At))
            {
                directives.Add(ParseDirective(isConst));
            }
            return ScratchList<DirectiveNode>.ToArrayAndReturn(directives);
        }

        // Directive[Const] : @ Name Arguments[?Const]?
        private DirectiveNode ParseDirective(bool isConst)
        {
            var start = Start();
            ExpectToken(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            return new DirectiveNode(name, arguments) { Location = Loc(start) };
        }
    }
}
