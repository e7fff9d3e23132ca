"""Builds gold.json for the fifteenth held-out set (heldout14) from the annotations below (run:
python3 eval/heldout14/build_gold.py). Edit here, rebuild, then run check_gold.py.

Two of the texts (x03, x06) are hard-wrapped, so a quote or an event cue can run over a line break. Quotes and cues
below are written with single spaces; `exact` looks each one up in its source with any run of whitespace allowed
between words and writes the text's own characters (line breaks included) into the gold, so check_gold.py's verbatim
test holds. Entity surfaces are never split across lines in the corpus."""
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


# ---------------- x01 Colombia, the Segunda Marquetalia: a news-agency wire in its second update ----------------
k = "x01"
P(k, "marquez", "Iván Márquez", "Iván Márquez", "Márquez", "Luciano Marín Arango")
P(k, "santrich", "Jesús Santrich", "Jesús Santrich", "Santrich", "Seuxis Paucias Hernández Solarte")
P(k, "w_mendoza", "Walter Mendoza", "Walter Mendoza", "Mendoza")
P(k, "novoa", "Armando Novoa")
P(k, "patino", "Otty Patiño", "Otty Patiño", "Patiño")
P(k, "petro", "Gustavo Petro", "Gustavo Petro", "Petro")
P(k, "mordisco", "Néstor Gregorio Vera", "Néstor Gregorio Vera", "Iván Mordisco")
P(k, "calarca", "Alexander Díaz Mendoza", "Alexander Díaz Mendoza", "Calarcá")
P(k, "gil", "Yván Gil")
G(k, "sm", "Segunda Marquetalia")
G(k, "farc", "Revolutionary Armed Forces of Colombia", "Revolutionary Armed Forces of Colombia", "FARC")
G(k, "cdlf", "Comandos de la Frontera")
G(k, "cgp", "Coordinadora Guerrillera del Pacífico")
G(k, "ohcp", "Office of the High Commissioner for Peace")
G(k, "m19", "M-19")
G(k, "emc", "Estado Mayor Central", "Estado Mayor Central", "EMC")
G(k, "embf", "Estado Mayor de Bloques y Frente")
G(k, "crf", "Carolina Ramírez Front")
L(k, "colombia", "Colombia")
L(k, "caracas", "Caracas")
L(k, "venezuela", "Venezuela")
L(k, "cuba", "Cuba")
L(k, "norway", "Norway")
L(k, "havana", "Havana")
L(k, "marquetalia", "Marquetalia")
L(k, "tolima", "Tolima")
L(k, "bogota", "Bogotá")
L(k, "ecuador", "Ecuador")
L(k, "putumayo_river", "Putumayo River")
L(k, "putumayo", "Putumayo")
L(k, "narino", "Nariño")
L(k, "puerto_leguizamo", "Puerto Leguízamo")
rels(k, [("marquez", "founded", "sm"), ("marquez", "member_of", "farc"), ("santrich", "member_of", "farc"),
         ("santrich", "member_of", "sm"), ("w_mendoza", "leads", "cdlf"), ("w_mendoza", "member_of", "sm"),
         ("cdlf", "controls", "putumayo_river"), ("cdlf", "part_of", "sm"), ("cgp", "part_of", "sm"),
         ("patino", "holds_office", "ohcp"), ("patino", "member_of", "m19"), ("petro", "member_of", "m19"),
         ("petro", "holds_office", "colombia"), ("mordisco", "leads", "emc"), ("calarca", "leads", "embf"),
         ("crf", "part_of", "emc"), ("crf", "opposed_to", "cdlf"), ("cdlf", "opposed_to", "crf"),
         ("gil", "holds_office", "venezuela")])
ev(k, "round_ended", "2024-06-29", "day", ["sm", "colombia", "caracas"], "in the Venezuelan capital on Saturday")
ev(k, "next_round", "2024-07", "month", ["sm", "colombia"], "said they would meet again next month")
ev(k, "round_began", "2024-06-24", "day", ["sm", "caracas"], "which began on Monday")
ev(k, "sm_founded", "2019-08", "month", ["sm", "marquez"], "was founded in August 2019")
ev(k, "video", "2019-08-29", "day", ["marquez", "sm"], "In a video released on 29 August that year")
ev(k, "marquetalia_bombed", "1964", "year", ["farc", "marquetalia", "tolima"], "bombed by the army in 1964")
ev(k, "accord_signed", "2016-11", "month", ["farc"], "the accord signed in November 2016")
ev(k, "santrich_arrested", "2018-04", "month", ["santrich", "bogota"], "arrested in Bogotá in April 2018")
ev(k, "santrich_freed", "2019-05", "month", ["santrich"], "freed in May 2019")
ev(k, "santrich_killed", "2021-05", "month", ["santrich", "venezuela"], "was killed in Venezuela in May 2021")
ev(k, "factions_joined", "2022", "year", ["cdlf", "cgp", "sm"], "joined the Segunda Marquetalia in 2022")
ev(k, "marquez_wounded", "2022-06", "month", ["marquez", "venezuela"], "reported wounded in an attack in Venezuela in June 2022")
ev(k, "m19_disarmed", "1990", "year", ["m19"], "laid down its arms in 1990")
ev(k, "emc_split", "2024-04", "month", ["emc", "mordisco", "embf", "calarca"], "In April the largest FARC dissident faction")
ev(k, "gil_remarks", "2024-06-29", "day", ["gil", "venezuela"], "Asked about it on Saturday")
cl(k, "w_mendoza", "We did not come to Caracas to hand over our rifles. We came to find out whether this government means what it says about the countryside.")
cl(k, "novoa", "a first step, not a ceasefire")
cl(k, "patino", "Nobody should confuse a protocol with peace")
cl(k, "patino", "But a year ago these people would not sit in the same room as us, and now they have signed a document that has our names and theirs on the same page.")
cl(k, "gil", "a guarantor, not a party")
NOISE.append({"source": k, "names": ["Guayaquil", "Arauca", "ELN", "Boluarte", "Peru"]})
ACC += ["ANDES WIRE SERVICE", "Andes Wire Service", "AWS", "UPDATE", "COLOMBIA-REBELS/TALKS", "Lucía Arbeláez",
        "President Gustavo Petro", "President", "Venezuelan", "Colombian", "Colombian army",
        "Colombian government", "U.S.", "Colombia's government", "Adds", "EMC split", "Among", "Asked"]
