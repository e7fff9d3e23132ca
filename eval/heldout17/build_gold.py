"""Builds gold.json for the seventeenth held-out set (heldout17) from the annotations below (run:
python3 eval/heldout17/build_gold.py). Edit here, rebuild, then run check_gold.py.

Two of the texts (a01, a03) are hard-wrapped, and a03 keeps the OCR's end-of-line hyphenation, so a quote or an
event cue can run over a line break. Quotes and cues below are written with single spaces; `exact` looks each one up
in its source with any run of whitespace allowed between words and writes the text's own characters (line breaks
included) into the gold, so check_gold.py's verbatim test holds. Entity surfaces are never split across lines, and
no quote or cue contains a hyphenated line break.

Three places occur in more than one source (the United States in a02 and a06; Washington in a03 and a05): each is
one gold entity listing all its sources, so cross-article merging of those names is tested."""
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


# ---------------- a01 West Germany, the Movement 2 June and the Lorenz kidnapping: a teaching case, hard-wrapped ----------------
k = "a01"
P(k, "jana_lorenz", "Jana Lorenz")
P(k, "lorenz", "Peter Lorenz", "Peter Lorenz", "Lorenz")
P(k, "kurras", "Karl-Heinz Kurras")
P(k, "ohnesorg", "Benno Ohnesorg")
P(k, "meins", "Holger Meins")
P(k, "drenkmann", "Günter von Drenkmann", "Günter von Drenkmann", "Drenkmann")
P(k, "becker", "Verena Becker")
P(k, "kroecher", "Gabriele Kröcher-Tiedemann")
P(k, "heissler", "Rolf Heissler")
P(k, "mahler", "Horst Mahler")
P(k, "schmidt", "Helmut Schmidt", "Helmut Schmidt", "Schmidt")
P(k, "albertz", "Heinrich Albertz", "Heinrich Albertz", "Albertz")
P(k, "dirk_albertz", "Dirk Albertz")
P(k, "meyer", "Till Meyer")
P(k, "reinders", "Ralf Reinders")
P(k, "teufel", "Fritz Teufel", "Fritz Teufel", "Teufel")
P(k, "viett", "Inge Viett")
G(k, "m2j", "Movement 2 June", "Movement 2 June", "Bewegung 2. Juni", "2nd of June Movement")
G(k, "cdu", "Berlin CDU", "Berlin CDU", "CDU")
G(k, "raf", "Red Army Faction", "Red Army Faction", "RAF")
G(k, "kammergericht", "Kammergericht")
L(k, "west_berlin", "West Berlin")
L(k, "west_germany", "West Germany")
L(k, "zehlendorf", "Zehlendorf")
L(k, "frankfurt", "Frankfurt")
L(k, "aden", "Aden")
L(k, "south_yemen", "South Yemen")
L(k, "essen", "Essen")
rels(k, [("m2j", "opposed_to", "lorenz"), ("m2j", "opposed_to", "drenkmann"), ("lorenz", "leads", "cdu"),
         ("kurras", "opposed_to", "ohnesorg"), ("meins", "member_of", "raf"), ("drenkmann", "holds_office", "kammergericht"),
         ("becker", "member_of", "m2j"), ("kroecher", "member_of", "m2j"), ("mahler", "member_of", "raf"),
         ("schmidt", "holds_office", "west_germany"), ("albertz", "holds_office", "west_berlin"),
         ("meyer", "member_of", "m2j"), ("reinders", "member_of", "m2j"), ("teufel", "member_of", "m2j"),
         ("viett", "member_of", "m2j")])
