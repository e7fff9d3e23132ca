"""Builds gold.json for the thirty-first held-out set (heldout31) from the annotations below (run:
python3 eval/heldout31/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words. Entity surfaces are never split across lines.

No entity is shared between two sources of this set: the eight articles are about eight unrelated armed movements in
eight regions and eight centuries (1st, 15th, 19th three times, 20th three times), and the only names two of them share
are generic words such as "Dutch", "British" or "Soviet", which are acceptable. Entity ids are unique across the set;
event ids are unique across the whole set."""
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


# ---------------- i01 Rhine frontier, Julius Civilis and the Batavian revolt (AD 69-70): a reenactment society's impression guide ----------------
k = "i01"
P(k, "doornbos", "Maartje Doornbos-Wijnbergen")
P(k, "civilis", "Julius Civilis", "Julius Civilis", "Claudius Civilis", "Civilis")
P(k, "tacitus", "Tacitus")
P(k, "rembrandt", "Rembrandt")
P(k, "nero", "Nero")
P(k, "galba", "Galba")
P(k, "vitellius", "Aulus Vitellius", "Aulus Vitellius", "Vitellius")
P(k, "vespasian", "Vespasian")
P(k, "brinno", "Brinno")
P(k, "lupercus", "Munius Lupercus", "Munius Lupercus", "Lupercus")
P(k, "veleda", "Veleda")
P(k, "flaccus", "Hordeonius Flaccus")
P(k, "classicus", "Julius Classicus")
P(k, "tutor", "Julius Tutor")
P(k, "sabinus", "Julius Sabinus", "Julius Sabinus", "Sabinus")
P(k, "cerialis", "Quintus Petillius Cerialis", "Quintus Petillius Cerialis", "Cerialis")
P(k, "labeo", "Claudius Labeo")
P(k, "briganticus", "Julius Briganticus")
P(k, "epponina", "Epponina")
P(k, "wijnbergen", "Ruud Wijnbergen")
P(k, "halbertsma", "Sjoerd Halbertsma-Reyes")
G(k, "batavi", "Batavi", "Batavi", "Batavians")
G(k, "canninefates", "Canninefates")
G(k, "treveri", "Treveri")
G(k, "lingones", "Lingones")
G(k, "bructeri", "Bructeri")
G(k, "gallic_empire", "Empire of the Gauls", "Empire of the Gauls", "Imperium Galliarum")
G(k, "radboud", "Radboud University")
G(k, "valkhof", "Museum Het Valkhof")
L(k, "waal", "Waal")
L(k, "rhine", "Rhine")
L(k, "insula_batavorum", "Insula Batavorum")
L(k, "nijmegen", "Nijmegen")
L(k, "rome", "Rome")
L(k, "upper_germany", "Upper Germany")
L(k, "vetera", "Vetera")
L(k, "xanten", "Xanten")
L(k, "rigodulum", "Rigodulum")
rels(k, [("civilis", "leads", "batavi"), ("brinno", "leads", "canninefates"), ("civilis", "opposed_to", "lupercus"),
         ("lupercus", "controls", "vetera"), ("treveri", "allied_with", "batavi"), ("lingones", "allied_with", "batavi"),
         ("veleda", "member_of", "bructeri"), ("flaccus", "holds_office", "upper_germany"),
         ("classicus", "founded", "gallic_empire"), ("tutor", "founded", "gallic_empire"), ("sabinus", "founded", "gallic_empire"),
         ("classicus", "member_of", "treveri"), ("tutor", "member_of", "treveri"), ("sabinus", "member_of", "lingones"),
         ("cerialis", "reports_to", "vespasian"), ("cerialis", "opposed_to", "treveri"), ("cerialis", "opposed_to", "civilis"),
         ("labeo", "opposed_to", "civilis"), ("briganticus", "reports_to", "cerialis"), ("briganticus", "opposed_to", "civilis"),
         ("halbertsma", "member_of", "radboud")])
ev(k, "batavian_revolt", "0069", "range", ["batavi", "civilis"], "the revolt of AD 69-70", end="0070")
ev(k, "nero_fell", "0068", "year", ["nero"], "In 68 Nero fell")
ev(k, "oath_refused", "0069-01-01", "day", ["galba", "upper_germany"], "On 1 January 69")
ev(k, "vitellius_hailed", "0069-01", "month", ["vitellius", "rhine"], "in January 69 the Rhine army hailed Aulus Vitellius")
ev(k, "grove_feast", "0069", "approximate", ["civilis", "batavi"], "Late in the summer of 69")
ev(k, "vetera_surrendered", "0070-03", "month", ["vetera", "lupercus"], "Vetera surrendered in March 70")
ev(k, "vespasian_won", "0069-12", "month", ["vespasian"], "won the civil war in December 69")
ev(k, "rigodulum", "0070", "year", ["cerialis", "treveri", "rigodulum"], "at Rigodulum in 70")
ev(k, "vetera_battle", "0070", "approximate", ["civilis", "vetera"], "at Vetera in the summer of 70")
ev(k, "sabinus_executed", "0079", "approximate", ["sabinus"], "executed around 79")
ev(k, "conspiracy_painted", "1661", "range", ["rembrandt"], "between 1661 and 1662", end="1662")
ev(k, "kit_check", "2026-02-28", "day", ["valkhof", "doornbos"], "at Museum Het Valkhof last Saturday")
cl(k, "civilis", "We are no longer treated as allies, as we once were, but as slaves.")
cl(k, "wijnbergen", "The visitor should leave knowing that Batavians fought on both sides.")
cl(k, "halbertsma", "Civilis was a Roman officer,")
cl(k, "halbertsma", "Dress his men as a Roman army in revolt, not as extras from a film about barbarians.")
cl(k, "doornbos", "If it would have passed a Roman inspection in 68, it passes ours.")
NOISE.append({"source": k, "names": ["Kasteel Doorwerth", "Hunerberg", "Wijchen", "Pixelwaard", "Arnhem", "Lotte Vermeulen-Obi"]})
ACC += ["INSULA LIVING HISTORY", "Insula Living History", "IMPRESSION GUIDE 7", "Impression Guide 7", "THE BATAVIAN REVOLT",
        "Batavian revolt", "Batavian", "Roman", "Gallic", "German", "Germanic", "Claudius", "Claudii", "Julius", "Civilis's",
        "Tacitus'", "Rembrandt's", "Vespasian's", "WHO WAS CIVILIS?", "AD", "Dr. Sjoerd Halbertsma-Reyes", "Members' area",
        "Impression guides", "Guide 7", "Join us", "Download PDF", "Kit list only", "WHY THIS GUIDE", "THE STORY IN BRIEF",
        "NAMES ON THE FIELD", "KIT LIST", "REBEL CAMP", "Version", "Events", "Shop", "OK", "Instead", "Three", "Upper",
        "Our central figure", "Tacitus calls"]
