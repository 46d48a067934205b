using System.Text;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>Global object identifiers: the base64 of <c>TypeName:guid</c>.</summary>
public static class GlobalId
{
    /// <summary>The global ID of the entity <paramref name="id"/> of type <paramref name="typeName"/>.</summary>
    public static string Encode(string typeName, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id:D}"));

    /// <summary>Reads a global ID; false when it is not base64 of <c>TypeName:guid</c>.</summary>
    public static bool TryDecode(string? value, out string typeName, out Guid id)
    {
        typeName = string.Empty;
        id = Guid.Empty;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        var buffer = new byte[value.Length];
        if (!Convert.TryFromBase64String(value, buffer, out var length))
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(buffer, 0, length);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "D", out id))
        {
            return false;
        }
        typeName = text[..colon];
        return true;
    }
}
