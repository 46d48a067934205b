namespace PartnershipGraph.Web.Pages.Admin.MyActions;

/// <summary>Shortens prose for a list column.</summary>
public static class TextPreview
{
    /// <summary>The first <paramref name="count"/> words of <paramref name="text"/>, with an ellipsis when there are more; empty for none.</summary>
    public static string FirstWords(string? text, int count)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= count
            ? string.Join(' ', words)
            : string.Join(' ', words.Take(count)) + " …";
    }
}
