"""Builds gold.json for the eighteenth held-out set (heldout18) from the annotations below (run:
python3 eval/heldout18/build_gold.py). Edit here, rebuild, then run check_gold.py.

Two of the texts (b02, b08) are hard-wrapped, so a quote or an event cue can run over a line break. Quotes and cues
below are written with single spaces; `exact` looks each one up in its source with any run of whitespace allowed
between words and writes the text's own characters (line breaks included) into the gold, so check_gold.py's verbatim
test holds. Entity surfaces are never split across lines.

Six entities occur in more than one source and are one gold entity listing all their sources, so cross-article
merging is tested: France (b01, b02, b05), Paris (b01, b02, b05, b08), the United States (b01, b04), Pakistan (b01,
b07), the GIGN (b01, b02) and the United Nations (b04, b08)."""
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


# ---------------- b01 Saudi Arabia, Juhayman and the Grand Mosque siege: a film festival programme note ----------------
k = "b01"
P(k, "juhayman", "Juhayman al-Otaybi", "Juhayman al-Otaybi", "Juhaiman al-Utaybi", "جهيمان العتيبي", "Juhayman")
P(k, "qahtani", "Mohammed Abdullah al-Qahtani", "Mohammed Abdullah al-Qahtani", "Qahtani")
P(k, "huzaimi", "Nasser al-Huzaimi", "Nasser al-Huzaimi", "al-Hozimi")
P(k, "sabbagh", "Nadine Sabbagh", "Nadine Sabbagh", "Sabbagh")
P(k, "sultan", "Sultan bin Abdulaziz")
P(k, "nayef", "Nayef bin Abdulaziz")
P(k, "khalid", "Khalid")
P(k, "bin_baz", "Abdulaziz bin Baz")
P(k, "fahd", "Fahd")
P(k, "turki", "Turki al-Faisal")
P(k, "barril", "Paul Barril", "Paul Barril", "Barril")
P(k, "okonjo", "Ruth Okonjo")
G(k, "jsm", "al-Jama'a al-Salafiya al-Muhtasiba", "al-Jama'a al-Salafiya al-Muhtasiba",
  "Salafi Group that Commands Right and Forbids Wrong", "Ikhwan")
G(k, "sang", "Saudi Arabian National Guard", "Saudi Arabian National Guard", "National Guard")
G(k, "gip", "General Intelligence Presidency")
G(k, "arab_league", "Arab League")
G(k, "gign", "GIGN", "GIGN", "Groupe d'intervention de la Gendarmerie nationale")
L(k, "mecca", "Mecca")
L(k, "saudi_arabia", "Saudi Arabia")
L(k, "france", "France")
L(k, "lebanon", "Lebanon")
L(k, "kuwait", "Kuwait")
L(k, "riyadh", "Riyadh")
L(k, "paris", "Paris")
L(k, "beirut", "Beirut")
L(k, "medina", "Medina")
L(k, "tunis", "Tunis")
L(k, "taif", "Taif")
L(k, "united_states", "United States")
L(k, "islamabad", "Islamabad")
L(k, "pakistan", "Pakistan")
L(k, "copenhagen", "Copenhagen")
rels(k, [("juhayman", "leads", "jsm"), ("juhayman", "member_of", "sang"), ("huzaimi", "member_of", "jsm"),
         ("sultan", "holds_office", "saudi_arabia"), ("nayef", "holds_office", "saudi_arabia"),
         ("khalid", "holds_office", "saudi_arabia"), ("fahd", "holds_office", "saudi_arabia"), ("turki", "leads", "gip"),
         ("barril", "member_of", "gign"), ("gign", "advises", "sang"), ("sang", "opposed_to", "jsm")])
ev(k, "siege", "1979-11-20", "range", ["jsm", "mecca", "juhayman"], "from 20 November to 4 December 1979", end="1979-12-04")
ev(k, "seizure", "1979-11-20", "day", ["juhayman", "jsm", "qahtani", "mecca"], "at dawn on 20 November 1979")
ev(k, "pamphlets", "1978", "year", ["juhayman", "kuwait"], "printed in Kuwait in 1978")
ev(k, "fahd_in_tunis", "1979-11-20", "day", ["fahd", "tunis", "arab_league"],
   "Crown Prince Fahd was in Tunis for an Arab League summit when the gates closed")
ev(k, "islamabad_embassy", "1979-11-21", "day", ["islamabad", "united_states", "pakistan"], "The day after the seizure")
ev(k, "juhayman_captured", "1979-12-04", "day", ["juhayman", "mecca"], "Juhayman was brought out alive on 4 December")
ev(k, "mosque_cleared", "1979-12-04", "day", ["mecca"], "the mosque was declared cleared the same day")
ev(k, "executions", "1980-01-09", "day", ["juhayman"], "beheaded on 9 January 1980")
ev(k, "sabbagh_born", "1981", "year", ["sabbagh", "beirut"], "born in Beirut, 1981")
ev(k, "archives", "2016", "range", ["sabbagh", "paris", "beirut"], "She spent 2016 and 2017", end="2017")
ev(k, "premiere", "2019-03", "month", ["sabbagh", "copenhagen"], "premiered in March at a festival in Copenhagen")
ev(k, "qa", "2019-11-20", "day", ["sabbagh"], "after next Wednesday's screening")
cl(k, "juhayman", "have made the religion a trade and the mosques their shop windows.")
cl(k, "juhayman", "void")
cl(k, "huzaimi", "We thought we were purifying religion")
cl(k, "huzaimi", "We ended up firing from the minarets of the holiest place on earth.")
cl(k, "huzaimi", "a man who could talk for three hours without a note")
cl(k, "turki", "It was brave")
cl(k, "turki", "and it was badly planned, and we paid for both.")
cl(k, "sabbagh", "I grew up with a version of this story in which nothing happened")
cl(k, "sabbagh", "There were no photographs at home, no names, only the sense that something had been sealed.")
cl(k, "sabbagh", "This film is my attempt to open that door a little, not to walk through it for anyone else.")
cl(k, "okonjo", "It is a film about the moment a state discovers it has been living with a question it never asked")
NOISE.append({"source": k, "names": ["Riverside Arts Trust", "Northbank Film Fund", "Yaroslav Trofimov",
                                     "The Siege of Mecca", "Doclands Festival Ltd"]})
