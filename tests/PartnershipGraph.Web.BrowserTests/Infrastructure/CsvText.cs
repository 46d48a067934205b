using System.Text;

namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>Reads and writes RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes), for tests that edit an export.</summary>
public static class CsvText
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }

    public static string Write(IEnumerable<IEnumerable<string>> records) =>
        string.Concat(records.Select(r => string.Join(',', r.Select(Quote)) + "\r\n"));

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