BP[k] = "UPCOMING EVENTS"


# ---------------- i02 Bohemia, Jan Žižka, the Taborites and the Hussite wars (1419-1434): a flag register entry ----------------
k = "i02"
P(k, "kalvoda", "Ondřej Kalvoda-Marsh")
P(k, "hus", "Jan Hus")
P(k, "zelivsky", "Jan Želivský")
P(k, "wenceslaus", "Wenceslaus IV")
P(k, "sigismund", "Sigismund")
P(k, "martin_v", "Martin V")
P(k, "zizka", "Jan Žižka", "Jan Žižka", "Žižka", "ŽIŽKA")
P(k, "prokop_holy", "Prokop Holý", "Prokop Holý", "Prokop the Bald", "Procopius the Great")
P(k, "prokop_lesser", "Prokop the Lesser", "Prokop the Lesser", "Prokůpek")
P(k, "cesarini", "Giuliano Cesarini")
P(k, "divis", "Diviš Bořek of Miletínek")
P(k, "stastna", "Veronika Šťastná-Pruitt")
P(k, "vondruska", "Radek Vondruška")
G(k, "hussites", "Hussites", "Hussites", "Utraquists", "Calixtines")
G(k, "taborites", "Taborites")
G(k, "orebites", "Orebites", "Orebites", "Orphans")
G(k, "panska_jednota", "Panská jednota")
G(k, "hussite_church", "Czechoslovak Hussite Church")
G(k, "charles_univ", "Charles University")
L(k, "bohemia", "Bohemia", "Bohemia", "BOHEMIA")
L(k, "prague", "Prague")
L(k, "new_town", "New Town")
L(k, "hungary", "Hungary")
L(k, "tabor", "Tábor")
L(k, "vitkov", "Vítkov Hill")
L(k, "rabi", "Rabí")
L(k, "oreb", "Oreb")
L(k, "pribyslav", "Přibyslav")
L(k, "domazlice", "Domažlice")
L(k, "lipany", "Lipany")
L(k, "zizkov", "Žižkov")
rels(k, [("zelivsky", "member_of", "hussites"), ("wenceslaus", "holds_office", "bohemia"), ("sigismund", "holds_office", "hungary"),
         ("martin_v", "opposed_to", "hussites"), ("zizka", "leads", "taborites"), ("zizka", "opposed_to", "sigismund"),
         ("zizka", "leads", "orebites"), ("prokop_holy", "leads", "taborites"), ("prokop_lesser", "leads", "orebites"),
         ("orebites", "allied_with", "taborites"), ("cesarini", "opposed_to", "hussites"), ("divis", "leads", "panska_jednota"),
         ("panska_jednota", "opposed_to", "taborites"), ("panska_jednota", "opposed_to", "orebites"),
         ("stastna", "member_of", "charles_univ")])
ev(k, "hus_burned", "1415-07-06", "day", ["hus"], "on 6 July 1415")
ev(k, "defenestration", "1419-07-30", "day", ["zelivsky", "new_town", "prague"], "On 30 July 1419")
ev(k, "wenceslaus_died", "1419-08-16", "day", ["wenceslaus"], "on 16 August 1419")
ev(k, "crusade_called", "1420-03", "month", ["martin_v", "hussites"], "in March 1420")
ev(k, "tabor_founded", "1420", "year", ["tabor", "taborites"], "in south Bohemia in 1420")
ev(k, "vitkov", "1420-07-14", "day", ["zizka", "sigismund", "vitkov"], "on 14 July 1420")
ev(k, "rabi_siege", "1421", "year", ["zizka", "rabi"], "castle in 1421")
ev(k, "oreb_brotherhood", "1423", "year", ["zizka", "orebites"], "In 1423 he left Tábor")
ev(k, "zizka_died", "1424-10-11", "day", ["zizka", "pribyslav"], "on 11 October 1424")
ev(k, "prokop_command", "1426", "year", ["prokop_holy", "taborites"], "from 1426")
ev(k, "domazlice", "1431-08-14", "day", ["cesarini", "domazlice", "hussites"], "On 14 August 1431")
ev(k, "lipany", "1434-05-30", "day", ["panska_jednota", "divis", "lipany", "taborites", "orebites"], "on 30 May 1434")
ev(k, "church_founded", "1920", "year", ["hussite_church"], "founded in 1920")
ev(k, "statue_unveiled", "1950", "year", ["zizka", "vitkov"], "on Vítkov Hill in 1950")
ev(k, "tabor_seminar", "2025-07-28", "day", ["stastna", "tabor"], "at a seminar in Tábor last Monday")
cl(k, "hus", "Seek the truth, hear the truth, learn the truth, love the truth, speak the truth, hold the truth and defend the truth until death.")
cl(k, "stastna", "There is no surviving Hussite flag,")
cl(k, "stastna", "What we register is a memory of a flag, and the entry should say so at the top.")
cl(k, "kalvoda", "Black and red looks right to modern eyes. It may not have looked that way in 1420.")
cl(k, "vondruska", "A chalice on a shield is a church symbol; a chalice on a pole is a war flag. Keep the two apart.")
NOISE.append({"source": k, "names": ["Hana Pivoňková", "Plzeň", "Kutná Hora", "Vexillon Circle", "Brno", "Kartuš Web", "Olomouc"]})
ACC += ["BANNER ATLAS", "Banner Atlas", "HUSSITE BANNERS", "Hussite banners", "Hussite", "Taborite", "Utraquist", "Catholic",
        "Bohemian", "Czech", "Czech lands", "Europe", "CZ-HIST-0114", "Council of Constance", "Constance", "Jena Codex",
        "Ye Who Are Warriors of God", "Prokop", "Prokops", "Jan Žižka of Trocnov", "Trocnov", "Diviš Bořek", "Miletínek",
        "King Wenceslaus IV", "Pope Martin V", "Cardinal Giuliano Cesarini", "Dr. Veronika Šťastná-Pruitt", "ŽIŽKA'S SUCCESSORS",
        "Žižka's", "Hussites'", "Sigismund's", "Rabí castle", "Image 1", "Image 2", "Image 3", "Image", "DESCRIPTION", "HISTORY",
        "VARIANTS", "MODERN USE", "CONTRIBUTOR NOTES", "Register code", "Status", "Entry editor", "Last revised", "Browse by region",
        "Browse by period", "Symbols index", "Submit a flag", "Log", "Accept", "Settings", "Atlas", "Historical", "Cookies",
        "King of Hungary", "The", "On", "He", "After", "In", "A"]
