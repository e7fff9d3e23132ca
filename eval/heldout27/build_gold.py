"""Builds gold.json for the twenty-seventh held-out set (heldout27) from the annotations below (run:
python3 eval/heldout27/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words. Entity surfaces are never split across lines.

Entity ids are shared across sources where the referent is the same (the United States Marine Corps in i01 and i07,
Italy in i02 and i04, the United States in i06 and i07). Event ids are unique across the whole set."""
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


# ---------------- i01 Haiti, Charlemagne Péralte and the Cacos (1915-1920): a grave memorial website page ----------------
k = "i01"
P(k, "peralte", "Charlemagne Péralte", "Charlemagne Péralte", "Charlemagne Masséna Péralte",
  "François Borgia Charlemagne Péralte", "Charlemagne")
P(k, "remi", "Remi Masséna Péralte")
P(k, "saul", "Saül Péralte")
P(k, "butler", "Smedley Butler")
P(k, "hanneken", "Herman Hanneken", "Herman Hanneken", "Hanneken")
P(k, "conze", "Jean-Baptiste Conzé", "Jean-Baptiste Conzé", "Conzé")
P(k, "button", "William Button")
P(k, "batraville", "Benoît Batraville")
P(k, "obin", "Philomé Obin")
P(k, "desinor", "Marie-Flore Désinor-Valcin")
P(k, "bellegarde", "Josué Bellegarde")
P(k, "dorsainvil", "Wesly Dorsainvil-Cadet")
P(k, "lauture", "Rosemène Jean-Pierre-Lauture")
G(k, "cacos", "Cacos")
G(k, "usmc", "United States Marine Corps", "United States Marine Corps", "Marines")
G(k, "gendarmerie", "Gendarmerie d'Haïti")
G(k, "saint_louis", "Saint-Louis de Gonzague")
L(k, "haiti", "Haiti")
L(k, "hinche", "Hinche")
L(k, "nan_glisse", "Nan Glissé")
L(k, "grande_riviere", "Grande-Rivière-du-Nord")
L(k, "cap_haitien", "Cap-Haïtien")
L(k, "port_au_prince", "Port-au-Prince")
L(k, "leogane", "Léogâne")
L(k, "plateau_central", "Plateau Central")
L(k, "chabert", "Chabert")
rels(k, [("peralte", "leads", "cacos"), ("peralte", "member_of", "saint_louis"), ("peralte", "holds_office", "leogane"),
         ("usmc", "founded", "gendarmerie"), ("butler", "leads", "gendarmerie"), ("saul", "reports_to", "peralte"),
         ("cacos", "opposed_to", "usmc"), ("cacos", "opposed_to", "gendarmerie"), ("usmc", "opposed_to", "cacos"),
         ("gendarmerie", "opposed_to", "cacos"), ("hanneken", "member_of", "usmc"), ("hanneken", "member_of", "gendarmerie"),
         ("hanneken", "opposed_to", "peralte"), ("batraville", "leads", "cacos")])
ev(k, "caco_war", "1918", "range", ["cacos"], "between 1918 and 1920", end="1920")
ev(k, "landing_1915", "1915-07-28", "day", ["usmc", "port_au_prince"], "landed at Port-au-Prince on 28 July 1915")
ev(k, "corvee", "1916", "year", ["gendarmerie"], "in 1916 the gendarmerie revived the corvée")
ev(k, "arrest_1917", "1917", "year", ["peralte", "hinche"], "In 1917 Péralte was arrested")
ev(k, "escape_1918", "1918-09-03", "day", ["peralte", "cap_haitien"], "On 3 September 1918 he escaped")
ev(k, "attacks_1919", "1919", "year", ["cacos", "gendarmerie"], "Through 1919 the Cacos attacked gendarmerie posts")
ev(k, "raid_pap", "1919-10-07", "day", ["cacos", "port_au_prince"], "On 7 October 1919 some three hundred Cacos raided Port-au-Prince")
ev(k, "peralte_killed", "1919-11-01", "day", ["peralte", "hanneken", "button", "conze", "nan_glisse"],
   "In the early hours of 1 November 1919")
ev(k, "batraville_killed", "1920-05", "month", ["batraville"], "was killed in May 1920")
ev(k, "chabert_burial", "1919-11-03", "day", ["peralte", "chabert"], "first buried before dawn on 3 November 1919")
ev(k, "marines_left_haiti", "1934-08", "month", ["usmc", "haiti"], "After the last Marines left Haiti in August 1934")
ev(k, "state_funeral", "1935", "year", ["peralte", "cap_haitien"], "in 1935 according to most accounts")
ev(k, "obin_painting", "1946", "year", ["obin"], "for Liberty in 1946")
ev(k, "grave_visit", "2024-10-27", "day", ["desinor", "cap_haitien"], "visited the grave with our volunteers last Sunday")
cl(k, "desinor", "He is not buried in Cap-Haïtien, he is buried in every schoolbook in the country,")
cl(k, "bellegarde", "People come to him on the first of November before they go to their own dead.")
NOISE.append({"source": k, "names": ["Roger Gaillard", "Georges Michel", "Hans Schmidt", "New Brunswick", "Fabiola Sainvil-Moïse",
                                     "Miami", "Junior Célestin", "Mirebalais", "Henri Christophe", "Citadelle Laferrière",
                                     "Milot", "Jean-Baptiste Riché", "RestingPlace Memorial Network Inc."]})
ACC += ["RESTINGPLACE", "RestingPlace", "Nord", "Centre", "Péralte", "Masséna", "Peralta", "American",
        "General Remi Masséna Péralte", "Major Smedley Butler", "Sergeant Herman Hanneken", "Corporal William Button",
        "Dr. Marie-Flore Désinor-Valcin", "Caco", "gendarmerie", "ti_kouri_cap", "Marine",
        "The Crucifixion of Charlemagne Péralte for Liberty", "Crucifixion of Charlemagne Péralte for Liberty"]
