"""Builds gold.json for the twenty-second held-out set (heldout22) from the annotations below (run:
python3 eval/heldout22/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a hard-wrapped line puts a line break between two words. Entity surfaces are never split across
lines.

Three entities occur in more than one source and are one gold entity listing all their sources, so cross-article
merging is tested a little: the United States (g03, g08), the Ottoman Empire (g04, g06) and New York (g05, g08).
Event ids are unique across the whole set."""
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


# ---------------- g01 Turkestan, the Basmachi, Ibrahim Bek and Enver: a board wargame's designer's notes ----------------
k = "g01"
P(k, "hallowell", "Crispin Hallowell")
P(k, "madamin", "Madamin-bek", "Madamin-bek", "Muhammad Amin-bek")
P(k, "monstrov", "Konstantin Monstrov")
P(k, "frunze", "Mikhail Frunze", "Mikhail Frunze", "Frunze")
P(k, "alim_khan", "Alim Khan")
P(k, "ibrahim_bek", "Ibrahim Bek", "Ibrahim Bek", "Ibrohimbek", "Ibragim-bek")
P(k, "enver", "İsmail Enver", "İsmail Enver", "Enver Pasha", "Enver")
P(k, "melkumov", "Yakov Melkumov", "Yakov Melkumov", "Hakob Melkumyan", "Melkumov")
P(k, "ikromova", "Saodat Ikromova", "Saodat Ikromova", "Ikromova")
P(k, "junaid", "Junaid Khan")
P(k, "parry_okoro", "Gwilym Parry-Okoro")
P(k, "sorlie", "Annika Sørlie")
P(k, "nourbakhsh", "Dariush Nourbakhsh")
G(k, "basmachi", "Basmachi")
G(k, "red_guards", "Red Guards")
G(k, "kokand_autonomy", "Kokand Autonomy")
G(k, "peasant_army", "Peasant Army")
G(k, "turkestan_front", "Turkestan Front")
G(k, "red_army", "Red Army")
G(k, "lakai", "Lakai")
G(k, "tohc", "Turkestan Oral History Circle")
L(k, "turkestan", "Turkestan")
L(k, "kokand", "Kokand")
L(k, "tashkent", "Tashkent")
L(k, "fergana", "Fergana Valley")
L(k, "margilan", "Margilan")
L(k, "bukhara", "Bukhara")
L(k, "amu_darya", "Amu Darya")
L(k, "kabul", "Kabul")
L(k, "dushanbe", "Dushanbe")
L(k, "chagan", "Chagan")
L(k, "baljuvon", "Baljuvon", "Baljuvon", "Baljuan")
L(k, "samarkand", "Samarkand")
L(k, "afghanistan", "Afghanistan")
rels(k, [("red_guards", "opposed_to", "kokand_autonomy"), ("monstrov", "leads", "peasant_army"),
         ("madamin", "allied_with", "peasant_army"), ("frunze", "leads", "turkestan_front"),
         ("alim_khan", "holds_office", "bukhara"), ("ibrahim_bek", "backed_by", "alim_khan"),
         ("ibrahim_bek", "leads", "lakai"), ("ibrahim_bek", "opposed_to", "enver"), ("red_army", "opposed_to", "enver"),
         ("melkumov", "member_of", "red_army"), ("red_army", "opposed_to", "ibrahim_bek"),
         ("ikromova", "member_of", "tohc")])
ev(k, "kokand_stormed", "1918-02", "month", ["red_guards", "kokand_autonomy", "kokand", "tashkent"], "begins in February 1918")
ev(k, "kokand_proclaimed", "1917-11", "month", ["kokand_autonomy", "kokand"], "proclaimed there in November 1917")
ev(k, "madamin_alliance", "1919", "year", ["madamin", "peasant_army", "monstrov"], "In 1919 he made common cause")
ev(k, "frunze_arrived", "1919", "year", ["frunze", "turkestan_front"], "who arrived in 1919")
ev(k, "bukhara_taken", "1920-09", "month", ["frunze", "bukhara", "alim_khan"], "In September 1920 Frunze's troops took Bukhara")
ev(k, "emir_fled", "1921", "year", ["alim_khan", "amu_darya", "kabul"], "in 1921, across the Amu Darya to Kabul")
ev(k, "enver_arrived", "1921-11", "month", ["enver", "bukhara"], "arrived in Bukhara in November 1921")
ev(k, "dushanbe_taken", "1922-02", "month", ["enver", "dushanbe"], "by February 1922 his men had taken Dushanbe")
ev(k, "enver_killed", "1922-08-04", "day", ["enver", "red_army", "melkumov", "chagan", "baljuvon"], "On 4 August 1922")
ev(k, "ibrahim_expelled", "1926-06", "month", ["ibrahim_bek", "red_army", "afghanistan"], "until June 1926")
ev(k, "ibrahim_returned", "1931", "approximate", ["ibrahim_bek"], "in the spring of 1931")
ev(k, "ibrahim_captured", "1931-06", "month", ["ibrahim_bek"], "was captured in June 1931")
ev(k, "ibrahim_shot", "1931", "year", ["ibrahim_bek", "tashkent"], "was shot in Tashkent later that year")
cl(k, "ikromova", "Enver gave the movement a flag. Ibrahim Bek gave it the mountains, and the mountains lasted longer.")
cl(k, "ikromova", "grew every time a veteran told it.")
cl(k, "ikromova", "Most of the men you are modelling never heard the word Turkestan used as a country. They fought for a valley, a tribe, an emir or a mosque, and they changed sides when the harvest or the blood-feud demanded it.")
cl(k, "parry_okoro", "turned a wargame into a game about persuading people,")
NOISE.append({"source": k, "names": ["Khiva", "Khorezm", "hexgrognard_pete", "Marguerite D.", "Ropewalk Yard", "Whitby"]})
ACC += ["LARKSPUR HEX GAMES", "Larkspur Hex Games", "Home", "Our games", "Articles", "Red Sands", "RED SANDS",
        "The Basmachi Wars in Turkestan", "Designer's Notes", "Basmachi Wars", "Sayyid Alim Khan", "Emir", "kurbashi",
        "Dr. Saodat Ikromova", "Dr. Ikromova", "Playtester Gwilym Parry-Okoro", "Soviet", "Soviets", "Turkic",
        "Pan-Turkic", "Slavic", "Russian", "Uzbek", "Armenian", "Turkish", "Ottoman", "Muslim", "Turkmen", "Afghan",
        "eastern Bukhara", "Red Army cavalry brigade", "Rivalry", "Hostile", "WHERE IT STARTS", "THE RED SIDE",
        "THE LONG TAIL", "WHAT I GOT WRONG", "Credits", "Scenarios", "Players", "Posted", "Every", "Within", "From", "Most", "They",
        "The", "In", "On", "But", "So", "My", "He", "She", "It", "A", "Our", "For", "February", "March", "June",
        "August", "September", "November"]
