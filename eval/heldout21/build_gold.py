"""Builds gold.json for the twenty-first held-out set (heldout21) from the annotations below (run:
python3 eval/heldout21/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a table or a wrapped line puts several spaces or a line break between two words. Entity surfaces are
never split across lines.

Two entities occur in more than one source and are one gold entity listing all their sources, so cross-article
merging is tested a little: England (e01, e06) and the United Nations (e03, e05)."""
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


# ---------------- e01 Poland, "Łupaszka" and the 5th Wilno Brigade: a genealogy forum thread ----------------
k = "e01"
P(k, "margaret", "Margaret")
P(k, "halina", "Halina Kowalewska", "Halina Kowalewska", "Rusiecka")
P(k, "rusiecki", "Stanisław Rusiecki", "Stanisław Rusiecki", "Staś", "Sęk", "RUSIECKI Stanisław")
P(k, "jadwiga", "Jadwiga")
P(k, "jozef", "Józef Kowalewski")
P(k, "anders", "Władysław Anders")
P(k, "szendzielarz", "Zygmunt Szendzielarz", "Zygmunt Szendzielarz", "Szendzielarz", "Łupaszka", "Łupaszko")
P(k, "siedzikowna", "Danuta Siedzikówna", "Danuta Siedzikówna", "Inka", "Danuta Obuchowicz")
P(k, "selmanowicz", "Feliks Selmanowicz", "Feliks Selmanowicz", "Zagończyk")
P(k, "tomasz", "Tomasz")
P(k, "dabrowski", "Jerzy Dąbrowski")
P(k, "krzyzanowski", "Aleksander Krzyżanowski", "Aleksander Krzyżanowski", "Wilk", "Wolf")
P(k, "szwagrzyk", "Krzysztof Szwagrzyk")
G(k, "ak", "Armia Krajowa", "Armia Krajowa", "AK")
G(k, "brigade5", "5th Wilno Brigade", "5th Wilno Brigade", "5 Wileńska Brygada AK", "Brigade of Death", "Brygada Śmierci")
G(k, "ub", "Urząd Bezpieczeństwa", "Urząd Bezpieczeństwa", "UB", "Security Office")
G(k, "nsz", "Narodowe Siły Zbrojne", "Narodowe Siły Zbrojne", "NSZ", "National Armed Forces")
G(k, "ipn", "Instytut Pamięci Narodowej", "Instytut Pamięci Narodowej", "IPN", "Institute of National Remembrance")
G(k, "corps2", "2nd Polish Corps")
L(k, "leeds", "Leeds")
L(k, "england", "England")
L(k, "sopot", "Sopot")
L(k, "niemenczyn", "Niemenczyn", "Niemenczyn", "Nemenčinė")
L(k, "lithuania", "Lithuania")
L(k, "vilnius", "Vilnius", "Vilnius", "Wilno")
L(k, "gdansk", "Gdańsk")
L(k, "olsztyn", "Olsztyn")
L(k, "poland", "Poland")
L(k, "pomerania", "Pomerania")
L(k, "milomlyn", "Miłomłyn")
L(k, "warsaw", "Warsaw")
rels(k, [("szendzielarz", "leads", "brigade5"), ("brigade5", "part_of", "ak"), ("rusiecki", "member_of", "brigade5"),
         ("siedzikowna", "member_of", "brigade5"), ("selmanowicz", "member_of", "brigade5"),
         ("ub", "opposed_to", "rusiecki"), ("ub", "opposed_to", "siedzikowna"), ("ub", "opposed_to", "selmanowicz"),
         ("ub", "opposed_to", "szendzielarz"), ("jozef", "member_of", "corps2"), ("anders", "leads", "corps2"),
         ("krzyzanowski", "member_of", "ak"), ("szwagrzyk", "member_of", "ipn")])
ev(k, "remembrance_day", "2024-03-01", "day", ["poland"], "yesterday's commemorations")
ev(k, "repatriated", "1945", "year", ["niemenczyn", "sopot", "halina"], "In 1945 the family was \"repatriated\" west")
ev(k, "rusiecki_born", "1925", "year", ["rusiecki"], "was born in 1925")
ev(k, "rusiecki_joined", "1946", "approximate", ["rusiecki", "brigade5"], "in the spring of 1946")
ev(k, "rusiecki_arrested", "1946-07", "month", ["rusiecki", "ub", "gdansk"], "in Gdańsk in July 1946")
ev(k, "inka_arrested", "1946-07", "month", ["siedzikowna", "selmanowicz", "ub"], "the same month in which the UB arrested")
ev(k, "rusiecki_released", "1956", "year", ["rusiecki"], "came out of prison in 1956")
ev(k, "rusiecki_died", "1989", "year", ["rusiecki", "olsztyn"], "He died in Olsztyn in 1989")
ev(k, "halina_england", "1957", "year", ["halina", "england"], "until 1957, when she came to England")
ev(k, "jozef_arrived", "1947", "year", ["jozef", "corps2"], "who had arrived in 1947")
ev(k, "inka_cover", "1945", "range", ["siedzikowna", "milomlyn"], "for some months in 1945-46", end="1946")
ev(k, "lupaszka_arrested", "1948-06", "month", ["szendzielarz", "ub"], "arrested by the UB in June 1948")
ev(k, "lupaszka_shot", "1951-02-08", "day", ["szendzielarz", "warsaw"], "on 8 February 1951")
ev(k, "lupaszka_identified", "2013", "year", ["szendzielarz", "ipn", "szwagrzyk"], "identified in 2013")
ev(k, "inka_executed", "1946-08-28", "day", ["siedzikowna", "selmanowicz", "gdansk"], "executed together in Gdańsk on 28 August 1946")
ev(k, "inka_found", "2014-09", "month", ["siedzikowna", "selmanowicz"], "in the Garrison Cemetery in September 2014")
ev(k, "inka_funeral", "2016-08-28", "day", ["siedzikowna", "selmanowicz"], "buried with honours on 28 August 2016")
cl(k, "jadwiga", "He was in the forest with Łupaszka, not with the NSZ, and he never once said sorry for it.")
cl(k, "tomasz", "Treat everything in a UB file as what the interrogator wanted written down, not necessarily what happened.")
cl(k, "siedzikowna", "Tell my grandmother that I behaved as I should.")
cl(k, "siedzikowna", "Long live Poland! Long live Major Łupaszko!")
NOISE.append({"source": k, "names": ["Wileńszczyzna", "Braintree", "Białystok", "Ewa_Olsztyn", "Kresy_Janek"]})
ACC += ["Gniazdo Genealogy Forum", "Board index", "Military records", "Post-war underground", "Post Reply", "Post",
        "Posts", "Joined", "Location", "Page", "margaret_w_leeds", "Tomasz_G", "Uncle Staś", "RUSIECKI", "KOWALEWSKI",
        "BUTKIEWICZ", "Researching", "National Day of Remembrance",
        'National Day of Remembrance of the "Cursed Soldiers"', "Cursed Soldiers", "Major Zygmunt Szendzielarz",
        "Major Łupaszko", "Colonel Aleksander Krzyżanowski", "Lieutenant-Colonel Jerzy Dąbrowski",
        "General Władysław Anders", "Professor Krzysztof Szwagrzyk", "Military District Court",
        "Wojskowy Sąd Rejonowy", "Mokotów", "Mokotów prison", "Łączka", "Powązki Military Cemetery",
        "Garrison Cemetery", "Pomeranian", "Polish", "Danuta", "Halina", "Staś's", "Great-uncle", "Long-time", "Sat",
        "Sun", "Nov", "Feb", "Mar", "According", "Any", "Start", "Thank", "Treat", "Where", "What", "You", "One", "So",
        "My", "Her", "He", "She", "It", "The", "If", "In", "For", "Long", "Hello", "July", "June", "August",
        "September", "February", "March"]
