using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The <c>DateTime</c> scalar: an RFC 3339 date and time with an offset, as <see cref="DateTimeOffset"/>.</summary>
/// <remarks>https://scalars.graphql.org/andimarek/date-time.html</remarks>
internal sealed partial class DateTimeType()
    : StringBasedScalarType(
        "DateTime",
        "The `DateTime` scalar represents an exact point in time as an RFC 3339 date and time with a time-zone offset, such as `2022-05-01T09:30:00.000Z`.",
        "https://scalars.graphql.org/andimarek/date-time.html",
        "date-time string"
    )
{
    protected override string? Format(object value) =>
        value switch
        {
            DateTimeOffset offset => Write(offset),
            DateTime { Kind: DateTimeKind.Local } local => Write(new DateTimeOffset(local)),
            DateTime dateTime => Write(
                new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc))
            ),
            string text => TryParse(text) is DateTimeOffset parsed ? Write(parsed) : null,
            _ => null,
        };

    protected override object? TryParse(string text) =>
        Rfc3339().IsMatch(text)
        && DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.RoundtripKind,
            out var result
        )
            ? result
            : null;

    private static string Write(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$"
    )]
    private static partial Regex Rfc3339();
}
