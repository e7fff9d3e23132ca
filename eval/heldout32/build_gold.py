"""Builds gold.json for the thirty-second held-out set (heldout32) from the annotations below (run:
python3 eval/heldout32/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words. Entity surfaces are never split across lines.

One entity is shared between two sources of this set: Russia, the country, named in i05 (it backed Karageorge) and in
i08 (it abolished the Georgian monarchy), which is one entity with both sources. Otherwise the eight articles are about
eight unrelated armed movements in eight regions (Central Asia, Micronesia, the Caribbean, West Africa, the Balkans,
South America, the Malay peninsula and the Caucasus) from the 17th to the 19th century, and the only other names two
of them share are generic words such as "British", "Russian" or "Spanish", which are acceptable. Entity ids are unique across the set; event ids are unique
across the whole set."""
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


# ---------------- i01 Andijan, Dukchi Ishan and the rising of 1898: a knowledge base's plain-text item export ----------------
k = "i01"
P(k, "dukchi", "Dukchi Ishan", "Dukchi Ishan", "Dukchi Eshon", "Iyikchi Eshen", "Muhammad Ali Madali", "Madali Ishan",
  "Muhammad Ali Khalfa", "Dukchi")
P(k, "vrevsky", "Alexander Vrevsky")
P(k, "dukhovskoy", "Sergei Dukhovskoy", "Sergei Dukhovskoy", "Dukhovskoy")
P(k, "naqshband", "Baha-ud-Din Naqshband")
P(k, "toktogul", "Toktogul Satylganov")
P(k, "rahimova", "Dilnoza Rahimova-Quast")
P(k, "tursunaliyev", "Bekzod Tursunaliyev", "Bekzod Tursunaliyev", "Tursunaliyev")
G(k, "battalion_20", "20th Line Battalion")
G(k, "russian_army", "Imperial Russian Army")
G(k, "naqshbandi", "Naqshbandi order")
L(k, "andijan", "Andijan")
L(k, "osh", "Osh")
L(k, "uzbekistan", "Uzbekistan")
L(k, "mingtepa", "Mingtepa", "Mingtepa", "Min-Tyube")
L(k, "irkutsk", "Irkutsk")
L(k, "toktogul_town", "Toktogul")
L(k, "kyrgyzstan", "Kyrgyzstan")
rels(k, [("battalion_20", "part_of", "russian_army"), ("dukchi", "opposed_to", "battalion_20"), ("dukchi", "member_of", "naqshbandi"),
         ("naqshband", "founded", "naqshbandi"), ("vrevsky", "member_of", "russian_army")])
ev(k, "andijan_attack", "1898-05-30", "day", ["dukchi", "andijan", "battalion_20"], "point in time: 30 May 1898")
ev(k, "dukchi_hanged", "1898", "year", ["dukchi", "andijan"], "hanged publicly in Andijan later in 1898")
ev(k, "vrevsky_removed", "1898", "year", ["vrevsky", "dukhovskoy"], "removed from his post in 1898")
ev(k, "dukhovskoy_report", "1899", "year", ["dukhovskoy"], "Dukhovskoy's report of 1899")
ev(k, "dukchi_born", "1856", "approximate", ["dukchi"], "date of birth: around 1856")
ev(k, "dukchi_pilgrimage", "1887", "approximate", ["dukchi"], "point in time: about 1887")
ev(k, "toktogul_arrested", "1898", "year", ["toktogul"], "arrested in 1898")
ev(k, "toktogul_returned", "1900", "approximate", ["toktogul"], "back home in the 1900s")
ev(k, "anniversary_reading", "2026-05-30", "day", ["tursunaliyev", "andijan"],
   "the anniversary reading at the Andijan regional museum yesterday")
cl(k, "rahimova", "Please stop merging Dukchi Ishan with the other Madali in the database. One was a nineteenth-century ishan from Mingtepa, the other is a modern footballer, and they share nothing but a name.")
cl(k, "rahimova", "Keep both numbers. The 200 comes from the first telegram out of Andijan; the 2,000 comes from the trial. Neither is a lie, and the gap is part of the story.")
cl(k, "tursunaliyev", "The poets of 1898 wrote about it before the officials did,")
NOISE.append({"source": k, "names": ["Rahimova-Quast", "Tashkentlik_88", "Ferrowind", "Mirabel Quenby-Haas", "Quillwork Commons Trust",
                                     "Skipton"]})
ACC += ["OPENFACT COMMONS", "Openfact Commons", "ITEM OF-58821", "ITEM OF-58822", "OF-58821", "OF-58822", "Andijan uprising of 1898",
        "Andijan uprising", "Andijan revolt", "Andijon qo'zg'aloni", "Mingtepa affair", "Dukchi Ishan's rising", "Julian calendar",
        "Russian", "Kyrgyz", "Sufi", "Muslims", "Ottoman", "Ottoman sultan", "Tsar", "Madali", "Maintainer Dilnoza Rahimova-Quast",
        "Andijan regional museum", "STATEMENTS", "EDITORIAL NOTES", "RELATED PEOPLE", "Main page", "Recent changes", "Random item",
        "Help", "Log in", "Item export", "CC0", "Label", "Description", "Also known as", "Status", "You", "Statements", "Of", "In",
        "The", "A"]
BP[k] = "REVISION HISTORY"