BP[k] = "SOURCES ADDED BY CONTRIBUTORS"

# ---------------- i02 Ethiopia, the Arbegnoch and Abebe Aregai (1936-1941): a mobile app store listing ----------------
k = "i02"
P(k, "abebe", "Abebe Aregai", "Abebe Aregai", "Abebe Aregay")
P(k, "haile_selassie", "Haile Selassie")
P(k, "gobana", "Gobana Dacche")
P(k, "belay", "Belay Zeleke")
P(k, "haile_mariam", "Haile Mariam Mammo")
P(k, "shewareged", "Shewareged Gedle", "Shewareged Gedle", "Shewaregged Gadle")
P(k, "wingate", "Orde Wingate", "Orde Wingate", "Wingate")
P(k, "bethlehem", "Bethlehem Abera Kidane")
P(k, "mahlet", "Mahlet Tesfaye-Worku")
P(k, "askale", "Askale Wolde-Mariam")
P(k, "selamawit", "Selamawit G.", "Selamawit G.", "Selamawit")
P(k, "hiwot", "Hiwot Tesfamariam")
G(k, "arbegnoch", "Arbegnoch", "Arbegnoch", "Ethiopian Patriots", "Patriots")
G(k, "wust", "Wust Arbegna")
G(k, "black_lions", "Black Lions")
G(k, "blackshirts", "Blackshirts")
G(k, "gideon", "Gideon Force")
G(k, "imperial_bodyguard", "Imperial Bodyguard")
G(k, "aau", "Addis Ababa University")
L(k, "ethiopia", "Ethiopia")
L(k, "addis_ababa", "Addis Ababa")
L(k, "shewa", "Shewa")
L(k, "gojjam", "Gojjam")
L(k, "begemder", "Begemder")
L(k, "italian_east_africa", "Italian East Africa")
L(k, "holeta", "Holeta")
L(k, "sudan", "Sudan")
L(k, "debre_berhan", "Debre Berhan")
L(k, "fiche", "Fiche")
L(k, "italy", "Italy")
L(k, "britain", "Britain")
rels(k, [("abebe", "leads", "arbegnoch"), ("belay", "leads", "arbegnoch"), ("haile_mariam", "leads", "arbegnoch"),
         ("black_lions", "part_of", "arbegnoch"), ("wust", "part_of", "arbegnoch"), ("shewareged", "member_of", "wust"),
         ("wingate", "leads", "gideon"), ("gideon", "allied_with", "arbegnoch"), ("haile_selassie", "holds_office", "ethiopia"),
         ("abebe", "holds_office", "addis_ababa"), ("abebe", "holds_office", "ethiopia"),
         ("imperial_bodyguard", "opposed_to", "abebe"), ("bethlehem", "member_of", "aau")])
ev(k, "occupation", "1936", "range", ["arbegnoch", "ethiopia"], "from 1936 to 1941", end="1941")
ev(k, "fall_of_addis", "1936-05-05", "day", ["addis_ababa"], "On 5 May 1936 Italian troops entered Addis Ababa")
ev(k, "haile_mariam_fell", "1938", "year", ["haile_mariam"], "fought on until he fell in 1938")
ev(k, "black_lions_joined", "1936", "approximate", ["black_lions", "arbegnoch"], "in the summer of 1936")
ev(k, "yekatit_12", "1937-02-19", "day", ["addis_ababa"], "On 19 February 1937")
ev(k, "italy_at_war", "1940-06", "month", ["italy", "britain"], "When Italy entered the Second World War in June 1940")
ev(k, "gideon_crossing", "1941-01-20", "day", ["gideon", "wingate", "haile_selassie", "sudan"], "on 20 January 1941")
ev(k, "emperor_returns", "1941-05-05", "day", ["haile_selassie", "addis_ababa", "abebe"], "On 5 May 1941, 84 years ago today")
ev(k, "coup_1960", "1960-12", "month", ["abebe", "imperial_bodyguard"], "during the failed coup of December 1960")
ev(k, "last_interview", "2025-05-01", "day", ["mahlet", "debre_berhan"], "in Debre Berhan last Thursday")
cl(k, "bethlehem", "Every family in Shewa has a grandfather who was in the forest,")
cl(k, "bethlehem", "We wanted the grandchildren to hear them before the forest is forgotten.")
cl(k, "mahlet", "We recorded the last interview for this chapter in Debre Berhan last Thursday, two days before the deadline,")
cl(k, "askale", "The mountains fed us when the markets would not.")
NOISE.append({"source": k, "names": ["Bole Sub-City", "Woreda 03", "Adwa 1896: The Battle in Your Pocket", "Lalibela Trail",
                                     "Tigrinya Letters for Kids", "Axum Explorer AR", "Appora Digital Ltd."]})
ACC += ["Appora Store", "Appora", "Gebeta Interactive PLC", "Gebeta Interactive", "Gebeta",
        "Arbegna: Voices of the Patriots, 1936-1941", "Arbegna", "arbegna", "Patriot", "Emperor", "Emperor Haile Selassie",
        "Ras Gobana Dacche", "Major Orde Wingate", "Dr. Bethlehem Abera Kidane", "Yekatit 12", "Second World War",
        "Fascist militia", "Rome", "Amharic", "Afaan Oromo", "Ethiopian", "Italian", "Italians", "British", "Sudanese",
        "Daniel_K_London", "Holeta military school"]
BP[k] = "DATA SAFETY"

