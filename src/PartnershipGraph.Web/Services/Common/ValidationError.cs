namespace PartnershipGraph.Web.Services.Common;

/// <summary>An input value is missing, too long or inconsistent.</summary>
/// <param name="FieldPath">The path of the offending field, e.g. ["input", "narrative"].</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record ValidationError(IReadOnlyList<string> FieldPath, string Message)
    : ServiceError(Message)
{
    /// <summary>An error on <c>input.{field}</c>.</summary>
    public static ValidationError OnInput(string field, string message) =>
        new(["input", field], message);

    /// <summary>The path joined with dots, e.g. "input.narrative".</summary>
    public string Path => string.Join('.', FieldPath);
}