ACC += ["DOCLANDS 2019", "Doclands", "Doclands 2019", "INTERNATIONAL DOCUMENTARY FESTIVAL", "Archive & Memory",
        "Strand", "TWO WEEKS IN THE SANCTUARY", "Two Weeks in the Sanctuary", "Dir", "Cinema 2", "Cinema 4", "Film 14",
        "Programme", "Content", "SYNOPSIS", "Grand Mosque", "Grand Mosque of Mecca", "Islamic", "Arabic", "French",
        "English", "Saudi", "Mahdi", "Brethren", "Prince Sultan bin Abdulaziz", "Prince Sultan", "Prince Nayef",
        "Prince Nayef bin Abdulaziz", "King Khalid", "Sheikh Abdulaziz bin Baz", "Crown Prince Fahd",
        "Prince Turki al-Faisal", "Captain Paul Barril", "Americans", "Lebanese-French", "DIRECTOR'S STATEMENT",
        "ABOUT THE DIRECTOR", "PROGRAMMER'S NOTE", "Wednesday", "Saturday", "Q&A", "Screenings", "Rumour", "The", "Their",
        "Her", "His", "He", "She", "It", "In", "Forty", "Three", "National Guard and army units", "November", "December",
        "January", "March"]
BP[k] = "TICKETS & ACCESS"

# ---------------- b02 New Caledonia, the FLNKS and Ouvéa 1988: a heritage register entry, hard-wrapped ----------------
k = "b02"
P(k, "dianou", "Alphonse Dianou", "Alphonse Dianou", "Dianou")
P(k, "chirac", "Jacques Chirac")
P(k, "mitterrand", "François Mitterrand")
P(k, "pons", "Bernard Pons")
P(k, "legorjus", "Philippe Legorjus")
P(k, "tjibaou", "Jean-Marie Tjibaou", "Jean-Marie Tjibaou", "Tjibaou")
P(k, "lafleur", "Jacques Lafleur")
P(k, "rocard", "Michel Rocard")
P(k, "wea", "Djubelly Wéa", "Djubelly Wéa", "Wéa")
P(k, "yeiwene", "Yeiwéné Yeiwéné")
P(k, "macron", "Emmanuel Macron", "Emmanuel Macron", "Macron")
P(k, "weneguei", "Cyrille Wéneguei")
G(k, "flnks", "FLNKS", "FLNKS", "Kanak and Socialist National Liberation Front",
  "Front de libération nationale kanak et socialiste")
G(k, "uc", "Union Calédonienne")
G(k, "gign", "GIGN")
G(k, "rpcr", "RPCR", "RPCR", "Rally for Caledonia in the Republic", "Rassemblement pour la Calédonie dans la République")
L(k, "wateto", "Watetö")
L(k, "wadrilla", "Wadrilla", "Wadrilla", "Hwadrilla")
L(k, "gossanah", "Gossanah")
L(k, "ouvea", "Ouvéa", "Ouvéa", "Uvea")
L(k, "loyalty", "Loyalty Islands Province")
L(k, "new_caledonia", "New Caledonia", "New Caledonia", "Kanaky")
L(k, "fayaoue", "Fayaoué")
L(k, "paris", "Paris")
L(k, "france", "France")
L(k, "noumea", "Nouméa")
rels(k, [("dianou", "member_of", "uc"), ("dianou", "member_of", "flnks"), ("uc", "part_of", "flnks"),
         ("chirac", "holds_office", "france"), ("mitterrand", "holds_office", "france"), ("pons", "holds_office", "france"),
         ("rocard", "holds_office", "france"), ("macron", "holds_office", "france"), ("legorjus", "leads", "gign"),
         ("gign", "opposed_to", "flnks"), ("tjibaou", "leads", "flnks"), ("lafleur", "leads", "rpcr"),
         ("wea", "opposed_to", "tjibaou"), ("wea", "opposed_to", "yeiwene"), ("yeiwene", "member_of", "flnks"),
         ("yeiwene", "reports_to", "tjibaou")])