ev(k, "ohnesorg_killed", "1967-06-02", "day", ["ohnesorg", "kurras", "m2j"], "from 2 June 1967")
ev(k, "m2j_formed", "1972", "year", ["m2j", "west_berlin"], "It was formed in 1972")
ev(k, "meins_died", "1974-11-09", "day", ["meins", "raf"], "On 9 November 1974")
ev(k, "drenkmann_killed", "1974-11-10", "day", ["m2j", "drenkmann"], "The following day members of the Movement 2 June")
ev(k, "kidnapping", "1975-02-27", "day", ["lorenz", "m2j", "zehlendorf"], "On the morning of 27 February 1975")
ev(k, "letter", "1975-02-28", "day", ["m2j", "lorenz"], "In a letter left the next day")
ev(k, "flight", "1975-03-03", "day", ["albertz", "frankfurt", "aden", "south_yemen", "becker", "kroecher", "heissler"],
   "flown out of Frankfurt on 3 March")
ev(k, "release", "1975-03-04", "day", ["lorenz", "albertz"], "that evening, 4 March 1975")
ev(k, "election", "1975-03-02", "day", ["cdu", "west_berlin"], "The election went ahead on 2 March")
ev(k, "trial", "1978-04", "range", ["meyer", "reinders", "teufel"], "from April 1978 to October 1980", end="1980-10")
ev(k, "viett_escape", "1976", "year", ["viett"], "escaped from custody in 1976")
ev(k, "dissolution", "1980", "year", ["m2j", "raf"], "In 1980 part of the Movement 2 June")
ev(k, "seminar", "2021-03-04", "day", ["dirk_albertz"], "on Thursday 4 March")
cl(k, "m2j", "prisoner of the people")
cl(k, "m2j", "treated correctly as long as the state keeps its word.")
cl(k, "schmidt", "We have to save a man's life")
cl(k, "schmidt", "and we have to live with what it costs.")
cl(k, "albertz", "A day as wonderful as today.")
cl(k, "lorenz", "I was not harmed")
cl(k, "lorenz", "I was treated like a parcel, but I was not harmed.")
cl(k, "schmidt", "blackmailed once, and would not be twice.")
NOISE.append({"source": k, "names": ["Aust", "The Baader-Meinhof Complex", "Varon",
                                     "Landesarchiv Berlin"]})
ACC += ["CASE 7", "THE LORENZ KIDNAPPING", "Module PS-214", "Political Violence and the State", "Teaching Cases",
        "Department of Politics", "Dr. Jana Lorenz", "Dr", "Circulated", "How", "THE SETTING", "BEFORE LORENZ",
        "THE DEMANDS", "AFTERWARDS", "DISCUSSION QUESTIONS", "House of Representatives",
        "West Berlin House of Representatives", "Berlin Senate", "Senate", "Chancellor Helmut Schmidt", "Chancellor",
        "Protestant", "German", "English", "Volkspark Wilmersdorf", "Wilmersdorf", "Berlin-Moabit", "Moabit",
        "Lorenz exchange", "Was", "Why", "What", "The", "It", "Several", "Other", "Figures"]
BP[k] = "Copyright 2021 the author."

# ---------------- a02 Kosovo, the Banjska attack and Milan Radoičić: a foreign ministry readout, one paragraph a line ----------------
k = "a02"
P(k, "rautio", "Kaisa Rautio")
P(k, "kurti", "Albin Kurti", "Albin Kurti", "Kurti")
P(k, "svecla", "Xhelal Sveçla")
P(k, "bunjaku", "Afrim Bunjaku", "Afrim Bunjaku", "Bunjaku")
P(k, "kelani", "Baki Kelani")
P(k, "radoicic", "Milan Radoičić", "Milan Radoičić", "Милан Радоичић", "Radoicic", "Radoičić")
P(k, "dacic", "Ivica Dačić", "Ivica Dačić", "Dačić")
P(k, "petkovic", "Petar Petković")
P(k, "vucic", "Aleksandar Vučić")
P(k, "lajcak", "Miroslav Lajčák")
G(k, "kp", "Kosovo Police", "Kosovo Police", "Policia e Kosovës")
G(k, "srpska", "Srpska Lista", "Srpska Lista", "Serbian List")
G(k, "office_km", "Office for Kosovo and Metohija")
G(k, "eu", "EU")
L(k, "banjska", "Banjska", "Banjska", "Banjskë")
L(k, "kosovo", "Kosovo")
L(k, "serbia", "Serbia")
L(k, "finland", "Finland")
L(k, "pristina", "Pristina", "Pristina", "Prishtina")
L(k, "belgrade", "Belgrade")
L(k, "zvecan", "Zvečan", "Zvečan", "Zveçan")
L(k, "north_mitrovica", "North Mitrovica")
L(k, "united_states", "United States")
L(k, "brussels", "Brussels")
rels(k, [("rautio", "holds_office", "finland"), ("kurti", "holds_office", "kosovo"), ("svecla", "holds_office", "kosovo"),
         ("bunjaku", "member_of", "kp"), ("kelani", "spokesperson_for", "kp"), ("radoicic", "holds_office", "srpska"),
         ("radoicic", "opposed_to", "kp"), ("dacic", "holds_office", "serbia"), ("petkovic", "leads", "office_km"),
         ("vucic", "holds_office", "serbia"), ("lajcak", "holds_office", "eu")])
