using System.Text;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Documents;

/// <summary>
/// The stored text of a converted document, built block by block: blocks are parted by a blank line, each block's
/// span is recorded, white space inside a line is collapsed to one space and line ends are LF. What the pipeline and
/// every citation index is exactly this text.
/// </summary>
internal sealed class BlockText
{
    private readonly StringBuilder _text = new();

    private readonly List<TextBlock> _blocks = [];

    public int Count => _blocks.Count;

    /// <summary>The number of characters so far (what a limit on the converted text checks).</summary>
    public int Length => _text.Length;

    public BlockKind? LastKind => _blocks.Count == 0 ? null : _blocks[^1].Kind;

    /// <summary>Adds a block; one that is only white space is left out. Returns whether it was added.</summary>
    public bool Add(string block, BlockKind kind)
    {
        var clean = Normalize(block);
        if (clean.Length == 0)
        {
            return false;
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        var start = _text.Length;
        _text.Append(clean);
        _blocks.Add(new TextBlock(new TextSpan(start, _text.Length), kind));
        return true;
    }

    public (string Text, IReadOnlyList<TextBlock> Blocks) Build() => (_text.ToString(), _blocks.ToArray());

    /// <summary>
    /// One block's text: runs of white space inside a line become one space (no-break spaces stay: they are the text's
    /// own), line ends become LF, blank lines inside the block are dropped (a blank line parts blocks), and control
    /// characters other than the line end are removed.
    /// </summary>
    internal static string Normalize(string block)
    {
        var sb = new StringBuilder(block.Length);
        var space = false;
        var lineStart = true;
        foreach (var raw in block)
        {
            var c = raw;
            if (c is '\r' or '\n' or '\u2028' or '\u2029')
            {
                if (!lineStart)
                {
                    TrimEnd(sb);
                    sb.Append('\n');
                    lineStart = true;
                }

                space = false;
                continue;
            }

            if (c is ' ' or '\t' or '\f' or '\v' || (char.IsWhiteSpace(c) && c != '\u00A0'))
            {
                space = !lineStart;
                continue;
            }

            if (char.IsControl(c) || c == '\uFEFF' || c == '\u00AD')
            {
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
            lineStart = false;
        }

        TrimEnd(sb);
        return sb.ToString();
    }

    private static void TrimEnd(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] is ' ' or '\n')
        {
            sb.Length--;
        }
    }
}
