"""Builds gold.json for the twenty-eighth held-out set (heldout28) from the annotations below (run:
python3 eval/heldout28/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words. Entity surfaces are never split across lines.

Entity ids are shared across sources where the referent is the same: the Soviet Union ("USSR" and "Soviet Union" in
i02, "Soviet Union" in i05), Germany (i01, i05), the United Kingdom ("Britain" in i03, "United Kingdom" and "Britain"
in i07), and, between the two Borneo articles, A. M. Azahari ("A. M. Azahari"/"Azahari" in i07, "A. M. Azhari"/"Azhari"
in i08), the TNKU ("Tentera Nasional Kalimantan Utara" in i07, "Tentara Nasional Kalimantan Utara" in i08), the Brunei
People's Party ("Brunei People's Party"/"PRB" in i07, "Parti Rakyat Brunei" in i08), Brunei, Sarawak, Kalimantan,
Indonesia and Malaysia. Event ids are unique across the whole set."""
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


# ---------------- i01 Pohnpei, Soumadau and the Sokehs rebellion (1910-1911): a cruising guide's harbour entry ----------------
k = "i01"
P(k, "tollefsrud", "Maren Tollefsrud-Akande")
P(k, "soumadau", "Soumadau en Sokehs", "Soumadau en Sokehs", "Soumadau", "Samuel")
P(k, "boeder", "Gustav Boeder", "Gustav Boeder", "Boeder")
P(k, "brauckmann", "Rudolf Brauckmann", "Rudolf Brauckmann", "Brauckmann")
P(k, "hahl", "Albert Hahl")
P(k, "kersting", "Hermann Kersting")
P(k, "von_spiegel", "Edgar von Spiegel")
P(k, "sarapio", "Kiolina Sarapio-Hadley")
G(k, "sokehs", "Sokehs")
G(k, "german_navy", "Imperial German Navy")
G(k, "com_fsm", "College of Micronesia-FSM")
L(k, "pohnpei", "Pohnpei", "Pohnpei", "Ponape")
L(k, "fsm", "Federated States of Micronesia")
L(k, "kolonia", "Kolonia")
L(k, "sokehs_harbour", "Sokehs Harbour")
L(k, "sokehs_island", "Sokehs Island")
L(k, "sokehs_rock", "Sokehs Rock", "Sokehs Rock", "Paipalap")
L(k, "palikir", "Palikir")
L(k, "germany", "Germany")
L(k, "carolines", "Caroline Islands", "Caroline Islands", "Carolines")
L(k, "spain", "Spain")
L(k, "mortlocks", "Mortlock Islands")
L(k, "german_new_guinea", "German New Guinea")
L(k, "rabaul", "Rabaul")
L(k, "palau", "Palau")
L(k, "japan", "Japan")
rels(k, [("germany", "controls", "carolines"), ("soumadau", "leads", "sokehs"), ("boeder", "holds_office", "pohnpei"),
         ("sokehs", "opposed_to", "boeder"), ("sokehs", "opposed_to", "brauckmann"), ("hahl", "holds_office", "german_new_guinea"),
         ("german_navy", "opposed_to", "sokehs"), ("kersting", "opposed_to", "sokehs"), ("von_spiegel", "member_of", "german_navy"),
         ("von_spiegel", "opposed_to", "sokehs"), ("japan", "controls", "carolines"), ("sarapio", "member_of", "com_fsm")])
ev(k, "carolines_bought", "1899", "year", ["germany", "spain", "carolines"], "after buying them from Spain in 1899")
ev(k, "road_work", "1907", "approximate", ["pohnpei"], "by 1907 its officials on Ponape")
ev(k, "flogging", "1910-10-17", "day", ["sokehs_island"], "On 17 October 1910")
ev(k, "boeder_killed", "1910-10-18", "day", ["sokehs", "boeder", "brauckmann"], "The next morning, 18 October 1910")
ev(k, "cruisers_arrive", "1911-01", "month", ["german_navy", "hahl", "rabaul"], "in January 1911 three cruisers")
ev(k, "shelling", "1911-01-13", "day", ["german_navy", "sokehs", "sokehs_rock"], "On 13 January 1911")
ev(k, "executions", "1911-02-24", "day", ["soumadau", "kolonia"], "shot at Kolonia on 24 February 1911")
ev(k, "deportation", "1911", "year", ["sokehs", "palau"], "Later that year the Germans deported")
ev(k, "japan_took", "1914-10", "month", ["japan", "carolines"], "Japan took the Carolines in October 1914")
ev(k, "climb", "2025-03-09", "day", ["tollefsrud", "sokehs_island"], "We climbed it last Sunday")
cl(k, "sarapio", "People here do not call it a rebellion. They call it the time the Sokehs stood up, and they say it with some pride,")
cl(k, "sarapio", "The Germans needed five weeks and three cruisers to beat fewer than fifty men with old rifles,")
NOISE.append({"source": k, "names": ["s/v Larkspur", "MikaelB_Tromso", "Nett", "s/v Orca Sun", "Madolenihmw",
                                     "Jae-won Pereira-Lindqvist", "Kosrae", "Saltline Nautical Media Ltd", "Falmouth", "Cornwall"]})
ACC += ["SALTLINE CRUISING GUIDES", "Saltline Cruising Guides", "Saltline", "Passage Planner", "Tide Tables", "North Pacific",
        "Regions", "KOLONIA AND SOKEHS HARBOUR, POHNPEI", "s/v Kittiwake", "Kittiwake", "Pohnpei Port Control",
        "Port Control", "VHF", "Spanish", "German", "Germans", "Melanesian", "Governor Albert Hahl", "Lieutenant Edgar von Spiegel",
        "von Spiegel", "Dr. Kiolina Sarapio-Hadley", "College of Micronesia", "US", "THE SOKEHS REBELLION", "Sokehs rebellion",
        "Pacific", "FSM"]