BP[k] = "Similar topics"

# ---------------- e02 Fiji, the Speight takeover of 2000: a resort company's annual report, risk section ----------------
k = "e02"
P(k, "waqanisau", "Jone Waqanisau")
P(k, "speight", "George Speight", "George Speight", "Ilikimi Naitini", "Ilikini Naitini", "Speight")
P(k, "chaudhry", "Mahendra Chaudhry", "Mahendra Chaudhry", "Chaudhry")
P(k, "ligairi", "Ilisoni Ligairi")
P(k, "silatolu", "Timoci Silatolu")
P(k, "mara", "Kamisese Mara")
P(k, "bainimarama", "Frank Bainimarama", "Frank Bainimarama", "Josaia Voreqe Bainimarama")
P(k, "qarase", "Laisenia Qarase")
P(k, "rabuka", "Sitiveni Rabuka")
P(k, "iloilo", "Josefa Iloilo")
P(k, "lal", "Priya Lal")
G(k, "flp", "Fiji Labour Party", "Fiji Labour Party", "FLP")
G(k, "pcg", "People's Coalition Government")
G(k, "crw", "Counter Revolutionary Warfare Unit", "Counter Revolutionary Warfare Unit", "CRW")
G(k, "rfmf", "Republic of Fiji Military Forces", "Republic of Fiji Military Forces", "RFMF")
G(k, "tcg", "Taukei Civilian Government")
G(k, "gcc", "Great Council of Chiefs", "Great Council of Chiefs", "Bose Levu Vakaturaga")
G(k, "fvb", "Fiji Visitors Bureau")
G(k, "nltb", "Native Land Trust Board", "Native Land Trust Board", "NLTB")
L(k, "fiji", "Fiji")
L(k, "denarau", "Denarau Island", "Denarau Island", "Denarau")
L(k, "nadi", "Nadi")
L(k, "natadola", "Natadola")
L(k, "coral_coast", "Coral Coast")
L(k, "vanua_levu", "Vanua Levu")
L(k, "savusavu", "Savusavu")
L(k, "veiuto", "Veiuto")
L(k, "suva", "Suva")
L(k, "nukulau", "Nukulau Island")
L(k, "labasa", "Labasa")
L(k, "australia", "Australia")
L(k, "new_zealand", "New Zealand")
rels(k, [("speight", "leads", "tcg"), ("speight", "opposed_to", "chaudhry"), ("chaudhry", "holds_office", "fiji"),
         ("chaudhry", "leads", "flp"), ("chaudhry", "leads", "pcg"), ("crw", "part_of", "rfmf"),
         ("ligairi", "founded", "crw"), ("ligairi", "reports_to", "speight"), ("silatolu", "holds_office", "tcg"),
         ("mara", "holds_office", "fiji"), ("bainimarama", "leads", "rfmf"), ("qarase", "holds_office", "fiji"),
         ("rabuka", "leads", "gcc"), ("iloilo", "holds_office", "fiji"), ("rfmf", "opposed_to", "speight"),
         ("crw", "opposed_to", "rfmf")])
ev(k, "takeover", "2000-05-19", "day", ["speight", "chaudhry", "veiuto", "suva", "tcg"], "began on 19 May 2000")
ev(k, "election", "1999-05", "month", ["flp", "chaudhry"], "the election of May 1999")
ev(k, "constitution_revoked", "2000-05-19", "day", ["speight", "silatolu", "tcg"], "That afternoon Speight declared")
ev(k, "speight_statement", "2000-05-19", "day", ["speight"], "inside the compound that evening")
ev(k, "looting", "2000-05-19", "day", ["suva"], "looted on the first afternoon")
ev(k, "martial_law", "2000-05-29", "day", ["mara", "bainimarama", "rfmf"], "On 29 May 2000")
ev(k, "interim_government", "2000-07-04", "day", ["qarase", "rfmf"], "under Laisenia Qarase on 4 July")
ev(k, "coups_1987", "1987", "year", ["rabuka"], "the two coups of 1987")
ev(k, "accord", "2000-07-09", "day", ["rfmf", "speight"], "signed on 9 July 2000")
ev(k, "hostages_released", "2000-07-13", "day", ["chaudhry"], "released on 13 July")
ev(k, "speight_arrested", "2000-07", "approximate", ["rfmf", "speight"], "At the end of July the RFMF arrested Speight")
ev(k, "trial", "2001", "year", ["speight"], "stand trial for treason next year")
ev(k, "mutiny", "2000-11-02", "day", ["crw", "rfmf", "suva"], "On 2 November 2000")
ev(k, "arrivals", "2000-06", "range", ["fvb", "fiji"], "for the months of June to September", end="2000-09")
ev(k, "occupancy", "2000-06", "month", ["denarau"], "Occupancy at Denarau fell to 31 per cent in June")
ev(k, "natadola_blockade", "2000-08", "month", ["natadola", "nltb"], "In August members of a landowning mataqali")
ev(k, "lease_renewal", "2006", "year", ["natadola"], "falls due for renewal in 2006")
cl(k, "speight", "This is not a coup against Indians. It is a civilian takeover on behalf of the indigenous people, and it will last as long as it needs to last.")
cl(k, "bainimarama", "Nobody will be allowed to hold this country to ransom,")
cl(k, "chaudhry", "not be silenced by guns")
cl(k, "fvb", "the worst since records began")
cl(k, "lal", "a resort can survive a cyclone season; what it cannot survive is a year in which the world's television shows our capital on fire.")
cl(k, "lal", "slowly, and only where we have kept faith with our agents")
NOISE.append({"source": k, "names": ["Lautoka", "Naviti Street", "Raiwalui & Prasad", "Kaunitoni Registry Services",
                                     "South Pacific Stock Exchange"]})