ev(k, "attack", "2023-09-24", "day", ["kp", "bunjaku", "banjska", "radoicic"], "in the early hours of 24 September")
ev(k, "pristina_meetings", "2023-10-02", "day", ["rautio", "kurti", "svecla", "pristina"], "In Pristina (Prishtina) on Monday")
ev(k, "radoicic_statement", "2023-09-29", "day", ["radoicic", "srpska"], "On 29 September Milan Radoičić")
ev(k, "radoicic_resigns", "2023-09-29", "day", ["radoicic", "srpska"], "resigned from the party the same day")
ev(k, "sanctions", "2021-12", "month", ["radoicic", "united_states"], "since December 2021")
ev(k, "questioned", "2023-10-03", "day", ["radoicic", "belgrade"], "questioned him in Belgrade on Tuesday")
ev(k, "belgrade_meetings", "2023-10-03", "day", ["rautio", "dacic", "petkovic", "belgrade"], "In Belgrade on Tuesday")
ev(k, "brussels_talks", "2023-10", "month", ["lajcak", "brussels"], "to Brussels later this month")
ev(k, "return_visit", "2023-10-17", "day", ["rautio", "bunjaku"], "will return to the region on 17 October")
cl(k, "kurti", "a professional, heavily armed unit")
cl(k, "kurti", "This was not a gang of locals. Someone trained them, paid them and sent them.")
cl(k, "kelani", "enough to equip a battalion.")
cl(k, "radoicic", "I alone made the decisions, and nobody in Belgrade knew of them")
cl(k, "srpska", "had no knowledge of, and no part in")
cl(k, "dacic", "has nothing to hide")
cl(k, "rautio", "that ends where it is convenient")
cl(k, "rautio", "Finland wants to see the people who planned this in a courtroom, wherever they are")
cl(k, "rautio", "A border is not a hiding place.")
NOISE.append({"source": k, "names": ["Unit for Communications", "EULEX", "KFOR"]})
ACC += ["MINISTRY FOR FOREIGN AFFAIRS OF FINLAND", "Ministry for Foreign Affairs of Finland", "READOUT",
        "Special Envoy", "Special Envoy Kaisa Rautio", "Special Envoy for the Western Balkans", "Western Balkans",
        "Helsinki", "Albanian", "Prime Minister Albin Kurti", "Prime Minister Kurti", "Prime Minister",
        "Minister of Internal Affairs", "Sergeant Afrim Bunjaku", "Sergeant Bunjaku", "Sergeant", "Serbian Orthodox",
        "Serb", "Serbs", "Kosovo Serbs", "Serbian", "Minister of Foreign Affairs of Serbia", "Minister Dačić",
        "Minister", "President Aleksandar Vučić", "President", "Director", "EU Special Representative",
        "EU Special Representative for the Belgrade-Pristina Dialogue", "Belgrade-Pristina Dialogue", "Dialogue",
        "EU-facilitated Dialogue", "Monday", "Tuesday", "Kosovo's government", "Three", "Both", "She", "The"]
BP[k] = "Press contact:"