# ---------------- i03 India, the NDFB and the Bodo Accord (1986-2020): a tea company's earnings call transcript ----------------
k = "i03"
P(k, "choudhury", "Anirban Choudhury-Saikia", "Anirban Choudhury-Saikia", "Choudhury-Saikia")
P(k, "bora", "Rituparna Bora", "Rituparna Bora", "Bora")
P(k, "narzary", "Dilip Narzary", "Dilip Narzary", "Dilip")
P(k, "kunal", "Kunal Mehrotra-Iyer", "Kunal Mehrotra-Iyer", "Kunal")
P(k, "deka", "Pallavi Deka")
P(k, "qureshi", "Farhan Qureshi-Lal")
P(k, "daimary", "Ranjan Daimary", "Ranjan Daimary", "Daimary")
P(k, "mohilary", "Hagrama Mohilary")
P(k, "songbijit", "I. K. Songbijit")
P(k, "saoraigwra", "B. Saoraigwra")
G(k, "ndfb", "National Democratic Front of Bodoland", "National Democratic Front of Bodoland",
  "National Democratic Front of Boroland", "NDFB", "Bodo Security Force")
G(k, "ndfb_p", "NDFB (Progressive)")
G(k, "ndfb_r", "NDFB (R)")
G(k, "ndfb_s", "NDFB (S)")
G(k, "blt", "Bodo Liberation Tigers", "Bodo Liberation Tigers", "BLT")
G(k, "btc", "Bodoland Territorial Council")
G(k, "absu", "All Bodo Students' Union", "All Bodo Students' Union", "ABSU")
G(k, "goi", "Government of India")
G(k, "goa", "Government of Assam", "Government of Assam", "Assam government")
G(k, "sethia", "Sethia Kapoor Securities")
G(k, "brahmaputra_capital", "Brahmaputra Capital")
G(k, "meridian", "Meridian Institutional Equities")
L(k, "new_delhi", "New Delhi")
L(k, "guwahati", "Guwahati")
L(k, "assam", "Assam")
L(k, "kokrajhar", "Kokrajhar")
L(k, "sonitpur", "Sonitpur")
L(k, "udalguri", "Udalguri")
L(k, "myanmar", "Myanmar")
L(k, "serfanguri", "Serfanguri")
L(k, "north_bank", "North Bank")
rels(k, [("daimary", "founded", "ndfb"), ("daimary", "leads", "ndfb_r"), ("ndfb_p", "part_of", "ndfb"),
         ("ndfb_r", "part_of", "ndfb"), ("ndfb_s", "part_of", "ndfb"), ("songbijit", "founded", "ndfb_s"),
         ("saoraigwra", "leads", "ndfb_s"), ("mohilary", "leads", "blt"), ("mohilary", "holds_office", "btc"),
         ("kunal", "member_of", "sethia"), ("deka", "member_of", "brahmaputra_capital"), ("qureshi", "member_of", "meridian")])
ev(k, "bodo_accord", "2020-01-27", "day", ["ndfb", "absu", "goi", "goa", "new_delhi"], "On 27 January")
ev(k, "arms_laid_down", "2020-01-30", "day", ["ndfb", "guwahati"], "Three days later, on 30 January")
ev(k, "ndfb_founded", "1986", "year", ["ndfb", "daimary"], "was founded in 1986")
ev(k, "ndfb_renamed", "1994", "year", ["ndfb"], "took its present name in 1994")
ev(k, "blt_accord", "2003", "year", ["blt", "mohilary"], "signed an accord in 2003")
ev(k, "ndfb_ceasefire", "2004", "year", ["ndfb"], "declared a ceasefire in 2004")
ev(k, "daimary_convicted", "2019", "year", ["daimary"], "Daimary was convicted last year")
ev(k, "serial_bombings", "2008-10-30", "day", ["daimary", "guwahati"], "serial bombings of 30 October 2008")
ev(k, "ndfb_s_split", "2012", "year", ["songbijit", "ndfb_s", "ndfb_r"], "In 2012 I. K. Songbijit broke away")
ev(k, "attacks_2014", "2014-12", "month", ["ndfb_s", "sonitpur", "kokrajhar"], "in December 2014")
ev(k, "saoraigwra_leads", "2015", "year", ["saoraigwra", "ndfb_s"], "From 2015 the NDFB (S) was led by B. Saoraigwra")
ev(k, "back_from_myanmar", "2020-01", "month", ["ndfb_s", "saoraigwra", "myanmar"], "came back from Myanmar only last month")
ev(k, "memorial_visit", "2019-12", "month", ["narzary", "serfanguri"], "I went last December")
cl(k, "choudhury", "I have run gardens on the North Bank for twenty-six years, and this is the first time I can tell an analyst that every Bodo armed group is in a camp and not in the forest.")
cl(k, "choudhury", "I will say this on the record: our estates have not paid any armed group, and we have had managers threatened for it.")
cl(k, "narzary", "So this time the signatories include the people who were shooting until a few weeks ago. That is the difference.")
cl(k, "narzary", "Most families came back within two years. Some never did.")
cl(k, "bora", "On wages, the Assam government's interim increase added about Rs 4.6 crore for the full year, which is in our guidance.")
NOISE.append({"source": k, "names": ["Rangapani House", "G. S. Road", "Christian Basti", "Chorus Call-Sync India Pvt. Ltd.",
                                     "Andheri East", "Mumbai"]})
ACC += ["Rangapani Tea Estates Limited", "Rangapani", "RANGTEA", "NSE", "BSE", "IST", "MANAGEMENT", "MODERATOR", "Moderator",
        "Mr. Anirban Choudhury-Saikia", "Mr. Choudhury-Saikia", "Ms. Rituparna Bora", "Ms. Bora", "Mr. Dilip Narzary",
        "Mr. Kunal Mehrotra-Iyer", "Ms. Pallavi Deka", "Mr. Farhan Qureshi-Lal", "Bodo Peace Accord", "Bodo", "Bodoland",
        "Adivasi", "Rs", "Managing Director", "Chief Financial Officer", "General Manager", "North Bank Estates",
        "Bodoland Territorial Council area", "Q3 FY20", "Q3 FY2019-20"]