ev(k, "fayaoue_attack", "1988-04-22", "day", ["flnks", "fayaoue", "dianou"], "On 22 April 1988")
ev(k, "first_round", "1988-04-24", "day", ["flnks"], "two days before the first round")
ev(k, "assault", "1988-05-05", "day", ["gign", "legorjus", "flnks", "wateto", "dianou"], "At dawn on 5 May 1988")
ev(k, "second_round", "1988-05-08", "day", ["chirac", "mitterrand"], "three days before the second round")
ev(k, "dianou_died", "1988-05-05", "day", ["dianou"], "died later the same day")
ev(k, "amnesty", "1989", "year", ["france"], "An amnesty law passed in 1989")
ev(k, "matignon", "1988-06-26", "day", ["tjibaou", "lafleur", "rocard", "paris", "flnks", "rpcr"], "on 26 June 1988")
ev(k, "tjibaou_statement", "1988-06-26", "day", ["tjibaou"], "Tjibaou told journalists that evening")
ev(k, "wadrilla_killings", "1989-05-04", "day", ["wea", "tjibaou", "yeiwene", "wadrilla"], "on 4 May 1989")
ev(k, "listing", "2008-05-04", "day", ["loyalty", "wadrilla", "wateto"], "on 4 May 2008")
ev(k, "macron_visit", "2018-05-05", "day", ["macron", "wadrilla"], "Last Saturday the President")
ev(k, "plaque_repainted", "2018-04", "month", ["wadrilla"], "repainted in April")
ev(k, "graffiti_removed", "2016", "year", ["wateto"], "removed by the clan in 2016")
cl(k, "tjibaou", "We have not signed for peace because we are tired. We have signed so that our children will not have to count their dead.")
cl(k, "macron", "The Republic has not always looked at what happened here with open eyes")
cl(k, "weneguei", "is not a monument for visitors; it is where our fathers are still waiting for the truth.")
NOISE.append({"source": k, "names": ["Tiga", "Yaté"]})
ACC += ["REGISTER OF MEMORIAL SITES", "Register of Memorial Sites", "Heritage and Culture Directorate", "Lifou",
        "Entry no", "Name of place", "Other names", "Commune", "Type", "Natural", "Entry revised", "Grotte de Watetö",
        "Memorial of the Nineteen", "Gossanah cave", "Tomb of the Nineteen", "Nineteen", "Iaai", "STATEMENT OF SIGNIFICANCE",
        "HISTORY", "DESCRIPTION", "LISTING AND CONSULTATION", "CONDITION", "French", "Kanak", "Prime Minister",
        "President François Mitterrand", "Captain Philippe Legorjus", "Operation Victor", "Hôtel Matignon",
        "Matignon Accords", "Province", "President of the Republic", "Republic", "Gossanah chieftaincy",
        "Gossanah clans", "Four", "Seven", "Good", "Graffiti", "Nothing", "The", "They", "There", "In", "On", "At", "A",
        "An", "For", "April", "May", "June"]
BP[k] = "HOW TO CITE THIS ENTRY"

# ---------------- b03 Bolivia, the EGTK: an oral history transcript with time stamps and speaker labels ----------------
k = "b03"
P(k, "rufino", "Rufino Mamani Condori", "Rufino Mamani Condori", "Rufino")
P(k, "quispe", "Felipe Quispe", "Felipe Quispe", "Felipe", "Mallku")
P(k, "garcia_linera", "Álvaro García Linera", "Álvaro García Linera", "Álvaro", "Qhananchiri")
P(k, "gutierrez", "Raquel Gutiérrez", "Raquel Gutiérrez", "Raquel")
P(k, "raul", "Raúl García Linera", "Raúl")
P(k, "morales", "Evo Morales", "Evo Morales", "Evo")
G(k, "mitka", "MITKA", "MITKA", "Movimiento Indio Túpac Katari")
G(k, "ofensiva", "Ofensiva Roja de Ayllus Tupakataristas", "Ofensiva Roja de Ayllus Tupakataristas", "Ofensiva Roja",
  "Red Offensive")
G(k, "egtk", "EGTK", "EGTK", "Ejército Guerrillero Túpac Katari")
G(k, "ptj", "Policía Técnica Judicial", "Policía Técnica Judicial", "PTJ")
G(k, "csutcb", "CSUTCB", "CSUTCB", "Confederación Sindical Única de Trabajadores Campesinos de Bolivia")
G(k, "mip", "Movimiento Indígena Pachakuti", "Movimiento Indígena Pachakuti", "MIP")
L(k, "achacachi", "Achacachi")
L(k, "omasuyos", "Omasuyos")
L(k, "el_alto", "El Alto")
L(k, "bolivia", "Bolivia")
L(k, "mexico", "Mexico")
L(k, "la_paz", "La Paz")
L(k, "oruro", "Oruro")
L(k, "sucre", "Sucre")
rels(k, [("quispe", "leads", "egtk"), ("quispe", "member_of", "mitka"), ("garcia_linera", "member_of", "egtk"),
         ("gutierrez", "member_of", "egtk"), ("raul", "member_of", "egtk"), ("rufino", "member_of", "egtk"),
         ("ptj", "opposed_to", "rufino"), ("quispe", "leads", "csutcb"), ("quispe", "founded", "mip"),
         ("garcia_linera", "holds_office", "bolivia"), ("morales", "holds_office", "bolivia")])
ev(k, "mitka_years", "1970", "approximate", ["quispe", "mitka"], "in the seventies")
ev(k, "egtk_formed", "1990", "approximate", ["egtk", "ofensiva"], "around 1990 or 1991")
ev(k, "pylons", "1991", "year", ["egtk", "la_paz", "oruro", "rufino"], "In 1991 we knocked down several")
ev(k, "arrests", "1992-04", "month", ["rufino", "garcia_linera", "gutierrez", "ptj", "achacachi", "la_paz"], "In April 1992")
ev(k, "quispe_arrested", "1992-08-19", "day", ["quispe"], "in August, on the 19th")
ev(k, "release", "1997", "year", ["rufino", "quispe", "garcia_linera"], "I came out in 1997")
ev(k, "csutcb_post", "1998", "year", ["quispe", "csutcb"], "A year after he came out")
ev(k, "blockades", "2000", "year", ["quispe", "achacachi", "mip"], "Then in 2000 came the blockades")
ev(k, "vice_president", "2006", "year", ["garcia_linera", "morales", "bolivia"], "since 2006")
ev(k, "anniversary_visit", "2015", "year", ["rufino", "quispe", "achacachi"], "Last year I went for the anniversary")
cl(k, "quispe", "We are not fighting for a ministry. We are fighting so that the Aymara nation governs itself.")
cl(k, "quispe", "So that my daughter does not have to be your maid.")
cl(k, "quispe", "a good coca grower and a bad Indian")
cl(k, "garcia_linera", "The state is not taken, Rufino; the state is built.")
cl(k, "rufino", "Nobody was supposed to die, and nobody did, not from us.")
cl(k, "rufino", "The EGTK was finished; it finished in prison.")
NOISE.append({"source": k, "names": ["Warisata", "Fondo Cultural Pachamama"]})
ACC += ["ANDEAN MEMORY ORAL HISTORY COLLECTION", "Andean Memory Oral History Collection", "Interview AMOH-0417",
        "AMOH-0417", "Transcript", "Spanish", "Aymara", "English", "Narrator", "Interviewer", "Isabel Choque Apaza",
        "IC", "RM", "Recorded", "Total", "Excerpt", "Transcription", "C. Ticona", "Ticona", "Words", "Tupaj Katari",
        "Túpac Katari", "Katarista", "Katarista terrorists", "Chonchocoro", "San Pedro de Chonchocoro", "Mexican",
        "Jallalla", "Aymara nation", "Indian", "Yes", "Pylons", "Nobody", "Some", "It", "Never", "Every", "Five",
        "Maybe", "Let's", "Who", "What", "When", "Where", "And", "Did", "Do", "He", "They", "The", "We", "In", "A",
        "All", "No", "But", "Then", "That", "Vice-president", "July", "August", "April"]