BP[k] = "RELATED ARTICLES"

# ---------------- g02 Colombia, the Quintín Lame Armed Movement: an open letter with signatories ----------------
k = "g02"
P(k, "gaviria", "César Gaviria")
P(k, "manuel_lame", "Manuel Quintín Lame Chantre", "Manuel Quintín Lame Chantre", "Manuel Quintín Lame")
P(k, "ulcue", "Álvaro Ulcué Chocué")
P(k, "pena_chepe", "Alfonso Peña Chepe", "Alfonso Peña Chepe", "Peña Chepe")
P(k, "rosalba", "Rosalba Ipia Yatacué")
P(k, "julian", "Julián Lame Tumiñá")
P(k, "marta", "Marta Ulcué Pito")
P(k, "caicedo", "Esteban Caicedo Murgueitio")
P(k, "yule", "Hernán Yule Campo")
P(k, "malmqvist", "Ingrid Malmqvist")
G(k, "maql", "Movimiento Armado Quintín Lame", "Movimiento Armado Quintín Lame", "MAQL", "Quintín Lame Armed Movement", "Quintín Lame")
G(k, "cric", "Consejo Regional Indígena del Cauca", "Consejo Regional Indígena del Cauca", "CRIC")
G(k, "police", "National Police")
G(k, "farc", "FARC")
G(k, "front6", "6th Front")
G(k, "cgsb", "Coordinadora Guerrillera Simón Bolívar", "Coordinadora Guerrillera Simón Bolívar", "CGSB")
G(k, "nca", "National Constituent Assembly")
G(k, "tierra", "Asociación Tierra y Palabra")
G(k, "colectivo", "Colectivo Wët Wët Fxi'zenxi")
G(k, "unicauca", "Universidad del Cauca")
G(k, "uppsala", "Uppsala University")
L(k, "pueblo_nuevo", "Pueblo Nuevo")
L(k, "caldono", "Caldono")
L(k, "cauca", "Cauca")
L(k, "colombia", "Republic of Colombia", "Republic of Colombia", "Colombia")
L(k, "tolima", "Tolima")
L(k, "toribio", "Toribío")
L(k, "santander", "Santander de Quilichao")
L(k, "bogota", "Bogotá")
L(k, "caloto", "Caloto")
L(k, "jambalo", "Jambaló")
L(k, "popayan", "Popayán")
rels(k, [("gaviria", "holds_office", "colombia"), ("maql", "opposed_to", "police"), ("maql", "opposed_to", "front6"),
         ("front6", "part_of", "farc"), ("maql", "member_of", "cgsb"), ("pena_chepe", "spokesperson_for", "maql"),
         ("pena_chepe", "member_of", "nca"), ("rosalba", "member_of", "maql"), ("julian", "member_of", "tierra"),
         ("marta", "member_of", "colectivo"), ("caicedo", "member_of", "unicauca"), ("malmqvist", "member_of", "uppsala")])
ev(k, "laid_down_arms", "1991-05-27", "day", ["maql", "pueblo_nuevo", "caldono", "cauca"], "on 27 May 1991")
ev(k, "talks_began", "1990-08", "month", ["gaviria", "maql"], "that had begun in August 1990")
ev(k, "lame_died", "1967", "year", ["manuel_lame"], "he died seventeen years before it existed")
ev(k, "maql_formed", "1984", "year", ["maql"], "The movement was formed in 1984")
ev(k, "cric_founded", "1971-02", "month", ["cric", "toribio"], "founded at Toribío in February 1971")
ev(k, "eviction", "1984-11", "month", ["cauca"], "In November 1984 police evicted")
ev(k, "ulcue_killed", "1984-11-10", "day", ["ulcue", "santander"], "on 10 November 1984")
ev(k, "ulcue_words", "1984", "year", ["ulcue", "toribio"], "he had told his parishioners at Toribío that year")
ev(k, "santander_attack", "1985-01-05", "day", ["maql", "police", "santander"], "On 5 January 1985")
ev(k, "assembly_seat", "1991", "year", ["pena_chepe", "nca"], "took a seat without a vote in the National Constituent Assembly that year")
ev(k, "constitution", "1991-07-04", "day", ["colombia"], "proclaimed on 4 July 1991")
ev(k, "el_nilo", "1991-12-16", "day", ["police", "caloto"], "On 16 December 1991")
ev(k, "negotiation", "1990", "range", ["maql", "colombia"], "the 1990-1991 negotiation", end="1991")
cl(k, "ulcue", "They can kill me, but the people will go on walking,")
cl(k, "maql", "We took up arms to defend the community, and we put them down for the same reason.")
cl(k, "pena_chepe", "exchanged rifles for articles of the Constitution, and got the better of the bargain.")
cl(k, "rosalba", "Our grandparents remember the weapons; our grandchildren should remember the reasons,")
cl(k, "rosalba", "Nobody will do that for us.")
cl(k, "julian", "only the same mountains")
NOISE.append({"source": k, "names": ["Firmamos.example", "Medellín", "Facebook", "WhatsApp", "Constitutional Court"]})
ACC += ["Carta abierta", "Open letter", "Spanish", "English", "Nasa Yuwe", "Nasa", "Páez", "President", "President of the Republic of Colombia",
        "President César Gaviria", "Ministry of the Interior", "Comisión de Esclarecimiento", "Father Álvaro Ulcué Chocué",
        "Prof. Esteban Caicedo Murgueitio", "Dr. Ingrid Malmqvist", "el Quintín", "Quintín", "López Adentro",
        "López Adentro hacienda", "El Nilo", "El Nilo hacienda", "Colombian State", "State", "Constitution",
        "Inter-American Commission on Human Rights", "Archivo General de la Nación", "Who they were", "Why they stopped",
        "What we ask", "Signatories", "Translations", "Thirty-five", "Two", "Days", "Some", "Nobody", "They", "We", "Our", "Its",
        "It", "He", "The", "On", "In", "According", "That", "To", "May", "July", "August", "November", "December",
        "January", "February", "Wednesday"]