BP[k] = "-- AWS"

# ---------------- x02 Mandate Palestine, Lehi and the Irgun: a Markdown blog post with YAML front matter ----------------
k = "x02"
P(k, "bernadotte", "Folke Bernadotte", "Folke Bernadotte", "Bernadotte")
P(k, "serot", "André Sérot")
P(k, "stern", "Avraham Stern", "Avraham Stern", "Stern")
P(k, "morton", "Geoffrey Morton")
P(k, "shamir", "Yitzhak Shamir")
P(k, "yellin_mor", "Natan Yellin-Mor", "Natan Yellin-Mor", "Yellin-Mor")
P(k, "eldad", "Israel Eldad")
P(k, "hakim", "Eliyahu Hakim")
P(k, "bet_zuri", "Eliyahu Bet-Zuri")
P(k, "moyne", "Lord Moyne")
P(k, "begin", "Menachem Begin")
P(k, "kessler", "Ilan Kessler", "Ilan Kessler", "Kessler")
P(k, "ben_gurion", "David Ben-Gurion", "David Ben-Gurion", "Ben-Gurion")
P(k, "cohen", "Yehoshua Cohen")
P(k, "bunche", "Ralph Bunche", "Ralph Bunche", "Bunche")
G(k, "un", "United Nations", "United Nations", "UN")
G(k, "lehi", "Lehi", "Lehi", "Lohamei Herut Israel", "Fighters for the Freedom of Israel", "Stern Gang",
  "Hazit HaMoledet", "Homeland Front")
G(k, "irgun", "Irgun")
G(k, "haganah", "Haganah")
G(k, "palestine_police", "Palestine Police")
G(k, "unsc", "UN Security Council")
G(k, "red_cross", "Swedish Red Cross")
G(k, "foreign_office", "British Foreign Office")
G(k, "knesset", "Knesset")
L(k, "jerusalem", "Jerusalem")
L(k, "katamon", "Katamon")
L(k, "israel", "Israel")
L(k, "palestine", "Palestine")
L(k, "tel_aviv", "Tel Aviv")
L(k, "britain", "Britain")
L(k, "germany", "Germany")
L(k, "cairo", "Cairo")
L(k, "middle_east", "Middle East")
L(k, "deir_yassin", "Deir Yassin")
L(k, "negev", "Negev")
L(k, "haifa", "Haifa")
L(k, "kashmir", "Kashmir")
L(k, "cyprus", "Cyprus")
L(k, "congo", "Congo")
rels(k, [("lehi", "opposed_to", "bernadotte"), ("lehi", "opposed_to", "serot"), ("bernadotte", "holds_office", "un"),
         ("serot", "member_of", "un"), ("stern", "founded", "lehi"), ("stern", "member_of", "irgun"),
         ("morton", "member_of", "palestine_police"), ("morton", "opposed_to", "stern"), ("shamir", "leads", "lehi"),
         ("yellin_mor", "leads", "lehi"), ("eldad", "leads", "lehi"), ("shamir", "holds_office", "israel"),
         ("hakim", "member_of", "lehi"), ("bet_zuri", "member_of", "lehi"), ("hakim", "opposed_to", "moyne"),
         ("bet_zuri", "opposed_to", "moyne"), ("moyne", "holds_office", "britain"), ("begin", "leads", "irgun"),
         ("irgun", "allied_with", "lehi"), ("bernadotte", "holds_office", "red_cross"),
         ("ben_gurion", "holds_office", "israel"), ("yellin_mor", "member_of", "knesset"), ("cohen", "member_of", "lehi"),
         ("cohen", "reports_to", "ben_gurion"), ("bunche", "reports_to", "bernadotte"), ("bunche", "holds_office", "un")])
ev(k, "bernadotte_killed", "1948-09-17", "day", ["bernadotte", "serot", "lehi", "jerusalem", "katamon"],
   "on the afternoon of 17 September 1948")
ev(k, "lehi_founded", "1940", "year", ["stern", "lehi", "irgun"], "who broke away in 1940")
ev(k, "irgun_split", "1931", "year", ["irgun", "haganah"], "split from the larger Haganah in 1931")
ev(k, "stern_killed", "1942-02", "month", ["stern", "morton", "tel_aviv"], "In February 1942 Geoffrey Morton")
ev(k, "shamir_pm", "1983", "year", ["shamir", "israel"], "became Israel's prime minister in 1983")
ev(k, "moyne_killed", "1944-11-06", "day", ["moyne", "hakim", "bet_zuri", "lehi", "cairo"], "6 November 1944")
ev(k, "hanged", "1945-03", "month", ["hakim", "bet_zuri", "cairo"], "Both were hanged there in March 1945")
ev(k, "king_david", "1946-07-22", "day", ["irgun", "begin", "jerusalem"], "22 July 1946")
ev(k, "deir_yassin", "1948-04", "month", ["irgun", "lehi", "deir_yassin"], "April 1948")
ev(k, "white_buses", "1945", "year", ["bernadotte", "red_cross", "germany"], "concentration camps in 1945")
ev(k, "appointed", "1948-05-20", "day", ["bernadotte", "unsc", "un"], "appointed him mediator on 20 May 1948")
ev(k, "independence", "1948-05-14", "day", ["israel"], "six days after Israel declared independence")
ev(k, "final_report", "1948-09-16", "day", ["bernadotte"], "which he signed the day before he died")
ev(k, "mivrak", "1948", "approximate", ["lehi", "bernadotte"], "that summer")
ev(k, "kessler_visit", "2023-08", "month", ["kessler", "haifa"], "when I visited him in Haifa last month")
ev(k, "claimed", "1948-09-18", "day", ["lehi"], "claimed the next day")
ev(k, "outlawed", "1948-09-20", "day", ["lehi", "ben_gurion"], "outlawed Lehi on 20 September")
ev(k, "yellin_mor_convicted", "1949", "year", ["yellin_mor"], "He was convicted in 1949")
ev(k, "armistice", "1949", "year", ["bunche"], "the 1949 armistice agreements")
ev(k, "nobel", "1950", "year", ["bunche"], "Nobel Peace Prize in 1950")
ev(k, "book", "2023-10", "month", ["kessler"], "comes out next month")
cl(k, "lehi", "a clerk of the British Foreign Office in a Swedish uniform")
cl(k, "kessler", "The Count was not killed because of what he had done, but because of what he had written down")
cl(k, "kessler", "He was the first man the UN ever sent to stop a war. Everything the organisation has done since, in Kashmir, in Cyprus, in the Congo, starts with that car in Katamon.")
cl(k, "kessler", "Bunche finished the job with the same map on the table. That is the part people forget.")
NOISE.append({"source": k, "names": ["Daniel Ofer", "R. Lindgren", "Hadas M.", "Ravensbrück", "Altalena",
                                     "Hodder & Stoughton", "Frank Cass", "Pantheon", "London", "New York"]})
