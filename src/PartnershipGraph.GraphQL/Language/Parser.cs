using System.Runtime.CompilerServices;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Language;

/// <summary>Parses GraphQL source text into a syntax tree.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Language. Accepts what graphql-js 16 accepts (including
/// descriptions on operations, fragments and variable definitions) and reports the same syntax errors.
/// Every failure, including a limit of <see cref="ParserOptions"/>, is a <see cref="GraphQLError"/>.
/// </remarks>
public static partial class Parser
{
    /// <summary>Parses a whole document.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        var parser = new Instance(source, options ?? ParserOptions.Default);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value, variables allowed, e.g. <c>[42, $x]</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Instance(source, options ?? ParserOptions.Default);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value (no variables).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new Instance(source, options ?? ParserOptions.Default);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference, e.g. <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Instance(source, options ?? ParserOptions.Default);
        parser.ExpectToken(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    /// <summary>Where a node starts: its first token's offset, line and column.</summary>
    private readonly record struct TokenStart(int Start, int Line, int Column);

    /// <summary>The state of one parse: the lexer positioned at the current token, and the limits' counters.</summary>
    private ref partial struct Instance
    {
        private Lexer _lexer;
        private readonly ParserOptions _options;
        private int _tokenCount;
        private int _depth;

        public Instance(string source, ParserOptions options)
        {
            ArgumentNullException.ThrowIfNull(source);
            _lexer = new Lexer(source.AsSpan());
            _options = options;
        }

        private readonly TokenStart Start() => new(_lexer.Start, _lexer.Line, _lexer.Column);

        private readonly Location? Loc(TokenStart start) =>
            _options.NoLocation
                ? null
                : new Location(start.Start, _lexer.PreviousEnd, start.Line, start.Column);

        private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

        // Counts every token but the end of file; the message is graphql-js's, "more that" included.
        private void AdvanceLexer()
        {
            _lexer.Advance();
            if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
            {
                throw Error(
                    _lexer.Start,
                    $"Document contains more that {_options.MaxTokens} tokens. Parsing aborted."
                );
            }
        }

        public void ExpectToken(TokenKind kind)
        {
            if (_lexer.Kind != kind)
            {
                throw Error(
                    _lexer.Start,
                    $"Expected {kind.Describe()}, found {_lexer.Describe()}."
                );
            }
            AdvanceLexer();
        }

        private bool ExpectOptionalToken(TokenKind kind)
        {
            if (_lexer.Kind != kind)
            {
                return false;
            }
            AdvanceLexer();
            return true;
        }

        private void ExpectKeyword(string keyword)
        {
            if (!_lexer.IsKeyword(keyword))
            {
                throw Error(_lexer.Start, $"Expected \"{keyword}\", found {_lexer.Describe()}.");
            }
            AdvanceLexer();
        }

        private bool ExpectOptionalKeyword(string keyword)
        {
            if (!_lexer.IsKeyword(keyword))
            {
                return false;
            }
            AdvanceLexer();
            return true;
        }

        private readonly GraphQLError Unexpected() => Unexpected(_lexer);

        private readonly GraphQLError Unexpected(in Lexer token) =>
            Error(token.Start, $"Unexpected {token.Describe()}.");

        private readonly GraphQLError Error(int position, string description) =>
            SyntaxError.At(_lexer.Body, position, description);

        /// <summary>Enters a nested selection set, list, object or list type, enforcing <see cref="ParserOptions.MaxDepth"/> and the stack.</summary>
        private void EnterNesting()
        {
            if (++_depth > _options.MaxDepth)
            {
                throw Error(
                    _lexer.Start,
                    $"Document nesting is deeper than {_options.MaxDepth} levels. Parsing aborted."
                );
            }
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw Error(
                    _lexer.Start,
                    "Document nesting is too deep to parse. Parsing aborted."
                );
            }
        }

        private void ExitNesting() => _depth--;

        private NameNode ParseName()
        {
            var start = Start();
            if (_lexer.Kind != TokenKind.Name)
            {
                ExpectToken(TokenKind.Name);
            }
            var value = NameTable.Get(_lexer.Raw);
            AdvanceLexer();
            return new NameNode(value) { Location = Loc(start) };
        }
    }
}
