using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>What a role noun says toward each kind of object ("-" in the file: nothing). A leading "~" turns the relation round.</summary>
public sealed record RoleEntry(string Noun, string? Only, string? Several, string? Country, string? Person, bool GroupSubject);

/// <summary>
/// What a verb form says: the predicate, and whether "X VERB Y" reads "Y predicate X". A predicate may be several joined by
/// "|" ("holds_office|controls"), each with its own "~": the first whose argument kinds fit is the one stated.
/// </summary>
public sealed record VerbEntry(string Form, string Predicate, bool Turned);

/// <summary>
/// The role nouns and verbs of the relation frames, as data (embedded Data/relation-roles.tsv and
/// Data/relation-verbs.tsv), with the regular-expression alternations the frames are built from.
/// </summary>
public static class RelationLexicon
{
    private static readonly List<(RoleEntry Entry, string Singular, string Plural)> RoleRows = LoadRoles();

    private static readonly Dictionary<string, (RoleEntry? Person, RoleEntry? Group, bool Plural)> RoleWords = BuildRoleWords();

    private static readonly Dictionary<string, VerbEntry> Verbs = LoadVerbs();

    /// <summary>Marks a role noun in <see cref="Mark"/>'s copy of the text; <see cref="VerbMark"/> a verb; <see cref="BothMark"/> a word that is either ("heads").</summary>
    public const char RoleMark = '\u0001';

    public const char VerbMark = '\u0002';

    public const char BothMark = '\u0003';

    private static readonly int MaxWords = RoleWords.Keys.Concat(Verbs.Keys).Max(k => k.Split(' ').Length);