BP[k] = "CRUISER REPORTS (7)"

# ---------------- i02 Xinjiang, Ma Zhongying and the Kumul Rebellion (1931-1934): a shared flashcard deck page ----------------
k = "i02"
P(k, "haugland", "Ilse Haugland-Chen")
P(k, "ma_zhongying", "Ma Zhongying", "Ma Zhongying", "Ma Chung-ying", "Big Horse")
P(k, "jin", "Jin Shuren", "Jin Shuren", "Chin Shu-jen", "Jin")
P(k, "sheng", "Sheng Shicai", "Sheng Shicai", "Sheng Shih-ts'ai", "Sheng")
P(k, "khoja_niyaz", "Khoja Niyaz", "Khoja Niyaz", "Hoja Niyaz Haji")
P(k, "yulbars", "Yulbars Khan")
P(k, "maqsud", "Maqsud Shah")
P(k, "ma_zhancang", "Ma Zhancang")
P(k, "ma_hushan", "Ma Hushan")
P(k, "hedin", "Sven Hedin")
G(k, "leiden", "Leiden University")
G(k, "new_36th", "New 36th Division", "New 36th Division", "36th Division")
G(k, "kumul_khanate", "Kumul Khanate")
G(k, "nationalist_govt", "Nationalist government")
G(k, "etr", "First East Turkestan Republic")
L(k, "xinjiang", "Xinjiang", "Xinjiang", "Sinkiang")
L(k, "kumul", "Kumul", "Kumul", "Hami")
L(k, "gansu", "Gansu", "Gansu", "Kansu")
L(k, "nanjing", "Nanjing")
L(k, "urumqi", "Urumqi", "Urumqi", "Tihwa")
L(k, "kashgar", "Kashgar")
L(k, "ussr", "Soviet Union", "USSR", "Soviet Union")
L(k, "moscow", "Moscow")
L(k, "tutungho", "Tutungho")
L(k, "khotan", "Khotan")
rels(k, [("haugland", "member_of", "leiden"), ("maqsud", "holds_office", "kumul_khanate"), ("jin", "holds_office", "xinjiang"),
         ("yulbars", "advises", "maqsud"), ("khoja_niyaz", "allied_with", "new_36th"), ("ma_zhongying", "leads", "new_36th"),
         ("ma_zhongying", "backed_by", "nationalist_govt"), ("ma_zhongying", "opposed_to", "jin"), ("sheng", "holds_office", "xinjiang"),
         ("khoja_niyaz", "holds_office", "etr"), ("ma_zhancang", "member_of", "new_36th"), ("new_36th", "opposed_to", "etr"),
         ("sheng", "backed_by", "ussr"), ("khoja_niyaz", "allied_with", "sheng"), ("ma_hushan", "leads", "new_36th"),
         ("ma_hushan", "controls", "khotan")])
ev(k, "rebellion", "1931", "range", ["kumul", "xinjiang"], "lasted from 1931 to 1934", end="1934")
ev(k, "exam", "2025-02-07", "day", ["haugland"], "She sat the paper last Friday")
ev(k, "maqsud_died", "1930", "year", ["maqsud", "kumul_khanate"], "died in 1930")
ev(k, "rising", "1931-02", "month", ["kumul"], "It began in February 1931")
ev(k, "ma_entered", "1931", "year", ["ma_zhongying", "xinjiang"], "when he entered Xinjiang in 1931")
ev(k, "hami_siege", "1931", "approximate", ["ma_zhongying", "kumul", "jin"], "In the summer of 1931")
ev(k, "ma_returned", "1933", "year", ["ma_zhongying", "gansu"], "returning in 1933")
ev(k, "coup", "1933-04-12", "day", ["jin", "sheng", "urumqi"], "on 12 April 1933")
ev(k, "etr_proclaimed", "1933-11-12", "day", ["etr", "kashgar", "khoja_niyaz"], "Proclaimed at Kashgar on 12 November 1933")
ev(k, "kashgar_1934", "1934-02", "month", ["new_36th", "ma_zhancang", "etr", "kashgar"], "at Kashgar in February 1934")
ev(k, "soviet_intervention", "1934-01", "month", ["sheng", "ussr", "new_36th", "tutungho"], "In January 1934")
ev(k, "khoja_sheng", "1934", "year", ["khoja_niyaz", "sheng"], "and in 1934 Khoja Niyaz allied himself")
ev(k, "ma_crossed", "1934-07", "month", ["ma_zhongying", "ussr"], "In July 1934")
ev(k, "ma_died", "1937", "approximate", ["ma_zhongying"], "around 1937")
ev(k, "hushan_held", "1937", "year", ["ma_hushan", "khotan"], "around Khotan until 1937")
ev(k, "lorries", "1934", "year", ["hedin", "new_36th"], "whose lorries Ma's men seized in 1934")
cl(k, "haugland", "If you only learn one spelling, the first old book you open will look like it is about different people,")
cl(k, "haugland", "Learn both and the sources start talking to each other.")
NOISE.append({"source": k, "names": ["kashgar_kid", "DrLiuYanTeaches", "Fudan", "Yarkand", "mirjam.verbeek", "Android",
                                     "Flashwell Learning B.V.", "Keizersgracht", "Amsterdam"]})
ACC += ["FLASHWELL", "Flashwell", "@steppe_cards", "steppe_cards", "XINJIANG WARS", "KUMUL REBELLION", "Kumul Rebellion",
        "Xinjiang Wars", "Wade-Giles", "W-G", "PINYIN", "WADE-GILES", "Uyghur", "Uyghurs", "Hui", "Hui Muslim", "Chinese",
        "White Russian", "Soviet", "Ma", "Big Horse's Flight", "Swedish", "Front", "Back", "Tags", "Card", "MA", "ETR",
        "Nationalist government in Nanjing", "Hami (1931)", "STAFF PICK OF THE WEEK", "SAMPLE CARDS", "Muslim"]
