using System.Globalization;
using System.Text;

namespace PartnershipGraph.GraphQL.Utilities;

/// <summary>Writes strings as JavaScript's <c>JSON.stringify</c> does, for error messages and printed values.</summary>
internal static class JsString
{
    /// <summary>The string in double quotes with JSON escapes.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || IsLoneSurrogate(value, i))
                    {
                        builder
                            .Append("\\u")
                            .Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static bool IsLoneSurrogate(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }
        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(value[i - 1]);
        }
        return false;
    }
}
