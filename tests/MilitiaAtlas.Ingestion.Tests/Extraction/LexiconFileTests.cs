using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

public sealed class LexiconFileTests
{
    // The lists of phrases (one a line); every other list of these files is a list of words.
    private static readonly HashSet<(string File, string List)> PhraseLists =
    [
        ("titles.txt", "titles"), ("titles.txt", "reference-titles"), ("titles.txt", "office-titles"), ("titles.txt", "jurisdiction-titles"), ("org-words.txt", "demonym-heads"),
        ("org-words.txt", "force-nouns"),
        ("closing-words.txt", "service-phrases"),
    ];

    [Fact]
    public void A_file_is_comments_list_headers_and_entries()
    {
        var file = LexiconFile.Parse("test.txt", """
            # A comment about the file.

            [verbs]
            # A comment about the list.
            vowed   warned
            stated

            [titles]
            deputy   prime minister
            mayor
            """);

        Assert.Equal(["verbs", "titles"], file.ListNames);
        Assert.Equal(["vowed", "warned", "stated"], file.Words("verbs"));
        Assert.Equal(["deputy prime minister", "mayor"], file.Phrases("titles"));
        Assert.Contains("VOWED", file.WordSet("verbs"));
        Assert.Contains("Deputy Prime Minister", file.PhraseSet("titles"));
        Assert.Throws<InvalidOperationException>(() => file.Words("nouns"));
    }