# ---------------- i02 Guam, Hurao, Matå'pang and the CHamoru-Spanish wars (1668-1695): a hotel's guest compendium ----------------
k = "i02"
P(k, "okuma", "Wendell Okuma-Bratt")
P(k, "san_vitores", "Diego Luis de San Vitores", "Diego Luis de San Vitores", "San Vitores")
P(k, "quipuha", "Quipuha")
P(k, "hurao", "Hurao")
P(k, "chafi", "Chafi", "Chafi", "Chafae")
P(k, "le_gobien", "Charles Le Gobien")
P(k, "matapang", "Matå'pang", "Matå'pang", "Mata'pang", "Matapang")
P(k, "calungsod", "Pedro Calungsod")
P(k, "agualin", "Agualin", "Agualin", "Aguarin")
P(k, "irrisari", "Francisco de Irrisari")
P(k, "salas", "Juan Antonio de Salas")
P(k, "quiroga", "José de Quiroga y Losada")
P(k, "yura", "Yura", "Yura", "Yula")
P(k, "esplana", "Damián de Esplana")
P(k, "taitingfong", "Rosalinda Taitingfong-Akers")
P(k, "manibusan", "Joaquina Manibusan-Tolliver")
G(k, "jesuits", "Society of Jesus", "Society of Jesus", "Jesuits")
G(k, "uog", "University of Guam")
G(k, "guam_museum", "Guam Museum")
L(k, "tumon_bay", "Tumon Bay")
L(k, "san_vitores_road", "San Vitores Road")
L(k, "hagatna", "Hagåtña", "Hagåtña", "Agaña")
L(k, "tumon", "Tumon")
L(k, "marianas", "Marianas")
L(k, "apotguan", "Apotguan")
L(k, "aguiguan", "Aguiguan")
L(k, "tinian", "Tinian")
L(k, "guam", "Guam", "Guam", "Guåhan")
L(k, "paseo", "Paseo de Susana")
L(k, "plaza", "Plaza de España")
rels(k, [("san_vitores", "member_of", "jesuits"), ("quipuha", "holds_office", "hagatna"), ("hurao", "holds_office", "hagatna"),
         ("le_gobien", "member_of", "jesuits"), ("hurao", "opposed_to", "san_vitores"), ("matapang", "holds_office", "tumon"),
         ("agualin", "opposed_to", "irrisari"), ("salas", "holds_office", "marianas"), ("yura", "opposed_to", "esplana"),
         ("manibusan", "member_of", "uog")])
ev(k, "mission_landed", "1668-06-15", "day", ["san_vitores", "hagatna", "jesuits"], "on 15 June 1668")
ev(k, "quipuha_died", "1669", "year", ["quipuha"], "He died in 1669")
ev(k, "hagatna_siege", "1671-09-11", "day", ["hurao", "san_vitores", "hagatna"], "On 11 September 1671")
ev(k, "san_vitores_killed", "1672-04-02", "day", ["matapang", "san_vitores", "calungsod", "tumon"], "On 2 April 1672")
ev(k, "reprisals", "1672", "range", ["hagatna"], "burned villages from 1672 to 1676", end="1676")
ev(k, "agualin_rising", "1676", "approximate", ["agualin", "irrisari", "hagatna"], "Around 1676")
ev(k, "yura_attack", "1684-07-23", "day", ["yura", "esplana"], "On 23 July 1684")
ev(k, "aguiguan", "1695", "year", ["quiroga", "aguiguan"], "overran them in 1695")
ev(k, "beatified", "1985", "year", ["san_vitores"], "beatified in 1985")
ev(k, "calungsod_saint", "2012-10-21", "day", ["calungsod"], "on 21 October 2012")
ev(k, "museum_walk", "2026-03-08", "day", ["taitingfong", "guam_museum"], "Last Sunday Rosalinda Taitingfong-Akers led")
cl(k, "okuma", "We want guests to leave knowing that this beach was once a village with a chief, not just a view,")
cl(k, "hurao", "The Spaniards would have done better to stay in their own land. We had no need of them to live happily.")
cl(k, "taitingfong", "Our grandparents grew up hearing only one side of this,")
cl(k, "taitingfong", "The priest was a martyr in the books and Matå'pang was a murderer.")
cl(k, "taitingfong", "Now our children learn both names, and they learn that Hurao asked a fair question: who invited you?")
cl(k, "manibusan", "The sources were written by the missionaries. Read them, but read them knowing who held the pen.")
NOISE.append({"source": k, "names": ["Bayview Taxi Co-op", "Tumon Walk-In Clinic", "Felicia Roxas-Aldan", "Oceanfront Galleria",
                                     "Marbo Coach Lines", "Isla Verde Hospitality Group"]})
ACC += ["HOTEL LÅLÅI TUMON", "Hotel Lålåi Tumon", "Lålåi", "Lalai-Guest", "GUEST COMPENDIUM", "Compendium", "Håfa adai", "CHamoru",
        "CHamoru-Spanish wars", "Chamorro", "Spanish", "Spaniards", "Jesuit", "Visayan", "Mes CHamoru", "Hurao's Question",
        "Latte Terrace", "Room directory", "Dining", "Spa", "Tours", "Wi-Fi", "Wi-Fi help", "Language", "EN", "TV", "Front desk",
        "Breakfast", "Pool towels", "Lobby", "Pool", "Service", "Where", "Hours", "Site", "Why it matters", "By car",
        "Places within a short drive", "Lobby talks", "House notes", "Our island's story", "Dr. Joaquina Manibusan-Tolliver",
        "San Vitores's", "Matå'pang's", "Hurao's", "Quiroga y Losada", "Resistance", "Traditionally", "Permanent", "Ruins",
        "Statue", "Statue of Quipuha", "Thank", "Our", "Quiet", "Smoking", "Please", "Her", "Now", "The", "He", "On", "In",
        "Around", "Last", "This"]
BP[k] = "IMPORTANT NUMBERS"