ACC += ["Miriam Halloran", "Posted", "Seventy-five years ago today", "Count Bernadotte", "Count Folke Bernadotte",
        "Count", "Colonel André Sérot", "Colonel", "Who were Lehi?", "Three dates", "The mediator",
        "Who pulled the trigger", "What to read next", "CID", "King David Hotel", "Mivrak", "White Buses",
        "Nobel Peace Prize", "Prime Minister David Ben-Gurion", "Prime Minister", "A Mediator in Jerusalem",
        "UN's own account", "Minister Resident", "Swedish", "French", "Jewish", "British", "Arab", "Arab states",
        "Hebrew", "American", "Lord", "layout", "title", "date", "author", "categories", "tags", "post", "history",
        "mandate-palestine", "united-nations", "Nobody", "Both", "Its", "To Lehi", "The Count"]
BP[k] = "## Further reading"

# ---------------- x03 San Francisco, the Symbionese Liberation Army: an OCR'd 1974 newspaper page from an archive ----------------
k = "x03"
P(k, "patricia", "Patricia Hearst", "Patricia Hearst", "Hearst", "Tania")
P(k, "defreeze", "Donald D. DeFreeze", "Donald D. DeFreeze", "DeFreeze", "Cinque")
P(k, "perry", "Nancy Ling Perry", "Nancy Ling Perry", "Fahizah")
P(k, "soltysik", "Patricia Soltysik", "Patricia Soltysik", "Mizmoon")
P(k, "hall", "Camilla Hall", "Camilla Hall", "Gabi")
P(k, "bates", "Charles W. Bates", "Charles W. Bates", "Bates")
P(k, "w_harris", "William Harris", "William Harris", "Teko")
P(k, "e_harris", "Emily Harris", "Emily Harris", "Yolanda")
P(k, "randolph", "Randolph A. Hearst", "Randolph A. Hearst", "Randolph Hearst")
P(k, "browning", "James L. Browning Jr.")
P(k, "foster", "Marcus Foster")
P(k, "remiro", "Joseph Remiro")
P(k, "little", "Russell Little")
P(k, "weed", "Steven Weed")
P(k, "saraceni", "Emil Saraceni")
P(k, "hanley", "Mark Hanley")
G(k, "sla", "Symbionese Liberation Army", "Symbionese Liberation Army", "SLA")
G(k, "fbi", "FBI")
G(k, "hibernia", "Hibernia Bank")
G(k, "examiner", "San Francisco Examiner")
G(k, "people_in_need", "People in Need")
G(k, "sfpd", "San Francisco Police Department")
G(k, "hearst_foundation", "Hearst Foundation")
L(k, "san_francisco", "San Francisco", "San Francisco", "SAN FRANCISCO")
L(k, "berkeley", "Berkeley")
L(k, "sunset_district", "Sunset District")
L(k, "hillsborough", "Hillsborough")
L(k, "oakland", "Oakland")
L(k, "concord", "Concord")
L(k, "california", "California")
rels(k, [("sla", "opposed_to", "patricia"), ("sla", "opposed_to", "hibernia"), ("defreeze", "member_of", "sla"),
         ("perry", "member_of", "sla"), ("soltysik", "member_of", "sla"), ("hall", "member_of", "sla"),
         ("w_harris", "member_of", "sla"), ("e_harris", "member_of", "sla"), ("bates", "holds_office", "fbi"),
         ("randolph", "holds_office", "examiner"), ("randolph", "founded", "people_in_need"), ("people_in_need", "backed_by", "hearst_foundation"),
         ("sla", "opposed_to", "foster"), ("foster", "holds_office", "oakland"), ("remiro", "member_of", "sla"),
         ("little", "member_of", "sla"), ("hanley", "member_of", "sfpd"), ("saraceni", "member_of", "hibernia")])
ev(k, "robbery", "1974-04-15", "day", ["sla", "hibernia", "patricia", "defreeze", "sunset_district"],
   "photographed by bank cameras yesterday")
ev(k, "kidnapping", "1974-02-04", "day", ["patricia", "sla", "berkeley"], "on Feb. 4")
ev(k, "tape", "1974-04-03", "day", ["patricia", "sla", "berkeley"], "on April 3")
ev(k, "grand_jury", "1974-04-18", "day", ["browning", "patricia"], "will meet Thursday")
ev(k, "foster_killed", "1973-11-06", "day", ["foster", "sla"], "on Nov. 6 outside a school board office")
ev(k, "sla_noticed", "1973-11", "month", ["sla", "foster"], "first came to public notice in November")
ev(k, "remiro_little_arrested", "1974-01", "month", ["remiro", "little", "concord"], "arrested in Concord in January")
ev(k, "defreeze_escaped", "1973-03", "month", ["defreeze"], "in March of last year")
ev(k, "pin_distribution", "1974-02", "range", ["people_in_need", "randolph", "oakland"], "in February and March",
   end="1974-03")