    [Fact]
    public void A_file_with_an_entry_outside_a_list_or_a_list_opened_twice_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => LexiconFile.Parse("test.txt", "vowed\n[verbs]\nwarned\n"));
        Assert.Throws<InvalidOperationException>(() => LexiconFile.Parse("test.txt", "[verbs]\nvowed\n[verbs]\nwarned\n"));
    }

    [Fact]
    public void Event_cue_words_are_letters_only_so_the_fast_scan_and_the_pattern_agree()
    {
        // FirstCue looks a run of word characters up in a set; a cue with a hyphen or a dot could match the pattern only.
        Assert.All(LexiconFile.Load("event-words.txt").Words("cue-words"), w => Assert.True(w.All(char.IsAsciiLetterLower), w));
    }

    [Fact]
    public void A_file_of_one_list_needs_no_list_header()
    {
        var file = LexiconFile.Parse("test.tsv", "# name\tlabel\nleads\tleader of\n\nfounded\tfounder of\n");

        Assert.Equal([LexiconFile.Whole], file.ListNames);
        Assert.Equal(["leads\tleader of", "founded\tfounder of"], file.Lines(LexiconFile.Whole));
    }

    [Fact]
    public void A_line_added_to_a_list_is_one_more_entry_and_changes_nothing_else()
    {
        // What an analyst's one-line diff does: the shipped file with one more line reads as the same lists plus that word.
        var text = ReadEmbedded("place-words.txt");
        var edited = text.Replace("[compass-words]\n", "[compass-words]\nnortheastern\n", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);

        var before = LexiconFile.Parse("place-words.txt", text);
        var after = LexiconFile.Parse("place-words.txt", edited);
        Assert.Equal(before.ListNames, after.ListNames);
        Assert.DoesNotContain("Northeastern", before.WordSet("compass-words"));
        Assert.Contains("Northeastern", after.WordSet("compass-words"));
        Assert.Equal(before.Words("compass-words").Length + 1, after.Words("compass-words").Length);
        Assert.All(before.ListNames.Where(l => l != "compass-words"), l => Assert.Equal(before.Words(l), after.Words(l)));
    }

    /// <summary>Every list of a file of lists loads non-empty, lower case and without duplicates.</summary>
    private static void WordListsAreWellFormed(string name)
    {
        var file = LexiconFile.Load(name);
        Assert.NotEmpty(file.ListNames);
        foreach (var list in file.ListNames)
        {
            var phrases = PhraseLists.Contains((name, list));
            var entries = phrases ? file.Phrases(list) : file.Words(list);
            Assert.NotEmpty(entries);

            var duplicates = entries.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{name} [{list}] repeats: {string.Join(", ", duplicates)}");

            foreach (var entry in entries)
            {
                // General words, lower case as the lookups that compare exactly (titles, demonym heads) need: letters,
                // apostrophes, hyphens and dots; spaces only inside a phrase.
                Assert.True(entry == entry.ToLowerInvariant(), $"{name} [{list}]: {entry} is not lower case");
                Assert.True(entry.All(c => char.IsLetter(c) || c is '\'' or '’' or '-' or '.' || (phrases && c == ' ')), $"{name} [{list}]: {entry}");
            }

            if (phrases)
            {
                Assert.Contains(entries, e => e.Contains(' '));
            }
        }
    }

    /// <summary>Every file under Data/, embedded, and the format check below that reads it.</summary>
    private static readonly Dictionary<string, Action<string>> FormatChecks = new(StringComparer.Ordinal)
    {
        ["titles.txt"] = f => WordListsAreWellFormed(f),
        ["org-words.txt"] = f => WordListsAreWellFormed(f),
        ["place-words.txt"] = f => WordListsAreWellFormed(f),
        ["name-particles.txt"] = f => WordListsAreWellFormed(f),
        ["type-cues.txt"] = f => WordListsAreWellFormed(f),
        ["event-words.txt"] = f => WordListsAreWellFormed(f),
        ["non-actor-words.txt"] = f => WordListsAreWellFormed(f),
        ["plain-words.txt"] = f => WordListsAreWellFormed(f),
        ["closing-words.txt"] = f => WordListsAreWellFormed(f),
        ["transliteration.txt"] = TransliterationRulesAreWellFormed,
        ["alias-cues.txt"] = AliasCuesAreWellFormed,
        ["common-words.txt"] = f => OneListOfWords(f, w => w.All(char.IsAsciiLetterLower)),
        ["given-names.txt"] = f => OneListOfWords(f, w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '\'' or '-')),
        ["given-names-en.txt"] = f => OneListOfWords(f, w => char.IsUpper(w[0]) && w.All(char.IsLetter)),
        ["given-names-world.txt"] = f => OneListOfWords(f, w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'')),
        ["speech-verbs.txt"] = f => OneListOfWords(f, w => w.All(char.IsAsciiLetterLower)),
        ["questioner-labels.txt"] = f => OneListOfWords(f, w => w.All(char.IsAsciiLetterLower)),
        ["answerer-labels.txt"] = f => OneListOfWords(f, w => w.All(char.IsAsciiLetterLower)),
        ["narrator-labels.txt"] = f => OneListOfWords(f, w => w.All(c => char.IsAsciiLetterLower(c) || c == '-')),
        ["source-nouns.txt"] = f => OneListOfWords(f, w => w == w.ToLowerInvariant() && w.All(char.IsLetter)),
        ["utterance-nouns.txt"] = f => OneListOfWords(f, w => w.All(char.IsAsciiLetterLower)),
        ["non-actor-names.txt"] = f => OneListOfLines(f, 1, l => char.IsUpper(l[0]) && l.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '.')),
        ["field-labels.txt"] = f => OneListOfLines(f, 2, l => l.Split('\t') is var c && c[0].Length > 0
            && (c.Length == 1 || Enum.TryParse<FieldKind>(c[1], ignoreCase: true, out _))),
        ["predicates.tsv"] = f => OneListOfLines(f, 6, l => l.Split('\t').Length == 6),
        ["relation-roles.tsv"] = f => OneListOfLines(f, 6, l => l.Split('\t').Length == 6),
        ["relation-verbs.tsv"] = f => OneListOfLines(f, 2, l => l.Split('\t').Length == 2),
        ["infobox-keys.tsv"] = f => OneListOfLines(f, 3, l => l.Split('\t') is [var key, var predicate, "person" or "group"] && key == key.ToLowerInvariant() && predicate.Length > 0),
        ["type-cues.tsv"] = f => OneListOfLines(f, 3, l => l.Split('\t') is [var cue, var code, var label] && Enum.IsDefined(typeof(TypeCue), cue) && code.Length > 0 && code == code.ToLowerInvariant() && label.Length > 0),
        ["gazetteer.tsv"] = f => GazetteerRowsAreWellFormed(f, 30_000),
        ["historical-places.tsv"] = f => GazetteerRowsAreWellFormed(f, 1),
    };

    public static TheoryData<string> DataFiles() => [.. FormatChecks.Keys];

    [Fact]
    public void Every_embedded_data_file_has_a_format_check()
    {
        const string prefix = "MilitiaAtlas.Ingestion.";
        var embedded = typeof(LexiconFile).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => n[prefix.Length..]).Order(StringComparer.Ordinal);

        Assert.Equal(FormatChecks.Keys.Order(StringComparer.Ordinal), embedded);
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Every_data_file_is_well_formed(string name) => FormatChecks[name](name);

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Every_data_file_and_every_list_is_described_in_the_lexicon_docs(string name)
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "lexicons.md"));
        Assert.Contains($"`{name}`", doc, StringComparison.Ordinal);
        if (name.EndsWith(".txt", StringComparison.Ordinal))
        {
            foreach (var list in LexiconFile.Load(name).ListNames.Where(l => l != LexiconFile.Whole))
            {
                Assert.True(doc.Contains($"[{list}]", StringComparison.Ordinal), $"docs/lexicons.md: {name} [{list}]");
            }
        }
    }

    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream("MilitiaAtlas.Ingestion." + name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void OneListOfWords(string name, Func<string, bool> wellFormed)
    {
        var file = LexiconFile.Load(name);
        Assert.Equal([LexiconFile.Whole], file.ListNames);
        var words = file.Words(LexiconFile.Whole);
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.True(wellFormed(w), $"{name}: {w}"));
    }

    private static void OneListOfLines(string name, int maxColumns, Func<string, bool> wellFormed)
    {
        var file = LexiconFile.Load(name);
        Assert.Equal([LexiconFile.Whole], file.ListNames);
        var lines = file.Lines(LexiconFile.Whole);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.True(l.Split('\t').Length <= maxColumns && l.Split('\t').All(c => c.Length > 0) && wellFormed(l), $"{name}: {l}"));
    }

    private static void AliasCuesAreWellFormed(string name) =>
        EachList(name, ["alias-cues", "renaming-cues", "acronym-cues"], (list, lines) => Assert.All(lines, p =>
            Assert.True(p == p.ToLowerInvariant() && p.TrimStart(',', ' ').Length > 0, $"{name} [{list}]: {p}")));

    /// <summary>The file holds these lists, in this order, each non-empty and without a line twice, and each passes the check.</summary>
    private static void EachList(string name, string[] lists, Action<string, IReadOnlyList<string>> check)
    {
        var file = LexiconFile.Load(name);
        Assert.Equal(lists, file.ListNames);
        foreach (var list in lists)
        {
            var lines = file.Lines(list);
            Assert.NotEmpty(lines);
            Assert.Equal(lines.Count, lines.Distinct().Count());
            check(list, lines);
        }
    }

    private static void GazetteerRowsAreWellFormed(string name, int atLeast)
    {
        var rows = ReadEmbedded(name).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.True(rows.Count >= atLeast);
        Assert.All(rows, r => Assert.True(r.Length == 8 && Enum.TryParse<PlaceKind>(r[0], ignoreCase: true, out _) && r[1].Length > 0, string.Join('|', r)));
    }

    /// <summary>The transliteration rules are pairs of letter strings that never lengthen a word.</summary>
    private static void TransliterationRulesAreWellFormed(string name) =>
        EachList(name, ["rewrite", "endings"], (_, lines) =>
        {
            foreach (var line in lines)
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(2, parts.Length);
                Assert.All(parts, p => Assert.True(p.All(char.IsAsciiLetterLower), line));
                Assert.True(parts[1].Length <= parts[0].Length, line);
                Assert.NotEqual(parts[0], parts[1]);
            }
        });

    [Fact]
    public void The_hyphen_particles_end_with_their_hyphen_and_are_tried_in_file_order()
    {
        Assert.All(NameLexicon.HyphenParticles, p => Assert.EndsWith("-", p));
        Assert.Equal(NameLexicon.HyphenParticles, LexiconFile.Load("name-particles.txt").Words("hyphen-particles"));
        Assert.Equal(4, NameLexicon.ParticlePrefixLength("ash-Tamari"));
        Assert.Equal(3, NameLexicon.ParticlePrefixLength("as-Tamari"));
        Assert.Equal(2, NameLexicon.ParticlePrefixLength("d’Kessa"));
        Assert.Equal(0, NameLexicon.ParticlePrefixLength("Tamari"));
        Assert.Equal(0, NameLexicon.ParticlePrefixLength("as-"));
        Assert.Equal(0, NameLexicon.ParticlePrefixLength(""));
    }

    [Fact]
    public void The_lexicon_reads_its_lists_from_the_data_files()
    {
        // One word of each kind of list, and a multi-word title, as the name finder sees them.
        Assert.Contains("brigades", NameLexicon.OrgHeads);
        Assert.Contains("Governorate", NameLexicon.PlaceHeads);
        Assert.Contains("deputy prime minister", NameLexicon.Titles);
        Assert.Contains("the", NameLexicon.CommonWords);
        Assert.Contains("vbied", NameLexicon.EquipmentAcronyms);
        Assert.Equal("security forces", NameLexicon.DemonymGroupHeads[0]);
        Assert.Equal("jabhat wadi", NameKey.Fold("al-Jabhat al Wadi"));
    }
}