# ---------------- i03 Curaçao, Tula and the revolt of 1795: a cruise ship's daily planner ----------------
k = "i03"
P(k, "fensom", "Ottilie Fensom-Alleyne")
P(k, "martijn", "Giselle Martijn-Sprockel", "Giselle Martijn-Sprockel", "Martijn-Sprockel")
P(k, "van_uytrecht", "Caspar Lodewijk van Uytrecht", "Caspar Lodewijk van Uytrecht", "Van Uytrecht")
P(k, "tula", "Tula", "Tula", "Toela", "TULA")
P(k, "karpata", "Bastiaan Karpata", "Bastiaan Karpata", "Karpata")
P(k, "mercier", "Louis Mercier", "Louis Mercier", "Mercier")
P(k, "van_der_grijp", "van der Grijp")
P(k, "de_veer", "Johannes de Veer")
P(k, "wierts", "Wierts")
P(k, "schinck", "Jacobus Schinck")
P(k, "westerholt", "van Westerholt")
P(k, "wakao", "Pedro Wakao", "Pedro Wakao", "Wacao")
P(k, "brekkesto", "Eirik Brekkestø")
G(k, "uoc", "University of Curaçao")
G(k, "museo_tula", "Museo Tula")
L(k, "willemstad", "Willemstad")
L(k, "curacao", "Curaçao")
L(k, "mega_pier", "Mega Pier")
L(k, "otrobanda", "Otrobanda")
L(k, "punda", "Punda")
L(k, "knip", "Knip", "Knip", "Kenepa")
L(k, "bandabou", "Bandabou")
L(k, "fort_amsterdam", "Fort Amsterdam")
L(k, "lagun", "Lagun")
L(k, "sint_kruis", "Sint Kruis")
L(k, "saint_domingue", "Saint-Domingue")
L(k, "batavian_republic", "Batavian Republic")
L(k, "netherlands", "Netherlands")
L(k, "porto_marie", "Porto Marie")
rels(k, [("martijn", "member_of", "uoc"), ("van_uytrecht", "controls", "knip"), ("karpata", "allied_with", "tula"),
         ("batavian_republic", "controls", "netherlands"), ("mercier", "allied_with", "tula"), ("de_veer", "holds_office", "curacao"),
         ("wierts", "controls", "fort_amsterdam"), ("westerholt", "opposed_to", "tula")])
ev(k, "tula_revolt", "1795-08-17", "day", ["tula", "knip", "van_uytrecht"], "On the morning of 17 August 1795")
ev(k, "saint_domingue_rising", "1791", "year", ["saint_domingue"], "the rising in Saint-Domingue four years earlier")
ev(k, "batavian_proclaimed", "1795-01", "month", ["batavian_republic"], "proclaimed in January 1795")
ev(k, "schinck_report", "1795-09-07", "day", ["schinck", "tula"], "his report of 7 September 1795")
ev(k, "tula_captured", "1795-09-19", "day", ["tula", "karpata"], "On 19 September 1795")
ev(k, "tula_executed", "1795-10-03", "day", ["tula"], "executed on 3 October 1795")
ev(k, "port_talk", "2025-08-16", "day", ["martijn"], "yesterday's port talk")
cl(k, "martijn", "Tula did not ask for mercy and he did not ask for land,")
cl(k, "martijn", "He asked a legal question: if the people who own us are now citizens of a free republic, why are we not?")
cl(k, "martijn", "That question is why the island marks the seventeenth of August, and why you will see flags at the Museo Tula at Knip today.")
cl(k, "brekkesto", "Curaçao's harbour is one of the finest I know, and one of the narrowest. If you are on deck at 17:00, watch the bridge swing open for us. Please be back on board by 16:30; the bridge does not wait, and neither do I.")
NOISE.append({"source": k, "names": ["Aurelio Brathwaite-Senn", "Caribe Paseo Tours N.V.", "Blauwbaai Marine Services",
                                     "Sander Oostwoud-Maal", "Corvina Cruise Lines", "Southampton"]})
ACC += ["MS CORVINA SOLACE", "MS Corvina Solace", "Corvina Solace", "DAILY PLANNER", "Sunfall Islands voyage", "Sunfall Islands",
        "Island Casual", "Dutch", "French", "Frenchman", "Catholic", "Medea", "Tidewater Lounge", "Cascade Theatre", "Shore Desk",
        "Deck 5", "Pool Deck", "Island Rhythms", "Saint-Domingue and Its Neighbours", "Trivia", "Island History", "CUR-04",
        "CUR-07", "CUR-11", "Cruise Director", "Commander Wierts", "Baron van Westerholt", "Dr. Giselle Martijn-Sprockel",
        "Dr. Martijn-Sprockel", "Captain Eirik Brekkestø", "Dr. Martijn-Sprockel's", "Tula's", "Curaçao's",
        "GOOD MORNING FROM YOUR CRUISE DIRECTOR", "PORT TALK RECAP", "THE REVOLT OF 1795", "TODAY'S SHORE EXCURSIONS",
        "CAPTAIN'S CORNER", "TONIGHT ON BOARD", "Day", "Arrive", "All aboard", "Depart", "Sunrise", "Sunset", "Weather",
        "Tonight's", "Welcome", "Today", "Tomorrow", "Tickets", "Snorkel", "Sailaway", "Main", "Bandabou and the Museo Tula",
        "Punda and Otrobanda on foot", "Please", "Instead", "Their", "The", "On", "It", "He", "For", "That", "A"]
BP[k] = "GUEST SERVICES AND SMALL PRINT"


# ---------------- i04 Nembe, King Koko and the Akassa raid (1895): a map platform's help-desk request thread ----------------
k = "i04"
P(k, "sekibo", "Preye Sekibo-Lang", "Preye Sekibo-Lang", "Preye")
P(k, "threlfall", "Casimir Threlfall")
P(k, "okonedo", "Rufus Okonedo-Pask")
P(k, "koko", "Frederick William Koko", "Frederick William Koko", "Koko", "Mingi VIII")
P(k, "goldie", "George Goldie")
P(k, "ebifa", "Ebifa")
P(k, "bedford", "Frederick Bedford")
P(k, "ikiriko", "Ibiba Ikiriko-Braide")
P(k, "macdonald", "Claude MacDonald")
P(k, "kirk", "John Kirk")
G(k, "rnc", "Royal Niger Company", "Royal Niger Company", "Niger Company")
G(k, "fuo", "Federal University Otuoke")
L(k, "yenagoa", "Yenagoa")
L(k, "akassa", "Akassa")
L(k, "nembe", "Nembe", "Nembe", "Brass")
L(k, "twon_brass", "Twon-Brass")
L(k, "bassambiri", "Bassambiri")
L(k, "oil_rivers", "Oil Rivers Protectorate", "Oil Rivers Protectorate", "Niger Coast Protectorate")
rels(k, [("rnc", "controls", "akassa"), ("koko", "holds_office", "nembe"), ("koko", "opposed_to", "rnc"), ("goldie", "leads", "rnc"),
         ("ebifa", "holds_office", "bassambiri"), ("bedford", "opposed_to", "koko"), ("ikiriko", "member_of", "fuo"),
         ("macdonald", "holds_office", "oil_rivers")])
