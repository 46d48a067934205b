using System.Text.Json;

namespace PartnershipGraph.Web.Pages.Admin.Audit;

/// <summary>One field of an audit entry's snapshots: its value before and after, as text (null when the snapshot lacks it).</summary>
public sealed record AuditChange(string Field, string? Before, string? After)
{
    /// <summary>The fields of the before and after JSON objects, in the order they were written, before's first.</summary>
    public static IReadOnlyList<AuditChange> Compare(string? beforeJson, string? afterJson)
    {
        var before = Read(beforeJson);
        var after = Read(afterJson);
        return
        [
            .. before
                .Keys.Concat(after.Keys)
                .Distinct(StringComparer.Ordinal)
                .Select(f => new AuditChange(
                    f,
                    before.GetValueOrDefault(f),
                    after.GetValueOrDefault(f)
                )),
        ];
    }

    private static Dictionary<string, string?> Read(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return values;
        }
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            values["(value)"] = Text(document.RootElement);
            return values;
        }
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = Text(property.Value);
        }
        return values;
    }

    private static string Text(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Null => "(empty)",
            _ => value.GetRawText(),
        };
}
