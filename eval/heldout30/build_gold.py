"""Builds gold.json for the thirtieth held-out set (heldout30) from the annotations below (run:
python3 eval/heldout30/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words. Entity surfaces are never split across lines.

Only one entity is shared between two sources of this set: London, named in the translator's preface (i01) and in
the dictionary entry (i02), is one gold place with both sources. Otherwise the eight articles are about eight
unrelated risings on six continents and in eight different centuries, and the only other names two of them share are
generic words such as "British" or "Dutch", which are acceptable. Entity ids are kept unique across the set; event ids
are unique across the whole set."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, rels, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.rels, W.ACC, W.NOISE, W.BP

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = {f[:3]: open(os.path.join(HERE, "corpus", f), encoding="utf-8").read()
        for f in os.listdir(os.path.join(HERE, "corpus")) if f.endswith((".txt", ".md"))}


def exact(k, s):
    """The verbatim span of source k that matches s when whitespace runs are treated as equal."""
    m = re.search(r"\s+".join(re.escape(w) for w in s.split()), TEXT[k])
    if not m:
        raise SystemExit(f"{k}: not found in text: {s[:60]!r}")
    return m.group(0)


def ev(k, id, date, prec, involves, cue, end=None):
    W.ev(k, id, date, prec, involves, exact(k, cue), end=end)


def cl(k, speaker, quote):
    W.cl(k, speaker, exact(k, quote))


# ---------------- i01 Iraq, Ali ibn Muhammad and the Zanj rebellion (869-883): a translator's preface on a publisher's preview page ----------------
k = "i01"
P(k, "bakkali", "Samira Bakkali-Thorne")
P(k, "tabari", "Muhammad ibn Jarir al-Tabari", "Muhammad ibn Jarir al-Tabari", "al-Tabari", "Tabari")
P(k, "ali_ibn_muhammad", "Ali ibn Muhammad", "Ali ibn Muhammad", "Sahib al-Zanj")
P(k, "ali_ibn_aban", "Ali ibn Aban al-Muhallabi")
P(k, "bahrani", "Yahya ibn Muhammad al-Bahrani", "Yahya ibn Muhammad al-Bahrani", "Yahya")
P(k, "sulayman", "Sulayman ibn Jami")
P(k, "mutamid", "al-Mu'tamid")
P(k, "muwaffaq", "al-Muwaffaq", "al-Muwaffaq", "Abu Ahmad")
P(k, "musa_ibn_bugha", "Musa ibn Bugha")
P(k, "mutadid", "al-Mu'tadid", "al-Mu'tadid", "Abu al-Abbas")
P(k, "yaqub", "Ya'qub ibn al-Layth", "Ya'qub ibn al-Layth", "Ya'qub")
P(k, "masudi", "al-Mas'udi", "Al-Mas'udi")
P(k, "nadia_farouk", "Nadia Farouk")
P(k, "karim_farouk", "Karim Farouk")
P(k, "rees_haddad", "Owain Rees-Haddad")
G(k, "zanj", "Zanj")
G(k, "abbasids", "Abbasid Caliphate", "Abbasid Caliphate", "Abbasids")
G(k, "saffarids", "Saffarids")
G(k, "banu_tamim", "Banu Tamim")
G(k, "soas", "School of Oriental and African Studies", "School of Oriental and African Studies", "SOAS")
G(k, "leiden_univ", "Leiden University")
G(k, "basra_univ", "University of Basra")
L(k, "iraq", "Iraq")
L(k, "basra", "Basra")
L(k, "baghdad", "Baghdad")
L(k, "bahrain", "Bahrain")
L(k, "ubulla", "al-Ubulla")
L(k, "ahwaz", "al-Ahwaz")
L(k, "wasit", "Wasit")
L(k, "samarra", "Samarra")
L(k, "tigris", "Tigris")
L(k, "mukhtara", "al-Mukhtara", "al-Mukhtara", "Al-Mukhtara")
L(k, "muwaffaqiyya", "al-Muwaffaqiyya")
L(k, "nahr_abi_al_khasib", "Nahr Abi al-Khasib")
L(k, "london", "London")
L(k, "bloomsbury", "Bloomsbury")
rels(k, [("ali_ibn_muhammad", "leads", "zanj"), ("zanj", "opposed_to", "abbasids"), ("banu_tamim", "allied_with", "zanj"),
         ("ali_ibn_aban", "member_of", "zanj"), ("ali_ibn_aban", "reports_to", "ali_ibn_muhammad"),
         ("bahrani", "reports_to", "ali_ibn_muhammad"), ("sulayman", "member_of", "zanj"), ("sulayman", "reports_to", "ali_ibn_muhammad"), ("zanj", "controls", "ahwaz"),
         ("mutamid", "leads", "abbasids"), ("musa_ibn_bugha", "reports_to", "mutamid"), ("musa_ibn_bugha", "opposed_to", "zanj"),
         ("muwaffaq", "opposed_to", "ali_ibn_muhammad"), ("muwaffaq", "opposed_to", "zanj"), ("mutadid", "reports_to", "muwaffaq"), ("yaqub", "leads", "saffarids"),
         ("bakkali", "member_of", "soas"), ("nadia_farouk", "member_of", "leiden_univ"), ("karim_farouk", "member_of", "basra_univ")])
ev(k, "zanj_revolt", "0869", "range", ["zanj", "ali_ibn_muhammad", "iraq"], "from 869 to 883", end="0883")
ev(k, "tabari_died", "0923", "year", ["tabari"], "who died in 923")
ev(k, "bahrain_attempt", "0863", "approximate", ["ali_ibn_muhammad", "bahrain"], "in Bahrain, around 863")
ev(k, "revolt_began", "0869-09", "month", ["ali_ibn_muhammad", "basra"], "In September 869")
ev(k, "ubulla_taken", "0870-06", "month", ["zanj", "ubulla"], "took al-Ubulla in June 870")
ev(k, "basra_sacked", "0871-09", "month", ["zanj", "basra"], "sacked Basra in September 871")
ev(k, "wasit_taken", "0878", "year", ["zanj", "wasit"], "took Wasit in 878")
ev(k, "muwaffaq_campaign", "0879", "year", ["muwaffaq", "ali_ibn_muhammad"], "From 879 al-Muwaffaq took the campaign")
ev(k, "mukhtara_fell", "0883-08", "month", ["mukhtara", "ali_ibn_muhammad"], "Al-Mukhtara fell in August 883")
ev(k, "canal_walk", "2023", "approximate", ["karim_farouk", "bakkali"], "in the spring of 2023")
ev(k, "book_launch", "2025-10-09", "day", ["bakkali", "bloomsbury"], "launched in Bloomsbury last Thursday")
cl(k, "ali_ibn_muhammad", "I will not deceive you or abandon you, and I will not fail you in anything that is good for you.")
cl(k, "nadia_farouk", "Do not make Tabari sound like a modern reporter. He is a judge reading out the charges, and the reader has a right to hear that tone.")
cl(k, "karim_farouk", "The marsh has moved, the canals have moved, and the names have stayed where the chroniclers left them.")
cl(k, "rees_haddad", "Because every generation reads the Zanj through its own arguments about slavery, and it deserves a text it can check,")
NOISE.append({"source": k, "names": ["Fenland Pixel", "Ely", "Saltmarsh Academic Press Ltd"]})
ACC += ["SALTMARSH ACADEMIC PRESS", "Saltmarsh Academic Press", "Classical Arabic Histories in English", "THE REVOLT OF THE ZANJ",
        "The Revolt of the Zanj", "Al-Tabari's account", "Master of the Zanj", "the Master of the Zanj",
        "Dr. Nadia Farouk", "Prof. Karim Farouk", "Prof. Owain Rees-Haddad", "Prophet", "Hijri", "Shawwal", "Arabic", "Arab",
        "Turkish", "East African", "Abbasid", "Chosen", "AH", "CE", "Qur'an"]
BP[k] = "CUSTOMERS ALSO VIEWED"


# ---------------- i02 England, Wat Tyler, John Ball and Jack Straw in the rising of 1381: a historical dictionary entry ----------------
k = "i02"
P(k, "chaucer", "Geoffrey Chaucer", "G. Chaucer", "Chaucer")
P(k, "bampton", "John Bampton", "John Bampton", "Bampton")
P(k, "baker", "Thomas Baker")
P(k, "tyler", "Wat Tyler", "Wat Tyler", "Tyler")
P(k, "ball", "John Ball", "John Ball", "Ball")
P(k, "straw", "Jack Straw", "Jack Straw", "JACK STRAW", "Jakke Straw", "Jakke Strawe", "Straw")
P(k, "walsingham", "Thomas Walsingham")
P(k, "gaunt", "John of Gaunt")
P(k, "richard", "Richard II", "Richard II", "Richard")
P(k, "sudbury", "Simon Sudbury")
P(k, "robert_hales", "Robert Hales")
P(k, "walworth", "William Walworth", "William Walworth", "Walworth")
P(k, "froissart", "Jean Froissart")
P(k, "litster", "Geoffrey Litster")
P(k, "despenser", "Henry Despenser")
P(k, "knighton", "Henry Knighton")
P(k, "miriam_hales", "Miriam Hales")
P(k, "ashdown_pike", "Graham Ashdown-Pike")
G(k, "parliament", "Parliament")
G(k, "great_society", "Great Society", "Great Society", "magna societas")
G(k, "hospitallers", "Knights Hospitaller", "Knights Hospitaller", "Hospitallers")
G(k, "fishmongers", "Fishmongers' Company")
L(k, "england", "England")
L(k, "northampton", "Northampton")
L(k, "brentwood", "Brentwood")
L(k, "essex", "Essex")
L(k, "fobbing", "Fobbing")
L(k, "corringham", "Corringham")
L(k, "stanford", "Stanford-le-Hope")
L(k, "kent", "Kent")
L(k, "maidstone", "Maidstone")
L(k, "blackheath", "Blackheath")
L(k, "london", "London")
L(k, "london_bridge", "London Bridge")
L(k, "savoy", "Savoy")
L(k, "mile_end", "Mile End")
L(k, "tower", "Tower of London")
L(k, "canterbury", "Canterbury")
L(k, "clerkenwell", "Clerkenwell")
L(k, "smithfield", "Smithfield")
L(k, "billericay", "Billericay")
L(k, "norfolk", "Norfolk")
L(k, "norwich", "Norwich")
L(k, "north_walsham", "North Walsham")
L(k, "st_albans", "St Albans")
L(k, "leicester", "Leicester")
L(k, "hampstead_heath", "Hampstead Heath")
L(k, "vale_of_health", "Vale of Health")
L(k, "jack_straws_castle", "Jack Straw's Castle")
L(k, "wat_tyler_park", "Wat Tyler Country Park")
L(k, "pitsea", "Pitsea")
rels(k, [("baker", "opposed_to", "bampton"), ("tyler", "leads", "great_society"), ("ball", "member_of", "great_society"),
         ("straw", "member_of", "great_society"), ("richard", "holds_office", "england"), ("tyler", "opposed_to", "sudbury"),
         ("tyler", "opposed_to", "robert_hales"), ("sudbury", "holds_office", "canterbury"), ("robert_hales", "leads", "hospitallers"),
         ("walworth", "opposed_to", "tyler"), ("walworth", "holds_office", "london"), ("walworth", "member_of", "fishmongers"),
         ("despenser", "opposed_to", "litster"), ("despenser", "holds_office", "norwich")])
ev(k, "poll_tax", "1380-11", "month", ["parliament", "northampton"], "In November 1380")
ev(k, "brentwood", "1381-05-30", "day", ["bampton", "baker", "brentwood", "fobbing"], "On 30 May 1381")
ev(k, "maidstone", "1381-06-07", "day", ["tyler", "ball", "great_society", "maidstone"], "At Maidstone, on 7 June")
ev(k, "blackheath", "1381-06-12", "day", ["ball", "blackheath"], "On 12 June the Kentishmen camped at Blackheath")
ev(k, "savoy_burned", "1381-06-13", "day", ["savoy", "gaunt", "london_bridge"], "On 13 June the rebels crossed London Bridge")
ev(k, "richard_king", "1377", "year", ["richard", "england"], "king of England since 1377")
ev(k, "mile_end_tower", "1381-06-14", "day", ["richard", "mile_end", "tyler", "sudbury", "robert_hales", "tower"], "On 14 June the king")
ev(k, "smithfield", "1381-06-15", "day", ["tyler", "walworth", "richard", "smithfield"], "On 15 June the king met the rebels again at Smithfield")
ev(k, "billericay", "1381-06-28", "day", ["billericay", "essex"], "near Billericay on 28 June")
ev(k, "north_walsham", "1381-06", "approximate", ["despenser", "litster", "north_walsham"], "at North Walsham late in June")
ev(k, "ball_hanged", "1381-07-15", "day", ["ball", "st_albans", "richard"], "on 15 July 1381")
ev(k, "castle_rebuilt", "1960", "approximate", ["jack_straws_castle"], "rebuilt in the early 1960s")
ev(k, "castle_closed", "2002", "year", ["jack_straws_castle"], "closed as a pub in 2002")
ev(k, "editors_meeting", "2025-06-11", "day", ["ashdown_pike"], "open meeting last Wednesday")
cl(k, "ball", "When Adam delved and Eve span, who was then the gentleman?")
cl(k, "richard", "You shall have no captain but me,")
cl(k, "miriam_hales", "We used to define it as a worthless fellow and leave it there,")
cl(k, "miriam_hales", "But the phrase was an insult aimed at a real man who was killed for leading people who had nothing, and the entry should say so.")
cl(k, "ashdown_pike", "Readers come to this word from the pub sign, not from Chaucer. Give them the rising first.")
NOISE.append({"source": k, "names": ["Larkspur Reference Ltd", "Oxford"]})
ACC += ["WORDHOARD", "Wordhoard", "Wordhoard Dictionary of Historical English", "Dictionary of Historical English",
        "Nun's Priest's Tale", "Heathside Notes", "Hampstead", "Kentish", "Kentishmen", "Kentishman", "Duke of Lancaster",
        "Archbishop of Canterbury", "Mayor of London", "Bishop of Norwich", "Treasurer", "Chancellor", "Prior",
        "Sir Robert Hales", "Dr. Miriam Hales", "Second World War", "Great Society's", "Brit", "U.S.", "Band", "Certes", "Adam",
        "Eve", "Obsolete", "MEANING AND USE", "QUOTATIONS", "ETYMOLOGY", "HISTORICAL NOTE", "EDITOR'S COMMENT", "Entries",
        "Entry", "Frequency", "Pronunciation", "Sense", "Advanced", "Browse", "Word", "Word stories", "Subscribe", "Sign",
        "Cite", "Print", "Share", "Go", "Search", "Day", "Within", "Our", "Turn", "Give", "Readers", "You", "Now", "According"]
BP[k] = "BROWSE NEARBY ENTRIES"

# ---------------- i03 Japan, Amakusa Shirō and the Shimabara rising (1637-1638): a weather-history blog post ----------------
k = "i03"
P(k, "brennan_kato", "Aoife Brennan-Kato")
P(k, "hayashi", "Hayashi Hyōzaemon")
P(k, "shigemasa_m", "Matsukura Shigemasa", "Matsukura Shigemasa", "Shigemasa")
P(k, "katsuie", "Matsukura Katsuie", "Matsukura Katsuie", "Katsuie")
P(k, "terasawa", "Terasawa Katataka")
P(k, "oishi", "Haruto Ōishi", "Haruto Ōishi", "Ōishi")
P(k, "shiro", "Amakusa Shirō", "Amakusa Shirō", "Masuda Shirō Tokisada")
P(k, "jinbei", "Masuda Jinbei")
P(k, "iemitsu", "Tokugawa Iemitsu")
P(k, "itakura", "Itakura Shigemasa", "Itakura Shigemasa", "Itakura")
P(k, "nobutsuna", "Matsudaira Nobutsuna")
P(k, "couckebacker", "Nicolaes Couckebacker")
P(k, "musashi", "Miyamoto Musashi")
G(k, "shogunate", "Tokugawa shogunate")
G(k, "voc", "Dutch East India Company", "Dutch East India Company", "VOC")
G(k, "arima_family", "Arima family")
G(k, "konishi_family", "Konishi family")
G(k, "nagasaki_univ", "Nagasaki University")
L(k, "shimabara_peninsula", "Shimabara Peninsula")
L(k, "shimabara_castle", "Shimabara Castle")
L(k, "shimabara_domain", "Shimabara Domain")
L(k, "hara_castle", "Hara Castle", "Hara Castle", "Hara")
L(k, "unzen", "Unzen")
L(k, "amakusa_islands", "Amakusa Islands")
L(k, "karatsu", "Karatsu")
L(k, "kyushu", "Kyushu")
L(k, "japan", "Japan")
L(k, "tomioka", "Tomioka")
L(k, "nagasaki", "Nagasaki")
L(k, "hirado", "Hirado")
rels(k, [("shigemasa_m", "controls", "shimabara_peninsula"), ("katsuie", "holds_office", "shimabara_domain"), ("terasawa", "controls", "amakusa_islands"),
         ("jinbei", "member_of", "konishi_family"), ("shiro", "opposed_to", "terasawa"), ("iemitsu", "leads", "shogunate"),
         ("itakura", "reports_to", "iemitsu"), ("itakura", "opposed_to", "shiro"), ("nobutsuna", "opposed_to", "shiro"), ("shogunate", "backed_by", "voc"),
         ("couckebacker", "member_of", "voc"), ("oishi", "member_of", "nagasaki_univ")])
ev(k, "shimabara_began", "1637-12-17", "day", ["hayashi", "shimabara_peninsula"], "388 years ago today, on 17 December 1637")
ev(k, "fief_1616", "1616", "year", ["shigemasa_m", "shogunate", "shimabara_peninsula"], "In 1616 the Tokugawa shogunate gave it")
ev(k, "shigemasa_died", "1630", "year", ["shigemasa_m"], "He died in 1630")
ev(k, "drought_1634", "1634", "year", ["kyushu"], "a hard drought in 1634")
ev(k, "harvest_1637", "1637", "year", ["katsuie"], "the harvest of 1637 was bad again")
ev(k, "hara_occupied", "1638-01", "month", ["shiro", "hara_castle"], "in January 1638 they crossed to the ruins of Hara Castle")
ev(k, "itakura_killed", "1638-02-14", "day", ["itakura", "hara_castle"], "was killed on 14 February 1638")
ev(k, "de_ryp", "1638-02", "month", ["couckebacker", "voc", "hara_castle"], "from the sea in February 1638")
ev(k, "final_assault", "1638-04-12", "day", ["nobutsuna", "hara_castle"], "The final assault began on 12 April 1638")
ev(k, "castle_fell", "1638-04-15", "day", ["hara_castle", "shiro"], "the castle fell on 15 April 1638")
ev(k, "katsuie_executed", "1638", "year", ["katsuie"], "was executed later in 1638")
ev(k, "portuguese_expelled", "1639", "year", ["japan"], "In 1639 the Portuguese were expelled")
ev(k, "kanei_famine", "1640", "range", ["japan"], "from 1640 to 1643", end="1643")
ev(k, "world_heritage", "2018", "year", ["hara_castle"], "on the World Heritage list in 2018")
ev(k, "nagasaki_lecture", "2025-12-14", "day", ["brennan_kato", "nagasaki"], "in Nagasaki last Sunday")
cl(k, "oishi", "A dry summer does not make people pick up swords,")
cl(k, "oishi", "It takes away the last sack of rice, and then the tax collector does the rest.")
cl(k, "oishi", "We like weather because it has no politics. But who owns the granary is politics, and in 1637 that decided who ate.")
NOISE.append({"source": k, "names": ["Saga", "Bill Harkness", "Bill", "Dunedin", "Thames", "Deccan", "Larchmere Web", "Galway"]})
ACC += ["RAIN LEDGER", "Rain Ledger", "On This Day", "Edo", "Edo period", "Christian", "Christians", "Dutch", "Portuguese",
        "Kan'ei", "Kan'ei famine", "Hidden Christian Sites in the Nagasaki Region", "Hidden Christian Sites", "Nagasaki Region",
        "World Heritage", "de Ryp", "Ryp", "Dr. Haruto Ōishi", "Dr. Ōishi", "Tokugawa", "Matsukura", "Arima", "Konishi", "Shimabara",
        "Katsuie's", "Amakusa Shirō's", "Terasawa Katataka's", "Temple", "Tree-ring", "Tags", "Posted", "Archive", "Sources",
        "Search", "Home", "About", "Contact", "Across", "Almost", "Former", "Great", "Here", "Full", "Then", "Today", "What", "We",
        "But", "Any", "I'll", "THE LANDLORDS", "THE DRY YEARS", "THE RISING", "THE WINTER OF THE SIEGE", "AFTERWARDS"]
BP[k] = "23 COMMENTS"

# ---------------- i04 Guyana, Coffij and the Berbice uprising (1763-1764): a coin and medal catalogue entry ----------------
k = "i04"
P(k, "colin_clarke", "Colin Clarke", "Colin Clarke", "Clarke")
P(k, "coffij", "Coffij", "Coffij", "CUFFY", "Cuffy", "Coffy", "Kofi")
P(k, "van_hoogenheim", "Wolfert Simon van Hoogenheim", "Wolfert Simon van Hoogenheim", "Van Hoogenheim")
P(k, "accara", "Accara", "Accara", "Akara")
P(k, "crommelin", "Wigbold Crommelin")
P(k, "gedney_clarke", "Gedney Clarke")
P(k, "atta", "Atta")
P(k, "accabre", "Accabre")
P(k, "moore", "Philip Moore")
P(k, "persaud", "Rohan Persaud", "Rohan Persaud", "Persaud")
G(k, "riverside", "Riverside Medallic Society")
G(k, "society_berbice", "Society of Berbice", "Society of Berbice", "Sociëteit van Berbice")
G(k, "states_general", "States General")
G(k, "numismatic_circle", "Guyana Numismatic Circle")
L(k, "guyana", "Guyana")
L(k, "georgetown", "Georgetown")
L(k, "berbice", "Berbice", "Berbice", "BERBICE")
L(k, "berbice_river", "Berbice River")
L(k, "canje", "Canje River", "Canje River", "Canje")
L(k, "fort_nassau", "Fort Nassau")
L(k, "dageraad", "Dageraad")
L(k, "amsterdam", "Amsterdam")
L(k, "europe", "Europe")
L(k, "magdalenenburg", "Magdalenenburg")
L(k, "suriname", "Suriname")
L(k, "barbados", "Barbados")
L(k, "netherlands", "Netherlands")
L(k, "square_of_the_revolution", "Square of the Revolution")
L(k, "new_amsterdam", "New Amsterdam")
rels(k, [("society_berbice", "controls", "berbice"), ("van_hoogenheim", "holds_office", "berbice"),
         ("van_hoogenheim", "member_of", "society_berbice"), ("coffij", "holds_office", "berbice"), ("accara", "reports_to", "coffij"),
         ("accara", "opposed_to", "van_hoogenheim"), ("atta", "opposed_to", "coffij"), ("crommelin", "holds_office", "suriname"),
         ("persaud", "member_of", "riverside")])
ev(k, "berbice_began", "1763-02-23", "day", ["magdalenenburg", "canje", "berbice"], "On 23 February 1763")
ev(k, "rising_spread", "1763-02-27", "day", ["coffij", "berbice_river"], "On 27 February the rising spread")
ev(k, "fort_abandoned", "1763-03-08", "day", ["van_hoogenheim", "fort_nassau"], "On 8 March 1763")
ev(k, "coffij_letter", "1763-04-02", "day", ["coffij", "van_hoogenheim"], "On 2 April 1763")
ev(k, "marines_arrived", "1763", "approximate", ["states_general", "netherlands"], "arrived at the end of 1763")
ev(k, "dageraad_attack", "1763-05-13", "day", ["dageraad"], "A great attack on Dageraad on 13 May 1763")
ev(k, "coffij_died", "1763", "approximate", ["coffij", "atta"], "later in 1763 Coffij")
ev(k, "atta_captured", "1764-04-14", "day", ["atta", "accara"], "on 14 April 1764")
ev(k, "republic", "1970-02-23", "day", ["guyana"], "a republic on 23 February 1970")
ev(k, "monument_unveiled", "1976", "year", ["moore", "georgetown", "square_of_the_revolution"], "in Georgetown in 1976")
ev(k, "medal_struck", "2013", "year", ["riverside"], "struck the medal in 2013")
ev(k, "circle_meeting", "2026-02-21", "day", ["numismatic_circle", "colin_clarke"], "meeting last Saturday")
cl(k, "van_hoogenheim", "for a chief and such a great lord as he was I found him rather humble")
cl(k, "colin_clarke", "I did not want to copy the Monument exactly. I gave him a cooper's hands, because that is what he was before he was a governor.")
cl(k, "persaud", "We sold the silver to pay for the bronze,")
cl(k, "persaud", "A child in New Amsterdam should be able to hold this history for nothing.")
NOISE.append({"source": k, "names": ["K. Ramsaroop", "Ramsaroop", "Toronto", "Stabroek", "Keti Koti", "Meridian Nodes", "Utrecht"]})
ACC += ["NUMISFOLIO", "Numisfolio", "coopersmark", "1763 Monument", "Monument", "REPUBLIC OF GUYANA", "CUFFY · 1763 · BERBICE",
        "Berbice Uprising", "Berbice Uprising 250th anniversary medal", "Dutch", "Europeans", "Africans", "Akan-born", "Society",
        "Sociëteit", "Governor Wigbold Crommelin", "Clarke's", "Philip Moore's", "Guyana Numismatic Circle's", "Coins",
        "Banknotes", "Medals", "Medal", "Tokens", "Forum", "Exchange", "Log", "Join", "Catalogue", "Commemorative", "FEATURES",
        "Issuer", "Type", "Year", "Struck", "Composition", "Bronze", "Weight", "Diameter", "Thickness", "Shape", "Round",
        "Alignment", "Edge", "Lettered", "Engraver", "Mintage", "References", "OBVERSE", "REVERSE", "Lettering", "YEARS",
        "FEBRUARY", "HISTORICAL BACKGROUND", "ABOUT THIS ISSUE", "Added", "Wishlist", "OK", "More", "Help", "Estimates", "This",
        "We", "When", "Silver", "Hoogenheim", "VALUES", "USD", "Last"]
BP[k] = "COLLECTOR COMMENTS (6)"

# ---------------- i05 Canada, Louis Riel, Gabriel Dumont and the North-West resistance (1885): a sign fabricator's proof sheet ----------------
k = "i05"
P(k, "okafor_laine", "J. Okafor-Laine")
P(k, "dumont", "Gabriel Dumont", "Gabriel Dumont", "Dumont", "Gabriel")
P(k, "riel", "Louis Riel", "Louis Riel", "Riel")
P(k, "parenteau", "Pierre Parenteau")
P(k, "crozier", "Leif Crozier", "Leif Crozier", "Crozier")
P(k, "isidore_dumont", "Isidore Dumont")
P(k, "assiyiwin", "Assiyiwin")
P(k, "wandering_spirit", "Wandering Spirit")
P(k, "quinn", "Thomas Quinn")
P(k, "big_bear", "Big Bear", "Big Bear", "Mistahimaskwa")
P(k, "middleton", "Frederick Middleton")
P(k, "macdonald", "John A. Macdonald")
P(k, "ledoux", "Rose Ledoux-Ballantyne")
P(k, "riel_sr", "Louis Riel Sr.")
P(k, "delorme", "Marguerite Delorme-Fayant")
P(k, "morin", "Noel Morin-Keeshig")
G(k, "metis", "Métis")
G(k, "provisional_government", "Provisional Government of Saskatchewan", "Provisional Government of Saskatchewan", "Exovedate")
G(k, "nwmp", "North-West Mounted Police", "North-West Mounted Police", "NWMP")
G(k, "pav", "Prince Albert Volunteers")
G(k, "cpr", "Canadian Pacific Railway", "Canadian Pacific Railway", "CPR")
G(k, "nwff", "North West Field Force")
G(k, "sbhta", "South Branch Heritage Trails Association", "South Branch Heritage Trails Association", "SBHTA")
L(k, "batoche", "Batoche")
L(k, "st_laurent", "St. Laurent")
L(k, "south_saskatchewan", "South Saskatchewan River")
L(k, "ottawa", "Ottawa")
L(k, "montana", "Montana")
L(k, "saskatchewan", "Saskatchewan")
L(k, "saskatoon", "Saskatoon")
L(k, "fort_carlton", "Fort Carlton")
L(k, "prince_albert", "Prince Albert")
L(k, "duck_lake", "Duck Lake", "Duck Lake", "DUCK LAKE")
L(k, "frog_lake", "Frog Lake")
L(k, "fish_creek", "Fish Creek")
L(k, "regina", "Regina")
L(k, "battleford", "Battleford")
L(k, "canada", "Canada")
rels(k, [("riel", "founded", "provisional_government"), ("parenteau", "leads", "provisional_government"),
         ("dumont", "member_of", "provisional_government"), ("dumont", "leads", "metis"), ("crozier", "member_of", "nwmp"),
         ("pav", "allied_with", "nwmp"), ("dumont", "opposed_to", "crozier"), ("crozier", "opposed_to", "dumont"),
         ("wandering_spirit", "opposed_to", "quinn"), ("wandering_spirit", "reports_to", "big_bear"), ("middleton", "leads", "nwff"),
         ("nwff", "opposed_to", "dumont"), ("macdonald", "holds_office", "canada"), ("delorme", "leads", "sbhta")])
ev(k, "river_lots", "1870", "approximate", ["metis", "south_saskatchewan"], "In the 1870s and 1880s")
ev(k, "delegation", "1884-06", "month", ["dumont", "montana", "riel"], "In June 1884")
ev(k, "red_river", "1869", "range", ["riel"], "Red River Resistance of 1869-70", end="1870")
ev(k, "riel_returned", "1884-07", "month", ["riel", "batoche"], "returned to Batoche in July 1884")
ev(k, "provisional_government", "1885-03-19", "day", ["riel", "metis", "provisional_government", "batoche"], "On 19 March 1885")
ev(k, "duck_lake", "1885-03-26", "day", ["crozier", "dumont", "isidore_dumont", "assiyiwin", "nwmp", "duck_lake"], "on the morning of 26 March 1885")
ev(k, "frog_lake", "1885-04-02", "day", ["wandering_spirit", "quinn", "frog_lake"], "On 2 April 1885")
ev(k, "fish_creek", "1885-04-24", "day", ["middleton", "fish_creek"], "at Fish Creek on 24 April 1885")
ev(k, "batoche", "1885-05-09", "range", ["nwff", "dumont", "batoche"], "from 9 to 12 May 1885", end="1885-05-12")
ev(k, "riel_surrendered", "1885-05-15", "day", ["riel"], "Riel surrendered on 15 May 1885")
ev(k, "riel_hanged", "1885-11-16", "day", ["riel", "regina"], "hanged there on 16 November 1885")
ev(k, "battleford_hangings", "1885-11-27", "day", ["wandering_spirit", "battleford"], "on 27 November 1885")
ev(k, "free_trade_1849", "1849", "year", ["riel_sr"], "the free-trade protest of 1849")
ev(k, "riel_sr_died", "1864", "year", ["riel_sr"], "He died in 1864")
ev(k, "site_walk", "2025-03-20", "day", ["sbhta", "duck_lake"], "with the fabricator last Thursday")
cl(k, "riel", "My people will sleep for one hundred years, and when they awake, it will be the artists who give them their spirit back.")
cl(k, "ledoux", "They came to Duck Lake to talk about land. They went home carrying their dead.")
cl(k, "delorme", "Please keep 'resistance' in the body text and do not change it back to 'rebellion'. The families on this trail have asked for that word for forty years.")
cl(k, "morin", "Mistahimaskwa is right. Put the Cree name first next time; Big Bear is the translation, not the name.")
NOISE.append({"source": k, "names": ["Dwayne Hrycenko", "Avenue C North"]})
ACC += ["PRAIRIE LINE SIGNWORKS LTD", "PRAIRIE LINE SIGNWORKS LTD.", "Prairie Line Signworks", "Prairie Line Signworks Ltd",
        "Red River Resistance", "Red River", "Red River Métis", "Cree", "Assiniboine", "French", "Indian", "Elder Rose Ledoux-Ballantyne",
        "Superintendent Leif Crozier", "Major General Frederick Middleton", "Colonel", "Canada's", "THE ROAD TO DUCK LAKE",
        "DL-04", "DL-04F", "HEADLINE", "SUBHEAD", "PULL QUOTE", "CAPTION", "NOTE AT FOOT OF PANEL", "CLIENT COMMENTS ON PROOF",
        "APPROVAL", "AWAITING CLIENT APPROVAL", "CLIENT PORTAL", "JOBS", "PROOFS", "PROOF", "PANEL DL-04 TEXT", "Panel", "Proof",
        "Job", "Client", "Project", "Status", "Prepared", "Interpretive", "Wayfinding", "Cast", "Trail", "Quote", "Log",
        "Signature", "Date", "Approved", "Please", "Petitions", "During", "Eleven", "Errors", "Courtesy", "They", "We", "My",
        "New", "Put"]
BP[k] = "TERMS OF PROOF APPROVAL"

# ---------------- i06 Namibia, Hendrik Witbooi, Samuel Maharero and the war of 1904-1908: a museum provenance database record ----------------
k = "i06"
P(k, "ulbrich", "Katharina Ulbrich-Nghifindaka")
P(k, "hendrik_witbooi", "Hendrik Witbooi", "Hendrik Witbooi", "Witbooi")
P(k, "von_francois", "Curt von François")
P(k, "bauer", "Theresia Bauer")
P(k, "geingob", "Hage Geingob")
P(k, "leutwein", "Theodor Leutwein", "Theodor Leutwein", "Leutwein")
P(k, "samuel_maharero", "Samuel Maharero")
P(k, "maharero", "Maharero")
P(k, "von_trotha", "Lothar von Trotha", "Lothar von Trotha", "von Trotha")
P(k, "marengo", "Jakob Marengo")
P(k, "isaak_witbooi", "Isaak Witbooi")
P(k, "fredericks", "Cornelius Fredericks")
P(k, "swartbooi", "Petrus Swartbooi-Isaaks")
G(k, "linden", "Linden-Museum")
G(k, "archives_namibia", "National Archives of Namibia")
G(k, "museum_namibia", "National Museum of Namibia")
G(k, "herero", "Herero", "Herero", "Ovaherero")
G(k, "nama", "Nama")
G(k, "witbooi_ta", "Witbooi Traditional Authority")
G(k, "unam", "University of Namibia")
L(k, "stuttgart", "Stuttgart")
L(k, "windhoek", "Windhoek")
L(k, "hornkranz", "Hornkranz")
L(k, "namibia", "Namibia")
L(k, "baden_wuerttemberg", "Baden-Württemberg")
L(k, "gibeon", "Gibeon")
L(k, "germany", "Germany")
L(k, "gswa", "German South West Africa")
L(k, "okahandja", "Okahandja")
L(k, "waterberg", "Waterberg", "Waterberg", "Ohamakari")
L(k, "omaheke", "Omaheke")
L(k, "vaalgras", "Vaalgras")
L(k, "shark_island", "Shark Island")
L(k, "luderitz", "Lüderitz")
L(k, "bechuanaland", "Bechuanaland")
rels(k, [("von_francois", "opposed_to", "hendrik_witbooi"), ("bauer", "holds_office", "baden_wuerttemberg"),
         ("geingob", "holds_office", "namibia"), ("germany", "controls", "gswa"), ("hendrik_witbooi", "leads", "nama"),
         ("leutwein", "holds_office", "gswa"), ("samuel_maharero", "leads", "herero"), ("von_trotha", "opposed_to", "herero"),
         ("marengo", "allied_with", "nama"), ("isaak_witbooi", "leads", "nama"), ("fredericks", "leads", "nama"),
         ("ulbrich", "member_of", "unam"), ("swartbooi", "member_of", "nama")])
ev(k, "hornkranz", "1893-04-12", "day", ["hendrik_witbooi", "von_francois", "hornkranz"], "On 12 April 1893")
ev(k, "donated", "1902", "year", ["linden"], "Donated to the Linden-Museum in 1902")
ev(k, "return_request", "2013", "year", ["namibia", "baden_wuerttemberg"], "In 2013 the government of Namibia")
ev(k, "handover", "2019-02-28", "day", ["bauer", "geingob", "gibeon"], "28 February 2019: handed over at Gibeon")
ev(k, "protectorate", "1884", "year", ["germany", "gswa"], "German South West Africa in 1884")
ev(k, "witbooi_leader", "1888", "year", ["hendrik_witbooi", "nama", "gibeon"], "since 1888")
ev(k, "treaty_1894", "1894", "year", ["hendrik_witbooi", "leutwein"], "until 1894, when he signed a treaty")
ev(k, "herero_rising", "1904-01-12", "day", ["herero", "samuel_maharero", "okahandja"], "On 12 January 1904")
ev(k, "treaty_1885", "1885", "year", ["maharero", "germany"], "with Germany in 1885")
ev(k, "trotha_command", "1904-06", "month", ["von_trotha"], "took command in June 1904")
ev(k, "waterberg", "1904-08-11", "day", ["von_trotha", "herero", "waterberg"], "on 11 August 1904")
ev(k, "trotha_order", "1904-10-02", "day", ["von_trotha", "herero"], "On 2 October 1904")
ev(k, "nama_war", "1904-10", "month", ["hendrik_witbooi", "nama"], "That same month Witbooi")
ev(k, "witbooi_died", "1905-10-29", "day", ["hendrik_witbooi", "vaalgras"], "died on 29 October 1905")
ev(k, "fredericks_died", "1907", "year", ["fredericks", "shark_island"], "died in 1907")
ev(k, "war_over", "1907-03-31", "day", ["germany"], "on 31 March 1907")
ev(k, "samuel_died", "1923", "year", ["samuel_maharero"], "he died in exile in 1923")
ev(k, "samuel_buried", "1923-08-23", "day", ["samuel_maharero", "okahandja"], "on 23 August 1923")
ev(k, "joint_declaration", "2021-05", "month", ["germany", "namibia"], "In May 2021")
ev(k, "windhoek_workshop", "2026-02-23", "day", ["swartbooi", "windhoek"], "in Windhoek last Monday")
cl(k, "bauer", "a historical obligation")
cl(k, "ulbrich", "The Bible is well documented because it was famous. Most of what was taken at Hornkranz is not, and that silence is itself evidence.")
cl(k, "swartbooi", "Do not write that the objects were lost,")
cl(k, "swartbooi", "They were taken, and the record should use the verb that happened.")
NOISE.append({"source": k, "names": ["Okavango", "Songea", "Hamburg", "Aurelia Fund", "Nordlicht Digital", "Kiel"]})
ACC += ["CCPN PROVENANCE PORTAL", "CCPN", "Colonial Collections Provenance Network", "CCPN-NA-0042", "Family Bible", "Bible",
        "New Testament", "Witbooi Bible", "Witbooi family", "Kaptein", "Kaptein's", "German", "Germans", "British", "Nama language",
        "Dr. Katharina Ulbrich-Nghifindaka", "Major Curt von François", "Lieutenant General Lothar von Trotha", "President of Namibia",
        "Southern Africa", "Witbooi's", "Baden-Württemberg's", "Trotha", "Trotha's", "François", "PROVENANCE CHAIN", "DESCRIPTION",
        "HISTORICAL CONTEXT", "NOTES ON THE RETURN", "RESEARCHER'S NOTE", "RECORD", "RETURNED", "Record", "Records", "Returned",
        "Researcher", "Methods", "Report", "Cite", "Download", "PDF", "Understood", "Object", "Status", "Former", "Present",
        "Provenance", "Browse", "Search", "About", "Donated", "Until", "Captured", "Many", "Most", "That", "The", "They", "This"]
BP[k] = "RELATED RECORDS"

# ---------------- i07 Kerala, Variyamkunnath Kunjahammed Haji, Ali Musliyar and the Malabar rising (1921): a library chat transcript ----------------
k = "i07"
P(k, "owen", "Owen Pritchard-Nair", "Owen Pritchard-Nair", "Owen")
P(k, "fathima", "Fathima Rinsha K.", "Fathima Rinsha K.", "Fathima")
P(k, "ali_musliyar", "Ali Musliyar", "Ali Musliyar", "Ali Musaliyar")
P(k, "kurup", "Anand Kurup")
P(k, "hitchcock", "R. H. Hitchcock", "R. H. Hitchcock", "Hitchcock")
P(k, "kunjahammed_haji", "Variyamkunnath Kunjahammed Haji", "Variyamkunnath Kunjahammed Haji", "Variyankunnath Kunjahammad Haji",
  "Kunjahammed Haji")
P(k, "chembrasseri", "Chembrasseri Thangal")
P(k, "sithi_koya", "Sithi Koya Thangal")
P(k, "vadakkeveettil", "Vadakkeveettil Muhammed")
P(k, "thomas", "E. F. Thomas", "E. F. Thomas", "Thomas")
P(k, "willingdon", "Freeman Freeman-Thomas", "Freeman Freeman-Thomas", "Willingdon")
P(k, "pulikkal", "Abdul Rasheed Pulikkal")
G(k, "khilafat", "Khilafat movement")
G(k, "leinster", "Leinster Regiment", "Leinster Regiment", "Leinsters")
G(k, "msp", "Malabar Special Police", "Malabar Special Police", "MSP")
G(k, "british_library", "British Library")
G(k, "ichr", "Indian Council of Historical Research", "Indian Council of Historical Research", "ICHR")
L(k, "tirurangadi", "Tirurangadi")
L(k, "malabar", "Malabar")
L(k, "eranad", "Eranad")
L(k, "valluvanad", "Valluvanad")
L(k, "pookkottur", "Pookkottur")
L(k, "madras_presidency", "Madras Presidency")
L(k, "kottakkunnu", "Kottakkunnu")
L(k, "malappuram", "Malappuram")
L(k, "coimbatore", "Coimbatore")
L(k, "tirur", "Tirur")
L(k, "podanur", "Podanur")
L(k, "tamil_nadu", "Tamil Nadu")
L(k, "kerala", "Kerala")
rels(k, [("ali_musliyar", "leads", "khilafat"), ("chembrasseri", "reports_to", "kunjahammed_haji"), ("sithi_koya", "leads", "khilafat"),
         ("vadakkeveettil", "member_of", "khilafat"), ("vadakkeveettil", "opposed_to", "leinster"),
         ("kunjahammed_haji", "member_of", "khilafat"), ("kunjahammed_haji", "controls", "eranad"), ("thomas", "holds_office", "malabar"), ("thomas", "reports_to", "willingdon"),
         ("willingdon", "holds_office", "madras_presidency"), ("hitchcock", "leads", "msp"), ("msp", "opposed_to", "kunjahammed_haji")])
ev(k, "malabar_began", "1921-08-20", "day", ["ali_musliyar", "tirurangadi"], "the rising began on 20 August 1921")
ev(k, "pookkottur", "1921-08-26", "day", ["vadakkeveettil", "leinster", "pookkottur"], "On 26 August 1921")
ev(k, "ali_surrendered", "1921-08", "approximate", ["ali_musliyar", "tirurangadi"], "at the end of August 1921")
ev(k, "haji_captured", "1922-01", "month", ["kunjahammed_haji"], "He was captured in January 1922")
ev(k, "haji_shot", "1922-01-20", "day", ["kunjahammed_haji", "kottakkunnu", "malappuram"], "on 20 January 1922")
ev(k, "ali_hanged", "1922-02-17", "day", ["ali_musliyar", "coimbatore"], "on 17 February 1922")
ev(k, "hitchcock_book", "1925", "year", ["hitchcock"], "came out in 1925")
ev(k, "wagon_tragedy", "1921-11-20", "day", ["tirur", "podanur"], "Most accounts date it to 20 November 1921")
ev(k, "ichr_panel", "2021", "year", ["ichr"], "in 2021 a panel")
ev(k, "tirur_visit", "2025-08-17", "day", ["fathima", "tirur"], "at Tirur last Sunday")
cl(k, "kurup", "Read Hitchcock for what the police believed, not for what happened.")
cl(k, "pulikkal", "Write the names if you can find them. The number has been printed a hundred times; the names almost never.")
NOISE.append({"source": k, "names": ["Priya Chandrasekar", "Bridge Street Campus"]})
ACC += ["TAMESIS UNIVERSITY LIBRARY", "Tamesis University Library", "Tamesis University", "Ask a Librarian", "Special Collections",
        "India Office Records", "A History of the Malabar Rebellion, 1921", "Malabar Rebellion", "Wagon Tragedy",
        "Wagon Tragedy memorial hall", "Mappila", "Moplahs", "Hindu", "Hindus", "British", "Gurkha", "Khilafat", "Thangal", "Thangals",
        "Prophet's", "South Asian", "Asian and Middle Eastern Studies", "MA History", "Dr. Anand Kurup", "Lord Willingdon",
        "District Magistrate", "Governor", "India", "Kunjahammed Haji's", "Hitchcock's", "Leinsters'", "CHAT TRANSCRIPT", "Chat",
        "Transcript", "Librarian", "Patron", "Subject", "Date", "Duration", "Find", "Borrow", "Study", "Help", "Search", "Rating",
        "Good", "Read", "Start", "Same", "Different", "Above", "Mostly", "Most", "Many", "OK", "One", "Put", "Thank", "Today",
        "What", "Who", "For", "My", "I'm", "I'll", "It's", "Everyone", "Write", "Then", "Prisoners"]
BP[k] = "MORE FROM ASK A LIBRARIAN"

# ---------------- i08 Armenia, Sasna Tsrer and the Erebuni police compound (2016): a debating society's motion briefing pack ----------------
k = "i08"
P(k, "anahit_avetisyan", "Anahit Avetisyan")
P(k, "avetisyan", "Varuzhan Avetisyan", "Varuzhan Avetisyan", "Avetisyan", "Avetisian")
P(k, "manukyan", "Pavel Manukyan")
P(k, "sefilian", "Jirair Sefilian", "Jirair Sefilian", "Zhirayr Sefilyan", "Sefilian")
P(k, "sargsyan", "Serzh Sargsyan", "Serzh Sargsyan", "Serzh Sarkisian", "Sargsyan")
P(k, "gasparyan", "Vladimir Gasparyan")
P(k, "vanetsyan", "Artur Vanetsyan")
P(k, "vanoyan", "Artur Vanoyan")
P(k, "yeghiazaryan", "Vardan Yeghiazaryan")
P(k, "tepanosyan", "Yuri Tepanosyan")
P(k, "harutyunyan_moss", "Lilit Harutyunyan-Moss")
P(k, "whitcombe_ade", "Tomasz Whitcombe-Ade")
G(k, "sasna_tsrer", "Sasna Tsrer", "Sasna Tsrer", "Daredevils of Sassoun")
G(k, "founding_parliament", "Founding Parliament")
G(k, "nafsf", "New Armenia Public Salvation Front")
G(k, "rpa", "Republican Party of Armenia", "Republican Party of Armenia", "RPA")
G(k, "police_armenia", "Police of Armenia")
G(k, "nss", "National Security Service", "National Security Service", "NSS")
G(k, "patrol_regiment", "Patrol-Guard Service Regiment")
G(k, "bristol", "University of Bristol")
L(k, "yerevan", "Yerevan")
L(k, "armenia", "Armenia")
L(k, "karabakh", "Nagorno-Karabakh", "Nagorno-Karabakh", "Karabakh")
L(k, "erebuni", "Erebuni")
L(k, "sari_tagh", "Sari Tagh")
L(k, "khorenatsi", "Khorenatsi Street")
rels(k, [("avetisyan", "leads", "sasna_tsrer"), ("avetisyan", "spokesperson_for", "sasna_tsrer"), ("manukyan", "leads", "sasna_tsrer"),
         ("sasna_tsrer", "allied_with", "founding_parliament"), ("sefilian", "leads", "founding_parliament"),
         ("sefilian", "founded", "nafsf"), ("sargsyan", "holds_office", "armenia"), ("sargsyan", "leads", "rpa"),
         ("gasparyan", "leads", "police_armenia"), ("vanetsyan", "member_of", "nss"), ("vanetsyan", "leads", "nss"),
         ("sasna_tsrer", "opposed_to", "patrol_regiment"), ("sasna_tsrer", "opposed_to", "sargsyan"),
         ("patrol_regiment", "part_of", "police_armenia"), ("vanoyan", "member_of", "patrol_regiment"),
         ("yeghiazaryan", "member_of", "police_armenia"), ("tepanosyan", "member_of", "police_armenia"),
         ("harutyunyan_moss", "member_of", "bristol")])
ev(k, "karabakh_fighting", "2016-04", "approximate", ["karabakh"], "In early April 2016")
ev(k, "sefilian_arrested", "2016-06-20", "day", ["sefilian"], "On 20 June 2016")
ev(k, "compound_seized", "2016-07-17", "day", ["sasna_tsrer", "patrol_regiment", "vanoyan", "erebuni", "yerevan"], "On 17 July 2016 the gunmen stormed")
ev(k, "sargsyan_address", "2016-07-22", "day", ["sargsyan"], "On 22 July 2016")
ev(k, "hostages_freed", "2016-07-23", "day", ["yeghiazaryan", "police_armenia"], "By 23 July")
ev(k, "sari_tagh_clashes", "2016-07-29", "day", ["sari_tagh"], "On the night of 29 July")
ev(k, "tepanosyan_killed", "2016-07-30", "day", ["tepanosyan"], "On 30 July")
ev(k, "surrender", "2016-07-31", "day", ["sasna_tsrer"], "On 31 July the remaining gunmen surrendered")
ev(k, "trial_opened", "2017-06-08", "day", ["sasna_tsrer", "avetisyan"], "opened on 8 June 2017")
ev(k, "sefilian_sentenced", "2018-03-20", "day", ["sefilian"], "On 20 March 2018")
ev(k, "government_change", "2018", "approximate", ["armenia"], "in the spring of 2018")
ev(k, "bail", "2018-06", "month", ["sasna_tsrer"], "in June 2018")
ev(k, "election", "2018-12", "month", ["avetisyan"], "in December 2018")
ev(k, "prosecutor", "2020-08", "month", ["sasna_tsrer"], "In August 2020")
ev(k, "training_night", "2026-01-14", "day", ["whitcombe_ade"], "last Wednesday's training night")
cl(k, "sargsyan", "I urge the armed people, who have occupied the territory of the police headquarters, to show restraint and not endanger the lives of others with their reckless moves.")
cl(k, "avetisyan", "The Criminal Code does not apply to us, and you are puppets.")
cl(k, "harutyunyan_moss", "Do not turn the crowd into a single person,")
cl(k, "harutyunyan_moss", "People stood on Khorenatsi Street for very different reasons, and the best teams will show that.")
cl(k, "whitcombe_ade", "The opposition won the room, but the proposition won the argument. That is usually a sign of a fair motion.")
NOISE.append({"source": k, "names": ["Harrow & Fenn Solicitors", "Quayside Coffee", "Kingsbridge Students' Union", "Owain Brice"]})
ACC += ["KINGSBRIDGE UNION DEBATING SOCIETY", "Kingsbridge Union Debating Society", "Novice Cup", "NOVICE CUP", "NOVICE CUP 2026",
        "Armenian", "Azerbaijani", "Lebanese-born", "English-language", "Criminal Code", "This House", "President of Armenia",
        "Colonel Artur Vanoyan", "Dr. Lilit Harutyunyan-Moss", "Sargsyan's", "Sefilian's", "Wednesday's", "INFO SLIDE", "MOTION",
        "KEY ACTORS", "TIMELINE", "WORDS ON THE RECORD", "ANALYSIS FOR PROPOSITION", "ANALYSIS FOR OPPOSITION",
        "ADJUDICATION NOTE", "BRIEFING PACK", "ROUND", "Round", "Training", "Motions", "Motions archive", "Competitions", "Join",
        "Members' area", "Members'", "Accept", "Reject", "Download PDF", "Print", "Share", "Published", "Prepared", "Reading",
        "Sympathy", "Three", "Ask", "Please", "People", "After", "By", "That", "Their", "They", "We"]
BP[k] = "SOCIETY NOTICES"

# month and day names and other words that the --unlisted review showed, acceptable in any source
ACC += ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Home", "Contact", "Privacy",
        "Accessibility", "Subscribe", "Settings", "Series", "Subjects", "Journals", "Basket", "Volume", "Translated", "Published",
        "Request", "Look", "LOOK INSIDE", "TRANSLATOR'S PREFACE", "ON NAMES AND SPELLING", "THANKS", "Open Access", "For Authors",
        "Accept", "Another", "Because", "But", "From", "My", "One", "Opposite", "Several", "She", "That", "Their", "This", "We",
        "Whatever", "Who", "Readers", "Fighters", "Africans", "Prophet's"]

W.write()