    // For Mark: the entries looked up by a span of the text, and every entry's first words ("pledged", "pledged allegiance").
    private static readonly Dictionary<string, (RoleEntry? Person, RoleEntry? Group, bool Plural)>.AlternateLookup<ReadOnlySpan<char>> RoleLookup =
        RoleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, VerbEntry>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseStarts = new HashSet<string>(
        RoleWords.Keys.Concat(Verbs.Keys).SelectMany(k => k.Split(' ').Select((_, n) => string.Join(' ', k.Split(' ')[..(n + 1)]))),
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The entry for a role word as matched in text (any case), for a person's role or a group's.</summary>
    public static RoleEntry? Role(string word, bool groupSubject, out bool plural)
    {
        plural = false;
        if (!RoleWords.TryGetValue(Key(word), out var r))
        {
            return null;
        }

        plural = r.Plural;
        return groupSubject ? r.Group : r.Person;
    }

    public static VerbEntry? Verb(string form) => Verbs.GetValueOrDefault(Key(form));

    private static readonly Dictionary<string, (string Predicate, bool PersonRole)> InfoboxKeys = Rows("infobox-keys.tsv", 3)
        .ToDictionary(f => f[0], f => (CheckPredicate(f[1]), f[2] switch
        {
            "person" => true,
            "group" => false,
            _ => throw new InvalidOperationException($"infobox-keys.tsv: the third field is person or group, not '{f[2]}'"),
        }), StringComparer.Ordinal);

    /// <summary>What an infobox line's key says (embedded Data/infobox-keys.tsv): its predicate, and whether the line names people holding a role in the page's group; null for other keys.</summary>
    public static (string Predicate, bool PersonRole)? InfoboxKey(string key) =>
        InfoboxKeys.TryGetValue(Key(key.Trim()), out var entry) ? entry : null;

    private static string Key(string s) => Regex.Replace(s.ToLowerInvariant(), @"\s+", " ");

    /// <summary>
    /// A copy of the text, same length, in which every role noun and verb form of the lexicon (the longest at each word,
    /// any case but a group's role written with a capital, several words too: "pledged allegiance to") is overwritten with its mark, so the frames' patterns name
    /// "a role" or "a verb" with one character class instead of hundreds of alternatives. Read the words from the text.
    /// </summary>
    public static string Mark(string text)
    {
        var chars = text.ToCharArray();
        var words = new List<(int Start, int End)>(text.Length / 5);
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (text[i] == '-' && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
            {
                i++;
            }

            words.Add((start, i));
        }

        var key = new char[64];
        for (var w = 0; w < words.Count; w++)
        {
            int roleEnd = -1, verbEnd = -1, roleLast = w, verbLast = w;
            var length = 0;
            for (var k = w; k < words.Count && k - w < MaxWords; k++)
            {
                if (k > w)
                {
                    // Words of one phrase are joined by spaces only.
                    if (words[k].Start != words[k - 1].End + 1 || text[words[k - 1].End] is not (' ' or '\n'))
                    {
                        break;
                    }

                    key[length++] = ' ';
                }

                var word = text.AsSpan(words[k].Start, words[k].End - words[k].Start);
                if (length + word.Length > key.Length)
                {
                    Array.Resize(ref key, 2 * (length + word.Length));
                }

                length += word.ToLowerInvariant(key.AsSpan(length));
                var phrase = key.AsSpan(0, length);

                // No entry goes on from here: the longer phrases are no entries either.
                if (!PhraseStarts.Contains(phrase))
                {
                    break;
                }

                // A group's role written with a capital ("Shura Council", "Finance Unit") is part of a name, not a role; a person's
                // role is also a title ("Commander X") and counts in any case.
                if (RoleLookup.TryGetValue(phrase, out var role) && (role.Person is not null || !char.IsUpper(text[words[w].Start])))
                {
                    (roleEnd, roleLast) = (words[k].End, k);
                }

                if (VerbLookup.ContainsKey(phrase))
                {
                    (verbEnd, verbLast) = (words[k].End, k);
                }
            }

            if (roleEnd < 0 && verbEnd < 0)
            {
                continue;
            }

            var end = Math.Max(roleEnd, verbEnd);
            var mark = roleEnd == verbEnd ? BothMark : roleEnd > verbEnd ? RoleMark : VerbMark;
            for (var c = words[w].Start; c < end; c++)
            {
                chars[c] = mark;
            }

            w = roleEnd > verbEnd ? roleLast : verbLast;
        }

        return new string(chars);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static Dictionary<string, (RoleEntry? Person, RoleEntry? Group, bool Plural)> BuildRoleWords()
    {
        var result = new Dictionary<string, (RoleEntry? Person, RoleEntry? Group, bool Plural)>(StringComparer.Ordinal);
        foreach (var (entry, singular, plural) in RoleRows)
        {
            foreach (var (word, isPlural) in new[] { (singular, false), (plural, true) })
            {
                var cur = result.GetValueOrDefault(word, (null, null, isPlural));
                result[word] = entry.GroupSubject ? (cur.Person, entry, isPlural) : (entry, cur.Group, isPlural);
            }
        }

        return result;
    }

    private static List<string[]> Rows(string file, int fields)
    {
        var rows = LexiconFile.Load(file).Lines(LexiconFile.Whole).Select(l => l.Split('\t')).ToList();
        var bad = rows.FirstOrDefault(r => r.Length != fields);
        return bad is null ? rows : throw new InvalidOperationException($"{file}: a line needs {fields} tab-separated fields: {string.Join("\\t", bad)}");
    }

    private static List<(RoleEntry, string, string)> LoadRoles()
    {
        static string? P(string s) => s == "-" ? null : CheckPredicate(s);
        return Rows("relation-roles.tsv", 6).Select(f =>
        {
            var names = f[0].Split('/');
            var singular = names[0];
            var plural = names.Length > 1 ? names[1] : singular + "s";
            return (new RoleEntry(singular, P(f[1]), P(f[2]), P(f[3]), P(f[4]), f[5] == "group"), singular, plural);
        }).ToList();
    }

    private static Dictionary<string, VerbEntry> LoadVerbs()
    {
        var result = new Dictionary<string, VerbEntry>(StringComparer.Ordinal);
        foreach (var f in Rows("relation-verbs.tsv", 2))
        {
            var predicate = CheckPredicate(f[1]);
            foreach (var form in f[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // "a|~b": each alternative keeps its own "~"; Frames.Add takes the first that fits.
                result[Key(form)] = predicate.Contains('|')
                    ? new VerbEntry(form, predicate, false)
                    : new VerbEntry(form, predicate.TrimStart('~'), predicate.StartsWith('~'));
            }
        }

        return result;
    }

    /// <summary>A predicate of the table, "~" before it to turn it round; or several joined by "|", the first that fits (each checked).</summary>
    private static string CheckPredicate(string s) =>
        s.Split('|').FirstOrDefault(p => PredicateTable.Get(p.TrimStart('~')) is null) is { } bad
            ? throw new InvalidOperationException("relation lexicon: unknown predicate " + bad) : s;
}
