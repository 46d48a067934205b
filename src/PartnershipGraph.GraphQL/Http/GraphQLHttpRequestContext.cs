using Microsoft.AspNetCore.Http;
using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>One operation of an HTTP request, parsed and validated, as <see cref="GraphQLHttpOptions.ConfigureRequest"/> sees it before it runs.</summary>
/// <remarks>The hook shapes how the operation runs (context items, services, root value, timeout) or refuses it with errors.</remarks>
public sealed class GraphQLHttpRequestContext
{
    /// <summary>The key of the <see cref="Microsoft.AspNetCore.Http.HttpContext"/> in <see cref="ContextItems"/>.</summary>
    public const string HttpContextKey = "HttpContext";

    private readonly List<GraphQLError> _errors = [];

    internal GraphQLHttpRequestContext(
        HttpContext httpContext,
        GraphQLHttpRequest request,
        DocumentNode document,
        OperationDefinitionNode? operation
    )
    {
        HttpContext = httpContext;
        Request = request;
        Document = document;
        Operation = operation;
        Services = httpContext.RequestServices;
        ContextItems = new System.Collections.Concurrent.ConcurrentDictionary<string, object?>(
            StringComparer.Ordinal
        )
        {
            [HttpContextKey] = httpContext,
        };
    }

    /// <summary>The HTTP request (its user, headers, services, …).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The request parameters.</summary>
    public GraphQLHttpRequest Request { get; }

    /// <summary>The parsed, valid document.</summary>
    public DocumentNode Document { get; }

    /// <summary>The operation that will run; <see langword="null"/> when the operation name selects none (execution then reports why).</summary>
    public OperationDefinitionNode? Operation { get; }

    /// <summary>Values shared by all resolvers of the operation; holds the <see cref="HttpContext"/> under <see cref="HttpContextKey"/>.</summary>
    public IDictionary<string, object?> ContextItems { get; }

    /// <summary>The services resolvers see.</summary>
    /// <value>The request's scope, <see cref="HttpContext.RequestServices"/>.</value>
    public IServiceProvider Services { get; set; }

    /// <summary>The source value of the root fields.</summary>
    /// <value><see langword="null"/>.</value>
    public object? RootValue { get; set; }

    /// <summary>How long the operation may run.</summary>
    /// <value><see langword="null"/>: the executor's <see cref="Execution.ExecutionOptions.Timeout"/>.</value>
    public TimeSpan? Timeout { get; set; }

    /// <summary>The status code of the response when the operation is refused.</summary>
    /// <value><see langword="null"/>: 400 for <c>application/graphql-response+json</c>, 200 for <c>application/json</c>, as for validation errors.</value>
    public int? StatusCode { get; set; }

    /// <summary>The errors that refuse the operation; it runs only when there are none.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Refuses the operation with an error (a request error: the response has no <c>data</c>).</summary>
    public void AddError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors.Add(error);
    }
}