# ---------------- a03 Haiti, FRAPH and Toto Constant: an OCR'd weekly newspaper page with hyphenation ----------------
k = "a03"
P(k, "constant", "Emmanuel Constant", "Emmanuel Constant", "Toto Constant", "Toto", "Constant")
P(k, "aristide", "Jean-Bertrand Aristide", "Jean-Bertrand Aristide", "Aristide")
P(k, "chamblain", "Louis-Jodel Chamblain", "Louis-Jodel Chamblain", "Chamblain")
P(k, "carter", "Jimmy Carter")
P(k, "wallace", "Steven Wallace")
P(k, "gerard", "Gerard Constant")
P(k, "duvalier", "Francois Duvalier")
P(k, "cedras", "Raoul Cedras", "Raoul Cedras", "Cedras")
P(k, "francois", "Michel Francois")
P(k, "izmery", "Antoine Izmery")
P(k, "malary", "Guy Malary")
P(k, "adrien", "Antoine Adrien")
G(k, "fraph", "FRAPH", "FRAPH", "Front for the Advancement and Progress of Haiti",
  "Front pour l'avancement et le progres haitien")
G(k, "mountain", "10th Mountain Division")
G(k, "fadh", "Armed Forces of Haiti", "Armed Forces of Haiti", "FAd'H")
G(k, "cia", "Central Intelligence Agency")
L(k, "haiti", "Haiti")
L(k, "port_au_prince", "Port-au-Prince", "PORT-AU-PRINCE")
L(k, "raboteau", "Raboteau")
L(k, "gonaives", "Gonaives")
L(k, "cite_soleil", "Cite Soleil")
L(k, "washington", "Washington")
rels(k, [("constant", "founded", "fraph"), ("constant", "leads", "fraph"), ("chamblain", "founded", "fraph"),
         ("chamblain", "reports_to", "constant"), ("mountain", "opposed_to", "fraph"), ("wallace", "spokesperson_for", "mountain"),
         ("gerard", "leads", "fadh"), ("cedras", "leads", "fadh"), ("fraph", "allied_with", "fadh"),
         ("aristide", "holds_office", "haiti"), ("adrien", "spokesperson_for", "aristide"), ("malary", "holds_office", "haiti")])
ev(k, "press_conference", "1994-10-04", "day", ["constant", "fraph", "port_au_prince"], "told reporters on Tuesday")
ev(k, "raid", "1994-10-03", "day", ["mountain", "fraph"], "The announcement came the day after American soldiers raided")
ev(k, "landing", "1994-09-19", "day", ["mountain", "haiti", "carter"], "since Sept. 19")
ev(k, "fraph_founded", "1993", "approximate", ["constant", "chamblain", "fraph"], "in the summer of 1993")
ev(k, "izmery_killed", "1993-09-11", "day", ["izmery"], "on Sept. 11, 1993")
ev(k, "harlan_county", "1993-10-11", "day", ["fraph"], "A month later, on Oct. 11, 1993")
ev(k, "malary_killed", "1993-10-14", "day", ["malary"], "Three days later the Justice Minister")
ev(k, "raboteau", "1994-04", "month", ["raboteau", "gonaives"], "In April of this year")
ev(k, "francois_post", "1991", "year", ["francois"], "has held that post since 1991")
ev(k, "cia_no_comment", "1994-10-05", "day", ["cia", "constant"], "neither confirm nor deny the claim on Wednesday")
ev(k, "banner_burned", "1994-10-05", "day", ["cite_soleil", "fraph"], "Cite Soleil on Wednesday")
ev(k, "offices_shut", "1994-10-06", "day", ["fraph"], "remained shut yesterday")
ev(k, "cedras_steps_down", "1994-10-15", "day", ["cedras"], "agreed to step down by Oct. 15")
ev(k, "aristide_return", "1994-10-15", "day", ["aristide", "washington"], "is scheduled to fly home from Washington")
cl(k, "constant", "We are not against democracy. We were against disorder")
cl(k, "constant", "From today FRAPH is a political party, and a political party does not need guns.")
cl(k, "wallace", "a first step, not the last one")
cl(k, "adrien", "govern for everyone, including those who wronged him")
NOISE.append({"source": k, "names": ["Toyota", "Flatbush", "Pierre-Louis", "Nostrand Ave.", "Brooklyn"]})
ACC += ["THE CARIBBEAN TRIBUNE", "Caribbean Tribune", "Tribune", "Tribune Correspondent",
        "PARAMILITARY LEADER SAYS HIS MEN WILL DISARM", "Marie-Claude Dorval", "Digitized", "OCR", "Mr. Constant",
        "Mr", "Mr. Chamblain", "Rev. Jean-Bertrand Aristide", "Rev", "Father Aristide", "Father Antoine Adrien",
        "Father", "President", "former President Jimmy Carter", "General Cedras", "General", "Lt. Gen. Raoul Cedras",
        "Lt. Col. Michel Francois", "Gen. Gerard Constant", "Gen", "Maj. Steven Wallace", "Maj", "Justice Minister",
        "Creole", "Creole-speaking", "French", "American", "Canadian", "U.S.S. Harlan County", "Harlan County",
        "Grand Rue", "Continued on Page 14", "Page 14", "Col", "Aristide's spokesman", "Monitors", "Survivors",
        "Through", "Then", "Not", "The", "Three", "In", "Now"]