BP[k] = "COMMENTS (23)"

# ---------------- i03 Asante, Yaa Asantewaa and the War of the Golden Stool (1900): a radio station's weekend schedule ----------------
k = "i03"
P(k, "asiedu", "Kwadwo Asiedu-Manful")
P(k, "amponsah", "Esi Amponsah-Bekoe")
P(k, "dwamena", "Akosua Dwamena-Fosu")
P(k, "hodgson", "Frederick Hodgson", "Frederick Hodgson", "Hodgson")
P(k, "prempeh", "Prempeh I")
P(k, "yaa", "Yaa Asantewaa")
P(k, "willcocks", "James Willcocks")
P(k, "boakye", "Adwoa Serwaa Boakye-Yiadom")
P(k, "ofosu", "Kwame Ofosu-Anane")
G(k, "asanteman", "Asanteman", "Asanteman", "Ashanti Empire")
G(k, "constabulary", "Gold Coast Constabulary")
G(k, "waff", "West African Frontier Force", "West African Frontier Force", "WAFF")
G(k, "knust", "Kwame Nkrumah University of Science and Technology", "Kwame Nkrumah University of Science and Technology", "KNUST")
G(k, "manhyia", "Manhyia Palace")
L(k, "kumasi", "Kumasi", "Kumasi", "Coomassie")
L(k, "gold_coast", "Gold Coast")
L(k, "asante", "Asante", "Asante", "Ashanti")
L(k, "ejisu", "Ejisu", "Ejisu", "Edweso")
L(k, "seychelles", "Seychelles")
L(k, "britain", "United Kingdom", "Britain")
L(k, "ghana", "Ghana")
rels(k, [("hodgson", "holds_office", "gold_coast"), ("prempeh", "holds_office", "asanteman"), ("yaa", "holds_office", "ejisu"),
         ("yaa", "leads", "asanteman"), ("asanteman", "opposed_to", "hodgson"), ("asanteman", "opposed_to", "constabulary"),
         ("willcocks", "leads", "waff"), ("waff", "opposed_to", "yaa"), ("boakye", "member_of", "knust"),
         ("ofosu", "spokesperson_for", "manhyia")])
ev(k, "hodgson_speech", "1900-03-28", "day", ["hodgson", "kumasi", "asante"], "125 years ago today, on 28 March 1900")
ev(k, "prempeh_arrested", "1896-01", "month", ["prempeh"], "in January 1896")
ev(k, "recording", "2025-03-22", "day", ["dwamena", "ejisu"], "recorded in Ejisu last Saturday")
ev(k, "siege", "1900-04", "approximate", ["asanteman", "hodgson", "constabulary", "kumasi"], "From late April 1900")
ev(k, "breakout", "1900-06-23", "day", ["hodgson", "constabulary"], "On 23 June 1900")
ev(k, "relief", "1900-07-15", "day", ["willcocks", "waff", "kumasi"], "reached the fort on 15 July 1900")
ev(k, "yaa_captured", "1901", "year", ["yaa", "seychelles"], "captured in 1901")
ev(k, "yaa_died", "1921", "year", ["yaa", "seychelles"], "where she died in 1921")
ev(k, "annexation", "1902-01-01", "day", ["britain", "asanteman"], "on 1 January 1902")
ev(k, "prempeh_home", "1924", "year", ["prempeh"], "came home only in 1924")
ev(k, "museum_fire", "2004", "year", ["ejisu"], "the fire of 2004")
ev(k, "independence", "1957-03-06", "day", ["ghana"], "6 March 1957")
cl(k, "yaa", "If you the men of Ashanti will not go forward, then we will. We the women will.")
cl(k, "boakye", "The British won the battles and lost the war they started. They never got the stool, and the Asante never forgot who refused to hand it over.")
cl(k, "ofosu", "Our children learn about Yaa Asantewaa from statues and school names; we want them to read the letters,")
NOISE.append({"source": k, "names": ["Adehye Media Group Ltd", "Adehye Media Group", "Adum", "National Communications Authority"]})
ACC += ["ADEHYE FM", "Adehye FM", "Adehye FM 101.7", "ADEHYE FM 101.7", "Adehye Drive", "Anopa Nsem", "Mmaa Nkomo",
        "Sika Dwa 125", "SIKA DWA 125", "Sika Dwa", "War of the Golden Stool", "Golden Stool", "Twi", "GMT", "EN",
        "Sir Frederick Hodgson", "Colonel James Willcocks", "Prof. Adwoa Serwaa Boakye-Yiadom", "Nana Kwame Ofosu-Anane",
        "Asantehene", "Queen Mother", "Queen", "Hausa", "British", "Kumasi fort", "Yaa Asantewaa Museum", "Midday News",
        "Sports Arena", "Drive Time", "Highlife Hour", "Night Prayer", "Saturday Papers", "Football Saturday", "Premier League",
        "Saturday Funeral Announcements", "Gospel Explosion", "Morning Worship", "Sunday Highlife Requests",
        "Sports Arena Weekend", "Week in Review", "THE SPEECH", "WHERE IS THE STOOL?", "PROGRAMME SCHEDULE"]
BP[k] = "ADVERTISE ON ADEHYE FM"

