using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Parses type references written as strings, such as <c>[Kpi!]!</c>.</summary>
/// <remarks>https://spec.graphql.org/October2021/#Type</remarks>
internal static class TypeReference
{
    /// <summary>The type reference, or <see langword="null"/> when the text is not one.</summary>
    public static TypeNode? Parse(string text)
    {
        var position = 0;
        var type = ParseType(text, ref position);
        SkipIgnored(text, ref position);
        return type is not null && position == text.Length ? type : null;
    }

    // Type : NamedType | ListType | NonNullType
    private static TypeNode? ParseType(string text, ref int position)
    {
        SkipIgnored(text, ref position);
        TypeNode? type;
        if (position < text.Length && text[position] == '[')
        {
            position++;
            var item = ParseType(text, ref position);
            SkipIgnored(text, ref position);
            if (item is null || position >= text.Length || text[position] != ']')
            {
                return null;
            }
            position++;
            type = new ListTypeNode(item);
        }
        else
        {
            var start = position;
            while (
                position < text.Length
                && (
                    char.IsAsciiLetter(text[position])
                    || text[position] == '_'
                    || (position > start && char.IsAsciiDigit(text[position]))
                )
            )
            {
                position++;
            }
            if (position == start)
            {
                return null;
            }
            type = new NamedTypeNode(new NameNode(text[start..position]));
        }
        SkipIgnored(text, ref position);
        if (position < text.Length && text[position] == '!')
        {
            position++;
            type = new NonNullTypeNode(type);
        }
        return type;
    }

    private static void SkipIgnored(string text, ref int position)
    {
        while (position < text.Length && (text[position] is ' ' or '\t' or ','))
        {
            position++;
        }
    }
}