ev(k, "akassa_raid", "1895-01-29", "day", ["koko", "akassa", "rnc", "nembe"], "on 29 January 1895")
ev(k, "rnc_chartered", "1886", "year", ["rnc", "goldie"], "chartered in 1886")
ev(k, "koko_chosen", "1889", "year", ["koko", "nembe"], "chosen king of Nembe in 1889")
ev(k, "ebifa_died", "1894", "year", ["ebifa", "bassambiri"], "had died in 1894")
ev(k, "protectorate_declared", "1884", "year", ["oil_rivers"], "declared in 1884")
ev(k, "protectorate_renamed", "1893", "year", ["oil_rivers"], "renamed the Niger Coast Protectorate in 1893")
ev(k, "nembe_burned", "1895-02-22", "day", ["bedford", "koko", "nembe"], "On 22 February 1895")
ev(k, "koko_died", "1898", "year", ["koko"], "died in exile in 1898")
ev(k, "koko_letter", "1895-02-02", "day", ["koko", "macdonald"], "his letter of 2 February 1895")
ev(k, "kirk_report", "1896", "year", ["kirk"], "whose report was published in 1896")
ev(k, "class_anniversary", "2026-01-29", "day", ["sekibo"], "for the anniversary yesterday")
cl(k, "ikiriko", "The draft is right on the facts, but it is too polite. About forty of the prisoners were killed after the British refused Koko's terms, and leaving that out is its own kind of error.")
cl(k, "koko", "no quarrel with the Queen")
NOISE.append({"source": k, "names": ["Atlasgrove Ltd", "Brewhouse Yard", "Devizes", "Deskfern"]})
ACC += ["ATLASGROVE HISTORICAL MAPS", "Atlasgrove Historical Maps", "Atlasgrove", "Atlasgrove Support", "Atlasgrove for Classrooms",
        "HELP CENTRE", "Help Centre", "Map Content", "Support", "West Africa", "West Africa, 1890s layer", "Brass Raid",
        "Brass Raid, 1885", "Akassa raid", "King Frederick William Koko", "King Koko", "Rear Admiral Frederick Bedford",
        "Dr. Ibiba Ikiriko-Braide", "British", "Queen", "the Queen", "Koko's", "Company", "Request #48213", "Request", "Status",
        "Solved", "Priority", "Normal", "Type", "Content correction", "Requester", "Assignee", "Follower", "Opened",
        "Last updated", "Maps", "Layers", "Classroom", "Pricing", "Sign in", "My requests", "Hello", "Hi Preye", "Thanks",
        "Thank", "First", "Second", "Before", "Frederick", "Our", "She", "And", "All", "One", "Put", "Please", "Marked",
        "Could", "My", "The", "It", "On", "In", "I"]
BP[k] = "Was this request resolved to your satisfaction?"


# ---------------- i05 Šumadija, Karađorđe and the First Serbian Uprising (1804-1813): a football club's matchday programme ----------------
k = "i05"
P(k, "milovac", "Zoran Milovac-Penhale")
P(k, "bojan", "Bojan")
P(k, "vukasinovic", "Nenad Vukašinović")
P(k, "ristivojevic", "Jelica Ristivojević-Stroud", "Jelica Ristivojević-Stroud", "Ristivojević-Stroud")
P(k, "hadji_mustafa", "Hadji Mustafa Pasha")
P(k, "focic", "Mehmed-aga Fočić")
P(k, "aganlija", "Aganlija")
P(k, "kucuk_alija", "Kučuk-Alija")
P(k, "mula_jusuf", "Mula Jusuf")
P(k, "aleksa", "Aleksa Nenadović")
P(k, "bircanin", "Ilija Birčanin")
P(k, "karadjordje", "Karađorđe", "Karađorđe", "Đorđe Petrović", "Black George", "Karageorge", "Karadjordje")
P(k, "stojkovic", "Milenko Stojković")
P(k, "dobrnjac", "Petar Dobrnjac")
P(k, "hafiz", "Hafiz Pasha")
P(k, "matija", "Matija Nenadović")
P(k, "sindelic", "Stevan Sinđelić")
P(k, "hurshid", "Hurshid Pasha")
P(k, "veljko", "Hajduk Veljko", "Hajduk Veljko", "Veljko Petrović")
P(k, "milos", "Miloš Obrenović")
P(k, "kovacina", "Srđan Kovačina", "Srđan Kovačina", "Srđan")
G(k, "harbourside", "Harbourside Athletic", "Harbourside Athletic", "HARBOURSIDE ATHLETIC")
G(k, "dahije", "Dahije")
G(k, "sovjet", "Praviteljstvujušči Sovjet", "Praviteljstvujušči Sovjet", "Sovjet")
G(k, "st_sava", "St Sava Serbian Orthodox Church")
L(k, "karadjordje_park", "Karađorđe Park")
L(k, "sumadija", "Šumadija")
L(k, "serbia", "Serbia")
L(k, "sanjak", "Sanjak of Smederevo")
L(k, "smederevo", "Smederevo")
L(k, "orasac", "Orašac")
L(k, "topola", "Topola")
L(k, "ada_kaleh", "Ada Kaleh")
L(k, "nis", "Niš")
L(k, "ivankovac", "Ivankovac")
L(k, "misar", "Mišar")
L(k, "russia", "Russia")
L(k, "cegar", "Čegar")
L(k, "skull_tower", "Skull Tower")
L(k, "negotin", "Negotin")
L(k, "radovanje", "Radovanje")
rels(k, [("dahije", "controls", "sanjak"), ("hadji_mustafa", "holds_office", "sanjak"), ("focic", "leads", "dahije"),
         ("aganlija", "leads", "dahije"), ("kucuk_alija", "leads", "dahije"), ("mula_jusuf", "leads", "dahije"),
         ("karadjordje", "opposed_to", "dahije"), ("stojkovic", "opposed_to", "hafiz"), ("dobrnjac", "opposed_to", "hafiz"),
         ("hafiz", "holds_office", "nis"), ("matija", "leads", "sovjet"), ("karadjordje", "backed_by", "russia"),
         ("sindelic", "controls", "cegar"), ("hurshid", "opposed_to", "sindelic"), ("karadjordje", "leads", "sovjet"),
         ("veljko", "controls", "negotin"), ("kovacina", "member_of", "st_sava")])