# ---------------- i04 Julian March, TIGR and Borba (1927-1941): a memorial trail race's athlete guide ----------------
k = "i04"
P(k, "bidovec", "Ferdo Bidovec")
P(k, "marusic", "Fran Marušič", "Fran Marušič", "Franjo Marušič")
P(k, "milos", "Zvonimir Miloš")
P(k, "valencic", "Alojz Valenčič", "Alojz Valenčič", "Alojzij Valenčič")
P(k, "rejec", "Albert Rejec")
P(k, "zelen", "Danilo Zelen")
P(k, "tomazic", "Pinko Tomažič")
P(k, "bobek", "Viktor Bobek")
P(k, "ivancic", "Ivan Ivančič")
P(k, "kos", "Simon Kos")
P(k, "vadnal", "Ivan Vadnal")
P(k, "sosic", "Tadej Sosič-Kralj")
P(k, "svagelj", "Erika Švagelj")
G(k, "tigr", "TIGR", "TIGR", "Revolutionary Organisation of the Julian March")
G(k, "borba", "Borba")
G(k, "special_tribunal", "Special Tribunal for the Defence of the State")
G(k, "ovra", "OVRA")
G(k, "primorska", "University of Primorska")
L(k, "bazovica", "Bazovica", "Bazovica", "Basovizza")
L(k, "trieste", "Trieste", "Trieste", "Trst")
L(k, "karst", "Karst")
L(k, "gropada", "Gropada")
L(k, "opcine", "Opčine", "Opčine", "Opicina")
L(k, "lipica", "Lipica")
L(k, "istria", "Istria", "Istria", "Istra")
L(k, "gorizia", "Gorizia", "Gorizia", "Gorica")
L(k, "rijeka", "Rijeka", "Rijeka", "Reka", "Fiume")
L(k, "julian_march", "Julian March")
L(k, "nanos", "Nanos")
L(k, "italy", "Italy")
L(k, "kobarid", "Kobarid", "Kobarid", "Caporetto")
rels(k, [("bidovec", "member_of", "borba"), ("marusic", "member_of", "borba"), ("milos", "member_of", "borba"),
         ("valencic", "member_of", "borba"), ("borba", "allied_with", "tigr"), ("italy", "controls", "julian_march"),
         ("rejec", "leads", "tigr"), ("zelen", "leads", "tigr"), ("ovra", "opposed_to", "tigr"), ("bobek", "member_of", "tigr"),
         ("ivancic", "member_of", "tigr"), ("kos", "member_of", "tigr"), ("vadnal", "member_of", "tigr"),
         ("svagelj", "member_of", "primorska")])
ev(k, "bazovica_executions", "1930-09-06", "day", ["bidovec", "marusic", "milos", "valencic", "bazovica"], "On 6 September 1930")
ev(k, "tigr_founded", "1927-09", "month", ["tigr", "nanos"], "founded in September 1927")
ev(k, "rapallo", "1920", "year", ["italy", "julian_march"], "under the Treaty of Rapallo in 1920")
ev(k, "popolo_bomb", "1930-02-10", "day", ["borba", "trieste"], "On 10 February 1930")
ev(k, "kobarid_plot", "1938", "year", ["tigr", "rejec", "kobarid"], "in 1938 planned to kill")
ev(k, "zelen_killed", "1941-05", "month", ["zelen"], "In May 1941")
ev(k, "second_trial", "1941-12", "month", ["trieste"], "In December 1941 a second trial")
ev(k, "opcine_executions", "1941-12-15", "day", ["tomazic", "bobek", "ivancic", "kos", "vadnal", "opcine"], "on 15 December 1941")
ev(k, "course_marking", "2025-08-23", "day", ["svagelj", "bazovica"], "marked the memorial section with us last Saturday")
cl(k, "sosic", "We do not run to make saints of them. They planted bombs, and a man who had nothing to do with their quarrel died in that newspaper office,")
cl(k, "sosic", "We run because the paths they used to carry leaflets over the Karst are still there, and because runners from both sides of the border now share them.")
cl(k, "svagelj", "In 1930 this border was a wall. Look at it now: a signpost and a cattle grid.")
NOISE.append({"source": k, "names": ["Kraški pršut Zidarič", "ChronoKarst d.o.o.", "Sežana", "Croce Verde Triestina"]})
ACC += ["BAZOVICA MEMORIAL TRAIL 2025", "Bazovica Memorial Trail", "Spominski", "Corsa", "ATHLETE GUIDE", "Karst Trail Collective",
        "Karst 32K", "Four Junipers 14K", "Four Junipers", "CP1", "CP2", "CP3", "Slovene", "Slovenes", "Croat", "Italian",
        "Italians", "Italian-Slovenian", "Fascist", "Yugoslav", "Il Popolo di Trieste", "Treaty of Rapallo",
        "Dr. Erika Švagelj", "RACE DAY AT A GLANCE", "COURSES", "WHY WE RUN HERE", "A WORD FROM THE RACE DIRECTOR",
        "RESULTS, PHOTOS AND LOST PROPERTY", "CUT-OFFS AND MANDATORY KIT", "Struggle"]
BP[k] = "PARTNERS AND SPONSORS"

