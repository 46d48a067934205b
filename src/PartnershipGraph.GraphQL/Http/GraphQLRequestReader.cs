using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>Reads the GraphQL request parameters of a GET (query string) or POST (JSON body) request.</summary>
/// <remarks>https://graphql.github.io/graphql-over-http/draft/#sec-Request. Anything malformed throws a <see cref="GraphQLHttpException"/>.</remarks>
internal static partial class GraphQLRequestReader
{
    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowDuplicateProperties = false,
    };

    /// <summary>Reads the parameters of a GET request from its query string.</summary>
    public static ParsedRequests ReadGet(HttpRequest request)
    {
        var parsed = new ParsedRequests();
        try
        {
            var query = QueryParameter(request, "query");
            if (string.IsNullOrEmpty(query))
            {
                throw BadRequest(Messages.MissingQuery);
            }
            parsed.Requests.Add(
                new GraphQLHttpRequest
                {
                    Query = query,
                    OperationName = NullIfEmpty(QueryParameter(request, "operationName")),
                    Variables = JsonQueryParameter(request, "variables", parsed),
                    Extensions = JsonQueryParameter(request, "extensions", parsed),
                }
            );
            return parsed;
        }
        catch
        {
            parsed.Dispose();
            throw;
        }
    }

    /// <summary>Reads the parameters of a POST request from its JSON body: one object, or an array of them when batching is on.</summary>
    public static async ValueTask<ParsedRequests> ReadPostAsync(
        HttpRequest request,
        GraphQLHttpOptions options,
        CancellationToken cancellationToken
    )
    {
        CheckContentType(request.ContentType);
        var parsed = new ParsedRequests();
        try
        {
            var (body, length) = await ReadBodyAsync(
                    request,
                    options.MaxRequestBodySize,
                    cancellationToken
                )
                .ConfigureAwait(false);
            parsed.OwnRentedBody(body);
            if (length == 0)
            {
                throw BadRequest(Messages.MissingBody);
            }
            var document = parsed.Own(ParseJson(body.AsMemory(0, length), "The body"));
            ReadBody(document.RootElement, options, parsed);
            return parsed;
        }
        catch
        {
            parsed.Dispose();
            throw;
        }
    }

    private static void ReadBody(
        JsonElement root,
        GraphQLHttpOptions options,
        ParsedRequests parsed
    )
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                parsed.Requests.Add(ReadParameters(root));
                return;
            case JsonValueKind.Array when options.EnableBatching:
                var count = root.GetArrayLength();
                if (count == 0 || count > options.MaxBatchSize)
                {
                    throw BadRequest(Messages.BatchSize(options.MaxBatchSize));
                }
                parsed.IsBatch = true;
                foreach (var item in root.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        throw BadRequest(Messages.BatchItemNotObject);
                    }
                    parsed.Requests.Add(ReadParameters(item));
                }
                return;
            case JsonValueKind.Array:
                throw BadRequest(Messages.BatchingDisabled);
            default:
                throw BadRequest(Messages.BodyNotObject);
        }
    }

    /// <summary>The parameters of one JSON request object; unknown entries are ignored.</summary>
    private static GraphQLHttpRequest ReadParameters(JsonElement body)
    {
        string? query = null;
        if (body.TryGetProperty("query", out var queryElement))
        {
            query = queryElement.ValueKind switch
            {
                JsonValueKind.String => queryElement.GetString(),
                JsonValueKind.Null => null,
                _ => throw BadRequest(Messages.QueryNotString),
            };
        }
        if (string.IsNullOrEmpty(query))
        {
            throw BadRequest(Messages.MissingQuery);
        }
        string? operationName = null;
        if (body.TryGetProperty("operationName", out var nameElement))
        {
            operationName = nameElement.ValueKind switch
            {
                JsonValueKind.String => nameElement.GetString(),
                JsonValueKind.Null => null,
                _ => throw BadRequest(Messages.OperationNameNotString),
            };
        }
        return new GraphQLHttpRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = ObjectOrNull(body, "variables"),
            Extensions = ObjectOrNull(body, "extensions"),
        };
    }

    private static JsonElement? ObjectOrNull(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var element))
        {
            return null;
        }
        return element.ValueKind switch
        {
            JsonValueKind.Object => element,
            JsonValueKind.Null => null,
            _ => throw BadRequest(Messages.NotAnObject(name)),
        };
    }

    private static string? QueryParameter(HttpRequest request, string name)
    {
        var values = request.Query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw BadRequest(Messages.RepeatedParameter(name)),
        };
    }

    private static JsonElement? JsonQueryParameter(
        HttpRequest request,
        string name,
        ParsedRequests parsed
    )
    {
        var text = QueryParameter(request, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var document = parsed.Own(
            ParseJson(System.Text.Encoding.UTF8.GetBytes(text), $"The '{name}' parameter")
        );
        return document.RootElement.ValueKind switch
        {
            JsonValueKind.Object => document.RootElement,
            JsonValueKind.Null => null,
            _ => throw BadRequest(Messages.NotAnObject(name)),
        };
    }

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> utf8, string what)
    {
        try
        {
            return JsonDocument.Parse(utf8, JsonOptions);
        }
        catch (JsonException exception)
        {
            throw BadRequest($"{what} is not valid JSON: {exception.Message}");
        }
    }

    /// <summary>POST bodies must be JSON in UTF-8: a form or text body (a "simple" cross-site request) is refused.</summary>
    private static void CheckContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            throw new GraphQLHttpException(415, Messages.MissingContentType);
        }
        if (
            !MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !(
                mediaType.MediaType.Equals(
                    GraphQLMediaTypes.Json,
                    StringComparison.OrdinalIgnoreCase
                )
                || mediaType.MediaType.Equals(
                    GraphQLMediaTypes.GraphQLResponseJson,
                    StringComparison.OrdinalIgnoreCase
                )
            )
        )
        {
            throw new GraphQLHttpException(415, Messages.UnsupportedContentType(contentType));
        }
        if (
            mediaType.Charset.HasValue
            && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !mediaType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
        )
        {
            throw new GraphQLHttpException(
                415,
                Messages.UnsupportedCharset(mediaType.Charset.Value!)
            );
        }
    }

    /// <summary>Reads the whole body into a pooled buffer, refusing more than <paramref name="limit"/> bytes with 413.</summary>
    private static async ValueTask<(byte[] Body, int Length)> ReadBodyAsync(
        HttpRequest request,
        long limit,
        CancellationToken cancellationToken
    )
    {
        if (request.ContentLength > limit)
        {
            throw new GraphQLHttpException(413, Messages.TooLarge(limit));
        }
        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                throw new GraphQLHttpException(413, Messages.TooLarge(limit));
            }
            if (result.IsCompleted)
            {
                var length = (int)buffer.Length;
                var body = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                buffer.CopyTo(body);
                reader.AdvanceTo(buffer.End);
                return (body, length);
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static GraphQLHttpException BadRequest(string message) => new(400, message);
}