BP[k] = "## ADD YOUR SIGNATURE"

# ---------------- g03 Greece, the Democratic Army (DSE), Markos and Grammos: a court interpreter's glossary note ----------------
k = "g03"
P(k, "deceased", "Christos Lazaridis", "Christos Lazaridis", "Risto Lazarov")
P(k, "interpreter", "Elpida Stavrou-Nikolovska", "Elpida Stavrou-Nikolovska", "E. Stavrou-Nikolovska")
P(k, "father", "Georgios Lazaridis", "Georgios Lazaridis", "Gjorgji Lazarov", "Gjorgji")
P(k, "lazarova", "Vasilka Lazarova", "Vasilka Lazarova", "Lazarova")
P(k, "markos", "Markos Vafiadis", "Markos Vafiadis", "Markos")
P(k, "zachariadis", "Nikos Zachariadis", "Nikos Zachariadis", "Zachariades")
P(k, "papagos", "Alexandros Papagos")
P(k, "van_fleet", "James Van Fleet")
G(k, "dse", "Democratic Army of Greece", "Democratic Army of Greece", "Dimokratikos Stratos Elladas", "ΔΣΕ", "DSE",
  "Demokratska Armija na Grcija", "Democratic Army")
G(k, "kke", "Communist Party of Greece", "Communist Party of Greece", "KKE", "Kommounistiko Komma Elladas", "Communist Party")
G(k, "pdg", "Provisional Democratic Government", "Provisional Democratic Government", "Prosorini Dimokratiki Kyvernisi")
G(k, "nof", "Narodnoosloboditelen Front", "Narodnoosloboditelen Front", "NOF", "National Liberation Front")
G(k, "gna", "Greek National Army", "Greek National Army", "Ethnikos Stratos", "National Army")
L(k, "grammos", "Grammos")
L(k, "vitsi", "Vitsi")
L(k, "czechoslovakia", "Czechoslovakia")
L(k, "melbourne", "Melbourne")
L(k, "greece", "Greece")
L(k, "united_states", "United States")
L(k, "dendrochori", "Dendrochori", "Dendrochori", "Dambeni")
L(k, "kastoria", "Kastoria", "Kastoria", "Kostur")
L(k, "florina", "Florina", "Florina", "Lerin")
L(k, "albania", "Albania")
rels(k, [("father", "member_of", "dse"), ("dse", "part_of", "kke"), ("markos", "leads", "dse"),
         ("zachariadis", "leads", "kke"), ("markos", "holds_office", "pdg"), ("nof", "allied_with", "dse"),
         ("papagos", "leads", "gna"), ("gna", "backed_by", "united_states")])
ev(k, "father_killed", "1949-08", "month", ["father", "grammos", "dse"], "was killed on Grammos in August 1949")
ev(k, "children_taken", "1948", "approximate", ["deceased"], "spring of 1948")
ev(k, "migrated", "1966", "year", ["deceased", "melbourne", "czechoslovakia"], "migrating to Melbourne in 1966")
ev(k, "dse_formed", "1946-10", "month", ["dse", "kke"], "It was formed in October 1946")
ev(k, "markos_removed", "1948", "year", ["zachariadis", "markos", "dse"], "removed Markos from command in 1948")
ev(k, "pdg_proclaimed", "1947-12-24", "day", ["pdg", "markos"], "24 December 1947")
ev(k, "radio_appeal", "1948", "year", ["pdg"], "its 1948 radio appeal")
ev(k, "nof_founded", "1945-04", "month", ["nof"], "Founded in April 1945")
ev(k, "papagos_command", "1949-01", "month", ["papagos", "gna"], "commanded from January 1949")
ev(k, "vitsi_fell", "1949-08", "approximate", ["vitsi", "gna"], "in mid-August 1949")
ev(k, "grammos_fell", "1949-08-30", "day", ["grammos", "gna", "albania"], "Grammos on 30 August 1949")
ev(k, "father_letter", "1949-07", "month", ["father", "deceased"], "dated July 1949")
ev(k, "born_card", "1941-03-03", "day", ["deceased"], "3 March 1941")
ev(k, "born_baptism", "1940", "year", ["deceased"], "gives 1940")
cl(k, "pdg", "Every village that gives its sons to the Democratic Army will be remembered when the people govern.")
cl(k, "father", "Learn the language of the place where they keep you, and do not forget the one your mother sang in.")
cl(k, "lazarova", "always read that letter aloud at Easter")
NOISE.append({"source": k, "names": ["Court Services Victoria", "Lonsdale Street"]})
ACC += ["SUPREME COURT OF VICTORIA", "Supreme Court of Victoria", "COMMON LAW DIVISION", "PROBATE LIST", "S ECI 2025 01187",
        "Lazarov", "Lazaridis", "INTERPRETER'S GLOSSARY NOTE", "Languages",
        "Prepared by", "Prepared for", "Date", "Purpose", "NAATI", "Her Honour", "Judge", "Exhibits", "Red Cross",
        "Red Cross card", "Dedo Gjorgji", "General Markos", "General Alexandros Papagos", "General James Van Fleet",
        "Mrs Vasilka Lazarova", "Mrs Lazarova", "Truman Doctrine", "Greek", "English", "Macedonian", "Czech",
        "Czechoslovak", "American", "Albanian", "Slav Macedonians", "Slavophones", "symmorites", "paidomazoma", "begalci",
        "Easter", "Julian", "Government", "Counsel", "THE DECEASED AND HIS FATHER", "ARMED BODIES AND PARTIES", "PLACES",
        "THE WORD FOR THE CHILDREN", "DATES", "INTERPRETER'S DECLARATION", "Witnesses", "Please", "Learn", "Each", "Documents",
        "These", "His", "Its", "It", "In", "I", "The", "Mrs", "P3", "P5", "P7", "P9", "P11", "August", "December",
        "April", "January", "March", "July", "October", "November"]
BP[k] = "COURT INTERPRETING SERVICES - STANDARD NOTICE"

# ---------------- g04 Somaliland, the Dervish movement of Mohammed Abdullah Hassan: a journal referee report ----------------
k = "g04"
P(k, "hassan", "Mohammed Abdullah Hassan", "Mohammed Abdullah Hassan", "Maxamed Cabdulle Xasan", "Mahammad 'Abdille Hasan",
  "Mad Mullah", "Hassan")