ev(k, "near_riot", "1974-02-22", "day", ["oakland", "people_in_need"], "a near-riot in Oakland on Feb. 22")
ev(k, "randolph_statement", "1974-04-15", "day", ["randolph", "hillsborough"], "Hillsborough last night")
ev(k, "posters", "1974-04-16", "day", ["fbi", "patricia"], "to be distributed today")
cl(k, "bates", "We have no evidence at this time that she was a willing participant, and we have no evidence that she was not")
cl(k, "bates", "She was carrying a weapon. That is what the pictures show, and that is all they show.")
cl(k, "randolph", "I have seen the pictures. I do not know what they did to my daughter in the last ten weeks, but I know my daughter, and that is not her.")
cl(k, "weed", "nothing to say until I know she is safe.")
cl(k, "saraceni", "They knew exactly where the cameras were")
cl(k, "saraceni", "One of them even looked up at one.")
NOISE.append({"source": k, "names": ["Nixon", "AP", "Giants", "Reds"]})
ACC += ["ARCHIVE", "The Bay Area Evening Ledger", "Bay Area Evening Ledger", "Ledger", "Ledger Staff Writer",
        "ROBERT T. KEANE", "HEARST GIRL SEEN", "BANK HOLDUP", "WITH GUN IN", "Cameras Catch Heiress",
        "In S.F. Robbery", "S.F.", "FBI Seeks", "Seeks 'Tania,' 4 Others", "Miss Hearst", "Hearst family",
        "General Field Marshal Cinque", "General Field Marshal", "Federal Building", "U.S. Attorney",
        "U.S. Attorney James L. Browning Jr.", "Dr. Marcus Foster", "Dr.", "Soledad", "Soledad prison",
        "Police Capt. Mark Hanley", "Police Capt.", "Taraval Station", "22nd Avenue", "Noriega Street",
        "24th Avenue", "Digitized", "Text", "Continued on Page", "From Page", "Col.", "Page", "Tbe", "Distribution",
        "Two SLA", "Four", "Her", "Both", "She", "They", "One", "After", "Miss Hearst's fiance", "Tuesday"]
BP[k] = "-30-"

# ---------------- x04 Chile, the Coordinadora Arauco-Malleco: a security consultancy's weekly risk brief ----------------
k = "x04"
P(k, "hector", "Héctor Llaitul", "Héctor Llaitul", "Llaitul")
P(k, "ernesto", "Ernesto Llaitul")
P(k, "huenchumil", "Patricio Huenchumil")
P(k, "toha", "Carolina Tohá")
P(k, "boric", "Gabriel Boric")
G(k, "cam", "Coordinadora Arauco-Malleco", "Coordinadora Arauco-Malleco", "CAM")
G(k, "court", "Temuco Oral Criminal Court")
G(k, "pdi", "Investigations Police", "Investigations Police", "PDI")
G(k, "forestal_arauco", "Forestal Arauco")
G(k, "mininco", "Forestal Mininco")
G(k, "cmpc", "CMPC")
G(k, "ort", "Territorial Resistance Organs", "Territorial Resistance Organs", "Órganos de Resistencia Territorial", "ORT")
G(k, "wam", "Weichán Auka Mapu", "Weichán Auka Mapu", "WAM")
G(k, "rml", "Resistencia Mapuche Lafkenche", "Resistencia Mapuche Lafkenche", "RML")
G(k, "carabineros", "Carabineros")
G(k, "army", "Chilean Army")
G(k, "congress", "Congress")
G(k, "gope", "Special Police Operations Group", "Special Police Operations Group", "GOPE")
G(k, "supreme_court", "Supreme Court")
L(k, "chile", "Chile")
L(k, "araucania", "Araucanía")
L(k, "biobio", "Biobío")
L(k, "canete", "Cañete")
L(k, "tirua", "Tirúa")
L(k, "ercilla", "Ercilla")
L(k, "collipulli", "Collipulli")
L(k, "malleco", "Malleco")
L(k, "temuco", "Temuco")
L(k, "lumaco", "Lumaco")
L(k, "arauco", "Arauco")
L(k, "los_rios", "Los Ríos")
L(k, "contulmo", "Contulmo")
L(k, "santiago", "Santiago")
L(k, "washington", "Washington")
rels(k, [("hector", "founded", "cam"), ("hector", "leads", "cam"), ("pdi", "opposed_to", "hector"),
         ("cam", "opposed_to", "forestal_arauco"), ("cam", "opposed_to", "mininco"), ("mininco", "part_of", "cmpc"),
         ("ort", "part_of", "cam"), ("rml", "opposed_to", "forestal_arauco"), ("gope", "part_of", "carabineros"),
         ("boric", "holds_office", "chile"), ("toha", "holds_office", "chile")])
ev(k, "sentenced", "2024-05-07", "day", ["hector", "court", "cam"], "handed down on Tuesday")
ev(k, "convicted", "2024-02", "month", ["hector", "court"], "The court had convicted him in February")
ev(k, "arrested", "2022-08-24", "day", ["hector", "pdi", "canete"], "on 24 August 2022")
ev(k, "cam_founded", "1998", "year", ["cam", "hector"], "Llaitul founded the CAM in 1998")
ev(k, "lumaco_trucks", "1997", "year", ["forestal_arauco", "lumaco"], "a year after three logging trucks")
ev(k, "carabineros_killed", "2024-04-27", "day", ["carabineros", "canete"], "near Cañete on 27 April")
ev(k, "cam_statement", "2024-05-07", "day", ["cam"], "In a statement posted on Tuesday night")
ev(k, "appeal_deadline", "2024-05-20", "day", ["huenchumil", "hector", "supreme_court"], "would be filed by 20 May")
ev(k, "wam_formed", "2016", "approximate", ["wam"], "formed around 2016")
ev(k, "emergency", "2022-05", "month", ["boric", "araucania", "biobio", "army"], "regions in May 2022")
ev(k, "congress_vote", "2024-05-21", "day", ["congress"], "the next vote is scheduled for 21 May")
ev(k, "cam_denial", "2024-04-29", "day", ["cam"], "in a statement on 29 April")
ev(k, "log_collipulli", "2024-05-04", "day", ["collipulli", "wam"], "04 May | Collipulli")
ev(k, "log_tirua", "2024-05-05", "day", ["tirua"], "05 May | Tirúa")
ev(k, "log_ercilla", "2024-05-07", "day", ["ercilla", "carabineros"], "07 May | Ercilla")
ev(k, "log_canete", "2024-05-08", "day", ["canete", "forestal_arauco"], "08 May | Cañete")
cl(k, "hector", "armed resistance")
cl(k, "cam", "a sentence against the whole Mapuche nation, not against one weichafe")
cl(k, "cam", "territorial control")
cl(k, "huenchumil", "This was a political trial from the first day. We will appeal to the Supreme Court, and if we lose there we will go to Washington.")
cl(k, "toha", "the rule of law reaches everyone, including those who thought they were above it")
NOISE.append({"source": k, "names": ["Sebastián Quilodrán", "M. Oyarzún", "Avenida Apoquindo", "Las Condes",
                                     "Tres Volcanes Risk Advisory SpA"]})