BP[k] = "END OF EXCERPT"

# ---------------- b04 Laos, the Hmong and the Chao Fa: a parliament resolution with recitals ----------------
k = "b04"
P(k, "vang_pao", "Vang Pao")
P(k, "zong", "Zong Zoua Her")
P(k, "shong", "Shong Lue Yang", "Shong Lue Yang", "Soob Lwj Yaj")
P(k, "moua", "Moua Toua Ther")
P(k, "jack", "Harrison Jack")
P(k, "yong", "Yong Chanthalangsy")
G(k, "sgu", "Special Guerrilla Units", "Special Guerrilla Units", "SGU")
G(k, "cia", "Central Intelligence Agency", "Central Intelligence Agency", "CIA")
G(k, "lprp", "Lao People's Revolutionary Party", "Lao People's Revolutionary Party", "LPRP")
G(k, "pathet_lao", "Pathet Lao")
G(k, "chao_fa", "Chao Fa", "Chao Fa", "Chaofa", "Lords of the Sky")
G(k, "amnesty", "Amnesty International")
G(k, "lpa", "Lao People's Army")
G(k, "fbi", "Federal Bureau of Investigation", "Federal Bureau of Investigation", "FBI")
G(k, "cang", "California Army National Guard")
G(k, "lao_mfa", "Lao Ministry of Foreign Affairs")
G(k, "rta", "Royal Thai Army")
G(k, "unhcr", "UNHCR", "UNHCR", "Office of the United Nations High Commissioner for Refugees")
G(k, "asean", "ASEAN")
G(k, "un", "United Nations")
L(k, "laos", "Laos", "Laos", "Lao People's Democratic Republic")
L(k, "thailand", "Thailand", "Thailand", "Kingdom of Thailand")
L(k, "united_states", "United States")
L(k, "xaisomboun", "Xaisomboun", "Xaisomboun", "Saysomboun")
L(k, "phou_bia", "Phou Bia", "Phou Bia", "Phu Bia")
L(k, "california", "California")
L(k, "huai_nam_khao", "Huai Nam Khao")
L(k, "phetchabun", "Phetchabun")
rels(k, [("vang_pao", "leads", "sgu"), ("sgu", "backed_by", "cia"), ("lprp", "controls", "laos"),
         ("zong", "founded", "chao_fa"), ("lpa", "opposed_to", "chao_fa"), ("fbi", "opposed_to", "vang_pao"),
         ("fbi", "opposed_to", "jack"), ("jack", "member_of", "cang"), ("yong", "spokesperson_for", "lao_mfa"),
         ("rta", "controls", "huai_nam_khao")])
ev(k, "war", "1961", "range", ["vang_pao", "sgu", "cia"], "during the war of 1961 to 1975", end="1975")
ev(k, "monarchy_abolished", "1975-12", "month", ["pathet_lao", "lprp", "laos"], "in December 1975")
ev(k, "chao_fa_founded", "1975", "approximate", ["zong", "chao_fa"], "founded in the mid-1970s")
ev(k, "phou_bia_killings", "2006-04-06", "day", ["lpa", "phou_bia", "chao_fa"], "near Phou Bia on 6 April 2006")
ev(k, "surrender", "2005-06", "month", ["moua", "xaisomboun"], "in June 2005 a group of 171 people")
ev(k, "vang_pao_arrest", "2007-06-04", "day", ["fbi", "vang_pao", "jack", "california"], "on 4 June 2007")
ev(k, "yong_statement", "2007-07-03", "day", ["yong", "lao_mfa"], "on 3 July 2007")
ev(k, "returns", "2007-06", "month", ["rta", "huai_nam_khao", "laos"], "at the end of June 2007")
ev(k, "eu_asean", "2007", "year", ["asean"], "at the EU-ASEAN ministerial meeting later this year")
cl(k, "moua", "before there is nobody left to help")
cl(k, "yong", "there is no Hmong problem in Laos, there are only a few bandits and the people who pay them")
ACC += ["European Parliament", "Texts adopted", "Strasbourg", "Provisional edition", "P6_TA-PROV(2007)0351",
        "Laos: the situation of the Hmong", "Hmong", "Lao", "Thai", "Convention relating to the Status of Refugees",
        "United Nations Convention against Torture", "Convention against Torture", "Rules of Procedure", "Rule 115(5)",
        "General Vang Pao", "Xaisomboun Special Zone", "Xaisomboun province", "Phetchabun province",
        "Hmong Romanised Popular Alphabet", "Romanised Popular Alphabet", "Government of Laos",
        "Government of the Lao People's Democratic Republic", "Lao authorities", "Lao and Thai governments",
        "Royal Thai Government", "Council", "Commission", "EU-ASEAN", "EU",
        "National Assembly of the Lao People's Democratic Republic", "National Assembly", "Secretary-General of ASEAN",
        "Secretary-General", "President", "Government of the Kingdom of Thailand", "Thursday", "Calls", "Takes",
        "Instructs", "Stresses", "The European Parliament", "June", "July", "December", "A", "B", "C", "D", "E", "F", "G", "H", "I"]