P(k, "jardine", "Douglas Jardine")
P(k, "nur", "Nur Ahmed Aman")
P(k, "pestalozza", "Pestalozza")
P(k, "corfield", "Richard Corfield", "Richard Corfield", "Corfield")
P(k, "iyasu", "Lij Iyasu", "Lij Iyasu", "Iyasu")
P(k, "gordon", "Robert Gordon")
P(k, "archer", "Geoffrey Archer", "Geoffrey Archer", "Archer")
P(k, "ismail_mire", "Ismail Mire")
P(k, "sheik_abdi", "Abdi Sheik-Abdi")
P(k, "samatar", "Said S. Samatar", "Said S. Samatar", "Samatar")
G(k, "dervish", "Dervish movement", "Dervish movement", "Dervishes", "Daraawiish", "Dervish State")
G(k, "habr_yunis", "Habr Yunis")
G(k, "salihiyya", "Salihiyya")
G(k, "constabulary", "Somaliland Camel Constabulary")
G(k, "camel_corps", "Somaliland Camel Corps", "Somaliland Camel Corps", "Camel Corps")
G(k, "raf", "RAF")
G(k, "z_force", "Z Force")
L(k, "taleh", "Taleh", "Taleh", "Taleex")
L(k, "burao", "Burao")
L(k, "berbera", "Berbera")
L(k, "italy", "Italy")
L(k, "dul_madoba", "Dul Madoba")
L(k, "ethiopia", "Ethiopia")
L(k, "medishe", "Medishe")
L(k, "jidali", "Jidali")
L(k, "british_somaliland", "British Somaliland", "British Somaliland", "Somaliland")
L(k, "ogaden", "Ogaden")
L(k, "imi", "Imi")
L(k, "ottoman_empire", "Ottoman Empire")
rels(k, [("hassan", "leads", "dervish"), ("nur", "founded", "dervish"), ("nur", "leads", "habr_yunis"),
         ("hassan", "member_of", "salihiyya"), ("corfield", "leads", "constabulary"), ("dervish", "opposed_to", "corfield"),
         ("dervish", "opposed_to", "constabulary"), ("dervish", "backed_by", "iyasu"), ("iyasu", "holds_office", "ethiopia"),
         ("z_force", "part_of", "raf"), ("gordon", "leads", "z_force"), ("archer", "holds_office", "british_somaliland"),
         ("ismail_mire", "member_of", "dervish")])
ev(k, "forts_begun", "1913", "year", ["taleh", "dervish"], "begun in 1913")
ev(k, "proclaimed", "1899-08", "month", ["dervish", "hassan", "burao"], "proclaimed at Burao in August 1899")
ev(k, "ilig_treaty", "1905-03-05", "day", ["italy", "pestalozza", "dervish"], "It was signed on 5 March 1905")
ev(k, "dul_madoba", "1913-08-09", "day", ["dervish", "corfield", "constabulary", "dul_madoba"], "The account of 9 August 1913")
ev(k, "camel_corps_raised", "1914", "year", ["camel_corps"], "was raised in 1914")
ev(k, "ottoman_letters", "1917", "year", ["ottoman_empire", "hassan"], "correspondence in 1917")
ev(k, "iyasu_deposed", "1916-09", "month", ["iyasu", "ethiopia"], "until his deposition in September 1916")
ev(k, "bombing", "1920-01", "approximate", ["z_force", "gordon", "medishe", "jidali"], "in the last week of January 1920")
ev(k, "taleh_fell", "1920-02-09", "day", ["taleh", "camel_corps"], "which fell on 9 February 1920")
ev(k, "hassan_died", "1920-12-21", "day", ["hassan", "ogaden", "imi"], "at Imi on 21 December 1920")
ev(k, "divine_madness", "1993", "year", ["sheik_abdi"], "Divine Madness (1993)")
cl(k, "archer", "a fortnight of aeroplanes did what twenty years of columns could not")
cl(k, "hassan", "you have gone where there is no answering back,")
cl(k, "samatar", "history in the form the Somali themselves chose to keep it")
NOISE.append({"source": k, "names": ["Harrowgate Academic Press", "Cloth Fair", "Leeds", "Ilse Vandermolen"]})
ACC += ["ScholarTrack", "Northeast African Historical Review", "Author Centre", "Manuscripts with decisions", "Reviews",
        "Manuscript ID", "NEAHR-2024-0381.R1", "Title", "Manuscript type", "Original article", "Reviewer", "Reviewer 2",
        "Recommendation", "Minor revision", "Date returned", "COMMENTS TO THE AUTHOR", "CONFIDENTIAL COMMENTS TO THE EDITOR",
        "Stone, Verse and Airpower", "Taleh and the End of the Dervish State", "Sayyid Mahammad 'Abdille Hasan", "Sayyid",
        "Sultan Nur Ahmed Aman", "Group Captain Robert Gordon", "Governor", "Governor of British Somaliland",
        "Emir of the Somali", "Ilig Treaty", "Ilig", "Illig", "Ilig (Illig) Treaty", "Divine Madness", "DH.9", "Dervish",
        "Somali", "British", "Italian", "Names", "Origins", "Poetry", "Minor", "Foreign", "Readers", "Similarly", "Please",
        "None", "What", "This", "The", "In", "It", "As", "I", "August", "March", "September", "January", "February",
        "December"]
BP[k] = "Reviewer recognition:"

