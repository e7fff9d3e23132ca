using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Claims;

public static partial class RelationFinder
{
    private const RegexOptions Opt = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // The largest frames are generated at build time: compiled at run time, a pattern this size makes a method the JIT will not
    // optimise (it falls back to minimal optimisation above a size limit), and ran three to six times slower (docs/performance.md).
    private const RegexOptions Gen = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The frames' patterns run on RelationLexicon.Mark's copy of the text, where a role noun or a verb is a run of its mark.
    private const string RoleWord = "(?<![\u0001-\u0003])[\u0001\u0003]+(?![\u0001-\u0003])";

    private const string VerbWord = "(?<![\u0001-\u0003])[\u0002\u0003]+(?![\u0001-\u0003])";

    // Words between an article and a role noun: "the [founder and] leader", "a senior terrorist leader", "the group's charismatic leader",
    // "the armed wing" (a participle of a relation verb, marked as one).
    private const string Mod = @"(?<mods>(?:(?:(?!(?:of|for|at|to|within|in|with|and|or|who|whom|which|that|said|says|is|was|are|were|has|had|have|by|from|on|as|after|before|when)\s)[\w.'-]+|(?<![\u0001-\u0003])[\u0001-\u0003]+(?![\u0001-\u0003]))\s+){0,4}?)";

    // Words that may stand between a group's name and a role noun before a person's name: "Jabhat Wadi [senior military] commander X".
    private const string ModPre = @"(?<mods>(?:(?:(?<![\u0001-\u0003])[\u0001\u0003]+(?![\u0001-\u0003])|senior|top|former|deceased|late|slain|jailed|detained|exiled|then|now|current|acting|interim|military|militant|political|religious|spiritual|supreme|overall|deputy|vice|assistant|chief|local|regional|provincial|field|key|security|terrorist|founding|de\s+facto|self-proclaimed|self-styled|alleged|purported|notorious|prominent|veteran|operational|operations|intelligence|media|finance|financial|external|internal|foreign|armed|wing|group|militia|rebel|insurgent|jihadist|sector|area|zone|battalion|brigade|unit|general|longtime|long-time|one-time|onetime|influential|powerful|feared|charismatic|elusive|reclusive|hardline|hard-line|[\w-]+-designated|previously\s+designated|designated|[\w-]+-based|then-[\w-]+|self-declared|special|high|permanent|personal|official)\s+){0,3})";

    private const string Det = @"(?:(?<det>the|a|an|(?:one|another)\s+of\s+(?:the|its|their|his|her)|two|three|four|five|six|several|both|another|other|its|his|her|their)\s+)?";

    // A copula or an appointment: "is", "was named", "took over as", "has been considered", "serves as".
    private const string Cop = @"(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been|became|becomes|become|remains|remained|serves\s+as|served\s+as|serving\s+as|acts\s+as|acted\s+as|works\s+as|worked\s+as|took\s+over\s+as|takes\s+over\s+as|(?:was\s+|were\s+|been\s+)?sworn\s+in\s+as|named|appointed|elected|promoted\s+to|installed\s+as|now|also|then|currently|formerly|previously|still|reportedly|allegedly|once|later|considered|described\s+as|believed\s+to\s+be|thought\s+to\s+be|said\s+to\s+be|understood\s+to\s+be|known\s+to\s+be|reported\s+to\s+be|regarded\s+as|seen\s+as|viewed\s+as|widely|generally|commonly|often|long|as)\s+){1,5}";

    private const string Roles = $@"{Mod}(?<role>{RoleWord})(?:\s*(?:,|and|&|,\s*and|or)\s+(?:a\s+|an\s+|the\s+)?(?!{PastVerb}\s){Mod}(?<role>{RoleWord}))*";

    private const string RolesPre = $@"{ModPre}(?<role>{RoleWord})(?:\s+(?:and|&)\s+{ModPre}(?<role>{RoleWord}))*";

    // A parenthesis after a name, or an age set off by commas ("X, 55, the founder of Y").
    private const string Paren = @"(?:\s*\([^()]{1,100}\)|,\s+(?:aged\s+)?\d{1,3}(?=,))?";

    // In an apposition after the subject, a quoted alias set off by commas is read past too ("X, known as "Kito", Y's deputy").
    private const string ParenAlias = @"(?:\s*\([^()]{1,60}\)|,\s+(?:aged\s+)?\d{1,3}(?=,)|,\s+[""“][^""“”,]{1,30}[""”](?=,)|,\s+(?:(?:also\s+|better\s+)?known\s+as|nicknamed|called|dubbed|alias|a\.k\.a\.|who\s+went\s+by)\s+[""“][^""“”]{1,40}[""”](?=,))?";

    // "led by General X", "founded by Sheikh X": a title the name finder split off the name stands between "by" and it.
    private const string TitleWords = @"(?:(?-i:[A-Z])[\w.-]*\s+){0,3}";

    // A verb in the past opening what follows a name's comma: "X, met delegates of Y" is no apposition; "X, exiled
    // leader of Y" is.
    private const string PastVerb = @"(?:met|led|told|took|sent|held|saw|made|gave|went|came|left|said|fought|won|lost|ran|spoke|wrote|began|kept|brought|(?!(?:exiled|jailed|detained|retired|slain|designated|disgraced|ousted|deposed|alleged|wounded|wanted|indicted|convicted|self-styled|self-proclaimed|elected|appointed|unelected|embattled|celebrated|noted|respected|feared|revered|storied|decorated|bearded|veiled|masked|[\w-]+-based|[\w-]+-backed|[\w-]+-trained|[\w-]+-educated)\b)(?-i:[a-z])[\w-]*ed)";

    // After the subject: ", " (apposition), " is "/" was named "/", a Russian national, is " (copula), ", who is " (relative clause),
    // " is an armed group in … that is " (a relative clause on a predicate noun), ", as " ("replaced Z, as Y's commander"),
    // " replaced Z as " (the one who replaces takes the role).
    private static readonly Regex[] AfterSubject =
    [
        new($@"\G{ParenAlias},\s+(?:also\s+|now\s+|then\s+|by\s+then\s+|by\s+now\s+|at\s+the\s+time\s+|currently\s+|formerly\s+)?(?!{PastVerb}\s){Det}", Opt),
        new($@"\G{Paren}(?:,\s+[^,;]{{1,80}},)?\s+{Cop}{Det}", Opt),
        new($@"\G{Paren},\s+(?:who|which)\s+{Cop}{Det}", Opt),
        new($@"\G{Paren}\s+(?:is|was)\s+(?:a|an)\s+[^,;]{{1,60}}?\s+(?:that|which|who)\s+{Cop}{Det}", Opt),
        new($@"\G{Paren},\s+as\s+{Det}", Opt),
        new($@"\G{Paren},\s+(?:which|who)\s+(?:describes|described|calls|called|presents|presented|sees|saw)\s+(?:itself|themselves|himself|herself)\s+as\s+{Det}", Opt),
        new($@"\G{Paren},?\s+(?:(?:also|still|now|openly)\s+)?(?:describes|described|presents|presented|styles|styled|bills|billed)\s+(?:itself|themselves)\s+as\s+{Det}", Opt),
        // A glossary's entry: "- **Tamba Unity Army (TUA)**: the armed wing of the TPP".
        new($@"\G{Paren}(?:\*\*|__)?:\s+{Det}", Opt),
        new($@"\G{Paren}\s+(?:(?:has|had|have|was|will|would|then|later|also|eventually|formally)\s+)*(?:replaced|succeeded|replace|succeed|replacing|succeeding)\s+[^;]{{1,100}}?,?\s+as\s+{Det}", Opt),
        // "X, an Islamic scholar, who had been vice-chairman of Y": the relative clause after an apposition.
        new($@"\G{Paren},\s+[^,;]{{1,80}},\s+(?:who|which)\s+{Cop}{Det}", Opt),
        // "X, a poet and one of the commanders of Y": a first description joined by "and" to the role.
        new($@"\G{Paren},\s+(?:a|an)\s+(?-i:[a-z])[\w-]+\s+and\s+{Det}", Opt),
        // "X, a Y veteran who later worked as a bodyguard for Z": a relative clause on the apposition's noun is X's.
        new($@"\G{Paren},\s+(?:a|an|the)\s+[^,;]{{1,60}}?\s+who\s+{Cop}{Det}", Opt),
    ];

    // The ", as" opening of AfterSubject: only for the one replaced ("replaced his uncle, Z, as Y's commander").
    private const int ReplacedAs = 4;

    private static readonly Regex ReplacedBefore = new(@"\b(?:replac(?:ed|es|e|ing)|succeed(?:ed|s|ing)?)\s+(?:(?:his|her|their|its|the)\s+[\w\s'-]{0,30}?,\s+)?$", Opt);

    private static readonly Regex AsAfterComma = new(@"^,\s+as\s", Opt);

    // A name after "of" in its own comma-delimited phrase: "…, the brother of Y leader X".
    private static readonly Regex InsidePhrase = new(@",\s+[^,;]*\bof\s+[^,;]*$", Opt);

    private static readonly Regex DescriptionAnd = new(@"^(?:(?-i:[a-z])[\w-]*\s+){1,3}and\s+(?:a\s+|an\s+)?(?:(?:senior|former|leading|prominent)\s+)?", Opt);

    // "X was one of Y's commanders", "X was a separate Y leader": one of several, or one set apart from another named before.
    private static readonly Regex OwnerMods = new(@"^(?:(?:one|another)\s+of\s+)?(?:the\s+)?(?:(?:senior|top|prominent|key|leading|longtime|long-time|veteran|high-ranking|mid-level|former|founding|powerful|influential|separate|fellow|second|third)\s+){0,2}", Opt);

    // A title of an office before its holder's name: "Director of the Office of Y Laura K. Benton", "Deputy Head of Y for Finance …".
    private static readonly Regex TitleOfBefore = new($@"(?:^|[\s,(""])(?<mods>(?:(?:(?-i:[A-Z])[\w-]*|{RoleWord})\s+){{0,2}})(?<role>{RoleWord})\s+(?:of|for)\s+(?:the\s+)?$", Opt);

    // Between the office and its holder: nothing, or a capitalized portfolio ("for Terrorism and Financial Intelligence").
    private static readonly Regex TitleGap = new(@"^(?:\s+for\s+(?-i:[A-Z])[\w'-]*(?:\s+(?:and|of|&|(?-i:[A-Z])[\w'-]*)){0,6})?\s+$", RegexOptions.CultureInvariant);

    private static readonly Regex RoleThenName = new($@"\G{Roles}\s+(?=(?-i:[A-Z]))", Opt);

    private static readonly Regex RoleThenPrep = new($@"\G{Roles}\s+(?<prep>of|for|at|to|within|with|in|inside|under)\s+(?:the\s+)?", Opt);

    // The second of two roles over two objects: "President of Kessa [and chairman of the] governing Y".
    private static readonly Regex AndRoleThenPrep = new($@"\G(?:\s*\([^()]{{1,60}}\))?,?\s+and\s+(?:(?:the|a|an)\s+)?{Roles}\s+(?<prep>of|for|at|to|within|with|in|inside|under)\s+(?:the\s+)?", Opt);

    // A role word is a run of its mark, so "the end of the role" is "no word character next", not \b.
    private static readonly Regex PossessiveRole = new($@"\G's?\s+{Roles}(?![\w-])", Opt);

    // Not "the Y researcher for Z": the role's object follows.
    // "X, a Y commander in Kessa": a place after "in" leaves the role Y's; "a Y commander in the Z brigade" does not.
    // "Its chairman was X", "Their leader was X" opening the sentence (ItsRoleBefore's copular form).
    [GeneratedRegex(@"^\s*(?:Its|Their)\s+(?:[\w-]+\s+){1,3}(?:was|is)\s+$")]
    private static partial Regex ItsCopula();

    [GeneratedRegex($@"\G{Paren}\s+{RolesPre}(?![\w-])(?!\s+(?:of|for|at|with|to|within)\s|\s+in\s+(?!(?-i:[A-Z])))", Gen)]
    private static partial Regex PreRole { get; }

    // "Malaysia, whose then prime minister, X, agreed …", "the Y (YP), whose leader X had …": the role is over the name before "whose".
    private static readonly Regex WhoseRoleBetween = new($@"^\)?(?:\s*\([^()]{{1,40}}\))?,\s+whose\s+(?:(?:then|former|current|late|new|long-time|longtime)\s+)?{Roles}(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:[a-z])[\w-]+)?,?\s+""?$", Opt);

    // "Puerto Rico's secretary of justice, X": a portfolio in lower case may follow the role. "Y's deputy, the American
    // diplomat X": one descriptive noun (and a nationality) may stand before the name.
    private static readonly Regex PossessiveRoleBefore = new($@"^'s?\s+{Roles}(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:[a-z])[\w-]+(?:\s+(?:and|&)\s+(?-i:[a-z])[\w-]+)?)?(?:\s+at\s+the\s+time|\s+until\s+\d{{4}})?,?\s+(?:(?:is|was|are|were|remains|has\s+been|have\s+been|include|includes|included)\s+)?(?:the\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?!(?:who|whom|which|that|man|woman|one)\s)(?-i:[a-z])[\w-]+\s+|the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){{0,2}}""?$", Opt);

    // "Y commander X", "an Y commander known as X".
    // "Y members, among them A and B", "the seven Y members still wanted include A, B and C": a list after the role.
    // "the Kessan ambassador to Tamaro, X", "an X commander from Ruvo, Y": the post's place after the role, set off by a comma.
    [GeneratedRegex($@"^{Paren}\s+{RolesPre}(?:\s+(?:known\s+as|called|named|nicknamed|dubbed)|{ListAfterRole}|\s+(?:to|in|from)\s+(?:the\s+)?(?:[\u0001-\u0003]+|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){{0,2}})(?=,))?(?:,?\s+|,\s+the\s+)""?$", Gen)]
    private static partial Regex PreRoleBefore { get; }

    private const string ListAfterRole = @",?\s+(?:among\s+them|among\s+whom|including|such\s+as|notably)|(?:\s+(?-i:[a-z])[\w-]*){0,2}\s+(?:include|includes|included)";

    // "the leader of Y, X"; "three other members of Y, A, B and C" (a number is one of several).
    private static readonly Regex RoleOfBefore = new($@"(?:^|[\s,(])(?<det>the|a|an|two|three|four|five|six|seven|eight|nine|ten|several|some|one\s+of\s+the)\s+{Mod}{Roles}{Portfolio}\s+(?:of|for|at|within)\s+(?:the\s+)?(?:{OldBody}\s+)?$", Opt);

    // A word between "of the" and a body's name that dates or describes the body, not the role: "a member of the old X".
    private const string OldBody = "(?:old|former|original|new|then|defunct|now-defunct|banned|outlawed|proscribed|underground|clandestine|exiled|governing|ruling)";

    /// <summary>An office's portfolio between its title and the place it serves: "the Minister of Foreign Affairs of Y, X".</summary>
    private const string Portfolio = @"(?<portfolio>\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])[\w-]+){0,3})?";

    // "the commander of Y, Major General X": the holder's titles may stand before the name.
    private static readonly string TitlesBeforeName = "(?:(?:" + string.Join("|", NameLexicon.Titles.OrderByDescending(t => t.Length)
        .Select(t => string.Join(@"\s+", t.Split(' ').Select(Regex.Escape)))) + @")\s+){0,2}";

    private static readonly Regex InvertedLink = new(@"^(?:\s*\([^()]{1,40}\))?(?:'s?\s+(?-i:[a-z])[\w-]*|\s+(?-i:[a-z])[\w-]*)?(?:\s+(?:in|at|of|for|from|based\s+in)\s+[^,;]{0,40}?)?(?:,\s+(?:(?:is|was)\s+|(?:among\s+them|among\s+whom|including|notably)\s+)?|\s+(?:is|are|was|were|remains|remained|has\s+been|have\s+been|had\s+been|include|includes|included)\s+)(?:the\s+(?:(?-i:[a-z])[\w-]+\s+)?)?""?" + TitlesBeforeName + "$", Opt);

    // "its founders included A and B", "their leaders were A and B".
    private static readonly Regex ItsRolesInclude = new($@"\b(?:its|their)\s+{ModPre}(?<role>{RoleWord})\s+(?:included|include|includes|were|are)\s+{TitleWords}$", Opt);

    private static readonly Regex ItsRoleBefore = new($@"(?:\b(?:its|their)|(?<group>the\s+(?:group|militia|organization|organisation|movement|network|faction|front|party|army|alliance|coalition|cartel|gang|union|council|league|congress|society|association|company)'s|\b(?:group|militia|movement)(?=\s+{RoleWord})))\s+{ModPre}(?<role>{RoleWord})(?:\s+(?:was|is))?,?\s+""?{TitleWords}$", Opt);

    // Further on in the clause: "X, who once taught in Tamaro and since March has been the director of Y".
    [GeneratedRegex($@"(?:^|\s)(?<!\b(?:who|which|that)\s+)(?:{Cop}){Det}{Roles}\s+(?:of|for|at|within)\s+(?:the\s+)?$", Gen)]
    private static partial Regex CopulaRoleBefore { get; }

    private static readonly Regex PluralRoleOfBefore = new($@"(?<role>{RoleWord})\s+of\s+(?:the\s+)?$", Opt);

    private static readonly Regex OpeningUnder = new(@"^\W*Under\s+(?:\p{Lu}[\w.]*\s+){0,3}$", RegexOptions.CultureInvariant);

    // "under the command of X, the Y"; "Under its commander, General X, the Y" ("its" and "their" look ahead to the body the
    // clause goes on to name).
    private static readonly Regex UnderBefore = new(@"\bunder\s+(?:(?:the\s+)?(?:(?<how>direction|leadership|command|guidance|orders|rule)\s+of\s+)?|(?:its|their)\s+(?:(?:new|then|first|last)\s+)?(?:(?<how>commander)|leader|chief|head|chairman|president),\s+(?:(?-i:\p{Lu})[\w.]*\s+){0,3})$", Opt);

    // "X, who teaches naval law at Y", "X teaches law at the Y": a teacher's or a researcher's place of work, with what is
    // taught between the verb and "at" (the table's "teaches at" has nothing between).
    private static readonly Regex TeachesAt = new(@"^(?:,\s+who)?\s+(?:(?:also|now|still)\s+)?(?:teaches|taught|lectures|lectured|researches|researched)\s+(?:\p{L}[\p{L}'-]*\s+){1,4}?at\s+(?:the\s+)?$", Opt);

    private static readonly Regex FactionOfPerson = new(@"^\s+(?:faction|wing|splinter\s+group)\s+(?:of|led\s+by|loyal\s+to)\s+$", Opt);

    private static readonly Regex PersonsFactionOf = new(@"^'s?\s+(?:faction|wing)\s+(?:of|within)\s+(?:the\s+)?$", Opt);