BP[k] = "Last updated:"

# ---------------- b05 Djibouti, the FRUD: a wire write-through with an editor's note ----------------
k = "b05"
P(k, "gouled", "Hassan Gouled Aptidon", "Hassan Gouled Aptidon", "Gouled")
P(k, "dini", "Ahmed Dini Ahmed", "Ahmed Dini Ahmed", "Dini")
P(k, "guelleh", "Ismail Omar Guelleh")
P(k, "ferrand", "Jean-Luc Ferrand", "Jean-Luc Ferrand", "Ferrand")
G(k, "frud", "FRUD", "FRUD", "Front for the Restoration of Unity and Democracy",
  "Front pour la restauration de l'unité et de la démocratie")
G(k, "riaom", "5th Overseas Interarms Regiment", "5th Overseas Interarms Regiment", "5e RIAOM")
G(k, "french_mod", "French Defence Ministry")
G(k, "rpp", "People's Rally for Progress", "People's Rally for Progress", "RPP", "Rassemblement populaire pour le progrès")
G(k, "fad", "Djiboutian Armed Forces", "Djiboutian Armed Forces", "FAD")
G(k, "msf", "Médecins Sans Frontières")
L(k, "djibouti", "Djibouti", "Djibouti", "DJIBOUTI")
L(k, "france", "France")
L(k, "paris", "Paris")
L(k, "randa", "Randa")
L(k, "dorra", "Dorra")
L(k, "tadjourah", "Tadjourah")
L(k, "obock", "Obock")
L(k, "yoboki", "Yoboki")
L(k, "ethiopia", "Ethiopia")
L(k, "arhiba", "Arhiba")
rels(k, [("frud", "controls", "randa"), ("frud", "controls", "dorra"), ("gouled", "holds_office", "djibouti"),
         ("gouled", "leads", "rpp"), ("frud", "opposed_to", "fad"), ("dini", "leads", "frud"),
         ("dini", "holds_office", "djibouti"), ("guelleh", "reports_to", "gouled"), ("ferrand", "leads", "msf")])
ev(k, "deployment", "1992-02-26", "day", ["france", "riaom", "djibouti"],
   "French troops began moving north from the capital on Wednesday")
ev(k, "independence", "1977", "year", ["djibouti"], "since independence in 1977")
ev(k, "offensive", "1991-11", "month", ["frud"], "launched its offensive in November")
ev(k, "frud_formed", "1991-08", "month", ["frud"], "formed in August last year")
ev(k, "gouled_rpp", "1977", "year", ["gouled", "rpp"], "which Gouled has led since independence")
ev(k, "posts_overrun", "1992-02", "month", ["frud", "fad", "yoboki", "dorra"], "overran army posts at Yoboki and Dorra last week")
ev(k, "dini_resigned", "1977-12", "month", ["dini"], "resigned in December 1977")
ev(k, "ceasefire", "1992-02-27", "day", ["frud"], "from midnight on Thursday")
ev(k, "guelleh_radio", "1992-02-25", "day", ["guelleh"], "on state radio on Tuesday")
ev(k, "arhiba", "1991-12-18", "day", ["arhiba"], "the events of Dec. 18")
ev(k, "displacement", "1991-11", "month", ["msf", "ferrand"], "fled the fighting in the north since November")
cl(k, "french_mod", "protect the population and keep the roads open")
cl(k, "french_mod", "will not take sides in a Djiboutian affair.")
cl(k, "dini", "welcome if it stops the killing, and unacceptable if it is there to save the regime.")
cl(k, "dini", "We have nothing against France")
cl(k, "dini", "We have everything against a government that treats half its people as foreigners.")
cl(k, "guelleh", "mercenaries from across the border")
cl(k, "ferrand", "The people we see in Tadjourah have walked for four or five days")
cl(k, "ferrand", "They are not fighters. They are farmers and herders with nothing left.")
NOISE.append({"source": k, "names": ["Claire Moreau", "Tom Whitcombe", "Nairobi"]})
ACC += ["INW", "INW WORLD SERVICE", "WORLD SERVICE", "International News Wire", "BC-DJIBOUTI-REBELS", "LD-WRITETHRU",
        "PICTURE", "GMT", "EDITOR'S NOTE", "ATTENTION EDITORS", "CORRECTS", "Updates", "Tajura", "Afar", "Afars",
        "Hamid Farah", "Issa", "Issa-led", "Western", "Western diplomats", "Djiboutian", "French",
        "President Hassan Gouled Aptidon", "Africa", "Feb", "Dec", "Government", "Human", "Human rights groups",
        "Government troops", "French troops", "Its", "He", "The", "About", "A", "By", "Tuesday", "August",
        "November", "December"]
BP[k] = "(Reporting by"

