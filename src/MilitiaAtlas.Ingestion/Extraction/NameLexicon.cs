namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>
/// General knowledge about how English news writes names: particles, titles, roles, organization and
/// place head words, and the common words that are capitalized only because they start a sentence.
/// Nothing here names a particular actor.
/// </summary>
public static class NameLexicon
{
    // The word lists, read once from the embedded data files (Data/*.txt; docs/lexicons.md). Declared first: the
    // fields below are initialized in order.
    private static readonly LexiconFile TitleWords = LexiconFile.Load("titles.txt");
    private static readonly LexiconFile OrgWords = LexiconFile.Load("org-words.txt");
    private static readonly LexiconFile PlaceWords = LexiconFile.Load("place-words.txt");
    private static readonly LexiconFile ParticleWords = LexiconFile.Load("name-particles.txt");
    private static readonly LexiconFile TypeCues = LexiconFile.Load("type-cues.txt");
    private static readonly LexiconFile NonActorWords = LexiconFile.Load("non-actor-words.txt");
    private static readonly LexiconFile PlainWords = LexiconFile.Load("plain-words.txt");
    private static readonly LexiconFile AliasCueWords = LexiconFile.Load("alias-cues.txt");

    /// <summary>
    /// Lower-case particles joined to a name by a hyphen, in the order they are tried: al-Haddu, el-Benali, ad-Din
    /// (name-particles.txt [hyphen-particles]).
    /// </summary>
    public static readonly string[] HyphenParticles = ParticleWords.Words("hyphen-particles");

    /// <summary>
    /// Particles that may stand as separate words inside a name: Idris bin Haddu, Pierre de Lavalle (name-particles.txt
    /// [particles]).
    /// </summary>
    public static readonly HashSet<string> NameParticles = ParticleWords.WordSet("particles");

    /// <summary>Articles of other languages that open a group's name as "the" does: "Los Tamaros" (name-particles.txt [name-articles]).</summary>
    public static readonly HashSet<string> NameArticles = ParticleWords.WordSet("name-articles");

    /// <summary>
    /// Connectors allowed inside a multi-word name between capitalized words (name-particles.txt [inner-connectors]).
    /// </summary>
    public static readonly HashSet<string> InnerConnectors = ParticleWords.WordSet("inner-connectors");

    /// <summary>Epithets after a one-word name and "the": "Ivo the Elder", "Orvano the Bald" (name-particles.txt [epithets]).</summary>
    public static readonly HashSet<string> Epithets = ParticleWords.WordSet("epithets");

    /// <summary>
    /// Particles inside a name of four words or more that make it a person's when nothing else types it ("Tomas dos Reis
    /// Velder"): name-particles.txt [family-particles], not "de" or "al", which stand inside bodies' names as well.
    /// </summary>
    public static readonly HashSet<string> FamilyParticles = ParticleWords.ExactWordSet("family-particles");

    /// <summary>
    /// The particles that open a word before its capital: the elided ones joined by an apostrophe ("d'Orvano",
    /// name-particles.txt [apostrophe-particles]), then the hyphen particles in their file order, then the particles joined
    /// straight to the capital ("kaVelt", [joined-particles]).
    /// </summary>
    private static readonly string[] PrefixParticles = [.. ParticleWords.Words("apostrophe-particles"), .. HyphenParticles, .. ParticleWords.Words("joined-particles")];

    // The first letters of the prefix particles: most words open on none of them and need no comparison.
    private static readonly System.Buffers.SearchValues<char> ParticleFirstLetters = System.Buffers.SearchValues.Create(string.Concat(PrefixParticles.Select(p => p[0]).Distinct()));