ACC += ["TRES VOLCANES RISK ADVISORY", "Tres Volcanes", "Chile Weekly Security Brief", "Southern Macrozone", "Issue",
        "Distribution", "CLIENT CONFIDENTIAL", "Overall", "HIGH", "VERY HIGH", "KEY JUDGEMENTS", "WHAT HAPPENED",
        "OTHER GROUPS", "SECURITY FORCE POSTURE", "INCIDENT LOG", "OUTLOOK", "State Security Law", "Mapuche",
        "Mapuche nation", "Interior Minister Carolina Tohá", "Interior Minister", "President Gabriel Boric",
        "President", "Route 5", "Malleco province", "Arauco province", "Biobío regional prosecutor", "Claimed",
        "Unclaimed", "WAM banner", "CAM pamphlet", "Clients", "Attacks", "Prosecutors", "Reports", "Forestry",
        "Friday", "Tuesday", "The CAM's", "Llaitul's", "Interior", "Congress must renew"]
BP[k] = "DISCLAIMER:"

# ---------------- x05 Serbia, Arkan's Tigers: a magazine profile with a pull quote and a fact box ----------------
k = "x05"
P(k, "arkan", "Željko Ražnatović", "Željko Ražnatović", "Ražnatović", "Arkan", "Zeljko Raznatovic")
P(k, "mandic", "Milenko Mandić")
P(k, "garic", "Dragan Garić")
P(k, "gavric", "Dobrosav Gavrić", "Dobrosav Gavrić", "Gavrić")
P(k, "svetlana", "Svetlana Ražnatović", "Svetlana Ražnatović", "Ceca")
P(k, "goran", "Goran")
P(k, "haviv", "Ron Haviv")
P(k, "milosevic", "Slobodan Milošević", "Slobodan Milošević", "Milošević")
P(k, "arbour", "Louise Arbour")
P(k, "todorovic", "Vesna Todorović")
P(k, "pelevic", "Borislav Pelević")
G(k, "sdg", "Serb Volunteer Guard", "Serb Volunteer Guard", "Srpska dobrovoljačka garda", "SDG", "Arkan's Tigers", "Tigers")
G(k, "red_star", "Red Star Belgrade")
G(k, "delije", "Delije")
G(k, "interpol", "Interpol")
G(k, "sss", "State Security Service")
G(k, "jna", "Yugoslav People's Army", "Yugoslav People's Army", "JNA")
G(k, "ssj", "Party of Serbian Unity")
G(k, "icty", "International Criminal Tribunal for the former Yugoslavia",
  "International Criminal Tribunal for the former Yugoslavia", "ICTY")
G(k, "vreme", "Vreme")
L(k, "belgrade", "Belgrade")
L(k, "yugoslavia", "Yugoslavia")
L(k, "the_hague", "The Hague")
L(k, "brezice", "Brežice")
L(k, "slovenia", "Slovenia")
L(k, "europe", "Europe")
L(k, "belgium", "Belgium")
L(k, "netherlands", "Netherlands")
L(k, "novi_sad", "Novi Sad")
L(k, "erdut", "Erdut")
L(k, "slavonia", "Slavonia")
L(k, "vukovar", "Vukovar")
L(k, "bijeljina", "Bijeljina")
L(k, "bosnia", "Bosnia")
L(k, "serbia", "Serbia")
L(k, "kosovo", "Kosovo")
L(k, "sanski_most", "Sanski Most")
L(k, "croatia", "Croatia")
rels(k, [("arkan", "founded", "sdg"), ("arkan", "leads", "sdg"), ("arkan", "leads", "delije"),
         ("sdg", "allied_with", "jna"), ("sdg", "controls", "bijeljina"), ("arkan", "founded", "ssj"),
         ("arkan", "leads", "ssj"), ("milosevic", "holds_office", "serbia"), ("arbour", "holds_office", "icty"),
         ("todorovic", "member_of", "vreme"), ("goran", "member_of", "sdg"), ("garic", "reports_to", "arkan"),
         ("pelevic", "holds_office", "ssj")])
ev(k, "arkan_killed", "2000-01-15", "day", ["arkan", "mandic", "garic", "belgrade"], "AT A QUARTER past five last Saturday afternoon")
ev(k, "gavric_charged", "2000-01-21", "day", ["gavric"], "Police said on Friday")
ev(k, "gavric_judge", "2000-01-31", "range", ["gavric"], "He is due before an investigating judge next week", end="2000-02-06")
ev(k, "arkan_buried", "2000-01-20", "day", ["arkan", "belgrade", "svetlana"], "Arkan was buried on Thursday")
ev(k, "wedding", "1995-02", "month", ["arkan", "svetlana"], "They had married in February 1995")
ev(k, "arkan_born", "1952-04-17", "day", ["arkan", "brezice"], "born on 17 April 1952")
ev(k, "delije_taken", "1989", "year", ["arkan", "delije"], "In 1989 he took over the Delije")
ev(k, "sdg_founded", "1990-10-11", "day", ["arkan", "sdg"], "On 11 October 1990 he founded")
ev(k, "vukovar", "1991", "approximate", ["sdg", "jna", "vukovar"], "in the autumn of 1991")
ev(k, "bijeljina", "1992-04", "approximate", ["sdg", "bijeljina"], "In early April 1992")
ev(k, "ssj_founded", "1993", "year", ["arkan", "ssj"], "In 1993 Arkan founded the Party of Serbian Unity")
ev(k, "parliament_seat", "1992-12", "month", ["arkan", "kosovo"], "in December 1992")
ev(k, "sdg_disbanded", "1996-04", "month", ["sdg"], "formally disbanded in April 1996")
ev(k, "indicted", "1997-09", "month", ["icty", "arkan"], "indicted him under seal in September 1997")
ev(k, "sanski_most", "1995", "year", ["arkan", "sanski_most"], "around Sanski Most in 1995")
ev(k, "indictment_public", "1999-03", "month", ["arbour", "icty", "arkan"], "made the indictment public in March 1999")
ev(k, "ssj_statement", "2000-01-23", "day", ["ssj", "pelevic"], "in a statement on Sunday")
cl(k, "goran", "They called us paramilitaries. We called ourselves volunteers.")
cl(k, "goran", "Arkan told us the first day: no drink, no drugs, and nobody runs. Most of us kept the first two.")
cl(k, "arkan", "not soldiers of a state but soldiers of a people")
cl(k, "todorovic", "Arkan knew more about who ordered what in 1991 and 1992 than anybody alive")
cl(k, "todorovic", "Whoever sent that young man into the lobby knew that too.")
NOISE.append({"source": k, "names": ["Brothers in Arms", "Montenegro", "Partizan", "Balkans"]})
ACC += ["THE CONTINENTAL REVIEW", "The Continental Review", "PROFILE", "The Tiger in the Lobby", "Nikola Brandt",
        "Hotel Intercontinental", "Intercontinental", "New Cemetery", "Serbian television", "Serbian parliament",
        "Serbian", "Serb", "Tiger", "From robber to commander", "Politics, and The Hague", "Politics",
        "THE TIGERS AT A GLANCE", "Official name", "Known as", "Founded", "Commander", "Base", "Disbanded",
        "Dayton agreement", "Dayton", "American", "Yugoslav air force", "AT A QUARTER", "AT", "QUARTER",
        "Police", "Photographs", "Thousands", "His", "Few", "He", "In", "It", "On", "The", "They"]