# ---------------- b06 Portugal, the FP-25 amnesty: a letters-to-the-editor page ----------------
k = "b06"
P(k, "otelo", "Otelo Saraiva de Carvalho", "Otelo Saraiva de Carvalho", "Otelo")
P(k, "castelo_branco", "Gaspar Castelo-Branco", "Gaspar Castelo-Branco", "Castelo-Branco")
P(k, "duarte", "Helena Marques Duarte")
P(k, "tavares", "Rui Pinto Tavares")
P(k, "soares", "Mário Soares")
P(k, "guterres", "António Guterres")
P(k, "monteiro", "Manuel Monteiro")
P(k, "sampaio", "Jorge Sampaio")
P(k, "antunes", "Manuel Ribeiro Antunes")
P(k, "veloso", "Joana Veloso")
P(k, "mendes", "José Carlos Mendes")
G(k, "fp25", "FP-25", "FP-25", "Popular Forces of 25 April", "Forças Populares 25 de Abril", "Forcas Populares 25 de Abril",
  "FP 25")
G(k, "fup", "Força de Unidade Popular", "Força de Unidade Popular", "FUP")
G(k, "ps", "Socialist Party", "Socialist Party", "PS")
G(k, "cds", "Popular Party", "Popular Party", "CDS-PP")
G(k, "pj", "Polícia Judiciária", "Polícia Judiciária", "PJ")
L(k, "lisbon", "Lisbon")
L(k, "setubal", "Setúbal")
L(k, "oporto", "Oporto")
L(k, "coimbra", "Coimbra")
L(k, "evora", "Évora")
L(k, "portugal", "Portugal")
rels(k, [("otelo", "founded", "fup"), ("fp25", "opposed_to", "castelo_branco"), ("castelo_branco", "holds_office", "portugal"),
         ("soares", "holds_office", "portugal"), ("guterres", "leads", "ps"), ("guterres", "holds_office", "portugal"),
         ("monteiro", "leads", "cds"), ("sampaio", "holds_office", "portugal"), ("pj", "opposed_to", "fp25"),
         ("mendes", "member_of", "fp25")])
ev(k, "amnesty_vote", "1996-03-13", "day", ["fp25"], "voted on Wednesday last week")
ev(k, "amnesty_period", "1976", "range", ["fp25"], "between 1976 and 1991", end="1991")
ev(k, "trial_ended", "1987", "year", ["fp25", "fup"], "the trial that ended in 1987")
ev(k, "fup_founded", "1980", "year", ["otelo", "fup"], "founded in 1980")
ev(k, "castelo_branco_killed", "1986-02-15", "day", ["castelo_branco", "fp25", "lisbon"], "on 15 February 1986")
ev(k, "otelo_interview", "1996-03", "month", ["otelo"], "Last week Otelo told a television interviewer")
ev(k, "revolution", "1974-04-25", "day", ["otelo"], "the strategist of 25 April 1974")
ev(k, "otelo_sentenced", "1987", "year", ["otelo"], "He was sentenced in 1987")
ev(k, "otelo_released", "1989-05", "month", ["otelo"], "released in May 1989")
ev(k, "soares_left", "1996-03-09", "day", ["soares"], "who left the presidency on 9 March")
ev(k, "soares_asked", "1995", "year", ["soares"], "who asked in 1995")
ev(k, "sampaio_sworn", "1996-03-09", "day", ["sampaio"], "sworn in on 9 March")
ev(k, "operation_orion", "1984-06-19", "day", ["pj", "fp25"], "in Operation Orion on 19 June 1984")
ev(k, "mendes_member", "1982", "range", ["mendes", "fp25"], "from 1982 until my arrest in 1984", end="1984")
cl(k, "otelo", "no remorse for a struggle that was just, only sorrow for its errors")
cl(k, "soares", "to close the last wound of the revolution")
cl(k, "monteiro", "a prize for murderers")
NOISE.append({"source": k, "names": ["Atlântico Media", "Rua do Século"]})
ACC += ["THE LISBON POST", "Lisbon Post", "LETTERS TO THE EDITOR", "Assembly of the Republic", "Assembly",
        "Global Project", "Sir", "Prime Minister António Guterres", "Prime Minister", "President", "New President",
        "Dr. Manuel Ribeiro Antunes", "Dr", "Operation Orion", "Editor's note", "Sorrow", "The man of 25 April",
        "A law about the future, not the past", "Remember who caught them", "From the other side", "This week",
        "Thursday", "Seventeen", "One", "Last", "Your", "Whatever", "Without", "As", "It", "My", "When", "Nobody",
        "If", "Our", "We", "He", "The", "A", "An", "I", "Page", "February", "March", "June", "April"]
BP[k] = "HOW TO WRITE TO US"

# ---------------- b07 Bangladesh, Siraj Sikder and the Sarbahara Party: a conference book of abstracts (Markdown) ----------------
k = "b07"
P(k, "sikder", "Siraj Sikder", "Siraj Sikder", "Siraz Sikdar", "সিরাজ সিকদার", "Sikder")
P(k, "mujib", "Sheikh Mujibur Rahman", "Sheikh Mujibur Rahman", "Mujib")
P(k, "mofakhkhar", "Mofakhkhar Chowdhury", "Mofakhkhar Chowdhury", "Mofakkhar")
P(k, "shamim", "Shamim Sikder")
P(k, "nusrat", "Nusrat Chowdhury")
P(k, "arif", "Arif Rahman Khan")
P(k, "tanvir", "Tanvir Hasan Mollah")
P(k, "anjali", "Anjali Sen")
P(k, "bhuiyan", "Kamal Uddin Bhuiyan")
G(k, "pbsp", "Purba Banglar Sarbahara Party", "Purba Banglar Sarbahara Party", "East Bengal Proletarian Party", "PBSP",
  "Sarbahara Party", "Sarbahara", "Sarbohara", "Shorbohara", "পূর্ব বাংলার সর্বহারা পার্টি")
