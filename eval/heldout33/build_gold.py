"""Builds gold.json for the thirty-third held-out set (heldout33) from the annotations below (run:
python3 eval/heldout33/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words. Entity surfaces are never split across lines.

No entity is shared between two sources of this set: the eight articles are about eight unrelated armed risings in
eight regions (Scandinavia, Polynesia, the Horn of Africa, eastern India, the Visayas, Transylvania, the Andes and the
Korean peninsula) from the 16th to the 19th century, and the only words two of them share are generic ones such as
"French", "Spanish", "Italian" or "Japanese", which are acceptable. Entity ids are unique across the set; event ids
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


# ---------------- i01 Småland, Nils Dacke and the Dacke War (1542-1543): a heritage railway's timetable leaflet ----------------
k = "i01"
P(k, "dacke", "Nils Dacke", "Nils Dacke", "Dacke", "DACKE")
P(k, "gustav_vasa", "Gustav Vasa", "Gustav Vasa", "Gustav I", "Gustavus Vasa")
P(k, "albrecht", "Albrecht VII")
P(k, "mans_johansson", "Måns Johansson")
P(k, "algotsson", "Tord Algotsson", "Tord Algotsson", "Algotsson")
P(k, "aspelin", "Ingvar Aspelin")
P(k, "brannstrom", "Ylva Brännström-Pike")
G(k, "linnaeus", "Linnaeus University")
G(k, "virserum_society", "Virserum Local History Society")
L(k, "smaland", "Småland")
L(k, "hultsfred_ostra", "Hultsfred Östra", "Hultsfred Östra", "HULTSFRED ÖSTRA")
L(k, "jarnforsen", "Järnforsen")
L(k, "dackestupet", "Dackestupet")
L(k, "virserum", "Virserum", "Virserum", "VIRSERUM")
L(k, "sodra_more", "Södra Möre")
L(k, "kalmar", "Kalmar")
L(k, "kisa", "Kisa")
L(k, "ostergotland", "Östergötland")
L(k, "kronoberg_castle", "Kronoberg Castle")
L(k, "vaxjo", "Växjö")
L(k, "mecklenburg", "Mecklenburg")
rels(k, [("aspelin", "leads", "virserum_society"), ("algotsson", "member_of", "linnaeus"), ("dacke", "opposed_to", "gustav_vasa"),
         ("dacke", "controls", "smaland"), ("dacke", "controls", "kronoberg_castle"), ("dacke", "backed_by", "albrecht"),
         ("albrecht", "holds_office", "mecklenburg"), ("mans_johansson", "opposed_to", "dacke")])
ev(k, "dacke_war", "1542", "range", ["dacke", "gustav_vasa"], "the rising against Gustav Vasa in 1542-1543", end="1543")
ev(k, "dacke_fined", "1536", "year", ["dacke"], "in 1536 a local court fined him")
ev(k, "gustav_throne", "1523", "year", ["gustav_vasa"], "who had taken the throne in 1523")
ev(k, "church_silver", "1541", "year", ["gustav_vasa", "smaland"], "in 1541 his men carried off church silver")
ev(k, "bailiffs_killed", "1542-06", "month", ["sodra_more", "dacke"], "in June 1542, bailiffs and tax collectors were killed")
ev(k, "truce", "1542-11-08", "day", ["gustav_vasa", "dacke"], "On 8 November 1542 the king had to accept a one-year truce")
ev(k, "kronoberg_christmas", "1542-12", "approximate", ["dacke", "kronoberg_castle"], "kept Christmas 1542 there")
ev(k, "virserum_battle", "1543-03", "month", ["mans_johansson", "dacke", "virserum"], "In March 1543 royal troops under Måns Johansson")
ev(k, "dacke_killed", "1543-08", "month", ["dacke"], "killed in the border forests in August 1543")
ev(k, "sign_repainted", "2026-05-16", "day", ["aspelin", "virserum_society", "dackestupet"], "Last Saturday volunteers from the society")
cl(k, "algotsson", "Dacke was not a bandit who got lucky,")
cl(k, "algotsson", "For one winter he ran a province better than the king's bailiffs had, and that is exactly why he could not be allowed to survive.")
cl(k, "brannstrom", "Children always ask whether Dacke was a goodie or a baddie,")
cl(k, "brannstrom", "I tell them he was both, and then I let them blow the whistle.")
cl(k, "brannstrom", "A boy from Växjö once told me Dacke is buried under the platform at Järnforsen. He isn't. But I've stopped correcting that one.")
NOISE.append({"source": k, "names": ["Tryckeri Brunnsvik AB", "Lönnemåla Sparbank", "Ekbacken Bygg"]})
ACC += ["DACKEBANAN", "Dackebanan", "Föreningen Smalspåret Hultsfred-Virserum", "Dackefejden", "Dacke feud", "DACKE DAY",
        "Dacke Day", "Dacke War", "Gertrud", "Swedes", "Danish", "Danes", "German", "Latin", "Pope", "the Pope", "Midsummer",
        "Christmas", "Duke of Mecklenburg", "Dr. Tord Algotsson", "Dr. Algotsson", "Dacke's", "Småland's", "Swish", "SEK",
        "SUMMER TIMETABLE 2026", "HISTORY BOX", "WHO WAS DACKE?", "FROM THE GUARD'S VAN", "TOWARDS VIRSERUM",
        "TOWARDS HULTSFRED ÖSTRA", "Train", "Trains", "Home", "Timetable", "Tickets", "Charters", "Volunteer", "Shop", "Valid",
        "Wednesdays", "Saturdays", "Sundays", "Request", "Tell", "Extra", "Booking", "Thank", "Our", "His", "Heavy", "Around",
        "At", "For", "Letters", "Hundreds", "No", "We", "Children", "She", "He", "In", "On", "The", "S", "Last"]
BP[k] = "CONDITIONS OF CARRIAGE"


# ---------------- i02 Tahiti, Queen Pōmare IV and the Franco-Tahitian War (1844-1847): a dive centre's site briefing sheet ----------------
k = "i02"
P(k, "pomare", "Pōmare IV", "Pōmare IV", "Pōmare", "Pomare IV", "Aimata")
P(k, "moerenhout", "Jacques-Antoine Moerenhout")
P(k, "pritchard", "George Pritchard")
P(k, "dupetit", "Abel Aubert Dupetit-Thouars")
P(k, "bruat", "Armand Joseph Bruat", "Armand Joseph Bruat", "Bruat")
P(k, "tati", "Tati")
P(k, "teriitaria", "Teriitaria II")
P(k, "louis_philippe", "Louis-Philippe")
P(k, "vanaa", "Hinatea Vanaa-Delcourt")
P(k, "maraetaata", "Teiki Maraetaata", "Teiki Maraetaata", "Maraetaata")
G(k, "lms", "London Missionary Society")
G(k, "teva", "Teva")
G(k, "upf", "University of French Polynesia")
L(k, "papenoo", "Papenoo", "Papenoo", "PAPENOO")
L(k, "tahiti", "Tahiti", "Tahiti", "TAHITI")
L(k, "mahaena_wall", "Mahaena Wall")
L(k, "mahaena", "Mahaena")
L(k, "papeete", "Papeete")
L(k, "fautaua", "Fort Fautaua")
L(k, "huahine", "Huahine")
L(k, "maeva", "Maeva")
L(k, "raiatea", "Raiatea")
L(k, "bora_bora", "Bora Bora")
rels(k, [("pomare", "holds_office", "tahiti"), ("pritchard", "advises", "pomare"), ("pritchard", "member_of", "lms"),
         ("bruat", "holds_office", "tahiti"), ("bruat", "opposed_to", "pomare"), ("tati", "leads", "teva"),
         ("tati", "allied_with", "bruat"), ("teva", "allied_with", "bruat"), ("teriitaria", "holds_office", "huahine"), ("vanaa", "member_of", "upf")])
ev(k, "priests_expelled", "1836", "year", ["pomare", "moerenhout"], "The trouble began in 1836")
ev(k, "protectorate_signed", "1842-09", "month", ["dupetit", "pomare", "papeete"], "In September 1842 Rear Admiral")
ev(k, "annexation", "1843-11", "month", ["dupetit", "pomare"], "When he came back in November 1843")
ev(k, "pritchard_arrested", "1844-03", "month", ["bruat", "pritchard"], "had George Pritchard arrested in March 1844")
ev(k, "franco_tahitian_war", "1844", "range", ["tahiti", "pomare", "bruat"], "the Franco-Tahitian War of 1844-1847", end="1847")
ev(k, "mahaena_battle", "1844-04-17", "day", ["bruat", "pomare", "mahaena"], "On 17 April 1844")
ev(k, "fautaua_taken", "1846-12-17", "day", ["fautaua", "papeete"], "On 17 December 1846")
ev(k, "maeva_landing", "1846-01", "month", ["teriitaria", "maeva", "huahine"], "at Maeva in January 1846")
ev(k, "pomare_returned", "1847-02", "month", ["pomare", "papeete"], "Pōmare came home to Papeete in February 1847")
ev(k, "jarnac", "1847-06", "month", ["huahine", "raiatea", "bora_bora"], "In June 1847 the two European powers signed")
ev(k, "pomare_died", "1877", "year", ["pomare"], "until her death in 1877")
ev(k, "flowers_laid", "2026-04-14", "day", ["vanaa"], "who joined our boat on Tuesday to lay flowers")
cl(k, "pomare", "Fetch away this man,")
cl(k, "pomare", "I and my people cannot endure his evil doings.")
cl(k, "vanaa", "People call Mahaena a defeat, and on the day it was one. The French had the guns and the ships.")
cl(k, "vanaa", "But the men who dug those trenches kept a government in the hills for two years. That is the part I want divers to take home with them,")
cl(k, "maraetaata", "The wall is easy; the pass is not,")
cl(k, "maraetaata", "If I signal up, we go up. Nobody argues with the tide, and nobody argues with me.")
NOISE.append({"source": k, "names": ["Assurances Océanie", "Fédération Tahitienne des Centres de Plongée", "Oxygène Taharu'u",
                                     "Rainui Hapaitahi-Grosjean"]})
ACC += ["PUNA REVA DIVE CENTRE", "Puna Reva Dive Centre", "Puna Reva Dive Centre SARL", "Puna Reva", "SB-07",
        "Franco-Tahitian War", "Jarnac Convention", "French", "Tahitian", "Tahitians", "British", "English", "Catholic",
        "European", "Queen Pōmare IV", "Queen Teriitaria II", "Rear Admiral Abel Aubert Dupetit-Thouars", "Pōmare's",
        "Bruat's", "Dr. Hinatea Vanaa-Delcourt", "PADI", "PADI Staff Instructor", "SMB", "OK", "Advanced Open Water",
        "SITE AT A GLANCE", "DIVE PLAN", "HAZARDS", "ABOVE THE WATER: THE BATTLE OF MAHAENA", "THE BATTLE OF MAHAENA",
        "BRIEFED BY", "Site briefing sheet", "Briefing language", "Revised", "Sites", "East coast", "Print", "Log this dive",
        "Site", "Boat ride", "Depth", "Level", "Current", "Visibility", "Marine life", "Giant-stride", "Descend", "Wall",
        "Maximum", "Return", "Safety", "Outgoing", "Boat", "Surge", "Fire", "Look", "Her", "Not", "It", "When", "People",
        "But", "That", "Nobody", "If", "The", "On", "In", "Dr"]
BP[k] = "SAFETY, LIABILITY AND BOOKING TERMS"


# ---------------- i03 Akele Guzay, Bahta Hagos and the revolt of December 1894: a picture book's back matter ----------------
k = "i03"
P(k, "mehret", "Mehret Habtezion-Reyes")
P(k, "kiflezghi", "Nahom Kiflezghi", "Nahom Kiflezghi", "Kiflezghi")
P(k, "bahta", "Bahta Hagos", "Bahta Hagos", "Bahta", "Aba T'mer")
P(k, "embaye", "Embaye")
P(k, "araya", "Ras Araya")
P(k, "alula", "Ras Alula", "Ras Alula", "Alula")
P(k, "yohannes", "Yohannes IV", "Yohannes IV", "Yohannes")
P(k, "baratieri", "Oreste Baratieri", "Oreste Baratieri", "Baratieri")
P(k, "sanguinetti", "Sanguinetti")
P(k, "toselli", "Pietro Toselli")
P(k, "mengesha", "Ras Mengesha")
P(k, "sengal", "Sengal")
P(k, "semhar", "Semhar Ghebrehiwet-Lund")
G(k, "mahdists", "Mahdists")
G(k, "walthamstow_library", "Walthamstow Library")
L(k, "segeneiti", "Segeneiti", "Segeneiti", "Saganeiti", "Segheneyti")
L(k, "akele_guzay", "Akele Guzay")
L(k, "agameda", "Agameda")
L(k, "agordat", "Agordat")
L(k, "halai", "Halai")
L(k, "coatit", "Coatit")
L(k, "walthamstow", "Walthamstow")
rels(k, [("bahta", "opposed_to", "alula"), ("alula", "reports_to", "yohannes"), ("bahta", "allied_with", "baratieri"),
         ("bahta", "holds_office", "akele_guzay"), ("bahta", "opposed_to", "mahdists"), ("toselli", "opposed_to", "bahta"),
         ("baratieri", "opposed_to", "mengesha"), ("semhar", "member_of", "walthamstow_library")])
ev(k, "bahta_born", "1839", "range", ["bahta", "segeneiti"], "some time between 1839 and 1850", end="1850")
ev(k, "embaye_killed", "1875-10", "month", ["bahta", "embaye"], "In October 1875 Bahta killed Embaye")
ev(k, "italians_arrived", "1885", "year", ["bahta"], "When the Italians arrived on the coast in 1885")
ev(k, "agordat", "1893-12", "month", ["bahta", "mahdists", "agordat"], "In December 1893 he and his men fought")
ev(k, "bahta_rose", "1894-12-14", "day", ["bahta", "segeneiti", "sanguinetti"], "On 14 December 1894 he rose at Segeneiti")
ev(k, "bahta_killed", "1894-12-19", "day", ["bahta", "toselli", "halai"], "on 19 December 1894 Bahta was shot dead")
ev(k, "coatit", "1895-01", "month", ["baratieri", "mengesha", "coatit"], "in January 1895, Baratieri fought Ras Mengesha")
ev(k, "segeneiti_visit", "2019", "year", ["kiflezghi", "segeneiti"], "He visited Segeneiti in 2019")
ev(k, "book_launch", "2026-02", "month", ["kiflezghi", "walthamstow_library", "semhar"], "at last month's launch at the Walthamstow Library")
cl(k, "bahta", "If a white snake bites you once, you will find no cure.")
cl(k, "mehret", "I wanted my daughter to have a hero from our side of the family,")
cl(k, "mehret", "and I wanted him to be a real person with real mistakes.")
cl(k, "kiflezghi", "Every leaf in that tree is a leaf I actually saw,")
NOISE.append({"source": k, "names": ["Orford Yard", "Tipografia Ostrava Print", "Riverlea Small Presses Fund", "Andika", "Fraunces"]})
ACC += ["Sycamore Lane Books", "THE LION OF SEGENEITI", "The Lion of Segeneiti", "Italian", "Italians", "Tigrigna",
        "Lieutenant Sanguinetti", "Major Pietro Toselli", "Emperor Yohannes IV", "Ras", "dejazmach", "shifta", "banda",
        "Bahta of Segeneiti", "Bahta's", "Alula's", "Embaye's", "Yohannes's", "Year 2", "A NOTE FOR PARENTS AND TEACHERS",
        "TALK ABOUT IT", "WORDS IN THIS BOOK", "ABOUT THE AUTHOR", "ABOUT THE ILLUSTRATOR", "Words by", "Pictures by",
        "Back matter", "Songs", "Tradition", "Why", "Can", "This", "There", "From", "His", "He", "One", "I", "The", "In",
        "On", "When", "A"]
BP[k] = "Text copyright ©"


# ---------------- i04 Khurda, Bakshi Jagabandhu and the Paika Rebellion of 1817: a martial-arts championship rulebook ----------------
k = "i04"
P(k, "samantsinghar", "Dibakar Samantsinghar")
P(k, "routray", "Prativa Routray")
P(k, "sasmita", "Sasmita Mohapatra", "Sasmita Mohapatra", "Mohapatra")
P(k, "bakshi", "Bakshi Jagabandhu", "Bakshi Jagabandhu", "Buxi Jagabandhu", "Jagabandhu Bidyadhar Mohapatra Bhramarbar Rai")
P(k, "mukunda", "Mukunda Deva II", "Mukunda Deva II", "Mukunda Deva")
P(k, "rajguru", "Jayee Rajguru")
P(k, "impey", "Edward Impey")
P(k, "martindell", "Gabriel Martindell")
P(k, "ewer", "Walter Ewer")
G(k, "paikas", "Paikas", "Paikas", "Paiks")
G(k, "paharis", "Paharis")
G(k, "banuas", "Banuas")
G(k, "dhenkias", "Dhenkias")
G(k, "eic", "English East India Company")
G(k, "marathas", "Marathas")
G(k, "kandhas", "Kandhas")
L(k, "khurda", "Khurda", "Khurda", "Khordha")
L(k, "odisha", "Odisha", "Odisha", "Orissa")
L(k, "killa_rorang", "Killa Rorang")
L(k, "ghumusar", "Ghumusar")
L(k, "banapur", "Banapur")
L(k, "puri", "Puri")
L(k, "cuttack", "Cuttack")
L(k, "bhubaneswar", "Bhubaneswar")
rels(k, [("paharis", "part_of", "paikas"), ("banuas", "part_of", "paikas"), ("dhenkias", "part_of", "paikas"),
         ("eic", "controls", "odisha"), ("eic", "opposed_to", "marathas"), ("mukunda", "holds_office", "khurda"),
         ("mukunda", "opposed_to", "eic"), ("rajguru", "reports_to", "mukunda"), ("bakshi", "reports_to", "mukunda"),
         ("kandhas", "allied_with", "paikas"), ("paikas", "opposed_to", "eic"), ("bakshi", "leads", "paikas"),
         ("paikas", "controls", "khurda"), ("paikas", "controls", "puri"), ("impey", "holds_office", "cuttack"),
         ("martindell", "opposed_to", "paikas")])
ev(k, "company_took_odisha", "1803", "year", ["eic", "odisha", "marathas"], "from the Marathas in 1803")
ev(k, "mukunda_rose", "1804", "year", ["mukunda", "eic"], "In 1804 Mukunda Deva II, Raja of Khurda, rose against the Company")
ev(k, "rajguru_executed", "1806", "year", ["rajguru"], "executed in 1806")
ev(k, "kandhas_crossed", "1817-03", "month", ["kandhas", "paikas", "ghumusar", "khurda", "bakshi"], "In March 1817 some four hundred Kandhas")
ev(k, "banapur_attacked", "1817-03", "approximate", ["paikas", "banapur"], "At the end of that month they attacked Banapur")
ev(k, "khurda_held", "1817-04", "approximate", ["paikas", "khurda"], "By early April they held Khurda")
ev(k, "puri_taken", "1817-04", "approximate", ["paikas", "puri"], "in the middle of April 1817 they took Puri")
ev(k, "rising_over", "1817", "approximate", ["paikas"], "By the summer the open rising was over")
ev(k, "inquiry", "1818", "year", ["eic", "ewer"], "The Company's own inquiry of 1818")
ev(k, "bakshi_surrendered", "1825-05", "month", ["bakshi"], "surrendered on terms in May 1825")
ev(k, "bakshi_died", "1829-01-24", "day", ["bakshi", "cuttack"], "until his death on 24 January 1829")
ev(k, "bicentenary", "2017", "year", ["odisha", "bakshi", "bhubaneswar"], "the bicentenary of the Paika Rebellion in 2017")
ev(k, "refresher_clinic", "2026-03-29", "day", ["khurda"], "Last Sunday the Sangha's judges held a refresher clinic in Khordha")
cl(k, "samantsinghar", "We are not re-enacting a war,")
cl(k, "samantsinghar", "We are keeping alive the footwork that made the war possible. Judge the feet first.")
cl(k, "ewer", "Now there is no need of assistance of Paiks at Khurda.")
cl(k, "sasmita", "Every performer who enters the arena is carrying two hundred years on his shoulders,")
cl(k, "sasmita", "Carry it lightly, and carry it well.")
NOISE.append({"source": k, "names": ["Sainik School Road", "Lingaraj Offset", "Konark Spice Mills", "Jatni Cooperative Bank"]})
ACC += ["UTKAL PAIKA AKHADA SANGHA", "Utkal Paika Akhada Sangha", "Sangha", "Sangha's",
        "RULEBOOK: STATE PAIKA AKHADA CHAMPIONSHIP 2026 (BAKSHI JAGABANDHU TROPHY)", "STATE PAIKA AKHADA CHAMPIONSHIP 2026",
        "BAKSHI JAGABANDHU TROPHY", "State Paika Akhada Championship", "Paika Akhada", "Paika Rebellion", "Paika", "Company",
        "the Company", "Company's", "Bakshi", "Bakshi's", "Raja", "Raja of Khurda", "Guru", "Guru Dibakar Samantsinghar",
        "Major-General Gabriel Martindell", "Mukunda Deva's", "English", "Chief Referee", "Chief Referee's",
        "Technical Delegate", "Secretary", "Khanda", "Lathi", "Phari-khanda", "Ankle", "Akhadas", "Performers", "Drummers",
        "Swords", "Traditional", "Five", "Any", "Ties", "Appeals", "Where", "Every", "Carry", "Among", "Now", "That", "One",
        "Contents", "Scope", "Events", "Arena", "Scoring", "Conduct", "Annex", "Annex A", "Annex B", "Officials",
        "Historical note", "Version", "Issued", "Replaces", "SCOPE", "EVENTS", "ARENA AND EQUIPMENT", "SCORING",
        "CONDUCT AND APPEALS", "ANNEX A: HISTORICAL NOTE", "ANNEX B: OFFICIALS 2026", "Rs", "We", "The", "In", "By", "He",
        "When", "Last", "A", "Judge"]
BP[k] = "DOCUMENT CONTROL"


# ---------------- i05 Bohol, Francisco Dagohoy and the longest revolt (1744-1829): a school field trip's risk assessment ----------------
k = "i05"
P(k, "butalid", "Rosalie Butalid-Oclarit", "Rosalie Butalid-Oclarit", "Butalid-Oclarit")
P(k, "dagohoy", "Francisco Dagohoy", "Francisco Dagohoy", "Dagohoy", "Francisco Sendrijas")
P(k, "sagarino", "Sagarino")
P(k, "morales", "Gaspar Morales")
P(k, "lamberti", "Giuseppe Lamberti")
P(k, "arrechederra", "Juan de Arrechederra")
P(k, "ricafort", "Mariano Ricafort", "Mariano Ricafort", "Ricafort")
P(k, "sanz", "Manuel Sanz")
P(k, "lumactod", "Junrey Lumactod")
P(k, "sumampong", "Evangeline Sumampong", "Evangeline Sumampong", "Sumampong")
G(k, "recollects", "Recollects")
G(k, "danao_tourism", "Danao Municipal Tourism Office")
L(k, "dagohoy_marker", "Dagohoy Marker")
L(k, "magtangtang", "Magtangtang")
L(k, "danao", "Danao")
L(k, "bohol", "Bohol")
L(k, "inabanga", "Inabanga")
L(k, "talibon", "Talibon")
L(k, "jagna", "Jagna")
L(k, "batuan", "Batuan")
L(k, "balilihan", "Balilihan")
L(k, "catigbian", "Catigbian")
L(k, "bilar", "Bilar")
rels(k, [("dagohoy", "holds_office", "inabanga"), ("morales", "holds_office", "inabanga"), ("dagohoy", "opposed_to", "morales"),
         ("dagohoy", "controls", "danao"), ("lamberti", "holds_office", "jagna"), ("arrechederra", "opposed_to", "dagohoy"),
         ("sanz", "reports_to", "ricafort"), ("lumactod", "member_of", "danao_tourism")])
ev(k, "dagohoy_rebellion", "1744", "range", ["dagohoy", "bohol"], "lasted from 1744 to 1829", end="1829")
ev(k, "dagohoy_born", "1724", "approximate", ["dagohoy"], "born Francisco Sendrijas around 1724")
ev(k, "sagarino_killed", "1744", "year", ["sagarino", "morales", "inabanga"], "In 1744 his brother Sagarino")
ev(k, "lamberti_killed", "1746", "year", ["lamberti", "jagna"], "In 1746 rebels killed Father Giuseppe Lamberti")
ev(k, "expedition", "1747", "year", ["arrechederra", "dagohoy"], "In 1747 Bishop Juan de Arrechederra")
ev(k, "order_expelled", "1768", "year", ["recollects", "bohol"], "In 1768 the religious order")
ev(k, "dagohoy_died", "1800", "approximate", ["dagohoy"], "Dagohoy is thought to have died around 1800")
ev(k, "ricafort_campaign", "1827", "year", ["ricafort", "sanz", "bohol"], "In 1827 Governor-General Mariano Ricafort")
ev(k, "holdouts_surrender", "1829-08-31", "day", ["ricafort", "sanz", "bohol"], "the last holdouts gave up on 31 August 1829")
ev(k, "site_visit", "2026-02-23", "day", ["butalid", "dagohoy_marker"], "walked the route on Monday")
cl(k, "butalid", "I want them to ask why people chose eighty-five years in the hills over one more year of forced labour,")
cl(k, "butalid", "The marker gives them a hero. The module gives them the reasons.")
cl(k, "lumactod", "small, wet and steep, and nothing like the films")
cl(k, "sumampong", "Approved, on condition that every parent's consent form is on file by 9 March,")
NOISE.append({"source": k, "names": ["Theresa Pabualan-Ygot", "Paragon Lifeshield Insurance Co.", "Ubay Bluewave Transport Services"]})
ACC += ["CLARIN HILLS NATIONAL HIGH SCHOOL", "Clarin Hills National High School", "Schools Division of Bohol",
        "EDUCATIONAL FIELD TRIP: RISK ASSESSMENT AND ACTIVITY PLAN", "Form FT-2", "FT-2", "CHNHS-FT-2026-04",
        "Araling Panlipunan", "Grade 8 Araling Panlipunan", "The Longest Revolt", "Grade 8", "Molave", "Narra",
        "Spanish", "Spanish crown", "Barangay Magtangtang", "Father Gaspar Morales", "Father Giuseppe Lamberti",
        "Bishop Juan de Arrechederra", "Governor-General Mariano Ricafort", "Governor-General", "Captain Manuel Sanz",
        "Mrs. Butalid-Oclarit", "Dr. Evangeline Sumampong", "Dr. Sumampong", "Teacher III", "School Principal",
        "Bohol's", "Dagohoy's", "Ricafort's", "Reference", "Prepared", "Status", "Activity", "Date of trip", "Destination",
        "Group", "Teacher in charge", "Transport", "LEARNING PURPOSE AND BACKGROUND", "HAZARDS AND CONTROLS", "SUPERVISION",
        "SITE VISIT", "APPROVAL", "Prepared by", "Noted by", "Hazard", "Who could be harmed", "Controls",
        "Risk after controls", "Road", "Slippery", "Heat", "Bats", "Zipline", "Licensed", "Closed", "Water", "Headcount",
        "Inhalers", "Not", "Low", "Medium", "All", "Learners", "Learners with asthma", "One", "Section", "ID", "Friday",
        "According", "Their", "His", "He", "The", "In", "I", "A"]
BP[k] = "DATA PRIVACY NOTICE"


# ---------------- i06 Transylvania, Horea, Cloșca, Crișan and the rising of 1784: a volunteer guides' training handbook ----------------
k = "i06"
P(k, "horea", "Horea", "Horea", "Vasile Ursu Nicola", "Nicola Ursu")
P(k, "closca", "Cloșca", "Cloșca", "Ion Oargă")
P(k, "crisan", "Crișan", "Crișan", "Marcu Giurgiu", "Gheorghe Crișan")
P(k, "joseph", "Joseph II")
P(k, "brukenthal", "Samuel von Brukenthal")
P(k, "jankovich", "Anton Jankovich")
P(k, "barsan", "Ilinca Bârsan")
P(k, "costache", "Mihaela Costache")
P(k, "dobrin", "Lavinia Dobrin")
G(k, "museum_union", "National Museum of the Union")
L(k, "albac", "Albac")
L(k, "apuseni", "Apuseni Mountains")
L(k, "carpinis", "Cărpiniș")
L(k, "abrud", "Abrud")
L(k, "vaca", "Vaca", "Vaca", "Crișan")
L(k, "zarand", "Zarand")
L(k, "mesteacan", "Mesteacăn")
L(k, "curechiu", "Curechiu")
L(k, "hunedoara", "Hunedoara")
L(k, "tibru", "Tibru")
L(k, "campeni", "Câmpeni")
L(k, "scoruset", "Scorușet")
L(k, "dealul_furcilor", "Dealul Furcilor")
L(k, "alba_iulia", "Alba Iulia")
L(k, "third_gate", "Third Gate")
L(k, "transylvania", "Transylvania")
L(k, "obelisk", "Obelisk of Horea, Cloșca and Crișan")
rels(k, [("brukenthal", "holds_office", "transylvania"), ("closca", "reports_to", "horea"), ("crisan", "reports_to", "horea"),
         ("horea", "controls", "abrud"), ("horea", "controls", "campeni"), ("joseph", "opposed_to", "horea"),
         ("jankovich", "reports_to", "joseph"), ("costache", "member_of", "museum_union")])
ev(k, "horea_born", "1731", "year", ["horea", "albac"], "born in 1731 at Albac")
ev(k, "mesteacan_call", "1784-10-31", "day", ["crisan", "zarand", "mesteacan"], "31 October 1784: Crișan calls the serfs")
ev(k, "curechiu_fight", "1784-11-02", "day", ["curechiu", "zarand", "hunedoara"], "2 November 1784: first fighting at Curechiu")
ev(k, "tibru_talks", "1784-11", "approximate", ["tibru"], "Mid-November 1784: talks with imperial officers at Tibru")
ev(k, "men_sent_home", "1784-12-14", "day", ["horea", "campeni"], "14 December 1784: Horea sends his men home")
ev(k, "horea_captured", "1784-12-27", "day", ["horea", "closca", "scoruset"], "27 December 1784: Horea and Cloșca are betrayed")
ev(k, "execution", "1785-02-28", "day", ["horea", "closca", "dealul_furcilor", "alba_iulia"], "28 February 1785: Horea and Cloșca are broken")
ev(k, "petitions", "1779", "range", ["horea", "joseph"], "Between 1779 and 1784 Horea walked four times", end="1784")
ev(k, "last_petition", "1784", "approximate", ["horea", "joseph"], "the last time in the spring of 1784")
ev(k, "enrolment_stopped", "1784", "year", ["brukenthal", "transylvania"], "When word spread in 1784")
ev(k, "army_ordered", "1784-11", "approximate", ["joseph", "horea"], "In late November 1784 Joseph II ordered the army")
ev(k, "crisan_captured", "1785-01", "approximate", ["crisan"], "captured at the end of January 1785")
ev(k, "crisan_died", "1785-02", "month", ["crisan"], "hanged himself in his cell in February 1785")
ev(k, "obelisk_built", "1937", "year", ["obelisk"], "was put up in 1937")
ev(k, "anniversary_walk", "2025-11-02", "day", ["mesteacan", "dobrin"], "This year's anniversary walk on 2 November")
cl(k, "barsan", "Visitors come for the wheel,")
cl(k, "barsan", "Send them away remembering the petitions. A man who walks to the emperor four times has not chosen violence lightly.")
cl(k, "costache", "Nobody counted the dead properly in 1784. If you give a figure, give it as an estimate, and give the source.")
cl(k, "dobrin", "I forgot half my notes,")
cl(k, "dobrin", "Nobody noticed.")
NOISE.append({"source": k, "names": ["Cartoteca Ampoi SRL", "Tipografia Sebeș Print", "Strada Vânătorilor"]})
ACC += ["ALBA CAROLINA VOLUNTEER GUIDES", "Alba Carolina Volunteer Guides Association", "Alba Carolina Volunteer Guides",
        "Module 4 of 7", "The rising of Horea, Cloșca and Crișan", "The Vauban-style fortress", "Vauban-style",
        "Telling difficult stories", "LEARNING OUTCOMES", "KEY FACTS CARD", "THE STORY IN FIVE MINUTES", "WHAT VISITORS ASK",
        "FROM YOUR TRAINER", "Training handbook", "Edition", "Issued", "Previous module", "Next module", "Module",
        "Romanian", "Romanian-speaking", "Hungarian", "Freemason", "Count Anton Jankovich", "Dr. Mihaela Costache",
        "Horea's", "Joseph II's", "Q", "A", "Start", "End", "Manors", "Both", "There", "No", "Say", "Was", "Did",
        "Visitors", "Send", "Nobody", "She", "If", "After", "By", "This", "The", "In", "When", "I"]
BP[k] = "PROGRAMME ADMINISTRATION"


# ---------------- i07 Áncash, Atusparia, Uchcu Pedro and the rising of 1885: a community radio station's radio play script ----------------
k = "i07"
P(k, "shuan", "Nélida Shuan Tarazona")
P(k, "jamanca", "Edelmira Jamanca Obregón")
P(k, "ancajima", "Fermín Ancajima")
P(k, "cotrina", "Ulises Cotrina")
P(k, "tinoco", "Abdón Tinoco Rondán")
P(k, "valverde", "Herminia Valverde")
P(k, "atusparia", "Pedro Pablo Atusparia", "Pedro Pablo Atusparia", "Atusparia", "ATUSPARIA")
P(k, "noriega", "Francisco Noriega")
P(k, "collazos", "José Collazos")
P(k, "uchcu", "Uchcu Pedro", "Uchcu Pedro", "Pedro Cochachín", "UCHCU PEDRO")
P(k, "caceres", "Andrés Avelino Cáceres")
P(k, "iglesias", "Miguel Iglesias")
P(k, "mosquera", "Manuel Mosquera", "Manuel Mosquera", "MOSQUERA")
P(k, "iraola", "José Iraola")
G(k, "caceristas", "caceristas")
L(k, "huaraz", "Huaraz", "Huaraz", "HUARAZ")
L(k, "ancash", "Áncash")
L(k, "marian", "Marián")
L(k, "carhuaz", "Carhuaz")
L(k, "yungay", "Yungay")
L(k, "caraz", "Caraz")
L(k, "callejon", "Callejón de Huaylas")
L(k, "pumacayan", "Pumacayán")
L(k, "cordillera_negra", "Cordillera Negra")
rels(k, [("noriega", "holds_office", "ancash"), ("atusparia", "holds_office", "marian"), ("collazos", "holds_office", "huaraz"),
         ("atusparia", "controls", "huaraz"), ("uchcu", "reports_to", "atusparia"), ("mosquera", "member_of", "caceristas"),
         ("caceres", "leads", "caceristas"), ("caceristas", "opposed_to", "iglesias"), ("mosquera", "holds_office", "ancash"),
         ("iraola", "opposed_to", "atusparia"), ("uchcu", "controls", "cordillera_negra")])
ev(k, "head_tax", "1885-02", "month", ["noriega", "huaraz", "ancash"], "February 1885. The war is lost")
ev(k, "braids_cut", "1885-03-01", "day", ["collazos", "huaraz"], "On 1 March 1885 the alcaldes")
ev(k, "huaraz_rising", "1885-03-02", "day", ["atusparia", "huaraz"], "On 2 March 1885 thousands of comuneros")
ev(k, "carhuaz_taken", "1885-03-15", "day", ["carhuaz"], "On 15 March the rebels take Carhuaz")
ev(k, "self_rule", "1885-03", "range", ["callejon"], "From March to September 1885", end="1885-09")
ev(k, "pumacayan_battle", "1885-05-03", "day", ["iraola", "atusparia", "pumacayan", "huaraz"], "On 3 May 1885 a government column")
ev(k, "uchcu_shot", "1885-09", "month", ["uchcu"], "shot in September 1885")
ev(k, "atusparia_died", "1887", "year", ["atusparia"], "Atusparia dies in 1887")
ev(k, "read_through", "2026-02-19", "day", ["jamanca", "ancajima", "cotrina", "tinoco", "valverde"],
   "The cast read the script through together last Thursday")
cl(k, "shuan", "Everyone in Huaraz knows the name Atusparia, because there is a school, a street and a football club called after him,")
cl(k, "shuan", "Almost nobody knows why the alcaldes' braids mattered. This episode is about the braids.")
cl(k, "noriega", "Two soles a head, by the end of the month. Tell the alcaldes that I do not bargain.")
cl(k, "atusparia", "I cannot write. Every alcalde who signed it can tell you that. Whip all of us, then.")
cl(k, "uchcu", "Let them come up the valley. The mountain has more men than the government has bullets.")
cl(k, "mosquera", "The tax is suspended. Write that down, and post it on every church door.")
NOISE.append({"source": k, "names": ["Red Serrana de Emisoras Comunitarias", "Huaylas de la lluvia", "Conjunto Huancapetí",
                                     "Sonoteca Quilla"]})
ACC += ["RADIO COMUNITARIA PUMACAYÁN", "Radio Comunitaria Pumacayán", "Centro Cultural Radio Comunitaria Pumacayán",
        "Voices of 1885", "The Braids", "The Destripadores", "Destripadores", "Episode 3 of 5", "Recording script", "Draft 4",
        "CAST", "NARRATOR", "THE PREFECT", "WOMAN AT THE MARKET", "WRITER'S NOTE", "SFX", "Music", "SCENE", "SCENE 1",
        "SCENE 2", "SCENE 3", "SCENE 4", "SCENE 5", "THE PREFECTURE", "A CELL BENEATH THE PREFECTURE", "THE MAIN SQUARE",
        "THE ROAD NORTH", "PUMACAYÁN HILL", "DAWN", "NIGHT", "MARCH 1885", "FEBRUARY 1885", "Colonel Francisco Noriega",
        "Colonel José Iraola", "General Andrés Avelino Cáceres", "President Miguel Iglesias", "Atusparia's",
        "Written by", "Running time", "First broadcast", "Changes", "Rain", "Three", "Silence", "Conch", "Wind", "Fade",
        "Next", "Let", "Tell", "Write", "Whip", "Every", "Everyone", "Almost", "They", "What", "By", "From", "A", "The", "On",
        "In", "I"]
BP[k] = "RIGHTS AND CLEARANCES"


# ---------------- i08 Jeolla, Jeon Bong-jun and the Donghak Peasant Revolution (1894): a cycling club's ride cue sheet ----------------
k = "i08"
P(k, "bae", "Bae Ji-hoon")
P(k, "gong", "Gong Mi-rae")
P(k, "choe_je_u", "Choe Je-u")
P(k, "choe_si_hyeong", "Choe Si-hyeong", "Choe Si-hyeong", "Haewol")
P(k, "jo", "Jo Byeong-gap")
P(k, "jeon", "Jeon Bong-jun", "Jeon Bong-jun", "Jeon", "Chŏn Pong-jun", "Nokdu Janggun", "Green Bean General")
P(k, "hong", "Hong Gye-hun")
P(k, "son_hwa_jung", "Son Hwa-jung")
P(k, "son_byong_hi", "Son Byong-hi")
P(k, "ryu", "Ryu Seon-ok")
G(k, "donghak", "Donghak")
G(k, "peasant_army", "Donghak Peasant Army")
G(k, "jipgangso", "Jipgangso")
G(k, "northern_jeob", "Northern Jeob")
G(k, "southern_jeob", "Southern Jeob")
G(k, "memorial_hall", "Donghak Peasant Revolution Memorial Hall")
L(k, "jeongeup", "Jeongeup")
L(k, "gobu", "Gobu", "Gobu", "GOBU")
L(k, "manseokbo", "Manseokbo", "Manseokbo", "MANSEOKBO")
L(k, "hwangtohyeon", "Hwangtohyeon", "Hwangtohyeon", "HWANGTOHYEON")
L(k, "baeksan", "Baeksan", "Baeksan", "BAEKSAN")
L(k, "jeonju", "Jeonju")
L(k, "honam", "Honam")
L(k, "gyeongbokgung", "Gyeongbokgung")
L(k, "gongju", "Gongju")
L(k, "ugeumchi", "Ugeumchi")
L(k, "pinori", "Pinori")
L(k, "sunchang", "Sunchang")
rels(k, [("choe_je_u", "founded", "donghak"), ("choe_si_hyeong", "leads", "donghak"), ("jo", "holds_office", "gobu"),
         ("jeon", "member_of", "donghak"), ("jeon", "leads", "peasant_army"), ("peasant_army", "controls", "jeonju"),
         ("hong", "opposed_to", "peasant_army"), ("jipgangso", "controls", "honam"), ("son_hwa_jung", "reports_to", "jeon"),
         ("northern_jeob", "allied_with", "southern_jeob"), ("son_byong_hi", "leads", "northern_jeob"),
         ("jeon", "leads", "southern_jeob"), ("northern_jeob", "part_of", "donghak"), ("southern_jeob", "part_of", "donghak"),
         ("son_byong_hi", "reports_to", "choe_si_hyeong")])
ev(k, "donghak_founded", "1860", "year", ["choe_je_u", "donghak"], "founded by Choe Je-u in 1860")
ev(k, "choe_executed", "1864", "year", ["choe_je_u"], "had him executed in 1864")
ev(k, "jo_magistrate", "1892", "year", ["jo", "gobu"], "In 1892 Jo Byeong-gap became magistrate of Gobu")
ev(k, "gobu_uprising", "1894-02-15", "day", ["jeon", "gobu", "jo"], "On 15 February 1894 about a thousand farmers")
ev(k, "hwangtohyeon_battle", "1894-05-11", "day", ["peasant_army", "jeon", "hwangtohyeon", "jeonju"], "On 11 May 1894, on this low ridge")
ev(k, "memorial_day", "2019", "year", ["hwangtohyeon"], "In 2019 the government made 11 May")
ev(k, "jeonju_taken", "1894-05-31", "day", ["peasant_army", "jeonju", "hong"], "On 31 May 1894 the peasant army took Jeonju")
ev(k, "jeonju_truce", "1894-06", "month", ["peasant_army", "jipgangso", "honam"], "In June 1894 both sides agreed a truce")
ev(k, "palace_seized", "1894-07", "month", ["gyeongbokgung"], "in July 1894 Japanese soldiers seized Gyeongbokgung")
ev(k, "baeksan_gathering", "1894-04", "approximate", ["baeksan", "jeon", "son_hwa_jung"], "late in April 1894")
ev(k, "northern_joined", "1894-10", "month", ["northern_jeob", "southern_jeob", "son_byong_hi", "choe_si_hyeong"],
   "In October 1894, on Choe Si-hyeong's orders")
ev(k, "ugeumchi", "1894-12", "approximate", ["ugeumchi", "gongju"], "early in December 1894")
ev(k, "jeon_captured", "1894", "approximate", ["jeon", "pinori", "sunchang"], "before the year was out")
ev(k, "jeon_hanged", "1895-04", "month", ["jeon"], "hanged in April 1895")
ev(k, "route_checked", "2026-05-10", "day", ["bae", "gong"], "Yesterday Bae Ji-hoon and Gong Mi-rae rode the route")
cl(k, "jeon", "Why kill me here in the dark? Take my head on the high road, where the people can see it.")
cl(k, "ryu", "The farmers who stood on Baeksan were not fighting for a religion,")
cl(k, "ryu", "They wanted a fair water tax and an honest magistrate. Ride the route and you will see how close together it all happened.")
cl(k, "gong", "It's rough for about two kilometres, so take it slowly,")
cl(k, "gong", "Tubeless riders, bring a plug kit.")
NOISE.append({"source": k, "names": ["Saebyeol Sports Insurance", "Ssangbong Bike Works"]})
ACC += ["HONAM SPOKES CYCLING CLUB", "Honam Spokes Cycling Club", "Ride 19", "Green Bean General Loop",
        "Donghak Peasant Revolution", "Eastern Learning", "Western Learning", "Japanese", "Chinese", "GPX", "CUE SHEET",
        "HISTORY STOP 1", "HISTORY STOP 2", "HISTORY STOP 3", "HISTORY STOP 2 and CAFÉ", "HISTORY STOP 1: MANSEOKBO, GOBU",
        "HISTORY STOP 2: HWANGTOHYEON", "HISTORY STOP 3: BAEKSAN", "ROUTE NOTES", "CAFÉ", "START", "FINISH", "STOP", "SO",
        "L", "R", "Start and finish", "Leader", "Sweeper", "GPX file", "Rides", "Calendar", "Routes", "Join",
        "Members' area", "Leave", "Left", "Right", "Straight", "Gravel", "Regroup", "Walkers", "Traffic", "Short",
        "Narrow", "Coffee", "Direction", "Notes", "Turn", "Tradition", "People", "Before", "By", "Ride", "They", "Why",
        "Take", "Tubeless", "It's", "He", "The", "On", "In", "Choe Si-hyeong's", "Jeon's"]
BP[k] = "CLUB RIDE TERMS"

# month and day names and other words that the --unlisted review showed, acceptable in any source
ACC += ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Fetch", "How", "These",
        "Approved", "Between", "Two", "FM", "Mid-November"]

W.write()