BP[k] = "Nikola Brandt is The Continental Review's correspondent"

# ---------------- x06 Iran, Jundallah: a country-of-origin information report with numbered paragraphs ----------------
k = "x06"
P(k, "abdolmalek", "Abdolmalek Rigi", "Abdolmalek Rigi", "Abdulmalik Rigi", "Abdul Malek Regi", "Rigi")
P(k, "abdolhamid", "Abdolhamid Rigi")
P(k, "abdolrauf", "Abdolrauf Rigi")
P(k, "dhahir", "Muhammad Dhahir Baluch", "Muhammad Dhahir Baluch", "Mohammad Zaher Baluch")
P(k, "shoushtari", "Nour-Ali Shoushtari")
P(k, "moslehi", "Heydar Moslehi")
G(k, "jundallah", "Jundallah", "Jundallah", "People's Resistance Movement of Iran", "PRMI", "Rigi group")
G(k, "irgc", "Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps", "IRGC")
G(k, "mois", "Ministry of Intelligence")
G(k, "state_dept", "US Department of State")
L(k, "sistan", "Sistan-Baluchestan")
L(k, "iran", "Iran")
L(k, "pakistan", "Pakistan")
L(k, "afghanistan", "Afghanistan")
L(k, "zahedan", "Zahedan")
L(k, "zabol", "Zabol")
L(k, "tasuki", "Tasuki")
L(k, "pishin", "Pishin")
L(k, "chabahar", "Chabahar")
L(k, "dubai", "Dubai")
L(k, "bishkek", "Bishkek")
L(k, "kyrgyzstan", "Kyrgyzstan")
L(k, "bandar_abbas", "Bandar Abbas")
L(k, "tehran", "Tehran")
L(k, "united_states", "United States")
L(k, "united_kingdom", "United Kingdom")
rels(k, [("abdolmalek", "founded", "jundallah"), ("abdolmalek", "leads", "jundallah"),
         ("abdolhamid", "member_of", "jundallah"), ("abdolrauf", "spokesperson_for", "jundallah"),
         ("dhahir", "leads", "jundallah"), ("jundallah", "opposed_to", "irgc"), ("jundallah", "opposed_to", "shoushtari"),
         ("shoushtari", "holds_office", "irgc"), ("irgc", "opposed_to", "jundallah"), ("mois", "opposed_to", "jundallah"),
         ("mois", "opposed_to", "abdolmalek"), ("moslehi", "holds_office", "mois")])
ev(k, "jundallah_emerged", "2003", "approximate", ["jundallah"], "emerged around 2003")
ev(k, "prmi_name", "2007", "year", ["jundallah"], "Since 2007 it has described itself")
ev(k, "rigi_interview", "2008", "year", ["abdolmalek"], "in 2008, Rigi said")
ev(k, "abdolhamid_arrested", "2008", "year", ["abdolhamid", "pakistan"], "arrested him in 2008")
ev(k, "abdolhamid_executed", "2010-05-24", "day", ["abdolhamid", "zahedan"], "executed in Zahedan on 24 May 2010")
ev(k, "abdolrauf_interview", "2010-12", "month", ["abdolrauf", "jundallah"], "In December 2010 he told")
ev(k, "tasuki", "2006-03-16", "day", ["jundallah", "tasuki", "zahedan", "zabol"], "16 March 2006")
ev(k, "bus_bombing", "2007-02-14", "day", ["jundallah", "irgc", "zahedan"], "14 February 2007")
ev(k, "mosque_2009", "2009-05-28", "day", ["zahedan"], "28 May 2009")
ev(k, "pishin", "2009-10-18", "day", ["jundallah", "irgc", "shoushtari", "pishin"], "18 October 2009")
ev(k, "grand_mosque", "2010-07-15", "day", ["jundallah", "irgc", "zahedan"], "15 July 2010")
ev(k, "chabahar", "2010-12-15", "day", ["jundallah", "chabahar"], "15 December 2010")
ev(k, "chabahar_last_month", "2010-12", "month", ["jundallah", "chabahar"], "The Chabahar bombing last month")
ev(k, "rigi_captured", "2010-02-23", "day", ["abdolmalek", "mois", "bandar_abbas", "dubai", "bishkek"], "On 23 February 2010")
ev(k, "rigi_hanged", "2010-06-20", "day", ["abdolmalek", "tehran"], "on 20 June 2010")
ev(k, "fto_designation", "2010-11-03", "day", ["jundallah", "state_dept"], "On 3 November 2010")
ev(k, "next_review", "2011-06-30", "day", ["iran"], "reviewed by 30 June 2011")
cl(k, "abdolmalek", "a people whom Tehran has forgotten except when it needs soldiers or hangmen")
cl(k, "abdolrauf", "answer every execution with an operation")
cl(k, "abdolrauf", "in the name of every Baluch family that has buried a son without a trial")
NOISE.append({"source": k, "names": ["Amnesty International", "UNODC", "Ahmad Shah Durrani Institute", "BBC News",
                                     "Reuters", "Al-Arabiya.net", "Jamestown Foundation", "Human Rights Watch"]})