BP[k] = "CLASSIFIED ADVERTISEMENTS"

# ---------------- a04 Catalonia, Terra Lliure: a workshop rapporteur's summary under the Chatham House rule ----------------
k = "a04"
P(k, "nuria_colom", "Núria Colom")
P(k, "vilaregut", "Marta Vilaregut", "Marta Vilaregut", "Vilaregut")
P(k, "martinez", "Jaume Martínez Vendrell")
P(k, "goni", "Fèlix Goñi")
P(k, "marco", "Martí Marcó")
P(k, "aldoma", "Emilia Aldomà")
P(k, "angel_colom", "Àngel Colom")
P(k, "bascompte", "Pere Bascompte")
P(k, "feliu", "Jordi Feliu", "Jordi Feliu", "Feliu")
P(k, "garzon", "Baltasar Garzón")
G(k, "tll", "Terra Lliure", "Terra Lliure", "TLl", "Free Land")
G(k, "tll3", "Terra Lliure III Assemblea")
G(k, "epoca", "EPOCA")
G(k, "policia", "Policía Nacional")
G(k, "erc", "Esquerra Republicana de Catalunya", "Esquerra Republicana de Catalunya", "ERC", "Republican Left of Catalonia")
G(k, "interior", "Interior Ministry")
G(k, "guardia", "Guardia Civil", "Guardia Civil", "Civil Guard")
G(k, "audiencia", "Audiencia Nacional")
G(k, "echr", "European Court of Human Rights")
G(k, "eta", "ETA")
G(k, "ira", "IRA")
G(k, "upv", "University of Perpignan")
L(k, "girona", "Girona")
L(k, "catalonia", "Catalonia")
L(k, "barcelona", "Barcelona")
L(k, "les_borges", "Les Borges Blanques")
L(k, "lleida", "Lleida")
L(k, "spain", "Spain")
L(k, "basque_country", "Basque Country")
L(k, "perpignan", "Perpignan")
rels(k, [("martinez", "founded", "tll"), ("martinez", "member_of", "epoca"), ("goni", "member_of", "tll"),
         ("marco", "member_of", "tll"), ("policia", "opposed_to", "marco"), ("tll", "opposed_to", "aldoma"),
         ("angel_colom", "leads", "erc"), ("bascompte", "member_of", "tll"), ("bascompte", "member_of", "erc"),
         ("guardia", "opposed_to", "tll"), ("garzon", "holds_office", "audiencia"), ("vilaregut", "member_of", "upv")])