# ---------------- g05 Burma/Thailand, Khun Sa and the Mong Tai Army: a food blog recipe post ----------------
k = "g05"
P(k, "pim", "Pim Rutherglen-Saetang")
P(k, "nang_seng", "Nang Seng")
P(k, "khun_sa", "Khun Sa", "Khun Sa", "Chang Chi-fu", "Zhang Qifu", "Opium King")
P(k, "chiang", "Chiang Kai-shek")
P(k, "ouane", "Ouane Rattikone")
P(k, "somchai", "Somchai Lertpanya")
P(k, "moh_heng", "Moh Heng")
P(k, "karn_yord", "Karn Yord")
G(k, "kky", "Ka Kwe Ye")
G(k, "burmese_army", "Burmese army")
G(k, "kmt", "Kuomintang", "Kuomintang", "KMT")
G(k, "sua", "Shan United Army", "Shan United Army", "SUA")
G(k, "thai_rangers", "Thai Rangers")
G(k, "bpp", "Border Patrol Police")
G(k, "sura", "Shan United Revolutionary Army")
G(k, "mta", "Mong Tai Army", "Mong Tai Army", "MTA")
G(k, "ssna", "Shan State National Army")
G(k, "slorc", "State Law and Order Restoration Council", "State Law and Order Restoration Council", "SLORC")
L(k, "thailand", "Thailand")
L(k, "thoed_thai", "Thoed Thai", "Thoed Thai", "Ban Hin Taek")
L(k, "mae_fa_luang", "Mae Fa Luang")
L(k, "chiang_rai", "Chiang Rai")
L(k, "loi_maw", "Loi Maw")
L(k, "shan_state", "Shan State")
L(k, "burma", "Burma")
L(k, "ban_khwan", "Ban Khwan")
L(k, "laos", "Laos")
L(k, "taunggyi", "Taunggyi")
L(k, "ho_mong", "Ho Mong")
L(k, "new_york", "New York")
L(k, "rangoon", "Rangoon")
L(k, "bangkok", "Bangkok")
rels(k, [("khun_sa", "leads", "kky"), ("kky", "backed_by", "burmese_army"), ("chiang", "leads", "kmt"),
         ("khun_sa", "opposed_to", "kmt"), ("ouane", "opposed_to", "khun_sa"), ("ouane", "opposed_to", "kmt"),
         ("khun_sa", "leads", "sua"), ("thai_rangers", "opposed_to", "sua"), ("bpp", "opposed_to", "sua"),
         ("moh_heng", "member_of", "sura"), ("khun_sa", "leads", "mta"), ("karn_yord", "member_of", "mta"),
         ("karn_yord", "founded", "ssna"), ("karn_yord", "reports_to", "khun_sa")])
ev(k, "nang_seng_since", "1979", "year", ["nang_seng"], "making these noodles since 1979")
ev(k, "khun_sa_born", "1934", "year", ["khun_sa", "loi_maw", "shan_state"], "was born in 1934 at Loi Maw")
ev(k, "kky_command", "1960", "approximate", ["khun_sa", "kky"], "In the 1960s he commanded")
ev(k, "opium_war", "1967", "year", ["khun_sa", "kmt", "ouane", "ban_khwan", "laos"], "In 1967 he fought")
ev(k, "arrested", "1969", "year", ["khun_sa"], "The Burmese arrested Khun Sa in 1969")
ev(k, "released", "1974", "year", ["khun_sa", "taunggyi"], "his release in 1974")
ev(k, "hin_taek_attack", "1982-01", "month", ["thai_rangers", "bpp", "sua", "thoed_thai"], "That ended in January 1982")
ev(k, "mta_formed", "1985", "year", ["sua", "sura", "mta", "moh_heng", "khun_sa"], "In 1985 the SUA merged")
ev(k, "indictment", "1989", "year", ["khun_sa", "new_york"], "indicted him on heroin charges in 1989")
ev(k, "mutiny", "1995-07", "month", ["karn_yord", "mta", "ssna"], "in July 1995 a group of his officers")
ev(k, "mta_surrender", "1996-01", "month", ["khun_sa", "slorc", "mta", "ho_mong"], "In January 1996 Khun Sa made his peace")
ev(k, "khun_sa_died", "2007-10-26", "day", ["khun_sa", "rangoon"], "died there on 26 October 2007")
cl(k, "nang_seng", "He paid for the school, and he took the boys for his army. People here remember both.")
cl(k, "somchai", "Three days. Then the Thai flag, and then the school got a new name.")
cl(k, "somchai", "Nobody here calls him a hero and nobody calls him a monster,")
cl(k, "somchai", "We call him the man who built the road.")
cl(k, "nang_seng", "until it tastes right")
cl(k, "nang_seng", "More tomato than you think. Always.")
NOISE.append({"source": k, "names": ["Portland", "Lanna Pixel", "Chiang Mai", "Dara"]})
ACC += ["Three Pots and a Passport", "Recipes", "Travel", "About", "Shop", "Home", "SHAN NOODLES FROM THE HILLS ABOVE MAE SALONG",
        "MAE SALONG", "Mae Salong", "KHAO SEN NAM NGIAO", "Noodles", "Stories", "Jump to recipe", "Print recipe",
        "Auntie Nang Seng", "Mae Fa Luang district", "Chiang Rai province", "Shan", "Akha", "Yunnanese", "Shan-Yunnanese",
        "Chinese", "Burmese", "Thai", "Lao", "Soviet", "Burmese junta", "A LITTLE HISTORY BEFORE THE NOODLES", "THE NOODLES",
        "RECIPE", "Ingredients", "Method", "Notes", "Serves", "Prep", "Cook", "Okay", "Noodles", "Today", "Filed", "Posted", "Posted Saturday", "Always", "More", "Nobody", "Until",
        "Across", "His", "Its", "He", "She", "It", "By", "In", "I", "This", "That", "The", "Fry", "Add", "Blanch",
        "Saturday", "August", "January", "July", "October"]
BP[k] = "YOU MIGHT ALSO LIKE"