# ---------------- i05 Estonia, the Forest Brothers and August Sabbe (1941-1978): an escape room booking page ----------------
k = "i05"
P(k, "rebane", "Kärt Rebane-Lõhmus")
P(k, "sabbe", "August Sabbe", "August Sabbe", "Sabbe")
P(k, "roots", "Jaan Roots", "Jaan Roots", "Roots")
P(k, "kaljurand", "Ants Kaljurand", "Ants Kaljurand", "Ants the Terrible")
P(k, "mand", "Liisa Mänd-Kivistik")
G(k, "forest_brothers", "Forest Brothers", "Forest Brothers", "metsavennad", "Forest Brethren")
G(k, "omakaitse", "Omakaitse", "Omakaitse", "Home Guard")
G(k, "nkvd", "NKVD")
G(k, "kgb", "KGB")
G(k, "memory_institute", "Estonian Institute of Historical Memory")
L(k, "tartu", "Tartu")
L(k, "voru", "Võru County", "Võru County", "Võrumaa")
L(k, "estonia", "Estonia")
L(k, "latvia", "Latvia")
L(k, "lithuania", "Lithuania")
L(k, "ussr", "Soviet Union")
L(k, "germany", "Germany")
L(k, "siberia", "Siberia")
L(k, "paidra", "Paidra")
L(k, "vohandu", "Võhandu River")
rels(k, [("ussr", "controls", "estonia"), ("nkvd", "opposed_to", "forest_brothers"), ("sabbe", "member_of", "forest_brothers"),
         ("sabbe", "member_of", "omakaitse"), ("sabbe", "reports_to", "roots"), ("roots", "leads", "forest_brothers"),
         ("kaljurand", "member_of", "forest_brothers"), ("mand", "spokesperson_for", "memory_institute")])
ev(k, "reopening", "2025-03-21", "day", ["rebane"], "reopened the room last Friday")
ev(k, "occupation_1940", "1940-06", "month", ["ussr", "estonia"], "occupied Estonia in June 1940")
ev(k, "into_forest_1941", "1941", "year", ["forest_brothers"], "went into the forest in 1941")
ev(k, "summer_1941", "1941", "approximate", ["germany", "omakaitse", "forest_brothers"], "In the summer of 1941")
ev(k, "soviet_return", "1944", "approximate", ["forest_brothers"], "in the autumn of 1944")
ev(k, "deportation_1949", "1949-03-25", "day", ["estonia", "siberia"], "76 years ago today, on 25 March 1949")
ev(k, "sabbe_born", "1909", "year", ["sabbe", "paidra", "voru"], "born at Paidra in Võru County in 1909")
ev(k, "sabbe_hid_1941", "1941", "year", ["sabbe"], "He hid in 1941")
ev(k, "sabbe_hid_1944", "1944", "year", ["sabbe"], "hid again in 1944")
ev(k, "amnesty", "1945", "year", ["sabbe"], "after an amnesty in 1945")
ev(k, "back_to_forest", "1950", "approximate", ["sabbe", "roots"], "around 1950")
ev(k, "roots_killed", "1952", "year", ["roots"], "reportedly in 1952")
ev(k, "sabbe_died", "1978-09-28", "day", ["sabbe", "kgb", "vohandu"], "On 28 September 1978")
ev(k, "kaljurand_captured", "1949", "year", ["kaljurand"], "was captured in 1949")
ev(k, "kaljurand_executed", "1951", "year", ["kaljurand"], "executed in 1951")
ev(k, "bunker_found", "2018", "year", ["sabbe"], "last bunker in 2018")
cl(k, "rebane", "We measured three bunkers with the archaeologists before we built anything. Ours is a little bigger, because nobody wants five adults and a game master stuck in a hole the size of a wardrobe.")
cl(k, "mand", "A game cannot show what the deportations did to families, and it should not pretend to,")
cl(k, "mand", "But if it makes young people go home and ask their grandparents what happened in 1949, it has done something useful.")
NOISE.append({"source": k, "names": ["Triinu K.", "Mikko", "Lahti", "Anastasia V.", "Joosep", "Hiiekivi Mängud OÜ"]})
ACC += ["HIIEKIVI ESCAPE ROOMS", "Hiiekivi Escape Rooms", "Hiiekivi", "PUNKER 1949", "Punker 1949", "THE LAST WINTER",
        "Rüütli", "EST", "ENG", "RUS", "FIN", "EUR", "Estonian", "English", "Finnish", "Russian", "Estonians", "Soviet",
        "destruction battalions", "Forest Brother", "THE STORY", "THE HISTORY BEHIND THE ROOM", "FROM THE ROOM'S DESIGNER",
        "A NOTE ON RESPECT", "FREQUENTLY ASKED QUESTIONS", "Book now", "Buy as a gift", "Gift cards", "Team events"]
BP[k] = "REVIEWS (212)"

# ---------------- i06 Yucatán, the Cruzob and the Caste War (1847-1901): a spirits merchant's tasting note ----------------
k = "i06"
P(k, "varga", "Hollis Varga-Brennan")
P(k, "chi", "Cecilio Chi")
P(k, "ay", "Manuel Antonio Ay")
P(k, "pat", "Jacinto Pat")
P(k, "barrera", "José María Barrera", "José María Barrera", "Barrera")
P(k, "nahuat", "Manuel Nahuat")
P(k, "puc", "Venancio Puc")
P(k, "bravo", "Ignacio Bravo")
P(k, "dzul", "Marisol Dzul Canché")
G(k, "cruzob", "Cruzob", "Cruzob", "Cruzoob")
G(k, "sac_be", "Destilería Sac-Bé")
L(k, "quintana_roo", "Quintana Roo")
L(k, "mexico", "Mexico")
L(k, "felipe", "Felipe Carrillo Puerto", "Felipe Carrillo Puerto", "Chan Santa Cruz")
L(k, "yucatan", "Yucatán")
L(k, "tepich", "Tepich")
L(k, "chichimila", "Chichimilá")
L(k, "tihosuco", "Tihosuco")
L(k, "merida", "Mérida")
L(k, "bacalar", "Bacalar")
L(k, "british_honduras", "British Honduras", "British Honduras", "Belize")
rels(k, [("cruzob", "controls", "felipe"), ("ay", "holds_office", "chichimila"), ("pat", "holds_office", "tihosuco"),
         ("barrera", "founded", "cruzob"), ("nahuat", "reports_to", "barrera"), ("puc", "leads", "cruzob"),
         ("cruzob", "backed_by", "british_honduras"), ("bravo", "opposed_to", "cruzob"), ("dzul", "member_of", "sac_be")])