ACC += ["LAGILAGI RESORTS LIMITED", "Lagilagi Resorts Limited", "ANNUAL REPORT 2000", "Annual Report", "Contents",
        "SECTION 4", "PRINCIPAL RISKS AND UNCERTAINTIES", "Chairman's statement", "Managing Director's review",
        "Operating review", "Directors' report", "Financial statements", "Board", "Group", "Audit and Risk Committee",
        "Ratu Jone Waqanisau", "Ratu Sir Kamisese Mara", "Ratu Josefa Iloilo", "Commodore Frank Bainimarama",
        "Major Ilisoni Ligairi", "Mr Chaudhry", "Managing Director", "Prime Minister", "President", "Cabinet",
        "Constitution", "1997 Constitution", "Muanikau Accord", "Victoria Parade", "Queen Elizabeth Barracks",
        "parliamentary complex", "Indians", "Australian", "mataqali", "Mitigation", "Occupancy", "Section", "Shops",
        "Several", "Nobody", "These", "They", "This", "That", "She", "The", "In", "On", "At", "As", "All", "May",
        "June", "July", "August", "September", "November"]
BP[k] = "CAUTIONARY STATEMENT REGARDING FORWARD-LOOKING INFORMATION"

# ---------------- e03 Congo, the Simba and Stanleyville, 1964: a note verbale circulated to the Security Council ----------------
k = "e03"
P(k, "u_thant", "U Thant")
P(k, "spaak", "Paul-Henri Spaak", "Paul-Henri Spaak", "Spaak")
P(k, "gbenye", "Christophe Gbenye", "Christophe Gbenye", "Gbenye")
P(k, "olenga", "Nicolas Olenga", "Nicolas Olenga", "Olenga")
P(k, "soumialot", "Gaston Soumialot")
P(k, "tshombe", "Moïse Tshombe", "Moïse Tshombe", "Moïse Tshombé")
P(k, "kasavubu", "Joseph Kasavubu")
P(k, "nothomb", "Patrick Nothomb", "Patrick Nothomb", "Nothomb")
P(k, "carlson", "Paul Carlson", "Paul Carlson", "Carlson")
P(k, "kenyatta", "Jomo Kenyatta")
P(k, "kanza", "Thomas Kanza")
P(k, "laurent", "Charles Laurent")
P(k, "hoare", "Michael Hoare")
G(k, "un", "United Nations")
G(k, "apl", "Armée populaire de libération", "Armée populaire de libération", "APL", "Simba")
G(k, "prc", "People's Republic of the Congo")
G(k, "cnl", "Conseil national de libération", "Conseil national de libération", "CNL")
G(k, "anc", "Armée nationale congolaise", "Armée nationale congolaise", "ANC", "Congolese National Army")
G(k, "oau", "Organization of African Unity", "Organization of African Unity", "OAU")
G(k, "paracommando", "Para-Commando Regiment")
G(k, "usaf", "United States Air Force")
L(k, "stanleyville", "Stanleyville", "Stanleyville", "Kisangani")
L(k, "paulis", "Paulis", "Paulis", "Isiro")
L(k, "leopoldville", "Léopoldville", "Léopoldville", "Kinshasa")
L(k, "drc", "Democratic Republic of the Congo", "Democratic Republic of the Congo", "Congo")
L(k, "belgium", "Belgium")
L(k, "brussels", "Brussels")
L(k, "brazzaville", "Brazzaville")
L(k, "nairobi", "Nairobi")
L(k, "kenya", "Kenya")
L(k, "kamina", "Kamina")
rels(k, [("u_thant", "holds_office", "un"), ("spaak", "holds_office", "belgium"), ("gbenye", "leads", "prc"),
         ("olenga", "leads", "apl"), ("apl", "part_of", "prc"), ("gbenye", "leads", "cnl"), ("soumialot", "leads", "cnl"),
         ("gbenye", "founded", "cnl"), ("nothomb", "holds_office", "belgium"), ("apl", "opposed_to", "carlson"),
         ("tshombe", "holds_office", "drc"), ("kasavubu", "holds_office", "drc"), ("kenyatta", "holds_office", "kenya"),
         ("kenyatta", "member_of", "oau"), ("kanza", "member_of", "prc"), ("laurent", "leads", "paracommando"),
         ("paracommando", "backed_by", "usaf"), ("paracommando", "opposed_to", "apl"), ("hoare", "member_of", "anc"),
         ("anc", "allied_with", "paracommando")])
ev(k, "stanleyville_fell", "1964-08", "approximate", ["stanleyville", "apl"], "Since early August 1964")
ev(k, "prc_proclaimed", "1964-09-05", "day", ["gbenye", "prc", "stanleyville"], "On 5 September 1964")
ev(k, "cnl_formed", "1963-10", "month", ["cnl", "gbenye", "brazzaville"], "at Brazzaville in October 1963")
ev(k, "gbenye_broadcast", "1964-11-20", "day", ["gbenye"], "On 20 November Mr. Gbenye declared")
ev(k, "nairobi_talks", "1964-11-23", "day", ["kenyatta", "kanza", "nairobi", "oau"], "Talks held at Nairobi on 23 November")
ev(k, "spaak_statement", "1964-11-24", "day", ["spaak", "belgium"], "a statement made on 24 November 1964 by Mr. Paul-Henri Spaak")
ev(k, "landing", "1964-11-24", "day", ["paracommando", "laurent", "usaf", "stanleyville", "kamina", "apl"],
   "At 6 a.m. local time this morning, 24 November 1964")