BP[k] = "DISCLAIMER"

# ---------------- i04 Montenegro, the Greens and the Christmas Uprising (1918-1919): an online petition page ----------------
k = "i04"
P(k, "popovic", "Krsto Popović", "Krsto Popović", "Krsto Zrnov Popović", "Крсто Поповић", "Popović")
P(k, "plamenac", "Jovan Plamenac")
P(k, "nikola", "Nikola I Petrović-Njegoš")
P(k, "dakovic", "Marko Daković")
P(k, "milena", "Milena Vukotić-Šćepanović")
P(k, "lalevic", "Dragan Lalević", "Dragan Lalević", "Lalević")
P(k, "radonjic", "Ana Radonjić-Perović")
G(k, "greens", "Greens", "Greens", "Zelenaši")
G(k, "whites", "Whites", "Whites", "Bjelaši")
G(k, "podgorica_assembly", "Podgorica Assembly", "Podgorica Assembly", "Great National Assembly")
G(k, "serbian_army", "Serbian Army")
G(k, "montenegrin_army", "Montenegrin army")
G(k, "army_in_exile", "Montenegrin army in exile")
G(k, "lovcen", "Lovćen Brigade")
G(k, "partisans", "Partisans")
G(k, "uni_montenegro", "University of Montenegro")
G(k, "secretariat", "Secretariat for Culture")
G(k, "ministry", "Ministry of Culture and Media")
L(k, "cetinje", "Cetinje")
L(k, "montenegro", "Montenegro")
L(k, "serbia", "Kingdom of Serbia")
L(k, "kscs", "Kingdom of Serbs, Croats and Slovenes")
L(k, "italy", "Italy")
L(k, "gaeta", "Gaeta")
rels(k, [("podgorica_assembly", "opposed_to", "nikola"), ("nikola", "holds_office", "montenegro"), ("popovic", "leads", "greens"),
         ("plamenac", "leads", "greens"), ("popovic", "member_of", "montenegrin_army"), ("greens", "opposed_to", "whites"),
         ("whites", "backed_by", "serbian_army"), ("whites", "opposed_to", "greens"), ("dakovic", "member_of", "whites"),
         ("popovic", "member_of", "army_in_exile"), ("popovic", "leads", "lovcen"), ("lovcen", "opposed_to", "partisans"),
         ("lalevic", "member_of", "uni_montenegro"), ("radonjic", "holds_office", "secretariat")])
ev(k, "christmas_1919", "1919-01-07", "day", ["greens", "cetinje"], "On Orthodox Christmas, 7 January 1919, 106 years ago today")
ev(k, "assembly_vote", "1918-11", "approximate", ["podgorica_assembly", "nikola", "montenegro"], "in late November 1918")
ev(k, "christmas_eve", "1919-01-06", "day", ["greens", "whites", "cetinje"], "On Christmas Eve, 6 January")
ev(k, "last_bands", "1929", "approximate", ["greens"], "around 1929")
ev(k, "popovic_killed", "1947", "year", ["popovic"], "he was killed in 1947")
ev(k, "secretariat_meeting", "2025-01-03", "day", ["milena", "lalevic", "secretariat"], "Last Friday I met the Secretariat for Culture")
ev(k, "centenary_attempt", "2019", "year", ["milena"], "in 2019, for the centenary")
cl(k, "milena", "Both sides buried their own and called the others traitors. My great-grandfathers were on opposite sides of the same ridge,")
cl(k, "milena", "A plaque will not settle that argument. It will only stop us from pretending that half of the dead did not exist.")
cl(k, "lalevic", "is incomplete, but it is honest about being incomplete.")
cl(k, "radonjic", "The Secretariat supports the idea of a common memorial in principle. We will ask the Council of the Old Royal Capital to appoint a working group of historians, including Prof. Lalević, to verify the list of names before any text is carved,")
NOISE.append({"source": k, "names": ["Vuk R.", "Jelena S.", "Nikšić", "Bjelopavlići", "Stefan M.", "Chicago", "uPeticija d.o.o.",
                                     "Bulevar Svetog Petra Cetinjskog", "Central Register of Business Entities"]})
ACC += ["uPETICIJA", "uPeticija", "Crnogorski", "English", "Old Royal Capital Cetinje", "Old Royal Capital",
        "Council of the Old Royal Capital", "Secretariat", "Ministry of Culture and Media of Montenegro",
        "Secretariat for Culture of the Old Royal Capital Cetinje", "Podgorica", "King", "King Nikola I Petrović-Njegoš",
        "Prof. Dragan Lalević", "Prof. Lalević", "Secretary Ana Radonjić-Perović", "Secretary for Culture", "Orthodox Christmas",
        "Christmas", "Christmas Eve", "Christmas Day", "Second World War", "Cyrillic", "Latin", "Green", "White", "Facebook", "X"]
BP[k] = "COMMENTS (64)"