# ---------------- g06 Armenian fedayi, General Andranik and the Special Striking Division: a county planning staff report ----------------
k = "g06"
P(k, "lucine", "Lucine Kaprielian")
P(k, "tibbetts", "Ronan Tibbetts")
P(k, "andranik", "Andranik Ozanian", "Andranik Ozanian", "Andranik Ozanyan", "Andranik Pasha", "Andranik")
P(k, "serob", "Serob Aghbyur", "Serob Aghbyur", "Aghbiur Serob")
P(k, "khalil", "Khalil Bey")
P(k, "nzhdeh", "Garegin Nzhdeh", "Garegin Nzhdeh", "Njdeh")
P(k, "thomson", "William Thomson")
P(k, "harry", "Harry Kaprielian")
P(k, "tashjian", "Armen Tashjian")
G(k, "heritage", "Armenian Heritage Society of the North Valley")
G(k, "arf", "Armenian Revolutionary Federation", "Armenian Revolutionary Federation", "ARF", "Dashnaktsutyun")
G(k, "young_turks", "Young Turks")
G(k, "bulgarian_army", "Bulgarian army")
G(k, "mavc", "Macedonian-Adrianople Volunteer Corps")
G(k, "battalion", "1st Armenian Volunteer Battalion")
G(k, "caucasus_army", "Russian Caucasus Army")
G(k, "ssd", "Special Striking Division", "Special Striking Division", "Western Armenian Division")
G(k, "armenian_corps", "Armenian Army Corps")
G(k, "chico_state", "Chico State")
L(k, "richardson_springs", "Richardson Springs")
L(k, "shabin", "Shabin-Karahisar")
L(k, "ottoman_empire", "Ottoman Empire")
L(k, "sasun", "Sasun")
L(k, "zangezur", "Zangezur")
L(k, "karabakh", "Karabakh")
L(k, "baku", "Baku")
L(k, "etchmiadzin", "Etchmiadzin")
L(k, "armenia", "Armenia")
L(k, "fresno", "Fresno")
L(k, "paris", "Paris")
L(k, "yerevan", "Yerevan")
rels(k, [("lucine", "leads", "heritage"), ("andranik", "member_of", "arf"), ("khalil", "opposed_to", "serob"),
         ("andranik", "opposed_to", "khalil"), ("arf", "allied_with", "young_turks"), ("andranik", "member_of", "mavc"),
         ("nzhdeh", "member_of", "mavc"), ("mavc", "part_of", "bulgarian_army"), ("andranik", "leads", "battalion"),
         ("battalion", "part_of", "caucasus_army"), ("andranik", "leads", "ssd"), ("ssd", "part_of", "armenian_corps"),
         ("tashjian", "member_of", "chico_state")])
ev(k, "born", "1865-02-25", "day", ["andranik", "shabin", "ottoman_empire"], "born on 25 February 1865")
ev(k, "fedayi", "1890", "approximate", ["andranik", "sasun", "arf"], "In the 1890s he became one of the")
ev(k, "serob_killed", "1899", "year", ["serob", "khalil"], "was killed in 1899")
ev(k, "sasun_uprising", "1904", "approximate", ["andranik", "sasun"], "in the spring of 1904")
ev(k, "left_arf", "1907", "year", ["andranik", "arf", "young_turks"], "in 1907 he left the ARF")
ev(k, "balkan_war", "1912", "range", ["andranik", "nzhdeh", "mavc", "bulgarian_army"], "the First Balkan War of 1912-13", end="1913")
ev(k, "ssd_command", "1917-12", "month", ["andranik", "ssd"], "In December 1917")
ev(k, "batum", "1918-06", "month", ["andranik"], "the Treaty of Batum of June 1918")
ev(k, "zangezur_fighting", "1918", "approximate", ["ssd", "zangezur"], "through the summer and autumn")
ev(k, "karabakh_halt", "1918", "approximate", ["andranik", "thomson", "karabakh", "baku"], "In late 1918")
ev(k, "disbanded", "1919-04", "month", ["andranik", "ssd", "etchmiadzin", "armenia"], "April 1919 Andranik disbanded the division")
ev(k, "fresno", "1922", "year", ["andranik", "fresno"], "He settled in Fresno in 1922")
ev(k, "andranik_died", "1927-08-31", "day", ["andranik", "richardson_springs"], "died at Richardson Springs on 31 August 1927")
ev(k, "reburied_paris", "1928", "year", ["andranik", "paris"], "reburied at Père Lachaise in Paris in 1928")
ev(k, "yerablur", "2000-02", "month", ["andranik", "yerevan"], "in February 2000 moved to the Yerablur")
ev(k, "notices", "2023-08-24", "day", ["heritage"], "posted on 24 August 2023")
ev(k, "text_revised", "2023-09-05", "day", ["heritage"], "as revised on 5 September 2023")
cl(k, "lucine", "He spent his last summer in these hills because a doctor told him the air would help. We would like the hills to remember him too.")
cl(k, "harry", "I have nothing against the general,")
cl(k, "harry", "I have something against cars stopping on a blind curve.")
cl(k, "tashjian", "claims for one man what a great many people did.")
NOISE.append({"source": k, "names": ["Board of Supervisors", "Butte County Code"]})
ACC += ["BUTTE COUNTY DEPARTMENT OF DEVELOPMENT SERVICES", "Butte County", "Planning Division", "County Center Drive",
        "Oroville", "STAFF REPORT TO THE PLANNING COMMISSION", "Planning Commission", "Meeting date", "Agenda item",
        "File number", "Minor Use Permit", "Encroachment", "Applicant", "Location", "Request", "Planner", "Recommendation",
        "APPROVE", "Richardson Springs Road", "Senior Planner", "General Andranik Ozanian", "Zoravar Andranik",
        "Ms. Kaprielian", "Mr. Kaprielian", "Kaprielian", "Dr. Armen Tashjian", "General William Thomson", "fedayi",
        "Armenian", "Kurdish", "Muslim", "British", "Ottoman", "First Balkan War", "First World War", "Treaty of Batum",
        "Ararat Cemetery", "Père Lachaise", "Yerablur", "Yerablur military pantheon", "Armenian Genocide", "Attachment",
        "Attachment B", "Attachment D", "Section", "Public Works", "Cal Fire", "Mechoopda Indian Tribe", "CEQA",
        "Guidelines", "Resource Conservation", "FR-40", "PROJECT DESCRIPTION", "HISTORICAL BACKGROUND", "PUBLIC COMMENT",
        "GENERAL PLAN AND ZONING CONSISTENCY", "ENVIRONMENTAL REVIEW", "AGENCY COMMENTS",
        "RECOMMENDED CONDITIONS OF APPROVAL", "Staff", "Notices", "Seven", "Five", "One", "Commemorative", "Turnout", "Install", "UP23-0047", "ENC23-0112",
        "He", "In", "When", "After", "The", "No", "Thursday", "February", "June", "April", "August", "September",
        "December"]
BP[k] = "ATTACHMENTS"