G(k, "sramik", "Purba Banglar Sramik Andolon", "Purba Banglar Sramik Andolon", "East Bengal Workers' Movement")
G(k, "pak_army", "Pakistan Army")
G(k, "awami", "Awami League")
G(k, "rakkhi", "Jatiya Rakkhi Bahini", "Jatiya Rakkhi Bahini", "Jatiyo Rokkhi Bahini", "Rakkhi Bahini")
G(k, "pbcp", "Purba Banglar Communist Party", "Purba Banglar Communist Party", "PBCP")
G(k, "rab", "Rapid Action Battalion", "Rapid Action Battalion", "RAB")
G(k, "rajshahi", "University of Rajshahi")
G(k, "soas", "SOAS University of London")
L(k, "savar", "Savar")
L(k, "dhaka", "Dhaka")
L(k, "east_bengal", "East Bengal")
L(k, "pakistan", "Pakistan")
L(k, "peyarabagan", "Peyarabagan")
L(k, "barisal", "Barisal")
L(k, "bangladesh", "Bangladesh")
L(k, "chittagong", "Chittagong")
L(k, "kushtia", "Kushtia")
L(k, "jhenaidah", "Jhenaidah")
rels(k, [("sikder", "founded", "pbsp"), ("sikder", "leads", "pbsp"), ("sikder", "founded", "sramik"),
         ("pbsp", "opposed_to", "pak_army"), ("mujib", "leads", "awami"), ("mujib", "holds_office", "bangladesh"),
         ("pbsp", "opposed_to", "awami"), ("rakkhi", "reports_to", "mujib"), ("rakkhi", "opposed_to", "pbsp"),
         ("mofakhkhar", "leads", "pbcp"), ("rab", "opposed_to", "mofakhkhar"), ("nusrat", "member_of", "rajshahi"),
         ("tanvir", "member_of", "soas")])
ev(k, "sikder_died", "1975-01-02", "day", ["sikder", "savar", "pbsp"], "Fifty years ago today, on 2 January 1975")
ev(k, "panel", "2025-01-10", "day", ["anjali", "bhuiyan", "nusrat", "arif", "tanvir"], "The panel meets next Friday, 10 January")
ev(k, "sramik_founded", "1968-01-08", "day", ["sikder", "sramik", "dhaka"], "On 8 January 1968")
ev(k, "pbsp_founded", "1971-06-03", "day", ["pbsp", "sramik", "peyarabagan", "barisal"], "On 3 June 1971")
ev(k, "war_1971", "1971", "year", ["pbsp", "pak_army"], "fought the Pakistan Army in 1971")
ev(k, "mujib_pm", "1972", "year", ["mujib", "bangladesh"], "from 1972 the prime minister of Bangladesh")
ev(k, "attacks", "1973", "range", ["pbsp", "awami"], "In 1973 and 1974 its cadres attacked", end="1974")
ev(k, "rakkhi_created", "1972-02", "month", ["rakkhi", "mujib"], "created in February 1972")
ev(k, "sikder_arrested", "1975-01-01", "day", ["sikder", "chittagong"], "arrested in Chittagong on 1 January 1975")
ev(k, "mujib_speech", "1975-01-25", "day", ["mujib", "sikder"], "On 25 January, the day the Fourth Amendment")
ev(k, "mujib_killed", "1975-08-15", "day", ["mujib"], "Mujib was killed on 15 August 1975")
ev(k, "pbcp_1990s", "1990", "approximate", ["pbcp", "kushtia", "jhenaidah"], "in the 1990s")
ev(k, "mofakhkhar_killed", "2004-07", "month", ["mofakhkhar", "rab"], "in July 2004")
ev(k, "shamim_interview", "2019", "year", ["shamim"], "told us in 2019")
cl(k, "sikder", "East Bengal is a colony of Pakistan")
cl(k, "mujib", "Where is Siraj Sikder now?")
cl(k, "shamim", "My brother was not a bandit. He was a man who lost an argument to a gun.")
NOISE.append({"source": k, "names": ["Centre for South Asian Studies", "Ford Hall Trust", "Society for South Asian History",
                                     "CSAS-guest"]})
ACC += ["Violence, Memory and the State in South Asia", "South Asia", "Book of abstracts", "Panel 4B", "Room G.07",
        "Chair", "Discussant", "Professor Anjali Sen", "Dr. Kamal Uddin Bhuiyan", "Maoism", "Maoist", "Bengali",
        "Fourth Amendment", "Department of History", "Keywords", "Note on names", "Mujibur Rahman", "London",
        "Circulated", "Chair's introduction", "Where is Siraj Sikder now?", "East Bengal is a colony",
        "Sarbahara Party and its afterlives", "Drawing", "Fifty", "His", "Its", "One", "Within", "After", "The",
        "This", "We", "I", "On", "In", "Chinese", "Friday", "January", "February", "June", "July",
        "August"]
BP[k] = "## PRACTICAL INFORMATION"