ACC += ["COUNTRY INFORMATION SERVICE", "Country Information Service", "Country of Origin Information Report",
        "BALUCH", "Report date", "Version", "Information cut-off date",
        "Contents", "Background", "BACKGROUND", "Jundallah: names and origins", "Leadership", "Outlook",
        "State response", "Attacks attributed to Jundallah", "NAMES AND ORIGINS", "LEADERSHIP", "ATTACKS ATTRIBUTED TO",
        "STATE RESPONSE", "OUTLOOK", "Bibliography", "Baluch", "Sunni", "Shia", "Persian", "English",
        "English-language", "Arabic-language", "Iranian", "Iranian officials", "Pakistani authorities", "Soldiers of God",
        "General Nour-Ali Shoushtari", "General", "Grand Mosque", "Evin prison", "Evin", "American",
        "Intelligence Minister Heydar Moslehi", "Intelligence Minister", "Foreign Terrorist Organization", "Sources",
        "Hundreds", "Little", "Most", "Some", "Another", "All", "Armed", "His", "Its", "The"]
BP[k] = "BIBLIOGRAPHY"

# ---------------- x07 Angola, the FLEC factions in Cabinda: an email news alert with six snippet items ----------------
k = "x07"
P(k, "abalo", "Améleté Abalo")
P(k, "ocloo", "Stanislas Ocloo")
P(k, "obilale", "Kodjovi Obilalé")
P(k, "mingas", "Rodrigues Mingas")
P(k, "houngbo", "Gilbert Houngbo")
P(k, "adebayor", "Emmanuel Adebayor")
P(k, "bembe", "Bento Bembe", "Bento Bembe", "Bembe")
P(k, "tiago", "N'Zita Henriques Tiago", "N'Zita Henriques Tiago", "Nzita Tiago")
P(k, "lemos", "Paulo Lemos")
P(k, "jc_nzita", "Jean-Claude N'Zita")
G(k, "sparrow_hawks", "Sparrow Hawks")
G(k, "flec", "Front for the Liberation of the Enclave of Cabinda", "Front for the Liberation of the Enclave of Cabinda", "FLEC")
G(k, "flec_pm", "FLEC-Military Position", "FLEC-Military Position", "FLEC-PM")
G(k, "flec_fac", "FLEC-Armed Forces of Cabinda", "FLEC-Armed Forces of Cabinda", "FLEC-FAC")
G(k, "caf", "Confederation of African Football", "Confederation of African Football", "CAF")
G(k, "chevron", "Chevron")
G(k, "cfd", "Cabinda Forum for Dialogue")
G(k, "ucan", "Catholic University of Angola")
L(k, "togo", "Togo")
L(k, "angola", "Angola")
L(k, "cabinda", "Cabinda")
L(k, "congo_rep", "Republic of Congo")
L(k, "south_africa", "South Africa")
L(k, "france", "France")
L(k, "luanda", "Luanda")
L(k, "mali", "Mali")
L(k, "paris", "Paris")
L(k, "massabi", "Massabi")
L(k, "namibe", "Namibe")
L(k, "mayombe", "Mayombe")
rels(k, [("flec_pm", "part_of", "flec"), ("flec_fac", "part_of", "flec"), ("flec_pm", "opposed_to", "sparrow_hawks"),
         ("mingas", "holds_office", "flec_pm"), ("houngbo", "holds_office", "togo"), ("adebayor", "member_of", "sparrow_hawks"),
         ("abalo", "member_of", "sparrow_hawks"), ("ocloo", "member_of", "sparrow_hawks"),
         ("obilale", "member_of", "sparrow_hawks"), ("bembe", "leads", "flec"), ("bembe", "holds_office", "angola"),
         ("tiago", "leads", "flec_fac"), ("bembe", "leads", "cfd"), ("lemos", "member_of", "ucan"),
         ("jc_nzita", "spokesperson_for", "flec_fac")])
ev(k, "bus_attack", "2010-01-08", "day", ["sparrow_hawks", "cabinda", "abalo", "ocloo", "obilale", "flec_pm"],
   "Gunmen opened fire on Friday")
ev(k, "togo_withdraws", "2010-01-09", "day", ["togo", "sparrow_hawks"], "Togo's government on Saturday ordered")
ev(k, "tournament_opened", "2010-01-10", "day", ["luanda", "angola", "mali"], "opened as planned in Luanda on Sunday")
ev(k, "cabinda_matches", "2010-01-11", "day", ["caf", "cabinda"], "will go ahead from Monday")
ev(k, "arrests", "2010-01-10", "day", ["massabi", "angola"], "Angolan police said on Sunday they had arrested two men")
ev(k, "flec_war_began", "1975", "year", ["flec", "cabinda", "angola"], "since 1975")
ev(k, "memorandum", "2006-08", "month", ["bembe", "cfd", "namibe"], "In August 2006")
cl(k, "mingas", "Our fighters did not know the footballers were on the bus. The guns were aimed at the Angolan soldiers escorting it")
cl(k, "mingas", "the war in Cabinda did not stop because the football came")
cl(k, "adebayor", "treated like soldiers in somebody else's war")
cl(k, "bembe", "criminals who have nothing to do with Cabinda's future")
cl(k, "lemos", "Holding a match here was a statement that the war was over. Friday was the reply")
NOISE.append({"source": k, "names": ["Horizon Media Tools Ltd", "Fleet Lane", "Dublin"]})
ACC += ["NewsWatch Alerts", "NewsWatch", "NEWS", "From", "To", "Date", "Subject", "Frequency", "Sources", "Language",
        "English", "Gulf of Guinea Times", "Lusofonia Diário", "West Africa Sport Wire", "Jornal de Luanda Online",
        "Reuters-Africa Digest", "Southern Africa Monitor", "ANALYSIS", "Africa Cup of Nations", "Cup of Nations",
        "Angolan", "Angolan government", "Angolan police", "Angolan soldiers", "Togo's government",
        "Prime Minister Gilbert Houngbo", "Prime Minister", "Team captain Emmanuel Adebayor", "Cabinda group",
        "END OF RESULTS", "Cabinda separatists", "Gunmen", "Its", "Matches", "Neither", "The", "A", "He", "Holding",
        "Friday", "Togo team", "Togo convoy", "Cup"]
BP[k] = "You are receiving this email because"