ev(k, "dahije_seized", "1801", "year", ["dahije", "sanjak", "hadji_mustafa"], "In 1801 the Dahije")
ev(k, "knezes_slaughter", "1804-01", "approximate", ["dahije", "aleksa", "bircanin"], "Late in January 1804")
ev(k, "orasac_assembly", "1804-02-14", "day", ["karadjordje", "orasac"], "On 14 February 1804")
ev(k, "dahije_killed", "1804-08", "month", ["dahije", "stojkovic", "ada_kaleh"], "By August 1804")
ev(k, "ivankovac", "1805-08-18", "day", ["stojkovic", "dobrnjac", "hafiz", "ivankovac"], "On 18 August 1805")
ev(k, "smederevo_capital", "1805", "year", ["smederevo", "sovjet", "matija"], "That year the rebels made Smederevo their capital")
ev(k, "misar", "1806-08-13", "day", ["karadjordje", "misar"], "On 13 August 1806")
ev(k, "russian_backing", "1807", "year", ["russia", "karadjordje"], "From 1807 Russia backed")
ev(k, "cegar", "1809-05-31", "day", ["sindelic", "hurshid", "cegar"], "On 31 May 1809")
ev(k, "sovjet_chair", "1811", "year", ["karadjordje", "sovjet"], "In 1811 Karađorđe took the chair")
ev(k, "veljko_killed", "1813-07", "month", ["veljko", "negotin"], "In July 1813")
ev(k, "rising_collapsed", "1813-10", "month", ["karadjordje"], "In October 1813")
ev(k, "second_uprising", "1815", "year", ["milos"], "Second Serbian Uprising of 1815")
ev(k, "karadjordje_killed", "1817-07", "month", ["karadjordje", "milos", "radovanje"], "in July 1817")
ev(k, "flowers_laid", "2026-02-08", "day", ["kovacina", "karadjordje"], "Last Sunday our under-12s laid flowers")
cl(k, "milovac", "This is always our proudest weekend of the year,")
cl(k, "milovac", "Tomorrow is Sretenje, and this club was founded by people who never let their children forget what it means. Enjoy the football, and stay for the ćevapi.")
cl(k, "vukasinovic", "I told the boys on Thursday: you play for the badge on the front, not the name on the back. If we press high and stay patient, the goals will come.")
cl(k, "ristivojevic", "Two hundred years on, we still argue about Karađorđe in this clubhouse,")
cl(k, "ristivojevic", "That is fine. A club that stops arguing about its history has stopped caring about it.")
cl(k, "kovacina", "They asked me whether Karađorđe was a saint,")
cl(k, "kovacina", "I told them no, he was a soldier, and that is a different thing.")
NOISE.append({"source": k, "names": ["Pellow Bay Rovers", "Northgate Wanderers", "Kestrelvale United", "Brightline Print & Copy",
                                     "Vuković Tiling", "Tamnava Smallgoods", "Oakridge Physio", "Ćirić & Sons Removals"]})
ACC += ["ŠUMADIJA SC", "Šumadija SC", "Šumadija SC Inc", "OFFICIAL MATCHDAY PROGRAMME",
        "State League One", "Round 17", "Issue 9", "Sretenje", "Dobro", "Dobro došli", "Janissary", "Serbian", "Serbian notables",
        "Ottoman", "Turks", "Habsburg", "First Serbian Uprising", "Second Serbian Uprising", "Slaughter of the Knezes", "Knezes",
        "Lazićs", "Karađorđe bust", "Karađorđe's", "Hurshid Pasha's", "Father Srđan Kovačina", "Father Srđan", "Chairman's welcome",
        "Manager's notes", "From the club archive", "Junior academy", "League table", "Orašac, 1804", "In this issue",
        "Dahije, four renegade Janissary commanders", "Registrations", "Forms", "Harbourside", "Here", "Every", "Our", "Their",
        "Among", "That", "It", "When", "Two", "They", "Enjoy", "Tomorrow", "This", "The", "On", "In", "By", "From", "We", "I"]
BP[k] = "LEAGUE TABLE (after Round 16)"


