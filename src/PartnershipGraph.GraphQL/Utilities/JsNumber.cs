using System.Globalization;
using System.Numerics;

namespace PartnershipGraph.GraphQL.Utilities;

/// <summary>JavaScript number semantics the built-in scalars follow: which CLR values are numbers, how they print and how strings convert.</summary>
internal static class JsNumber
{
    /// <summary>Whether the value is a CLR number (any integral or floating-point type, or <see cref="decimal"/>).</summary>
    public static bool IsNumber(object? value) =>
        value
            is sbyte
                or byte
                or short
                or ushort
                or int
                or uint
                or long
                or ulong
                or float
                or double
                or decimal
                or BigInteger
                or Half
                or Int128
                or UInt128;

    /// <summary>The CLR number as a double, or <see langword="null"/> when the value is not a number.</summary>
    public static double? ToDouble(object? value) =>
        value switch
        {
            int i => i,
            long l => l,
            double d => d,
            float f => f,
            decimal m => (double)m,
            short s => s,
            byte b => b,
            sbyte sb => sb,
            ushort us => us,
            uint ui => ui,
            ulong ul => ul,
            BigInteger big => (double)big,
            Half h => (double)h,
            Int128 i128 => (double)i128,
            UInt128 u128 => (double)u128,
            _ => null,
        };

    /// <summary>Whether the double is finite and has no fractional part (JavaScript's <c>Number.isInteger</c>).</summary>
    public static bool IsInteger(double value) =>
        double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary>Converts a string as JavaScript's <c>Number(string)</c> does; <see cref="double.NaN"/> when it is not numeric.</summary>
    public static double Parse(string text)
    {
        var s = text.Trim();
        if (s.Length == 0)
        {
            return 0;
        }
        if (s.Length > 2 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            var radix = (s[1] | 0x20) switch
            {
                'x' => 16,
                'o' => 8,
                _ => 2,
            };
            double result = 0;
            foreach (var c in s.AsSpan(2))
            {
                var digit =
                    char.IsAsciiDigit(c) ? c - '0'
                    : char.IsAsciiLetter(c) ? (c | 0x20) - 'a' + 10
                    : 99;
                if (digit >= radix)
                {
                    return double.NaN;
                }
                result = result * radix + digit;
            }
            return result;
        }
        var unsigned = s[0] is '+' or '-' ? s[1..] : s;
        if (unsigned == "Infinity")
        {
            return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }
        foreach (var c in unsigned)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return double.NaN;
            }
        }
        return double.TryParse(
            s,
            NumberStyles.AllowLeadingSign
                | NumberStyles.AllowDecimalPoint
                | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture,
            out var parsed
        )
            ? parsed
            : double.NaN;
    }

    /// <summary>Formats a double as JavaScript's <c>Number.prototype.toString()</c>.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0)
        {
            return "0";
        }
        var sign = value < 0 ? "-" : "";
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        // Split the shortest round-trip form into its digits and decimal exponent.
        var exponentIndex = shortest.IndexOfAny(['E', 'e']);
        var mantissa = exponentIndex < 0 ? shortest : shortest[..exponentIndex];
        var exponent =
            exponentIndex < 0
                ? 0
                : int.Parse(shortest[(exponentIndex + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa[..point] + mantissa[(point + 1)..];
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var trimmed = digits.TrimStart('0');
        n -= digits.Length - trimmed.Length;
        digits = trimmed.TrimEnd('0');
        var k = digits.Length;
        string body;
        if (k <= n && n <= 21)
        {
            body = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            body = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            body = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            var exponentText =
                (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
            body = (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + exponentText;
        }
        return sign + body;
    }

    /// <summary>Formats any CLR number as JavaScript would print the equivalent number.</summary>
    public static string Format(object number) =>
        number switch
        {
            int
            or long
            or short
            or byte
            or sbyte
            or ushort
            or uint
            or ulong
            or BigInteger
            or Int128
            or UInt128 => Convert.ToString(number, CultureInfo.InvariantCulture)!,
            decimal m => Format((double)m),
            _ => Format(ToDouble(number) ?? double.NaN),
        };
}