# ---------------- b08 South Tyrol, the BAS and the Night of Fire: a museum audio-guide script, hard-wrapped ----------------
k = "b08"
P(k, "magnago", "Silvius Magnago", "Silvius Magnago", "Magnago")
P(k, "gruber", "Karl Gruber")
P(k, "de_gasperi", "Alcide De Gasperi")
P(k, "kerschbaumer", "Sepp Kerschbaumer", "Sepp Kerschbaumer", "Kerschbaumer")
P(k, "klotz", "Georg Klotz", "Georg Klotz", "Klotz")
P(k, "amplatz", "Luis Amplatz", "Luis Amplatz", "Amplatz")
P(k, "burger", "Norbert Burger")
P(k, "postal", "Giovanni Postal")
P(k, "scelba", "Mario Scelba")
P(k, "hofler", "Franz Höfler")
P(k, "gostner", "Anton Gostner")
P(k, "mair", "Rosa Mair")
P(k, "kerbler", "Christian Kerbler", "Christian Kerbler", "Kerbler")
G(k, "svp", "South Tyrolean People's Party", "South Tyrolean People's Party", "Südtiroler Volkspartei", "SVP")
G(k, "bas", "Befreiungsausschuss Südtirol", "Befreiungsausschuss Südtirol", "South Tyrol Liberation Committee", "BAS")
G(k, "carabinieri", "Carabinieri")
G(k, "sifar", "SIFAR")
G(k, "un", "United Nations")
L(k, "bozen", "Bozen", "Bozen", "Bolzano")
L(k, "trento", "Trento", "Trento", "Trient")
L(k, "paris", "Paris")
L(k, "austria", "Austria")
L(k, "italy", "Italy")
L(k, "frangart", "Frangart", "Frangart", "Frangarto")
L(k, "passeier", "Passeier valley", "Passeier valley", "Val Passiria")
L(k, "innsbruck", "Innsbruck")
L(k, "eppan", "Eppan", "Eppan", "Appiano")
L(k, "milan", "Milan")
L(k, "verona", "Verona")
L(k, "saltaus", "Saltaus")
L(k, "north_tyrol", "North Tyrol")
L(k, "meran", "Meran", "Meran", "Merano")
L(k, "south_tyrol", "South Tyrol")
L(k, "rome", "Rome")
rels(k, [("magnago", "leads", "svp"), ("gruber", "holds_office", "austria"), ("de_gasperi", "holds_office", "italy"),
         ("kerschbaumer", "founded", "bas"), ("kerschbaumer", "leads", "bas"), ("klotz", "member_of", "bas"),
         ("amplatz", "member_of", "bas"), ("burger", "member_of", "bas"), ("bas", "opposed_to", "postal"),
         ("scelba", "holds_office", "italy"), ("carabinieri", "opposed_to", "bas"), ("kerbler", "opposed_to", "amplatz"),
         ("kerbler", "opposed_to", "klotz")])
ev(k, "sigmundskron_rally", "1957-11-17", "day", ["magnago", "svp", "bozen", "kerschbaumer"], "On 17 November 1957")
ev(k, "paris_agreement", "1946-09-05", "day", ["gruber", "de_gasperi", "paris", "austria", "italy"],
   "the Paris agreement of 5 September 1946")
ev(k, "feuernacht", "1961-06-11", "range", ["bas", "bozen"], "In the night of 11 to 12 June 1961", end="1961-06-12")
ev(k, "trento_trial", "1963", "year", ["carabinieri", "trento"], "tried in Trento in 1963")
ev(k, "kerschbaumer_arrested", "1961-07", "month", ["kerschbaumer"], "Kerschbaumer was arrested in July 1961")
ev(k, "milan_trial", "1964-07", "month", ["kerschbaumer", "milan"], "which ended in July 1964")
ev(k, "kerschbaumer_died", "1964-12-07", "day", ["kerschbaumer", "verona"], "in Verona on 7 December 1964")
ev(k, "amplatz_killed", "1964-09-06", "range", ["amplatz", "klotz", "kerbler", "saltaus", "passeier"],
   "On the night of 6 to 7 September 1964", end="1964-09-07")
ev(k, "package", "1969-11-22", "range", ["svp", "meran", "magnago"], "In the night of 22 to 23 November 1969", end="1969-11-23")
ev(k, "statute", "1972", "year", ["svp"], "The second Statute of Autonomy followed in 1972")
ev(k, "dispute_settled", "1992-06-11", "day", ["austria", "un"], "On 11 June 1992, Austria told the United Nations")
ev(k, "reading", "2021-06-11", "day", ["bas"], "This Friday, the sixtieth anniversary of the Night of Fire")
cl(k, "magnago", "We ask only for what was promised to us in Paris. Away from Trento! Los von Trient!")
cl(k, "kerschbaumer", "We do not want to kill anyone. We want the world to look at us, just once, and ask why.")
cl(k, "mair", "My father came home after three weeks and he did not speak for a month. He was not in the BAS. He had only lent a man his tractor.")
cl(k, "magnago", "I do not ask you to love this Package. I ask you to count.")
NOISE.append({"source": k, "names": ["Claire Dunbar", "Thomas Reiter", "Paul Hofer", "Tyrolean Oral History Archive",
                                     "Museum of Contemporary Regional History", "Ladin"]})
ACC += ["AUDIO GUIDE SCRIPT", "ENGLISH", "FINAL FOR RECORDING", "Borders in the Head", "Room 4", "Stops", "NARRATOR",
        "ARCHIVE", "WITNESS", "Voices", "Version", "Lines", "STOP 14", "STOP 15", "STOP 16", "STOP 17", "STOP 18",
        "SIGMUNDSKRON", "Sigmundskron", "Castel Firmiano", "South Tyroleans", "German", "Italian", "Italian-speaking",
        "German-speaking", "Away from Trento", "Los von Trient", "Paris agreement", "THE COMMITTEE",
        "THE NIGHT OF FIRE", "Night of Fire", "Feuernacht", "Sacred Heart", "Sunday of the Sacred Heart",
        "THE HUT IN PASSEIER", "PASSEIER", "THE PACKAGE", "Package", "Statute of Autonomy", "Historians", "English",
        "Among", "Across", "Within", "Two", "Several", "This", "The", "They", "We", "He", "My", "A", "In", "On", "I",
        "Austrian", "Italians", "June", "July", "September", "November", "December"]
BP[k] = "[END OF STOPS 14-18."

W.write()
