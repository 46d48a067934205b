using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace PartnershipGraph.GraphQL.Data.Paging;

/// <summary>Cursors of cursor-paged fields: opaque to clients, they are the base64 of <c>offset:N</c>, N being the item's zero-based position in the filtered, sorted list.</summary>
/// <remarks>An offset cursor works with any order; a cursor stays valid as long as the rows before it do not change.</remarks>
internal static class Cursor
{
    private const string Prefix = "offset:";

    public static string Encode(int offset) =>
        Convert.ToBase64String(
            Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture))
        );

    /// <summary>The offset a cursor stands for.</summary>
    /// <exception cref="GraphQLError">The cursor was not made by <see cref="Encode"/>.</exception>
    public static int Decode(string cursor, string argument)
    {
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(cursor.Length)];
        if (
            Convert.TryFromBase64String(cursor, bytes, out var written)
            && Encoding.UTF8.GetString(bytes, 0, written) is { } text
            && text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(
                text.AsSpan(Prefix.Length),
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var offset
            )
        )
        {
            return offset;
        }
        throw new GraphQLError(
            $"The cursor \"{cursor}\" given as `{argument}` is not a cursor of this connection."
        );
    }
}
