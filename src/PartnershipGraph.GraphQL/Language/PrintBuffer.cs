using System.Text;

namespace PartnershipGraph.GraphQL.Language;

/// <summary>
/// A piece of printed text in a linked list of pieces, with indentation applied when rendered, so that
/// printing stays linear however deep the tree (the design of graphql-js 16's printer).
/// </summary>
internal sealed class PrintBuffer
{
    private readonly string _text;
    private PrintBuffer? _next;
    private PrintBuffer _tail;
    private bool _indentBefore;
    private bool _dedentAfter;

    public PrintBuffer(string text = "")
    {
        _text = text;
        _tail = this;
        Length = text.Length;
        Newlines = text.AsSpan().Count('\n');
    }

    /// <summary>The printed length, counting newlines and the indentation added by <see cref="Indent"/>.</summary>
    public int Length { get; private set; }

    /// <summary>How many line breaks the text contains.</summary>
    public int Newlines { get; private set; }

    public PrintBuffer Append(string text) =>
        text.Length == 0 ? this : Append(new PrintBuffer(text));

    public PrintBuffer Append(PrintBuffer next)
    {
        if (next.Length == 0)
        {
            return this;
        }
        _tail._next = next;
        _tail = next._tail;
        Length += next.Length;
        Newlines += next.Newlines;
        return this;
    }

    /// <summary>Indents every line of this buffer by two spaces.</summary>
    public PrintBuffer Indent()
    {
        if (Length == 0)
        {
            return this;
        }
        _indentBefore = true;
        _tail._dedentAfter = true;
        Length += 2 * (Newlines + 1);
        return this;
    }

    public string Render()
    {
        var output = new StringBuilder(Length);
        var indentation = 0;
        for (var part = this; part is not null; part = part._next)
        {
            if (part._indentBefore)
            {
                indentation += 2;
                output.Append(' ', 2);
            }
            var text = part._text.AsSpan();
            int newline;
            while ((newline = text.IndexOf('\n')) >= 0)
            {
                output.Append(text[..newline]).Append('\n').Append(' ', indentation);
                text = text[(newline + 1)..];
            }
            output.Append(text);
            if (part._dedentAfter)
            {
                indentation -= 2;
            }
        }
        return output.ToString();
    }
}
