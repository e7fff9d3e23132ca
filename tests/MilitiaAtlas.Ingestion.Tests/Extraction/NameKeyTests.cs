using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("the Northern Brigades", "Northern Brigades")]
    [InlineData("al-Shabaab", "Shabaab")]
    [InlineData("Al Shabaab", "al-Shabaab")]
    [InlineData("Ansar-al-Sharia", "Ansar al Sharia")]
    [InlineData("Jama'at Nasr", "Jamaat Nasr")]
    [InlineData("O’Neill", "ONeill")]
    [InlineData("People's Defence Force", "Peoples Defence Force")]
    [InlineData("Popular Mobilisation Front", "Popular Mobilization Front")]
    [InlineData("René Lévesque", "RENE LEVESQUE")]
    [InlineData("U.S.", "US")]
    [InlineData("Tambarı", "TAMBARI")]
    [InlineData("Wałęsa", "Walesa")]
    public void Fold_makes_spellings_of_one_name_equal(string a, string b)
    {
        Assert.Equal(NameKey.Fold(a), NameKey.Fold(b));
    }

    [Fact]
    public void The_ascii_path_of_Fold_gives_what_the_general_one_gives()
    {
        // Names, and random strings over letters, particles, "isation", digits, separators, apostrophes and dots.
        var cases = new List<string>
        {
            "", " ", "...", "'", "al", "The", "the the", "isation", "Organisation", "ORGANISATION of the U.N.",
            "Jama'at  al-Nusra", "`Ali ibn Abi Talib`", "A.Q.I.S.", "Hayat Tahrir al-Sham", "--al--", "x-ash-y", "1st Brigade 2",
        };
        var pieces = new[] { "al", "el", "ash", "the", "The", "AL", "isation", "Isation", "ization", "Mosul", "abu", "9", "x" };
        // With the curly apostrophes, dashes and quotation marks Fold reads as their ASCII twins.
        var separators = new[] { " ", "  ", "-", "'", ".", "`", ",", "(", ")", "/", "\t", "", "’", "‘", "ʼ", "ʿ", "ʾ", "–", "—", "“", "”" };
        var rng = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var sb = new System.Text.StringBuilder();
            for (var k = rng.Next(0, 7); k > 0; k--)
            {
                sb.Append(separators[rng.Next(separators.Length)]).Append(pieces[rng.Next(pieces.Length)]);
            }

            cases.Add(sb.Append(separators[rng.Next(separators.Length)]).ToString());
        }

        foreach (var name in cases)
        {
            Assert.Equal(NameKey.FoldAny(name), NameKey.Fold(name));
        }

        // Longer than the stack buffers.
        var long1 = string.Join(" al-", Enumerable.Repeat("Organisation", 60));
        Assert.Equal(NameKey.FoldAny(long1), NameKey.Fold(long1));
    }

    [Fact]
    public void Fold_lowers_drops_particles_and_joins_words_with_single_spaces()
    {
        Assert.Equal("hayat tahrir sham", NameKey.Fold("Hayat Tahrir al-Sham"));
        Assert.Equal("ansar sharia", NameKey.Fold("The  Ansar - al - Sharia"));
    }

    [Theory]
    [InlineData("Ansar Allah", "Ansar al-Sharia")]
    [InlineData("Northern Brigades", "Southern Brigades")]
    [InlineData("Theodore", "Odore")]
    public void Fold_keeps_different_names_apart(string a, string b)
    {
        Assert.NotEqual(NameKey.Fold(a), NameKey.Fold(b));
    }

    [Theory]
    [InlineData("Qassem", "Kasem")]
    [InlineData("Qassem", "Kassem")]
    [InlineData("Yousef", "Yusef")]
    [InlineData("Youssef", "Yusef")]
    [InlineData("Rasheedi", "Rashidi")]
    [InlineData("Hussein", "Husain")]
    [InlineData("Zayd", "Zeid")]
    [InlineData("Zaid", "Zeid")]
    [InlineData("Sheikh", "Shaikh")]
    [InlineData("Khalid", "Halid")]
    [InlineData("Philip", "Filip")]
    [InlineData("Jaysh", "Jaish")]
    [InlineData("Raqqa", "Rakka")]
    [InlineData("Mujahideen", "Mujahidin")]
    [InlineData("Ansarollah", "Ansarullah")]
    [InlineData("Nasrallah", "Nasrullah")]
    [InlineData("Abdullah", "Abdallah")]
    [InlineData("Hamid Karzai", "Hameed Karzay")]
    public void Translit_makes_romanization_variants_equal(string a, string b)
    {
        Assert.Equal(NameKey.Translit(a), NameKey.Translit(b));
    }

    [Theory]
    [InlineData("Qassem", "Qasim")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Hussein", "Hossein")]
    [InlineData("Yousef", "Yusuf")]
    [InlineData("Mujahideen", "Mujaheddin")]
    [InlineData("Ansar Allah", "Ansarullah")]
    public void Translit_does_not_change_vowels_other_than_its_digraphs(string a, string b)
    {
        Assert.NotEqual(NameKey.Translit(a), NameKey.Translit(b));
    }

    [Fact]
    public void Translit_spells_out_its_rules()
    {
        Assert.Equal("kasem", NameKey.Translit("Qassem"));
        Assert.Equal("yusef", NameKey.Translit("Youssef"));
        Assert.Equal("ansaralah", NameKey.Translit("Ansarollah"));
        Assert.Equal("yaish", NameKey.Translit("Jaysh"));
    }

    [Theory]
    [InlineData("Dirbullah", "dirbalah", "drblh")]
    [InlineData("Derbollah", "derbalah", "drblh")]
    [InlineData("Dirballah", "dirbalah", "drblh")]
    [InlineData("Qutamar", "kutamar", "ktmr")]
    [InlineData("Kuttamar", "kutamar", "ktmr")]
    [InlineData("Qouttamar", "kutamar", "ktmr")]
    [InlineData("Abdultamar", "abdultamar", "bdltmr")]
    [InlineData("Abdul-Tamar", "abdul tamar", "bdl tmr")]
    [InlineData("Tamarollah", "tamaralah", "tmrlh")]
    [InlineData("Tamarullah", "tamaralah", "tmrlh")]
    [InlineData("Sheikh Kourosh al-Jabbouri", "shaih kurosh yaburi", "sh krsh br")]
    [InlineData("Dhiyab Ghawsh", "diyab gaush", "db gsh")]
    [InlineData("Mckee Philips", "mki filips", "mk flps")]
    public void Translit_gives_the_keys_the_rules_have_always_given(string name, string translit, string skeleton)
    {
        // The rules of Data/transliteration.txt, as they stood when they were written in code.
        Assert.Equal(translit, NameKey.Translit(name));
        Assert.Equal(skeleton, NameKey.Skeleton(name));
    }

    [Fact]
    public void Translit_applies_the_rules_of_the_data_file_as_plain_replacements_in_order()
    {
        // The in-place rewriting gives what string.Replace of every rule in file order, then doubled letters written
        // once, then the first matching ending, gives: random words over the letters the rules touch.
        var file = LexiconFile.Load("transliteration.txt");
        var rewrites = file.Lines("rewrite").Select(l => l.Split(' ')).ToArray();
        var endings = file.Lines("endings").Select(l => l.Split(' ')).ToArray();
        Assert.NotEmpty(rewrites);
        Assert.NotEmpty(endings);

        string Reference(string word)
        {
            // A regnal number ("ii", "viii") is kept as written.
            if (NameKey.IsOrdinalWord(word))
            {
                return word;
            }

            foreach (var r in rewrites)
            {
                word = word.Replace(r[0], r[1], StringComparison.Ordinal);
            }

            var sb = new System.Text.StringBuilder();
            foreach (var c in word)
            {
                if (sb.Length == 0 || sb[^1] != c)
                {
                    sb.Append(c);
                }
            }

            word = sb.ToString();
            var ending = endings.FirstOrDefault(e => word.EndsWith(e[0], StringComparison.Ordinal));
            return ending is null ? word : word[..^ending[0].Length] + ending[1];
        }

        var letters = "aeiouyphqckdhgwjlnrstmb";
        var rng = new Random(11);
        var words = new List<string> { "", "a", "ph", "pph", "qq", "ckh", "ouou", "eie", "ullah", "ollah", "wallah" };
        for (var i = 0; i < 20_000; i++)
        {
            words.Add(new string(Enumerable.Range(0, rng.Next(1, 14)).Select(_ => letters[rng.Next(letters.Length)]).ToArray()));
        }

        words.Add(string.Concat(Enumerable.Repeat("phouqeey", 60)));
        foreach (var word in words)
        {
            Assert.Equal(Reference(word), NameKey.TranslitWord(word));
        }

        Assert.Equal("kutamar kurosh", NameKey.Translit("Qouttamar   al-Kourosh"));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("fukai", 70)), NameKey.Translit(string.Join(' ', Enumerable.Repeat("Phouqey", 70))));
    }

    [Theory]
    [InlineData("Qassem Haddad", "Kasim Hadad")]
    [InlineData("Mohammed Omar", "Muhammad Umar")]
    [InlineData("Abdel Rahman", "Abdul Rahman")]
    [InlineData("Yousef Warsame", "Yusuf Warsami")]
    [InlineData("Hussein Farah", "Hossein Farah")]
    public void Skeleton_makes_vowel_variants_of_multi_word_names_equal(string a, string b)
    {
        Assert.NotEqual(NameKey.Translit(a), NameKey.Translit(b));
        Assert.Equal(NameKey.Skeleton(a), NameKey.Skeleton(b));
    }

    [Fact]
    public void Skeleton_keeps_consonants_per_word()
    {
        Assert.Equal("ksm hd", NameKey.Skeleton("Qassem Haddad"));
        Assert.Equal("nsr shr", NameKey.Skeleton("Ansar al-Sharia"));
    }

    [Theory]
    [InlineData("Ansar Allah", "Ansar al-Sharia")]
    [InlineData("Ali Khamenei", "Ali Larijani")]
    [InlineData("Samir Haddad", "Samir Hamdan")]
    public void Skeleton_keeps_different_names_apart(string a, string b)
    {
        Assert.NotEqual(NameKey.Skeleton(a), NameKey.Skeleton(b));
    }

    [Theory]
    [InlineData("rashidi", "rashidi", 0)]
    [InlineData("rashidi", "rashdi", 1)]
    [InlineData("warsame", "warsami", 1)]
    [InlineData("haddad", "hadad", 1)]
    [InlineData("ortega", "ortgea", 1)]
    [InlineData("kazemi", "kazimy", 2)]
    [InlineData("abc", "", 3)]
    public void Distance_counts_edits_and_a_swap_of_neighbours_as_one(string a, string b, int expected)
    {
        Assert.Equal(expected, NameKey.Distance(a, b));
    }

    [Theory]
    [InlineData("al", "warsame", 3)]
    [InlineData("smith", "smithsonian", 3)]
    [InlineData("haddad", "hadadiyeen", 2)]
    public void Distance_returns_one_over_the_cap_when_the_lengths_differ_by_more(string a, string b, int cap)
    {
        Assert.Equal(cap + 1, NameKey.Distance(a, b, cap));
    }

    [Fact]
    public void Distance_is_above_the_cap_for_different_names_of_similar_length()
    {
        Assert.True(NameKey.Distance("haddad", "mansour", 2) > 2);
        Assert.True(NameKey.Distance("ortega", "marquez") > 3);
    }

    [Fact]
    public void The_skeleton_of_a_name_the_key_leaves_empty_is_empty()
    {
        Assert.Equal("", NameKey.Skeleton("al"));
        Assert.Equal("o", NameKey.Skeleton("Oya"));
    }
}