ev(k, "tepich", "1847-07-30", "day", ["chi", "tepich"], "On 30 July 1847")
ev(k, "ay_shot", "1847-07-26", "day", ["ay"], "four days after the authorities had shot Manuel Antonio Ay")
ev(k, "near_merida", "1848", "approximate", ["chi", "pat", "merida"], "By the spring of 1848")
ev(k, "caste_war", "1847", "range", ["yucatan", "cruzob"], "from 1847 to 1901", end="1901")
ev(k, "talking_cross", "1850", "year", ["barrera", "nahuat", "cruzob"], "In 1850")
ev(k, "bacalar", "1858", "year", ["cruzob", "puc", "bacalar"], "In 1858 the Cruzob")
ev(k, "boundary_treaty", "1893", "year", ["british_honduras", "mexico"], "boundary treaty of 1893")
ev(k, "bravo_enters", "1901-05-04", "day", ["bravo", "felipe", "cruzob"], "On 4 May 1901")
ev(k, "distillery_visit", "2024-06", "month", ["dzul", "sac_be"], "When we visited Destilería Sac-Bé last month")
cl(k, "dzul", "My great-grandmother was born in a village of the cross, and she still called the soldiers 'the enemy' when I was a girl. We did not put the cross on the label to sell rum to tourists. We put it there because in our town nobody has forgotten who built the place.")
cl(k, "dzul", "When people ask me what the rum tastes of, I say the chechen barrels and the wind from the sea. When they ask me about the name, I tell them to come to Felipe Carrillo Puerto, visit the sanctuary of the cross and take off their hats.")
NOISE.append({"source": k, "names": ["R. Ashworth-Daly", "Harrogate", "Tomasz W.", "DrinkingWithDeb", "Barrel & Brine Ltd",
                                     "Quayside Arches", "Leith", "Edinburgh"]})
ACC += ["BARREL & BRINE", "Barrel & Brine", "Sac-Bé Reserva 15 Años", "SAC-BÉ RESERVA 15 AÑOS", "Sac-Bé", "Añejo", "ABV", "Talking Cross", "Caste War of Yucatán", "Caste War", "Maya", "General Ignacio Bravo", "Anglo-Mexican",
        "NOSE", "PALATE", "FINISH", "SCORE", "THE STORY ON THE LABEL", "FROM THE DISTILLERY", "Whisky", "Rum", "Agave",
        "Journal", "Tastings", "Shop", "Basket", "Home", "Wild", "Brown", "Serve", "Pairs", "Medium-full", "Long"]
BP[k] = "CUSTOMER REVIEWS (18)"

# ---------------- i07 Brunei, the TNKU revolt and the Limbang raid (1962): a film database title page ----------------
k = "i07"
P(k, "hazwani", "Hazwani Rosli binti Tahir")
P(k, "kho", "Daniel Kho Wee Meng")
P(k, "faris", "Faris Iskandar Metussin")
P(k, "holloway", "Rebecca Holloway-Tan")
P(k, "penhaligon", "Oliver Penhaligon-Reyes")
P(k, "hadi", "Hadi Zulkarnain Abu Bakar")
P(k, "ferrer", "Jun Ferrer-Sabtu")
P(k, "mathieson", "Grant Mathieson-Obi")
P(k, "yassin", "Yassin Affandi", "Yassin Affandi", "Yassin Affendy")
P(k, "dorothy", "Dorothy Morris", "Dorothy Morris", "Dorothy")
P(k, "moore", "Jeremy Moore")
P(k, "azahari", "A. M. Azahari", "A. M. Azahari", "Azahari")
P(k, "salleh", "Salleh bin Sambas")
P(k, "richard_morris", "Richard Morris")
P(k, "omar", "Omar Ali Saifuddien III")
G(k, "tnku", "North Kalimantan National Army", "North Kalimantan National Army", "TNKU", "Tentera Nasional Kalimantan Utara")
G(k, "prb", "Brunei People's Party", "Brunei People's Party", "PRB")
G(k, "sungai_emas", "Sungai Emas Pictures")
G(k, "gurkha_rifles", "2nd Gurkha Rifles")
G(k, "qoh", "Queen's Own Highlanders")
G(k, "commando42", "42 Commando")
L(k, "brunei", "Brunei")
L(k, "seria", "Seria")
L(k, "sarawak", "Sarawak")
L(k, "limbang", "Limbang")
L(k, "brunei_town", "Bandar Seri Begawan", "Bandar Seri Begawan", "Brunei Town")
L(k, "manila", "Manila")
L(k, "indonesia", "Indonesia")
L(k, "kalimantan", "Kalimantan")
L(k, "singapore", "Singapore")
L(k, "limbang_river", "Limbang River")
L(k, "malaysia", "Malaysia")
L(k, "britain", "United Kingdom", "United Kingdom", "Britain")
L(k, "borneo", "Borneo")
L(k, "india", "India")
rels(k, [("tnku", "part_of", "prb"), ("tnku", "controls", "seria"), ("tnku", "controls", "limbang"), ("tnku", "opposed_to", "omar"),
         ("omar", "holds_office", "brunei"), ("azahari", "leads", "prb"), ("yassin", "leads", "tnku"), ("tnku", "backed_by", "indonesia"),
         ("gurkha_rifles", "opposed_to", "tnku"), ("qoh", "opposed_to", "tnku"), ("moore", "member_of", "commando42"),
         ("commando42", "opposed_to", "tnku"), ("salleh", "leads", "tnku"), ("richard_morris", "holds_office", "limbang")])