# ---------------- x08 Bangladesh, the "new JMB": a translated police press-conference transcript ----------------
k = "x08"
P(k, "zakir", "Mohammad Zakir Hossain", "MOHAMMAD ZAKIR HOSSAIN", "Zakir Hossain")
P(k, "nasrin", "Nasrin Sultana", "NASRIN SULTANA")
P(k, "tamim", "Tamim Ahmed Chowdhury", "Tamim Ahmed Chowdhury", "Tamim Chowdhury", "Tamim")
P(k, "marjan", "Nurul Islam Marjan", "Nurul Islam Marjan", "Marjan")
P(k, "zia", "Syed Ziaul Haque", "Syed Ziaul Haque", "Major Zia")
P(k, "abdur_rahman", "Shaykh Abdur Rahman", "Shaykh Abdur Rahman", "Abdur Rahman")
P(k, "siddiqul", "Siddiqul Islam", "Siddiqul Islam", "Bangla Bhai")
P(k, "saidur", "Saidur Rahman")
P(k, "shahidul", "AKM Shahidul Hoque")
G(k, "cttc", "Counter Terrorism and Transnational Crime", "Counter Terrorism and Transnational Crime", "CTTC")
G(k, "dmp", "Dhaka Metropolitan Police")
G(k, "swat", "SWAT")
G(k, "neo_jmb", "new JMB")
G(k, "jmb", "Jama'atul Mujahideen Bangladesh", "Jama'atul Mujahideen Bangladesh", "old JMB")
G(k, "is", "Islamic State", "Islamic State", "IS")
G(k, "amaq", "Amaq")
G(k, "abt", "Ansarullah Bangla Team", "Ansarullah Bangla Team", "ABT")
G(k, "rab", "Rapid Action Battalion", "Rapid Action Battalion", "RAB")
G(k, "canada_hc", "Canadian High Commission")
L(k, "narayanganj", "Narayanganj")
L(k, "dhaka", "Dhaka")
L(k, "paikpara", "Paikpara")
L(k, "gulshan", "Gulshan")
L(k, "kalyanpur", "Kalyanpur")
L(k, "bangladesh", "Bangladesh")
L(k, "windsor", "Windsor")
L(k, "canada", "Canada")
rels(k, [("zakir", "holds_office", "cttc"), ("nasrin", "holds_office", "dmp"), ("cttc", "part_of", "dmp"),
         ("swat", "part_of", "dmp"), ("cttc", "opposed_to", "tamim"), ("swat", "opposed_to", "tamim"),
         ("tamim", "leads", "neo_jmb"), ("amaq", "part_of", "is"), ("zia", "leads", "abt"),
         ("abdur_rahman", "founded", "jmb"), ("siddiqul", "reports_to", "abdur_rahman"), ("saidur", "leads", "jmb"),
         ("shahidul", "holds_office", "bangladesh")])
ev(k, "raid", "2016-08-27", "day", ["cttc", "swat", "tamim", "paikpara", "narayanganj"], "Yesterday morning, Saturday")
ev(k, "holey_artisan", "2016-07-01", "day", ["tamim", "gulshan"], "in Gulshan on 1 July")
ev(k, "kalyanpur", "2016-07-26", "day", ["tamim", "kalyanpur"], "in Kalyanpur on 26 July")
ev(k, "tamim_returned", "2013", "year", ["tamim", "bangladesh", "windsor", "canada"], "He came back to Bangladesh in 2013")
ev(k, "reward", "2016-08-02", "day", ["tamim"], "On 2 August we announced a reward")
ev(k, "jmb_founded", "1998", "year", ["jmb", "abdur_rahman"], "The old JMB was founded in 1998")
ev(k, "serial_bombs", "2005-08-17", "day", ["jmb"], "On 17 August 2005")
ev(k, "jmb_leaders_hanged", "2007-03", "month", ["abdur_rahman", "siddiqul"], "were hanged in March 2007")
ev(k, "saidur_arrested", "2010-05", "month", ["saidur"], "was arrested in May 2010")
ev(k, "dna_due", "2016-08-31", "day", ["tamim"], "should be ready by Wednesday")
ev(k, "igp_visit", "2016-08-27", "day", ["shahidul", "paikpara"], "visited Paikpara yesterday afternoon")
cl(k, "nasrin", "Please keep your questions short.")
cl(k, "zakir", "In the operation three militants were killed. One of them was Tamim Ahmed Chowdhury.")
cl(k, "zakir", "Tamim Chowdhury was the leader of the new JMB, the faction that broke away from the old Jama'atul Mujahideen Bangladesh after 2014.")
cl(k, "zakir", "He was a Canadian citizen of Bangladeshi origin.")
cl(k, "zakir", "There is no IS in Bangladesh. These are homegrown militants.")
cl(k, "zakir", "That does not make them a branch of anybody.")
cl(k, "zakir", "Nurul Islam Marjan is still at large.")
cl(k, "zakir", "What is left of the old JMB is small. The danger now is the new one.")
cl(k, "zakir", "The DNA results should be ready by Wednesday.")
cl(k, "nasrin", "The Home Minister's remarks were made at the Secretariat; please refer to his office.")
cl(k, "zakir", "Without the public, we cannot do this work.")
NOISE.append({"source": k, "names": ["Somoy TV", "ATN News", "F. Karim", "J. Whitcombe", "Chittagong", "Sylhet"]})
ACC += ["SOUTH ASIA MONITORING DESK", "South Asia Monitoring Desk", "TRANSCRIPT", "Press briefing",
        "Dhaka Metropolitan Police Media Centre", "Media Centre", "Minto Road", "BST", "Translated from Bengali",
        "Bengali", "Unofficial", "Speakers", "Questions", "PARTICIPANTS", "REPORTERS", "REPORTER", "Additional Commissioner",
        "Additional Commissioner Zakir Hossain", "Deputy Commissioner", "Media", "Counter Terrorism and Transnational Crime unit",
        "SWAT unit", "Holey Artisan Bakery", "Canadian", "Bangladeshi", "JMB", "Home Minister", "Secretariat",
        "Inspector General", "Inspector General of Police", "Shaykh", "crosstalk", "inaudible", "END OF TRANSCRIPT",
        "Good", "Thank", "Yesterday", "Yes", "After", "But", "Did", "Will", "What", "Last", "Please", "These",
        "That", "They", "He", "We", "In", "On", "Its", "The", "Abdur Rahman and his deputy"]
BP[k] = "[END OF TRANSCRIPT]"

W.write()