ev(k, "anc_entered", "1964-11-24", "day", ["anc", "hoare", "stanleyville"], "later the same day")
ev(k, "paulis_operation", "1964-11-26", "day", ["paulis", "apl"], "At dawn today, 26 November 1964")
ev(k, "communique", "1964-11-26", "day", ["brussels", "belgium"], "a communiqué issued at Brussels on 26 November 1964")
cl(k, "gbenye", "can no longer answer for the lives of the foreigners who are in our hands")
cl(k, "olenga", "our guarantee")
cl(k, "spaak", "Our soldiers went to Stanleyville and to Paulis to bring people home, not to win a war. They will come home themselves within days.")
cl(k, "spaak", "has asked nothing of the Congolese Government and will accept nothing in return")
NOISE.append({"source": k, "names": ["Mali"]})
ACC += ["UN DOCUMENT ARCHIVE", "Security Council", "SECURITY COUNCIL", "Secretary-General",
        "Permanent Representative of Belgium", "Permanent Representative", "NOTE VERBALE", "Note verbale", "ANNEX I",
        "ANNEX II", "Distr", "GENERAL", "ENGLISH", "FRENCH", "ORIGINAL", "S/6068", "Belgian", "Belgian Government",
        "Congolese", "Congolese Government", "Government of the Democratic Republic of the Congo",
        "Council of Ministers", "Radio Stanleyville", "Belgian Para-Commando Regiment", "Colonel Charles Laurent",
        "Major Michael Hoare", "General Olenga", "Dr. Carlson", "Dr. Paul Carlson", "Mr. Gbenye", "Mr. Spaak",
        "Mr. Nothomb", "Deputy Prime Minister", "Minister for Foreign Affairs", "Prime Minister",
        "Prime Minister of Kenya", "Deputy Prime Minister and Minister for Foreign Affairs of Belgium", "President",
        "American", "Simba rebels", "Summary", "Scanned", "Among", "Columns", "Meeting", "Talks", "Since", "Several",
        "They", "The", "At", "As", "In", "On", "August", "September", "October", "November", "December"]
BP[k] = "RECORD INFORMATION"

# ---------------- e04 Mexico, Lucio Cabañas and the Party of the Poor: a school yearbook memorial page ----------------
k = "e04"
P(k, "gallardo", "Abelardo Gallardo Nava", "Abelardo Gallardo Nava", "Gallardo")
P(k, "cabanas", "Lucio Cabañas Barrientos", "Lucio Cabañas Barrientos", "Lucio Cabañas", "Cabañas")
P(k, "eusebio", "Eusebio Nava Reyes", "Eusebio Nava Reyes", "Eusebio")
P(k, "figueroa", "Rubén Figueroa Figueroa", "Rubén Figueroa Figueroa", "Figueroa")
P(k, "genaro", "Genaro Vázquez Rojas")
P(k, "echeverria", "Luis Echeverría Álvarez")
P(k, "yarbrough", "Denise Yarbrough")
P(k, "ximena", "Ximena Torres")
P(k, "renwick", "Tom Renwick")
G(k, "policia", "Policía Judicial")
G(k, "pdlp", "Partido de los Pobres", "Partido de los Pobres", "Party of the Poor", "PDLP")
G(k, "bca", "Brigada Campesina de Ajusticiamiento", "Brigada Campesina de Ajusticiamiento", "Peasant Justice Brigade", "BCA")
G(k, "army", "Mexican Army")
G(k, "acnr", "Asociación Cívica Nacional Revolucionaria", "Asociación Cívica Nacional Revolucionaria", "ACNR")
L(k, "chicago", "Chicago")
L(k, "illinois", "Illinois")
L(k, "el_ticui", "El Ticuí")
L(k, "atoyac", "Atoyac de Álvarez", "Atoyac de Álvarez", "Atoyac")
L(k, "sierra", "Sierra de Atoyac")
L(k, "guerrero", "Guerrero")
L(k, "mexico", "Mexico")
L(k, "ayotzinapa", "Ayotzinapa")
L(k, "el_otatal", "El Otatal")
L(k, "tecpan", "Tecpan de Galeana")
L(k, "pilsen", "Pilsen")
rels(k, [("cabanas", "founded", "pdlp"), ("bca", "part_of", "pdlp"), ("bca", "opposed_to", "army"),
         ("genaro", "leads", "acnr"), ("eusebio", "member_of", "pdlp"), ("pdlp", "opposed_to", "figueroa"),
         ("army", "opposed_to", "eusebio"), ("army", "opposed_to", "cabanas"), ("figueroa", "holds_office", "guerrero"),
         ("echeverria", "holds_office", "mexico")])
ev(k, "gallardo_died", "2025-02-14", "day", ["gallardo"], "died on February 14")
ev(k, "gallardo_born", "1958", "year", ["gallardo", "el_ticui"], "was born in 1958")
ev(k, "cabanas_teaching", "1965", "approximate", ["cabanas", "atoyac"], "in the mid-1960s")
ev(k, "beacon_interview", "2019", "year", ["gallardo"], "in a 2019 interview")
ev(k, "atoyac_shooting", "1967-05-18", "day", ["policia", "atoyac"], "On May 18, 1967")
ev(k, "genaro_died", "1972-02", "month", ["genaro"], "until he died in a car crash in February 1972")
ev(k, "eusebio_joined", "1972", "year", ["eusebio", "pdlp"], "joined the PDLP in 1972")
ev(k, "figueroa_kidnapped", "1974-05-30", "day", ["pdlp", "figueroa"], "On May 30, 1974")
ev(k, "eusebio_taken", "1974-08", "month", ["army", "eusebio", "el_ticui"], "In August 1974")
ev(k, "figueroa_freed", "1974-09-08", "day", ["army", "figueroa"], "on September 8, 1974")
ev(k, "cabanas_killed", "1974-12-02", "day", ["army", "cabanas", "el_otatal", "tecpan"], "on December 2, 1974")
ev(k, "came_to_chicago", "1979", "year", ["gallardo", "chicago", "pilsen"], "came to Chicago in 1979")
ev(k, "joined_faculty", "1994", "year", ["gallardo"], "joined our faculty in 1994")
ev(k, "testimony", "2022", "year", ["gallardo", "eusebio"], "In 2022 he gave video testimony")
ev(k, "commission_set_up", "2021", "year", ["mexico"], "that Mexico set up in 2021")
ev(k, "memorial_assembly", "2025-03", "month", ["yarbrough", "ximena"], "at the memorial assembly in March")
cl(k, "gallardo", "He taught us to read with a newspaper,")
cl(k, "gallardo", "Not the textbook. The newspaper, and then he asked us who was lying.")
cl(k, "gallardo", "A teacher who is afraid of history teaches only dates.")
cl(k, "yarbrough", "He made every one of us a little braver,")
cl(k, "yarbrough", "Including the adults.")
cl(k, "ximena", "He never told us what to think about Lucio Cabañas,")
cl(k, "ximena", "He told us to go and find out, and then he made us footnote it.")
NOISE.append({"source": k, "names": ["Jasmine Oyelaran", "Kevin Villaseñor", "Carol Wisniewski", "Northlake Fields Camera Club",
                                     "Lakeshore Yearbook Press", "Elgin", "Midway Portrait Studio"]})
