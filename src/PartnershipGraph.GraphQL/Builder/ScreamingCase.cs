using System.Text;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Converts CLR member names to the SCREAMING_SNAKE_CASE used for enum values (<c>PartiallyMet</c> → <c>PARTIALLY_MET</c>).</summary>
internal static class ScreamingCase
{
    /// <summary>The name in upper case with an underscore at each word boundary.</summary>
    public static string Convert(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_')
            {
                var previous = name[i - 1];
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                if (
                    char.IsLower(previous)
                    || char.IsDigit(previous)
                    || (char.IsUpper(previous) && char.IsLower(next))
                )
                {
                    builder.Append('_');
                }
            }
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }
}
