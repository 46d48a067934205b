using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using PartnershipGraph.GraphQL.Execution;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Validation;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>Serves GraphQL over HTTP for one schema: negotiates the media type, reads the request, runs each operation and writes the result.</summary>
/// <remarks>https://graphql.github.io/graphql-over-http/draft/. Thread-safe: one instance serves every request.</remarks>
internal sealed partial class GraphQLHttpHandler
{
    private readonly GraphQLHttpOptions _options;
    private readonly IReadOnlyList<IValidationRule> _rules;
    private readonly bool _exposeExceptionDetails;
    private readonly ILogger _logger;

    public GraphQLHttpHandler(
        Schema schema,
        GraphQLHttpOptions options,
        bool isDevelopment,
        ILogger<GraphQLHttpHandler> logger
    )
    {
        ArgumentNullException.ThrowIfNull(schema);
        options.Validate();
        _options = options;
        _rules = [.. SpecifiedRules.All, .. options.ValidationRules];
        _exposeExceptionDetails = options.ExposeExceptionDetails ?? isDevelopment;
        _logger = logger;
        Executor = new Executor(schema, options.ExecutionOptions);
        Cache = new DocumentCache(options.ExecutionOptions.DocumentCacheSize);
    }

    /// <summary>The executor the operations run on.</summary>
    public Executor Executor { get; }

    /// <summary>The parsed and validated documents kept between requests.</summary>
    public DocumentCache Cache { get; }

    /// <summary>Answers one HTTP request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var mediaType = GraphQLMediaTypes.Json;
        var cancellationToken = context.RequestAborted;
        try
        {
            var isGet = HttpMethods.IsGet(context.Request.Method);
            CheckMethod(context.Request.Method, isGet);
            mediaType =
                AcceptNegotiation.SelectResponseMediaType(context.Request.Headers.Accept)
                ?? throw new GraphQLHttpException(406, NotAcceptableMessage);
            if (isGet)
            {
                CheckCrossSiteRequestForgery(context.Request);
            }
            using var parsed = isGet
                ? GraphQLRequestReader.ReadGet(context.Request)
                : await GraphQLRequestReader
                    .ReadPostAsync(context.Request, _options, cancellationToken)
                    .ConfigureAwait(false);
            var outcomes = new List<OperationOutcome>(parsed.Requests.Count);
            foreach (var request in parsed.Requests)
            {
                outcomes.Add(
                    await ExecuteOperationAsync(context, request, isGet).ConfigureAwait(false)
                );
            }
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            await GraphQLResponseWriter
                .WriteAsync(
                    context.Response,
                    mediaType,
                    outcomes,
                    parsed.IsBatch,
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: there is no one to answer.
        }
        catch (GraphQLHttpException refused) when (!context.Response.HasStarted)
        {
            if (refused.Allow is not null)
            {
                context.Response.Headers.Allow = refused.Allow;
            }
            if (refused.StatusCode == 406)
            {
                context.Response.Headers.Accept =
                    $"{GraphQLMediaTypes.GraphQLResponseJson}; charset=utf-8, {GraphQLMediaTypes.Json}; charset=utf-8";
            }
            await GraphQLResponseWriter
                .WriteErrorAsync(
                    context.Response,
                    mediaType,
                    refused.StatusCode,
                    new GraphQLError(refused.Message),
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
        catch (BadHttpRequestException badRequest) when (!context.Response.HasStarted)
        {
            // The server refused the body while it was read (e.g. over Kestrel's own size limit).
            await GraphQLResponseWriter
                .WriteErrorAsync(
                    context.Response,
                    mediaType,
                    badRequest.StatusCode,
                    new GraphQLError(badRequest.Message),
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            LogUnexpectedRequestFailure(_logger, exception);
            await GraphQLResponseWriter
                .WriteErrorAsync(
                    context.Response,
                    mediaType,
                    StatusCodes.Status500InternalServerError,
                    Unexpected(new GraphQLError(exception.Message, innerException: exception)),
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
    }

    private const string NotAcceptableMessage =
        "The Accept header allows neither application/graphql-response+json nor application/json.";

    private void CheckMethod(string method, bool isGet)
    {
        if (isGet && !_options.EnableGetRequests)
        {
            throw new GraphQLHttpException(405, "GraphQL requests must be sent with POST.", "POST");
        }
        if (!isGet && !HttpMethods.IsPost(method))
        {
            throw new GraphQLHttpException(
                405,
                $"GraphQL requests must be sent with {Allow}.",
                Allow
            );
        }
    }

    private string Allow => _options.EnableGetRequests ? "GET, POST" : "POST";

    /// <summary>A GET that may ride on ambient credentials must prove that it was preflighted.</summary>
    private void CheckCrossSiteRequestForgery(HttpRequest request)
    {
        var mustProve = _options.CsrfProtection switch
        {
            CsrfProtection.Always => true,
            CsrfProtection.WhenCookiesPresent => request.Headers.Cookie.Count > 0,
            _ => false,
        };
        if (
            mustProve
            && string.IsNullOrEmpty(request.Headers[GraphQLHttpOptions.PreflightHeader])
            && !HasPreflightedContentType(request.ContentType)
        )
        {
            throw new GraphQLHttpException(
                400,
                $"This request was refused as a possible cross-site request forgery: send it with a '{GraphQLHttpOptions.PreflightHeader}: 1' header, or as a POST with a JSON body."
            );
        }
    }

    /// <summary>Whether a browser must preflight a request with this content type (the CORS-safelisted ones are not).</summary>
    private static bool HasPreflightedContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return true;
        }
        var essence = mediaType.MediaType.Value ?? "";
        return !(
            essence.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || essence.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || essence.Equals("text/plain", StringComparison.OrdinalIgnoreCase)
        );
    }

    private DocumentNode Parse(string source) => Parser.Parse(source, _options.ParserOptions);

    private IReadOnlyList<GraphQLError> Validate(DocumentNode document) =>
        DocumentValidator.Validate(Executor.Schema, document, _rules, _options.ValidationOptions);
}
