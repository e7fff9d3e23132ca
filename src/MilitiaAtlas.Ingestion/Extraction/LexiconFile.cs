namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>
/// One embedded data file of word lists (Data/*.txt, Data/*.tsv), read once by the class that owns its lists. The
/// format: lines starting with "#" are comments, a line "[name]" opens the list called name, and the lines after it
/// are its entries up to the next "[name]". A file of one list may leave out the "[name]": its entries are then the
/// list <see cref="Whole"/> (""). A list of words holds one or several words to a line, split at spaces
/// (<see cref="Words"/>); a list of phrases holds one phrase a line (<see cref="Phrases"/>); a table holds one row a
/// line, its columns split at tabs by the class that reads it (<see cref="Lines"/>). The code decides which a list
/// is; the comment above each list says it too. Entries keep their order, for the few lists where the first match
/// wins.
/// </summary>
internal sealed class LexiconFile
{
    /// <summary>The name of the one list of a file without "[name]" lines.</summary>
    public const string Whole = "";

    private static readonly char[] Blanks = [' ', '\t'];

    private readonly Dictionary<string, List<string>> lists;

    private LexiconFile(string file, Dictionary<string, List<string>> lists)
    {
        File = file;
        this.lists = lists;
    }

    /// <summary>The file's name under Data/.</summary>
    public string File { get; }

    /// <summary>The names of the file's lists, in file order.</summary>
    public IReadOnlyCollection<string> ListNames => lists.Keys;

    /// <summary>Reads an embedded data file ("titles.txt").</summary>
    public static LexiconFile Load(string file)
    {
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream("MilitiaAtlas.Ingestion." + file)
            ?? throw new InvalidOperationException("missing embedded data file " + file);
        using var reader = new StreamReader(stream);
        return Parse(file, reader.ReadToEnd());
    }

    /// <summary>Reads the text of a data file.</summary>
    public static LexiconFile Parse(string file, string text)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var name = line[1..^1].Trim();
                if (lists.ContainsKey(Whole))
                {
                    throw new InvalidOperationException($"{file}: entries before the first [list], in a file of lists: [{name}]");
                }

                if (!lists.TryAdd(name, current = []))
                {
                    throw new InvalidOperationException($"{file}: the list [{name}] is opened twice");
                }

                continue;
            }

            if (current is null)
            {
                // A file of one list, without "[name]" lines.
                lists.Add(Whole, current = []);
            }

            current.Add(line);
        }

        return new LexiconFile(file, lists);
    }

    /// <summary>The lines of a list, as written (trimmed).</summary>
    public IReadOnlyList<string> Lines(string list) =>
        lists.TryGetValue(list, out var lines) ? lines : throw new InvalidOperationException($"{File}: no list [{list}]");

    /// <summary>A list of words: each line split at spaces, in order.</summary>
    public string[] Words(string list) =>
        Lines(list).SelectMany(l => l.Split(Blanks, StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>A list of phrases: one a line, in order, inner runs of spaces made one.</summary>
    public string[] Phrases(string list) =>
        Lines(list).Select(l => string.Join(' ', l.Split(Blanks, StringSplitOptions.RemoveEmptyEntries))).ToArray();

    /// <summary>A list of words as a set that ignores case.</summary>
    public HashSet<string> WordSet(string list) => new(Words(list), StringComparer.OrdinalIgnoreCase);

    /// <summary>A list of words as a set that compares exactly, for lookups of words as written ("-backed", not "-Backed").</summary>
    public HashSet<string> ExactWordSet(string list) => new(Words(list), StringComparer.Ordinal);

    /// <summary>A list of phrases as a set that ignores case.</summary>
    public HashSet<string> PhraseSet(string list) => new(Phrases(list), StringComparer.OrdinalIgnoreCase);
}
