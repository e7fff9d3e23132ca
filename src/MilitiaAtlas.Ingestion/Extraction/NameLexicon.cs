namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>
/// General knowledge about how English news writes names: particles, titles, roles, organization and
/// place head words, and the common words that are capitalized only because they start a sentence.
/// Nothing here names a particular actor.
/// </summary>
public static class NameLexicon
{
    private static HashSet<string> Set(string words) =>
        new(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case particles joined to a name by a hyphen: al-Rashidi, el-Sisi, ad-Din.</summary>
    public static readonly string[] HyphenParticles = ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ul-", "ud-", "bin-", "ibn-", "abu-", "abd-", "ed-", "es-", "et-", "wal-", "wa-", "bil-", "fil-", "aw-"];

    /// <summary>Particles that may stand as separate words inside a name: Osama bin Laden, Abu Bakr al Baghdadi, Charles de Gaulle.</summary>
    public static readonly HashSet<string> NameParticles = Set("al el bin ibn bint abu abd ben bani ould de da di del della der van von le la du dos das y ul ud");

    /// <summary>Connectors allowed inside a multi-word name between capitalized words.</summary>
    public static readonly HashSet<string> InnerConnectors = Set("of the for de du da di del des los las van von bin ibn bint al el on and ould ag wad ben");

    public static int ParticlePrefixLength(string word)
    {
        foreach (var p in HyphenParticles)
        {
            if (word.Length > p.Length && word.StartsWith(p, StringComparison.Ordinal))
            {
                return p.Length;
            }
        }

        return 0;
    }

    /// <summary>Titles written before a person's name (multi-word titles are matched word by word, longest first).</summary>
    public static readonly string[] Titles =
    [
        "prime minister", "deputy prime minister", "foreign minister", "defense minister", "defence minister", "interior minister",
        "finance minister", "oil minister", "health minister", "justice minister", "minister", "deputy minister",
        "foreign secretary", "defense secretary", "defence secretary", "home secretary", "secretary of state", "secretary of defense",
        "secretary-general", "secretary general", "secretary", "under secretary", "undersecretary", "assistant secretary",
        "deputy secretary", "deputy secretary of state", "assistant secretary of state", "under secretary of state", "deputy secretary of defense",
        "press secretary", "special adviser", "special advisor", "special representative", "high representative", "staff sergeant", "staff sgt.",
        "spc.", "sgt. maj.", "sergeant major", "petty officer",
        "president", "vice president", "vice-president", "former president", "chairman", "speaker",
        "grand ayatollah", "ayatollah", "sheikh", "shaykh", "sheik", "imam", "mullah", "mufti", "cleric", "hojatoleslam", "sayyid", "sayed",
        "emir", "amir", "king", "queen", "prince", "princess", "crown prince", "sultan", "caliph",
        "general", "lieutenant general", "major general", "brigadier general", "brig. gen.", "maj. gen.", "lt. gen.", "gen.",
        "lt. col.", "lieutenant colonel", "colonel", "col.", "major", "maj.", "captain", "capt.", "lieutenant", "lt.", "lt", "sergeant", "sgt.",
        "commander", "commander in chief", "commander-in-chief", "cmdr.", "admiral", "adm.", "vice admiral", "rear admiral", "field marshal", "marshal", "brigadier", "corporal", "private",
        "ambassador", "envoy", "special envoy", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "governor", "gov.", "mayor",
        "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "prof.", "professor", "judge", "justice", "chief justice", "attorney general",
        "spokesman", "spokeswoman", "spokesperson", "pm", "he", "his excellency", "excellency", "hon.", "sir", "dame", "lord", "lady",
        "acting", "director", "deputy director", "director general", "director-general", "deputy", "administrator", "deputy administrator",
    ];

    /// <summary>Lower-case role nouns that, right before a capitalized name, make it a person.</summary>
    public static readonly HashSet<string> RoleNouns = Set("""
        cleric leader commander spokesman spokeswoman spokesperson official minister general colonel ambassador president
        researcher fellow journalist reporter correspondent analyst activist chief head founder co-founder envoy diplomat adviser advisor
        lawyer judge sheikh imam emir king prince militant fighter dean author professor economist expert director chairman
        secretary governor mayor senator lawmaker politician mp candidate premier ruler warlord preacher ayatollah mullah
        officer soldier captain lieutenant major sergeant deputy aide negotiator mediator representative administrator coordinator
        editor columnist blogger photographer scholar historian commentator strongman dictator opponent rival ally successor predecessor
        """);

    /// <summary>Words that end an organization's name: the Rahma Organization, the Syrian Democratic Forces, the Defense Ministry.</summary>
    public static readonly HashSet<string> OrgHeads = Set("""
        organization organisation organizations organisations corps force forces army armies brigade brigades battalion battalions
        regiment regiments division divisions committee committees ministry ministries movement movements council councils agency agencies
        guard guards party parties front union alliance coalition group network militia militias mobilization mobilisation unit units
        authority authorities department departments offices bureaus office bureau institute institution university college school academy bank company corporation
        corp. inc. ltd. association foundation commission court parliament assembly congress senate government administration service services
        police command watch society league federation confederation cartel syndicate gang clan tribe mission program programme fund
        brotherhood caliphate emirate regime cabinet secretariat directorate intelligence navy airforce marines guerrillas rebels
        times post news press journal gazette herald tribune telegraph guardian television tv radio channel broadcasting monitor observatory
        network international partners agency group house regime nations board tribunal
        """);

    /// <summary>Head words that open an organization's name in romanized Arabic and related languages: Jaish al-Mahdi, Liwa Fatemiyoun.</summary>
    public static readonly HashSet<string> OrgPrefixHeads = Set("jaish jaysh liwa liwaa harakat harakah jabhat jabha hizb hezb tanzim jamaat jama'at jamaa majlis quwat firqat ansar katibat tahrir");

    /// <summary>Lower-case nouns after a name that make it a group ("Amal fighters", "the Rahma network").</summary>
    public static readonly HashSet<string> GroupFollowers = Set("""
        fighters militia militias militiamen members member forces troops officials official spokesman spokeswoman spokesperson leader leaders
        commander commanders group groups movement network organization organisation leadership loyalists supporters insurgents rebels
        gunmen jihadists militants cadres units brigade brigades faction factions affiliate affiliates offshoot operatives positions bloc
        warriors soldiers loyalists recruits commanders chief chiefs splinter gang gangs coalition cartel cartels representatives
        """);

    /// <summary>Ties to an organization: "an X-linked group", "affiliated with X".</summary>
    public static readonly HashSet<string> AffiliationWords = Set("linked affiliated associated");

    /// <summary>Roles held in a group: "the leader of X", "founder of X", "a member of X".</summary>
    public static readonly HashSet<string> MemberRoles = Set("leader leaders head founder founders co-founder member members commander commanders spokesman spokeswoman spokesperson chief chairman secretary-general emir deputy ranks wing faction affiliate branch");

    /// <summary>Titles that, alone after "the", refer to a person the article named with that title ("the Foreign Secretary said").</summary>
    public static readonly HashSet<string> ReferenceTitles = new(
    [
        "president", "vice president", "prime minister", "deputy prime minister", "foreign minister", "defense minister", "defence minister",
        "interior minister", "minister", "foreign secretary", "defense secretary", "defence secretary", "home secretary", "secretary",
        "secretary of state", "secretary-general", "secretary general", "ambassador", "envoy", "special envoy", "governor", "mayor",
        "senator", "general", "commander", "chairman", "speaker", "king", "queen", "crown prince", "emir",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case nouns before a name that make it a group ("the militia X", "the Lebanese group X").</summary>
    public static readonly HashSet<string> GroupIntroducers = Set("militia group movement organization organisation network faction party coalition alliance bloc outfit offshoot affiliate");

    /// <summary>Words that end a place's name: Idlib Province, Tabqa Dam, Sayyida Zaynab Shrine.</summary>
    public static readonly HashSet<string> PlaceHeads = Set("""
        province governorate district county region prefecture oblast city village town valley mountains mountain river sea gulf
        strait island islands peninsula desert plain plains dam airport airbase base bridge square street road highway shrine mosque
        church cathedral temple palace prison camp zone quarter neighborhood neighbourhood heights coast border crossing refinery oilfield
        field fields hills hill canal port harbor harbour bay gate gates wall citadel fortress
        hotel garden gardens compound market bazaar stadium hospital barracks checkpoint residence
        """);

    /// <summary>Lower-case place heads that may follow a capitalized name and belong to it: "Idlib province".</summary>
    public static readonly HashSet<string> TrailingPlaceHeads = Set("province governorate district region neighbourhood neighborhood suburb area quarter");

    /// <summary>Words that open a place's name: Camp Ashraf, Mount Sinjar, Lake Tharthar.</summary>
    /// <summary>Place heads of administrative areas: "Tamaro Region" is the area of the place "Tamaro", one place to a reader.</summary>
    public static readonly HashSet<string> AdminHeads = Set("province governorate district county region prefecture oblast state");

    public static readonly HashSet<string> PlacePrefixes = Set("camp mount mt. lake fort port cape wadi jebel jabal tell tal");

    /// <summary>Lower-case nouns before "of X" that make X a place: "the village of X", "the province of X".</summary>
    public static readonly HashSet<string> PlaceIntroducers = Set("village town city province district region governorate outskirts suburb suburbs capital area areas neighborhood neighbourhood country state port island commune communes locality localities vicinity environs camp municipality municipalities hamlet settlement department county");

    /// <summary>Prepositions that often introduce a place.</summary>
    public static readonly HashSet<string> PlacePrepositions = Set("in near outside across into towards toward around throughout inside from via");

    /// <summary>Speech verbs: a capitalized name right before or after one is most likely a person.</summary>
    public static readonly HashSet<string> SpeechVerbs = Set("said says told added warned insisted stated explained argued claimed noted asked replied responded wrote tweeted announced declared confirmed denied acknowledged admitted recalled urged");

    /// <summary>Lower-case organization heads that make "Iraqi army" or "Syrian security forces" a group.</summary>
    public static readonly string[] DemonymGroupHeads =
    [
        "security forces", "government forces", "armed forces", "special forces", "air force", "army", "parliament", "police", "navy",
        "forces", "government", "opposition",
    ];

    /// <summary>Religious, ethnic and political adjectives that are capitalized but name no single actor.</summary>
    public static readonly HashSet<string> CommunityWords = Set("""
        shiite shiites shi'ite shi'ites shia shias sunni sunnis kurd kurds kurdish arab arabs arabic muslim muslims islamic islamist islamists
        christian christians jew jews jewish alawite alawites druze yazidi yazidis yezidi turkmen assyrian assyrians chaldean sufi salafi salafist
        salafists wahhabi jihadi jihadist jihadists baathist ba'athist baathists pashtun pashtuns tajik tajiks hazara hazaras uyghur uyghurs
        hutu tutsi tuareg fulani somali western westerners eastern northern southern european europeans african africans asian asians
        latino hispanic democrat democrats republican republicans communist communists socialist socialists marxist maoist catholic catholics
        protestant protestants orthodox hindu hindus sikh sikhs buddhist buddhists
        """);

    /// <summary>Months, days and similar capitalized words that are never actors.</summary>
    /// <summary>The months, in full: "April 9 Movement" is named for a date.</summary>
    public static readonly HashSet<string> Months = Set("january february march april may june july august september october november december");

    public static readonly HashSet<string> CalendarWords = Set("""
        january february march april may june july august september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
        monday tuesday wednesday thursday friday saturday sunday ramadan eid christmas easter
        """);

    /// <summary>Common English words that are capitalized at the start of a sentence or in titles.</summary>
    public static readonly HashSet<string> CommonWords = Set("""
        a about above according across actually after afterward again against ago all almost already also although always among an and another
        any anyone anything are around as asked at back based be because been before being below besides between both but by can could
        despite did do does doing done down during each early earlier either else even eventually ever every everyone everything except
        few first following for former formerly from further furthermore had has have having he hence her here hers herself him himself his
        how however i if in including indeed initially inside instead into is it its itself just last late later lately least less let like
        likely many may me meanwhile more moreover most mostly much must my myself near nearly neither never nevertheless next no none nor
        not nothing now of off often on once one only onto or other others otherwise our ours out outside over overall own particularly per
        perhaps please previously prior rather recently regardless same several she should since so some someone something sometimes soon
        still such than that the their theirs them themselves then there thereafter therefore these they this those though through throughout
        thus to today together tomorrow too toward towards under unless unlike until up upon us very via was we were what whatever when
        whenever where whereas whether which while who whoever whom whose why will with within without would yes yesterday yet you your
        yours yourself second third fourth fifth two three four five six seven eight nine ten hundreds thousands dozens millions many
        asked told said says speaking according here there this week month year years months weeks days day night morning evening
        earlier later later, still even only just already yet again once twice finally firstly secondly lastly ultimately clearly obviously
        certainly surely officially publicly privately reportedly allegedly apparently unfortunately fortunately ironically interestingly
        similarly likewise consequently accordingly notably specifically generally typically usually traditionally historically currently
        sources source officials official witnesses residents analysts experts critics observers supporters members leaders fighters
        militia militias militiamen troops forces army government police people men women children group groups
        soldiers civilians refugees volunteers
        mr mrs ms dr sir madam god allah lord prophet
        """);

    /// <summary>Common given names (embedded Data/given-names.txt): a cue that a name is a person's.</summary>
    public static readonly HashSet<string> GivenNames = LoadWords("given-names.txt", StringComparer.Ordinal);

    /// <summary>The given names by transliteration key, so that Mustapha finds Mustafa and Sa'id finds Said.</summary>
    private static readonly HashSet<string> GivenNameKeys = new(GivenNames.Select(NameKey.Translit), StringComparer.Ordinal);

    /// <summary>Particles of kinship inside a person's name ("son of", "father of", "mother of"): Abu, Abd, bin, ould.</summary>
    public static readonly HashSet<string> KinshipParticles = Set("abu abd abdul abdel abdal bin ibn bint umm ould wad ag");

    /// <summary>A given name in any common transliteration; a capitalized word only.</summary>
    public static bool IsGivenName(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && (GivenNames.Contains(word) || GivenNameKeys.Contains(NameKey.Translit(word)));

    /// <summary>The 6,000 most frequent lower-case English words (embedded Data/common-words.txt, SUBTLEX-US).</summary>
    public static readonly HashSet<string> EnglishWords = LoadWords("common-words.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>A common English word that is not also a given name: "Security", "Rebel", "State".</summary>
    public static bool IsEnglishWord(string word) => EnglishWords.Contains(word) && !GivenNames.Contains(word);

    /// <summary>
    /// Phrases between two names that make the second another name of the first (embedded Data/alias-cues.txt): the
    /// phrase, and whether it needs punctuation before it (", or", ", known as").
    /// </summary>
    public static readonly IReadOnlyDictionary<string, bool> AliasCues = LoadLines("alias-cues.txt")
        .ToDictionary(l => l.TrimStart(',', ' '), l => l.StartsWith(','), StringComparer.Ordinal);

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

    private static List<string> LoadLines(string file)
    {
        using var stream = typeof(NameLexicon).Assembly.GetManifestResourceStream("MilitiaAtlas.Ingestion." + file)
            ?? throw new InvalidOperationException("missing embedded data file " + file);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }

    private static HashSet<string> LoadWords(string file, StringComparer comparer)
    {
        using var stream = typeof(NameLexicon).Assembly.GetManifestResourceStream("MilitiaAtlas.Ingestion." + file);
        if (stream is null)
        {
            return new HashSet<string>(comparer);
        }

        using var reader = new StreamReader(stream);
        var words = reader.ReadToEnd().Split('\n').Where(l => !l.StartsWith('#'))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return new HashSet<string>(words, comparer);
    }

    public static bool IsCommon(string word) => CommonWords.Contains(word) || CalendarWords.Contains(word);

    /// <summary>Straight apostrophes for lookups: "Shi’ite" is "Shi'ite".</summary>
    public static string Plain(string word) => word.Replace('’', '\'').Replace('ʼ', '\'');

    /// <summary>Common words that may be dropped from the front of a longer name: not nouns that head names ("Government of Iraq").</summary>
    public static bool IsStrippable(string word) =>
        IsCommon(word) && !OrgHeads.Contains(word) && !PlaceHeads.Contains(word);

    /// <summary>Acronyms that name things, not actors: weapons, units of time, formats.</summary>
    public static readonly HashSet<string> NonActorAcronyms = Set("""
        ied ieds vbied vbieds svbied uav uavs ugv rpg rpgs atgm manpads gmt utc am pm ok tv ceo cfo gdp hiv aids dna faq pdf html idp idps
        ngo ngos isr eod ddg ffg cvn lhd hms uss fs hmas hmcs ins km mph kg ak mm cm ft lb tnt rss url usd eur gbp vip vips pow pows mia
        kia wmd wmds covid sms gps ptsd update breaking exclusive photos video watch live op ed question answer note q a ip mw bc b.c ad a.d
        sdgt sdgts sdt sdn sdns fto ftos tco tcos sst pep uas
        """);

    /// <summary>Lower-case words a spelled-out acronym skips: "Fund for Peace (FFP)", "Front de Libération (FL)".</summary>
    public static readonly HashSet<string> AcronymConnectors = Set("of for the in and on at to de du des la le les et al el wal");

    /// <summary>Acronyms of weapons and vehicles, which may follow the actor that used them: "Zayudi UAV", "Wadi Front VBIED".</summary>
    public static readonly HashSet<string> EquipmentAcronyms = Set("uav uavs ugv usv ied ieds vbied vbieds svbied svbieds rpg rpgs atgm atgms manpads");

    /// <summary>Acronyms of legal designations, which may stand before the name they designate: "SDGT Jabhat Wadi".</summary>
    public static readonly HashSet<string> DesignationAcronyms = Set("sdgt sdt sdn fto tco");

    /// <summary>First words of names that are not actors: operations, exercises, ships.</summary>
    public static readonly HashSet<string> NonActorPrefixes = Set("operation exercise hms uss fs hmas hmcs ins rfa");

    /// <summary>Last words of names that are not actors: documents, laws, events, times.</summary>
    public static readonly HashSet<string> NonActorHeads = Set("""
        day week time code act law resolution resolutions book report plan treaty accord accords agreement declaration charter convention
        protocol doctrine strategy initiative program prize award festival conference summit games cup war wars revolution uprising crisis
        order orders communique communiqué statement memorandum bill budget index hostilities continents
        """);

    /// <summary>Verbs whose object is an actor one fights: "to defeat Daesh".</summary>
    public static readonly HashSet<string> HostileVerbs = Set("defeat defeating defeated fight fighting fought counter countering combat combating combatting targeting attacked destroy destroying degrade degrading oppose opposing against clearing expel expelling oust ousting");

    /// <summary>Nouns of conflict before "of X": "the defeat of X", "the desperation of X".</summary>
    public static readonly HashSet<string> HostileNouns = Set("defeat destruction desperation cowardice brutality atrocities crimes fighters remnants collapse expulsion ouster threat");

    /// <summary>Past participles whose agent ("by X") is an actor: "claimed by X", "controlled by X".</summary>
    public static readonly HashSet<string> AgentParticiples = Set("""
        claimed controlled held led backed carried committed used killed attacked targeted seized captured destroyed launched fired
        supported funded armed trained run occupied besieged shelled bombed executed kidnapped abducted detained perpetrated orchestrated
        """);

    /// <summary>Prefixes joined by a hyphen to a name: "anti-ISIL", "counter-Daesh", "pro-Assad".</summary>
    public static readonly HashSet<string> HyphenPrefixes = Set("anti counter pro non post pre ex neo pan mid trans intra inter");
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
