using System.Globalization;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The <c>Date</c> scalar: a calendar date without time or zone (<c>2022-05-31</c>), as <see cref="DateOnly"/>.</summary>
/// <remarks>https://scalars.graphql.org/andimarek/local-date.html</remarks>
internal sealed class DateType()
    : StringBasedScalarType(
        "Date",
        "The `Date` scalar represents a calendar date without a time or time zone, written as `yyyy-MM-dd` (ISO 8601).",
        "https://scalars.graphql.org/andimarek/local-date.html",
        "date string"
    )
{
    protected override string? Format(object value) =>
        value switch
        {
            DateOnly date => Write(date),
            DateTime dateTime => Write(DateOnly.FromDateTime(dateTime)),
            DateTimeOffset offset => Write(DateOnly.FromDateTime(offset.DateTime)),
            string text => TryParse(text) is DateOnly parsed ? Write(parsed) : null,
            _ => null,
        };

    protected override object? TryParse(string text) =>
        DateOnly.TryParseExact(
            text,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date
        )
            ? date
            : null;

    private static string Write(DateOnly date) =>
        // "O" writes yyyy-MM-dd for a DateOnly, without parsing a custom format each time.
        date.ToString("O", CultureInfo.InvariantCulture);
}