BP[k] = "DISCUSSION (5)"


# ---------------- i03 West Sumatra, Tuanku Imam Bonjol and the Padri War (1803-1837): a picture library's image page ----------------
k = "i03"
P(k, "miskin", "Haji Miskin")
P(k, "sumanik", "Haji Sumanik")
P(k, "piobang", "Haji Piobang")
P(k, "nan_renceh", "Tuanku nan Renceh")
P(k, "pasaman", "Tuanku Pasaman")
P(k, "muningsyah", "Arifin Muningsyah")
P(k, "bagagar", "Tangkal Alam Bagagar")
P(k, "raaff", "Raaff")
P(k, "imam_bonjol", "Tuanku Imam Bonjol", "Tuanku Imam Bonjol", "Imam Bonjol", "Muhammad Shahab", "Peto Syarif", "Malim Basa",
  "Tuanku Mudo")
P(k, "cochius", "Frans David Cochius")
P(k, "michiels", "Andreas Victor Michiels")
P(k, "tambusai", "Tuanku Tambusai")
P(k, "hendrayani", "Wulan Hendrayani-Croft")
P(k, "yusnita", "Rahmi Yusnita")
G(k, "padri", "Padri", "Padri", "Paderi")
G(k, "harimau", "Harimau nan Salapan", "Harimau nan Salapan", "Eight Tigers")
G(k, "andalas", "Andalas University")
G(k, "oostkust", "Oostkust Prentencollectie")
G(k, "prentkabinet", "Hollandse Prentkabinet Foundation")
L(k, "bonjol", "Bonjol", "Bonjol", "BONJOL", "Bondjol")
L(k, "alahan_panjang", "Alahan Panjang")
L(k, "west_sumatra", "West Sumatra")
L(k, "netherlands", "Netherlands")
L(k, "pagaruyung", "Pagaruyung")
L(k, "koto_tangah", "Koto Tangah")
L(k, "fort_vdc", "Fort van der Capellen")
L(k, "batusangkar", "Batusangkar")
L(k, "masang", "Masang")
L(k, "tanah_datar", "Tanah Datar")
L(k, "sumatra", "Sumatra")
L(k, "indonesia", "Indonesia")
L(k, "jalan_imam_bonjol", "Jalan Imam Bonjol")
L(k, "bukittinggi", "Bukittinggi")
rels(k, [("nan_renceh", "leads", "harimau"), ("harimau", "part_of", "padri"), ("pasaman", "member_of", "padri"),
         ("pasaman", "opposed_to", "muningsyah"), ("muningsyah", "holds_office", "pagaruyung"), ("raaff", "opposed_to", "padri"),
         ("imam_bonjol", "leads", "padri"), ("imam_bonjol", "controls", "bonjol"), ("bagagar", "holds_office", "tanah_datar"),
         ("cochius", "opposed_to", "imam_bonjol"), ("michiels", "reports_to", "cochius"), ("tambusai", "leads", "padri"),
         ("yusnita", "member_of", "andalas")])
ev(k, "print_made", "1840", "approximate", ["netherlands"], "probably in the early 1840s")
ev(k, "padri_war", "1803", "range", ["padri", "west_sumatra"], "from around 1803 to 1837", end="1837")
ev(k, "pilgrims_return", "1803", "approximate", ["miskin", "sumanik", "piobang"], "came home from the hajj around 1803")
ev(k, "koto_tangah", "1815", "year", ["pasaman", "muningsyah", "koto_tangah"], "In 1815 Tuanku Pasaman")
ev(k, "treaty_1821", "1821-02", "month", ["bagagar"], "In February 1821")
ev(k, "raaff_arrived", "1821-12-08", "day", ["raaff"], "on 8 December 1821")
ev(k, "masang_truce", "1825", "year", ["masang"], "In 1825 the Dutch made a truce at Masang")
ev(k, "war_resumed", "1830", "approximate", ["padri"], "resumed in the 1830s")
ev(k, "bonjol_born", "1772", "approximate", ["imam_bonjol"], "Born around 1772")
ev(k, "chiefs_changed_sides", "1833", "year", ["padri", "bagagar"], "In 1833 many adat chiefs")
ev(k, "plakat_panjang", "1833-10-25", "day", ["west_sumatra"], "On 25 October 1833")
ev(k, "bonjol_fell", "1837-08-16", "day", ["bonjol", "cochius", "michiels"], "on 16 August 1837")
ev(k, "bonjol_negotiated", "1837-10", "month", ["imam_bonjol"], "in October 1837")
ev(k, "bonjol_died", "1864-11-06", "day", ["imam_bonjol"], "on 6 November 1864")
ev(k, "national_hero", "1973", "year", ["imam_bonjol", "indonesia"], "a National Hero in 1973")
ev(k, "bukittinggi_seminar", "2025-11-14", "day", ["yusnita", "bukittinggi"], "at a seminar in Bukittinggi last Friday")
cl(k, "hendrayani", "Please do not call this a picture of Imam Bonjol,")
cl(k, "hendrayani", "He is not in it, and no portrait from life is known.")
cl(k, "yusnita", "The Padri War was Minangkabau against Minangkabau before it was Minangkabau against the Dutch, and the villages remember both.")
NOISE.append({"source": k, "names": ["Nias", "Payakumbuh", "Bengkulu", "Ipswich", "Hallowtide Digital"]})
ACC += ["TIDEMARK & VANE PICTURE LIBRARY", "Tidemark & Vane Picture Library", "Tidemark & Vane", "KV-118-20431",
        "THE STORMING OF BONJOL", "Padri War", "Minangkabau War", "Minangkabau", "Dutch", "Muslim", "Indonesians", "Indonesian",
        "Plakat Panjang", "Padri movement", "Bestorming van Bondjol", "National Hero", "Sultan Arifin Muningsyah", "Sultan Tangkal Alam Bagagar",
        "Lieutenant Colonel Raaff", "Major General Frans David Cochius", "Lieutenant Colonel Andreas Victor Michiels",
        "Dr. Rahmi Yusnita", "Imam Bonjol's", "Haji", "Tuanku", "Asia", "HAND-COLOURED LITHOGRAPH", "CAPTION",
        "EXTENDED DESCRIPTION", "NOTE FROM THE PICTURE DESK", "KEYWORDS", "CREDIT LINE", "Image ID", "Rights", "Orientation",
        "Max", "Add", "Request", "Download", "Search", "Collections", "Lightbox", "Pricing", "Log", "Accept", "Essential", "Home",
        "History", "Lithograph", "Dutch colonial troops", "Its", "When", "The", "In", "On", "Born"]