    public static int ParticlePrefixLength(string word)
    {
        if (word.Length == 0 || !ParticleFirstLetters.Contains(word[0]))
        {
            return 0;
        }

        foreach (var p in PrefixParticles)
        {
            if (word.Length > p.Length && word.StartsWith(p, StringComparison.Ordinal))
            {
                return p.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Titles written before a person's name, in file order; multi-word titles are matched word by word, longest first
    /// (titles.txt [titles]).
    /// </summary>
    public static readonly string[] Titles = TitleWords.Phrases("titles");

    /// <summary>
    /// Lower-case role nouns that, right before a capitalized name, make it a person (titles.txt [role-nouns]).
    /// </summary>
    public static readonly HashSet<string> RoleNouns = TitleWords.WordSet("role-nouns");

    /// <summary>
    /// Role nouns in the plural that end no name, besides the plurals of <see cref="RoleNouns"/> (titles.txt
    /// [plural-roles]).
    /// </summary>
    public static readonly HashSet<string> PluralRoles = TitleWords.ExactWordSet("plural-roles");

    /// <summary>Words before a plural role noun that go with it: "Senior Commanders" (titles.txt [role-modifiers]).</summary>
    public static readonly HashSet<string> RoleModifiers = TitleWords.ExactWordSet("role-modifiers");

    /// <summary>
    /// Titles that, capitalized inside a run of names, do not part an institution from the person after it
    /// (titles.txt [joined-titles]).
    /// </summary>
    public static readonly HashSet<string> JoinedTitles = TitleWords.ExactWordSet("joined-titles");

    /// <summary>Honorifics written after a one-word name: "X Pasha", "X Bey" (titles.txt [after-honorifics]).</summary>
    public static readonly HashSet<string> AfterHonorifics = TitleWords.WordSet("after-honorifics");

    /// <summary>
    /// Words that end an organization's name: the Nadira Organization, the Zayudi Democratic Forces, the Defense
    /// Ministry, Velt Brisk LLP (org-words.txt [heads] and [company-forms]).
    /// </summary>
    public static readonly HashSet<string> OrgHeads = new(OrgWords.Words("heads").Concat(OrgWords.Words("company-forms")), StringComparer.OrdinalIgnoreCase);

    /// <summary>Company forms that end a firm's name: "Velt Brisk LLP", "Kessa GmbH" (org-words.txt [company-forms]).</summary>
    public static readonly HashSet<string> CompanyForms = OrgWords.WordSet("company-forms");

    /// <summary>
    /// Company forms written in capitals that end a firm's name only so ("Kessa Holzbau AG", "Velt Shipping AS"; a lower-case
    /// "ag" is a Tuareg particle): org-words.txt [capital-company-forms]; see <see cref="IsCapitalCompanyForm"/>.
    /// </summary>
    private static readonly HashSet<string> CapitalCompanyForms = OrgWords.WordSet("capital-company-forms");

    /// <summary>A company form of [capital-company-forms] written in capitals ("AG", not "ag").</summary>
    public static bool IsCapitalCompanyForm(string word) => word.Length > 1 && CapitalCompanyForms.Contains(word) && word.All(char.IsUpper);

    /// <summary>Head words of a group's own bodies: "Jabhat Wadi Shura Council" (org-words.txt [unit-heads]).</summary>
    public static readonly HashSet<string> UnitHeads = OrgWords.WordSet("unit-heads");

    /// <summary>Heads that name a body of its own, which no other body named for the same place is (org-words.txt [distinct-bodies]).</summary>
    public static readonly HashSet<string> DistinctBodyHeads = OrgWords.WordSet("distinct-bodies");

    /// <summary>Heads that end a proclaimed state's name: "the Velt Republic" (org-words.txt [state-heads]).</summary>
    public static readonly HashSet<string> StateHeads = OrgWords.WordSet("state-heads");

    /// <summary>
    /// Heads of a school or a collection that one body joins with "and": "the Kessa Seminary and College", "the Velt
    /// Institute and Museum" (org-words.txt [paired-heads]).
    /// </summary>
    public static readonly HashSet<string> PairedHeads = OrgWords.WordSet("paired-heads");

    /// <summary>The heads of numbered military units, which a number alone names ("the 51st Brigade", "the 444 Regiment").</summary>
    public static readonly HashSet<string> MilitaryUnitHeads = OrgWords.WordSet("military-unit-heads");

    /// <summary>Words that open a movement's name after its country's (org-words.txt [movement-openers]): "Zimbabwe African National Union".</summary>
    public static readonly HashSet<string> MovementOpeners = OrgWords.WordSet("movement-openers");

    /// <summary>Lower-case unit heads that a name before them makes a unit's name: "the Falcon battalion" (Data/org-words.txt).</summary>
    public static readonly HashSet<string> NamedUnitHeads = OrgWords.WordSet("named-unit-heads");

    /// <summary>Offices held for a country, before the holder: "Kenyan Prime Minister X" (titles.txt [office-titles]), in file order.</summary>
    public static readonly string[] OfficeTitles = [.. TitleWords.Phrases("office-titles")];

    /// <summary>Titles of a see or a jurisdiction: "Archbishop X of P" (titles.txt [jurisdiction-titles]).</summary>
    public static readonly string[] JurisdictionTitles = [.. TitleWords.Phrases("jurisdiction-titles")];

    /// <summary>
    /// Head words that open an organization's name in romanized Arabic and related languages: Jaish al-Wadi, Liwa
    /// Tamaro (org-words.txt [prefix-heads]).
    /// </summary>
    public static readonly HashSet<string> OrgPrefixHeads = OrgWords.WordSet("prefix-heads");

    /// <summary>
    /// Lower-case nouns after a name that make it a group ("Wadi fighters", "the Nadira network") (org-words.txt [group-
    /// followers]).
    /// </summary>
    /// <summary>Words in brackets after an acronym that name one of its factions: "KLF (Progressive)" (org-words.txt [faction-qualifiers]).</summary>
    public static readonly HashSet<string> FactionQualifiers = OrgWords.WordSet("faction-qualifiers");

    public static readonly HashSet<string> GroupFollowers = OrgWords.WordSet("group-followers").Concat(OrgWords.Words("band-followers")).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Bands of people that make the name before them a group ("Kessan tribesmen") but not the name after "from" ("tribesmen
    /// from X" are from a homeland): org-words.txt [band-followers], also in <see cref="GroupFollowers"/>.
    /// </summary>
    public static readonly HashSet<string> BandFollowers = OrgWords.WordSet("band-followers");

    /// <summary>
    /// Ties to an organization: "an X-linked group", "affiliated with X" (org-words.txt [affiliation-words]).
    /// </summary>
    public static readonly HashSet<string> AffiliationWords = OrgWords.WordSet("affiliation-words");

    /// <summary>
    /// Words that alone cannot tell one organization from another ("National", "Security") (org-words.txt
    /// [generic-words]).
    /// </summary>
    public static readonly HashSet<string> GenericOrgWords = OrgWords.WordSet("generic-words");

    /// <summary>Heads of a state's own forces and offices, which a text does not call "the group" (Data/org-words.txt, [state-bodies]).</summary>
    public static readonly HashSet<string> StateBodies = OrgWords.WordSet("state-bodies");

    /// <summary>
    /// Words after a capitalized institution word that make it a specific actor, besides <see cref="GroupFollowers"/>
    /// (org-words.txt [institution-followers]).
    /// </summary>
    public static readonly HashSet<string> InstitutionFollowers = OrgWords.ExactWordSet("institution-followers");

    /// <summary>Plural nouns whose possessive stays inside a name: "Workers' Party" (org-words.txt [possessive-nouns]).</summary>
    public static readonly HashSet<string> PossessiveNouns = OrgWords.ExactWordSet("possessive-nouns");

    /// <summary>
    /// Participles after a hyphen that make a word a tie to an actor, not a name: "X-backed", "X-based", matched as
    /// written (org-words.txt [tie-participles]).
    /// </summary>
    public static readonly HashSet<string> TieParticiples = OrgWords.ExactWordSet("tie-participles");

    /// <summary>
    /// Roles held in a group: "the leader of X", "founder of X", "a member of X" (org-words.txt [member-roles]).
    /// </summary>
    public static readonly HashSet<string> MemberRoles = OrgWords.WordSet("member-roles");

    /// <summary>Plurals that name some of a body's people before "of" and its name: "Volunteers of the X Brigade" (org-words.txt [partitive-plurals]).</summary>
    public static readonly HashSet<string> PartitivePlurals = OrgWords.WordSet("partitive-plurals");

    /// <summary>Nouns after "X's" that only a group has: "X's northern branch" (org-words.txt [possessed-parts]).</summary>
    public static readonly HashSet<string> PossessedParts = OrgWords.WordSet("possessed-parts");

    /// <summary>
    /// Titles that, alone after "the", refer to a person the article named with that title ("the Foreign Secretary
    /// said") (titles.txt [reference-titles]).
    /// </summary>
    public static readonly HashSet<string> ReferenceTitles = TitleWords.PhraseSet("reference-titles");

    /// <summary>
    /// Lower-case nouns before a name that make it a group ("the militia X", "the Zayudi group X") (org-words.txt
    /// [group-introducers]).
    /// </summary>
    public static readonly HashSet<string> GroupIntroducers = OrgWords.WordSet("group-introducers");

    /// <summary>
    /// Words that end a place's name: Tamaro Province, Wadi Dam, Sayyida Nur Shrine (place-words.txt [heads]).
    /// </summary>
    public static readonly HashSet<string> PlaceHeads = PlaceWords.WordSet("heads");

    /// <summary>
    /// Lower-case place heads that may follow a capitalized name and belong to it: "Tamaro province" (place-words.txt
    /// [trailing-heads]).
    /// </summary>
    public static readonly HashSet<string> TrailingPlaceHeads = PlaceWords.WordSet("trailing-heads");

    /// <summary>A river's or a lake's parts before "of the X": "the far bank of the Kessong" (place-words.txt [water-parts]).</summary>
    public static readonly HashSet<string> WaterParts = PlaceWords.WordSet("water-parts");

    /// <summary>
    /// Place heads of administrative areas: "Tamaro Region" is the area of the place "Tamaro", one place to a reader
    /// (place-words.txt [admin-heads]).
    /// </summary>
    public static readonly HashSet<string> AdminHeads = PlaceWords.WordSet("admin-heads");

    /// <summary>
    /// Words that open a place's name: Camp Nadira, Mount Tamaro, Lake Wadi (place-words.txt [prefixes]).
    /// </summary>
    public static readonly HashSet<string> PlacePrefixes = PlaceWords.WordSet("prefixes");

    /// <summary>Romanized suffixes after a hyphen that end a place's name: "Kessa-ri", "Velt-dong" (Data/place-words.txt).</summary>
    public static readonly HashSet<string> PlaceHyphenSuffixes = PlaceWords.WordSet("hyphen-suffixes");

    /// <summary>Place heads that open a name before "of": "Palace of Justice" (place-words.txt [of-heads]).</summary>
    public static readonly HashSet<string> PlaceOfHeads = PlaceWords.WordSet("of-heads");

    /// <summary>Words before "of" and a country or region that name the state of that place: "Kingdom of X" (place-words.txt [polity-heads]).</summary>
    public static readonly HashSet<string> PolityHeads = PlaceWords.WordSet("polity-heads");

    /// <summary>
    /// Lower-case nouns before "of X" that make X a place: "the village of X", "the province of X" (place-words.txt
    /// [introducers]).
    /// </summary>
    public static readonly HashSet<string> PlaceIntroducers = PlaceWords.WordSet("introducers");

    /// <summary>Nouns of a site before "at X" that make X a place: "the base at X" (place-words.txt [site-nouns]).</summary>
    public static readonly HashSet<string> SiteNouns = PlaceWords.WordSet("site-nouns");

    /// <summary>Prepositions that often introduce a place (place-words.txt [prepositions]).</summary>
    public static readonly HashSet<string> PlacePrepositions = PlaceWords.WordSet("prepositions");

    /// <summary>Verbs of going before "to" that make the name after it a place (place-words.txt [motion-verbs]).</summary>
    public static readonly HashSet<string> MotionVerbs = PlaceWords.WordSet("motion-verbs");

    /// <summary>
    /// Compass words: alone before a list or a demonym they are part of a name left out ("West, East and Southern X")
    /// (place-words.txt [compass-words]).
    /// </summary>
    public static readonly HashSet<string> CompassWords = PlaceWords.ExactWordSet("compass-words");

    /// <summary>
    /// Lower-case nouns before "of X" that the export's mention span of the place X takes with it: "the town of Kessa"
    /// (place-words.txt [extent-nouns]).
    /// </summary>
    public static readonly HashSet<string> ExtentNouns = PlaceWords.ExactWordSet("extent-nouns");

    /// <summary>
    /// Compass adjectives before a place's name that the export's mention span takes with it: "northern Tamaro"
    /// (place-words.txt [compass-adjectives]).
    /// </summary>
    public static readonly HashSet<string> CompassAdjectives = PlaceWords.WordSet("compass-adjectives");

    /// <summary>
    /// Lower-case nouns for a group's people or units after its name, taken into the export's mention span: "Kessa
    /// fighters" (org-words.txt [force-nouns]); longest first.
    /// </summary>
    public static readonly string[] ForceNouns = [.. OrgWords.Phrases("force-nouns").OrderByDescending(p => p.Length)];

    /// <summary>
    /// Speech verbs: a capitalized name right before or after one is most likely a person (type-cues.txt [speech-
    /// verbs]).
    /// </summary>
    public static readonly HashSet<string> SpeechVerbs = TypeCues.WordSet("speech-verbs");

    /// <summary>
    /// Lower-case organization heads that make "Zayudi army" or "Zayudi security forces" a group; the first that
    /// matches wins (org-words.txt [demonym-heads]).
    /// </summary>
    public static readonly string[] DemonymGroupHeads = OrgWords.Phrases("demonym-heads");

    /// <summary>
    /// Religious, ethnic and political adjectives that are capitalized but name no single actor (non-actor-words.txt
    /// [community-words]).
    /// </summary>
    public static readonly HashSet<string> CommunityWords = NonActorWords.WordSet("community-words");

    /// <summary>
    /// The months, in full, January first: a group may be named for a date ("the May 9 Front"); the date finder and the
    /// publication date read their numbers from here (plain-words.txt [months]).
    /// </summary>
    public static readonly string[] MonthNames = PlainWords.Words("months") is { Length: 12 } months
        ? months : throw new InvalidOperationException("plain-words.txt [months]: twelve months, January first");

    /// <summary>The months, in full, as a set (plain-words.txt [months]).</summary>
    public static readonly HashSet<string> Months = new(MonthNames, StringComparer.OrdinalIgnoreCase);

    /// <summary>The months in Spanish, Portuguese, Italian and French, for a name's founding date (plain-words.txt [foreign-months]).</summary>
    public static readonly HashSet<string> ForeignMonths = PlainWords.WordSet("foreign-months");

    /// <summary>The endings of an ordinal written in figures: "22nd", "407th" (plain-words.txt [ordinal-suffixes]).</summary>
    public static readonly string[] OrdinalSuffixes = PlainWords.Words("ordinal-suffixes");

    /// <summary>Number words that, capitalized after "the", open an organization's name (plain-words.txt [number-words]).</summary>
    public static readonly HashSet<string> NumberWords = PlainWords.WordSet("number-words");

    /// <summary>What follows "I" and an apostrophe in a contraction: "I've", "I'm" (plain-words.txt [contractions]).</summary>
    public static readonly HashSet<string> Contractions = PlainWords.ExactWordSet("contractions");

    /// <summary>
    /// Months, days and feasts: capitalized words that are never actors (plain-words.txt [calendar-words]).
    /// </summary>
    public static readonly HashSet<string> CalendarWords = PlainWords.WordSet("calendar-words");

    /// <summary>Verbs that open a sentence as a command before a name: "Read X for …", "Call X" (plain-words.txt).</summary>
    public static readonly HashSet<string> ImperativeVerbs = PlainWords.WordSet("imperative-verbs");

    /// <summary>
    /// Common English words that are capitalized at the start of a sentence or in titles (plain-words.txt [common-
    /// words]).
    /// </summary>
    public static readonly HashSet<string> CommonWords = PlainWords.WordSet("common-words");

    /// <summary>Small words that a heading in capitals writes like the rest, never an actor's initials (plain-words.txt [shouted-function-words]).</summary>
    public static readonly HashSet<string> ShoutedFunctionWords = PlainWords.WordSet("shouted-function-words");

    /// <summary>Short common words that are also actors' initials in capitals: "US", "IS", "UN" (plain-words.txt [shouted-initials]).</summary>
    public static readonly HashSet<string> ShoutedInitials = PlainWords.WordSet("shouted-initials");

    /// <summary>Common given names (embedded Data/given-names.txt): a cue that a name is a person's.</summary>
    public static readonly HashSet<string> GivenNames = LoadWords("given-names.txt", StringComparer.Ordinal);

    /// <summary>Given names of many languages (embedded Data/given-names-world.txt), matched only as written.</summary>
    private static readonly HashSet<string> WorldGivenNames = LoadWords("given-names-world.txt", StringComparer.Ordinal);

    /// <summary>Some 7,400 more English given names (embedded Data/given-names-en.txt), matched only as written.</summary>
    private static readonly HashSet<string> EnglishGivenNames = LoadWords("given-names-en.txt", StringComparer.Ordinal);

    /// <summary>The given names by transliteration key, so that Mustapha finds Mustafa and Sa'id finds Said.</summary>
    private static readonly HashSet<string> GivenNameKeys = new(GivenNames.Select(NameKey.Translit), StringComparer.Ordinal);

    /// <summary>
    /// Particles of kinship inside a person's name ("son of", "father of", "mother of"): Abu, Abd, bin, ould
    /// (name-particles.txt [kinship-particles]).
    /// </summary>
    public static readonly HashSet<string> KinshipParticles = ParticleWords.WordSet("kinship-particles");

    /// <summary>A father's name with a kinship particle joined to its capital ("kaVelt").</summary>
    public static bool HasJoinedKinshipParticle(string word) => ParticlePrefixLength(word) is > 0 and var n && KinshipParticles.Contains(word[..n]);

    /// <summary>Particles between a given name and a father's name: "bin", "ould" (name-particles.txt [patronymic-particles]).</summary>
    public static readonly HashSet<string> PatronymicParticles = ParticleWords.WordSet("patronymic-particles");

    /// <summary>
    /// Endings of a father's name written as a person's middle word: "Ivan Petrovich Velt" (name-particles.txt
    /// [patronymic-endings]).
    /// </summary>
    public static readonly string[] PatronymicEndings = ParticleWords.Words("patronymic-endings");

    /// <summary>A middle word of a name that is a father's name by its ending ("Petrovich", "Ilyinichna").</summary>
    public static bool IsPatronymic(string word) => char.IsUpper(word[0]) && EndsAsPatronymic(word);

    /// <summary>A word with the ending of a father's name, in any case ("petrovich" in a folded name).</summary>
    public static bool EndsAsPatronymic(string word) => word.Length > 5 && PatronymicEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>A given name in any common transliteration; a capitalized word only.</summary>
    /// <summary>A given name of given-names.txt (or a transliteration of one): a stronger cue than the long English list.</summary>
    public static bool IsCommonGivenName(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && (GivenNames.Contains(word) || WorldGivenNames.Contains(word) || GivenNameKeys.Contains(NameKey.Translit(word)) || IsServantName(word));

    /// <summary>
    /// "Abdolmalek", "Abdirahman", "Abdelkader": an Arabic or Persian name "servant of …" written as one word is a given
    /// name however its second half is spelt (not an English word such as "Abdomen").
    /// </summary>
    private static bool IsServantName(string word) =>
        word.Length >= 7 && word.StartsWith("Abd", StringComparison.Ordinal) && word[3] is 'a' or 'e' or 'i' or 'o' or 'u' or 'r'
        && word.All(char.IsLetter) && !EnglishWords.Contains(word);

    public static bool IsGivenName(string word) => IsCommonGivenName(word) || (word.Length > 1 && EnglishGivenNames.Contains(word));

    /// <summary>The 12,000 most frequent lower-case English words (embedded Data/common-words.txt, SUBTLEX-US).</summary>
    public static readonly HashSet<string> EnglishWords = LoadWords("common-words.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>A common English word that is not also a given name: "Security", "Rebel", "State".</summary>
    public static bool IsEnglishWord(string word) => EnglishWords.Contains(word) && !GivenNames.Contains(word);

    /// <summary>
    /// A plural of an English noun, lower case ("lions", "brigades", "militias", "wolves"), that is no given name
    /// and no word of its own ("news", "bus").
    /// </summary>
    public static bool IsEnglishPlural(string word)
    {
        if (word.Length < 4 || word[^1] != 's' || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
            || word.EndsWith("is", StringComparison.Ordinal) || GivenNames.Contains(word))
        {
            return false;
        }

        return EnglishWords.Contains(word[..^1])
            || (word.EndsWith("ies", StringComparison.Ordinal) && EnglishWords.Contains(word[..^3] + "y"))
            || (word.EndsWith("es", StringComparison.Ordinal) && word[..^2] is var stem && (stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z')
                || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal)) && EnglishWords.Contains(stem))
            || (word.EndsWith("ves", StringComparison.Ordinal) && (EnglishWords.Contains(word[..^3] + "f") || EnglishWords.Contains(word[..^3] + "fe")));
    }

    /// <summary>
    /// Phrases between two names that make the second another name of the first (embedded Data/alias-cues.txt): the
    /// phrase, and whether it needs punctuation before it (", or", ", known as").
    /// </summary>
    public static readonly IReadOnlyDictionary<string, bool> AliasCues = AliasCueWords.Lines("alias-cues").Concat(AliasCueWords.Lines("renaming-cues"))
        .ToDictionary(l => l.TrimStart(',', ' '), l => l.StartsWith(','), StringComparer.Ordinal);

    /// <summary>
    /// Alias cues of a renaming (", now", ", today's"): the name after is a later name, and no alias list goes on after it
    /// (alias-cues.txt [renaming-cues]).
    /// </summary>
    public static readonly HashSet<string> RenamingCues = AliasCueWords.Lines("renaming-cues").Select(l => l.TrimStart(',', ' ')).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Phrases that end the words between two names and make the first an acronym or short name of the second ("the
    /// acronym for") (alias-cues.txt [acronym-cues]).
    /// </summary>
    public static readonly string[] AcronymCues = AliasCueWords.Phrases("acronym-cues");

    /// <summary>Labels of the fields of structured documents (embedded Data/field-labels.txt): DOB, POB, AKA, Nationality.</summary>
    private static readonly Dictionary<string, FieldKind> FieldLabels = LoadLines("field-labels.txt")
        .Select(l => l.Split('\t'))
        .ToDictionary(f => f[0].Trim(), f => f.Length > 1 ? Enum.Parse<FieldKind>(f[1].Trim(), ignoreCase: true) : FieldKind.None, StringComparer.OrdinalIgnoreCase);

    /// <summary>Classes, statuses and legal categories (embedded Data/non-actor-names.txt): "Foreign Terrorist Organization".</summary>
    private static readonly HashSet<string> NonActorNames = new(LoadLines("non-actor-names.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a name is a class or a legal category, in the singular or the plural.</summary>
    public static bool IsNonActorName(string surface) =>
        NonActorNames.Contains(surface) || (surface.EndsWith('s') && NonActorNames.Contains(surface[..^1]));

    /// <summary>Whether a name is only a field label ("DOB", "A.K.A.", "National ID:").</summary>
    public static bool IsFieldLabel(string surface) =>
        FieldLabels.ContainsKey(surface.TrimEnd(':', ' ').Replace(".", "", StringComparison.Ordinal));

    /// <summary>Whether a line opens with a field label and a colon within its first 40 characters ("AKA: …", "DOB No. 2: …").</summary>
    public static bool OpensWithFieldLabel(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 40)
        {
            return false;
        }

        var words = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(1, words.Length).Any(n => FieldKindOf(string.Join(' ', words[..n])) is not null);
    }

    /// <summary>What the field a label opens holds ("AKA" → other names), or null when the words are no field label.</summary>
    public static FieldKind? FieldKindOf(string label) =>
        FieldLabels.TryGetValue(label.Replace(".", "", StringComparison.Ordinal).Trim(), out var kind) ? kind : null;

    private static IReadOnlyList<string> LoadLines(string file) => LexiconFile.Load(file).Lines(LexiconFile.Whole);

    private static HashSet<string> LoadWords(string file, StringComparer comparer) =>
        new(LexiconFile.Load(file).Words(LexiconFile.Whole), comparer);

    public static bool IsCommon(string word) => CommonWords.Contains(word) || CalendarWords.Contains(word);

    /// <summary>Straight apostrophes for lookups: "Shi’ite" is "Shi'ite".</summary>
    public static string Plain(string word) => word.Replace('’', '\'').Replace('ʼ', '\'');

    /// <summary>Common words that may be dropped from the front of a longer name: not nouns that head names ("Government of Iraq").</summary>
    public static bool IsStrippable(string word) =>
        IsCommon(word) && !OrgHeads.Contains(word) && !PlaceHeads.Contains(word);

    /// <summary>
    /// Acronyms that name things, not actors: weapons, units of time, formats (non-actor-words.txt [acronyms]).
    /// </summary>
    public static readonly HashSet<string> NonActorAcronyms = NonActorWords.WordSet("acronyms");

    /// <summary>
    /// Lower-case words a spelled-out acronym skips: "Council for Water Rights (CWR)" (name-particles.txt [acronym-
    /// connectors]).
    /// </summary>
    public static readonly HashSet<string> AcronymConnectors = ParticleWords.WordSet("acronym-connectors");

    /// <summary>
    /// Acronyms of weapons and vehicles, which may follow the actor that used them: "Zayudi UAV", "Wadi Front VBIED"
    /// (non-actor-words.txt [equipment-acronyms]).
    /// </summary>
    public static readonly HashSet<string> EquipmentAcronyms = NonActorWords.WordSet("equipment-acronyms");

    /// <summary>
    /// Acronyms of legal designations, which may stand before the name they designate: "SDGT Jabhat Wadi" (non-actor-
    /// words.txt [designation-acronyms]).
    /// </summary>
    public static readonly HashSet<string> DesignationAcronyms = NonActorWords.WordSet("designation-acronyms");

    /// <summary>
    /// First words of names that are not actors: operations, exercises, ships (non-actor-words.txt [prefixes]).
    /// </summary>
    public static readonly HashSet<string> NonActorPrefixes = NonActorWords.WordSet("prefixes");

    /// <summary>
    /// Platforms a name posts on (non-actor-words.txt [platforms]): in brackets after a name ("X (Telegram)"), where it
    /// publishes, no alias.
    /// </summary>
    public static readonly HashSet<string> Platforms = NonActorWords.WordSet("platforms");

    /// <summary>
    /// Last words of names that are not actors: documents, laws, events, times (non-actor-words.txt [heads]).
    /// </summary>
    public static readonly HashSet<string> NonActorHeads = NonActorWords.WordSet("heads");

    /// <summary>
    /// Verbs whose object is an actor one fights: "to defeat the Wadi Front" (type-cues.txt [hostile-verbs]).
    /// </summary>
    public static readonly HashSet<string> HostileVerbs = TypeCues.WordSet("hostile-verbs");

    /// <summary>Verbs of taking ground whose object is a place: "overran X", "took control of X" (type-cues.txt [capture-verbs]).</summary>
    public static readonly HashSet<string> CaptureVerbs = TypeCues.WordSet("capture-verbs");

    /// <summary>Verbs whose object is an organization ("founded X", "formed X").</summary>
    public static readonly HashSet<string> FoundingVerbs = TypeCues.WordSet("founding-verbs");

    /// <summary>Irregular past forms that make a name before "his" or "her" the verb's subject (type-cues.txt [own-pronoun-verbs]).</summary>
    public static readonly HashSet<string> OwnPronounVerbs = TypeCues.ExactWordSet("own-pronoun-verbs");

    /// <summary>Nouns of kinship: "his brother X" is a relative of someone named before (type-cues.txt [kin-nouns]).</summary>
    public static readonly HashSet<string> KinNouns = TypeCues.WordSet("kin-nouns");

    /// <summary>What befalls only a person: "X was executed" (type-cues.txt [person-fate-verbs]).</summary>
    public static readonly HashSet<string> PersonFateVerbs = TypeCues.ExactWordSet("person-fate-verbs");

    /// <summary>Nouns only a person is: "X was a Kessa man" (type-cues.txt [person-nouns]).</summary>
    public static readonly HashSet<string> PersonNouns = TypeCues.WordSet("person-nouns");

    /// <summary>Verbs whose object is an organization one becomes part of: "joined X" (type-cues.txt [joining-verbs]).</summary>
    public static readonly HashSet<string> JoiningVerbs = TypeCues.WordSet("joining-verbs");

    /// <summary>Verbs before "from" whose object is an organization one leaves: "split from X" (type-cues.txt [parting-verbs]).</summary>
    public static readonly HashSet<string> PartingVerbs = TypeCues.WordSet("parting-verbs");

    /// <summary>Verbs whose object is an organization one leads: "led X", "heads X" (type-cues.txt [leading-verbs]).</summary>
    public static readonly HashSet<string> LeadingVerbs = TypeCues.WordSet("leading-verbs");

    /// <summary>What an actor claims when it claims an attack: "X claimed responsibility" (type-cues.txt [claimed-objects]).</summary>
    public static readonly HashSet<string> ClaimedObjects = TypeCues.WordSet("claimed-objects");

    /// <summary>
    /// Nouns of conflict before "of X": "the defeat of X", "the desperation of X" (type-cues.txt [hostile-nouns]).
    /// </summary>
    public static readonly HashSet<string> HostileNouns = TypeCues.WordSet("hostile-nouns");

    /// <summary>
    /// Past participles whose agent ("by X") is an actor: "claimed by X", "controlled by X" (type-cues.txt [agent-
    /// participles]).
    /// </summary>
    public static readonly HashSet<string> AgentParticiples = TypeCues.WordSet("agent-participles");

    /// <summary>Past participles whose agent is most often a person: "led by X" (type-cues.txt [leader-participles]).</summary>
    public static readonly HashSet<string> LeaderParticiples = TypeCues.WordSet("leader-participles");

    /// <summary>
    /// Prefixes joined by a hyphen to a name, split off by the tokenizer: "anti-Wadi", "pro-Benali" (name-particles.txt
    /// [hyphen-prefixes]).
    /// </summary>
    public static readonly HashSet<string> HyphenPrefixes = ParticleWords.WordSet("hyphen-prefixes");
}

/// <summary>What the value of a structured document's field holds (Data/field-labels.txt).</summary>
public enum FieldKind
{
    /// <summary>No names: a date, a number, a nationality.</summary>
    None,

    /// <summary>Other names of the record's subject ("AKA:").</summary>
    Alias,

    /// <summary>The person or entity the record is about ("Name:").</summary>
    Subject,

    /// <summary>The person the record is about ("Individual:").</summary>
    Person,

    /// <summary>The organization the record is about ("Entity:").</summary>
    Organization,

    /// <summary>Places ("POB:", "Address:").</summary>
    Places,
}
