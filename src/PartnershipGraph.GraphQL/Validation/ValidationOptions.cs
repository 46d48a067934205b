namespace PartnershipGraph.GraphQL.Validation;

/// <summary>Options of <see cref="DocumentValidator.Validate"/>.</summary>
public sealed record ValidationOptions
{
    /// <summary>How many errors to report before validation stops with a final "Too many validation errors" error.</summary>
    /// <value>100, as in graphql-js.</value>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Whether to leave "Did you mean …?" suggestions out of messages, so that they do not reveal the schema.</summary>
    /// <value><see langword="false"/>.</value>
    public bool HideSuggestions { get; init; }
}