    private static readonly Regex CapitalAfter = new(@"^'s\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}(?:capital|stronghold|bastion|heartland|fiefdom)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>From a body to the one it takes for a role: "Y, …, chose as their chairman Colonel X".</summary>
    private const string TakingVerbs = "took|takes|chose|chooses|named|names|elected|elects|appointed|appoints|made|makes";

    private static readonly Regex AsTheirRoleBefore = new($@"^(?:,[^;:]{{1,120}}?,)?\s+(?:{TakingVerbs}|[\u0002\u0003]+)\s+as\s+(?:its|their)\s+{Roles}\s+(?:(?:(?-i:[A-Z])[\w.-]+|[\u0001-\u0003]+)\s+){{0,3}}$", Opt);

    /// <summary>The verb of <see cref="AsTheirRoleBefore"/> as written (the marked copy hides a relation verb such as "took").</summary>
    private static readonly Regex TakenAs = new($@"\b(?:{TakingVerbs})\s+as\s+(?:its|their)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>From a body to a holder brought in with "with", past a phrase in lower case set off after it (a lower-case head may
    /// come first): "the Y Legion, raised by the old duke with Lord X", "the Y army, led by …".</summary>
    private static readonly Regex WithBefore = new(@"^(?:\s+(?-i:[a-z])[\w-]*)?,\s+(?-i:[a-z])[\w-]*\s+(?:(?-i:[a-z])[\w-]*\s+){0,7}?with\s+(?:(?:(?-i:[A-Z])[\w.-]+|[\u0001-\u0003]+)\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>From a place to its holder's name in "X, …, was the Y's stronghold": an apposition at most, then the copula.</summary>
    private static readonly Regex StrongholdVerbBetween = new(@"^(?:,[^;:.]{1,100},)?\s+(?:is|was|became|remained|remains|had\s+been|has\s+been)\s+(?:still\s+|long\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex CapitalOfBetween = new(@"^'s\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}(?:capital|stronghold|bastion|heartland|fiefdom)\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex AffiliateKnownAs = new(@"^\s+(?:(?-i:[a-z])[\w-]*\s+)?(?:affiliate|wing|branch|faction|offshoot|unit|cell|front)\s+(?:(?:now|locally|widely|also)\s+)?(?:known\s+as|referred\s+to\s+as|called|named)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Where a clause with a subject of its own opens, read right to left from a mention: after a semicolon or ", and", ", but".
    private static readonly Regex ClauseBoundary = new(@"(?:;|,\s+(?:and|but|while|whereas)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    // An opening clause or phrase whose "its" looks ahead to the main clause's subject: "After its founder, X, was killed, the Y
    // …", "Under its commander, X, the Y …".
    private static readonly Regex SubordinateOpening = new(@"^(?:Since|After|When|Although|Though|Before|While|Until|Because|As|Once|If|Following|Even\s+though|Under)\b", RegexOptions.CultureInvariant);

    // ", Ivo Velt's brother-in-law, ": an apposition of a possessive name and up to three lower-case words.
    private static readonly Regex PossessiveApposition = new(@"^,\s(?-i:[A-Z])[\w.'-]*(?:\s(?-i:[A-Z])[\w.'-]*){0,3}['’]s\s(?-i:[a-z])[\w-]*(?:\s(?-i:[a-z])[\w-]*){0,2},\s", Opt);

    private static readonly Regex UnderRightAfter = new(@"^(?:\s*\([^()]{1,20}\))?\s+under\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,3}$", RegexOptions.CultureInvariant);

    private static readonly Regex UnderBetween = new(@"^,?\s+(?:(?:is|was|are|were|now|then|long|also)\s+)*under\s+(?:the\s+)?(?<how>direction|leadership|command|guidance|rule)\s+of\s+$", Opt);

    // The object's words before its name: articles, a role ("attacked the old chief X": one word in lower case before it), counts,
    // parts and places of a body.
    private const string Obj = @"(?:(?:the|a|an|his|her|its|their|own|(?<![\u0001-\u0003])\u0001+(?![\u0001-\u0003])|(?-i:[a-z])[\w-]*(?=\s+\u0001+\s)|(?-i:[a-z])[\w-]*s'|(?:party|group|movement|faction|militia|organi[sz]ation|army|force|front|wing),|association|union|gang|cartel|syndicate|what\s+was\s+then\s+called|what\s+became|what\s+becomes|what\s+would\s+become|what\s+is\s+now|(?:positions?|outposts?|bases?|camps?|convoys?|checkpoints?|patrols?|stations?|posts?|detachments?|units|barracks|headquarters|offices|garrisons?)\s+(?:of|held\s+by)|(?:more|fewer)\s+than|at\s+least|known\s+as|called|so-called|new|rival|rebel|militant|armed|jihadist|terrorist|insurgent|militia|group|movement|organization|network|bloc|party|force|forces|(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:city|cities|town|towns|village|villages|province|provinces|region|regions|district|districts|capital|port|territory|headquarters|stronghold|area|areas|hub|base|outpost|garrison)\s+of|(?:full|total|effective)\s+control\s+(?:of|over)|(?:much|most|parts|part|large\s+parts|swathes|swaths|all)\s+of|(?:elements|remnants|fighters|factions|soldiers|troops|members|officers|policemen|militants|supporters|cadres|personnel)\s+of|(?:a\s+)?(?:number|handful|group|few)\s+of|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|dozens\s+of|hundreds\s+of|thousands\s+of|several|many|(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3}'s)\s+){0,5}";

    private const string NotAVerbStretch = @"(?:(?!(?:said|says|told|say|claimed|claims|accused|accuses|alleges|alleged|denied|denies|reported|reports|according|when|after|before|while|because|if|but|although|though|whether|not|never|no|than|against|where|whom|whose|without|despite|instead|by)\W)[^\s;:]+\s+){0,10}?";

    // "Y, the criminal faction that has controlled X": a description of the subject whose relative clause holds the verb.
    [GeneratedRegex($@"^(?<pre>{Paren}(?:(?<closing>,\s+)(?=(?:(?:had|has|have|was|were|is|also|later|then|once|soon)\s+){{0,2}}[\u0002\u0003])|,\s+(?:who|which|that)\s+|,\s+whose\s+(?:[\w-]+\s+)?(?:troops|fighters|forces|men|militants|units|gunmen|soldiers|members)\s+|(?<ownmen>['’]s\s+(?:armed\s+|own\s+)?(?:troops|fighters|forces|men|militants|gunmen|soldiers|followers|rebels)\s+(?:(?:had|have|also|later|then|soon)\s+)?(?=[\u0002\u0003]))|,\s+(?:a|an|the|another|who|whose|also|now|then|once|himself|herself|itself|better|known|alias|nicknamed|called|dubbed)\b[^,;]{{1,80}},""?\s+|(?<described>,\s+(?:a|an|the)\s+[^,;]{{1,60}}?\s+(?:that|which|who)\s+)|\s+))(?<fill>{NotAVerbStretch})(?<verb>{VerbWord})\s+(?<obj>{Obj})$", Gen)]
    private static partial Regex ActiveVerb { get; }

    // "Y, which is backed by X", "Y, one of Z's largest factions, is commanded by X", "Y, in turn, is backed by X"; "Y was set up
    // that day and was headed by X" (a verb phrase before, joined by "and"); "Y were financed and directed by X" (two verbs, one agent).
    private const string PassiveVerbHead = $@"^{Paren}(?:\s+(?:in|of|from|based\s+in)\s+(?-i:[A-Z])[^,;]{{1,40}}?(?=,)|\s+(?:into|on)\s+the\s+[^,;\u0001-\u0003]{{1,30}}?(?=,)|\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|interior|countryside|hills|mountains|forest|border\s+areas?|region|area)(?=\s))?\s*(?:(?<appos>,\s+[^,;]{{1,80}},\s+)";

    private const string PassiveVerbTail = $@"(?:(?:which|that|who)\s+)?(?:(?:is|was|are|were|has|have|had|been|being|reportedly|allegedly|also|itself|themselves|now|currently|once|later|jointly|widely|largely|mainly|heavily|directly|openly|still|long|both|originally|initially|first|then)\s+){{0,4}}(?:[^,;]{{1,60}}?\s+and\s+(?:(?:is|was|are|were|has|have|had|been|later|then|also|soon)\s+){{0,3}})?(?<desc>(?:a|an|the)\s+(?:[\w'-]+\s+){{0,5}}?)?(?:(?-i:[a-z])[a-z-]{{2,}}(?:,\s+|,?\s+(?:and|or)\s+)){{0,3}}(?<verb>{VerbWord}){CoordinatedParticiples}{PassiveAdverbial}\s+by\s+{AgentRole}{TitleWords}$";

    // "its founder, " before a name that is an apposition to it; "its military arm, the " before a group's (not after "the").
    [GeneratedRegex(@"\b(?<opener>its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+(?<the>the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AppositiveOpening();

    // "its founder, X, was killed by Y": after a name that is itself an apposition, ", was" goes on with it.
    [GeneratedRegex(PassiveVerbHead + @"|,\s+)?" + PassiveVerbTail, Gen)]
    private static partial Regex PassiveVerbAfterAppositive { get; }

    [GeneratedRegex(PassiveVerbHead + @"|,\s+(?!(?:is|was|are|were|has|have|had)\s))?" + PassiveVerbTail, Gen)]
    private static partial Regex PassiveVerb { get; }

    // "led by the Salafist commander X", "founded by a former colonel, X", "directed by officials of X": the agent's role noun, lower
    // case, before the name; "headed by his son, General X" (a kinship noun set off by a comma); "chaired by the veteran diplomat X",
    // "by the Tamaran mediator X" (a description of up to two lower-case words after an article, or two such joined by "and": "the
    // schoolteacher and guerrilla captain X"); "captured by marines of X" (the
    // agents are the force's men).
    private const string AgentRole = @"(?:the\s+|a\s+|an\s+)?(?:(?:[\w'-]+\s+){0,2}(?<![\u0001-\u0003])[\u0001\u0003]+(?:\s+of\s+(?:the\s+)?|,?\s+)|(?:[\w'-]+\s+)?(?:marines|agents|troops|soldiers|gunmen|militiamen|commandos|operatives|policemen|guards|sailors|paratroopers|fighters|militants|officers|detectives|members|units|forces|men)\s+(?:of|from)\s+(?:the\s+)?|(?:his|her|their|its)\s+(?-i:[a-z])[\w-]+,\s+|(?<=\b(?:the|a|an)\s+)(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:(?!(?:and|or|of|in|on|at|for|with|by|from)\s)(?-i:[a-z])[\w'-]*\s+){1,2}(?:and\s+(?:(?!(?:and|or|of|in|on|at|for|with|by|from|the|a|an|his|her|its|their)\s)(?-i:[a-z])[\w'-]*\s+){1,2})?)?";

    // "was founded in August 2022 by X", "was formed in Kessa by X", "is led from prison by X", "was supplied with arms by X": a short
    // time, place or means phrase before the agent.
    // "armed, fed and paid by X": participles after the relation's own, regular or not, joined by commas and a last "and".
    private const string CoordinatedParticiples = @"(?:(?:,\s+|,?\s+(?:and|or)\s+)(?-i:[a-z])[a-z-]{2,}(?<![\u0001-\u0003])){0,3}";

    // ", as it had been since 1960, by X": an aside set off by commas.
    private const string PassiveAdverbial = @"(?:\s+(?:in|on|during|since|at|from|with|before|after|near|outside|inside)\s+[^,;\u0001-\u0003]{1,30}?|\s+(?:yesterday|today|tonight|overnight|last\s+(?:night|week|month|year)|this\s+(?:morning|afternoon|evening|week))(?:\s+(?:morning|afternoon|evening|night))?|,\s+(?:as|since|from|until|in|then|again|once|at\s+the\s+time|for)\s[^,;\u0001-\u0003]{1,40}?,)?";

    // "Y, which he launched", "Y, the party he leads", "Y, the movement that she founded".
    private static readonly Regex WhichHeVerb = new($@"^\)?,\s+(?:(?:the|a)\s+(?:[\w-]+\s+){{0,2}}?(?:party|group|movement|militia|faction|organi[sz]ation|force|army|front|network|coalition|alliance|rebellion|insurgency)\s+(?:(?:which|that)\s+)?|(?:which|that)\s+)(?:he|she)\s+(?:(?:also|had|has|later|then|once)\s+)*(?<verb>{VerbWord})(?![\w-])", Opt);

    // "commanded Y's forces in the field": the whole of Y's armed force is Y ("led Y fighters in the attack" led some of them).
    private static readonly Regex WholeForceOf = new(@"^'s\s+(?:(?:armed|military|regular|ground|combined|main)\s+)?(?:forces|fighters|troops|army|men)\b", Opt);

    private static readonly Regex LeadsSomethingOf = new(@"^(?:'s\s|\s+(?:operations|forces|fighters|units|troops|militants|members|cells|attacks|activities|offensive|campaign|brigades?|battalions?|wing|network|efforts|operatives)\b)", Opt);

    private static readonly Regex UnderControlBetween = new(@"^,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|are|were|remains|remained|has\s+been|had\s+been|have\s+been|still|now|firmly|largely|entirely|long|fell|came|come|back)\s+)*(?:under|in|into)\s+(?:the\s+)?(?:(?:full|firm|effective|total)\s+)?(?<of>(?:control|hands|grip)\s+of\s+(?:the\s+)?)?$", Opt);

    private static readonly Regex ControlAfter = new(@"^(?:'s)?\s+(?:control|hands|rule)\b", Opt);

    private static readonly Regex FellTo = new(@"^\s+(?:(?:has|had)\s+)?(?:fell|falls|fallen)\s+to\s+(?:the\s+)?$", Opt);

    private static readonly Regex FallOfBefore = new(@"\b(?:fall|capture|seizure|occupation)\s+of\s+(?:the\s+)?$", Opt);

    // "X held the high passes of the Cordillera Y", "X controls the approaches to Y": ground that stands for the place.
    private static readonly Regex HeldGroundOf = new(@"\b(?:held|holds|hold|holding|controlled|controls|control|controlling)\s+the\s+(?:(?-i:[a-z])[\w-]*\s+)?(?:pass|passes|heights|approaches|roads|fort|fortress|citadel|castle|mines|valley|valleys)\s+(?:of|to)\s+(?:the\s+)?$", Opt);

    private static readonly Regex HeldPrefix = new(@"-(?<how>held|controlled|occupied|seized|run)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$", Opt);

    private static readonly Regex NamePrefix = new(@"(?<name>(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3})-(?<how>backed|supported|funded|sponsored|armed|trained|affiliated|aligned|allied|linked|led)\b", Opt);

    private static readonly Regex CoalitionOf = new(@"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:coalition|alliance|umbrella\s+(?:group|organization)|umbrella|grouping|federation|union|bloc|front|network)\s+(?:of|between)\s+(?:the\s+)?$", Opt);

    private static readonly Regex MembersInclude = new(@"^(?:'s\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:members?|components?|factions?|affiliates?)\s+(?:is|are|was|were|include|includes|included)|(?:\s+(?:nations|countries|states|members|partners|groups|factions|forces|militias|organizations))?(?:\s+(?:which|that|who)\s+[^,;]{0,80}?)?\s+(?:include|includes|included|comprise|comprises|comprised|consists\s+of|consisted\s+of)|,\s+(?:which|that)\s+(?:include|includes|included|comprises|comprised|brings\s+together|brought\s+together)|\s+(?:is|are|was|were)\s+made\s+up\s+of|,\s+made\s+up\s+(?:in\s+part\s+)?of|\s+(?:(?:is|are|was|were|has\s+been|had\s+been|later)\s+){1,2}(?:divided|organi[sz]ed|split|grouped|structured|broken\s+up)\s+into\s+(?:[\w-]+\s+){0,2}?(?:brigades|battalions|units|divisions|regiments|companies|cells|wings|factions|sectors|zones|fronts|commands|sections|branches):)\s+(?:the\s+)?$", Opt);

    // "X, working as part of Y", "X is a member of Y", "X, which is still (nominally) part of Y", "X became part of Y".
    private static readonly Regex AsPartOf = new(@"^,?\s+(?:(?:which|that)\s+)?(?:(?:is|are|was|were|working|operating|fighting|serving|acting|deployed|will|be|has|have|been|now|also|still|nominally|formally|officially)\s+){0,3}(?:as\s+|is\s+|are\s+|was\s+|were\s+|remains\s+|remained\s+|became\s+|becomes\s+|forms\s+|formed\s+|form\s+)(?:still\s+|nominally\s+|formally\s+|officially\s+|now\s+)?(?:a\s+|an\s+)?(?:part|member|members)\s+of\s+(?:the\s+)?$", Opt);

    private static readonly Regex InSupportOf = new(@"(?:\bin\s+support\s+of|\b(?:provid(?:e|es|ed|ing)|lend(?:s|ing)?|lent|offer(?:s|ed|ing)?|giv(?:e|es|ing)|gave|its|their)\s+(?:[\w-]+\s+){0,4}?(?:support|assistance|aid|funding|funds|weapons|arms|training|backing)\s+(?:to|for))\s+(?:the\s+)?$|\bwith\s+the\s+(?:[\w-]+\s+){0,2}?(?:help|support|backing|assistance|aid)\s+of\s+(?:the\s+)?$", Opt);

    private static readonly Regex MemberWords = new(@"includ|compris|consist|made\s+up|member|component|faction|affiliate|into\s", Opt);

    private static readonly Regex SupportWords = new(@"support|help|backing|assistance|\baid\b|funding|funds|weapons|arms|training", Opt);

    // A group name used as a modifier of a following noun: "Y paramilitary units", "'Y' (Y Group) fighters".
    private static readonly Regex NounAfter = new(@"\G(?:\s*'[^']{1,40}')?(?:\s*\([^()]{1,40}\))?\s+(?!(?:in|on|at|of|for|from|to|and|or|but|since|until|during|with|after|before|as|which|who|that|whose|where|when|through|into|against|between|under|over|by|is|was|are|were|has|have|had|will|would|said|says|told|while|because|its|their|his|her|the|a|an|also|not|now|then|itself|province|region|state|county|district|network|group|militia|movement|organi[sz]ation|coalition|alliance|party|front|army|bloc|gang|gangs|cartel|syndicate|faction|outfit|insurgency)\b)(?-i:[a-z])[\w-]+", Opt);

    // A mention after a preposition is no verb's subject: "in Paraguay, troops trained …", "sent by X to lead".
    private static readonly Regex ObliqueBefore = new(@"\b(?:in|at|from|to|across|within|inside|near|of|into|on|over|for|with|by|against|throughout|around|under|about|between|among)\s+(?:the\s+)?$", Opt);

    // "A and his partner B", "A and her brother B": a kinship noun after "and" still lists B.
    // An item's age may follow it: "A, 22, and B, 37, were killed".
    private static readonly Regex ListLink = new(@"^(?:\s*\([^()]*\)|,\s+(?:aged\s+)?\d{1,3}(?=,))?""?(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+|(?:his|her|their)\s+(?:partner|wife|husband|(?:half-|step)?brother|(?:half-|step)?sister|son|daughter|father|mother|cousin|uncle|nephew|brother-in-law|son-in-law|comrade|friend|colleague),?\s+)?""?$", Opt);

    private static readonly Regex AndLink = new(@"^(?:\s*\([^()]*\))?\s+(?:and|&)\s+(?:the\s+)?$", Opt);

    // "a senior leader", "the regional commander", "the former intelligence chief": one of several, or over a part, so a member.
    private static readonly Regex SeveralMods = new(@"\b(?:senior|key|prominent|regional|local|provincial|field|mid-level|sector|area|zone|one\s+of|intelligence|finance|financial|media|logistics|propaganda|recruitment|external|internal|operations)\b", Opt);

    private static readonly Regex SecondMods = new(@"\b(?:deputy|vice|assistant|second|third|acting|under)\b", Opt);

    /// <summary>Groups whose name is another group's name and a unit head word ("Jabhat Wadi Shura Council"): the unit and its group.</summary>
    private static List<(int Unit, int Parent)> UnitNames(IReadOnlyList<LocalEntity> entities)
    {
        var result = new List<(int, int)>();
        var groups = entities.Select((e, i) => (e, i)).Where(x => x.e.Type == EntityType.Group).ToList();
        foreach (var (unit, u) in groups)
        {
            var words = unit.Name.Split(' ');
            if (words.Length < 2 || !NameLexicon.UnitHeads.Contains(words[^1]))
            {
                continue;
            }

            foreach (var (parent, p) in groups)
            {
                if (p != u && parent.Mentions.Any(m => !m.IsReference && m.Surface.Length >= 3 && unit.Name.StartsWith(m.Surface + " ", StringComparison.Ordinal)
                    && words.Skip(m.Surface.Split(' ').Length).All(w => NameLexicon.UnitHeads.Contains(w) || char.IsUpper(w[0]))))
                {
                    result.Add((u, p));
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>The frames of one sentence. Offsets are the article's; <c>flat</c> is the text with quotes straightened.</summary>
    private sealed partial class Frames(string flat, string shadow, TextSpan sentence, List<M> ms, IReadOnlyList<LocalEntity> entities, int? lastGroup, int? lastBody)
    {
        private const int Window = 160;

        private static readonly char[] VerbMarks = [RelationLexicon.VerbMark, RelationLexicon.BothMark];

        private static readonly char[] RoleMarks = [RelationLexicon.RoleMark, RelationLexicon.BothMark];

        // The verb and role frames run only on stretches that hold a verb or a role noun.
        private bool HasVerb(int from, int to) => from < to && shadow.IndexOfAny(VerbMarks, from, to - from) >= 0;

        private bool HasRole(int from, int to) => from < to && shadow.IndexOfAny(RoleMarks, from, to - from) >= 0;

        // What "… the leader of [the] " ends in, looked for from the end before the frame that reads the whole stretch.
        private static readonly Regex RoleOfEnd = new(@"[\u0001\u0003]" + Portfolio + @"\s+(?:of|for|at|within)\s+(?:the\s+)?(?:" + OldBody + @"\s+)?$", Opt | RegexOptions.RightToLeft);

        private bool EndsInRoleOf(int from, int to) => from < to && RoleOfEnd.IsMatch(shadow.AsSpan(from, to - from));

        /// <summary>Whether [from, to) ends in a role word before ",? "? ": what "Y leader X", "Y's leader, X", "its leader X" end in.</summary>
        private static readonly Regex RoleKnownAsEnd = new(@"[\u0001\u0003](?:\s+(?:known\s+as|called|named|nicknamed|dubbed)|" + ListAfterRole + @")\s+""?$", Opt | RegexOptions.RightToLeft);

        private bool EndsInRole(int from, int to, bool copula = false)
        {
            var k = to - 1;
            k -= k >= from && shadow[k] == '"' ? 1 : 0;
            var spaces = k;
            while (k >= from && char.IsWhiteSpace(shadow[k]))
            {
                k--;
            }

            if (k == spaces)
            {
                return false;
            }

            // "Its chairman was X": a copula between the role and its holder.
            foreach (var word in copula ? (string[])["was", "is"] : [])
            {
                if (k - word.Length >= from && shadow.AsSpan(k - word.Length + 1, word.Length).SequenceEqual(word) && char.IsWhiteSpace(shadow[k - word.Length]))
                {
                    k -= word.Length;
                    while (k >= from && char.IsWhiteSpace(shadow[k]))
                    {
                        k--;
                    }

                    break;
                }
            }

            // "the largest Y faction, the X": an article may open the name after the comma.
            if (k >= from + 4 && shadow[k] == 'e' && shadow[k - 1] == 'h' && shadow[k - 2] == 't' && char.IsWhiteSpace(shadow[k - 3]) && shadow[k - 4] == ',')
            {
                k -= 4;
            }

            k -= k >= from && shadow[k] == ',' ? 1 : 0;
            return k >= from && shadow[k] is RelationLexicon.RoleMark or RelationLexicon.BothMark;
        }

        /// <summary>
        /// Whether the last marked word of [from, to) is a verb with only spaces after it or more words: what an active verb frame
        /// ends in ("… founded [the] "), since no marked word is part of its object.
        /// </summary>
        /// <summary>
        /// Whether the word right after <paramref name="end"/> is a verb: one of the table's, or an auxiliary ("X's Kessa Front
        /// attacked", "could not"), so the name before it is no noun's modifier.
        /// </summary>
        private bool VerbRightAfter(int end) =>
            end + 1 < shadow.Length && shadow[end] == ' ' && (shadow[end + 1] is RelationLexicon.VerbMark or RelationLexicon.BothMark
                || AuxiliaryAfter.IsMatch(flat.AsSpan(end, Math.Min(12, flat.Length - end))));

        private static readonly Regex AuxiliaryAfter = new(@"^\s(?:could|would|will|was|were|is|are|had|has|have|did|must|may|might|should|then|also|later|soon)\b", RegexOptions.CultureInvariant);

        /// <summary>Whether only words that are neither a verb of the table nor another actor stand before the mention in its sentence.</summary>
        private bool OpensSentence(M x) =>
            shadow.AsSpan(sentence.Start, x.Span.Start - sentence.Start).IndexOfAnyInRange(RelationLexicon.RoleMark, RelationLexicon.BothMark) < 0
            && !ms.Any(m => m.IsActor && m.Span.End <= x.Span.Start && m.Span.Start >= sentence.Start);

        private bool EndsInVerbPhrase(int from, int to)
        {
            // "led the rival Y": one role noun right before the object may stand after the verb.
            var span = shadow.AsSpan(from, to - from);
            var last = span.LastIndexOfAnyInRange(RelationLexicon.RoleMark, RelationLexicon.BothMark);
            if (last >= 0 && shadow[from + last] == RelationLexicon.RoleMark && span[(last + 1)..].Trim().Length == 0)
            {
                var roleStart = last;
                while (roleStart > 0 && span[roleStart - 1] == RelationLexicon.RoleMark)
                {
                    roleStart--;
                }

                last = span[..roleStart].LastIndexOfAnyInRange(RelationLexicon.RoleMark, RelationLexicon.BothMark);
            }

            return last >= 0 && shadow[from + last] is RelationLexicon.VerbMark or RelationLexicon.BothMark && char.IsWhiteSpace(shadow[to - 1]);
        }

        private static readonly Regex PassiveEnd = new($@"[\u0002\u0003]{CoordinatedParticiples}{PassiveAdverbial}\s+by\s+[^;.]{{0,50}}$", Opt | RegexOptions.RightToLeft);

        /// <summary>A pattern of the marked copy over [a, b): anchors at a and b, captures at the text's offsets.</summary>
        private Match S(Regex r, int a, int b) => a < b ? r.Match(shadow, a, b - a) : Match.Empty;

        private string Text(Capture c) => flat.Substring(c.Index, c.Length);

        /// <summary>
        /// Whether the sentence before opens on "The" or a lower-case word, then a plural in lower case ("The loyalists hoped
        /// …"): then "Their leader was X" is theirs, not the last body's.
        /// </summary>
        private bool PluralSubjectBefore()
        {
            // The sentence before opens after a full stop or a line's start; a window that starts inside it cannot say.
            var from = Math.Max(0, sentence.Start - 300);
            return PluralOpener().IsMatch(from == 0 ? "\n" + flat[..sentence.Start] : flat[from..sentence.Start]);
        }

        [GeneratedRegex(@"(?:[.!?]\s+|\n)(?:The\s+)?(?-i:[a-z])[a-z-]+s\s+[^.!?\n]*[.!?][""”’]?\s*$")]
        private static partial Regex PluralOpener();

        /// <summary>The noun of ItsRoleBefore's group words; they end in no "s" of their own: "the party's" is "party".</summary>
        private static string GroupNoun(string groupWords) =>
            groupWords.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd('\'', 's', '’').ToLowerInvariant();

        /// <summary>"the group's", "the militia's": a noun any body may be called, which takes <c>lastBody</c> (no state's army).</summary>
        private static bool GenericGroupNoun(string groupWords) =>
            GroupNoun(groupWords) is "group" or "militia" or "organization" or "organisation" or "movement" or "network" or "faction";

        /// <summary>
        /// "the group's leader" stands for any group, "the party's general secretary" only for one whose name is a party's
        /// ("the Kessa Front" is no party).
        /// </summary>
        private bool NamesTheNoun(int entity, string groupWords)
        {
            var noun = GroupNoun(groupWords);
            return GenericGroupNoun(groupWords)
                || entities[entity].Name.Split(' ').Any(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase) || w.Equals(noun + "s", StringComparison.OrdinalIgnoreCase)
                    || (noun.EndsWith('y') && w.Equals(noun[..^1] + "ies", StringComparison.OrdinalIgnoreCase)));
        }

        // An accusation's verb before its first accused: "has repeatedly accused [the United States, the United Kingdom and]".
        private static readonly Regex AccusedBefore = new(@"\b(?:accus(?:ed|es|e|ing)|suspect(?:ed|s|ing)?|blam(?:ed|es|e|ing)|charg(?:ed|es|e|ing)|convicted|acquitted|cleared)\s+(?:the\s+)?(?:[^.;]{0,80}?(?:,|\s+and)\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Regex NextWord = new(@"\G[ \t]+(?<w>(?-i:[a-z])[a-z-]+)\b", RegexOptions.CultureInvariant);

        /// <summary>"he was appointed by [Prime Minister] X as the commander of Y": the role is the appointee's, not the agent's.</summary>
        private bool IsAgent(M m) => AgentBefore.IsMatch(flat.AsSpan(Math.Max(sentence.Start, m.Span.Start - 40), m.Span.Start - Math.Max(sentence.Start, m.Span.Start - 40)));

        private static readonly Regex AgentBefore = new(@"\bby\s+(?:(?-i:[A-Z])[\w.'-]*\s+){0,3}$", Opt);

        /// <summary>"in Tamaro Minister X": a country after a preposition of place is where the sentence is, not the title's.</summary>
        private bool AfterLocative(M m) => LocativeBefore().IsMatch(Slice(Math.Max(sentence.Start, m.Span.Start - 12), m.Span.Start));

        // "Soldiers of Y killed …": the group's fighters act as the group ("some members of Y" do not); any other preposition puts the name out of the subject.
        private bool Oblique(M m) => ObliqueBefore.IsMatch(Slice(Math.Max(sentence.Start, m.Span.Start - 12), m.Span.Start))
            && !MembersOfBefore.IsMatch(Slice(Math.Max(sentence.Start, m.Span.Start - 30), m.Span.Start));

        private static readonly Regex MembersOfBefore = new(@"(?:^|[\s,])(?:soldiers|fighters|troops|units|elements|militants|forces|gunmen|militiamen|commandos)\s+of\s+(?:the\s+)?$", Opt);

        public List<(int S, string P, int O, bool Quoted)> Found { get; } = [];

        private static readonly Regex PersonBacking = new(@"\b(?:back|backs|backed|backing|backer|patron|patronage)\b", Opt);

        public void Add(M s, string predicate, M o, bool? quotedOnly = null)
        {
            // "holds_office|controls": the first alternative whose argument kinds fit.
            if (predicate.Contains('|'))
            {
                var fit = predicate.Split('|').FirstOrDefault(p => p.StartsWith('~') ? PredicateTable.Allows(p[1..], o.Kind, s.Kind) : PredicateTable.Allows(p, s.Kind, o.Kind));
                if (fit is null)
                {
                    return;
                }

                predicate = fit;
            }

            if (predicate.StartsWith('~'))
            {
                (s, o) = (o, s);
                predicate = predicate[1..];
            }

            if (s.Entity == o.Entity)
            {
                return;
            }

            // A person backs a body only in the words of backing ("backed by the landowner X", "X backs Y"), never as the
            // possessor of the backer ("armed by X's Kessa") nor through another verb of the table ("X … armed Y members").
            if (predicate == Predicates.BackedBy && o.Type == EntityType.Person
                && (PossessiveAt(o.Span.End) || !PersonBacking.Match(flat, sentence.Start, sentence.Length).Success))
            {
                return;
            }

            if (!PredicateTable.Allows(predicate, s.Kind, o.Kind))
            {
                // A country in a member list is a member; a person "part of" a group is a member.
                if (predicate == Predicates.PartOf && PredicateTable.Allows(Predicates.MemberOf, s.Kind, o.Kind))
                {
                    predicate = Predicates.MemberOf;
                }
                else
                {
                    return;
                }
            }

            Found.Add((s.Entity, predicate, o.Entity, quotedOnly ?? (s.InQuote || o.InQuote)));
        }

        private string Slice(int a, int b) => a < b ? flat[a..b] : "";

        /// <summary>The text between two offsets, unallocated, for the patterns that only test it.</summary>
        private ReadOnlySpan<char> Chars(int a, int b) => a < b ? flat.AsSpan(a, b - a) : default;

        /// <summary>Whether "'s" stands at <paramref name="pos"/> (any case, as the patterns read it).</summary>
        /// <summary>A clause ends at <paramref name="pos"/>: punctuation or the sentence's end follows.</summary>
        private bool ClauseEndsAt(int pos)
        {
            while (pos < sentence.End && shadow[pos] == ' ')
            {
                pos++;
            }

            return pos >= sentence.End || shadow[pos] is ',' or '.' or ';' or ':' or ')';
        }

        // "Y's", and a plural's bare apostrophe: "the Tarvos' leader".
        private bool PossessiveAt(int pos) => pos + 1 < sentence.End && shadow[pos] == '\''
            && (shadow[pos + 1] is 's' or 'S' or '\u017F' || (pos > 0 && shadow[pos - 1] is 's' && shadow[pos + 1] == ' '));

        private int? MentionIndexAt(int pos)
        {
            while (pos < sentence.End && flat[pos] == ' ')
            {
                pos++;
            }

            var i = ms.FindIndex(m => m.Span.Start == pos);
            return i >= 0 ? i : null;
        }

        /// <summary>The predicate a role noun gives toward an object, or null: "the leader" leads, "a leader"/"senior leaders" are members.</summary>
        private static string? RolePredicate(string word, string det, string mods, M subject, M obj)
        {
            var entry = RelationLexicon.Role(word, subject.Type != EntityType.Person, out var plural);
            if (entry is null)
            {
                return null;
            }

            var d = det.ToLowerInvariant();
            var m = mods.ToLowerInvariant();
            var several = plural || d is "a" or "an" or "two" or "three" or "four" or "five" or "six" or "several" or "both" or "another" or "other" || d.StartsWith("one", StringComparison.Ordinal)
                || SeveralMods.IsMatch(m);
            var second = SecondMods.IsMatch(m);
            return obj.Kind switch
            {
                "person" => entry.Person,
                "country" => entry.Country,
                "group" when second && entry.Person is not null => Predicates.MemberOf,
                "group" when second && entry.Only is Predicates.Leads or Predicates.Commands => Predicates.MemberOf,
                "group" => several ? entry.Several : entry.Only,

                // "the chief minister of Kessa Province": an office through and through holds office in any place it names;
                // "the president of the Kessa Region": an office held for a country (titles.txt [office-titles]) holds office in the
                // one region or town it is of. A "tribal leader of Kessa Province" holds none.
                "place" when entry.Only == Predicates.HoldsOffice && entry.Country == Predicates.HoldsOffice => Predicates.HoldsOffice,
                "place" when !several && entry.Country == Predicates.HoldsOffice && NameLexicon.OfficeTitles.Contains(word.ToLowerInvariant()) => Predicates.HoldsOffice,
                _ => null,
            };
        }

        /// <summary>Adds the relations of every role a match names: "a commander and deputy military leader of Y".</summary>
        private void AddRoles(Match r, M subject, M obj, string det, bool modifier = false, string? skip = null)
        {
            // "the Special Envoy for the Andes": an envoy to a region holds no office there.
            if (obj.Kind == "place" && obj.Span.Length > 0 && SentToBefore.IsMatch(Slice(Math.Max(sentence.Start, obj.Span.Start - 10), obj.Span.Start)))
            {
                return;
            }

            var roles = r.Groups["role"].Captures;
            var mods = r.Groups["mods"].Captures;
            for (var k = 0; k < roles.Count; k++)
            {
                var mod = mods.Count == roles.Count ? Text(mods[k]) : "";
                var role = Text(roles[k]);

                // "its chief negotiator", "the deputy leader": a role noun right before another is that one's modifier.
                var end = roles[k].Index + roles[k].Length;
                if (NextWord.Match(flat, end, Math.Min(flat.Length - end, 40)) is { Success: true } next
                    && (RelationLexicon.Role(next.Groups["w"].Value, false, out _) is not null || RelationLexicon.Role(next.Groups["w"].Value, true, out _) is not null))
                {
                    (mod, role) = ((mod + " " + role).Trim(), next.Groups["w"].Value);
                }

                if (RolePredicate(role, det, mod, subject, obj) is { } p && p != skip)
                {
                    // "the head of Y paramilitary units" heads units of Y: one of Y's.
                    Add(subject, modifier && p is Predicates.Leads or Predicates.Commands or Predicates.Founded ? Predicates.MemberOf : p, obj);
                }
            }
        }

        private bool AnyPlural(Match r) => r.Groups["role"].Captures.Any(c => RelationLexicon.Role(Text(c), false, out var pl) is not null && pl
            || RelationLexicon.Role(Text(c), true, out var pg) is not null && pg);

        /// <summary>The mentions after <paramref name="first"/> joined to it in a list ("A, B and C", "A (alias), B"), of its kind.</summary>
        private List<int> RightList(int first)
        {
            // "A, the B's armed wing" and "A, B" are appositions: a list is joined by "and" or "or" somewhere, and no item is a possessor.
            // "A, his brother B and three others": the "and" of unnamed others closes the list too.
            var items = ListFrom(first);
            return items.Count > 1 && !items.Skip(1).Any(k => PossessiveAt(ms[k].Span.End))
                && (items.Zip(items.Skip(1)).Any(p => AndOr().IsMatch(Slice(ms[p.First].Span.End, ms[p.Second].Span.Start)))
                    || AndOthers.IsMatch(Slice(ms[items[^1]].Span.End, Math.Min(sentence.End, ms[items[^1]].Span.End + 40))))
                ? items : [first];
        }

        private List<int> ListFrom(int first)
        {
            var items = new List<int> { first };
            var prev = first;
            for (var k = first + 1; k < ms.Count; k++)
            {
                if (ms[k].Kind != ms[first].Kind && !(ms[k].IsActor && ms[first].IsActor && ms[k].Type != EntityType.Person && ms[first].Type != EntityType.Person))
                {
                    // "Paraguay, the Dawn Brigades and Estonia": groups and countries mix in a list; people do not mix with either.
                    if (Slice(ms[prev].Span.End, ms[k].Span.Start).Contains('(', StringComparison.Ordinal))
                    {
                        continue;
                    }

                    return items;
                }

                var between = Slice(ms[prev].Span.End, ms[k].Span.Start);
                if (between.StartsWith(" (", StringComparison.Ordinal) && !between.Contains(')', StringComparison.Ordinal))
                {
                    // A name inside the previous item's parentheses: another name of it.
                    continue;
                }

                if (!ListLink.IsMatch(between))
                {
                    return items;
                }

                items.Add(k);
                prev = k;
            }

            return items;
        }

        /// <summary>The mentions before <paramref name="last"/> joined to it by "and" (and commas before that): "A, B and C founded Y".</summary>
        private IEnumerable<int> LeftList(int last)
        {
            yield return last;
            var next = last;
            var first = true;
            for (var k = last - 1; k >= 0; k--)
            {
                if (ms[k].Kind != ms[last].Kind)
                {
                    yield break;
                }

                var between = Slice(ms[k].Span.End, ms[next].Span.Start);
                if (first ? !AndLink.IsMatch(between) : !ListLink.IsMatch(between))
                {
                    yield break;
                }

                first = false;
                yield return k;
                next = k;
            }
        }

        /// <summary>
        /// The role follows its holder: "X, the leader of Y", "X is a senior member of Y", "X, who heads…" is a verb;
        /// "X, Y's spokesman", "X serves as Y's spokesperson", "X is a Y senior official", "X, an affiliate of Y",
        /// "A and B, two senior leaders of Y".
        /// </summary>
        public void RoleAfter()
        {
            for (var i = 0; i < ms.Count; i++)
            {
                var x = ms[i];

                // Every frame here names a role after the subject.
                if (!x.IsActor || !HasRole(x.Span.End, sentence.End))
                {
                    continue;
                }

                var agent = IsAgent(x);
                for (var k = 0; k < AfterSubject.Length; k++)
                {
                    if ((k == ReplacedAs && !ReplacedBefore.IsMatch(Slice(Math.Max(sentence.Start, x.Span.Start - 60), x.Span.Start))) || (agent && k == 1))
                    {
                        continue;
                    }

                    var a = S(AfterSubject[k], x.Span.End, Math.Min(sentence.End, x.Span.End + Window));
                    if (a.Success && RoleAfterPrefix(i, a))
                    {
                        // "X, a Y veteran who later worked as a bodyguard for Z": the apposition's role, and the relative
                        // clause's after it.
                        if (k < AfterSubject.Length - 1 && S(AfterSubject[^1], x.Span.End, Math.Min(sentence.End, x.Span.End + Window)) is { Success: true } rel)
                        {
                            RoleAfterPrefix(i, rel);
                        }

                        break;
                    }
                }
            }
        }

        /// <summary>The role after one way of opening it (apposition, copula, relative clause); true when it named one.</summary>
        private bool RoleAfterPrefix(int i, Match a)
        {
            var x = ms[i];
            var det = Text(a.Groups["det"]).ToLowerInvariant();
            var pos = a.Index + a.Length;
            var limit = Math.Min(sentence.End, pos + Window);

            // "X, Y's spokesman" / "X is a Y senior official" / "X is a senior Y official".
            // "X, a trade unionist and Y member": the owner may follow a first description joined by "and".
            var ty = MentionIndexAt(OwnerMods.Match(Slice(pos, limit)).Length + pos)
                ?? (limit > pos && flat.AsSpan(pos, Math.Min(40, limit - pos)).Contains(" and ", StringComparison.Ordinal)
                    && DescriptionAnd.Match(flat, pos, limit - pos) is { Success: true } da ? MentionIndexAt(pos + da.Length) : null);
            if (ty is int t && ms[t].IsActor)
            {
                var y = ms[t];
                var pr = PossessiveAt(y.Span.End) ? S(PossessiveRole, y.Span.End, Math.Min(sentence.End, y.Span.End + 80)) : Match.Empty;
                if (pr.Success)
                {
                    // "Y's coordinator for its training camp": the role is over a part of Y, so a member's ("Y's commander in
                    // 2011" is a time, not a part).
                    var part = ForOfInNotDate().IsMatch(Slice(pr.Index + pr.Length, Math.Min(sentence.End, pr.Index + pr.Length + 20)));
                    AddRoles(pr, x, y, "the", modifier: part);
                    return true;
                }

                var pre = S(PreRole, y.Span.End, Math.Min(sentence.End, y.Span.End + 80));
                if (pre.Success && det.Length > 0 && det is not ("its" or "his" or "her" or "their"))
                {
                    AddRoles(pre, x, y, det);
                    return true;
                }
            }


            // "Brigadier X, Commander Dhofar Brigade": a capitalized office written straight before its body, as a signature gives it.
            if (det.Length == 0 && S(RoleThenName, pos, limit) is { Success: true } rn && char.IsUpper(flat[rn.Groups["role"].Index])
                && MentionIndexAt(rn.Index + rn.Length) is int body && ms[body].Type == EntityType.Group && ClauseEndsAt(ms[body].Span.End))
            {
                AddRoles(rn, x, ms[body], "the");
                return true;
            }

            // "X, the leader of Y": the first actor after the preposition that the role fits.
            var r = HasRole(pos, limit) ? S(RoleThenPrep, pos, limit) : Match.Empty;
            if (r.Success)
            {
                var after = r.Index + r.Length;
                var plural = AnyPlural(r) || det is "two" or "three" or "both" or "several";
                // "President of Kessa and chairman of the governing Y": a second role of its own over the next object.
                for (var role = r; role.Success;)
                {
                    var lastEnd = -1;
                    foreach (var (target, modifier) in RoleTargets(after, i))
                    {
                        // "the envoy to Tamaro", "the Special Representative for Tamaro": the country he is sent to, not his own.
                        var sentTo = ms[target].Kind == "country" && role.Groups["prep"].Value.ToLowerInvariant() is "to" or "for" && Slice(after, ms[target].Span.Start).Trim().Length == 0;
                        foreach (var s in plural ? LeftList(i) : [i])
                        {
                            AddRoles(role, ms[s], ms[target], det, modifier, skip: sentTo ? Predicates.HoldsOffice : null);
                        }

                        lastEnd = ms[target].Span.End;
                    }

                    role = lastEnd >= 0 ? S(AndRoleThenPrep, lastEnd, limit) : Match.Empty;
                    after = role.Success ? role.Index + role.Length : after;
                }

                return true;
            }

            return false;
        }

        /// <summary>
        /// Where the role's object is, after "X, the leader of ": the first group or country; past a possessor ("the head of
        /// Y's Finance Office": the office, and the possessor as a member); a person for roles toward people.
        /// </summary>
        private IEnumerable<(int Index, bool Modifier)> RoleTargets(int after, int subject)
        {
            for (var k = subject + 1; k < ms.Count && ms[k].Span.Start - after <= 100; k++)
            {
                var m = ms[k];
                if (m.Span.Start < after)
                {
                    continue;
                }

                if (!m.IsActor)
                {
                    // "a leader in Port Hadra": a role in a place, not of the country named further on; the place itself only to an
                    // office ("the chief minister of Kessa Province").
                    if (m.Type == EntityType.Place && Slice(after, m.Span.Start).Trim().Length == 0)
                    {
                        yield return (k, false);
                        yield break;
                    }

                    continue;
                }

                var gap = Slice(after, m.Span.Start);
                if (gap.Contains(". ", StringComparison.Ordinal) || gap.Contains(';', StringComparison.Ordinal) || (HasVerb(after, m.Span.Start) && !AttributiveParticiple.IsMatch(gap)))
                {
                    yield break;
                }

                if (Slice(m.Span.End, Math.Min(sentence.End, m.Span.End + 3)).StartsWith("'s ", StringComparison.Ordinal))
                {
                    // A possessor: "the head of Y's Finance Office" is a member of Y; "the leader of Paraguay's largest militia, Y" is not Paraguay's.
                    if (m.Type == EntityType.Group && ms[subject].Type == EntityType.Person)
                    {
                        Add(ms[subject], Predicates.MemberOf, m);
                    }

                    continue;
                }

                yield return (k, S(NounAfter, m.Span.End, Math.Min(sentence.End, m.Span.End + 80)).Success);

                // "a lieutenant to Y leader Z": a role toward a person reaches Z.
                if (m.Type != EntityType.Person && k + 1 < ms.Count && ms[k + 1].Type == EntityType.Person && EndsInRole(m.Span.End, ms[k + 1].Span.Start)
                    && S(PreRoleBefore, m.Span.End, ms[k + 1].Span.Start).Success)
                {
                    yield return (k + 1, false);
                }

                yield break;
            }
        }

        /// <summary>
        /// The role comes before its holder: "Y's leader X", "Y leader X", "the commander of Y, X", "the leader of Y is X",
        /// "Y and its leader X", "the group's leader, X", "the backers of Y are A, B and C", "Y's leaders A, B and C",
        /// "members of Y …: A, B and C".
        /// </summary>
        public void RoleBefore()
        {
            for (var j = 0; j < ms.Count; j++)
            {
                var y = ms[j];
                if (!y.IsActor)
                {
                    continue;
                }

                for (var i = j - 1; i >= 0 && y.Span.Start - ms[i].Span.End <= Window; i--)
                {
                    var g = ms[i];

                    // A place is the object of an office only ("the governor of Kessa Province, X"); the search goes on past it otherwise.
                    if ((!g.IsActor && g.Type != EntityType.Place) || g.Span.End > y.Span.Start)
                    {
                        continue;
                    }

                    var before = Found.Count;
                    var roleBetween = HasRole(g.Span.End, y.Span.Start);
                    var between = roleBetween || y.Span.Start - g.Span.End <= 120 ? Slice(g.Span.End, y.Span.Start) : "";
                    Match r;
                    if (i == j - 1 && roleBetween && y.Type == EntityType.Person && (r = S(WhoseRoleBetween, g.Span.End, y.Span.Start)).Success)
                    {
                        // "Malaysia, whose then prime minister, X, agreed …": the role is over the name before "whose".
                        AddRoles(r, y, g, "the");
                    }
                    else if (i == j - 1 && roleBetween && PossessiveAt(g.Span.End) && (r = S(PossessiveRoleBefore, g.Span.End, y.Span.Start)).Success
                        && r.Groups["role"].Captures.Any(c => RelationLexicon.Role(Text(c), y.Type != EntityType.Person, out _) is not null))
                    {
                        // A role the one named cannot hold ("the commander of Y's army, X": an army is no person's role) is no frame here.
                        foreach (var k in AnyPlural(r) ? RightList(j) : [j])
                        {
                            AddRoles(r, ms[k], g, "the");
                        }
                    }
                    else if (i == j - 1 && roleBetween && (EndsInRole(g.Span.End, y.Span.Start) || S(RoleKnownAsEnd, g.Span.End, y.Span.Start).Success) && !(g.Kind == "country" && AfterLocative(g))
                        && (r = S(PreRoleBefore, g.Span.End, y.Span.Start)).Success)
                    {
                        foreach (var k in AnyPlural(r) ? RightList(j) : [j])
                        {
                            AddRoles(r, ms[k], g, "");
                        }
                    }
                    else if (i == j - 2 && ms[i + 1].Type == EntityType.Place && y.Type == EntityType.Person && roleBetween && !(g.Kind == "country" && AfterLocative(g))
                        && Slice(ms[i + 1].Span.End, y.Span.Start) is ", " && (r = S(PreRoleBefore, g.Span.End, y.Span.Start)).Success)
                    {
                        // "the United States ambassador to Kessa, X", "a Y commander from Tamaro, X": the post's place stands between.
                        AddRoles(r, y, g, "");
                    }
                    else if (between.Length is > 0 and <= 60 && EndsInRoleOf(Math.Max(sentence.Start, g.Span.Start - 100), g.Span.Start) && InvertedLink.IsMatch(between)
                        && (r = S(RoleOfBefore, Math.Max(sentence.Start, g.Span.Start - 100), g.Span.Start)).Success
                        && !(r.Groups["portfolio"].Success && (g.Kind != "country" || ms.Any(m => m.Span.Start >= r.Groups["portfolio"].Index && m.Span.End <= r.Groups["portfolio"].Index + r.Groups["portfolio"].Length))))
                    {
                        // "the commander of the Y contingent, X", "the commander of Y's army, X": a noun after Y makes the role over a
                        // part of Y, so a member's.
                        var part = S(NounAfter, g.Span.End, Math.Min(sentence.End, g.Span.End + 80)).Success || between.StartsWith('\'');
                        foreach (var k in AnyPlural(r) ? RightList(j) : [j])
                        {
                            AddRoles(r, ms[k], g, Text(r.Groups["det"]).ToLowerInvariant(), part);
                        }
                    }
                    else if (i == j - 1 && y.Type == EntityType.Person && g.Type != EntityType.Person && between.Length <= 80 && TitleGap.IsMatch(between)
                        && HasRole(Math.Max(sentence.Start, g.Span.Start - 60), g.Span.Start)
                        && (r = S(TitleOfBefore, Math.Max(sentence.Start, g.Span.Start - 60), g.Span.Start)).Success && char.IsUpper(flat[r.Groups["role"].Index]))
                    {
                        // "said Director of the Office of Y Laura K. Benton": a capitalized title names its holder's office.
                        AddRoles(r, y, g, "the");
                    }
                    else if (y.Type == EntityType.Person && g.Type == EntityType.Group && between.Contains(':', StringComparison.Ordinal) && LabelColonBefore().IsMatch(between)
                        && S(PluralRoleOfBefore, Math.Max(sentence.Start, g.Span.Start - 40), g.Span.Start) is { Success: true } pl
                        && RelationLexicon.Role(Text(pl.Groups["role"]), false, out var plural) is not null && plural)
                    {
                        // "… members of Y in March: A, B and C".
                        foreach (var k in RightList(j))
                        {
                            AddRoles(pl, ms[k], g, "");
                        }
                    }
                    else
                    {
                        continue;
                    }

                    if (!g.IsActor && Found.Count == before)
                    {
                        continue;
                    }

                    break;
                }

                // "Y and its leader X", "its then leader, X", "the group's leader, X": the nearest group before, or the last one named.
                // "its spokesman, Brigadier General X": the role ends before the holder's titles.
                // "Its chairman was X" opening a sentence: the group the sentences before were about (not a group before it in the
                // sentence: "… an officer of the Y, and their leader was X").
                // "Their leader was X": "their" may be the people of the sentence before as well as a body, so it takes the last body
                // named (no state's force: RecentActors.Body), never a group earlier in the sentence.
                var copular = !ms.Take(j).Any(m => m.Type == EntityType.Group) && EndsInRole(Math.Max(sentence.Start, y.Span.Start - 80), y.Span.Start, copula: true)
                    && ItsCopula().IsMatch(Slice(sentence.Start, y.Span.Start));
                var its = y.Type is EntityType.Person or EntityType.Group && HasRole(Math.Max(sentence.Start, y.Span.Start - 80), y.Span.Start)
                    && (EndsInRole(Math.Max(sentence.Start, y.Span.Start - 80), y.Span.Start) || copular
                        || (TitlesEnd.Match(flat, Math.Max(sentence.Start, y.Span.Start - 40), y.Span.Start - Math.Max(sentence.Start, y.Span.Start - 40)) is { Success: true } titles
                            && EndsInRole(Math.Max(sentence.Start, y.Span.Start - 80), titles.Groups["t"].Index)))
                    ? S(ItsRoleBefore, Math.Max(sentence.Start, y.Span.Start - 80), y.Span.Start) : Match.Empty;
                if (!its.Success && y.Type == EntityType.Person && HasRole(Math.Max(sentence.Start, y.Span.Start - 60), y.Span.Start)
                    && (flat.AsSpan(Math.Max(sentence.Start, y.Span.Start - 60), y.Span.Start - Math.Max(sentence.Start, y.Span.Start - 60)) is var near)
                    && (near.Contains("its ", StringComparison.OrdinalIgnoreCase) || near.Contains("their ", StringComparison.OrdinalIgnoreCase))
                    && S(ItsRolesInclude, Math.Max(sentence.Start, y.Span.Start - 60), y.Span.Start) is { Success: true } inc
                    && (j == 0 || ms[j - 1].Span.End <= inc.Index))
                {
                    // "…, and its founders included A and B": after a clause's end the owner is the clause's subject, not the last group named.
                    var owner = ms.Take(j).LastOrDefault(m => m.Type == EntityType.Group && m.Span.End <= inc.Index);
                    if (owner.Span.Length > 0 && ClauseBreak().IsMatch(Slice(owner.Span.End, inc.Index)))
                    {
                        owner = ms.Take(j).FirstOrDefault(m => m.Type == EntityType.Group && !Oblique(m));
                    }

                    if (owner.Span.Length == 0 && lastGroup is int lg2)
                    {
                        owner = ms.FirstOrDefault(m => m.Entity == lg2) is { Span.Length: > 0 } named ? named : new M(default, lg2, EntityType.Group, null, false);
                    }

                    if (owner.Type == EntityType.Group && (owner.Span.Length > 0 || lastGroup is not null))
                    {
                        foreach (var k in RightList(j))
                        {
                            AddRoles(inc, ms[k], owner, "the");
                        }
                    }
                }

                if (its.Success)
                {
                    var start = its.Index;
                    var owner = ms.Take(j).LastOrDefault(m => m.Type == EntityType.Group && m.Span.End <= start);
                    if (!its.Groups["group"].Success && owner.Span.Length == 0 && SubordinateOpening.IsMatch(Slice(sentence.Start, Math.Min(sentence.End, sentence.Start + 12))))
                    {
                        // "After its founder, X, was killed, the Y broke apart": "its" looks ahead to the main clause's subject.
                        var main = ms.Skip(j + 1).FirstOrDefault(m => m.Type == EntityType.Group
                            && CommaTheBefore().IsMatch(Slice(Math.Max(sentence.Start, m.Span.Start - 8), m.Span.Start)));
                        if (main.Span.Length > 0)
                        {
                            AddRoles(its, y, main, "the");
                        }
                    }
                    else if (!its.Groups["group"].Success && owner.Span.Length > 0 && !ms.Take(j).Any(m => m.IsActor && m.Span.Start > owner.Span.End && m.Span.End <= start && m.Type == EntityType.Group))
                    {
                        AddRoles(its, y, owner, "the");
                    }
                    else if (!its.Groups["group"].Success && owner.Span.Length == 0
                        && (!its.Value.StartsWith("their", StringComparison.OrdinalIgnoreCase) ? lastGroup : PluralSubjectBefore() ? null : lastBody) is int prev
                        && !ms.Take(j).Any(m => m.Span.End <= start))
                    {
                        // "Its leader, X, …" opening a sentence: the group the sentences before were about; "Their leader was X", the body.
                        var last = ms.FirstOrDefault(m => m.Entity == prev);
                        AddRoles(its, y, last.Span.Length > 0 ? last : new M(default, prev, EntityType.Group, null, false), "the");
                    }
                    else if (its.Groups["group"].Success && (GenericGroupNoun(its.Groups["group"].Value) ? lastBody : lastGroup) is int lg && NamesTheNoun(lg, its.Groups["group"].Value))
                    {
                        var last = ms.FirstOrDefault(m => m.Entity == lg);
                        AddRoles(its, y, last.Span.Length > 0 ? last : new M(default, lg, EntityType.Group, null, false), "the");
                    }
                }
            }
        }

        /// <summary>
        /// "under the direction of X, Y …", "Y, under the leadership of X, …", "also under X, Y …": X leads Y. A faction named for
        /// its leader: "the Y faction of X" (X leads Y), "X's faction of Y" (X is a member of Y, leading a part of it).
        /// </summary>
        /// <summary>
        /// "X, whose self-styled Y": the group is the person's. "the Y (Z) of X", a group named by its leader: X leads Y.
        /// "Y, the movement whose armed wing is X": X is part of Y.
        /// Only a group right before or after a person, with nothing but lower-case modifiers or an acronym in between.
        /// </summary>
        public void Possessors()
        {
            for (var i = 0; i + 1 < ms.Count; i++)
            {
                var (a, b) = (ms[i], ms[i + 1]);

                // Each frame needs "whose" or "of" in a short gap: looked for before anything is cut out of the text.
                var whose = Has(a.Span.End, b.Span.Start, "whose");
                if (a.Type == EntityType.Person && b.Type == EntityType.Group && whose && WhoseGroup.IsMatch(Slice(a.Span.End, b.Span.Start))
                    && !PossessiveAt(b.Span.End))
                {
                    Add(a, Predicates.Leads, b);
                }
                else if (a.Type == EntityType.Person && b.IsActor && b.Type != EntityType.Person && Has(a.Span.End, b.Span.Start, " of ")
                    && OfTheBetween().IsMatch(Slice(a.Span.End, b.Span.Start))
                    && S(CapitalRoleRightBefore, Math.Max(sentence.Start, a.Span.Start - 30), a.Span.Start) is { Success: true } t && char.IsUpper(flat[t.Groups["role"].Index]))
                {
                    // "Prime Minister X of Y", "Commander X of the Y": the title before the name is held in Y.
                    AddRoles(t, a, b, "the");
                }

                if (a.Type != EntityType.Group)
                {
                    continue;
                }

                // "the Zayudi affiliate known as the Wadi Resistance Units": the affiliate is part of the group before it.
                if (b.Type == EntityType.Group && (Has(a.Span.End, b.Span.Start, " as ") || Has(a.Span.End, b.Span.Start, " called ") || Has(a.Span.End, b.Span.Start, " named "))
                    && AffiliateKnownAs.IsMatch(Slice(a.Span.End, b.Span.Start)))
                {
                    Add(b, Predicates.PartOf, a);
                    continue;
                }

                // "Y, the political movement whose armed wing is X": X is a part of Y. "the Y (Z) of X": the acronym in
                // brackets is Y's own, and X leads Y.
                var c = i + 2 < ms.Count && b.Entity == a.Entity ? ms[i + 2] : b;
                if (a.Span.End + 2 < sentence.End && flat[a.Span.End] == ' ' && flat[a.Span.End + 1] == '(' && flat.IndexOf(')', a.Span.End, Math.Min(102, sentence.End - a.Span.End)) is var close and > 0
                    && ms.FindIndex(i + 1, m => m.Span.Start > close) is var after and >= 0)
                {
                    // "the Y (Z in older papers) of X": the first name after the bracket.
                    c = ms[after];
                }

                if (c.Type == EntityType.Group && Has(a.Span.End, c.Span.Start, "whose") && WhoseWingIs.IsMatch(Slice(a.Span.End, c.Span.Start)))
                {
                    Add(c, Predicates.PartOf, a);
                }
                else if (c.Type == EntityType.Person && Has(a.Span.End, c.Span.Start, " of ") && GroupOfPerson.Match(Slice(a.Span.End, c.Span.Start)) is { Success: true } ofPerson
                    && !PossessiveAt(c.Span.End) && TheBefore().IsMatch(Slice(Math.Max(sentence.Start, a.Span.Start - 5), a.Span.Start)))
                {
                    // "the Y (YA) of X and Z": each person of the list leads it. "The Y government of Chief Minister X" is X's
                    // government, of Y's members; it leads the state, not the party.
                    var governs = ofPerson.Groups["gov"].Success;
                    foreach (var k in RightList(ms.IndexOf(c)))
                    {
                        Add(ms[k], governs ? Predicates.MemberOf : Predicates.Leads, a);
                    }
                }
            }
        }

        /// <summary>Whether the text between two mentions, at most 100 characters, holds <paramref name="word"/>.</summary>
        private bool Has(int from, int to, string word) =>
            to > from && to - from <= 100 && flat.AsSpan(from, to - from).Contains(word, StringComparison.OrdinalIgnoreCase);

        private static readonly Regex CapitalRoleRightBefore = new($@"(?<![\w\u0001-\u0003])(?<role>{RoleWord})\s+$", Opt);

        private static readonly Regex WhoseGroup = new(@"^,\s+whose\s+(?:(?:own|self-[\w-]+|so-called|armed|new|former|private|personal|feared|powerful|notorious|main|largest)\s+){0,2}$", Opt);

        private static readonly Regex WhoseWingIs = new(@"^(?:\s*\([^()]{1,20}\))?,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?whose\s+(?:[\w-]+\s+)?(?:wing|branch|arm|affiliate|faction)\s+(?:is|was|remains)\s+(?:the\s+)?$", Opt);

        // Between a founded group and "with" its co-founders: a bracket, and a short place or time phrase ("in Kessa on 19 May 1956").
        private static readonly Regex CoFoundersWith = new(@"^(?:\s*\([^()]{1,20}\))?(?:\s+(?:in|on|at)\s+[^,;.()]{1,40}?){0,2}\s+(?:together\s+)?with\s+$", Opt);

        private static readonly Regex AndOthers = new(@"^,?\s+and\s+(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|some)\s+)?others\b", Opt);

        private static readonly Regex RaisedForce = new(@"\b(?:Army|Armies|Force|Forces|Regiment|Battalion|Brigade|Brigades|Militia|Legion|Corps|Guard|Guards|Rifles|Levies|Division|Scouts)$", RegexOptions.CultureInvariant);

        private static readonly Regex UnitsUnder = new(@"^\s+(?:units|troops|forces|detachments|soldiers|men|fighters|elements|columns|battalions|brigades|regiments|squadrons)\s+under\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,3}$", Opt);

        // "the Y (YP) of X"; "the Y (YP) government of Father X": a government, an administration or a regime of the person
        // (of the party's members).
        private static readonly Regex GroupOfPerson = new(@"^(?:\s+\([^()]{1,100}\))?(?:\s+(?<gov>government|administration|regime|cabinet))?\s+of\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,2}$", Opt);

        /// <summary>
        /// "Atelier Velt, Kuopio (Ana Velt, Tomas Brisk, Marrak Orvano)": the people a bracket lists, two or more and nothing else,
        /// right after a body's name (and its town) are its members. "Dr. Ana Velt, Kuopio University (chair)": a person and a
        /// school's or a collection's name after a comma, at the end of the sentence or of a list's entry, is its member.
        /// </summary>
        public void Affiliations()
        {
            for (var i = 1; i < ms.Count; i++)
            {
                var (a, b) = (ms[i - 1], ms[i]);
                if (a.Type == EntityType.Person && b.Type == EntityType.Group && CommaThe().IsMatch(Chars(a.Span.End, b.Span.Start))
                    && IsSchool(entities[b.Entity].Name) && EndsEntry().IsMatch(Chars(b.Span.End, Math.Min(sentence.End, b.Span.End + 3))))
                {
                    Add(a, Predicates.MemberOf, b);
                }

                if (b.Type != EntityType.Person || !OpenBracketOnly().IsMatch(Chars(a.Span.End, b.Span.Start)))
                {
                    continue;
                }

                var body = a.Type == EntityType.Group ? a
                    : a.Type == EntityType.Place && i >= 2 && ms[i - 2].Type == EntityType.Group && CommaOnly().IsMatch(Chars(ms[i - 2].Span.End, a.Span.Start)) ? ms[i - 2]
                    : default;
                if (body.Span.Length == 0)
                {
                    continue;
                }

                var members = new List<int> { i };
                for (var k = i + 1; k < ms.Count && ms[k].Type == EntityType.Person && ListJoin().IsMatch(Chars(ms[k - 1].Span.End, ms[k].Span.Start)); k++)
                {
                    members.Add(k);
                }

                if (members.Count >= 2 && CloseBracketNext().IsMatch(Chars(ms[members[^1]].Span.End, Math.Min(sentence.End, ms[members[^1]].Span.End + 2))))
                {
                    foreach (var k in members)
                    {
                        Add(ms[k], Predicates.MemberOf, body);
                    }
                }
            }
        }

        /// <summary>
        /// "…, with X as his deputy", "X and her deputy Y": a role toward the person named right before (the role's
        /// "of a person" predicate, relation-roles.tsv: a deputy reports to X).
        /// </summary>
        public void PersonalRoles()
        {
            for (var j = 1; j < ms.Count; j++)
            {
                var x = ms[j];
                if (x.Type != EntityType.Person)
                {
                    continue;
                }

                // "with X as his deputy and Z as his chief of staff": the next one after "and" too.
                if ((WithRightBefore().IsMatch(Chars(Math.Max(sentence.Start, x.Span.Start - 8), x.Span.Start))
                        || (AndRightBefore().IsMatch(Chars(Math.Max(sentence.Start, x.Span.Start - 8), x.Span.Start))
                            && S(AsHisRole, ms[j - 1].Span.End, Math.Min(sentence.End, ms[j - 1].Span.End + 60)).Success))
                    && S(AsHisRole, x.Span.End, Math.Min(sentence.End, x.Span.End + 60)) is { Success: true } asHis
                    && ms.Take(j).LastOrDefault(m => m.Type == EntityType.Person && !S(AsHisRole, m.Span.End, Math.Min(sentence.End, m.Span.End + 60)).Success) is { Span.Length: > 0 } owner)
                {
                    AddRoles(asHis, x, owner, "the");
                }
                else if (ms.Take(j).LastOrDefault(m => m.Type == EntityType.Person) is { Span.Length: > 0 } near && x.Span.Start - near.Span.End <= 120
                    && S(HisRoleNear, near.Span.End, x.Span.Start) is { Success: true } nearRole)
                {
                    // "X and her deputy Y", "X, his deputy Y", "X burned the town while his ally Y held the road", "X led the centre;
                    // his deputy was Y": the role is toward the person last named.
                    AddRoles(nearRole, x, near, "the");
                }
            }
        }

        /// <summary>A school's or a collection's name: its last word a head of org-words.txt [paired-heads] (University, Museum), or a university's first.</summary>
        private static bool IsSchool(string name) =>
            NameLexicon.PairedHeads.Contains(name.Split(' ')[^1].ToLowerInvariant()) || name.StartsWith("Univers", StringComparison.Ordinal);

        [GeneratedRegex(@"^(?:,\s+(?:a|an|the)\s+[^,;]{1,60}?\s+|,?\s+)(?:that|which|who)\s+(?:(?:had|has|have|was|were|is|also|later|then|once|soon)\s+){0,2}$")]
        private static partial Regex RelativeAfterName();

        private bool OpposedBefore(M m) => m.Span.Start - sentence.Start >= 8
            && AgainstRightBefore().IsMatch(Slice(Math.Max(sentence.Start, m.Span.Start - 14), m.Span.Start));

        [GeneratedRegex(@"\bagainst\s+(?:the\s+)?$")]
        private static partial Regex AgainstRightBefore();

        public void Under()
        {
            for (var i = 0; i + 1 < ms.Count; i++)
            {
                var (a, b) = (ms[i], ms[i + 1]);
                var between = Slice(a.Span.End, b.Span.Start);
                // "Under X, the Y …"; without the comma only when "Under" opens the sentence ("Under X the Y bombed …").
                if (a.Type == EntityType.Person && b.Type == EntityType.Group
                    && (CommaThe().IsMatch(between) || (SpaceThe().IsMatch(between) && OpeningUnder.IsMatch(Slice(sentence.Start, a.Span.Start))))
                    && UnderBefore.Match(Slice(Math.Max(sentence.Start, a.Span.Start - 40), a.Span.Start)) is { Success: true } u)
                {
                    Add(a, u.Groups["how"].Value.Equals("command", StringComparison.OrdinalIgnoreCase) ? Predicates.Commands : Predicates.Leads, b);
                }
                else if (a.Type == EntityType.Person && b.Type == EntityType.Group && TeachesAt.IsMatch(between))
                {
                    Add(a, Predicates.MemberOf, b);
                }
                // "rose against the Kessa Company under X": the body fought is not the one X leads.
                else if (a.Type == EntityType.Group && b.Type == EntityType.Person && !OpposedBefore(a) && UnderBetween.Match(between) is { Success: true } v)
                {
                    Add(b, v.Groups["how"].Value.Equals("command", StringComparison.OrdinalIgnoreCase) ? Predicates.Commands : Predicates.Leads, a);
                }
                else if (a.Type == EntityType.Group && b.Type == EntityType.Person && UnderRightAfter.IsMatch(between) && !PossessiveAt(b.Span.End) && !OpposedBefore(a))
                {
                    // "the River Lions under Tomas Berg": the group right before "under" is the person's.
                    Add(b, Predicates.Leads, a);
                }
                else if (b.Type == EntityType.Person && UnderNamesBefore().IsMatch(between) && ClauseEndsAt(b.Span.End)
                    && ms.Take(i + 1).FirstOrDefault(m => m.IsActor) is { Type: EntityType.Group } subject && subject.Span.Start - sentence.Start <= 12
                    && !ms.Take(i + 1).Any(m => m.Type == EntityType.Person))
                {
                    // "The Kessa Front broke away from the Zayudi Front in 2021 under Lina Haddad, …": the clause's subject.
                    // "Tamaro Army battalions under X, …, crossed the river": X commands some of its units, a member.
                    Add(b, subject.Span == a.Span && UnitsUnder.IsMatch(between) ? Predicates.MemberOf : Predicates.Leads, subject);
                }
                else if (a.Type == EntityType.Group && b.Type == EntityType.Person && FactionOfPerson.IsMatch(between))
                {
                    Add(b, Predicates.Leads, a);
                }
                else if (a.Type == EntityType.Person && b.Type == EntityType.Group && PersonsFactionOf.IsMatch(between))
                {
                    Add(a, Predicates.MemberOf, b);
                }
                else if (a.Type == EntityType.Person && b.Kind == "country" && ((OfBetween.IsMatch(between) && TitleBeforeName.IsMatch(Slice(Math.Max(sentence.Start, a.Span.Start - 40), a.Span.Start)))
                    || (between == " (" && SpeechAfterBracket.IsMatch(Slice(b.Span.End, Math.Min(sentence.End, b.Span.End + 30))))))
                {
                    // "King X of Morocco", "President X of Tamaro"; a delegate "X (Tamaro) said": the country the person holds office for.
                    Add(a, Predicates.HoldsOffice, b);
                }
                else if (a.Type == EntityType.Person && b.Type == EntityType.Group && between is "'s " or "’s " && !PossessiveAt(b.Span.End)
                    && (!ModifiedNoun.IsMatch(Slice(b.Span.End, Math.Min(sentence.End, b.Span.End + 30))) || VerbRightAfter(b.Span.End)))
                {
                    // "President X's Kessa Freedom Party", "X's Tamaro Front": a group named as a person's is the one the person leads.
                    Add(a, Predicates.Leads, b);
                }
                else if (a.Type == EntityType.Group && b.Type == EntityType.Group && UnitWithin.IsMatch(between)
                    && Slice(a.Span.Start, a.Span.End).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[^1] is var head && NameLexicon.MilitaryUnitHeads.Contains(head))
                {
                    // "the 3rd Dock Battalion within the Kessa Army": a unit inside a force is part of it.
                    Add(a, Predicates.PartOf, b);
                }
                else if (a.Type == EntityType.Person && b.Type == EntityType.Group && PersonsOwnForce.IsMatch(between))
                {
                    // "X's private army, the Y", "X's bodyguards, the Y": a force that is a person's own is the one the person leads.
                    Add(a, Predicates.Leads, b);
                }
                else if ((a.Type == EntityType.Group || a.Kind == "country") && b.Type == EntityType.Person && WithBetween.IsMatch(between)
                    && S(AsItsRole, b.Span.End, Math.Min(sentence.End, b.Span.End + 60)) is { Success: true } asRole)
                {
                    // "the Front for Y (FY), with X as its leader": the role after "as its" is over the group.
                    AddRoles(asRole, b, a, "the");
                    // "…, with X as prime minister and Z as deputy prime minister": each person named with a role after it.
                    for (var k = i + 2; k < ms.Count && ms[k].Type == EntityType.Person
                        && asRole.Index + asRole.Length <= ms[k].Span.Start && AndNext.IsMatch(Slice(asRole.Index + asRole.Length, ms[k].Span.Start))
                        && S(AsItsRole, ms[k].Span.End, Math.Min(sentence.End, ms[k].Span.End + 60)) is { Success: true } nextRole; k++)
                    {
                        AddRoles(nextRole, ms[k], a, "the");
                        asRole = nextRole;
                    }
                }
                else if (a.Type == EntityType.Group && S(WithReflexiveRole, a.Span.End, Math.Min(sentence.End, a.Span.End + 80)) is { Success: true } selfRole
                    && ms.Take(i).LastOrDefault(m => m.Type == EntityType.Person) is { } self && !Slice(self.Span.End, a.Span.Start).Contains(';', StringComparison.Ordinal))
                {
                    // "X set up a board (HB), with himself as chairman".
                    AddRoles(selfRole, self, a, "the");
                }
                else if (a.Type == EntityType.Group && b.Type == EntityType.Person && GroupNounOfPerson.IsMatch(between) && !PossessiveAt(b.Span.End))
                {
                    // "the Kessa Islamic Jihad, the group of X": a group named for the person who leads it.
                    Add(b, Predicates.Leads, a);
                }
                else if (a.Type == EntityType.Person && b.Type == EntityType.Place && OfBetween.IsMatch(between)
                    && JurisdictionTitleBefore.IsMatch(Slice(Math.Max(sentence.Start, a.Span.Start - 30), a.Span.Start)))
                {
                    // "Archbishop X of Ayacucho", "Governor X of Kessa Province": a title of a see or a jurisdiction names the town or
                    // region the office is over ("Dr X of London" is where X is from, and makes nothing).
                    Add(a, Predicates.HoldsOffice, b);
                }
                else if (a.Type == EntityType.Person && b.Type == EntityType.Group && OfDescribedBetween.IsMatch(between) && !PossessiveAt(b.Span.End) && ClauseEndsAt(b.Span.End))
                {
                    // "X, of the separatist party Y, said": an apposition that names the person's group.
                    Add(a, Predicates.MemberOf, b);
                }
                else if (a.Type == EntityType.Person && b.Type == EntityType.Group && ForGroupBetween.IsMatch(between)
                    && SpeechAfterFor.IsMatch(Slice(b.Span.End, Math.Min(sentence.End, b.Span.End + 60))))
                {
                    // "X, for the Y, said …", "X, speaking on behalf of Y, rejected …": the person speaks for the group.
                    Add(a, Predicates.SpokespersonFor, b);
                }
                else if (a.Type == EntityType.Group && b.Type == EntityType.Person && between.Contains("whose", StringComparison.OrdinalIgnoreCase) && HasRole(a.Span.End, b.Span.Start)
                    && S(WhoseRoleIs, a.Span.End, b.Span.Start) is { Success: true } whose)
                {
                    // "Y, whose national chairman is X": the role is over the group before "whose".
                    AddRoles(whose, b, a, "the");
                }
                else if (a.Type == EntityType.Group && b.Type == EntityType.Group && between.Contains(" its ", StringComparison.Ordinal) && HasRole(a.Span.End, b.Span.Start)
                    && S(HadItsRole, a.Span.End, b.Span.Start) is { Success: true } had)
                {
                    // "Y set up its armed wing, X", "Y has its own women's wing, the X": the role is X's, over Y.
                    AddRoles(had, b, a, "the");
                }
                else if (a.Type == EntityType.Person && b.Type == EntityType.Group && OfBetween.IsMatch(between) && !PossessiveAt(b.Span.End))
                {
                    // "Detective Inspector X of the Y", "X of Y said": the person is one of Y's.
                    Add(a, Predicates.MemberOf, b);
                }
                else if (a.Type == EntityType.Group && b.Type == EntityType.Group && OfBetween.IsMatch(between) && !PossessiveAt(b.Span.End))
                {
                    // "the Peshmerga of the Y", "the Volunteer Corps of Y": one group of another is a part of it.
                    Add(a, Predicates.PartOf, b);
                }
                else if (a.IsActor && b.IsActor && a.Type != EntityType.Person && b.Type != EntityType.Person && AndTheLink.IsMatch(between)
                    && b.Span.End < sentence.End && ReciprocalAfter.Match(flat, b.Span.End, sentence.End - b.Span.End) is { Success: true } rc)
                {
                    // "A and B clashed at least 31 times", "A and B signed a ceasefire": each other's foes; "A and B merged": allies.
                    Add(a, rc.Groups["allied"].Success ? Predicates.AlliedWith : Predicates.OpposedTo, b);
                }
                else if (a.Type == EntityType.Group && b.Type == EntityType.Person && HelmOfBefore.IsMatch(Slice(Math.Max(sentence.Start, a.Span.Start - 30), a.Span.Start))
                    && HelmBetween.IsMatch(between))
                {
                    // "At the top of Y was X", "at the helm of Y stands X".
                    Add(b, Predicates.Leads, a);
                }
            }
        }

        /// <summary>
        /// A list line that is only a person and their body: "Col. Moses Tarro, Kessa Front", "Mr. X, Deputy Programme Manager, Joint
        /// Implementation Unit" (an attendance or participants list): the person is one of the body's.
        /// </summary>
        public void ListedWith(string text)
        {
            if (text.AsSpan(sentence.Start, sentence.Length).IndexOf('\n') < 0 && (sentence.Start == 0 || text[sentence.Start - 1] != '\n'))
            {
                return;
            }

            for (var i = 0; i < ms.Count; i++)
            {
                var a = ms[i];
                if (a.Type != EntityType.Person)
                {
                    continue;
                }

                // The flat copy has no line breaks; the text has.
                var lineStart = text.LastIndexOf('\n', Math.Max(0, a.Span.Start - 1)) + 1;
                if ((lineStart < sentence.Start && sentence.Start > 0 && text[sentence.Start - 1] != '\n') || !LineOpening.IsMatch(Slice(Math.Max(lineStart, sentence.Start), a.Span.Start)))
                {
                    continue;
                }

                var lineEnd = text.IndexOf('\n', a.Span.End);
                lineEnd = lineEnd < 0 || lineEnd > sentence.End ? sentence.End : lineEnd;
                var b = ms.Skip(i + 1).FirstOrDefault(m => m.Span.End <= lineEnd && m.Type == EntityType.Group);
                if (b.Span.Length > 0 && ListedBetween.IsMatch(Slice(a.Span.End, b.Span.Start)) && ListedAfter.Match(Slice(b.Span.End, lineEnd)) is { Success: true } after)
                {
                    Add(a, Predicates.MemberOf, b);

                    // "…, The Parachute Regiment, on loan service to the Sultan's Armed Forces.": the body lent to as well.
                    if (after.Groups["lent"].Success && ms.Skip(i + 1).FirstOrDefault(m => m.Span.Start >= b.Span.End + after.Groups["lent"].Index && m.Span.End <= lineEnd && m.Type == EntityType.Group) is { Span.Length: > 0 } lent)
                    {
                        Add(a, Predicates.MemberOf, lent);
                    }
                }
            }
        }

        // A list's marker or number, a service number ("24088531 Sergeant …"), then up to three words of rank or title.
        private static readonly Regex LineOpening = new(@"^\s*(?:[-•*–]\s*)?(?:\d{1,2}[.)]\s*)?(?:\d{5,9}\s+)?(?:(?-i:[A-Z])[\w]*\.?\s+){0,3}$", RegexOptions.CultureInvariant);

        private static readonly Regex ListedBetween = new(@"^(?:\s*\([^()\n]{1,30}\))?,\s+(?:(?:(?:(?-i:[A-Z])[\w.'&-]*|of|and|for|the|on|in|to)\s+)+?(?:(?-i:[A-Z])[\w.'&-]*),\s+)?(?:[Tt]he\s+)?$", RegexOptions.CultureInvariant);

        private static readonly Regex ListedAfter = new(@"^(?:\s*\([^()\n]{1,60}\))?(?:,\s+(?:on\s+loan\s+service|on\s+secondment|seconded|attached|assigned|posted)\s+to\s+(?<lent>[^\n]{1,100}?))?[\s.;]*$", RegexOptions.CultureInvariant);

        /// <summary>"the Liberation Cell of the Kessa Front was led by X": the head of a group's "of" phrase is the clause's subject, not the owner after "of".</summary>
        private int HeadOfPhrase(int i)
        {
            // "the Kessa Guard (the Guard to its men) of X was paid by Y": the group of a person is the phrase's head.
            if (ms[i].Type == EntityType.Person && i > 0)
            {
                var g = i - 1;
                var before = Slice(ms[g].Span.End, ms[i].Span.Start);
                if (before.EndsWith(") of ", StringComparison.Ordinal) && flat.LastIndexOf('(', ms[i].Span.Start - 1, ms[i].Span.Start - sentence.Start) is var open and >= 0)
                {
                    g = ms.FindLastIndex(i - 1, m => m.Span.End <= open);
                    before = g < 0 ? "" : Slice(ms[g].Span.End, open) + " of ";
                }

                if (g >= 0 && ms[g].Type == EntityType.Group && OfBetween.IsMatch(before))
                {
                    i = g;
                }
            }

            while (i > 0 && ms[i].Type == EntityType.Group && ms[i - 1].Type == EntityType.Group && OfBetween.IsMatch(Slice(ms[i - 1].Span.End, ms[i].Span.Start)))
            {
                i--;
            }

            return i;
        }

        // What opens an apposition the subject closes: "Its armed wing, the X", "The group's founder, X".
        private static readonly Regex AppositionOpens = new(@"(?:^|\W)(?:its|their|his|her|the)\s+(?:[\w'-]+\s+){0,3}[\w'-]+,\s+(?:the\s+|a\s+|an\s+)?$", Opt);

        /// <summary>"X, High Commissioner for Ghana, was killed in an MNLK ambush": the group whose attack it was is opposed to the person.</summary>
        public void KilledInAttack()
        {
            if (flat.AsSpan(sentence.Start, sentence.Length).IndexOfAny(KillWords) < 0)
            {
                return;
            }

            for (var i = 0; i < ms.Count; i++)
            {
                if (ms[i].Type != EntityType.Person)
                {
                    continue;
                }

                for (var j = i + 1; j < ms.Count && ms[j].Span.Start - ms[i].Span.End <= 120; j++)
                {
                    var y = ms[j];
                    if (y.Type == EntityType.Group && KilledInBetween.IsMatch(Slice(ms[i].Span.End, y.Span.Start))
                        && AttackNounAfter.IsMatch(Slice(y.Span.End, Math.Min(sentence.End, y.Span.End + 30))))
                    {
                        Add(y, Predicates.OpposedTo, ms[i]);
                        break;
                    }
                }
            }
        }

        private static readonly System.Buffers.SearchValues<string> KillWords = System.Buffers.SearchValues.Create(
            ["killed", "wounded", "injured", "kidnapped", "abducted", "captured", "assassinated", "executed", "seized", "taken", "shot"], StringComparison.OrdinalIgnoreCase);

        private static readonly Regex KilledInBetween = new(@"^(?:,\s+[^,;]{1,80},)?\s+(?:(?:was|were|had\s+been|has\s+been|is|are|being|later|then)\s+)*(?:killed|wounded|injured|kidnapped|abducted|captured|assassinated|executed|seized|taken|shot(?:\s+dead)?)(?:\s+(?:and|or)\s+(?:killed|wounded|injured|kidnapped|abducted|captured|shot))?\s+(?:[\w'-]+\s+){0,3}?(?:in|during|by)\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,2}?$", Opt);

        private static readonly Regex AttackNounAfter = new(@"^(?:'s)?\s+(?:ambush|attack|raid|bombing|strike|airstrike|air\s+strike|assault|offensive|shelling|operation|gunmen|fighters|militants|unit|squad|commando)\b", Opt);

        private static readonly Regex ModifiedNoun = new(@"^\s+(?!(?:in|on|at|and|or|of|for|from|to|with|by|after|before|during|near|outside|inside|who|whom|which|that|as|when|while|last|this|until|since|early|late|overnight|alive|hostage|captive|prisoner)\b)(?-i:[a-z])", RegexOptions.CultureInvariant);

        private static readonly Regex AgentMembersOf = new(@"\bby\s+(?:the\s+|some\s+|several\s+|a\s+group\s+of\s+)?(?:(?<ex>former|ex-|dissident|disgruntled|breakaway|disaffected|expelled)\s*)?(?:[\w-]+\s+){0,2}?(?:members|officers|soldiers|fighters|veterans|elements|militants|activists|supporters|defectors|cadres|commanders|officials|marines|agents|troops|gunmen|militiamen|commandos|operatives|policemen|guards|sailors|paratroopers)\s+(?:of|from)\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?$", Opt);

        // "Y (YL), which the former teacher X founded": a description of the relative's subject in lower case after its article.
        private static readonly Regex ObjectRelative = new(@"^(?:\s+(?-i:[a-z])[\w-]*){0,2}(?<paren>\s*\([^()]{1,60}\))?,\s+(?:which|that|whom)\s+(?:(?:the|a|an)\s+(?:(?!(?:of|from|for|in|with|at|by|on|to)\s)(?-i:[a-z])[\w-]*\s+){0,3}?)?$", Opt);

        // "which X founded in 1963 and led for years": a second verb of the relative after a short time or place phrase.
        private static readonly Regex ObjectRelativeSecondVerb = new(@"\G[^,;.()]{1,30}?\s+and\s+(?:(?:has|have|had|also|later|then)\s+){0,2}(?<verb>[\u0002\u0003]+)(?=\s|[,.;)]|$)", Opt);

        // "which Y had trained", "which Y trained and paid": the relative clause's verb, with a second verb after "and".
        private static readonly Regex ObjectRelativeVerb = new(@"\G\s+(?:(?:has|have|had|also|long|now|reportedly|still|once|first|later|since)\s+){0,3}(?<verb>[\u0002\u0003]+(?:\s+[\u0002\u0003]+)*)(?:,?\s+(?:and|or)\s+(?:(?-i:[a-z])[a-z-]{2,}|[\u0002\u0003]+))?(?=\s+(?:since|in|on|for|during|until|from|at|with|by|over|after|before|when|through|throughout|across|against|under|into|as|again|openly|secretly|repeatedly|\d)\b|\s*[,.;)]|\s*$)", Opt);

        // "the head of the banned X", "the chairman of the ruling X": a participle between the article and the name describes it.
        private static readonly Regex AttributiveParticiple = new(@"^\s*(?:the\s+)?(?-i:[a-z])[a-z-]+(?:ing|ed)\s+$", Opt);

        private static readonly Regex AndTheLink = new(@"^(?:\s*\([^()]*\))?\s+(?:and|&)\s+(?:the\s+)?$", Opt);

        private static readonly Regex SentToBefore = new(@"\b(?:for|to)\s+(?:the\s+)?$", Opt);

        // A title right before the name, ending the stretch: "King ", "President ".
        private static readonly Regex TitlesEnd = new(@",\s+(?<t>(?:(?-i:[A-Z])[\w.-]*\s+){1,3})$", RegexOptions.CultureInvariant);

        private static readonly Regex TitleBeforeName = new(@"(?<![\w-])(?:" + string.Join("|", NameLexicon.Titles.Where(t => t != "he").OrderByDescending(t => t.Length)
            .Select(t => string.Join(@"\s+", t.Split(' ').Select(Regex.Escape)))) + @")\s+$", Opt);

        private static readonly Regex SpeechAfterBracket = new(@"^\)\s+(?:said|told|says|stated|added|stressed|noted|asked|urged|called|warned|welcomed|expressed|recalled|emphasized|emphasised|underlined)\b", Opt);

        private static readonly Regex OfBetween = new(@"^\s+of\s+(?:the\s+)?$", Opt);

        private static readonly Regex UnitWithin = new(@"^\s+within\s+(?:the\s+)?$", Opt);

        // "X's private army, the Y": a person's own force named in apposition.
        private static readonly Regex PersonsOwnForce = new(@"^['’]s\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:auxiliaries|militia|private\s+army|personal\s+army|bodyguards?|enforcers|paramilitaries|irregulars|henchmen|death\s+squads?),\s+(?:the\s+)?[""“‘']?$", Opt);

        // "Y (YF), with X as its leader"; "Y was declared, with X as prime minister": a passive's participle may come between.
        // "… the country became independent on 4 June 1970, with Y as prime minister": a day or a year may come between.
        private static readonly Regex WithBetween = new(@"^\)?(?:\s*\([^()]{1,60}\))?(?:\s+(?:had|has|have)\s+been\s+(?-i:[a-z])+ed|\s+(?:was|were)\s+(?-i:[a-z])+ed)?(?:\s+(?:on|in)\s+(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?\d{1,4})?,?\s+with\s+$", Opt);

        // "as its leader", and without "its" a capitalized office ("as Prime Minister") or a bare role ("as chairman").
        // Not "as his deputy", "as her adviser": a role toward a person (AsHisRole).
        private static readonly Regex AsItsRole = new($@"^\s+as\s+(?!(?:his|her)\s)(?:(?:its|their)\s+)?{Mod}{Roles}(?![\w-])", Opt);

        // "…, with X as his deputy": a role toward the person named before.
        private static readonly Regex AsHisRole = new($@"^\s+as\s+(?:his|her)\s+{Mod}(?<role>{RoleWord})(?![\w-])", Opt);


        private static readonly Regex ItsBefore = new(@"(?:^|\W)(?:its|their)\s+$", Opt);

        // A part's head ending a body's name: "the Velto faction", "the Kessa Wing".
        private static readonly Regex PartHead = new(@"\s(?:faction|wing|branch|front|column|cell)$", Opt);

        // ", a ", ", another of the ": what opens an apposition right after a name, up to another name inside it.
        private static readonly Regex ApposedName = new(@"^\)?,\s+(?:a|an|the|another|one\s+of\s+(?:the|its|their|his|her))\s+(?:(?-i:[a-z])[\w'-]*\s+){0,3}$", Opt);

        // "X and her deputy Y", "X burned the town while his ally Y …", "…; his deputy was Y": a clause of the same sentence, no
        // quotation in between.
        private static readonly Regex HisRoleNear = new($@"^[^""“”;]*?(?:;\s+|\s+)(?:his|her)\s+{Mod}(?<role>{RoleWord})(?:\s+(?:was|is|became))?\s+$", Opt);

        // "…, with X as chairman and Z as his deputy": the next person named with a role after "and".
        private static readonly Regex AndNext = new(@"^,?\s+and\s+$", Opt);

        // "set up a board (HB), with himself as chairman": the role is the clause's subject's.
        private static readonly Regex WithReflexiveRole = new($@"^\)?(?:\s*\([^()]{{1,60}}\))?,?\s+with\s+(?:himself|herself)\s+as\s+(?:(?:its|their)\s+)?{Mod}{Roles}(?![\w-])", Opt);

        // "the Y, the group of X"; "the Y (another name), the uniformed and very public group of X": a few modifiers, after the name's
        // own bracket.
        private static readonly Regex GroupNounOfPerson = new(@"^\)?,\s+(?:the|a)\s+(?:(?-i:[a-z])[\w-]*\s+(?:and\s+(?:very\s+)?(?-i:[a-z])[\w-]*\s+)?)?(?:group|faction|militia|movement|organi[sz]ation|network|band|party|cell)\s+of\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,3}$", Opt);

        private static readonly Regex JurisdictionTitleBefore = new(@"(?<![\w-])(?:" + string.Join("|", NameLexicon.JurisdictionTitles.OrderByDescending(t => t.Length)
            .Select(t => Regex.Escape(t).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + @")\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Regex OfDescribedBetween = new(@"^,\s+of\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$", Opt);

        private static readonly Regex ForGroupBetween = new(@"^,\s+(?:speaking\s+|who\s+spoke\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$", Opt);

        private static readonly Regex SpeechAfterFor = new(@"^(?:\s*\([^()]{1,40}\))?,\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:said|says|stated|states|told|tells|added|adds|replied|rejected|argued|explained|noted|insisted|denied|confirmed|welcomed|asked|urged|warned|proposed|reported|announced|called|expressed|raised|responded|recalled|informed|requested|presented|briefed|agreed|objected|pointed|stressed|emphasi[sz]ed|maintained|claimed)\b", Opt);

        private static readonly Regex WhoseRoleIs = new($@"\G\)?(?:\s*\([^()]{{1,60}}\))?,\s+whose\s+{Mod}(?<role>{RoleWord})(?:\s+(?:from|since|until|in|after)\s+\d{{4}})?(?:\s+(?:is|was|has\s+been|had\s+been|remains|remained|became)\s+|,\s+)(?:the\s+(?:(?-i:[a-z])[\w-]+\s+)?)?{TitleWords}$", Opt);

        private static readonly Regex ReciprocalAfter = new(@"\G(?:,\s+(?:which|who))?\s+(?:(?:have|has|had|also|repeatedly|reportedly|again|frequently|later|then|briefly|often|have\s+long|long)\s+)*(?:(?:(?:waged|wage|waging)\s+war|fought|clashed|battled)\s+(?:against\s+|with\s+)?(?:each\s+other|one\s+another)\b|(?:(?:clashed|clash|fought|battled|skirmished|exchanged\s+fire|signed\s+(?:an?\s+)?(?:ceasefire|truce|peace\s+(?:deal|agreement|accord)))|(?<allied>allied|merged|joined\s+forces|signed\s+(?:an?\s+)?(?:alliance|pact|cooperation\s+agreement)))(?=\s*(?:[,.;)]|$)|\s+(?:at\s+least|\d|over|in|on|near|again|repeatedly|several|many|each\s+other|one\s+another|throughout|during|since|until|around|across|along|outside|inside|after|before|when|twice|three|four|five|for\s+(?:control|days|weeks|hours|months|years))\b))", Opt);

        private static readonly Regex HelmOfBefore = new(@"\bat\s+the\s+(?:top|head|helm|apex)\s+of\s+(?:the\s+)?$", Opt);

        private static readonly Regex HelmBetween = new($@"^(?:\s*\([^()]{{1,20}}\))?,?\s+(?:(?:is|was|were|are|stood|stands|sat|sits|remained|remains|now|still)\s+){{1,2}}(?:the\s+)?{TitleWords}$", Opt);

        private static readonly Regex HadItsRole = new($@"\G(?:\s*\([^()]{{1,40}}\))?\s+(?:(?:also|later|soon|then)\s+)?(?:has|had|have|formed|created|set\s+up|established|built|founded|launched|runs|ran|maintains|maintained)\s+(?:its|their)\s+(?:own\s+)?{Mod}(?<role>{RoleWord}),\s+(?:the\s+)?$", Opt);

        private static readonly Regex ItsRoleAfter = new($@"^,?\s+(?:(?:is|was|became|remained|remains|has\s+been|had\s+been|were|are)\s+)(?:also\s+|then\s+|still\s+|now\s+)?(?:its|their)\s+{ModPre}(?<role>{RoleWord})(?![\w-])", Opt);

        /// <summary>"X was its leader", "Y was their military commander": the group is the sentence's last before X, else the one the sentences before were about.</summary>
        public void ItsRolesAfter()
        {
            var clause = flat.AsSpan(sentence.Start, sentence.Length);
            if (!clause.Contains(" its ", StringComparison.OrdinalIgnoreCase) && !clause.Contains(" their ", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            for (var i = 0; i < ms.Count; i++)
            {
                var x = ms[i];
                if (x.Type != EntityType.Person || S(ItsRoleAfter, x.Span.End, Math.Min(sentence.End, x.Span.End + 80)) is not { Success: true } r)
                {
                    continue;
                }

                var owner = ms.Take(i).LastOrDefault(m => m.Type == EntityType.Group);
                if (owner.Span.Length > 0)
                {
                    AddRoles(r, x, owner, "the");
                }
                else if (lastGroup is int prev && entities[prev].Type == EntityType.Group)
                {
                    var last = ms.FirstOrDefault(m => m.Entity == prev);
                    AddRoles(r, x, last.Span.Length > 0 ? last : new M(default, prev, EntityType.Group, null, false), "the");
                }
            }
        }

        /// <summary>
        /// "Y took as their leader X", "Y named as its chairman X", "the Y army, led by Z with X as its deputy, …": the
        /// body takes the holder for its role, the holder's title between.
        /// </summary>
        public void TakenForRole()
        {
            for (var j = 0; j < ms.Count; j++)
            {
                var x = ms[j];
                if (x.Type != EntityType.Person)
                {
                    continue;
                }

                for (var i = j - 1; i >= 0 && x.Span.Start - ms[i].Span.End <= Window; i--)
                {
                    var y = ms[i];
                    if (!y.IsActor || y.Type != EntityType.Group)
                    {
                        continue;
                    }

                    if (HasRole(y.Span.End, x.Span.Start) && S(AsTheirRoleBefore, y.Span.End, x.Span.Start) is { Success: true } r
                        && TakenAs.IsMatch(Slice(y.Span.End, x.Span.Start)))
                    {
                        AddRoles(r, x, y, "the");
                    }
                    else if (x.Span.Start > y.Span.End && flat.AsSpan(y.Span.End, x.Span.Start - y.Span.End) is var gap && gap.Contains(" with ", StringComparison.Ordinal)
                        && WithBefore.IsMatch(gap) && S(AsItsRole, x.Span.End, Math.Min(sentence.End, x.Span.End + 60)) is { Success: true } a)
                    {
                        AddRoles(a, x, y, "the");
                    }

                    break;
                }
            }
        }

        /// <summary>"X … until last year was director of Y": a copula further on in the clause, with no other person in between.</summary>
        public void CopulaRoles()
        {
            for (var i = 0; i < ms.Count; i++)
            {
                var x = ms[i];
                if (x.Type != EntityType.Person || IsAgent(x))
                {
                    continue;
                }

                for (var j = i + 1; j < ms.Count && ms[j].Span.Start - x.Span.End <= Window; j++)
                {
                    var y = ms[j];
                    if (y.Type == EntityType.Person || (y.Span.Start > x.Span.End && flat.AsSpan(x.Span.End, y.Span.Start - x.Span.End).Contains(". ", StringComparison.Ordinal)))
                    {
                        break;
                    }

                    // Not "X was President of Kessa and leader of Y": the second role is Y's (RoleAfter reads it).
                    if (ms.Skip(i + 1).Take(j - i - 1).Any(m => S(AndRoleThenPrep, m.Span.End, y.Span.Start).Success))
                    {
                        break;
                    }

                    if (y.IsActor && y.Span.Start > x.Span.End && HasRole(x.Span.End, y.Span.Start) && EndsInRoleOf(x.Span.End, y.Span.Start)
                        && S(CopulaRoleBefore, x.Span.End, y.Span.Start) is { Success: true } r
                        && !(AsAfterComma.IsMatch(Slice(x.Span.End, Math.Min(sentence.End, x.Span.End + 8))) && InsidePhrase.IsMatch(Slice(Math.Max(sentence.Start, x.Span.Start - 80), x.Span.Start))))
                    {
                        // Not "Z, the brother of Y leader X, as commander of W": X there is inside an apposition, the role Z's.
                        AddRoles(r, x, y, Text(r.Groups["det"]).ToLowerInvariant());
                        break;
                    }
                }
            }
        }

        /// <summary>"X founded Y", "X, who heads Y", "X has been supplying Y with …", "Y, backed by X", "Y was founded by X", "Y, which he launched".</summary>
        /// <summary>A semicolon that ends a clause; not one inside brackets ("the X (XF; Kessan Front), a group led by …").</summary>
        private static bool SemicolonOutsideBrackets(ReadOnlySpan<char> gap)
        {
            var depth = 0;
            foreach (var c in gap)
            {
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && depth > 0)
                {
                    depth--;
                }
                else if (c == ';' && depth == 0)
                {
                    return true;
                }
            }

            return false;
        }

        public void VerbFrames()
        {
            for (var i = 0; i < ms.Count; i++)
            {
                var x = ms[i];
                if (!x.IsActor && x.Type != EntityType.Place)
                {
                    continue;
                }

                for (var j = i + 1; j < ms.Count && ms[j].Span.Start - x.Span.End <= Window; j++)
                {
                    var y = ms[j];
                    if (y.Span.Start < x.Span.End)
                    {
                        continue;
                    }

                    var gap = flat.AsSpan(x.Span.End, y.Span.Start - x.Span.End);
                    if (gap.Contains(". ", StringComparison.Ordinal) || SemicolonOutsideBrackets(gap))
                    {
                        break;
                    }

                    // "the Qandil hills, which the Zayudi Front has controlled since 1990": the verb after a relative's subject has the
                    // name before it as its object.
                    // "Y of X, which Z had armed": "which" is no person's, so a person before it is not its antecedent.
                    if ((y.IsActor || y.Kind == "country") && y.Span.End < sentence.End && y.Span.Start - x.Span.End <= 100 && (gap.Contains(", wh", StringComparison.Ordinal) || gap.Contains(", that", StringComparison.Ordinal))
                        && !(x.Type == EntityType.Person && gap.Contains(", which", StringComparison.Ordinal))
                        && ObjectRelative.Match(Slice(x.Span.End, y.Span.Start)) is { Success: true } or && y.Span.Start - x.Span.End - or.Groups["paren"].Length <= 40
                        && S(ObjectRelativeVerb, y.Span.End, sentence.End) is { Success: true } orv && RelationLexicon.Verb(Text(orv.Groups["verb"])) is { } ov)
                    {
                        Add(y, ov.Turned ? "~" + ov.Predicate : ov.Predicate, x);
                        if (S(ObjectRelativeSecondVerb, orv.Index + orv.Length, sentence.End) is { Success: true } second && RelationLexicon.Verb(Text(second.Groups["verb"])) is { } ov2)
                        {
                            Add(y, ov2.Turned ? "~" + ov2.Predicate : ov2.Predicate, x);
                        }

                        break;
                    }

                    if (!HasVerb(x.Span.End, y.Span.Start))
                    {
                        continue;
                    }

                    // "X, Y's brother-in-law, held Z": a possessive apposition about X stands between X and its verb (read apart from
                    // ActiveVerb, whose every extra branch costs on every pair).
                    var from = x.Span.End;
                    if (from + 3 < y.Span.Start && shadow[from] == ',' && char.IsUpper(shadow[from + 2])
                        && S(PossessiveApposition, from, y.Span.Start) is { Success: true } possessive)
                    {
                        from = possessive.Index + possessive.Length - 1;
                    }

                    var v = EndsInVerbPhrase(from, y.Span.Start) ? S(ActiveVerb, from, y.Span.Start) : Match.Empty;

                    // "X led a faction within the Z, the society that rose against Y": a relative clause after a later name is
                    // that name's, not X's.
                    if (v.Success && Enumerable.Range(i + 1, j - i - 1).Any(k => ms[k].IsActor && ms[k].Span.End <= v.Groups["verb"].Index
                        && RelativeAfterName().IsMatch(Slice(ms[k].Span.End, v.Groups["verb"].Index))))
                    {
                        v = Match.Empty;
                    }

                    // "X's men took Y": the men's verb is the first after them ("X's men had shot guards working for Y" is no
                    // working of X's).
                    if (v.Success && v.Groups["ownmen"].Success && v.Groups["fill"].Length > 0)
                    {
                        v = Match.Empty;
                    }

                    // "Its armed wing, the Kessa Army, fought Y": a verb right after a comma is the subject's only when the subject
                    // closes an apposition.
                    // "In May General X, commanding the Y, burned …": a participle set off after the sentence's subject is the subject's
                    // (not after another name: "… took Kessa, killing X" is the main subject's killing).
                    if (v.Success && v.Groups["closing"].Success && !AppositionOpens.IsMatch(Slice(Math.Max(sentence.Start, x.Span.Start - 60), x.Span.Start))
                        && !(Text(v.Groups["verb"]).EndsWith("ing", StringComparison.Ordinal) && OpensSentence(x)))
                    {
                        v = Match.Empty;
                    }

                    // "X, another Kessa elder, sided with Y": a name inside an apposition about the one before it is no subject of
                    // the verb after the apposition closes.
                    if (v.Success && i > 0 && Slice(x.Span.End, v.Groups["verb"].Index).Contains(',', StringComparison.Ordinal)
                        && ApposedName.IsMatch(Slice(ms[i - 1].Span.End, x.Span.Start)))
                    {
                        v = Match.Empty;
                    }

                    // "head of the ruling Y", "a governing coalition": a participle after an article describes the noun after it.
                    if (v.Success && Text(v.Groups["verb"]).EndsWith("ing", StringComparison.Ordinal)
                        && ArticleBefore().IsMatch(Slice(Math.Max(sentence.Start, v.Groups["verb"].Index - 6), v.Groups["verb"].Index)))
                    {
                        v = Match.Empty;
                    }

                    // "accused the United States and Pakistan of backing Y": what one is accused or suspected of is no statement.
                    if (v.Success && OfAfterBracket().IsMatch(Slice(x.Span.End, v.Groups["verb"].Index))
                        && AccusedBefore.IsMatch(Slice(Math.Max(sentence.Start, x.Span.Start - 120), x.Span.Start)))
                    {
                        v = Match.Empty;
                    }

                    // "which forms part of Y" is no founding.
                    if (v.Success && Text(v.Groups["verb"]).StartsWith("form", StringComparison.OrdinalIgnoreCase) && Slice(v.Groups["obj"].Index, y.Span.Start).TrimStart().StartsWith("part", StringComparison.OrdinalIgnoreCase))
                    {
                        v = Match.Empty;
                    }

                    // "raised the Kessa Rifles": raising founds only a force ("raised the Front's flag" founds nothing).
                    if (v.Success && Text(v.Groups["verb"]).StartsWith("rais", StringComparison.OrdinalIgnoreCase) && !RaisedForce.IsMatch(Slice(y.Span.Start, y.Span.End)))
                    {
                        v = Match.Empty;
                    }

                    if (v.Success && x.IsActor && RelationLexicon.Verb(Text(v.Groups["verb"])) is { } verb)
                    {
                        // No other actor between the subject and the verb ("X said Y led Z" is not X's; for a person, no other
                        // person); a possessor in the object is fine.
                        // (after a possessive apposition skipped above, from its end).
                        var fillStart = from + v.Groups["pre"].Length;
                        var objStart = v.Groups["obj"].Index;

                        // "Y, the rival of Z that attacked W": the clause may be Z's; only a description naming no one is Y's.
                        if (v.Groups["described"].Success && ms.Any(m => m.IsActor && m.Span.Start > x.Span.End && m.Span.End <= fillStart))
                        {
                            continue;
                        }

                        if (!ms.Any(m => m.IsActor && m.Span.Start >= fillStart && m.Span.End <= objStart && m.Span.Start < y.Span.Start
                            && (x.Type != EntityType.Person || m.Type == EntityType.Person)))
                        {
                            var p = verb.Predicate;
                            var after = Slice(y.Span.End, Math.Min(sentence.End, y.Span.End + 30));

                            // "captured the Kessa safe area": a name before a noun is the noun's modifier, no captive.
                            if (p.StartsWith(Predicates.Controls + "|", StringComparison.Ordinal) && y.Type != EntityType.Place && ModifiedNoun.IsMatch(after))
                            {
                                continue;
                            }
                            if (LeadsSomethingOf.IsMatch(after) && !(p.Split('|')[0] is Predicates.Leads or Predicates.Commands && WholeForceOf.IsMatch(after)))
                            {
                                // "leads Y operations", "to lead Y's units": one of Y's, not Y's leader; another verb's object is the possessed, not Y.
                                // "speaks for Y's media office", "joined Y's armed wing": still Y's.
                                p = p.Split('|')[0] is Predicates.Leads or Predicates.Commands ? Predicates.MemberOf
                                    : after.StartsWith("'s ", StringComparison.Ordinal) && p is not (Predicates.SpokespersonFor or Predicates.MemberOf) ? null : p;
                            }

                            // "… and leads Y": the verb's subject is the clause's, the sentence's first actor not after a preposition.
                            // "Y and the villagers of Z in their fight against W": an "and" right after the name joins it to a noun
                            // phrase, and the verb is theirs.
                            // When the name cannot be that verb's subject ("X and his followers split from Y", X a person), the clause's is.
                            var fill = Text(v.Groups["fill"]);
                            var joined = AndOpens().IsMatch(Text(v.Groups["pre"]) + fill)
                                && (p is null || PredicateTable.Allows(p, verb.Turned ? y.Kind : x.Kind, verb.Turned ? x.Kind : y.Kind));
                            // The clause opens at the sentence's start or after a semicolon, or ", and"/", but" with a subject of its
                            // own ("X died in 1948; Y was captured and later founded Z": Y's).
                            var clauseStart = x.Span.Start > sentence.Start && ClauseBoundary.Match(flat, sentence.Start, x.Span.Start - sentence.Start) is { Success: true } boundary
                                ? boundary.Index + boundary.Length : sentence.Start;
                            var subjects = AndInside().IsMatch(fill) && !joined
                                ? ms.Take(i + 1).Where(m => m.IsActor && !Oblique(m) && m.Span.Start >= clauseStart).Take(1).Select(m => ms.IndexOf(m)).ToList()
                                : LeftList(i).ToList();
                            if (p is null)
                            {
                                // "supplying Y's forces": the possessed is the object, further on.
                                continue;
                            }

                            // "trucks for Y and the villagers of Z in their fight against W": the possessive makes Y a side, after "for" too.
                            // "in support of Y, whose troops had seized Z": the relative's antecedent acts, wherever it stands.
                            var theirs = (joined && TheirItsBefore().IsMatch(fill))
                                || Text(v.Groups["pre"]).Contains("whose", StringComparison.OrdinalIgnoreCase);
                            if (subjects.Count > 0 && (theirs || !Oblique(ms[subjects[^1]])))
                            {
                                // "holds the towns of A and B", "waged war against A and B": each one listed is the verb's object.
                                foreach (var s in subjects)
                                {
                                    foreach (var o in RightList(j))
                                    {
                                        Add(ms[s], verb.Turned ? "~" + p : p, ms[o]);
                                    }
                                }

                                // "X co-founded Y with Z", "X founded Y in Tamaro in 1956 with A, his brother B and C": each one named
                                // after "with" founded Y too.
                                var co = j + 1;
                                while (co < ms.Count && ms[co].Type == EntityType.Place)
                                {
                                    co++;
                                }

                                if (p == Predicates.Founded && !verb.Turned && co < ms.Count && ms[co].Type == EntityType.Person
                                    && CoFoundersWith.IsMatch(Slice(ms[j].Span.End, ms[co].Span.Start)))
                                {
                                    foreach (var k in RightList(co).Where(k => ms[k].Type == EntityType.Person))
                                    {
                                        Add(ms[k], p, ms[j]);
                                    }
                                }
                            }

                            // "Y, which administers most of Z, has fought W": a relative clause's verb leaves the main verb to come.
                            if (RelativeAfterComma().IsMatch(Text(v.Groups["pre"])))
                            {
                                continue;
                            }

                            break;
                        }
                    }

                    var pv = PassiveEnd.IsMatch(shadow.AsSpan(x.Span.End, y.Span.Start - x.Span.End)) ? S(PassiveVerb, x.Span.End, y.Span.Start) : Match.Empty;
                    // "its founder, X, was killed by Y"; "Its military arm, the X, was commanded by Y" (a group after "the").
                    if (!pv.Success && PassiveEnd.IsMatch(shadow.AsSpan(x.Span.End, y.Span.Start - x.Span.End))
                        && AppositiveOpening().Match(Slice(Math.Max(sentence.Start, x.Span.Start - 40), x.Span.Start)) is { Success: true } opening
                        && (x.Type == EntityType.Person ? !opening.Groups["the"].Success
                            : x.Type == EntityType.Group && opening.Groups["the"].Success && !opening.Groups["opener"].Value.Equals("the", StringComparison.OrdinalIgnoreCase)))
                    {
                        pv = S(PassiveVerbAfterAppositive, x.Span.End, y.Span.Start);
                    }

                    // Only the subject's own name may stand in between ("Y (acronym), led by X"), and names inside an apposition
                    // ("Y, one of Z's largest factions, is commanded by X").
                    // A modifier inside the subject's description ("Y, a Kessan group founded by X") is no actor in between either.
                    var appos = pv.Groups["appos"];
                    var desc = pv.Groups["desc"];
                    // "formed by former members of Y": the agents are no longer Y's, and members who found a group do not make Y its founder.
                    if (pv.Success && AgentMembersOf.Match(Slice(x.Span.End, y.Span.Start)) is { Success: true } agentOf
                        && (agentOf.Groups["ex"].Success || RelationLexicon.Verb(Text(pv.Groups["verb"]))?.Predicate == Predicates.Founded))
                    {
                        continue;
                    }

                    if (pv.Success && y.IsActor && RelationLexicon.Verb(Text(pv.Groups["verb"])) is { } passive
                        && !ms.Any(m => m.IsActor && m.Entity != x.Entity && m.Span.Start > x.Span.End && m.Span.End <= y.Span.Start
                            && !(appos.Success && m.Span.Start >= appos.Index && m.Span.End <= appos.Index + appos.Length)
                            && !(desc.Success && m.Span.Start >= desc.Index && m.Span.End <= desc.Index + desc.Length && !PossessiveAt(m.Span.End))))
                    {
                        // "A and B were armed by X": each subject listed before.
                        foreach (var k in RightList(j))
                        {
                            foreach (var sub in LeftList(HeadOfPhrase(i)))
                            {
                                Add(ms[k], passive.Turned ? "~" + passive.Predicate : passive.Predicate, ms[sub]);
                            }
                        }

                        // "Y, a group founded by X, has fought Z": a passive set off by a comma leaves the main verb to come.
                        if (Slice(x.Span.End, Math.Min(y.Span.Start, x.Span.End + 2)).StartsWith(',') && !appos.Success)
                        {
                            continue;
                        }

                        break;
                    }
                }

                // "Y, which he launched alongside …": the person the sentence is about.
                if (x.Type == EntityType.Group && S(WhichHeVerb, x.Span.End, Math.Min(sentence.End, x.Span.End + 60)) is { Success: true } wh
                    && RelationLexicon.Verb(Text(wh.Groups["verb"])) is { } hv && ms.Take(i).FirstOrDefault(m => m.Type == EntityType.Person) is { Span.Length: > 0 } he)
                {
                    Add(he, hv.Turned ? "~" + hv.Predicate : hv.Predicate, x);
                }
            }
        }

        /// <summary>"X, which is still under Y control", "under the control of Y", "Y-held X", "X fell to Y", "the fall of X to Y".</summary>
        public void Control()
        {
            for (var i = 0; i < ms.Count; i++)
            {
                var x = ms[i];
                if (x.Type != EntityType.Place)
                {
                    continue;
                }

                // "Wadelo, the ZLF's de facto capital", "the ZLF's stronghold of Wadelo": the group holds its capital.
                if (i + 1 < ms.Count && ms[i + 1] is { IsActor: true, Type: not EntityType.Place } owner1 && owner1.Span.Start - x.Span.End is > 0 and <= 8
                    && flat[x.Span.End] == ',' && CommaTheAnyCase().IsMatch(Slice(x.Span.End, owner1.Span.Start))
                    && CapitalAfter.IsMatch(Slice(owner1.Span.End, Math.Min(sentence.End, owner1.Span.End + 50))))
                {
                    Add(owner1, Predicates.Controls, x);
                }
                else if (i > 0 && ms[i - 1] is { IsActor: true, Type: not EntityType.Place } owner2 && x.Span.Start - owner2.Span.End is > 4 and <= 60
                    && PossessiveAt(owner2.Span.End) && CapitalOfBetween.IsMatch(Slice(owner2.Span.End, x.Span.Start)))
                {
                    Add(owner2, Predicates.Controls, x);
                }

                // "Tamaro, the largest town of the north, was the ZLF's stronghold": the holder after the copula, past the places
                // of an apposition.
                var h1 = i + 1;
                while (h1 < ms.Count && ms[h1].Span.Start - x.Span.End <= 140 && !(ms[h1].IsActor && ms[h1].Type != EntityType.Place))
                {
                    h1++;
                }

                if (h1 < ms.Count && ms[h1].Span.Start - x.Span.End <= 140 && PossessiveAt(ms[h1].Span.End)
                    && StrongholdVerbBetween.IsMatch(Slice(x.Span.End, ms[h1].Span.Start)) && CapitalAfter.IsMatch(Slice(ms[h1].Span.End, Math.Min(sentence.End, ms[h1].Span.End + 50))))
                {
                    Add(ms[h1], Predicates.Controls, x);
                }

                var before = Slice(Math.Max(sentence.Start, x.Span.Start - 40), x.Span.Start);
                if (i > 0 && ms[i - 1] is { IsActor: true, Type: not EntityType.Place } holderOfGround && holderOfGround.Span.End <= x.Span.Start
                    && x.Span.Start - holderOfGround.Span.End <= 60 && before.Contains(" the ", StringComparison.Ordinal)
                    && HeldGroundOf.Match(Slice(holderOfGround.Span.End, x.Span.Start)) is { Success: true } ground && ground.Index <= 2)
                {
                    Add(holderOfGround, Predicates.Controls, x);
                }

                var held = HeldPrefix.Match(before);
                if (held.Success)
                {
                    var dash = x.Span.Start - before.Length + held.Index;
                    if (ms.FirstOrDefault(m => m.Span.End == dash && m.IsActor) is { Span.Length: > 0 } holder)
                    {
                        Add(holder, Predicates.Controls, x);
                    }
                }

                for (var j = i + 1; j < ms.Count && j <= i + 2; j++)
                {
                    var y = ms[j];
                    if (!y.IsActor)
                    {
                        continue;
                    }

                    var between = Slice(x.Span.End, y.Span.Start);
                    var u = UnderControlBetween.Match(between);
                    if (u.Success && (u.Groups["of"].Success || ControlAfter.IsMatch(Slice(y.Span.End, Math.Min(sentence.End, y.Span.End + 12)))))
                    {
                        Add(y, Predicates.Controls, x);
                    }
                    else if (FellTo.IsMatch(between) || (ToTheBetween().IsMatch(between) && FallOfBefore.IsMatch(before)))
                    {
                        Add(y, Predicates.Controls, x);
                    }

                    break;
                }
            }
        }

        /// <summary>
        /// "Y's Finance Office" (a unit of Y), "Y Shura Council" (by name), "X, a coalition of A and B", "Y's members include A, B",
        /// "Y, which includes A", "X, as part of Y", "an Y-affiliated group", "Y-backed X", "in support of Y", "with the help of Y".
        /// </summary>
        public void GroupStructures(List<(int Unit, int Parent)> units)
        {
            foreach (var (u, p) in units)
            {
                if (ms.FirstOrDefault(m => m.Entity == u) is { Span.Length: > 0 } unit)
                {
                    var parent = ms.FirstOrDefault(m => m.Entity == p);
                    Add(unit, Predicates.PartOf, parent.Span.Length > 0 ? parent : new M(default, p, EntityType.Group, null, unit.InQuote));
                }
            }

            var sentenceText = flat[sentence.Start..sentence.End];
            var memberWords = MemberWords.IsMatch(sentenceText);
            var supportWords = SupportWords.IsMatch(sentenceText);
            for (var i = 0; i < ms.Count; i++)
            {
                var x = ms[i];
                if (!x.IsActor)
                {
                    continue;
                }

                if (i + 1 < ms.Count && x.Type == EntityType.Group && ms[i + 1].Type == EntityType.Group && Slice(x.Span.End, ms[i + 1].Span.Start) == "'s ")
                {
                    Add(ms[i + 1], Predicates.PartOf, x);
                }

                // "Its Velto faction, headed by …", "their Kessa wing": a body named with a part's head after "its" or "their" is part
                // of the group last named before the sentence.
                if (x.Type == EntityType.Group && lastGroup is int owner && owner != x.Entity && !ms.Take(i).Any(m => m.Entity == owner)
                    && ItsBefore.IsMatch(Slice(Math.Max(sentence.Start, x.Span.Start - 6), x.Span.Start))
                    && PartHead.IsMatch(Slice(x.Span.Start, x.Span.End)))
                {
                    Add(x, Predicates.PartOf, new M(default, owner, EntityType.Group, null, x.InQuote));
                }

                for (var j = i + 1; j < ms.Count && ms[j].Span.Start - x.Span.End <= Window; j++)
                {
                    var y = ms[j];
                    if (!y.IsActor)
                    {
                        continue;
                    }

                    var between = Slice(x.Span.End, y.Span.Start);
                    if ((between.StartsWith(", ", StringComparison.Ordinal) && CoalitionOf.IsMatch(between)) || (memberWords && MemberWords.IsMatch(between) && MembersInclude.IsMatch(between)))
                    {
                        foreach (var k in RightList(j))
                        {
                            Add(ms[k], Predicates.PartOf, x);
                        }

                        break;
                    }

                    // Not "missions against X as part of Y": X is what the mission is against, not what is part of Y.
                    if (between.Contains(" of ", StringComparison.Ordinal) && AsPartOf.IsMatch(between) && (between.StartsWith(',') || !Oblique(x)))
                    {
                        Add(x, Predicates.PartOf, y);
                        break;
                    }

                    var gap = supportWords && SupportWords.IsMatch(between) ? InSupportOf.Match(between) : Match.Empty;
                    if (gap.Success && !Oblique(x) && !ms.Any(m => m.IsActor && m.Span.Start > x.Span.End && m.Span.End <= y.Span.Start))
                    {
                        // "X … in support of Y", "X … providing support to Y": Y is backed by X; "X … with the help of Y": X is backed by Y.
                        if (gap.Value.Contains("with the", StringComparison.OrdinalIgnoreCase))
                        {
                            Add(x, Predicates.BackedBy, y);
                        }
                        else if (x.Type != EntityType.Person && y.Type != EntityType.Person)
                        {
                            Add(y, Predicates.BackedBy, x);
                        }

                        break;
                    }
                }
            }

            // "Y-backed X", "an Y-affiliated armed group": Y may be named only in the prefix.
            foreach (Match n in sentenceText.Contains('-', StringComparison.Ordinal) ? NamePrefix.Matches(sentenceText) : (IEnumerable<Match>)[])
            {
                var start = sentence.Start + n.Groups["name"].Index;
                var end = start + n.Groups["name"].Length;
                var owner = ms.FirstOrDefault(m => m.Span.End == end && m.IsActor);
                if (owner.Span.Length == 0)
                {
                    owner = Named(n.Groups["name"].Value, start, end);
                }

                if (owner.Span.Length == 0)
                {
                    continue;
                }

                var tail = sentence.Start + n.Index + n.Length;
                var next = ms.FirstOrDefault(m => m.Span.Start >= tail && m.IsActor && FewLowerWords().IsMatch(Slice(tail, m.Span.Start)));
                var prevStop = Slice(Math.Max(sentence.Start, start - 8), start);
                var prev = CommaArticleBefore().IsMatch(prevStop) ? ms.LastOrDefault(m => m.Span.End <= start && m.IsActor && m.Type == EntityType.Group) : default;
                var held = next.Span.Length > 0 ? next : prev;
                if (held.Span.Length == 0 || held.Entity == owner.Entity)
                {
                    continue;
                }

                var how = n.Groups["how"].Value.ToLowerInvariant();
                var p = how switch
                {
                    "affiliated" => Predicates.PartOf,
                    "aligned" or "allied" or "linked" => Predicates.AlliedWith,
                    "led" => "~" + Predicates.Leads,
                    _ => Predicates.BackedBy,
                };
                Add(held, p, owner);
            }
        }

        /// <summary>An actor of the article named by this surface though not found here as a mention ("Y" in "Y-backed").</summary>
        private M Named(string surface, int start, int end)
        {
            for (var e = 0; e < entities.Count; e++)
            {
                var en = entities[e];
                if ((en.Type != EntityType.Place || en.Place?.Kind == PlaceKind.Country) && en.Mentions.Any(m => !m.IsReference && m.Surface == surface))
                {
                    return new M(new TextSpan(start, end), e, en.Type, en.Place, ms.Any(m => m.InQuote && m.Span.Start <= start && end <= m.Span.End));
                }
            }

            return default;
        }
    }

    // Small patterns of the frames, compiled once (a pattern written at its call went through the regex cache each time).
    // "and" inside a stretch
    [GeneratedRegex(@"(?:^|\W)and\s", RegexOptions.IgnoreCase)]
    private static partial Regex AndInside();

    // a stretch that opens on "and"
    [GeneratedRegex(@"^\s+and\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex AndOpens();

    // "and", "or" or "&" between two names
    [GeneratedRegex(@"\b(?:and|or)\b|&", RegexOptions.IgnoreCase)]
    private static partial Regex AndOr();

    // "and " right before a name
    [GeneratedRegex(@"\band\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AndRightBefore();

    // an article right before a word
    [GeneratedRegex(@"\b(?:the|a|an)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBefore();

    // ", and", ", but", ", while" or ";": a new clause
    [GeneratedRegex(@"(?:,\s+(?:and|but|while)\s|;)")]
    private static partial Regex ClauseBreak();

    // a closing bracket right after a name
    [GeneratedRegex(@"^\s*\)")]
    private static partial Regex CloseBracketNext();

    // ", a", ", an", ", the" right before a word
    [GeneratedRegex(@",\s+(?:a|an|the)\s+$")]
    private static partial Regex CommaArticleBefore();

    // only a comma between two names
    [GeneratedRegex(@"^,\s+$")]
    private static partial Regex CommaOnly();

    // ", " or ", the " between two names
    [GeneratedRegex(@"^,\s+(?:the\s+)?$")]
    private static partial Regex CommaThe();

    // ", " or ", the " (any case) between two names
    [GeneratedRegex(@"^,\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommaTheAnyCase();

    // ", " or ", the " right before a name
    [GeneratedRegex(@",\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommaTheBefore();

    // a name that ends a list entry: a bracket, a separator or the end
    [GeneratedRegex(@"^(?:\s*[(·;|]|\s*$|[.,]\s*$)")]
    private static partial Regex EndsEntry();

    // up to three words in lower case between two names
    [GeneratedRegex(@"^\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}$")]
    private static partial Regex FewLowerWords();

    // " for", " of", " in" after a role, not before a date
    [GeneratedRegex(@"^\s+(?:for|of|in)\s(?!\d|(?-i:[A-Z])[a-z]+\s+\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")]
    private static partial Regex ForOfInNotDate();

    // a short label and its colon right before a name
    [GeneratedRegex(@"^[^;:]{0,120}:\s+$")]
    private static partial Regex LabelColonBefore();

    // ", ", ", and " or " and " between two names of a list
    [GeneratedRegex(@"^(?:,\s+(?:and\s+)?|\s+and\s+)$")]
    private static partial Regex ListJoin();

    // "of " after a name, past its bracket
    [GeneratedRegex(@"^\s*(?:\([^()]*\)\s*)?of\s+$")]
    private static partial Regex OfAfterBracket();

    // " of " or " of the " between two names
    [GeneratedRegex(@"^\s+of\s+(?:the\s+)?$")]
    private static partial Regex OfTheBetween();

    // only an opening bracket between two names
    [GeneratedRegex(@"^\s*\(\s*$")]
    private static partial Regex OpenBracketOnly();

    // ", which", ", who", ", that" after a name, past its bracket
    [GeneratedRegex(@"^(?:\s*\([^()]{1,60}\))?,\s+(?:which|who|that)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAfterComma();

    // only " " or " the " between two names
    [GeneratedRegex(@"^\s+(?:the\s+)?$")]
    private static partial Regex SpaceThe();

    // "the " right before a name
    [GeneratedRegex(@"(?:^|\b)the\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TheBefore();

    // "their " or "its " right before a word
    [GeneratedRegex(@"\b(?:their|its)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TheirItsBefore();

    // " to " or " to the " between two names
    [GeneratedRegex(@"^\s+to\s+(?:the\s+)?$")]
    private static partial Regex ToTheBetween();

    // " under " and up to three capitalized words right before a name
    [GeneratedRegex(@"\sunder\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,3}$")]
    private static partial Regex UnderNamesBefore();

    // "with " right before a name
    [GeneratedRegex(@"\bwith\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WithRightBefore();
}