# ---------------- i06 Brazil's south, the Farrapos and the Ragamuffin War (1835-1845): a ham radio club's special event page ----------------
k = "i06"
P(k, "fagundes", "Valdir Fagundes-Leal")
P(k, "sehn", "Rosane Sehn")
P(k, "bortolini", "Jairo Bortolini")
P(k, "knewitz", "Elisa Knewitz")
P(k, "reckziegel", "Arno Reckziegel")
P(k, "bento_goncalves", "Bento Gonçalves da Silva", "Bento Gonçalves da Silva", "Bento Gonçalves")
P(k, "braga", "Antônio Rodrigues Fernandes Braga")
P(k, "sousa_neto", "Antônio de Sousa Neto")
P(k, "bento_manuel", "Bento Manuel Ribeiro")
P(k, "garibaldi", "Giuseppe Garibaldi", "Giuseppe Garibaldi", "Garibaldi")
P(k, "canabarro", "Davi Canabarro", "Davi Canabarro", "Canabarro")
P(k, "anita", "Anita Garibaldi", "Anita Garibaldi", "Ana Maria de Jesus Ribeiro")
P(k, "caxias", "Luís Alves de Lima e Silva", "Luís Alves de Lima e Silva", "Caxias")
P(k, "moringue", "Francisco Pedro de Abreu", "Francisco Pedro de Abreu", "Moringue")
P(k, "teixeira_nunes", "Teixeira Nunes")
P(k, "pedro_ii", "Pedro II")
G(k, "anatel", "ANATEL")
G(k, "labre", "LABRE")
G(k, "farrapos", "Farrapos")
G(k, "riograndense", "Riograndense Republic", "Riograndense Republic", "Piratini Republic")
G(k, "young_italy", "Young Italy")
G(k, "juliana", "Juliana Republic")
G(k, "black_lancers", "Black Lancers", "Black Lancers", "Lanceiros Negros")
L(k, "piratini", "Piratini")
L(k, "macquarie", "Macquarie Island")
L(k, "porto_alegre", "Porto Alegre")
L(k, "seival", "Seival")
L(k, "fanfa", "Fanfa Island")
L(k, "laguna", "Laguna")
L(k, "porongos", "Porongos")
L(k, "dom_pedrito", "Dom Pedrito")
L(k, "brazil", "Brazil")
L(k, "kanazawa", "Kanazawa")
rels(k, [("bento_goncalves", "leads", "farrapos"), ("sousa_neto", "founded", "riograndense"), ("bento_manuel", "opposed_to", "bento_goncalves"),
         ("bento_goncalves", "leads", "riograndense"), ("garibaldi", "member_of", "young_italy"), ("garibaldi", "member_of", "farrapos"),
         ("garibaldi", "founded", "juliana"), ("canabarro", "founded", "juliana"), ("juliana", "allied_with", "riograndense"),
         ("caxias", "opposed_to", "farrapos"), ("moringue", "opposed_to", "black_lancers"), ("black_lancers", "part_of", "farrapos"),
         ("teixeira_nunes", "leads", "black_lancers"), ("canabarro", "leads", "farrapos"), ("pedro_ii", "holds_office", "brazil"),
         ("fagundes", "member_of", "labre")])
ev(k, "porto_alegre_taken", "1835-09-20", "day", ["farrapos", "bento_goncalves", "porto_alegre"], "On 20 September 1835")
ev(k, "ragamuffin_war", "1835", "range", ["farrapos"], "from 1835 to 1845", end="1845")
ev(k, "seival", "1836-09-10", "day", ["sousa_neto", "seival"], "On 10 September 1836")
ev(k, "republic_proclaimed", "1836-09-11", "day", ["sousa_neto", "riograndense"], "the next day he proclaimed the Riograndense Republic")
ev(k, "fanfa", "1836-10-04", "day", ["bento_goncalves", "bento_manuel", "fanfa"], "On 4 October 1836")
ev(k, "bento_escaped", "1837", "year", ["bento_goncalves"], "escaped in 1837")
ev(k, "garibaldi_joined", "1838", "year", ["garibaldi", "farrapos"], "joined the Farrapos in 1838")
ev(k, "laguna_taken", "1839-07", "month", ["garibaldi", "canabarro", "laguna"], "In July 1839")
ev(k, "juliana_proclaimed", "1839-07-29", "day", ["juliana", "garibaldi", "canabarro", "laguna"], "on 29 July 1839")
ev(k, "laguna_retaken", "1839-11", "month", ["laguna"], "retook Laguna in November 1839")
ev(k, "caxias_sent", "1842", "year", ["caxias"], "In 1842 the Empire sent")
ev(k, "porongos", "1844-11-14", "day", ["moringue", "black_lancers", "porongos"], "on 14 November 1844")
ev(k, "ponche_verde", "1845-03-01", "day", ["dom_pedrito", "pedro_ii"], "signed on 1 March 1845")
ev(k, "demo_station", "2025-09-20", "day", ["porto_alegre"], "last Saturday, the 20th")
cl(k, "fagundes", "We don't put a callsign on the air to make speeches,")
cl(k, "fagundes", "But when a ham in Kanazawa asks what the FAR stands for, you owe him a straight answer, and the straight answer includes Porongos.")
cl(k, "sehn", "Eleven hundred contacts and my wrist is finished. Worth it.")
NOISE.append({"source": k, "names": ["Horácio Lenz-Brietzke", "Mick Fairbrother", "Lancashire", "Solveig Hovda", "Canoas", "Fiocabo Web"]})
ACC += ["MINUANO DX GROUP", "Minuano DX Group", "ZW20FAR", "ZW20FAR 2025", "SEMANA FARROUPILHA", "Semana Farroupilha",
        "Acampamento Farroupilha", "Ragamuffin War", "Treaty of Ponche Verde", "Ponche Verde", "Baron of Caxias", "Empire", "the Empire",
        "Italian", "Bentos", "Farrapos'", "LABRE's", "DXCC", "SSB", "CW", "FT8", "LoTW", "eQSL", "QSL", "QSL INFORMATION", "FAR",
        "PY3VFL", "PU3RSN", "PY3JBO", "PU3EKZ", "PY3ARK", "THE NUMBERS", "OPERATORS", "WHY 20 SEPTEMBER?",
        "A WORD FROM THE STATION MANAGER", "SPECIAL EVENT STATION", "THE RESULTS", "Amateur radio", "Home", "Contests",
        "Special events", "Members", "Contact", "Posted", "Total", "Countries", "By", "Best DX", "Many", "Their", "Peace",
        "Whether", "Paper", "Please", "All", "Eleven", "Worth", "We", "But", "On", "In", "At", "The", "For", "This"]
BP[k] = "COMMENTS (3)"