ev(k, "tll_founded", "1978", "year", ["tll", "martinez"], "was founded in 1978")
ev(k, "tll_public", "1979", "year", ["tll"], "It announced itself publicly in 1979")
ev(k, "goni_killed", "1979", "year", ["goni"], "was killed in 1979")
ev(k, "marco_killed", "1979-01", "month", ["marco", "policia", "barcelona"], "in January 1979 Martí Marcó")
ev(k, "aldoma_killed", "1987", "year", ["aldoma", "les_borges", "lleida", "tll"], "who died in 1987")
ev(k, "armed_struggle_ended", "1991-07", "month", ["tll", "erc"], "in July 1991")
ev(k, "tll3_until", "1995", "approximate", ["tll3"], "carried on until around 1995")
ev(k, "arrests_1992", "1992", "approximate", ["guardia", "tll", "garzon", "audiencia"], "the arrests of the summer of 1992")
ev(k, "echr_ruling", "2004", "year", ["echr", "spain"], "In 2004 the European Court of Human Rights")
ev(k, "next_session", "2022-02-24", "day", ["perpignan"], "in Perpignan on 24 February 2022")
cl(k, "vilaregut", "the organisation never recovered from that death, morally or politically.")
cl(k, "tll", "a new stage in which the national liberation of the Catalan Countries will be fought for with other means.")
cl(k, "feliu", "They were not looking for bombs")
cl(k, "feliu", "They were looking for a photograph before the Olympics.")
NOISE.append({"source": k, "names": ["Institut d'Estudis Catalans", "Fondation Méditerranée"]})
ACC += ["Rapporteur's summary", "Workshop", "Laying down arms in Western Europe", "Western Europe", "Chatham House",
        "Chatham House rule", "Rapporteur", "Dr. Núria Colom", "Dr", "Professor Marta Vilaregut", "Professor",
        "Catalan", "Spanish", "Spanish Interior Ministry", "Catalan Countries", "Basque", "Judge Baltasar Garzón",
        "Judge", "Barcelona Olympic Games", "Olympic Games", "Olympics", "Corsican", "Opening", "Discussion", "Several",
        "Some", "Most", "Its", "The", "There", "A", "Circulated"]
BP[k] = "Workshop organised with the support"

# ---------------- a05 Honduras, the MPL-Cinchoneros siege in San Pedro Sula: a correspondent's dated notebook ----------------
k = "a05"
P(k, "elena", "Elena Ruiz Mejía")
P(k, "tomas", "Tomás Ruiz")
P(k, "romero", "Serapio Romero", "Serapio Romero", "Cinchonero")
P(k, "ramon", "Ramón")
P(k, "montenegro", "Alejandro Montenegro")
P(k, "suazo", "Roberto Suazo Córdova")
P(k, "alvarez", "Gustavo Álvarez Martínez", "Gustavo Álvarez Martínez", "Álvarez")
P(k, "santos", "Héctor Enrique Santos", "Héctor Enrique Santos", "Santos")
G(k, "cinch", "MPL-Cinchoneros", "MPL-Cinchoneros", "Cinchoneros", "Movimiento Popular de Liberación")
G(k, "ccic", "Chamber of Commerce and Industry of Cortés")
G(k, "ffaa", "Armed Forces of Honduras")
G(k, "b316", "Battalion 3-16")
G(k, "unah", "National Autonomous University of Honduras")
L(k, "sps", "San Pedro Sula")
L(k, "honduras", "Honduras")
L(k, "tegucigalpa", "Tegucigalpa")
L(k, "nicaragua", "Nicaragua")
L(k, "la_lima", "La Lima")
L(k, "panama", "Panama")
L(k, "cuba", "Cuba")
L(k, "washington", "Washington")
rels(k, [("alvarez", "leads", "ffaa"), ("b316", "part_of", "ffaa"), ("b316", "reports_to", "alvarez"),
         ("suazo", "holds_office", "honduras"), ("santos", "holds_office", "tegucigalpa"), ("ramon", "leads", "cinch")])
