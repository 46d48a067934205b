namespace PartnershipGraph.GraphQL.Tests.Validation;

/// <summary>A validation error a test expects: its message and every location, in order.</summary>
public sealed record ExpectedError(string Message, params SourceLocation[] Locations)
{
    /// <summary>An error at one location, written <c>("message", line, column)</c>.</summary>
    public static implicit operator ExpectedError((string Message, int Line, int Column) error) =>
        new(error.Message, new SourceLocation(error.Line, error.Column));

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Message} at [{string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))}]";

    /// <summary>The error as a test would expect it, to compare with an actual error.</summary>
    public static string Describe(GraphQLError error) =>
        new ExpectedError(error.Message, [.. error.Locations]).ToString();
}