BP[k] = "SIMILAR IMAGES"


# ---------------- i04 Northland, Hōne Heke, Kawiti and the Flagstaff War (1845-1846): a school's trip letter with consent slip ----------------
k = "i04"
P(k, "heke", "Hōne Heke Pōkai", "Hōne Heke Pōkai", "Heke")
P(k, "kawiti", "Te Ruki Kawiti", "Te Ruki Kawiti", "Kawiti")
P(k, "hulme", "William Hulme")
P(k, "nene", "Tāmati Wāka Nene", "Tāmati Wāka Nene", "Nene")
P(k, "despard", "Henry Despard")
P(k, "phillpotts", "George Phillpotts")
P(k, "grey", "George Grey")
P(k, "maihi_kawiti", "Maihi Paraone Kawiti")
P(k, "heke_ngapua", "Hōne Heke Ngāpua")
P(k, "taurere", "Hemi Taurere")
P(k, "marama", "Josh Marama-Pettigrew")
P(k, "pirihi", "Aroha Pirihi-Nolan")
P(k, "tuhiwai", "Warren Tuhiwai-Brooke")
G(k, "ngapuhi", "Ngāpuhi")
G(k, "regiment_58", "58th Regiment")
G(k, "regiment_99", "99th Regiment")
G(k, "nz_parliament", "Parliament")
G(k, "doc", "Department of Conservation", "Department of Conservation", "DOC")
L(k, "ruapekapeka", "Ruapekapeka", "Ruapekapeka", "RUAPEKAPEKA")
L(k, "kawakawa", "Kawakawa")
L(k, "kororareka", "Kororāreka", "Kororāreka", "KORORĀREKA")
L(k, "bay_of_islands", "Bay of Islands")
L(k, "maiki", "Maiki Hill")
L(k, "puketutu", "Puketutu")
L(k, "te_ahuahu", "Te Ahuahu")
L(k, "ohaeawai", "Ōhaeawai")
L(k, "new_zealand", "New Zealand")
L(k, "paihia", "Paihia")
L(k, "christ_church", "Christ Church")
L(k, "pompallier", "Pompallier Mission")
rels(k, [("heke", "member_of", "ngapuhi"), ("kawiti", "allied_with", "heke"), ("hulme", "opposed_to", "heke"),
         ("nene", "member_of", "ngapuhi"), ("nene", "allied_with", "regiment_58"), ("nene", "opposed_to", "heke"),
         ("despard", "member_of", "regiment_99"), ("despard", "opposed_to", "kawiti"), ("grey", "holds_office", "new_zealand"),
         ("heke_ngapua", "member_of", "nz_parliament"), ("marama", "member_of", "doc"), ("doc", "controls", "ruapekapeka")])
ev(k, "northern_war", "1845", "range", ["heke", "kawiti"], "Northern War of 1845-1846", end="1846")
ev(k, "treaty_signed", "1840-02-06", "day", ["heke"], "on 6 February 1840")
ev(k, "flagstaff_1", "1844-07-08", "day", ["heke", "maiki", "kororareka"], "On 8 July 1844")
ev(k, "flagstaff_2_3", "1845-01", "month", ["heke"], "twice more in January 1845")
ev(k, "kororareka_attack", "1845-03-11", "day", ["heke", "kawiti", "kororareka"], "On 11 March 1845")
ev(k, "puketutu", "1845-05-08", "day", ["hulme", "heke", "puketutu"], "on 8 May 1845")
ev(k, "te_ahuahu", "1845-06-12", "day", ["nene", "heke", "te_ahuahu"], "On 12 June 1845")
ev(k, "ohaeawai", "1845-07-01", "day", ["despard", "kawiti", "ohaeawai", "phillpotts"], "on 1 July 1845")
ev(k, "grey_governor", "1845-11", "month", ["grey", "new_zealand"], "in November 1845")
ev(k, "ruapekapeka_taken", "1846-01-11", "day", ["ruapekapeka", "kawiti"], "on 11 January 1846")
ev(k, "heke_died", "1850-08-07", "day", ["heke"], "on 7 August 1850")
ev(k, "flagstaff_1858", "1858", "year", ["maihi_kawiti", "kororareka"], "In 1858 Kawiti's son")
ev(k, "ngapua_elected", "1893", "year", ["heke_ngapua", "nz_parliament"], "elected to Parliament in 1893")
ev(k, "kaumatua_visit", "2026-02-10", "day", ["taurere"], "visited both classes last Tuesday")
cl(k, "taurere", "Our tamariki should stand inside the trenches and understand that Kawiti was a brilliant engineer,")
cl(k, "taurere", "Then they can ask why the schoolbooks remembered the flagpole and not the pā.")
cl(k, "marama", "Stay on the mown paths. The trenches are part of the history, and they can twist an ankle.")
NOISE.append({"source": k, "names": ["Whangārei Rotary Club", "Whangārei", "Te Awa Print", "Kōrero Digital", "Kerikeri"]})
ACC += ["KAHIKATEA RIDGE SCHOOL", "Kahikatea Ridge School", "TE KURA O KAHIKATEA", "Te Kura o Kahikatea",
        "YEARS 7-8 OVERNIGHT TRIP", "Years 7-8", "Years 7", "Northern War", "Flagstaff War", "Treaty of Waitangi", "British",
        "HMS Hazard", "Hazard", "Ngāpuhi descent", "Hōne Hekes", "Kawitis", "Heke's", "Kawiti's", "Nene's",
        "Lieutenant Colonel William Hulme", "Colonel Henry Despard", "Lieutenant George Phillpotts", "Governor of New Zealand",
        "Matua Hemi Taurere", "Ranger Josh Marama-Pettigrew", "Team Leader", "Principal", "Kia", "Kia ora", "Ngā mihi nui",
        "WHY THESE PLACES?", "WHO WILL GUIDE US?", "PLAN", "WHAT TO BRING", "CONSENT SLIP", "Day 1", "Day 2", "Room",
        "Home", "About us", "Enrolment", "Newsletters", "Calendar", "Notices", "Contact", "OK", "Posted", "Thursday", "Friday",
        "Medical", "Parent", "Phone", "Sunday", "Not", "Please", "To", "The", "On", "In", "Be"]