# ---------------- i05 Brazil, Antônio Conselheiro and the war of Canudos (1893-1897): an open call for artists ----------------
k = "i05"
P(k, "conselheiro", "Antônio Conselheiro", "Antônio Conselheiro", "Antônio Vicente Mendes Maciel", "Counsellor")
P(k, "abade", "João Abade")
P(k, "pires_ferreira", "Manuel da Silva Pires Ferreira")
P(k, "febronio", "Febrônio de Brito")
P(k, "moreira_cesar", "Antônio Moreira César", "Antônio Moreira César", "Moreira César")
P(k, "artur_oscar", "Artur Oscar de Andrade Guimarães")
P(k, "bittencourt", "Carlos Machado Bittencourt")
P(k, "euclides", "Euclides da Cunha")
P(k, "nunes_de_sa", "Iara Nunes de Sá")
P(k, "ribeiro", "Maria das Dores Ribeiro")
P(k, "caique", "Caíque Bonfim Araújo")
G(k, "conselheiristas", "conselheiristas", "conselheiristas", "jagunços")
G(k, "catholic_guard", "Catholic Guard", "Catholic Guard", "Guarda Católica")
G(k, "brazilian_army", "Brazilian Army")
L(k, "canudos", "Canudos", "Canudos", "Belo Monte")
L(k, "bahia", "Bahia", "Bahia", "State of Bahia")
L(k, "quixeramobim", "Quixeramobim")
L(k, "ceara", "Ceará")
L(k, "vaza_barris", "Vaza-Barris")
L(k, "uaua", "Uauá")
L(k, "cambaio", "Cambaio")
L(k, "cocorobo", "Cocorobó")
L(k, "monte_santo", "Monte Santo")
L(k, "park", "Parque Estadual de Canudos")
L(k, "brazil", "Brazil")
rels(k, [("conselheiro", "leads", "conselheiristas"), ("conselheiro", "leads", "catholic_guard"), ("abade", "leads", "catholic_guard"),
         ("abade", "leads", "conselheiristas"), ("conselheiristas", "opposed_to", "pires_ferreira"),
         ("conselheiristas", "opposed_to", "febronio"), ("moreira_cesar", "member_of", "brazilian_army"),
         ("moreira_cesar", "opposed_to", "conselheiristas"), ("bittencourt", "holds_office", "brazil")])
ev(k, "conselheiro_born", "1830", "year", ["conselheiro", "quixeramobim"], "was born in Quixeramobim, Ceará, in 1830")
ev(k, "republic", "1889", "year", ["conselheiro"], "the Republic proclaimed in 1889")
ev(k, "settled", "1893", "year", ["conselheiro", "canudos", "vaza_barris"], "In 1893 he settled")
ev(k, "uaua", "1896-11-21", "day", ["conselheiristas", "pires_ferreira", "uaua"], "on 21 November 1896")
ev(k, "cambaio", "1897-01", "month", ["conselheiristas", "febronio", "cambaio"], "In January 1897")
ev(k, "moreira_cesar", "1897-03-03", "day", ["moreira_cesar", "brazilian_army", "canudos"], "on 3 March 1897")
ev(k, "fourth_expedition", "1897-06", "month", ["artur_oscar"], "arrived in June 1897")
ev(k, "bittencourt_front", "1897-09", "month", ["bittencourt"], "in September the Minister of War")
ev(k, "conselheiro_died", "1897-09-22", "day", ["conselheiro", "canudos"], "on 22 September 1897")
ev(k, "canudos_fell", "1897-10-05", "day", ["canudos"], "on 5 October 1897")
ev(k, "os_sertoes", "1902", "year", ["euclides"], "in Os Sertões (1902)")
ev(k, "cocorobo_flood", "1969", "year", ["cocorobo", "canudos"], "In 1969 the waters of the Cocorobó dam")
ev(k, "park_created", "1986", "year", ["bahia", "park"], "In 1986 the State of Bahia created")
ev(k, "listening_sessions", "2025-02", "month", ["canudos", "uaua", "monte_santo"], "Last month our team held three listening sessions")
cl(k, "nunes_de_sa", "We are not asking for a battle painting,")
cl(k, "nunes_de_sa", "We are asking for a town: its chapels, its market, its children, and the people who still live on the edge of the water that covers it.")
cl(k, "euclides", "Canudos não se rendeu.")
cl(k, "conselheiro", "o sertão vai virar mar, e o mar vai virar sertão")
cl(k, "ribeiro", "My grandmother was born the year after the war, and she never said the name Canudos. She said Belo Monte until the day she died,")
NOISE.append({"source": k, "names": ["Fundação Cultural Rio Vermelho", "Rua Direita de Santo Antônio", "Santo Antônio Além do Carmo",
                                     "Salvador"]})
ACC += ["INSTITUTO SERTÃO VIVO", "Instituto Sertão Vivo", "Instituto", "OPEN CALL 02/2025", "Brasília", "BA", "Republic",
        "Lieutenant Manuel da Silva Pires Ferreira", "Major Febrônio de Brito", "Colonel Antônio Moreira César",
        "General Artur Oscar de Andrade Guimarães", "Marshal Carlos Machado Bittencourt", "Minister of War",
        "Dr. Iara Nunes de Sá", "Dona Maria das Dores Ribeiro", "O Estado de S. Paulo", "Os Sertões", "sertão",
        "Canudos did not surrender.", "Portuguese", "BRL", "Pires Ferreira"]
BP[k] = "FREQUENTLY ASKED QUESTIONS"

