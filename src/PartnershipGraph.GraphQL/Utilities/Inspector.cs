using System.Collections;
using System.Globalization;
using System.Reflection;

namespace PartnershipGraph.GraphQL.Utilities;

/// <summary>Describes any CLR value for an error message, as graphql-js's <c>inspect</c> describes JavaScript values.</summary>
internal static class Inspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>Strings JSON-quoted, numbers as JavaScript prints them, lists as <c>[a, b]</c>, objects as <c>{ key: value }</c>.</summary>
    public static string Inspect(object? value) => Format(value, []);

    private static string Format(object? value, List<object> seen)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return JsString.Quote(s);
            case char c:
                return JsString.Quote(c.ToString());
            case bool b:
                return b ? "true" : "false";
            case Enum e:
                return JsString.Quote(e.ToString());
            case Delegate d:
                return $"[function {d.Method.Name}]";
        }
        if (JsNumber.IsNumber(value))
        {
            return JsNumber.Format(value);
        }
        switch (value)
        {
            case DateOnly date:
                return JsString.Quote(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            case DateTime dateTime:
                return JsString.Quote(dateTime.ToString("o", CultureInfo.InvariantCulture));
            case DateTimeOffset offset:
                return JsString.Quote(offset.ToString("o", CultureInfo.InvariantCulture));
            case Guid or TimeOnly or Uri or TimeSpan:
                return JsString.Quote(Convert.ToString(value, CultureInfo.InvariantCulture)!);
        }
        if (seen.Contains(value))
        {
            return "[Circular]";
        }
        var nested = new List<object>(seen) { value };
        return value switch
        {
            IDictionary dictionary => FormatEntries(
                dictionary
                    .Keys.Cast<object>()
                    .Select(k => (Convert.ToString(k) ?? "", dictionary[k])),
                value,
                nested
            ),
            IEnumerable<KeyValuePair<string, object?>> pairs => FormatEntries(
                pairs.Select(p => (p.Key, p.Value)),
                value,
                nested
            ),
            IEnumerable list => FormatList(list.Cast<object?>().ToList(), nested),
            _ => FormatEntries(
                value
                    .GetType()
                    .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetIndexParameters().Length == 0)
                    .Select(p => (p.Name, p.GetValue(value))),
                value,
                nested
            ),
        };
    }

    private static string FormatEntries(
        IEnumerable<(string Key, object? Value)> entries,
        object owner,
        List<object> seen
    )
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return "{}";
        }
        if (seen.Count > MaxRecursiveDepth)
        {
            return owner is IDictionary or IEnumerable<KeyValuePair<string, object?>>
                ? "[Object]"
                : "[" + owner.GetType().Name + "]";
        }
        return "{ "
            + string.Join(", ", list.Select(e => e.Key + ": " + Format(e.Value, seen)))
            + " }";
    }

    private static string FormatList(List<object?> items, List<object> seen)
    {
        if (items.Count == 0)
        {
            return "[]";
        }
        if (seen.Count > MaxRecursiveDepth)
        {
            return "[Array]";
        }
        var shown = items.Take(MaxArrayLength).Select(i => Format(i, seen)).ToList();
        var remaining = items.Count - shown.Count;
        if (remaining == 1)
        {
            shown.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            shown.Add($"... {remaining} more items");
        }
        return "[" + string.Join(", ", shown) + "]";
    }
}
