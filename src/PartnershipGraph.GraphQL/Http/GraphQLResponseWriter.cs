using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PartnershipGraph.GraphQL.Execution;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>Writes GraphQL responses straight to the response body, with the status code the media type calls for.</summary>
/// <remarks>
/// https://graphql.github.io/graphql-over-http/draft/#sec-Response. With <c>application/graphql-response+json</c> a request
/// error (no <c>data</c> entry: syntax, validation, variables) is a 400; with <c>application/json</c> every well-formed
/// request is a 200, as legacy clients expect.
/// </remarks>
internal static class GraphQLResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The status code of one operation's response.</summary>
    public static int StatusCode(string mediaType, OperationOutcome outcome) =>
        outcome.StatusCode
        ?? (
            outcome.Result.HasData || mediaType == GraphQLMediaTypes.Json
                ? StatusCodes.Status200OK
                : StatusCodes.Status400BadRequest
        );

    /// <summary>Writes one result, or an array of results for a batch (status 200: each result tells its own story).</summary>
    public static async Task WriteAsync(
        HttpResponse response,
        string mediaType,
        IReadOnlyList<OperationOutcome> outcomes,
        bool isBatch,
        CancellationToken cancellationToken
    )
    {
        response.StatusCode = isBatch
            ? StatusCodes.Status200OK
            : StatusCode(mediaType, outcomes[0]);
        response.ContentType = ContentType(mediaType);
        response.Headers.Vary = "Accept";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            if (isBatch)
            {
                writer.WriteStartArray();
            }
            foreach (var outcome in outcomes)
            {
                ExecutionResultWriter.Write(writer, outcome.Result);
            }
            if (isBatch)
            {
                writer.WriteEndArray();
            }
        }
        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a response of one error and no <c>data</c> entry.</summary>
    public static Task WriteErrorAsync(
        HttpResponse response,
        string mediaType,
        int statusCode,
        GraphQLError error,
        CancellationToken cancellationToken
    )
    {
        response.StatusCode = statusCode;
        return WriteAsync(
            response,
            mediaType,
            [new OperationOutcome(ExecutionResult.FromErrors([error]), statusCode)],
            isBatch: false,
            cancellationToken
        );
    }

    private static string ContentType(string mediaType) => $"{mediaType}; charset=utf-8";
}