ev(k, "revolt", "1962-12-08", "day", ["tnku", "omar", "brunei"], "on 8 December 1962")
ev(k, "azahari_died", "2002", "year", ["azahari", "indonesia"], "died in Indonesia in 2002")
ev(k, "yassin_captured", "1963-05", "month", ["yassin"], "captured in May 1963")
ev(k, "limbang_raid", "1962-12-12", "day", ["commando42", "moore", "tnku", "limbang", "limbang_river"], "On 12 December 1962")
ev(k, "screening", "2024-12-05", "day", ["hazwani", "brunei_town"], "at the screening in Bandar Seri Begawan last Thursday")
ev(k, "sultan_choice", "1963", "year", ["omar", "malaysia"], "The Sultan chose in 1963")
ev(k, "malaysia_formed", "1963-09-16", "day", ["malaysia", "brunei"], "formed on 16 September 1963")
ev(k, "brunei_independence", "1984-01-01", "day", ["brunei", "britain"], "on 1 January 1984")
ev(k, "capital_renamed", "1970", "year", ["brunei_town"], "renamed only in 1970")
cl(k, "hazwani", "I wanted the camera on both banks of the river,")
cl(k, "hazwani", "The men in that police station were our uncles and neighbours, not cartoon villains.")
cl(k, "richard_morris", "They will not hang anybody tonight. They are waiting for orders, like us.")
cl(k, "salleh", "Tell your Resident that the town belongs to North Kalimantan now.")
cl(k, "moore", "We go in straight, at first light, and if they hear us coming, we go in loud.")
cl(k, "azahari", "Britain will leave Borneo the way it left India, late and in a hurry.")
NOISE.append({"source": k, "names": ["borneo_reels", "Cikgu Rahimah", "popcornpenang", "Kota Kinabalu",
                                     "ReelIndex Media Sdn. Bhd.", "Petaling Jaya"]})
ACC += ["REELINDEX", "ReelIndex", "Lima Company", "LIMA COMPANY", "LIMA COMPANY (2023)", "Sungai Limbang", "L Company",
        "Malay", "English", "Iban", "Drama", "History", "War", "Sultan", "Istana", "Resident", "British", "Gurkhas",
        "1st Battalion, 2nd Gurkha Rifles", "Captain Jeremy Moore", "Sultan Omar Ali Saifuddien III",
        "Unitary State of North Kalimantan", "North Kalimantan", "Bruneian", "STORYLINE", "CAST", "DID YOU KNOW?",
        "QUOTES", "Trivia", "Goofs", "Directed by", "Written by", "Produced by", "Trailer"]
BP[k] = "USER REVIEWS (41)"

# ---------------- i08 Sarawak, the PGRS, PARAKU and the communist insurgency (1964-1990): a witness statement ----------------
k = "i08"
P(k, "jolin", "Jolin anak Sunggau")
P(k, "mering", "Mering anak Radin")
P(k, "ringgau", "Ringgau anak Jimbun")
P(k, "liaw", "Cheryl Liaw Siew Ping")
P(k, "wen", "Wen Ming Chyuan")
P(k, "azahari", "A. M. Azahari", "A. M. Azhari", "Azhari")
P(k, "bong", "Bong Kee Chok")
P(k, "rahman", "Abdul Rahman Ya'kub")
P(k, "nyuin", "Sylvester Nyuin Sagah")
G(k, "superintendent", "Superintendent of Lands and Surveys")
G(k, "govt_sarawak", "Government of the State of Sarawak")
G(k, "tebakang", "Tebakang Agro Plantations Sdn. Bhd.")
G(k, "pgrs", "Sarawak People's Guerrilla Force", "PGRS", "Pasukan Gerilya Rakyat Sarawak", "Sarawak People's Guerrilla Force")
G(k, "paraku", "North Kalimantan People's Army", "PARAKU", "Pasukan Rakyat Kalimantan Utara", "North Kalimantan People's Army")
G(k, "sco", "North Kalimantan Communist Party", "Sarawak Communist Organisation", "Clandestine Communist Organisation", "CCO",
  "North Kalimantan Communist Party")
G(k, "border_scouts", "Border Scouts")
G(k, "prb", "Brunei People's Party", "Parti Rakyat Brunei")
G(k, "tnku", "North Kalimantan National Army", "Tentara Nasional Kalimantan Utara", "TNKU")
L(k, "kuching", "Kuching")
L(k, "kampung_tapuh_jaya", "Kampung Tapuh Jaya")
L(k, "serian", "Serian")
L(k, "sarawak", "Sarawak")
L(k, "bukit_sebeduk", "Tanah Bukit Sebeduk")
L(k, "siburan", "Siburan")
L(k, "kalimantan", "Kalimantan")
L(k, "west_kalimantan", "West Kalimantan")
L(k, "indonesia", "Indonesia")
L(k, "malaysia", "Malaysia")
L(k, "tebedu", "Tebedu")
L(k, "jakarta", "Jakarta")
L(k, "brunei", "Brunei")
L(k, "sabah", "Sabah")
L(k, "simanggang", "Sri Aman", "Simanggang", "Sri Aman")
rels(k, [("pgrs", "backed_by", "indonesia"), ("pgrs", "part_of", "sco"), ("paraku", "part_of", "sco"), ("wen", "leads", "sco"),
         ("ringgau", "member_of", "border_scouts"), ("border_scouts", "opposed_to", "pgrs"), ("azahari", "leads", "prb"),
         ("tnku", "part_of", "prb"), ("bong", "leads", "paraku"), ("rahman", "holds_office", "sarawak")])