# ---------------- i06 Samoa, Mata'afa Iosefo and the second civil war (1893-1912): a ship's log transcription page ----------------
k = "i06"
P(k, "kettleborough", "Ian Kettleborough")
P(k, "tavita", "Tavita Leaupepe-Fraser")
P(k, "oduya", "Helen Oduya-Marsh")
P(k, "mataafa", "Mata'afa Iosefo", "Mata'afa Iosefo", "Mata'afa", "Mataafa")
P(k, "kautz", "Albert Kautz", "Albert Kautz", "Kautz")
P(k, "gaunt", "Guy Gaunt", "Guy Gaunt", "Gaunt")
P(k, "tanu", "Malietoa Tanumafili I", "Malietoa Tanumafili I", "Malietoa Tanu", "Tanu")
P(k, "laupepa", "Malietoa Laupepa", "Malietoa Laupepa", "Laupepa")
P(k, "chambers", "William Lea Chambers")
P(k, "stuart", "Leslie Stuart")
P(k, "sturdee", "Frederick Sturdee")
P(k, "freeman", "Angel Freeman", "Angel Freeman", "Freeman")
P(k, "lansdale", "Philip Lansdale", "Philip Lansdale", "Lansdale")
P(k, "monaghan", "John Monaghan", "John Monaghan", "Monaghan")
G(k, "royal_navy", "Royal Navy")
G(k, "usn", "United States Navy", "United States Navy", "US Navy")
G(k, "mataafans", "Mataafans")
G(k, "gaunts_brigade", "Gaunt's Brigade")
L(k, "apia", "Apia")
L(k, "samoa", "Samoa")
L(k, "vailele", "Vailele")
L(k, "vaiusu", "Vaiusu")
L(k, "vaimoso", "Vaimoso")
L(k, "mulinuu", "Mulinuu")
L(k, "jaluit", "Jaluit")
L(k, "marshall_islands", "Marshall Islands")
L(k, "american_samoa", "American Samoa")
L(k, "germany", "Germany")
L(k, "usa", "United States")
rels(k, [("mataafa", "leads", "mataafans"), ("royal_navy", "opposed_to", "mataafans"), ("usn", "opposed_to", "mataafans"),
         ("laupepa", "holds_office", "samoa"), ("chambers", "holds_office", "samoa"), ("tanu", "holds_office", "samoa"),
         ("mataafans", "opposed_to", "tanu"), ("kautz", "member_of", "usn"), ("gaunt", "leads", "gaunts_brigade"),
         ("gaunts_brigade", "opposed_to", "mataafans"), ("freeman", "member_of", "royal_navy"),
         ("mataafans", "opposed_to", "freeman"), ("lansdale", "member_of", "usn"), ("monaghan", "member_of", "usn"),
         ("mataafa", "holds_office", "samoa"), ("kettleborough", "member_of", "royal_navy")])
ev(k, "kautz_conference", "1899-03-14", "day", ["kautz", "apia"], "Tuesday 14 March 1899.")
ev(k, "bombardment", "1899-03-15", "day", ["mataafans", "vaiusu", "vaimoso"], "Wednesday 15 March.")
ev(k, "tanu_crowned", "1899-03-23", "day", ["tanu", "mulinuu"], "crowned King this forenoon at Mulinuu")
ev(k, "vailele_ambush", "1899-04-01", "day", ["mataafans", "freeman", "lansdale", "monaghan", "vailele"], "On 1 April a landing party")
ev(k, "laupepa_died", "1898-08", "month", ["laupepa"], "died in August 1898")
ev(k, "mataafa_exiled", "1893", "year", ["mataafa", "jaluit"], "to Jaluit in the Marshall Islands in 1893")
ev(k, "mataafa_home", "1898-09", "month", ["mataafa"], "came home in September 1898")
ev(k, "chambers_ruling", "1898-12-31", "day", ["chambers", "tanu"], "On 31 December 1898")
ev(k, "commission", "1899-05-13", "day", ["apia"], "on 13 May 1899")
ev(k, "tripartite_convention", "1899-12", "month", ["germany", "usa", "american_samoa"], "Tripartite Convention of December 1899")
ev(k, "mataafa_died", "1912", "year", ["mataafa"], "until his death in 1912")
cl(k, "kettleborough", "A log is a gunner's diary, not a history,")
cl(k, "kettleborough", "It tells you to the minute when the guns fired and almost nothing about whom they hit.")
cl(k, "tavita", "My great-great-grandmother's village is on page 43 as a range and a bearing,")
NOISE.append({"source": k, "names": ["sailorjack_74", "Moana T.", "Auckland", "Royalist", "Tasman Maritime History Trust",
                                     "Wharf Lane", "Nelson", "Lottery Heritage Fund"]})
ACC += ["LOGLINE PACIFIC", "LogLine Pacific", "HMS Porpoise", "Porpoise", "HMS PORPOISE", "USS Philadelphia", "Philadelphia",
        "HMS Tauranga", "Tauranga", "Australia Station", "The National Archives (UK)", "The National Archives", "ADM 53",
        "R. Adm. Kautz", "Rear Admiral Albert Kautz", "Lieut. Gaunt", "Lieutenant Guy Gaunt", "Lieut. Freeman",
        "Lieut. Lansdale", "Ens. Monaghan", "Lieutenant Angel Freeman", "Lieutenant Philip Lansdale", "Ensign John Monaghan",
        "Captain Leslie Stuart", "Captain Frederick Sturdee", "U.S.N.", "British Consulate", "Good Friday", "King",
        "Chief Justice", "Tripartite Convention", "Malietoa", "German", "British", "American", "Samoan"]
BP[k] = "DISCUSSION (14)"

# ---------------- i07 Nicaragua, Augusto Sandino and the EDSN (1926-1937): a graphic novel's script sample ----------------
k = "i07"
P(k, "sandino", "Augusto Sandino", "Augusto Sandino", "Augusto César Sandino", "Augusto C. Sandino", "Sandino")
P(k, "moncada", "José María Moncada", "José María Moncada", "Moncada")
P(k, "diaz", "Adolfo Díaz")
P(k, "stimson", "Henry L. Stimson")
P(k, "coolidge", "Calvin Coolidge")
P(k, "hatfield", "Gilbert D. Hatfield", "Gilbert D. Hatfield", "Hatfield")
P(k, "altamirano", "Pedro Altamirano", "Pedro Altamirano", "Pedrón")
P(k, "sacasa", "Juan Bautista Sacasa", "Juan Bautista Sacasa", "Sacasa")
P(k, "socrates", "Sócrates")
P(k, "somoza", "Anastasio Somoza García", "Anastasio Somoza García", "Somoza")
P(k, "rodrigo", "Rodrigo Icaza-Wells")
P(k, "itzel", "Itzel Baca Ferrufino", "Itzel Baca Ferrufino", "Itzel")
P(k, "joaquin", "Joaquín Pérez-Okafor")
P(k, "lacayo", "Xiomara Lacayo Brenes")
G(k, "edsn", "Ejército Defensor de la Soberanía Nacional", "Ejército Defensor de la Soberanía Nacional", "EDSN",
  "Defending Army of National Sovereignty")
