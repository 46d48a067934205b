using System.Globalization;

namespace PartnershipGraph.GraphQL.Scalars;

/// <summary>The <c>UUID</c> scalar: a UUID written as 36 hexadecimal digits and hyphens, as <see cref="Guid"/>.</summary>
/// <remarks>https://tools.ietf.org/html/rfc4122</remarks>
internal sealed class UuidType()
    : StringBasedScalarType(
        "UUID",
        "The `UUID` scalar represents a universally unique identifier written as 32 hexadecimal digits in five groups separated by hyphens, such as `0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e7f`.",
        "https://tools.ietf.org/html/rfc4122",
        "UUID"
    )
{
    protected override string? Format(object value) =>
        value switch
        {
            Guid guid => guid.ToString("D", CultureInfo.InvariantCulture),
            string text => TryParse(text) is Guid parsed
                ? parsed.ToString("D", CultureInfo.InvariantCulture)
                : null,
            _ => null,
        };

    protected override object? TryParse(string text) =>
        Guid.TryParseExact(text, "D", out var guid) ? guid : null;
}