ev(k, "operation_hammer", "1965-07", "month", ["siburan"], "In July 1965")
ev(k, "pgrs_formed", "1964-03-30", "day", ["pgrs", "west_kalimantan"], "on 30 March 1964")
ev(k, "nkcp_named", "1971", "year", ["sco"], "From 1971 it called itself")
ev(k, "joined_scouts", "1966", "year", ["ringgau", "border_scouts"], "In 1966 I joined")
ev(k, "brunei_revolt", "1962-12", "month", ["prb", "tnku", "azahari"], "In December 1962")
ev(k, "sri_aman", "1973-10-21", "day", ["bong", "rahman", "simanggang"], "on 21 October 1973")
ev(k, "agreement_1990", "1990-10", "month", ["kuching"], "in Kuching in October 1990")
ev(k, "replanting", "1974", "year", ["ringgau", "bukit_sebeduk"], "In 1974 my father and I")
ev(k, "black_area", "1965", "range", ["ringgau", "bukit_sebeduk"], "from 1965 to 1973", end="1973")
ev(k, "site_visit", "2024-05-12", "day", ["ringgau", "bukit_sebeduk"], "Last Sunday. I went with my grandson")
for a in ["My name is Ringgau anak Jimbun. I am 76 years old. I live at Kampung Tapuh Jaya, Serian, where I was born.",
          "It was my father's farm and my grandfather's before him. We planted hill rice and rubber there, and our old burial ground is on the ridge.",
          "In July 1965. After the attacks on the road, the government moved the Chinese families along the Kuching-Serian road into fenced villages at Siburan and other places. That was Operation Hammer. We Bidayuh were not moved, but we were told not to go to our farms on the hill, because it was a black area and anyone found there could be shot.",
          "Because of the communist guerrillas. They came from across the border in Kalimantan. People called them the PGRS, the Pasukan Gerilya Rakyat Sarawak, which means the Sarawak People's Guerrilla Force. It was formed in West Kalimantan on 30 March 1964 with help from Indonesia, when Indonesia was against Malaysia. Later there was also PARAKU, the Pasukan Rakyat Kalimantan Utara or North Kalimantan People's Army, further east. Both belonged to the communist party, the Sarawak Communist Organisation, which the government called the Clandestine Communist Organisation, or CCO. From 1971 it called itself the North Kalimantan Communist Party. Its chairman was Wen Ming Chyuan.",
          "Yes. In 1966 I joined the Border Scouts. We fought the PGRS near Tebedu and along the border. After the changes in Jakarta the Indonesian soldiers were also hunting them, so they had nowhere to rest.",
          "From Brunei. In December 1962 Azhari's party, the Parti Rakyat Brunei, and its army, the Tentara Nasional Kalimantan Utara, or TNKU, rose against the Sultan. A. M. Azhari wanted Brunei, Sarawak and Sabah to be one country. Some young men from Sarawak went to the camps in Indonesia after that revolt and came back with the PGRS.",
          "For most of us in 1973. Bong Kee Chok, the leader of PARAKU, came out of the forest and signed with the Chief Minister of Sarawak, Abdul Rahman Ya'kub, at Simanggang on 21 October 1973. Simanggang was renamed Sri Aman after that, because aman means peace. A few groups stayed in the forest for many years. The last ones came out after an agreement in Kuching in October 1990.",
          "Yes. In 1974 my father and I cleared it again and planted pepper. Nobody from the Land and Survey came to measure it. We thought the land was ours as it had always been.",
          "Last Sunday. I went with my grandson. The oil palm of the third defendant is planted right up to the burial ground, and two of the old graves are under the new road.",
          "Only this. In the emergency, from 1965 to 1973, the government told us to stay away from the hill to keep us safe. We obeyed. Now they say that because we left, the land was empty."]:
    cl(k, "ringgau", a)
NOISE.append({"source": k, "names": ["Messrs. Liaw, Jemat & Partners", "Wisma Lee Hup", "Jalan Padungan", "EFS-KCH-0048812"]})
ACC += ["IN THE HIGH COURT IN SABAH AND SARAWAK AT KUCHING", "High Court in Sabah and Sarawak",
        "HIGH COURT IN SABAH AND SARAWAK", "KCH-22NCvC-47/3-2023", "SUIT NO. KCH-22NCvC-47/3-2023", "PLAINTIFFS", "DEFENDANTS",
        "Plaintiffs", "BETWEEN", "AND", "WITNESS STATEMENT OF PW2", "PW2", "Ms. Cheryl Liaw Siew Ping",
        "Kuching Division", "Superintendent of Lands and Surveys, Kuching Division", "Bidayuh", "Bidayuh-English", "English",
        "Chinese", "Indonesian", "Operation Hammer", "Kuching-Serian road", "Land and Survey", "Chief Minister",
        "Chief Minister of Sarawak", "Sultan", "North Kalimantan", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10",
        "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "Dated", "Interpreted", "Tanah"]
BP[k] = "E-FILING RECEIPT"

# heading, navigation and interface words that the --unlisted review showed, acceptable in any source
ACC += ["Modern China", "Listen Live", "Podcasts", "Presenters", "Awards", "Celebrities", "Festivals", "Movies", "Watchlist",
        "Create", "Classes", "Pricing", "Decks", "Download", "Preview", "Report", "Rooms", "FAQ", "Settings", "Get the app",
        "OVERVIEW", "APPROACH AND HAZARDS", "ANCHORAGE", "CLEARANCE", "ASHORE", "THE CLIMB", "PROVISIONING", "Customs",
        "Shelter", "Holding", "Facilities", "Edited", "Entry", "PART ONE", "PART TWO", "PART THREE", "FRIDAY", "SATURDAY",
        "SUNDAY", "Documentary", "Presented", "Version", "Published", "Posted", "Compulsory", "Wreath", "Bib", "Marked",
        "Start", "Difficulty", "Languages", "Price", "Address", "Producer", "Outturn", "Independent", "Original", "Page",
        "In", "On", "The", "He", "She", "We", "I", "A", "My", "They", "Their", "That", "When", "After", "Later", "Both",
        "Some", "Only", "Yes", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

W.write()
