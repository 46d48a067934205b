namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The <c>URL</c> scalar: an absolute URL, as <see cref="Uri"/>.</summary>
/// <remarks>https://tools.ietf.org/html/rfc3986</remarks>
internal sealed class UrlType()
    : StringBasedScalarType(
        "URL",
        "The `URL` scalar represents an absolute URL as defined by RFC 3986, such as `https://example.org/plans/1`.",
        "https://tools.ietf.org/html/rfc3986",
        "URL"
    )
{
    protected override string? Format(object value) =>
        value switch
        {
            Uri { IsAbsoluteUri: true } uri => uri.AbsoluteUri,
            string text => TryParse(text) is Uri parsed ? parsed.AbsoluteUri : null,
            _ => null,
        };

    protected override object? TryParse(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && !string.IsNullOrEmpty(uri.Scheme)
        && text.Contains(':')
            ? uri
            : null;
}
