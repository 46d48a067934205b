using System.Buffers;
using BenchmarkDotNet.Attributes;
using PartnershipGraph.GraphQL.Benchmarks.Data;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Validation;

namespace PartnershipGraph.GraphQL.Benchmarks;

/// <summary>Parse, validate and execute of one document, and the end-to-end path of a request whose document is cached.</summary>
/// <remarks><c>node/bench.mjs</c> measures graphql-js on the same document, schema and data.</remarks>
[MemoryDiagnoser]
public abstract class DocumentBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _document = null!;
    private Executor _executor = null!;
    private RequestExecutor _requestExecutor = null!;
    private ExecutionRequest _request = null!;
    private ArrayBufferWriter<byte> _buffer = null!;

    /// <summary>The source text of the document.</summary>
    protected abstract string Source { get; }

    /// <summary>Builds the schema, then parses and validates the document once.</summary>
    [GlobalSetup]
    public void SetupDocument()
    {
        _schema = BenchmarkSchema.Create(BenchmarkFiles.Plans);
        _document = Parser.Parse(Source);
        var errors = DocumentValidator.Validate(_schema, _document, SpecifiedRules.All);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The document is not valid: {errors[0].Message}");
        }
    }

    /// <summary>Also prepares the executors and checks that the document executes to data without errors.</summary>
    [GlobalSetup(Targets = [nameof(Execute), nameof(EndToEnd)])]
    public void SetupExecution()
    {
        SetupDocument();
        _executor = new Executor(_schema);
        _request = new ExecutionRequest { Document = _document };
        _requestExecutor = new RequestExecutor(
            _schema,
            validate: document => DocumentValidator.Validate(_schema, document, SpecifiedRules.All)
        );
        _buffer = new ArrayBufferWriter<byte>(128 * 1024);
        var result = EndToEnd();
        if (result.Errors.Count > 0 || result.Data is not { Count: > 0 })
        {
            throw new InvalidOperationException(
                $"The document does not execute to data without errors: {ExecutionResultWriter.ToJson(result)}"
            );
        }
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(Source);

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() =>
        DocumentValidator.Validate(_schema, _document, SpecifiedRules.All);

    [Benchmark]
    public ExecutionResult Execute()
    {
        var execution = _executor.ExecuteAsync(_request);
        return execution.IsCompletedSuccessfully
            ? execution.Result
            : execution.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A request as the HTTP transport makes it: query text (a cache hit), execution, then the JSON response.</summary>
    [Benchmark]
    public ExecutionResult EndToEnd()
    {
        var execution = _requestExecutor.ExecuteAsync(new ExecutionRequest { Query = Source });
        var result = execution.IsCompletedSuccessfully
            ? execution.Result
            : execution.AsTask().GetAwaiter().GetResult();
        _buffer.ResetWrittenCount();
        ExecutionResultWriter.Write(_buffer, result);
        return result;
    }
}