ev(k, "commemoration", "2022-09-17", "day", ["ccic", "sps"], "Last Saturday, forty years to the day")
ev(k, "siege_begins", "1982-09-17", "day", ["cinch", "ccic", "sps", "ramon"], "Friday, 17 September 1982")
ev(k, "montenegro_captured", "1982-08", "month", ["montenegro", "honduras"], "captured in Honduras last month")
ev(k, "demands", "1982-09-18", "day", ["cinch"], "Saturday, 18 September")
ev(k, "suazo_radio", "1982-09-19", "day", ["suazo"], "said on the radio this morning")
ev(k, "santos_remarks", "1982-09-23", "day", ["santos"], "he told us on Thursday")
ev(k, "departure", "1982-09-25", "day", ["cinch", "la_lima", "panama", "ramon"], "Saturday, 25 September")
ev(k, "to_cuba", "1982-09-26", "day", ["cinch", "cuba"], "went on to Cuba the next day")
ev(k, "alvarez_removed", "1984-03", "month", ["alvarez"], "in March 1984")
ev(k, "alvarez_killed", "1989", "year", ["alvarez", "tegucigalpa"], "killed in Tegucigalpa in 1989")
ev(k, "forum", "2022-09-24", "day", ["unah", "sps"], "next Saturday")
cl(k, "cinch", "a puppet that dances to Washington's tune.")
cl(k, "suazo", "will not negotiate with terrorists, but it will talk.")
cl(k, "santos", "There is goodwill on both sides")
cl(k, "santos", "but goodwill is not yet an agreement.")
NOISE.append({"source": k, "names": ["Central America", "Managua", "San Salvador", "Guatemala City", "Puente Media"]})
ACC += ["FROM THE NOTEBOOK", "Notebook", "Notebooks", "Eight days inside the cordon", "Chamber", "Chamber of Commerce",
        "Comandante Ramón", "Comandante", "President Roberto Suazo Córdova", "President",
        "General Gustavo Álvarez Martínez", "General Álvarez", "General", "Archbishop of Tegucigalpa",
        "Archbishop Santos", "Archbishop", "Red Cross", "Central Bank", "Sandinista", "Sandinista government",
        "Salvadoran", "American", "Israeli", "Americans", "Postscript", "Published", "Friday", "Saturday", "Sunday",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Photographer", "Eleven", "Slow", "Talk", "Two", "The", "They",
        "Their", "These", "Nobody", "Nothing", "One", "More", "Early", "Last", "About", "I"]
BP[k] = "Elena Ruiz Mejía was a correspondent"

# ---------------- a06 Iran, Komala and the KDPI: a Markdown newsroom style-guide entry ----------------
k = "a06"
P(k, "mohtadi", "Abdullah Mohtadi", "Abdullah Mohtadi", "Mohtadi")
P(k, "ilkhanizadeh", "Omar Ilkhanizadeh")
P(k, "alizadeh", "Ibrahim Alizadeh")
P(k, "hijri", "Mustafa Hijri")
P(k, "ghassemlou", "Abdul Rahman Ghassemlou")
P(k, "sharafkandi", "Sadegh Sharafkandi")
P(k, "amini", "Mahsa Amini", "Mahsa Amini", "Jina", "Zhina")
P(k, "adil", "Jotiar Adil")
G(k, "komala", "Komala", "Komala", "Komalah", "Komeleh", "Komele", "Komełe", "کومله")
G(k, "kpik", "Komala Party of Iranian Kurdistan", "Komala Party of Iranian Kurdistan", "KPIK")
G(k, "toilers", "Komala of the Toilers of Kurdistan")
G(k, "komala_cpi", "Kurdistan Organization of the Communist Party of Iran")
G(k, "cpi", "Communist Party of Iran")
G(k, "kdpi", "Democratic Party of Iranian Kurdistan", "Democratic Party of Iranian Kurdistan", "KDPI", "PDKI")
G(k, "irgc", "Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps", "IRGC")
G(k, "guidance", "Guidance Patrol")
G(k, "krg", "Kurdistan Regional Government")
L(k, "tehran", "Tehran")
L(k, "iranian_kurdistan", "Iranian Kurdistan")
L(k, "iran", "Iran")
L(k, "vienna", "Vienna")
L(k, "berlin", "Berlin")
L(k, "saqqez", "Saqqez")
L(k, "kri", "Kurdistan Region of Iraq")
L(k, "koya", "Koya", "Koya", "Koye", "Koysinjaq")
L(k, "zrgwez", "Zrgwez")
L(k, "sulaymaniyah", "Sulaymaniyah", "Sulaymaniyah", "Sulaimani")
L(k, "iraq", "Iraq")
L(k, "israel", "Israel")
L(k, "united_states", "United States")
rels(k, [("mohtadi", "founded", "komala"), ("mohtadi", "leads", "kpik"), ("ilkhanizadeh", "leads", "toilers"),
         ("komala_cpi", "part_of", "cpi"), ("alizadeh", "member_of", "komala_cpi"), ("hijri", "leads", "kdpi"),
         ("ghassemlou", "leads", "kdpi"), ("sharafkandi", "leads", "kdpi"), ("guidance", "opposed_to", "amini"),
         ("irgc", "opposed_to", "kdpi"), ("irgc", "opposed_to", "kpik"), ("krg", "controls", "koya"),
         ("krg", "controls", "sulaymaniyah"), ("adil", "spokesperson_for", "krg")])
