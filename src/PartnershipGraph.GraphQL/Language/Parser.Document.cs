using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language;

public static partial class Parser
{
    private ref partial struct Instance
    {
        // Document : Definition+
        public DocumentNode ParseDocument()
        {
            ExpectToken(TokenKind.StartOfFile);
            var definitions = ScratchList<DefinitionNode>.Rent();
            do
            {
                definitions.Add(ParseDefinition());
            } while (!ExpectOptionalToken(TokenKind.EndOfFile));
            return new DocumentNode(ScratchList<DefinitionNode>.ToArrayAndReturn(definitions))
            {
                Location = DocumentLoc(),
            };
        }

        private readonly Location? DocumentLoc() =>
            _options.NoLocation ? null : new Location(0, _lexer.PreviousEnd, 1, 1);

        // Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
        private DefinitionNode ParseDefinition()
        {
            if (Peek(TokenKind.BraceL))
            {
                return ParseOperationDefinition();
            }
            // Many definitions begin with a description and require a lookahead.
            var hasDescription = PeekDescription();
            var keyword = hasDescription ? _lexer.Lookahead() : _lexer;
            if (hasDescription && keyword.Kind == TokenKind.BraceL)
            {
                throw Error(
                    _lexer.Start,
                    "Unexpected description, descriptions are not supported on shorthand queries."
                );
            }
            if (keyword.Kind == TokenKind.Name)
            {
                switch (keyword.Raw)
                {
                    case "schema":
                        return ParseSchemaDefinition();
                    case "scalar":
                        return ParseScalarTypeDefinition();
                    case "type":
                        return ParseObjectTypeDefinition();
                    case "interface":
                        return ParseInterfaceTypeDefinition();
                    case "union":
                        return ParseUnionTypeDefinition();
                    case "enum":
                        return ParseEnumTypeDefinition();
                    case "input":
                        return ParseInputObjectTypeDefinition();
                    case "directive":
                        return ParseDirectiveDefinition();
                    case "query":
                    case "mutation":
                    case "subscription":
                        return ParseOperationDefinition();
                    case "fragment":
                        return ParseFragmentDefinition();
                }
                if (hasDescription)
                {
                    throw Error(
                        _lexer.Start,
                        "Unexpected description, only GraphQL definitions support descriptions."
                    );
                }
                if (keyword.Raw is "extend")
                {
                    return ParseTypeSystemExtension();
                }
            }
            throw Unexpected(keyword);
        }

        private readonly bool PeekDescription() =>
            Peek(TokenKind.String) || Peek(TokenKind.BlockString);

        // Description : StringValue
        private StringValueNode? ParseDescription() =>
            PeekDescription() ? ParseStringLiteral() : null;
    }
}