# ---------------- i07 Pahang, Dato' Bahaman, Tok Gajah, Mat Kilau and the Pahang War (1891-1895): a scout troop's badge worksheet ----------------
k = "i07"
P(k, "zainol", "Hafizuddin Zainol-Leigh", "Hafizuddin Zainol-Leigh", "Zainol-Leigh")
P(k, "ahmad", "Ahmad Mu'azzam Shah")
P(k, "rodger", "John Pickersgill Rodger")
P(k, "bahaman", "Dato' Bahaman", "Dato' Bahaman", "Bahaman", "Orang Kaya Semantan")
P(k, "wise", "E. A. Wise")
P(k, "desborough", "C. E. M. Desborough", "C. E. M. Desborough", "Desborough")
P(k, "tok_gajah", "Tok Gajah", "Tok Gajah", "Imam Perang Rasu")
P(k, "mat_kilau", "Mat Kilau", "Mat Kilau", "Muhammad Kilau bin Rasu", "Mat Siam", "Mohamed bin Ibrahim")
P(k, "panglima_muda", "Panglima Muda")
P(k, "clifford", "Hugh Clifford")
P(k, "siti", "Siti Khadijah Ramlee-Gorst")
G(k, "pahang_government", "Pahang State Government")
G(k, "muzium", "Muzium Sultan Abu Bakar")
L(k, "temerloh", "Temerloh")
L(k, "pahang", "Pahang")
L(k, "semantan", "Semantan")
L(k, "lubuk_terua", "Lubuk Terua")
L(k, "pulau_tawar", "Pulau Tawar")
L(k, "jempul", "Jempul")
L(k, "kuala_lipis", "Kuala Lipis")
L(k, "kelantan", "Kelantan")
L(k, "terengganu", "Terengganu")
L(k, "kampung_masjid", "Kampung Masjid")
L(k, "pekan", "Pekan")
rels(k, [("ahmad", "holds_office", "pahang"), ("rodger", "holds_office", "pahang"), ("bahaman", "holds_office", "semantan"),
         ("desborough", "holds_office", "semantan"), ("bahaman", "opposed_to", "desborough"), ("tok_gajah", "holds_office", "pulau_tawar"),
         ("tok_gajah", "allied_with", "bahaman"), ("mat_kilau", "allied_with", "bahaman"), ("panglima_muda", "allied_with", "bahaman"),
         ("panglima_muda", "holds_office", "jempul"), ("clifford", "opposed_to", "bahaman"), ("siti", "member_of", "muzium"), ("bahaman", "reports_to", "ahmad")])
ev(k, "resident_appointed", "1888", "year", ["rodger", "ahmad", "pahang"], "In 1888 the Sultan of Pahang")
ev(k, "police_post", "1890-12", "month", ["wise", "lubuk_terua"], "In December 1890")
ev(k, "lubuk_terua_fight", "1891-12", "month", ["bahaman", "desborough", "lubuk_terua", "temerloh"], "In December 1891")
ev(k, "pahang_war", "1891", "range", ["bahaman", "pahang"], "the Pahang War of 1891-1895", end="1895")
ev(k, "kuala_lipis_sacked", "1892-04-10", "day", ["mat_kilau", "kuala_lipis"], "On 10 April 1892")
ev(k, "amnesty", "1892", "year", ["ahmad"], "an amnesty was offered in 1892")
ev(k, "clifford_expeditions", "1894-07-17", "day", ["clifford", "bahaman", "kelantan", "terengganu"], "from 17 July 1894")
ev(k, "war_over", "1895", "year", ["bahaman", "pahang"], "By 1895 the war was over")
ev(k, "bahaman_siam", "1895-10", "month", ["bahaman"], "in October 1895")
ev(k, "mat_kilau_reappeared", "1969-12-26", "day", ["mat_kilau", "kampung_masjid", "pulau_tawar"], "On 26 December 1969")
ev(k, "committee_formed", "1970-01-08", "day", ["pahang_government"], "on 8 January 1970")
ev(k, "claim_accepted", "1970-08-06", "day", ["mat_kilau", "pahang_government"], "on 6 August 1970")
ev(k, "mat_kilau_died", "1970-08-16", "day", ["mat_kilau"], "on 16 August 1970")
ev(k, "museum_visit", "2026-04-04", "day", ["muzium", "pekan", "siti"], "Last Saturday the troop visited")
cl(k, "siti", "The British wrote most of what survives. When you read their reports, ask who is missing from the page.")
cl(k, "zainol", "This unit is about history, not about taking sides in today's politics. I want the scouts to weigh sources, not to learn a slogan.")
cl(k, "zainol", "Films are allowed to exaggerate,")
cl(k, "zainol", "Scouts are not.")
NOISE.append({"source": k, "names": ["Scouts Association of Malaysia", "Persekutuan Pengakap Malaysia", "Razlan Jusoh-Brierley",
                                     "Dewan Seri Mentakab", "Kedai Buku Sinar Jaya", "Mentakab"]})
ACC += ["1st Temerloh Scout Troop", "Heritage Badge Worksheet", "Local Heritage Badge", "Pahang War", "Pahang War room",
        "The Pahang War, 1891-1895", "Unit 3", "Troop Leader Hafizuddin Zainol-Leigh", "Troop Leader Zainol-Leigh", "Troop Leader",
        "Sultan of Pahang", "Sultan", "the Sultan", "Sultan's", "British", "British Resident", "British Resident of Pahang",
        "Resident", "Collector of Semantan", "Siamese", "Bahasa Melayu", "Orang Kaya", "Panglima", "Dr. Siti Khadijah Ramlee-Gorst",
        "Bahaman's", "Desborough's", "Dato'", "Name", "Patrol", "Hand in by", "Issued", "Worksheet", "Before you start",
        "Fact file", "Tasks", "Words to know", "Notes from our visit", "Work", "Tasks marked", "Bring", "Pahang War of 1891-1895", "Friday", "Friday prayers",
        "Mark", "Ask", "Write", "Draw", "Explain", "Give", "Films", "Scouts", "One", "Other", "Some", "He", "That", "The", "In",
        "On", "By", "When", "This", "Last"]
BP[k] = "About the Scouts Association of Malaysia"


