using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Validation;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>How the GraphQL endpoint mapped by <c>MapGraphQL</c> reads requests, runs them and writes responses.</summary>
/// <remarks>https://graphql.github.io/graphql-over-http/draft/</remarks>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section <c>AddGraphQL</c> binds the options from (before its <c>configure</c> delegate runs).</summary>
    public const string SectionName = "GraphQL";

    /// <summary>The header by which a GET request proves that the browser preflighted it (any non-empty value, e.g. <c>1</c>); see <see cref="CsrfProtection"/>.</summary>
    public const string PreflightHeader = "GraphQL-Preflight";

    /// <summary>The largest request body accepted, in bytes; a larger one is answered with 413.</summary>
    /// <value>262144 (256 KiB).</value>
    public long MaxRequestBodySize { get; set; } = 256 * 1024;

    /// <summary>Whether queries may be sent with GET (mutations never may).</summary>
    /// <value><see langword="true"/>.</value>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether a POST body may be a JSON array of requests, answered with a JSON array of results.</summary>
    /// <value><see langword="false"/>.</value>
    public bool EnableBatching { get; set; }

    /// <summary>The most requests one batch may hold.</summary>
    /// <value>10.</value>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Which requests must prove they are not cross-site forgeries (a JSON content type or a <c>GraphQL-Preflight</c> header).</summary>
    /// <value><see cref="CsrfProtection.WhenCookiesPresent"/>.</value>
    public CsrfProtection CsrfProtection { get; set; } = CsrfProtection.WhenCookiesPresent;

    /// <summary>Whether unexpected errors (exceptions that are not <see cref="GraphQLError"/>s) keep their message and gain an <c>exception</c> extension with type and stack trace.</summary>
    /// <value><see langword="null"/>: only when the host environment is Development.</value>
    public bool? ExposeExceptionDetails { get; set; }

    /// <summary>Rules run after <see cref="SpecifiedRules.All"/> on every document (depth or cost limits, …); their result is cached with the document.</summary>
    /// <value>None.</value>
    public IList<IValidationRule> ValidationRules { get; } = [];

    /// <summary>Error limit and suggestions of validation.</summary>
    /// <value>The defaults of <see cref="Validation.ValidationOptions"/>.</value>
    public ValidationOptions ValidationOptions { get; set; } = new();

    /// <summary>Limits of the parser (tokens, depth).</summary>
    /// <value>The defaults of <see cref="Language.ParserOptions"/>.</value>
    public ParserOptions ParserOptions { get; set; } = new();

    /// <summary>Options of the executor (timeout, error filter, document cache size, …).</summary>
    /// <value>The defaults of <see cref="Execution.ExecutionOptions"/>.</value>
    public ExecutionOptions ExecutionOptions { get; set; } = new();

    /// <summary>Called for each operation after it was parsed and validated and before it runs: sets the context items, services,
    /// root value or timeout of the request, or refuses it with <see cref="GraphQLHttpRequestContext.AddError"/>.</summary>
    /// <value>None.</value>
    public Func<GraphQLHttpRequestContext, ValueTask>? ConfigureRequest { get; set; }

    /// <summary>Throws when an option is out of range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRequestBodySize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBatchSize);
        ArgumentNullException.ThrowIfNull(ValidationOptions);
        ArgumentNullException.ThrowIfNull(ParserOptions);
        ArgumentNullException.ThrowIfNull(ExecutionOptions);
    }
}