# ---------------- g07 Vanuatu, Jimmy Stevens, Nagriamel and the Coconut War of 1980: a loss adjuster's claim report ----------------
k = "g07"
P(k, "stevens", "Jimmy Stevens", "Jimmy Stevens", "Stevens")
P(k, "buluk", "Paul Buluk")
P(k, "lini", "Walter Lini", "Walter Lini", "Lini")
P(k, "ferrandou", "Lucien Ferrandou", "Lucien Ferrandou", "Ferrandou")
P(k, "vira", "Joseph Vira")
P(k, "eddie", "Eddie Stevens")
P(k, "deschamps", "F. X. Deschamps")
P(k, "diro", "Ted Diro")
G(k, "coral_sea", "Coral Sea General Insurance Co. Ltd")
G(k, "santo_trading", "Santo Trading & Copra Ltd", "Santo Trading & Copra Ltd", "Magasin Segond")
G(k, "nagriamel", "Nagriamel", "Nagriamel", "Nagriamel movement")
G(k, "vp", "Vanua'aku Pati", "Vanua'aku Pati", "VP")
G(k, "phoenix", "Phoenix Foundation")
G(k, "vemerana", "State of Vemerana", "State of Vemerana", "Vemerana", "Vemarana")
G(k, "royal_marines", "Royal Marines")
G(k, "pngdf", "Papua New Guinea Defence Force", "Papua New Guinea Defence Force", "PNGDF")
G(k, "kumul", "Kumul Force")
G(k, "vanuatu_police", "Vanuatu Police")
G(k, "vanuatu_gov", "Vanuatu government")
L(k, "port_vila", "Port Vila")
L(k, "noumea", "Nouméa")
L(k, "luganville", "Luganville", "Luganville", "Canal")
L(k, "santo", "Espiritu Santo", "Espiritu Santo", "Santo")
L(k, "fanafo", "Fanafo", "Fanafo", "Vanafo")
L(k, "vanuatu", "Republic of Vanuatu", "Republic of Vanuatu", "Vanuatu", "New Hebrides")
L(k, "png", "Papua New Guinea")
L(k, "port_moresby", "Port Moresby")
rels(k, [("stevens", "leads", "nagriamel"), ("stevens", "founded", "nagriamel"), ("buluk", "founded", "nagriamel"),
         ("lini", "leads", "vp"), ("nagriamel", "backed_by", "phoenix"), ("stevens", "leads", "vemerana"),
         ("lini", "holds_office", "vanuatu"), ("kumul", "part_of", "pngdf"), ("pngdf", "opposed_to", "eddie"),
         ("ferrandou", "member_of", "santo_trading"), ("diro", "leads", "pngdf"), ("kumul", "reports_to", "diro")])
ev(k, "uprising", "1980-05", "range", ["nagriamel", "santo"], "between May and September 1980", end="1980-09")
ev(k, "nagriamel_founded", "1960", "approximate", ["nagriamel", "stevens", "buluk", "fanafo"], "in the 1960s")
ev(k, "seizure", "1980-05-28", "day", ["nagriamel", "luganville", "vemerana", "stevens"], "In the early hours of 28 May 1980")
ev(k, "store_entered", "1980-05-28", "day", ["santo_trading", "ferrandou", "nagriamel"], "on the morning of 28 May")
ev(k, "stock_removed", "1980-05-28", "range", ["santo_trading"], "between 28 May and 1 June", end="1980-06-01")
ev(k, "troops_landed", "1980-07-24", "day", ["royal_marines", "santo"], "landed on Santo on 24 July 1980")
ev(k, "independence", "1980-07-30", "day", ["vanuatu", "lini"], "on 30 July 1980")
ev(k, "kumul_arrived", "1980-08", "approximate", ["kumul", "pngdf", "png", "luganville"], "in the third week of August 1980")
ev(k, "shed_fire", "1980-08-29", "day", ["santo_trading", "vira"], "On 29 August 1980")
ev(k, "eddie_killed", "1980-08-31", "day", ["eddie", "pngdf", "luganville"], "On 31 August 1980")
ev(k, "stevens_surrender", "1980-09-01", "day", ["stevens", "pngdf"], "on 1 September 1980")
ev(k, "sentenced", "1980-11", "month", ["stevens"], "sentenced last month")
ev(k, "govt_statement", "1980-09-02", "day", ["vanuatu_gov"], "in a statement of 2 September 1980")
cl(k, "ferrandou", "wearing Nagriamel armbands")
cl(k, "ferrandou", "They gave me a paper signed by a minister of Vemerana and told me I would be paid after independence. Whose independence, they did not say.")
cl(k, "vira", "young men from the bush")
cl(k, "pngdf", "a fire of unknown origin")
cl(k, "vanuatu_gov", "a rebellion against the lawful government, encouraged and paid for from outside")
cl(k, "ferrandou", "I expected that. At least the copra was not political.")
NOISE.append({"source": k, "names": ["Suva", "Honiara"]})
ACC += ["TREVANION-DESCHAMPS & CO. (PACIFIC)", "Trevanion-Deschamps & Co. (Pacific)", "Trevanion-Deschamps",
        "CHARTERED LOSS ADJUSTERS", "Kumul Highway", "P.O. Box", "FINAL REPORT", "Claims Department", "Your ref",
        "Our ref", "Insured", "Policy", "Loss", "Amount claimed", "Date of report", "Commercial Fire and Special Perils",
        "Riot and Strike", "Riot and Strike extension", "General Exclusion", "General Exclusion 4", "FNH", "ACII", "CSG",
        "Main Street", "Coconut War", "Chief Paul Buluk", "Father Walter Lini", "Mr. Lucien Ferrandou", "Mr. Ferrandou",
        "Mr. Joseph Vira", "Brigadier-General Ted Diro", "Prime Minister", "Supreme Court", "Supreme Court registry", "British", "French",
        "French paratroops", "British Royal Marines", "American", "ni-Vanuatu", "Government", "CIRCUMSTANCES",
        "POLICY RESPONSE", "QUANTUM", "RECOMMENDATION", "Stock", "Copra", "Shed", "Total", "Witnesses", "Jimmy",
        "The", "He", "In", "On", "At", "By", "We", "This", "They", "Whose", "May", "June", "July", "August",
        "September", "November", "December"]
BP[k] = "IMPORTANT NOTICE"