ACC += ["THE BEACON", "The Beacon", "THE BEACON 2025", "Northlake Fields High School", "IN MEMORIAM", "Volume",
        "Señor Gallardo", "Mr. Gallardo", "Profe", "Room 214", "Spanish and Latin American History",
        "Latin American History", "Social Studies Department", "Principal Denise Yarbrough", "Mr. Tom Renwick",
        "Class of 2025", "Class of 2012", "Two Sources", "Dirty War", "guerra sucia", "Abelardo Gallardo Scholarship",
        "Leticia", "Ana", "Sofía", "Emiliano", "Abelardo", "Bears", "WHERE HE CAME FROM", "WHAT HE TAUGHT US",
        "Another", "Including", "Every", "Several", "This", "Its", "He", "In", "On", "Not", "The", "A", "February",
        "March", "May", "August", "September", "December"]
BP[k] = "THE BEACON 2025 STAFF"

# ---------------- e05 Cameroon, the UPC and Ruben Um Nyobè: a documentary's crowdfunding page ----------------
k = "e05"
P(k, "estelle", "Estelle Ngo Mbock")
P(k, "um_nyobe", "Ruben Um Nyobè", "Ruben Um Nyobè", "Um Nyobè", "Mpodol")
P(k, "messmer", "Pierre Messmer")
P(k, "moumie", "Félix-Roland Moumié", "Félix-Roland Moumié", "Moumié")
P(k, "ouandie", "Ernest Ouandié", "Ernest Ouandié", "Ouandié")
P(k, "ahidjo", "Ahmadou Ahidjo", "Ahmadou Ahidjo", "Ahidjo")
P(k, "bechtel", "William Bechtel")
P(k, "nkot", "Achille Nkot", "Achille Nkot", "Nkot")
P(k, "ngo_bayiha", "Régine Ngo Bayiha")
P(k, "kamdem", "Serge Kamdem Tchoupo")
G(k, "upc", "Union des Populations du Cameroun", "Union des Populations du Cameroun", "Union of the Peoples of Cameroon", "UPC")
G(k, "un", "United Nations")
G(k, "cno", "Comité national d'organisation", "Comité national d'organisation", "CNO")
G(k, "french_army", "French army")
G(k, "alnk", "Armée de libération nationale du Kamerun", "Armée de libération nationale du Kamerun", "ALNK")
G(k, "sdece", "SDECE")
G(k, "u_douala", "University of Douala")
G(k, "ngoma", "Ngoma Films")
L(k, "douala", "Douala")
L(k, "cameroon", "Cameroon", "Cameroon", "Kamerun")
L(k, "paris", "Paris")
L(k, "france", "France")
L(k, "sanaga", "Sanaga-Maritime")
L(k, "new_york", "New York")
L(k, "yaounde", "Yaoundé")
L(k, "boumnyebel", "Boumnyébel")
L(k, "eseka", "Éséka")
L(k, "bamileke", "Bamileke highlands")
L(k, "geneva", "Geneva")
L(k, "bafoussam", "Bafoussam")
L(k, "vincennes", "Vincennes")
rels(k, [("um_nyobe", "leads", "upc"), ("cno", "part_of", "upc"), ("french_army", "opposed_to", "cno"),
         ("messmer", "holds_office", "france"), ("french_army", "opposed_to", "um_nyobe"), ("moumie", "leads", "upc"),
         ("ouandie", "member_of", "upc"), ("moumie", "founded", "alnk"), ("ouandie", "founded", "alnk"),
         ("ouandie", "leads", "alnk"), ("ahidjo", "holds_office", "cameroon"), ("ahidjo", "opposed_to", "ouandie"),
         ("bechtel", "member_of", "sdece"), ("nkot", "member_of", "u_douala"), ("estelle", "founded", "ngoma")])
ev(k, "upc_founded", "1948-04-10", "day", ["upc", "douala"], "on 10 April 1948")
ev(k, "un_speech", "1952-12", "month", ["um_nyobe", "new_york", "un"], "In December 1952")
ev(k, "upc_banned", "1955-07-13", "day", ["upc"], "banned the UPC on 13 July 1955")
ev(k, "riots", "1955-05", "month", ["douala"], "after riots in Douala and other towns in May")
ev(k, "messmer_arrived", "1956", "year", ["messmer", "yaounde"], "in Yaoundé from 1956")
ev(k, "um_nyobe_killed", "1958-09-13", "day", ["um_nyobe", "french_army", "boumnyebel", "eseka"], "On 13 September 1958")
ev(k, "alnk_formed", "1959", "year", ["alnk", "moumie", "ouandie"], "(ALNK) in 1959")
ev(k, "independence", "1960-01-01", "day", ["cameroon", "ahidjo"], "independent on 1 January 1960")
ev(k, "ahidjo_president", "1960-05", "month", ["ahidjo", "cameroon"], "from May 1960")
ev(k, "moumie_died", "1960-11-03", "day", ["moumie", "geneva"], "died on 3 November 1960")
ev(k, "ouandie_shot", "1971-01-15", "day", ["ouandie", "ahidjo", "bafoussam"], "on 15 January 1971")
ev(k, "rehabilitation", "1991-12", "month", ["cameroon", "um_nyobe", "moumie", "ouandie"], "until December 1991")
ev(k, "anniversary", "2024-09-13", "day", ["um_nyobe", "boumnyebel"], "Today, 13 September 2024")
ev(k, "interviews", "2023", "year", ["nkot", "sanaga"], "Last year our researcher")
ev(k, "shooting_starts", "2025-01", "month", ["estelle"], "shooting starts next January")
ev(k, "ngoma_founded", "2015", "year", ["estelle", "ngoma"], "Ngoma Films in 2015")
cl(k, "um_nyobe", "nothing more than what the Charter already promises us: to govern ourselves, and to do it as one country")
cl(k, "ngo_bayiha", "They showed us his body so that we would stop saying his name,")
cl(k, "ngo_bayiha", "So we said it more quietly, and we never stopped.")
cl(k, "nkot", "a war that both governments spent sixty years calling a police operation")
cl(k, "estelle", "I grew up two streets from the café where the UPC was founded and nobody ever showed it to me,")
cl(k, "estelle", "This is not a film against anyone. It is a film so that my daughter can be shown the café.")
NOISE.append({"source": k, "names": ["Chantal Ebogo", "Paul-Henri Ndzana", "Lyon", "Njangi Fund SAS"]})
ACC += ["Njangi Fund", "Film & Video", "Documentary", "MPODOL: the man who carried the word", "THE STORY",
        "WHY THIS FILM, AND WHY NOW", "WHERE THE MONEY GOES", "REWARDS", "THE TEAM", "RISKS AND CHALLENGES", "Story",
        "Rewards", "Team", "Risks", "Updates", "Comments", "Fourth Committee", "United Nations General Assembly",
        "Charter", "Bassa", "French", "British", "German", "Cameroon's parliament", "Dr. Achille Nkot", "Dr. Nkot",
        "High Commissioner", "UPC's", "the West", "Created", "Digital", "Invitation", "Associate", "Your", "Very",
        "Every", "Last", "Some", "They", "This", "Its", "The", "In", "On", "April", "May", "July", "September",
        "October", "November", "December", "January", "Thursday"]