BP[k] = "LATEST NOTICES"


# ---------------- i05 Bulgaria, Benkovski, Kableshkov and the April Uprising (1876): a film production's call sheet ----------------
k = "i05"
P(k, "benkovski", "Georgi Benkovski", "Georgi Benkovski", "GEORGI BENKOVSKI", "Benkovski", "Gavril Hlatev")
P(k, "kableshkov", "Todor Kableshkov", "Todor Kableshkov", "TODOR KABLESHKOV", "Kableshkov")
P(k, "raina", "Raina Popgeorgieva", "Raina Popgeorgieva", "RAINA POPGEORGIEVA", "Raina Knyaginya")
P(k, "volov", "Panayot Volov", "Panayot Volov", "PANAYOT VOLOV")
P(k, "kaloyan_dimov", "Kaloyan Dimov")
P(k, "stefan_dimov", "Stefan Dimov")
P(k, "ilieva", "Desislava Ilieva")
P(k, "kostov", "Martin Kostov")
P(k, "grozeva", "Tsvetana Grozeva", "Tsvetana Grozeva", "Grozeva")
P(k, "ahmed_aga", "Ahmed Aga")
P(k, "botev", "Hristo Botev", "Hristo Botev", "Botev")
P(k, "macgahan", "Januarius MacGahan")
P(k, "gladstone", "William Gladstone")
P(k, "stoilova", "Mira Stoilova-Hart")
P(k, "peev", "Radoslav Peev")
G(k, "brcc", "Bulgarian Revolutionary Central Committee", "Bulgarian Revolutionary Central Committee", "BRCC")
G(k, "fourth_district", "Fourth Revolutionary District")
G(k, "kop_committee", "Koprivshtitsa Revolutionary Committee")
G(k, "flying_troop", "Flying Troop")
G(k, "daily_news", "Daily News")
G(k, "plovdiv_univ", "Plovdiv University")
G(k, "kinokadar", "Kinokadar Studio")
L(k, "koprivshtitsa", "Koprivshtitsa", "Koprivshtitsa", "KOPRIVSHTITSA")
L(k, "kableshkov_house", "Kableshkov House", "KABLESHKOV HOUSE")
L(k, "panagyurishte", "Panagyurishte")
L(k, "oborishte", "Oborishte", "Oborishte", "OBORISHTE")
L(k, "giurgiu", "Giurgiu")
L(k, "romania", "Romania")
L(k, "bulgaria", "Bulgaria")
L(k, "batak", "Batak")
L(k, "ribaritsa", "Ribaritsa")
L(k, "kozloduy", "Kozloduy")
L(k, "vratsa", "Vratsa")
L(k, "gabrovo", "Gabrovo")
L(k, "russia", "Russia")
L(k, "botevgrad", "Botevgrad")
L(k, "benkovski_village", "Benkovski")
L(k, "kableshkovo", "Kableshkovo")
rels(k, [("volov", "leads", "fourth_district"), ("benkovski", "leads", "fourth_district"), ("fourth_district", "part_of", "brcc"),
         ("kableshkov", "leads", "kop_committee"), ("benkovski", "leads", "flying_troop"), ("botev", "member_of", "brcc"),
         ("macgahan", "member_of", "daily_news"), ("grozeva", "member_of", "plovdiv_univ")])
ev(k, "giurgiu_meeting", "1875", "approximate", ["brcc", "giurgiu"], "Late in 1875")
ev(k, "oborishte_assembly", "1876-04-26", "day", ["oborishte", "fourth_district"], "On 26 April 1876")
ev(k, "rising_declared", "1876-05-02", "day", ["kableshkov", "koprivshtitsa"], "on 2 May 1876")
ev(k, "batak_massacre", "1876-05", "month", ["batak", "ahmed_aga"], "At Batak in May 1876")
ev(k, "benkovski_killed", "1876-05-24", "day", ["benkovski", "ribaritsa"], "on 24 May 1876")
ev(k, "botev_landed", "1876-05-29", "day", ["botev", "kozloduy"], "on 29 May 1876")
ev(k, "botev_killed", "1876-06-01", "day", ["botev", "vratsa"], "on 1 June 1876")
ev(k, "kableshkov_died", "1876-06", "month", ["kableshkov", "gabrovo"], "in Gabrovo in June 1876")
ev(k, "macgahan_reports", "1876-08", "month", ["macgahan", "daily_news", "batak"], "in August 1876")
ev(k, "gladstone_pamphlet", "1876-09", "month", ["gladstone"], "in September 1876")
ev(k, "russia_war", "1877", "year", ["russia"], "in 1877")
ev(k, "san_stefano", "1878-03-03", "day", ["bulgaria"], "on 3 March 1878")
ev(k, "bridge_rehearsal", "2026-04-17", "day", ["stoilova"], "at the rehearsal last Friday")
cl(k, "botev", "He who falls in battle for freedom does not die.")
cl(k, "stoilova", "This is not a battle scene,")
cl(k, "stoilova", "It is a small town deciding, in about ten minutes, that it cannot go back.")
cl(k, "grozeva", "No one in Koprivshtitsa owned a uniform that morning. Keep the committee men in their own clothes.")
NOISE.append({"source": k, "names": ["Elin Haverfordwest-Price", "Gareth Polglase", "Ivo Bachvarov", "Trapeza Koprivshtitsa",
                                     "Hotel Voivoda", "Guesthouse Lyutitsa", "Truro", "Asenovgrad", "Lanternhouse Pictures Ltd"]})
