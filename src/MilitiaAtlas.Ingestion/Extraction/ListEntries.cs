using System.Text.RegularExpressions;

namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>
/// The entries of a list (a sanctions notice, a designation list): an actor's name opening a line, after a list number at
/// most ("1. HADDAD, Omar", "5. THE DAWN LEGION (amended entry)"), heads the field lines under it ("Position: …",
/// "Other information: Listed on: …"), which name no one else as their subject.
/// </summary>
public static partial class ListEntries
{
    /// <summary>The mentions that open a line, by where they stand; <paramref name="filedPeople"/>: only people filed "Last, First".</summary>
    public static List<(int Start, int Entity)> Heads(string text, IReadOnlyList<LocalEntity> entities, bool filedPeople)
    {
        var heads = new List<(int Start, int Entity)>();
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (filedPeople ? e.Type != EntityType.Person : e.Type == EntityType.Place)
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                var lineStart = text.LastIndexOf('\n', Math.Max(0, m.Span.Start - 1)) + 1;
                if ((!filedPeople || m.Surface.Contains(", ", StringComparison.Ordinal))
                    && LineOpening().IsMatch(text.AsSpan(lineStart, m.Span.Start - lineStart)) && EndsTheName(text, m.Span.End))
                {
                    heads.Add((m.Span.Start, i));
                }
            }
        }

        heads.Sort((a, b) => a.Start.CompareTo(b.Start));
        return heads;
    }

    /// <summary>
    /// The head of the entry whose field line starts at <paramref name="line"/>: the last head before it in the same
    /// paragraph (no blank line between), or null.
    /// </summary>
    public static int? HeadOf(string text, List<(int Start, int Entity)> heads, int line)
    {
        var k = heads.FindLastIndex(h => h.Start < line);
        return k >= 0 && text.IndexOf("\n\n", heads[k].Start, line - heads[k].Start, StringComparison.Ordinal) < 0 ? heads[k].Entity : null;
    }

    /// <summary>Whether the text at <paramref name="at"/> opens with a field label ("Position:", "Other information:").</summary>
    public static bool IsFieldLine(string text, int at) => FieldLabel().IsMatch(text.AsSpan(at, Math.Min(40, text.Length - at)));

    // The name is the line's: the line ends after it, or a list's note follows ("(amended entry)").
    private static bool EndsTheName(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(2, text.Length - end));
        return rest.Length == 0 || rest[0] is '\n' or '\r' || rest.StartsWith(" (");
    }

    [GeneratedRegex(@"^\s*(?:\d{1,3}[.)]\s*)?$")]
    private static partial Regex LineOpening();

    [GeneratedRegex(@"^\p{Lu}[\p{L} .'-]{0,30}:\s")]
    private static partial Regex FieldLabel();
}