BP[k] = "UPDATES (2)"

# ---------------- e06 Kashmir, the JKLF and the Mhatre killing: a trials database docket ----------------
k = "e06"
P(k, "bristow", "Peter Bristow", "Peter Bristow", "Bristow")
P(k, "mhatre", "Ravindra Mhatre", "Ravindra Hareshwar Mhatre", "Ravindra Mhatre", "Mhatre", "Mahatre")
P(k, "castell", "Rhiannon Castell")
P(k, "bhat", "Maqbool Bhat", "Maqbool Bhat", "Maqbool Butt", "Bhat", "Butt")
P(k, "gandhi", "Indira Gandhi")
P(k, "khan", "Amanullah Khan", "Amanullah Khan", "Khan")
P(k, "raja", "Abdul Quayyum Raja", "Abdul Quayyum Raja", "Abdul Qayyum Raja", "Raja", "Quayyum", "Qayyum")
P(k, "riaz", "Mohammed Riaz", "Mohammed Riaz", "Riaz")
P(k, "bhatti", "Siddique Bhatti", "Siddique Bhatti", "Bhatti")
P(k, "hurd", "Douglas Hurd", "Douglas Hurd", "Hurd")
P(k, "mirza", "Mohammad Aslam Mirza")
G(k, "kla", "Kashmir Liberation Army", "Kashmir Liberation Army", "KLA")
G(k, "jklf", "Jammu Kashmir Liberation Front", "Jammu Kashmir Liberation Front", "JKLF")
G(k, "jknlf", "Jammu Kashmir National Liberation Front")
G(k, "ahc", "Assistant High Commission")
G(k, "reuters", "Reuters")
G(k, "wmp", "West Midlands Police")
G(k, "home_office", "Home Office")
G(k, "fraqc", "Free Riaz and Qayyum Campaign", "Free Riaz and Qayyum Campaign", "FRAQC")
L(k, "birmingham", "Birmingham")
L(k, "alum_rock", "Alum Rock")
L(k, "hinckley", "Hinckley")
L(k, "leicestershire", "Leicestershire")
L(k, "london", "London")
L(k, "new_delhi", "New Delhi")
L(k, "india", "India")
L(k, "kashmir", "Kashmir")
L(k, "pak_kashmir", "Pakistan-administered Kashmir")
L(k, "pakistan", "Pakistan")
L(k, "england", "England")
L(k, "united_states", "United States")
L(k, "bradford", "Bradford")
rels(k, [("mhatre", "member_of", "ahc"), ("kla", "opposed_to", "mhatre"), ("bhat", "founded", "jklf"),
         ("kla", "part_of", "jklf"), ("khan", "founded", "jklf"), ("khan", "founded", "jknlf"), ("bhat", "founded", "jknlf"),
         ("khan", "leads", "jklf"), ("gandhi", "holds_office", "india"), ("wmp", "opposed_to", "raja"),
         ("wmp", "opposed_to", "riaz"), ("bhatti", "opposed_to", "mhatre"), ("hurd", "holds_office", "home_office")])
ev(k, "abduction", "1984-02-03", "day", ["mhatre", "birmingham", "kla"], "On the evening of 3 February 1984")
ev(k, "ransom_message", "1984-02-04", "day", ["kla", "reuters", "london"], "The next morning a handwritten message")
ev(k, "body_found", "1984-02-05", "day", ["mhatre", "hinckley", "leicestershire"], "On the evening of 5 February")
ev(k, "bhat_hanged", "1984-02-11", "day", ["bhat", "india", "new_delhi"], "on 11 February 1984")
ev(k, "jklf_formed", "1977-05", "month", ["jklf", "khan", "birmingham"], "in Birmingham in May 1977")
ev(k, "jknlf_founded", "1960", "approximate", ["jknlf", "khan", "bhat", "pak_kashmir"], "in the 1960s")
ev(k, "khan_arrested", "1985-09", "month", ["khan", "england"], "arrested in England in September 1985")
ev(k, "khan_deported", "1986-12", "month", ["khan", "pakistan"], "deported to Pakistan in December 1986")
ev(k, "arrests", "1984-02", "month", ["wmp", "raja", "riaz"], "within days")
ev(k, "first_appearance", "1984-02-07", "day", ["raja", "riaz"], "07 Feb 1984")
ev(k, "indictment", "1984-07", "month", ["raja", "riaz"], "Jul 1984")
ev(k, "verdicts", "1985-02", "month", ["raja", "riaz", "bhatti", "bristow"], "Feb 1985")
ev(k, "tariff", "1988", "year", ["hurd", "home_office"], "| 1988 ")
ev(k, "judicial_review", "1995-12", "month", ["london", "home_office"], "Dec 1995")
ev(k, "mirza_arrested", "2004", "year", ["mirza", "united_states"], "| 2004 ")
ev(k, "fraqc_formed", "1992", "year", ["fraqc", "bradford"], "formed in Bradford in 1992")
cl(k, "kla", "a servant of the occupation of Kashmir")
cl(k, "khan", "Nobody in the JKLF gave an order to kill that man,")
cl(k, "bristow", "If he lied to protect his friends, members of the jury, you may ask yourselves whether he was lying to protect himself as well.")
cl(k, "fraqc", "grossly unfair")
cl(k, "fraqc", "an executive sentence passed without a hearing")
NOISE.append({"source": k, "names": ["Midlands Legal History Trust", "Severn Valley University", "Worcester"]})
ACC += ["UK POLITICAL VIOLENCE TRIALS DATABASE", "UK Political Violence Trials Database", "Home", "Cases",
        "West Midlands", "UKPVT-1984-003", "R v Riaz and Raja", "Case ID", "Court", "Trial judge", "Principal charges",
        "Group named", "Victim", "Outcome", "Record last updated", "Compiled by", "CASE SUMMARY", "DOCKET",
        "COMPILER'S NOTE", "Birmingham Crown Court", "Birmingham Magistrates' Court", "High Court", "Tihar Jail",
        "Mr Justice Bristow", "Sir Peter Bristow", "Dr Rhiannon Castell", "Home Secretary",
        "Home Secretary Douglas Hurd", "Prime Minister", "Prime Minister of India", "British", "Pakistani", "Kashmiri",
        "First appearance", "Indictment", "Verdicts and sentence", "Tariff set", "Judicial review", "Related arrest",
        "Date", "Proceeding", "Note", "Both", "Nobody", "Six", "After", "The", "On", "In", "Feb", "Jul", "Dec",
        "February", "May", "September", "November", "December"]