ACC += ["LANTERNHOUSE PICTURES", "Lanternhouse Pictures", "PRODUCTION PORTAL", "THE BLOODY LETTER", "The Bloody Letter",
        "CALL SHEET", "SHOOTING DAY", "SCENES", "CAST", "Sc", "EXT", "INT", "STONE BRIDGE", "DAWN", "DAY", "MEADOW ABOVE TOWN",
        "OBORISHTE CLEARING", "KOPRIVSHTITSA, STONE BRIDGE", "April Uprising", "Old Style", "Bulgarian", "Bulgarians", "Ottoman",
        "American", "British", "Bulgarian Horrors", "Treaty of San Stefano", "San Stefano", "Radetzky", "Tamrash",
        "Ahmed Aga of Tamrash", "Raina the Princess", "Raina", "Dimov", "HISTORICAL ADVISER'S NOTE FOR TODAY",
        "NOTES FROM THE DIRECTOR", "SAFETY", "Director Mira Stoilova-Hart", "Dr. Tsvetana Grozeva", "Dr. Grozeva", "Kaloyan",
        "Stefan", "Portal", "Call sheets", "Schedules", "Crew list", "Documents", "Log out", "Session", "Production", "Issued",
        "Shoot", "Unit", "Crew", "Sunrise", "Sunset", "Download PDF", "Map", "Acknowledge", "Armourer", "Wednesday", "Thursday",
        "Sc. 41", "Sc. 42", "Sc. 44", "Sc. 45", "Sc. 46", "The", "On", "When", "Some", "Late", "And", "It", "A"]
BP[k] = "PRODUCTION CONTACTS"


# ---------------- i06 Ethiopia, Waqo Gutu and the Bale revolt (1963-1970): a university staff profile page ----------------
k = "i06"
P(k, "chaltu", "Chaltu Abdulkadir-Thornbury", "Chaltu Abdulkadir-Thornbury", "CHALTU ABDULKADIR-THORNBURY", "Abdulkadir-Thornbury")
P(k, "kahin_abdi", "Kahin Abdi")
P(k, "waqo", "Waqo Gutu", "Waqo Gutu", "Waaqo Guutuu", "Wako Gutu")
P(k, "aliyyi", "Aliyyi Chirri")
P(k, "jagama", "Jagama Kello")
P(k, "jillo_okwuosa", "Hassan Jillo-Okwuosa", "Hassan Jillo-Okwuosa", "Jillo-Okwuosa")
P(k, "adam_jillo", "Adam Jillo")
P(k, "ganamo", "Kedir Ganamo")
G(k, "bale_movement", "Bale Peasant Movement")
G(k, "imperial_army", "Imperial Ethiopian Army")
G(k, "ulfo", "United Liberation Forces of Oromia", "United Liberation Forces of Oromia", "ULFO")
G(k, "mwu", "Madda Walabu University")
G(k, "oromo_archive", "Oromo Studies Archive")
L(k, "horn_of_africa", "Horn of Africa")
L(k, "ethiopia", "Ethiopia")
L(k, "bale", "Bale")
L(k, "el_kere", "El Kere")
L(k, "dallo", "Dallo")
L(k, "madda_walaabu", "Madda Walaabu")
L(k, "oborso", "Oborso")
L(k, "bidere", "Bidere")
L(k, "somali_republic", "Somali Republic", "Somali Republic", "Somalia")
L(k, "kenya", "Kenya")
rels(k, [("kahin_abdi", "leads", "bale_movement"), ("waqo", "leads", "bale_movement"), ("aliyyi", "member_of", "bale_movement"),
         ("waqo", "controls", "dallo"), ("bale_movement", "backed_by", "somali_republic"), ("jagama", "opposed_to", "bale_movement"),
         ("jagama", "member_of", "imperial_army"), ("waqo", "leads", "ulfo"), ("jillo_okwuosa", "member_of", "mwu"),
         ("adam_jillo", "member_of", "bale_movement"), ("oromo_archive", "part_of", "mwu")])
ev(k, "chaltu_joined", "2017", "year", ["chaltu"], "in 2017")
ev(k, "horn_lecture", "2025-12-01", "day", ["chaltu"], "lecture last Monday")
ev(k, "bale_revolt", "1963", "range", ["bale_movement", "bale"], "the Bale revolt of 1963-1970", end="1970")
ev(k, "bale_province", "1960", "year", ["bale"], "in 1960")
ev(k, "el_kere_defiance", "1963-06", "month", ["kahin_abdi", "el_kere"], "In June 1963")
ev(k, "rifles_brought", "1965", "approximate", ["waqo"], "early in 1965")
ev(k, "three_fifths", "1966", "approximate", ["bale"], "By the end of 1966")
ev(k, "waqo_surrendered", "1970-03", "month", ["waqo"], "in March 1970")
ev(k, "ulfo_chair", "2000", "year", ["waqo", "ulfo"], "in 2000")
ev(k, "waqo_died", "2006-02-03", "day", ["waqo", "kenya"], "on 3 February 2006")
ev(k, "fieldwork", "2019", "range", ["chaltu", "jillo_okwuosa"], "from 2019 to 2022", end="2022")
cl(k, "ganamo", "We did not call it a revolution. We called it refusing, and then we could not stop refusing.")
cl(k, "chaltu", "Bale is not a footnote to the wars of the 1970s. It is where the argument about land and faith in the south began.")
cl(k, "chaltu", "Memory did the work the archives would not do.")
NOISE.append({"source": k, "names": ["Gideon Marwick-Sayle", "Priyanka Sethna-Hearne", "Tomás Ferrey", "Early Modern Europe",
                                     "South Asia", "Latin America"]})