ev(k, "komala_founded", "1969", "year", ["komala", "tehran", "mohtadi"], "in Tehran in 1969")
ev(k, "komala_public", "1979", "year", ["komala"], "came into the open in 1979")
ev(k, "komala_war", "1980", "approximate", ["komala", "iranian_kurdistan"], "in the early 1980s")
ev(k, "cpi_founded", "1983", "year", ["komala", "cpi"], "in 1983 helped found the Communist Party of Iran")
ev(k, "kpik_split", "2000", "year", ["kpik", "mohtadi"], "It split from the communists in 2000")
ev(k, "toilers_split", "2007", "year", ["toilers", "ilkhanizadeh", "kpik"], "broke away from Mohtadi's party in 2007")
ev(k, "ghassemlou_killed", "1989-07-13", "day", ["ghassemlou", "vienna", "kdpi"], "in Vienna on 13 July 1989")
ev(k, "sharafkandi_killed", "1992-09-17", "day", ["sharafkandi", "berlin", "kdpi"], "in Berlin on 17 September 1992")
ev(k, "mykonos_verdict", "1997-04", "month", ["sharafkandi", "berlin", "tehran"], "in April 1997")
ev(k, "amini_died", "2022-09-16", "day", ["amini"], "died in custody on 16 September")
ev(k, "amini_arrested", "2022-09-13", "day", ["amini", "guidance", "tehran"], "arrested in Tehran three days earlier")
ev(k, "strikes", "2022-09-28", "day", ["irgc", "kdpi", "kpik", "koya", "zrgwez", "kri"],
   "On Wednesday the Islamic Revolutionary Guard Corps")
ev(k, "shelling", "2022-09-24", "day", ["irgc"], "had shelled the border area since Saturday")
cl(k, "irgc", "the headquarters of anti-Iranian terrorist groups")
cl(k, "kpik", "will not be dragged into a war of the regime's choosing.")
cl(k, "mohtadi", "They are bombing refugees in Iraq because they cannot stop schoolgirls in Saqqez.")
cl(k, "adil", "a violation that cannot be accepted.")
NOISE.append({"source": k, "names": ["PJAK", "Meridian News Group", "Names: Persian transliteration"]})
ACC += ["Iranian Kurdish parties", "Newsroom style guide", "Spelling", "Which Komala?", "Do not confuse with the KDPI",
        "Background for copy", "Review", "Kurdish", "Persian", "Iranian", "Iranian Kurdish", "Iraqi Kurdish",
        "Iraqi Kurdish officials", "German", "Austrian", "Islamic Republic", "Mykonos", "Mykonos restaurant",
        "Kurdistan Region", "Entry", "Write", "Always", "Today", "Its", "Keep", "Send", "Report", "Do", "Her",
        "She", "The", "Two", "For", "On", "It", "They"]
BP[k] = "### Related entries"

W.write()
