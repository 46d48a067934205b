using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>Chooses the media type of the response from the request's <c>Accept</c> header.</summary>
/// <remarks>
/// https://graphql.github.io/graphql-over-http/draft/#sec-Accept. The highest quality wins; <c>application/graphql-response+json</c>
/// wins a tie only when named explicitly, so that <c>*/*</c>, <c>application/*</c> and a missing header get <c>application/json</c>
/// (what legacy clients expect). A range with a charset other than UTF-8 matches nothing.
/// </remarks>
internal static class AcceptNegotiation
{
    /// <summary>The media type to respond with, or <see langword="null"/> when neither GraphQL media type is acceptable.</summary>
    public static string? SelectResponseMediaType(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return GraphQLMediaTypes.Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return null;
        }
        var response = Quality(ranges, GraphQLMediaTypes.GraphQLResponseJson);
        var json = Quality(ranges, GraphQLMediaTypes.Json);
        if (response.Value <= 0 && json.Value <= 0)
        {
            return null;
        }
        return response.Value > json.Value || (response.Value == json.Value && response.Explicit)
            ? GraphQLMediaTypes.GraphQLResponseJson
            : GraphQLMediaTypes.Json;
    }

    /// <summary>The quality of the most specific range that matches the media type, and whether that range names it.</summary>
    private static (double Value, bool Explicit) Quality(
        IList<MediaTypeHeaderValue> ranges,
        string mediaType
    )
    {
        var best = (Value: 0d, Specificity: -1);
        foreach (var range in ranges)
        {
            var specificity = Specificity(range, mediaType);
            if (specificity > best.Specificity && IsUtf8(range))
            {
                best = (range.Quality ?? 1d, specificity);
            }
        }
        return (best.Value, best.Specificity == 2);
    }

    private static int Specificity(MediaTypeHeaderValue range, string mediaType)
    {
        if (range.MatchesAllTypes)
        {
            return 0;
        }
        if (range.MatchesAllSubTypes)
        {
            return mediaType.StartsWith($"{range.Type.Value}/", StringComparison.OrdinalIgnoreCase)
                ? 1
                : -1;
        }
        return range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
    }

    private static bool IsUtf8(MediaTypeHeaderValue range) =>
        !range.Charset.HasValue
        || range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || range.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