BP[k] = "ABOUT THIS DATABASE"

# ---------------- e07 Philippines, the Hukbalahap: an oral-history grant application ----------------
k = "e07"
P(k, "dizon", "Maricel Dizon-Lacsamana")
P(k, "manalang", "Renato S. Manalang")
P(k, "taruc", "Luis Taruc", "Luis Taruc", "Taruc", "Ka Luis")
P(k, "alejandrino", "Casto Alejandrino", "Casto Alejandrino", "Alejandrino")
P(k, "culala", "Felipa Culala", "Felipa Culala", "Dayang-Dayang")
P(k, "poblete", "Bernardo Poblete", "Bernardo Poblete", "Tandang Banal")
P(k, "aurora", "Aurora Quezon")
P(k, "manuel_quezon", "Manuel L. Quezon")
P(k, "quirino", "Elpidio Quirino")
P(k, "magsaysay", "Ramon Magsaysay", "Ramon Magsaysay", "Magsaysay")
P(k, "jose_lava", "Jose Lava")
P(k, "jesus_lava", "Jesus Lava")
P(k, "aquino", "Benigno Aquino Jr.")
P(k, "pangilinan", "Remedios Pangilinan")
P(k, "andoy", "Andoy")
P(k, "yabut", "Josefina Yabut")
G(k, "huk", "Hukbalahap", "Hukbalahap", "Hukbo ng Bayan Laban sa Hapon", "People's Army Against the Japanese", "Huk", "Huks")
G(k, "hmb", "Hukbong Mapagpalaya ng Bayan", "Hukbong Mapagpalaya ng Bayan", "HMB", "People's Liberation Army")
G(k, "pkp", "Partido Komunista ng Pilipinas", "Partido Komunista ng Pilipinas", "PKP")
G(k, "cpp", "CPP")
G(k, "amt", "Aguman ding Maldang Talapagobra", "Aguman ding Maldang Talapagobra", "AMT")
G(k, "usaffe", "United States Army Forces in the Far East", "United States Army Forces in the Far East", "USAFFE")
G(k, "da", "Democratic Alliance", "Democratic Alliance", "DA")
G(k, "pc", "Philippine Constabulary", "Philippine Constabulary", "Constabulary")
G(k, "manila_times", "Manila Times")
G(k, "sfirs", "San Fernando Institute of Regional Studies")
L(k, "central_luzon", "Central Luzon")
L(k, "pampanga", "Pampanga")
L(k, "tarlac", "Tarlac")
L(k, "nueva_ecija", "Nueva Ecija")
L(k, "philippines", "Republic of the Philippines", "Republic of the Philippines", "Philippines")
L(k, "sitio_bawit", "Sitio Bawit")
L(k, "cabiao", "Cabiao")
L(k, "san_luis", "San Luis")
L(k, "bongabon", "Bongabon")
L(k, "manila", "Manila")
L(k, "candaba", "Candaba")
L(k, "arayat", "Arayat")
L(k, "mount_arayat", "Mount Arayat")
L(k, "san_fernando", "San Fernando")
rels(k, [("taruc", "leads", "huk"), ("alejandrino", "member_of", "huk"), ("culala", "member_of", "huk"),
         ("poblete", "member_of", "huk"), ("huk", "part_of", "pkp"), ("taruc", "member_of", "amt"),
         ("usaffe", "opposed_to", "huk"), ("taruc", "member_of", "da"), ("taruc", "leads", "hmb"),
         ("manuel_quezon", "holds_office", "philippines"), ("quirino", "holds_office", "philippines"),
         ("magsaysay", "holds_office", "philippines"), ("magsaysay", "opposed_to", "pkp"), ("jose_lava", "member_of", "pkp"),
         ("pc", "opposed_to", "hmb"), ("aquino", "member_of", "manila_times"), ("jesus_lava", "leads", "pkp")])
ev(k, "huk_founded", "1942-03-29", "day", ["huk", "sitio_bawit", "cabiao", "nueva_ecija", "taruc"], "on 29 March 1942")
ev(k, "pkp_founded", "1930", "year", ["pkp"], "the communist party founded in 1930")
ev(k, "cpp_founded", "1968", "year", ["cpp"], "the CPP founded in 1968")
ev(k, "leaders_arrested", "1945", "year", ["taruc", "alejandrino", "usaffe"], "were arrested in 1945")
ev(k, "taruc_elected", "1946", "year", ["taruc", "da"], "In 1946 Taruc was elected")
ev(k, "hmb_named", "1950", "year", ["hmb"], "in 1950 took the name")
ev(k, "quezon_ambush", "1949-04-28", "day", ["aurora", "bongabon", "nueva_ecija"], "On 28 April 1949")
ev(k, "magsaysay_appointed", "1950-09", "month", ["magsaysay", "quirino"], "in September 1950")
ev(k, "manila_raids", "1950-10-18", "day", ["magsaysay", "pkp", "jose_lava", "manila"], "On 18 October 1950")
ev(k, "taruc_surrender", "1954-05-17", "day", ["taruc", "aquino"], "on 17 May 1954")
ev(k, "jesus_lava_captured", "1964", "year", ["jesus_lava"], "not captured until 1964")
ev(k, "memoir", "1953", "year", ["taruc"], "In his 1953 memoir")
ev(k, "pilot", "2024-07", "month", ["candaba", "arayat", "pangilinan"], "In July 2024")
cl(k, "taruc", "out of the people's hunger for land, not out of any order from abroad")
cl(k, "pangilinan", "When the Huks came to our barrio they paid for the rice. The Constabulary did not, and then they burned the barrio because we had sold it.")
cl(k, "yabut", "ready to be the place where the town hears its own story first")
NOISE.append({"source": k, "names": ["R. Dimaculangan", "T. Ocampo-Gatchalian", "Metro Manila", "Makati City"]})
ACC += ["LINGKOD HERITAGE FOUNDATION", "Lingkod Heritage Foundation", "Small Grants for Oral History",
        "APPLICATION FORM", "Part B", "Application ID", "LHF-OH-2025-017", "Project title", "Mga Tinig ng Huk",
        "Voices of the Huk", "Principal investigator", "Co-investigator", "Host institution", "Amount requested",
        "Duration", "Date submitted", "SUMMARY", "BACKGROUND AND RATIONALE", "PILOT WORK", "OBJECTIVES AND METHODS",
        "ETHICS", "BUDGET SUMMARY", "Dr. Maricel Dizon-Lacsamana", "Associate Professor of History", "Archivist",
        "Institute", "PHP", "Supremo", "kumander", "Lolo Andoy", "President Elpidio Quirino",
        "President Manuel L. Quezon", "Secretary of National Defense", "Congress", "Born of the People", "Kapampangan",
        "Tagalog", "Filipino", "English", "Republic", "American", "SFIRS-REB-2024-31", "Fieldwork", "Transcription",
        "Equipment", "Archiving", "Almost", "Fewer", "Informants", "Many", "Return", "Record", "Transcribe", "Deposit",
        "When", "Its", "This", "The", "In", "On", "A", "March", "April", "May", "July", "September", "October",
        "January"]
