using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Validation.Limits;

/// <summary>The abuse limits of a GraphQL endpoint in one place: the limit rules' maximums and the parser, execution and HTTP limits they sit beside.</summary>
/// <remarks>
/// Apply them with <see cref="CreateRequestExecutor"/>, or over HTTP with <c>options.UseLimits(limits)</c> in <c>AddGraphQL</c>.
/// Why each default is what it is: see the <c>Limits</c> section of the engine's README.
/// </remarks>
public sealed record GraphQLLimits
{
    /// <summary>The default of <see cref="MaxDepth"/>.</summary>
    public const int DefaultMaxDepth = 15;

    /// <summary>The default of <see cref="MaxCost"/>.</summary>
    public const int DefaultMaxCost = 10_000;

    /// <summary>The default of <see cref="MaxFields"/>.</summary>
    public const int DefaultMaxFields = 1000;

    /// <summary>The default of <see cref="AssumedListSize"/>.</summary>
    public const int DefaultAssumedListSize = 10;

    /// <summary>The default of <see cref="MaxPageSize"/>.</summary>
    public const int DefaultMaxPageSize = 50;

    /// <summary>The limits recommended for a public endpoint.</summary>
    public static GraphQLLimits Default { get; } = new();

    /// <summary>The deepest an operation may be, in fields (<see cref="MaxDepthRule"/>).</summary>
    /// <value>15.</value>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>The highest static cost an operation may have (<see cref="CostRule"/>).</summary>
    /// <value>10000.</value>
    public int MaxCost { get; init; } = DefaultMaxCost;

    /// <summary>The most fields an operation may select, fragments expanded (<see cref="MaxFieldsRule"/>).</summary>
    /// <value>1000.</value>
    public int MaxFields { get; init; } = DefaultMaxFields;

    /// <summary>The size <see cref="CostRule"/> assumes for a list whose size neither the request nor the field's metadata says.</summary>
    /// <value>10, the data layer's default page size.</value>
    public int AssumedListSize { get; init; } = DefaultAssumedListSize;

    /// <summary>The page size <see cref="CostRule"/> assumes when a request gives it as a variable; keep it equal to the data layer's <c>DataConventions.MaxPageSize</c>.</summary>
    /// <value>50, the data layer's default maximum page size.</value>
    public int MaxPageSize { get; init; } = DefaultMaxPageSize;

    /// <summary>The most lexical tokens a document may have (<see cref="ParserOptions.MaxTokens"/>).</summary>
    /// <value>15000, the parser's default.</value>
    public int MaxTokens { get; init; } = ParserOptions.Default.MaxTokens;

    /// <summary>How long an operation may execute (<see cref="ExecutionOptions.Timeout"/>); <see langword="null"/> for no timeout.</summary>
    /// <value>30 seconds.</value>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest HTTP request body accepted, in bytes (<c>GraphQLHttpOptions.MaxRequestBodySize</c>).</summary>
    /// <value>262144 (256 KiB).</value>
    public long MaxRequestBodySize { get; init; } = 256 * 1024;

    /// <summary>The limit rules, to run after <see cref="SpecifiedRules.All"/>: <see cref="MaxDepthRule"/>, <see cref="MaxFieldsRule"/>, <see cref="CostRule"/>.</summary>
    public IReadOnlyList<IValidationRule> CreateValidationRules() =>
        [
            new MaxDepthRule(MaxDepth),
            new MaxFieldsRule(MaxFields),
            new CostRule(MaxCost, AssumedListSize, MaxPageSize),
        ];

    /// <summary>Parser options with <see cref="MaxTokens"/>, the rest from <paramref name="options"/>.</summary>
    public ParserOptions ApplyTo(ParserOptions? options) =>
        (options ?? ParserOptions.Default) with
        {
            MaxTokens = MaxTokens,
        };

    /// <summary>Execution options with <see cref="Timeout"/>, the rest from <paramref name="options"/>.</summary>
    public ExecutionOptions ApplyTo(ExecutionOptions? options)
    {
        options ??= ExecutionOptions.Default;
        return new ExecutionOptions
        {
            MaskUnexpectedErrors = options.MaskUnexpectedErrors,
            ErrorFilter = options.ErrorFilter,
            Timeout = Timeout,
            MaxVariableErrors = options.MaxVariableErrors,
            DocumentCacheSize = options.DocumentCacheSize,
        };
    }

    /// <summary>A request executor for <paramref name="schema"/> that applies these limits: the limit rules after the specified rules, the token limit, the timeout.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="options">The other execution options; the defaults when not given.</param>
    /// <param name="parserOptions">The other parser options; the defaults when not given.</param>
    public RequestExecutor CreateRequestExecutor(
        Schema schema,
        ExecutionOptions? options = null,
        ParserOptions? parserOptions = null
    ) =>
        new(
            schema,
            ApplyTo(options),
            parserOptions: ApplyTo(parserOptions),
            rules: CreateValidationRules()
        );
}
