using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

public sealed class LexiconFileTests
{
    // The lists of phrases (one a line); every other list of these files is a list of words.
    private static readonly HashSet<(string File, string List)> PhraseLists =
    [
        ("titles.txt", "titles"), ("titles.txt", "reference-titles"), ("org-words.txt", "demonym-heads"),
    ];

    public static TheoryData<string> WordListFiles() =>
        ["titles.txt", "org-words.txt", "place-words.txt", "name-particles.txt", "type-cues.txt", "non-actor-words.txt", "plain-words.txt"];

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

    [Theory]
    [MemberData(nameof(WordListFiles))]
    public void Every_list_loads_non_empty_lower_case_and_without_duplicates(string name)
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
                Assert.True(entry.All(c => char.IsLetter(c) || c is '\'' or '-' or '.' || (phrases && c == ' ')), $"{name} [{list}]: {entry}");
            }

            if (phrases)
            {
                Assert.Contains(entries, e => e.Contains(' '));
            }
        }
    }

    [Fact]
    public void The_transliteration_rules_are_pairs_of_letter_strings_that_never_lengthen_a_word()
    {
        var file = LexiconFile.Load("transliteration.txt");
        Assert.Equal(["rewrite", "endings"], file.ListNames);
        foreach (var list in file.ListNames)
        {
            var lines = file.Lines(list);
            Assert.NotEmpty(lines);
            Assert.Equal(lines.Count, lines.Distinct().Count());
            foreach (var line in lines)
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(2, parts.Length);
                Assert.All(parts, p => Assert.True(p.All(char.IsAsciiLetterLower), line));
                Assert.True(parts[1].Length <= parts[0].Length, line);
                Assert.NotEqual(parts[0], parts[1]);
            }
        }
    }

    [Fact]
    public void The_hyphen_particles_end_with_their_hyphen_and_are_tried_in_file_order()
    {
        Assert.All(NameLexicon.HyphenParticles, p => Assert.EndsWith("-", p));
        Assert.Equal(NameLexicon.HyphenParticles, LexiconFile.Load("name-particles.txt").Words("hyphen-particles"));
        Assert.Equal(4, NameLexicon.ParticlePrefixLength("ash-Tamari"));
        Assert.Equal(3, NameLexicon.ParticlePrefixLength("as-Tamari"));
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
