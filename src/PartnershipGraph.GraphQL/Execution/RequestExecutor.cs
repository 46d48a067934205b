using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Validation;

namespace PartnershipGraph.GraphQL.Execution;

/// <summary>Executes GraphQL requests end to end: parse (cached), validate (pluggable, cached), then execute.</summary>
/// <remarks>
/// https://spec.graphql.org/October2021/#sec-Executing-Requests. Syntax and validation errors are returned as a result
/// with errors and no <c>data</c> entry. Thread-safe: one instance serves every request for its schema.
/// </remarks>
public sealed class RequestExecutor
{
    private readonly Func<DocumentNode, IReadOnlyList<GraphQLError>> _validate;
    private readonly ParserOptions? _parserOptions;

    /// <summary>Creates an executor for the schema.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="options">Execution options; <see cref="ExecutionOptions.Default"/> when not given.</param>
    /// <param name="validate">Validates a document; by default <see cref="DocumentValidator.Validate"/> with the specified rules.</param>
    /// <param name="parserOptions">Limits for the parser; the parser's defaults when not given.</param>
    /// <param name="rules">Rules the default validation runs after <see cref="SpecifiedRules.All"/> (depth, cost or field limits, …); not allowed with <paramref name="validate"/>.</param>
    public RequestExecutor(
        Schema schema,
        ExecutionOptions? options = null,
        Func<DocumentNode, IReadOnlyList<GraphQLError>>? validate = null,
        ParserOptions? parserOptions = null,
        IReadOnlyList<IValidationRule>? rules = null
    )
    {
        if (validate is not null && rules is not null)
        {
            throw new ArgumentException(
                "Give either a validate function or extra rules, not both.",
                nameof(rules)
            );
        }
        options ??= ExecutionOptions.Default;
        Executor = new Executor(schema, options);
        Cache = new DocumentCache(options.DocumentCacheSize);
        IReadOnlyList<IValidationRule> allRules = rules is null
            ? SpecifiedRules.All
            : [.. SpecifiedRules.All, .. rules];
        _validate =
            validate ?? (document => DocumentValidator.Validate(schema, document, allRules));
        _parserOptions = parserOptions;
    }

    /// <summary>The executor that runs validated documents.</summary>
    public Executor Executor { get; }

    /// <summary>The parsed and validated documents kept between requests.</summary>
    public DocumentCache Cache { get; }

    /// <summary>Parses, validates and executes the request; every failure is reported in the result.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        if (request.Document is { } given)
        {
            var errors = _validate(given);
            return errors.Count > 0
                ? new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(errors))
                : Executor.ExecuteAsync(request);
        }
        if (string.IsNullOrEmpty(request.Query))
        {
            return new ValueTask<ExecutionResult>(
                ExecutionResult.FromErrors([new GraphQLError("Must provide query string.")])
            );
        }
        CachedDocument cached;
        try
        {
            cached = Cache.GetOrAdd(request.Query, Parse, _validate);
        }
        catch (GraphQLError syntaxError)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors([syntaxError]));
        }
        if (!cached.IsValid)
        {
            return new ValueTask<ExecutionResult>(
                ExecutionResult.FromErrors(cached.ValidationErrors)
            );
        }
        return Executor.ExecuteAsync(
            new ExecutionRequest
            {
                Document = cached.Document,
                Query = request.Query,
                OperationName = request.OperationName,
                VariableValues = request.VariableValues,
                Variables = request.Variables,
                RootValue = request.RootValue,
                Services = request.Services,
                ContextItems = request.ContextItems,
                Timeout = request.Timeout,
                CancellationToken = request.CancellationToken,
            }
        );
    }

    /// <summary>Executes query text with optional variables.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(
        string query,
        IReadOnlyDictionary<string, object?>? variableValues = null,
        string? operationName = null,
        CancellationToken cancellationToken = default
    ) =>
        ExecuteAsync(
            new ExecutionRequest
            {
                Query = query,
                VariableValues = variableValues,
                OperationName = operationName,
                CancellationToken = cancellationToken,
            }
        );

    private DocumentNode Parse(string source) => Parser.Parse(source, _parserOptions);
}