G(k, "usmc", "United States Marine Corps", "United States Marines", "Marines")
G(k, "guardia", "Guardia Nacional")
G(k, "liberal_party", "Liberal Party", "Liberal Party", "Liberals")
G(k, "conservatives", "Conservatives")
G(k, "uca", "Central American University")
L(k, "nicaragua", "Nicaragua")
L(k, "niquinohomo", "Niquinohomo")
L(k, "ocotal", "Ocotal")
L(k, "el_chipote", "El Chipote")
L(k, "achuapa", "Achuapa")
L(k, "managua", "Managua")
L(k, "nueva_segovia", "Nueva Segovia")
L(k, "usa", "United States")
rels(k, [("sandino", "leads", "edsn"), ("sandino", "founded", "edsn"), ("sandino", "member_of", "liberal_party"),
         ("sandino", "reports_to", "moncada"), ("moncada", "leads", "liberal_party"), ("diaz", "holds_office", "nicaragua"),
         ("diaz", "member_of", "conservatives"), ("diaz", "backed_by", "usa"), ("stimson", "reports_to", "coolidge"),
         ("coolidge", "holds_office", "usa"), ("sandino", "opposed_to", "usmc"), ("sandino", "opposed_to", "guardia"),
         ("sandino", "opposed_to", "hatfield"), ("usmc", "founded", "guardia"), ("usmc", "opposed_to", "sandino"),
         ("altamirano", "member_of", "edsn"), ("edsn", "opposed_to", "usmc"), ("sacasa", "holds_office", "nicaragua"),
         ("guardia", "opposed_to", "sandino"), ("guardia", "opposed_to", "socrates"), ("somoza", "leads", "guardia"),
         ("somoza", "holds_office", "nicaragua"), ("lacayo", "member_of", "uca")])
ev(k, "sandino_born", "1895", "year", ["sandino", "niquinohomo"], "Sandino was born in Niquinohomo in 1895")
ev(k, "civil_war", "1926", "range", ["sandino", "moncada", "diaz", "liberal_party"], "In the civil war of 1926-27", end="1927")
ev(k, "espino_negro", "1927-05-04", "day", ["moncada", "stimson", "liberal_party"], "On 4 May 1927")
ev(k, "ocotal", "1927-07-16", "day", ["sandino", "usmc", "guardia", "hatfield", "ocotal"], "On 16 July 1927 his men attacked")
ev(k, "edsn_founded", "1927-09-02", "day", ["sandino", "edsn", "el_chipote"], "On 2 September 1927, at El Chipote")
ev(k, "achuapa", "1930-12-31", "day", ["edsn", "usmc", "achuapa"], "On 31 December 1930")
ev(k, "marines_left_nicaragua", "1933-01-02", "day", ["usmc"], "The last Marines sailed on 2 January 1933")
ev(k, "peace_1933", "1933-02", "month", ["sandino", "sacasa"], "a month later Sandino signed a peace")
ev(k, "sandino_killed", "1934-02-21", "day", ["sandino", "socrates", "guardia", "somoza", "managua"], "On 21 February 1934")
ev(k, "somoza_president", "1937", "year", ["somoza"], "Somoza made himself president in 1937")
cl(k, "itzel", "I did not want a saint with a hat,")
cl(k, "itzel", "I wanted a small, tired man who could not stop arguing.")
cl(k, "hatfield", "He writes that he will make us a grave in Nicaragua. He writes very nicely for a bandit.")
cl(k, "altamirano", "They have machine guns, General.")
cl(k, "sandino", "And we have the night. Tell the boys: no one shoots until the bell.")
cl(k, "sandino", "So that is how they mean to fight. Then we will live where the planes cannot see.")
cl(k, "sandino", "We are not Liberals or Conservatives any more. We are an army of this country, and this country is not for sale.")
NOISE.append({"source": k, "names": ["mara_segoviana", "Tomás B.", "InkwellForge", "Inkwell Forge Comics Ltd", "Maltings Yard",
                                     "Bristol"]})
ACC += ["INKWELL FORGE", "Inkwell Forge", "LAS SEGOVIAS", "Las Segovias", "General of Free Men", "the General of Free Men",
        "President Calvin Coolidge", "President Juan Bautista Sacasa", "Captain Gilbert D. Hatfield", "CAPTAIN HATFIELD",
        "CAPTION", "SFX", "PANEL", "PAGE ONE", "PAGE TWO", "PAGE THREE", "Liberal",
        "Liberal army", "Conservative", "Marine", "Espino Negro", "Dr. Xiomara Lacayo Brenes", "General"]
BP[k] = "## Comments (23)"

# ---------------- i08 Kenya, the Sabaot Land Defence Force on Mount Elgon (2006-2008): a marked student essay ----------------
k = "i08"
P(k, "wanjiru", "Wanjiru Cherotich-Lindqvist")
P(k, "tobias", "Tobias Achterberg-Nkemelu")
P(k, "komon", "Wycliffe Matakwei Komon", "Wycliffe Matakwei Komon", "Wycliffe Komon Matakwei", "Matakwei")
P(k, "andiema", "Chepkoech Andiema")
G(k, "sldf", "Sabaot Land Defence Force", "Sabaot Land Defence Force", "SLDF")
G(k, "gsu", "General Service Unit", "General Service Unit", "GSU")
G(k, "kenya_police", "Kenya Police")
G(k, "kenya_army", "Kenya Army")
G(k, "hrw", "Human Rights Watch")
G(k, "knchr", "Kenya National Commission on Human Rights", "Kenya National Commission on Human Rights", "KNCHR")
G(k, "moi", "Moi University")
L(k, "mount_elgon", "Mount Elgon")
L(k, "mount_elgon_district", "Mount Elgon District")
L(k, "chebyuk", "Chebyuk")
L(k, "kapkota", "Kapkota")
rels(k, [("komon", "leads", "sldf"), ("sldf", "controls", "mount_elgon_district"), ("gsu", "part_of", "kenya_police"),
         ("gsu", "opposed_to", "sldf"), ("kenya_police", "opposed_to", "sldf"), ("kenya_army", "opposed_to", "sldf"),
         ("andiema", "member_of", "moi")])