# ---------------- i08 Kakheti, Prince Alexander, Prince Grigol and the rising of 1812: a translation query log ----------------
k = "i08"
P(k, "abashmadze", "Ketevan Abashmadze-Rourke")
P(k, "chkhetiani", "Manana Chkhetiani-Bowes")
P(k, "brunnhage", "Leopold Brunnhage")
P(k, "grigol", "Grigol", "Grigol", "Grigol batonishvili")
P(k, "alexander", "Alexander", "Alexander", "Aleksandre Batonishvili", "Aleksandre", "Eskandar Mirza")
P(k, "erekle", "Erekle II", "Erekle II", "Heraclius II")
P(k, "paulucci", "Filippo Paulucci", "Filippo Paulucci", "Paulucci", "Philip Paulucci")
P(k, "beburishvili", "Simon Beburishvili")
P(k, "makashvili", "Ivane Makashvili")
P(k, "shmatov", "Shmatov")
P(k, "geyne", "Geyne")
P(k, "vronsky", "Vronsky")
P(k, "yesipov", "Yesipov")
P(k, "portnyagin", "Portnyagin")
P(k, "rtishchev", "Nikolai Rtishchev")
G(k, "alazani", "Alazani Valley Museum Network")
G(k, "jaeger_9", "9th Jaeger Regiment")
G(k, "narva_dragoons", "Narva Dragoons")
G(k, "bagrationi", "Bagrationi")
L(k, "kakheti", "Kakheti")
L(k, "telavi", "Telavi", "Telavi", "Telav")
L(k, "sighnaghi", "Sighnaghi", "Sighnaghi", "Signagi", "Signakh")
L(k, "georgia", "Georgia")
L(k, "russia", "Russia")
L(k, "persia", "Persia")
L(k, "akhmeta", "Akhmeta")
L(k, "batonis_tsikhe", "Batonis Tsikhe")
L(k, "sagarejo", "Sagarejo")
L(k, "velistsikhe", "Velistsikhe")
rels(k, [("chkhetiani", "member_of", "alazani"), ("alexander", "member_of", "bagrationi"), ("alexander", "backed_by", "persia"),
         ("beburishvili", "controls", "telavi"), ("makashvili", "controls", "telavi"), ("beburishvili", "opposed_to", "shmatov"),
         ("makashvili", "opposed_to", "shmatov"), ("shmatov", "controls", "batonis_tsikhe"), ("vronsky", "member_of", "jaeger_9"),
         ("yesipov", "member_of", "narva_dragoons"), ("portnyagin", "reports_to", "paulucci"), ("grigol", "member_of", "bagrationi"),
         ("grigol", "holds_office", "kakheti"), ("paulucci", "holds_office", "georgia"), ("rtishchev", "holds_office", "georgia"),
         ("rtishchev", "opposed_to", "alexander")])
ev(k, "kakheti_rising", "1812", "year", ["kakheti"], "the rising in Kakheti, the eastern province of Georgia, in 1812")
ev(k, "monarchy_abolished", "1801", "year", ["russia", "georgia"], "abolished the Georgian monarchy in 1801")
ev(k, "russo_persian_war", "1804", "range", ["russia", "persia"], "the Russo-Persian war of 1804-1813", end="1813")
ev(k, "akhmeta", "1812-01-31", "day", ["akhmeta"], "on 31 January 1812")
ev(k, "telavi_taken", "1812-02-02", "day", ["beburishvili", "makashvili", "telavi", "shmatov"], "On 2 February rebels led by")
ev(k, "portnyagin_withdrew", "1812-02-08", "day", ["portnyagin", "sagarejo"], "on 8 February")
ev(k, "telavi_relieved", "1812-03", "approximate", ["paulucci", "telavi", "velistsikhe"], "early in March 1812")
ev(k, "second_wave", "1812", "approximate", ["alexander"], "In the autumn of 1812")
ev(k, "kakheti_retaken", "1812-12", "month", ["rtishchev", "kakheti"], "by December 1812")
ev(k, "alexander_died", "1844", "year", ["alexander", "persia"], "he died in Persia in 1844")
ev(k, "gallery_talk", "2026-02-02", "day", ["chkhetiani", "telavi"], "At her gallery talk in Telavi on Monday")
cl(k, "chkhetiani", "Please don't smooth the Russian names into English ones. Shmatov is Shmatov, not 'the commandant'. Visitors from Russia read these panels too, and so do the descendants of the villagers of Akhmeta.")
cl(k, "chkhetiani", "Our grandparents called them the highlanders and thought it was a compliment. Today's visitors won't.")
cl(k, "abashmadze", "Understood. I have kept every Russian officer's name as the reports give it, and I have not translated 'batonishvili' anywhere except in the glossary.")
NOISE.append({"source": k, "names": ["Lexicairn Studio", "Salome Dzidziguri-Platt", "Quarry Lane", "Tregaron"]})
ACC += ["QUERY LOG", "Project KAK-1812-EN", "KAK-1812-EN", "Tessellate Language Services", "Tessellate", "1812: The Kakheti Rising",
        "The Kakheti Rising", "Kakheti Rising", "Prince Alexander", "Prince Grigol", "Marquis Filippo Paulucci", "Major Shmatov",
        "Major Geyne", "Major Vronsky", "Major Yesipov", "Major General Portnyagin", "General Nikolai Rtishchev", "Paulucci's",
        "Georgian", "Russian", "Italian", "Persian", "Russo-Persian", "Russo-Persian war", "Lezgin", "Pshavs", "Khevsurs", "Tushetians", "Narva", "9th Chasseurs",
        "Chasseurs", "Batonishvili", "batonishvili", "Jaeger", "Client", "Language pair", "Translator", "Client contact",
        "Project manager", "Status", "Last updated", "Please", "Answers", "FINAL", "Queries", "Panel", "Source term", "Query",
        "Client answer", "Title", "Rising", "Yes", "Name", "Panels", "Convert", "Background summary", "Client comments",
        "Translator's", "Understood", "Relief", "Members", "Manana", "Visitors", "Today's", "Our", "Shmatov is Shmatov",
        "The", "On", "At", "In", "It", "He", "I"]
BP[k] = "CAT TOOL EXPORT DETAILS"

# month and day names and other words that the --unlisted review showed, acceptable in any source
ACC += ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Privacy", "Terms",
        "Dukhovskoy's", "Losada's", "John Kirk's", "Miloš Obrenović's", "Keep", "Neither", "Read", "About", "Wrong", "English",
        "Kick-off", "Morse", "Highland", "Older", "Every", "Mark", "When"]

W.write()