ACC += ["LAKEMERE UNIVERSITY", "Lakemere University", "Lakemere University Press", "Lakemere Radio", "Lakemere Courier",
        "School of History", "Faculty of Arts and Humanities", "Hartigan Building", "Dr. Chaltu Abdulkadir-Thornbury",
        "DR. CHALTU ABDULKADIR-THORNBURY", "Dr. Abdulkadir-Thornbury", "Dr. Hassan Jillo-Okwuosa", "Dr. Jillo-Okwuosa",
        "H. Jillo-Okwuosa", "Haji Kedir Ganamo", "General Jagama Kello", "Bale revolt", "Bale Revolt", "Bale Insurgents", "Oromo",
        "Somali", "Muslim", "Italians", "Ethiopian Empire", "Ethiopian", "Africa", "African History", "Songs of the Forest",
        "Refusing the Tax Collector", "Journal of Horn Studies", "Northeast African Review", "Radio, Rifles and Rumour",
        "Women on the Supply Paths of Madda Walaabu", "Rebellion and the State in Africa", "Oral History in Practice",
        "Research Methods", "Senior Lecturer", "Senior Lecturer in African History", "Overview", "Research", "Publications",
        "Teaching", "Media", "OVERVIEW", "RESEARCH", "CURRENT PROJECT", "PUBLICATIONS", "SELECTED", "TEACHING", "MEDIA", "Study",
        "International", "Alumni", "News", "Staff intranet", "Our people", "Email", "Room", "Profile", "MA", "HIS2207", "HIS3310",
        "HIS7005", "Accept", "Reject", "Her", "Its", "In", "With", "The", "When", "He", "One", "Open", "Asked"]
BP[k] = "OTHER PEOPLE IN THE SCHOOL OF HISTORY"


# ---------------- i07 Peru, Luis de la Puente Uceda and the MIR guerrilla (1965): a forensic search project's site diary ----------------
k = "i07"
P(k, "arroyave", "Inés Arroyave-Lusk")
P(k, "de_la_puente", "Luis de la Puente Uceda", "Luis de la Puente Uceda", "de la Puente", "De la Puente")
P(k, "prado", "Manuel Prado")
P(k, "lobaton", "Guillermo Lobatón", "Guillermo Lobatón", "Lobatón")
P(k, "velando", "Máximo Velando", "Máximo Velando", "Velando")
P(k, "fernandez_gasco", "Gonzalo Fernández Gasco")
P(k, "belaunde", "Fernando Belaúnde Terry")
P(k, "hugo_blanco", "Hugo Blanco")
P(k, "ccahuana", "Renzo Ccahuana-Alarcón")
P(k, "ccorimanya", "Felicitas Ccorimanya")
P(k, "sanchez_uceda", "Rodrigo Sánchez-Uceda")
G(k, "mir", "Movimiento de Izquierda Revolucionaria", "Movimiento de Izquierda Revolucionaria", "MIR",
  "Revolutionary Left Movement", "APRA Rebelde")
G(k, "pachacutec", "Pachacútec")
G(k, "manco_capac", "Manco Cápac")
G(k, "apra", "American Popular Revolutionary Alliance", "American Popular Revolutionary Alliance", "APRA")
G(k, "public_ministry", "Public Ministry")
G(k, "peruvian_army", "Peruvian Army")
G(k, "congress", "Congress")
G(k, "caretas", "Caretas")
G(k, "relatives_assoc", "Mesa Pelada Relatives' Association")
L(k, "mesa_pelada", "Mesa Pelada")
L(k, "la_convencion", "La Convención")
L(k, "cusco", "Cusco")
L(k, "peru", "Peru")
L(k, "santiago_de_chuco", "Santiago de Chuco")
L(k, "cuba", "Cuba")
L(k, "junin", "Junín")
L(k, "france", "France")
L(k, "piura", "Piura")
L(k, "andes", "Andes")
L(k, "amaybamba", "Amaybamba")
L(k, "chaupimayo", "Chaupimayo")
L(k, "quillabamba", "Quillabamba")
rels(k, [("de_la_puente", "founded", "mir"), ("de_la_puente", "leads", "mir"), ("pachacutec", "part_of", "mir"),
         ("de_la_puente", "leads", "pachacutec"), ("de_la_puente", "member_of", "apra"), ("prado", "holds_office", "peru"),
         ("lobaton", "member_of", "mir"), ("velando", "reports_to", "lobaton"), ("fernandez_gasco", "leads", "manco_capac"),
         ("manco_capac", "part_of", "mir"), ("belaunde", "holds_office", "peru"), ("peruvian_army", "opposed_to", "mir"),
         ("ccahuana", "member_of", "public_ministry"), ("sanchez_uceda", "spokesperson_for", "relatives_assoc")])
ev(k, "puente_born", "1926-04-01", "day", ["de_la_puente", "santiago_de_chuco"], "on 1 April 1926")
ev(k, "apra_expulsion", "1959", "year", ["de_la_puente", "apra"], "expelled from the party in 1959")
ev(k, "mir_named", "1962", "year", ["mir"], "took the name MIR in 1962")
ev(k, "campaign_opened", "1965-06-09", "day", ["lobaton"], "on 9 June 1965")
ev(k, "death_penalty_law", "1965-08", "month", ["congress"], "in August 1965")
ev(k, "mesa_pelada_surrounded", "1965-10", "month", ["peruvian_army", "mesa_pelada"], "The army surrounded Mesa Pelada in October")
ev(k, "puente_killed", "1965-10-23", "day", ["de_la_puente", "mesa_pelada"], "on 23 October 1965")
ev(k, "velando_killed", "1965-12", "month", ["velando"], "in December 1965")
ev(k, "lobaton_killed", "1966-01", "month", ["lobaton"], "in January 1966")
ev(k, "caretas_sketch", "2005", "year", ["caretas", "amaybamba"], "In 2005 the magazine Caretas")
ev(k, "memorial_mass", "2025-10-19", "day", ["quillabamba"], "the memorial mass in Quillabamba last Sunday")
cl(k, "ccahuana", "Nothing leaves this hill without a number,")
cl(k, "ccahuana", "If we find him, the families must never have to wonder whether it is really him.")
cl(k, "ccorimanya", "The soldiers said they buried them near the big rock. Then they said a different rock.")
cl(k, "sanchez_uceda", "We are not asking the state to agree with him; we are asking it to give him back.")
NOISE.append({"source": k, "names": ["Andahuaylas", "Trujillo", "Qelqa Web", "Arequipa"]})
ACC += ["HUELLAS ANDINAS", "Huellas Andinas", "FORENSIC SEARCH PROJECTS", "MESA PELADA SEARCH", "Mesa Pelada 2025",
        "Pachacútec front", "Dr. Inés Arroyave-Lusk", "Dr. Renzo Ccahuana-Alarcón", "Doña Felicitas Ccorimanya",
        "President Manuel Prado", "President Fernando Belaúnde Terry", "Lobatón's", "Quechua", "Español", "Area A", "Area B",
        "Area C", "ENTRY 1", "ENTRY 6", "ENTRY 9", "ABOUT THIS SEARCH", "A SHORT HISTORY", "MONDAY", "SATURDAY", "THURSDAY",
        "OCTOBER", "SEASON", "SITE DIARY", "Projects", "Site diaries", "Families", "Methods", "Donate", "Fine", "No thanks",
        "Project lead", "Field season", "Entries", "Entry 9", "Saturday", "His", "He", "The", "In", "A", "No", "Next", "We"]