ev(k, "sldf_years", "2006", "range", ["sldf", "mount_elgon"], "Between 2006 and 2008", end="2008")
ev(k, "chebyuk_scheme", "1970", "approximate", ["chebyuk"], "begun in the early 1970s")
ev(k, "third_phase", "2005", "range", ["chebyuk"], "surveyed in 2005 and 2006", end="2006")
ev(k, "sldf_formed", "2006", "year", ["sldf"], "The SLDF was formed in 2006")
ev(k, "sldf_control", "2008", "approximate", ["sldf", "mount_elgon_district"], "By early 2008")
ev(k, "police_2007", "2007", "year", ["gsu", "kenya_police", "sldf"], "fought the SLDF through 2007")
ev(k, "okoa_maisha", "2008-03", "month", ["kenya_army", "sldf", "kapkota"], "In March 2008")
ev(k, "komon_killed", "2008-05", "approximate", ["komon"], "in mid-May 2008")
ev(k, "knchr_report", "2008-05", "month", ["knchr", "mount_elgon"], "at Mount Elgon in May 2008")
ev(k, "hrw_report", "2008-07", "month", ["hrw", "sldf"], "in July 2008")
ev(k, "seminar", "2023-11-16", "day", ["tobias", "wanjiru"], "as we discussed in last Thursday's seminar")
cl(k, "andiema", "was less a rebel army than a land committee with guns, which is why it could be so cruel to its own neighbours.")
cl(k, "tobias", "You have found the right question; now make the sources argue with each other,")
NOISE.append({"source": k, "names": ["Simiyu", "Institute for Security Studies", "Pretoria", "Nairobi", "New York",
                                     "IT Service Desk"]})
ACC += ["KINGSMERE UNIVERSITY", "Kingsmere University", "Learning Hub", "HIS2214", "Dr. Tobias Achterberg-Nkemelu",
        "Dr. Chepkoech Andiema", "Sabaot", "Soy", "Mosop", "Ndorobo", "Kenyan", "Swahili", "Operation Okoa Maisha",
        "Okoa Maisha", "All the Men Have Gone", "Chebyuk settlement scheme", "OVERALL FEEDBACK", "T."]
BP[k] = "RUBRIC"

# sentence-initial, heading, month and interface words that the --unlisted review showed, acceptable in any source
ACC += ["Accept", "Added", "After", "Americans", "BIOGRAPHY", "Cemeteries", "Contribute", "Famous", "FAMILY MEMBERS",
        "Haitian", "Home", "Leave", "MEMORIAL ID", "Maintained", "PHOTOS", "People", "Save", "Share", "Siblings", "Parents",
        "Sign in", "Suggest", "Through", "Virtual", "ABOUT THIS APP", "Audio", "Books", "British-led", "Chapter", "Cookies",
        "ETB", "Every", "Excellent", "Finally", "Games", "In-app", "Install", "Offline", "RATINGS AND REVIEWS", "Rated",
        "Reply", "SCREENSHOTS", "Search", "Thank", "Their", "Timeline", "Twelve", "WHAT'S NEW", "Average", "Crop", "Four",
        "From", "Historically", "Ladies", "Most", "Some", "Stay", "Thanks", "That", "This", "Wage", "Whether", "According",
        "Both", "Browse", "Copy", "Help", "Houses", "Let's", "OFFICIAL RESPONSE", "PETITION TO", "Settings", "Start",
        "Started", "UPDATES", "Update", "Victories", "WHY THIS PETITION MATTERS", "ABOUT THE COMMISSION", "Budget",
        "Collectives", "Contact", "Deadline", "Decline", "ELIGIBILITY", "HISTORICAL BACKGROUND", "HOW TO APPLY", "Last",
        "PDF", "Partner", "Press", "Programmes", "Published", "SELECTION PANEL", "Shortlisted", "WHAT WE ARE LOOKING FOR",
        "Wall", "Within", "About", "Ceased", "Commenced", "Expended", "Flagship", "Forum", "German-owned", "Got it", "Hands",
        "Heavy", "Images", "Landed", "Opened", "PROJECT NOTE", "Proceeded", "Received", "Ships", "Spelling", "Status",
        "TRANSCRIBERS' NOTES", "TRANSCRIPTION", "Transcribers", "Reviewer", "Original", "Voyages", "Weighed", "Noon",
        "Adobe", "Afternoon", "Among", "Artist", "Close", "DONNNG", "Five", "Inside", "Letterer", "Mist", "Muzzle",
        "Newsletter", "Outside", "Posted", "Process", "Script", "Scripts", "Shapes", "Shop", "Splash", "Submissions", "Tell",
        "Then", "They", "Wide", "Writer", "Writer's note", "Assessment", "Between", "Cite", "Conclusion", "Define", "Essay",
        "Feedback", "Grade", "Its", "Marker", "Nice", "Now", "Rebel", "Referencing", "See", "Similarity", "Submitted", "Tutor",
        "Was", "When", "Which", "East Africa", "Dashboard", "Student", "In", "On", "The", "He", "We", "I", "A", "My",
        "January", "February", "March", "April", "May", "June", "July", "September", "October", "November", "December",
        "Oct", "Sunday", "Tuesday", "Wednesday", "Thursday", "Saturday"]

W.write()