# ---------------- g08 Grenada, the New Jewel Movement and the People's Revolutionary Army: an examiners' report ----------------
k = "g08"
P(k, "whiteman", "Unison Whiteman")
P(k, "bishop", "Maurice Bishop", "Maurice Bishop", "Bishop", "Maurice")
P(k, "radix", "Kenrick Radix")
P(k, "gairy", "Eric Gairy", "Eric Gairy", "Gairy")
P(k, "rupert", "Rupert Bishop")
P(k, "coard", "Bernard Coard", "Bernard Coard", "Coard")
P(k, "phyllis", "Phyllis Coard")
P(k, "austin", "Hudson Austin", "Hudson Austin", "Austin")
P(k, "creft", "Jacqueline Creft")
P(k, "charles", "Eugenia Charles")
P(k, "antoine_cadogan", "Merle Antoine-Cadogan")
P(k, "redhead_noel", "Kelvin Redhead-Noel")
G(k, "njm", "New Jewel Movement", "New Jewel Movement", "NJM")
G(k, "jewel", "Joint Endeavour for Welfare, Education and Liberation", "Joint Endeavour for Welfare, Education and Liberation", "JEWEL")
G(k, "map", "Movement for Assemblies of the People", "Movement for Assemblies of the People", "MAP")
G(k, "mongoose", "Mongoose Gang")
G(k, "gdf", "Grenada Defence Force")
G(k, "prg", "People's Revolutionary Government", "People's Revolutionary Government", "PRG")
G(k, "cc", "NJM Central Committee")
G(k, "pra", "People's Revolutionary Army", "People's Revolutionary Army", "PRA")
G(k, "rmc", "Revolutionary Military Council", "Revolutionary Military Council", "RMC")
G(k, "cpf", "Caribbean Peace Force")
G(k, "oecs", "Organisation of Eastern Caribbean States", "Organisation of Eastern Caribbean States", "OECS")
L(k, "grenada", "Grenada")
L(k, "grenville", "Grenville")
L(k, "st_georges", "St George's")
L(k, "new_york", "New York")
L(k, "cuba", "Cuba")
L(k, "united_states", "United States")
L(k, "jamaica", "Jamaica")
L(k, "barbados", "Barbados")
L(k, "dominica", "Dominica")
rels(k, [("whiteman", "leads", "jewel"), ("bishop", "leads", "map"), ("radix", "leads", "map"), ("bishop", "leads", "njm"),
         ("gairy", "leads", "mongoose"), ("mongoose", "opposed_to", "bishop"), ("njm", "opposed_to", "gdf"),
         ("bishop", "holds_office", "prg"), ("coard", "holds_office", "prg"), ("coard", "member_of", "cc"),
         ("cc", "part_of", "njm"), ("phyllis", "member_of", "cc"), ("austin", "leads", "pra"), ("pra", "backed_by", "cuba"),
         ("pra", "opposed_to", "bishop"), ("pra", "opposed_to", "whiteman"), ("pra", "opposed_to", "creft"),
         ("austin", "leads", "rmc"), ("cpf", "opposed_to", "pra"), ("charles", "leads", "oecs"),
         ("charles", "holds_office", "dominica")])
ev(k, "njm_formed", "1973-03-11", "day", ["njm", "jewel", "map", "whiteman", "bishop", "radix"], "formed on 11 March 1973")
ev(k, "grenville_beating", "1973-11-18", "day", ["mongoose", "gairy", "bishop", "grenville"], "On 18 November 1973")
ev(k, "rupert_killed", "1974-01-21", "day", ["rupert", "st_georges"], "On 21 January 1974")
ev(k, "revolution", "1979-03-13", "day", ["njm", "gdf", "gairy", "new_york"], "an account of 13 March 1979")
ev(k, "prg_proclaimed", "1979-03-13", "day", ["prg", "bishop", "coard"], "By the afternoon the People's Revolutionary Government (PRG) had been proclaimed")
ev(k, "pra_built", "1979", "year", ["pra", "cuba"], "built up from 1979")
ev(k, "joint_leadership", "1983-09", "month", ["cc", "bishop", "coard"], "September 1983, the committee proposed")
ev(k, "house_arrest", "1983-10-13", "day", ["bishop"], "On 13 October 1983")
ev(k, "fort_rupert", "1983-10-19", "day", ["bishop", "pra"], "On 19 October 1983")
ev(k, "executions", "1983-10-19", "day", ["pra", "bishop", "whiteman", "creft"], "in its courtyard that afternoon")
ev(k, "invasion", "1983-10-25", "day", ["united_states", "cpf", "oecs", "grenada", "pra", "jamaica", "barbados"], "On 25 October 1983")
ev(k, "pra_defeated", "1983-10", "month", ["pra", "cpf"], "defeated the PRA within days")
ev(k, "backyard", "1979-04", "month", ["bishop", "united_states"], "In April 1979 he had told the United States")
ev(k, "grenada17", "1986", "year", ["grenada"], "who were convicted in 1986")
cl(k, "charles", "because we are too small to do it alone")
cl(k, "bishop", "not in anybody's backyard")
cl(k, "antoine_cadogan", "Candidates know this story. What they need is practice in ranking causes. Teach them to say which reason mattered most, and why.")
cl(k, "antoine_cadogan", "should not fear this topic because families in the region still argue about it; that is exactly why it belongs in the classroom.")
cl(k, "redhead_noel", "wrote with an authority no textbook can give")
NOISE.append({"source": k, "names": ["Castries", "Morne Fortune", "ECSEB Online Store"]})
ACC += ["EASTERN CARIBBEAN SCHOOLS EXAMINATION BOARD", "Eastern Caribbean Schools Examination Board", "ECSEB",
        "SECONDARY CERTIFICATE", "CARIBBEAN HISTORY", "Caribbean History", "REPORT ON CANDIDATES' WORK", "Paper 02",
        "Essays", "Section C", "Revolution and Intervention in the Eastern Caribbean", "Eastern Caribbean",
        "Released to centres", "GENERAL COMMENTS", "QUESTION 9", "Question 9", "PART (a)", "PART (b)",
        "WHAT WAS CREDITED", "COMMON WEAKNESSES", "CHIEF EXAMINER'S ADVICE TO TEACHERS", "Chief Examiner",
        "Sir Eric Gairy", "General Hudson Austin", "Dr. Merle Antoine-Cadogan", "Mr. Kelvin Redhead-Noel",
        "Prime Minister", "Deputy Prime Minister", "Prime Minister of Dominica", "Fort Rupert", "Fort George",
        "True Blue", "True Blue barracks", "Radio Grenada", "Radio Free Grenada", "Grenada 17", "Bishops", "Cuban",
        "Maurice Coard", "Bernard Bishop", "Central Committee", "Sections A", "Internal", "Intervention", "Examiners",
        "Candidates", "Assess", "Explain", "Good", "Full", "Better", "Weaker", "Dates", "Names", "Narrative", "Teach", "Soldiers", "The",
        "This", "She", "On", "In", "By", "While", "Many", "March", "April", "September", "October", "November",
        "January", "May", "June", "July"]
BP[k] = "COPYRIGHT AND USE"

W.write()