BP[k] = "MORE FROM HUELLAS ANDINAS"


# ---------------- i08 Afghanistan, Ismail Khan and the Herat uprising (1979): an e-reader's notebook export ----------------
k = "i08"
P(k, "sultani_holm", "Farida Sultani-Holm")
P(k, "okonkwo_bell", "Idris Okonkwo-Bell")
P(k, "taraki", "Nur Muhammad Taraki", "Nur Muhammad Taraki", "Taraki")
P(k, "amin", "Hafizullah Amin", "Hafizullah Amin", "Amin")
P(k, "ismail_khan", "Ismail Khan")
P(k, "alauddin_khan", "Alauddin Khan")
P(k, "rasul_baloch", "Rasul Baloch")
P(k, "sarwari", "Mohammad Amin Sarwari")
P(k, "kosygin", "Alexei Kosygin")
P(k, "tanai", "Shahnawaz Tanai")
P(k, "rabbani", "Burhanuddin Rabbani")
P(k, "ahmadzai", "Shirin Ahmadzai")
P(k, "beatrix", "Beatrix")
G(k, "pdpa", "People's Democratic Party of Afghanistan", "People's Democratic Party of Afghanistan", "PDPA")
G(k, "khalq", "Khalq")
G(k, "parcham", "Parcham")
G(k, "division_17", "17th Division")
G(k, "jamiat", "Jamiat-e Islami")
G(k, "herat_univ", "Herat University")
G(k, "greywether", "Greywether Books")
L(k, "herat", "Herat")
L(k, "soviet_union", "Soviet Union")
L(k, "larkhill_road", "Larkhill Road")
rels(k, [("taraki", "leads", "khalq"), ("amin", "reports_to", "taraki"), ("khalq", "part_of", "pdpa"), ("khalq", "opposed_to", "parcham"),
         ("parcham", "part_of", "pdpa"), ("ismail_khan", "member_of", "division_17"), ("alauddin_khan", "member_of", "division_17"),
         ("rasul_baloch", "member_of", "division_17"), ("ismail_khan", "opposed_to", "khalq"), ("kosygin", "holds_office", "soviet_union"),
         ("tanai", "reports_to", "taraki"), ("tanai", "opposed_to", "ismail_khan"), ("ismail_khan", "member_of", "jamiat"),
         ("rabbani", "leads", "jamiat"), ("amin", "opposed_to", "taraki"), ("ismail_khan", "holds_office", "herat"),
         ("ahmadzai", "member_of", "herat_univ")])
ev(k, "herat_rising", "1979-03-15", "day", ["herat"], "on 15 March 1979")
ev(k, "saur_coup", "1978-04-27", "day", ["pdpa"], "on 27 April 1978")
ev(k, "herat_retaken", "1979-03-20", "day", ["herat", "tanai"], "By 20 March 1979")
ev(k, "amin_coup", "1979-09", "month", ["amin", "taraki"], "In September 1979")
ev(k, "amin_killed", "1979-12-27", "day", ["amin", "soviet_union"], "on 27 December 1979")
ev(k, "ismail_governor", "1992", "year", ["ismail_khan", "herat"], "When the mujahideen took the city in 1992")
ev(k, "mass_grave", "1992", "year", ["herat"], "found on the edge of the city in 1992")
ev(k, "book_club", "2026-03-10", "day", ["okonkwo_bell", "larkhill_road"], "book club last Tuesday")
cl(k, "sarwari", "For three days the city belonged to everybody and to nobody. On the fourth day the aeroplanes came.")
cl(k, "sultani_holm", "one of several starts")
cl(k, "ahmadzai", "We argue about who led the rising. That is the wrong question. Nobody led it, and everybody paid for it.")
NOISE.append({"source": k, "names": ["Greywether Books Ltd", "Quire Labs Oy", "Jyväskylä"]})
ACC += ["QUIRE READER", "Quire Reader", "NOTEBOOK EXPORT", "THE TWENTY-FOURTH OF HUT", "The Twenty-Fourth of Hut",
        "Twenty-Fourth of Hut", "HERAT, MARCH 1979", "HIGHLIGHTS AND NOTES", "Highlight", "Chapter", "Location", "Afterword",
        "Hut", "Afghan", "Soviet", "Khans", "Captain Ismail Khan", "Dr. Shirin Ahmadzai", "Ismail Khan's", "Khalq government",
        "Library", "Store", "Notebooks", "Reading goals", "Settings", "Exported", "Export format", "Your progress",
        "TWO", "The", "On", "They", "Its", "When", "Taraki asked", "In"]
BP[k] = "ABOUT THIS EXPORT"

# month and day names and other words that the --unlisted review showed, acceptable in any source
ACC += ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Home", "Contact", "Privacy",
        "That", "There", "Then", "Most", "Several", "Nobody", "Nothing", "Both", "Two", "Three", "Within", "Historians",
        "Soldiers", "Officers", "Estimates", "Figures", "Reports", "Tradition", "Inspired", "Sixty", "Keep", "Stay", "Talk",
        "Peace", "Please", "Quechua-speaking", "Division's", "Abdulkadir-Thornbury's", "William Gladstone's",
        "Radio, Rifles and Rumour: Somali Support for the Bale Insurgents", "Somali Support", "Bale Insurgents"]

W.write()
