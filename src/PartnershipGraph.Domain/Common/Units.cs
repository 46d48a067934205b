using System.Globalization;

namespace PartnershipGraph.Domain.Common;

/// <summary>The short unit names <see cref="Target.Parse"/> gives, and how a figure is written with its unit.</summary>
public static class Units
{
    /// <summary>A percentage; differences are in percentage points.</summary>
    public const string Percent = "%";

    /// <summary>A number of things (children, schools, workshops).</summary>
    public const string Count = "count";

    /// <summary>Days.</summary>
    public const string Days = "days";

    /// <summary>Weeks.</summary>
    public const string Weeks = "weeks";

    /// <summary>Months.</summary>
    public const string Months = "months";

    /// <summary>Hours.</summary>
    public const string Hours = "hours";

    /// <summary>Pounds sterling.</summary>
    public const string Pounds = "£";

    /// <summary>Thousands of pounds.</summary>
    public const string ThousandPounds = "£k";

    /// <summary>Millions of pounds.</summary>
    public const string MillionPounds = "£m";

    /// <summary>True for "%" and for descriptive units that are percentages, such as "% of agencies" or "per cent".</summary>
    public static bool IsPercent(string? unit)
    {
        var u = unit?.Trim().ToLowerInvariant() ?? string.Empty;
        return u.StartsWith('%')
            || u.StartsWith("percent", StringComparison.Ordinal)
            || u.StartsWith("per cent", StringComparison.Ordinal);
    }

    /// <summary>A figure with its unit for a reader: "82%", "£1.5m", "12", "25 weeks", "1 week", "8 organisations per webinar".</summary>
    public static string Format(decimal value, string? unit)
    {
        var number = FormatNumber(value);
        var u = unit?.Trim() ?? string.Empty;
        if (IsPercent(u))
        {
            return number + "%";
        }

        return u switch
        {
            "" or Count => number,
            Pounds => "£" + number,
            ThousandPounds => "£" + number + "k",
            MillionPounds => "£" + number + "m",
            Days or Weeks or Months or Hours when value == 1 => number + " " + u[..^1],
            _ => number + " " + u,
        };
    }

    /// <summary>A number in invariant culture with thousands separators and no trailing zeros: 1234.50 gives "1,234.5".</summary>
    public static string FormatNumber(decimal value) =>
        value.ToString("#,0.############################", CultureInfo.InvariantCulture);
}