BP[k] = "DECLARATION"

# ---------------- e08 Aden, the NLF, FLOSY and Crater in 1967: a Freedom of Information response ----------------
k = "e08"
P(k, "requester", "D. Howarth", "D. Howarth", "Mr Howarth")
P(k, "alan_howarth", "Alan Howarth", "Alan Howarth", "Fusilier Howarth")
P(k, "trevaskis", "Kennedy Trevaskis")
P(k, "asnag", "Abdullah al-Asnag")
P(k, "nasser", "Gamal Abdel Nasser")
P(k, "mitchell", "Colin Mitchell", "Colin Mitchell", "Mitchell")
P(k, "trevelyan", "Humphrey Trevelyan")
P(k, "shaabi", "Qahtan al-Shaabi", "Qahtan al-Shaabi", "Qahtan ash-Sha'bi")
G(k, "rnf", "Royal Northumberland Fusiliers", "Royal Northumberland Fusiliers", "RNF")
G(k, "nlf", "National Liberation Front", "National Liberation Front", "NLF", "al-Jabha al-Qawmiyya")
G(k, "flosy", "Front for the Liberation of Occupied South Yemen", "Front for the Liberation of Occupied South Yemen", "FLOSY")
G(k, "saa", "South Arabian Army")
G(k, "armed_police", "Aden Armed Police")
G(k, "argylls", "Argyll and Sutherland Highlanders", "Argyll and Sutherland Highlanders", "Argylls")
G(k, "tna", "The National Archives", "The National Archives", "TNA")
G(k, "apc", "Army Personnel Centre")
L(k, "aden", "Aden")
L(k, "khormaksar", "Khormaksar")
L(k, "radfan", "Radfan")
L(k, "egypt", "Egypt", "Egypt", "United Arab Republic")
L(k, "crater", "Crater")
L(k, "prsy", "People's Republic of South Yemen")
L(k, "kew", "Kew")
L(k, "glasgow", "Glasgow")
rels(k, [("alan_howarth", "member_of", "rnf"), ("asnag", "leads", "flosy"), ("flosy", "backed_by", "egypt"),
         ("nasser", "holds_office", "egypt"), ("nlf", "opposed_to", "flosy"), ("flosy", "opposed_to", "nlf"),
         ("armed_police", "opposed_to", "rnf"), ("armed_police", "opposed_to", "argylls"),
         ("armed_police", "opposed_to", "alan_howarth"), ("mitchell", "leads", "argylls"), ("argylls", "opposed_to", "nlf"),
         ("shaabi", "leads", "nlf"), ("shaabi", "holds_office", "prsy")])
ev(k, "request", "2024-05-22", "day", ["requester"], "your email of 22 May 2024")
ev(k, "emergency", "1963-12-10", "day", ["trevaskis", "khormaksar", "aden"], "declared on 10 December 1963")
ev(k, "radfan", "1963-10", "month", ["nlf", "radfan"], "two months earlier")
ev(k, "flosy_formed", "1966-01", "month", ["flosy", "asnag"], "formed in January 1966")
ev(k, "infighting", "1966", "approximate", ["nlf", "flosy"], "From late 1966")
ev(k, "mutiny_ambush", "1967-06-20", "day", ["saa", "armed_police", "crater", "rnf", "argylls", "alan_howarth"],
   "On 20 June 1967 soldiers of the South Arabian Army mutinied")
ev(k, "withdrawal_crater", "1967-06-20", "day", ["crater"], "British forces withdrew from Crater that evening")
ev(k, "reentry", "1967-07-03", "day", ["argylls", "mitchell", "crater", "nlf"], "On 3 July 1967")
ev(k, "recognition", "1967-09", "month", ["trevelyan"], "In September 1967")
ev(k, "british_left", "1967-11-29", "day", ["aden"], "on 29 November 1967")
ev(k, "prsy_proclaimed", "1967-11-30", "day", ["nlf", "prsy", "shaabi"], "the next day")
ev(k, "transfer_tna", "2003", "year", ["tna", "kew"], "at Kew in 2003")
ev(k, "apc_confirmed", "2024-06", "month", ["apc", "glasgow"], "confirmed last week")
cl(k, "requester", "Any records held by the Ministry of Defence about the death of my grandfather, Fusilier Alan Howarth of the 1st Battalion, Royal Northumberland Fusiliers, who was killed in Aden on 20 June 1967, and anything showing who was responsible. My family was told only that he died in an ambush.")
cl(k, "rnf", "Two Land Rovers of the battalion fired on from the Armed Police Barracks, Queen Arwa Road, at approx 1200 hrs. Fire believed to come from police and from NLF supporters within the barracks. Crater not entered again this day.")
cl(k, "mitchell", "a battalion doing the job it had trained for")
cl(k, "trevelyan", "as representatives of the people")
NOISE.append({"source": k, "names": ["MOD Main Building", "Whitehall", "Information Commissioner's Office", "Wycliffe House",
                                     "Wilmslow", "Cheshire", "Marlborough Lines", "Andover", "Hampshire"]})
ACC += ["Ministry of Defence", "MOD", "Army Secretariat", "Army Secretariat Information Rights Team", "FOI2024/05317",
        "Our reference", "Mr D. Howarth", "Howarth", "Fusilier Alan Howarth", "1st Battalion",
        "Freedom of Information Act", "Freedom of Information Act 2000", "FOIA", "Data Protection Act",
        "Data Protection Act 2018", "BACKGROUND", "INFORMATION HELD", "REDACTIONS", "Aden Emergency", "British",
        "British High Commissioner", "High Commissioner", "Sir Kennedy Trevaskis", "Sir Humphrey Trevelyan",
        "Lieutenant-Colonel Colin Mitchell", "President Gamal Abdel Nasser", "Champion Lines", "Armed Police Barracks",
        "Queen Arwa Road", "Board of Inquiry", "Land Rovers", "Arabic", "Casualty record", "War diary", "Battalion",
        "Section", "President", "Dear", "Yours", "Thank", "Please", "Members", "From", "Fire", "Two", "Any", "This",
        "Your", "The", "On", "In", "My", "January", "May", "June", "July", "September", "November", "December"]
BP[k] = "If you are not satisfied with this response"

W.write()
