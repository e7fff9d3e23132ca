"""Builds gold.json for the nineteenth held-out set (heldout19) from the annotations below (run:
python3 eval/heldout19/build_gold.py). Edit here, rebuild, then run check_gold.py.

One of the texts (c05) is hard-wrapped at 70 columns, so a quote or an event cue can run over a line break. Quotes and
cues below are written with single spaces; `exact` looks each one up in its source with any run of whitespace allowed
between words and writes the text's own characters (line breaks included) into the gold, so check_gold.py's verbatim
test holds. Entity surfaces are never split across lines.

Two entities occur in more than one source and are one gold entity listing all their sources, so cross-article
merging is tested a little: France (c06, c08) and Libya (c05, c08)."""
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


# ---------------- c01 Netherlands, the De Punt train hijacking of 1977: a broadcast ombudsman's ruling ----------------
k = "c01"
P(k, "sahetapy", "Elisabeth Sahetapy", "Elisabeth Sahetapy", "E. Sahetapy")
P(k, "hovinga", "Marieke Hovinga", "Marieke Hovinga", "Hovinga")
P(k, "manusama", "Johan Manusama")
P(k, "van_agt", "Dries van Agt")
P(k, "den_uyl", "Joop den Uyl")
P(k, "josina", "Josina Soumokil")
P(k, "chris_soumokil", "Chris Soumokil")
P(k, "tan", "Hassan Tan")
P(k, "papilaja", "Max Papilaja", "Max Papilaja", "Papilaya", "Papilaja")
P(k, "uktolseja", "Hansina Uktolseja", "Hansina Uktolseja", "Oektolseja", "Uktolseja")
P(k, "hulshof", "Gerrit-Jan Hulshof", "Gerrit-Jan Hulshof", "Hulshof")
P(k, "vos_brugman", "Anneke Vos-Brugman")
G(k, "rms", "Republic of the South Moluccas", "Republic of the South Moluccas", "Republik Maluku Selatan", "RMS")
G(k, "rnlaf", "Royal Netherlands Air Force")
G(k, "bbe", "Bijzondere Bijstandseenheid", "Bijzondere Bijstandseenheid", "BBE")
G(k, "mariniers", "Korps Mariniers")
G(k, "omroep", "Omroep Hunzedal")
L(k, "drenthe", "Drenthe")
L(k, "groningen", "Groningen")
L(k, "assen", "Assen")
L(k, "de_punt", "De Punt")
L(k, "bovensmilde", "Bovensmilde")
L(k, "netherlands", "Netherlands")
L(k, "indonesia", "Indonesia")
L(k, "wijster", "Wijster")
L(k, "the_hague", "The Hague", "The Hague", "Den Haag")
rels(k, [("manusama", "leads", "rms"), ("chris_soumokil", "leads", "rms"), ("van_agt", "holds_office", "netherlands"),
         ("den_uyl", "holds_office", "netherlands"), ("bbe", "part_of", "mariniers"), ("bbe", "opposed_to", "papilaja"),
         ("bbe", "opposed_to", "uktolseja"), ("hulshof", "leads", "omroep")])
ev(k, "uncle_questioned", "1977", "year", ["bovensmilde"], "questioned by the police in 1977")
ev(k, "complaint", "2022-06-20", "day", ["sahetapy", "omroep"], "complained on 20 June 2022")
ev(k, "crisis", "1977-05-23", "range", ["de_punt", "papilaja"], "the events of 23 May to 11 June 1977", end="1977-06-11")
ev(k, "hijacking", "1977-05-23", "day", ["de_punt", "assen", "groningen", "bovensmilde"], "On the morning of 23 May")
ev(k, "children_freed", "1977-05-27", "day", ["bovensmilde"], "The children were let go on 27 May")
ev(k, "arrival", "1951", "year", ["netherlands"], "shipped to the Netherlands in 1951")
ev(k, "rms_proclaimed", "1950-04-25", "day", ["rms", "indonesia"], "proclaimed on 25 April 1950")
ev(k, "wijster", "1975-12", "month", ["wijster"], "at Wijster in December 1975")
ev(k, "manusama_disowned", "1977-05-24", "day", ["manusama", "rms"], "disowned the action within a day")
ev(k, "soumokil_executed", "1966", "year", ["chris_soumokil", "indonesia"], "whom Indonesia executed in 1966")
ev(k, "mediation", "1977-06-09", "day", ["josina"], "returning from the train on 9 June")
ev(k, "assault", "1977-06-11", "day", ["bbe", "rnlaf", "papilaja", "uktolseja", "de_punt"],
   "Shortly before five in the morning on 11 June 1977")
ev(k, "court_order", "2017", "year", ["the_hague", "papilaja", "uktolseja"], "In 2017 the district court in The Hague")
ev(k, "claim_dismissed", "2018", "year", ["the_hague", "papilaja", "uktolseja"], "in 2018 it dismissed the claim")
ev(k, "caption_corrected", "2022-09-09", "day", ["omroep", "hulshof"], "corrected last Friday")
ev(k, "hearing", "2022-08-30", "day", ["sahetapy", "hovinga", "assen"], "in Assen on 30 August 2022")
cl(k, "sahetapy", "the question of what happened in the first carriage has never been answered, not by the state and not by the court.")
cl(k, "sahetapy", "My family does not ask anyone to admire what those young people did,")
cl(k, "sahetapy", "We ask that their deaths be told with the same care as the deaths of the passengers.")
cl(k, "manusama", "a wound we have inflicted on our own cause.")
cl(k, "josina", "They are tired,")
cl(k, "josina", "but they are not ready to come out.")
cl(k, "hulshof", "uses the word that the state, the courts and nearly every newspaper used in 1977")
cl(k, "hulshof", "gives the hijackers' demands in their own words.")
cl(k, "hulshof", "It was an error in the edit and it should never have gone out,")
cl(k, "omroep", "one voice among eight")
cl(k, "hovinga", "no wish to retry the case in a documentary.")
NOISE.append({"source": k, "names": ["Delfzijl", "Emmen"]})
ACC += ["OMBUDSMAN OF OMROEP HUNZEDAL", "Ombudsman", "Ombudsman of Omroep Hunzedal", "RULING", "Ruling 2022/031",
        "Complainant", "Programme", "Broadcast", "Subject", "Outcome", "Ruling date", "Twenty Days at De Punt",
        "Hunzedal TV", "Ms E. Sahetapy", "Ms Elisabeth Sahetapy", "Ms Hovinga", "Mrs Soumokil", "Soumokil",
        "Moluccan", "Moluccans", "South Moluccans", "Zuid-Molukkers", "Dutch", "Dutch government", "Ministry of Justice",
        "Starfighters", "district court", "THE COMPLAINT", "THE PROGRAMME", "THE BROADCASTER'S RESPONSE", "ASSESSMENT",
        "DECISION", "Regional", "Point", "Point one", "Point two", "Point three", "Over", "Two", "Archive", "Shortly",
        "First", "Second", "Third", "My", "We", "They", "It", "He", "She", "The", "On", "In", "At", "Saturday",
        "Friday", "May", "June", "April", "August", "September", "December"]
BP[k] = "ABOUT THE OMBUDSMAN"

# ---------------- c02 Ecuador, Alfaro Vive Carajo and Arturo Jarrín: a truth commission case digest ----------------
k = "c02"
P(k, "jarrin", "Arturo Jarrín", "Arturo Jarrín", "Ricardo Arturo Jarrín Jarrín", "Ricardo", "Jarrín")
P(k, "eloy_alfaro", "Eloy Alfaro", "Eloy Alfaro", "Alfaro")
P(k, "febres_cordero", "León Febres Cordero", "León Febres Cordero", "Febres Cordero")
P(k, "isaias", "Nahím Isaías Barquet", "Nahím Isaías Barquet", "Isaías")
P(k, "cuvi", "Juan Cuvi", "Juan Cuvi", "Cuvi")
P(k, "vasconez", "Hamet Vásconez")
P(k, "basantes", "Fausto Basantes")
P(k, "noriega", "Manuel Antonio Noriega")
P(k, "cevallos", "Patricio Cevallos Mora")
P(k, "borja", "Rodrigo Borja")
P(k, "cardenas", "Rosa Mireya Cárdenas")
P(k, "chiriboga", "Galo Chiriboga")
G(k, "avc", "Alfaro Vive, ¡Carajo!", "Alfaro Vive, ¡Carajo!", "AVC", "Alfaro Vive Carajo", "Alfaro Vive")
G(k, "truth_commission", "Truth Commission of Ecuador", "Truth Commission of Ecuador", "Comisión de la Verdad")
G(k, "policia", "Policía Nacional del Ecuador", "Policía Nacional del Ecuador", "Policía Nacional")
G(k, "sic", "Servicio de Investigación Criminal", "Servicio de Investigación Criminal", "SIC")
G(k, "pdf", "Panama Defense Forces")
G(k, "m19", "M-19")
G(k, "batallon", "Batallón América")
G(k, "mrta", "Movimiento Revolucionario Túpac Amaru", "Movimiento Revolucionario Túpac Amaru", "MRTA")
L(k, "panama_city", "Panama City")
L(k, "panama", "Panama")
L(k, "quito", "Quito")
L(k, "pichincha", "Pichincha")
L(k, "ecuador", "Ecuador")
L(k, "esmeraldas", "Esmeraldas")
L(k, "guayaquil", "Guayaquil")
L(k, "colombia", "Colombia")
L(k, "peru", "Peru")
rels(k, [("jarrin", "founded", "avc"), ("jarrin", "leads", "avc"), ("febres_cordero", "holds_office", "ecuador"),
         ("avc", "allied_with", "m19"), ("avc", "opposed_to", "isaias"), ("cuvi", "leads", "avc"),
         ("cuvi", "member_of", "avc"), ("m19", "leads", "batallon"), ("mrta", "part_of", "batallon"),
         ("avc", "part_of", "batallon"), ("vasconez", "member_of", "avc"), ("basantes", "member_of", "avc"),
         ("noriega", "leads", "pdf"), ("pdf", "opposed_to", "jarrin"), ("sic", "opposed_to", "jarrin"),
         ("sic", "part_of", "policia"), ("febres_cordero", "opposed_to", "avc"), ("borja", "holds_office", "ecuador"), ("cardenas", "leads", "avc"),
         ("chiriboga", "holds_office", "ecuador")])
ev(k, "avc_formed", "1983", "year", ["avc", "esmeraldas"], "held in secret in Esmeraldas province in 1983")
ev(k, "alfaro_killed", "1912", "year", ["eloy_alfaro"], "killed by a mob in 1912")
ev(k, "swords", "1983-08-11", "day", ["avc", "eloy_alfaro", "guayaquil"], "on 11 August 1983")
ev(k, "febres_term", "1984-08-10", "range", ["febres_cordero"], "10 August 1984 - 10 August 1988", end="1988-08-10")
ev(k, "kidnapping", "1985-08-07", "day", ["avc", "m19", "isaias", "guayaquil"], "On 7 August 1985")
ev(k, "cuvi_arrested", "1985-08", "month", ["cuvi"], "was arrested within days")
ev(k, "isaias_died", "1985-09-02", "day", ["isaias", "febres_cordero"], "in the early hours of 2 September 1985")
ev(k, "batallon", "1986", "year", ["avc", "batallon", "m19", "mrta"], "In 1986 AVC sent fighters")
ev(k, "detention", "1986-10-20", "approximate", ["jarrin", "pdf", "panama_city"], "On or about 20 October 1986")
ev(k, "cevallos_saw", "1986-10-24", "day", ["cevallos", "jarrin"], "saw Jarrín there on 24 October")
ev(k, "jarrin_died", "1986-10-26", "day", ["jarrin", "policia", "quito"], "On 26 October 1986")
ev(k, "police_statement", "1986-10-26", "day", ["policia"], "The police statement issued that evening")
ev(k, "president_remark", "1986-10-27", "day", ["febres_cordero"], "Speaking to reporters the next day")
ev(k, "borja_agreement", "1989", "year", ["avc", "borja"], "the government of Rodrigo Borja in 1989")
ev(k, "weapons_handed", "1991", "year", ["avc"], "handed over its weapons in 1991")
ev(k, "cardenas_testified", "2008", "year", ["cardenas", "truth_commission"], "testified before the Commission in 2008")
ev(k, "charges", "2016-04-28", "day", ["chiriboga"], "Last Thursday the Prosecutor General")
cl(k, "cevallos", "His face was swollen shut. He asked me what day it was, and when I told him, he said, 'Then they have had me for four days.'")
cl(k, "policia", "a vehicle occupied by the subversive leader Arturo Jarrín")
cl(k, "policia", "repelled the aggression")
cl(k, "febres_cordero", "a victory of the Ecuadorian people over terror.")
cl(k, "truth_commission", "incompatible with a death in combat")
cl(k, "truth_commission", "sufficient indications")
cl(k, "cardenas", "We were not innocents and we have never said we were,")
cl(k, "cardenas", "But a man in handcuffs is not a combatant.")
NOISE.append({"source": k, "names": ["Cuenca", "Sin verdad no hay justicia"]})
ACC += ["MEMORIA ABIERTA ECUADOR", "Memoria Abierta Ecuador", "CASE DATABASE", "ENGLISH DIGESTS", "CASE NO",
        "CASE NAME", "VICTIM", "DATE OF EVENTS", "PLACE OF EVENTS", "ALLEGED RESPONSIBLE", "VIOLATIONS FOUND",
        "STATUS", "DIGEST UPDATED", "CV-0227", "Commission", "Comisión de la Verdad, 2007-2010", "Truth Commission",
        "CONTEXT", "FACTS ESTABLISHED", "THE OFFICIAL VERSION", "FORENSIC AND DOCUMENTARY EVIDENCE", "FINDINGS",
        "SUBSEQUENT PROCEEDINGS", "Detention and death of Arturo Jarrín", "alfaristas", "Ecuadorian",
        "Esmeraldas province", "General Manuel Antonio Noriega", "Prosecutor General", "National Court of Justice",
        "Carajo", "Speaking", "Statement", "A", "An", "According", "Its", "His", "He", "The", "On", "In", "By",
        "No", "Last", "Thursday", "August", "September", "October"]
BP[k] = "SOURCES\n"

# ---------------- c03 Sudan, the Anya-Nya and the Addis Ababa Agreement: a school textbook lesson (Markdown) ----------------
k = "c03"
P(k, "abboud", "Ibrahim Abboud")
P(k, "oduho", "Joseph Oduho")
P(k, "lohure", "Saturnino Lohure")
P(k, "lagu", "Joseph Lagu", "Joseph Lagu", "Lagu")
P(k, "nimeiry", "Jaafar Nimeiry", "Jaafar Nimeiry", "Gaafar Nimeiri", "Nimeiry")
P(k, "haile_selassie", "Haile Selassie")
P(k, "alier", "Abel Alier")
P(k, "mondiri", "Ezboni Mondiri")
P(k, "garang", "John Garang")
G(k, "equatoria_corps", "Equatoria Corps")
G(k, "sanu", "Sudan African National Union", "Sudan African National Union", "SANU")
G(k, "anya_nya", "Anya-Nya", "Anya-Nya", "Anyanya", "Anya Nya")
G(k, "sudanese_army", "Sudanese army")
G(k, "sslm", "Southern Sudan Liberation Movement", "Southern Sudan Liberation Movement", "SSLM")
G(k, "wcc", "World Council of Churches")
G(k, "aacc", "All Africa Conference of Churches")
G(k, "hec", "High Executive Council")
G(k, "anya_nya_2", "Anya-Nya II")
G(k, "spla", "Sudan People's Liberation Army", "Sudan People's Liberation Army", "SPLA")
L(k, "torit", "Torit")
L(k, "sudan", "Sudan")
L(k, "khartoum", "Khartoum")
L(k, "equatoria", "Equatoria")
L(k, "uganda", "Uganda")
L(k, "congo", "Congo")
L(k, "ethiopia", "Ethiopia")
L(k, "israel", "Israel")
L(k, "addis_ababa", "Addis Ababa")
L(k, "juba", "Juba")
L(k, "bor", "Bor")
rels(k, [("abboud", "holds_office", "sudan"), ("oduho", "leads", "sanu"), ("lohure", "leads", "sanu"),
         ("sudanese_army", "opposed_to", "anya_nya"), ("lagu", "member_of", "sudanese_army"), ("lagu", "leads", "anya_nya"),
         ("anya_nya", "backed_by", "israel"), ("lagu", "founded", "sslm"), ("lagu", "leads", "sslm"),
         ("anya_nya", "part_of", "sslm"), ("nimeiry", "holds_office", "sudan"), ("haile_selassie", "holds_office", "ethiopia"),
         ("alier", "holds_office", "sudan"), ("mondiri", "member_of", "sslm"), ("alier", "leads", "hec"),
         ("garang", "member_of", "anya_nya"), ("garang", "founded", "spla")])
ev(k, "torit_mutiny", "1955-08-18", "day", ["equatoria_corps", "torit"], "On 18 August 1955")
ev(k, "independence", "1956-01-01", "day", ["sudan", "khartoum"], "on 1 January 1956")
ev(k, "abboud_coup", "1958-11", "month", ["abboud"], "seized power in November 1958")
ev(k, "missionaries_expelled", "1964", "year", ["abboud"], "in 1964 it expelled the foreign missionaries")
ev(k, "sanu_founded", "1962", "year", ["sanu", "oduho", "lohure"], "Sudan African National Union (SANU) in 1962")
ev(k, "first_attacks", "1963-09", "month", ["anya_nya", "equatoria"], "In September 1963")
ev(k, "lagu_deserted", "1963", "year", ["lagu", "sudanese_army", "equatoria"], "deserted in 1963")
ev(k, "israeli_arms", "1969", "year", ["israel", "anya_nya", "uganda", "lagu"], "From 1969 Israel sent weapons")
ev(k, "sslm_founded", "1971", "year", ["lagu", "sslm", "anya_nya"], "In 1971 Lagu founded")
ev(k, "nimeiry_coup", "1969-05-25", "day", ["nimeiry", "khartoum"], "took power on 25 May 1969")
ev(k, "talks", "1972-02", "month", ["addis_ababa", "haile_selassie", "wcc", "aacc", "alier", "mondiri"],
   "Talks opened in Addis Ababa in February 1972")
ev(k, "agreement", "1972-02-27", "day", ["addis_ababa", "sslm", "anya_nya"], "was signed on 27 February 1972")
ev(k, "broadcast", "1972-03-03", "day", ["nimeiry"], "In a radio broadcast on 3 March 1972")
ev(k, "anya_nya_2", "1975", "year", ["anya_nya_2"], "known as Anya-Nya II, from 1975")
ev(k, "south_divided", "1983-06", "month", ["nimeiry"], "In June 1983 Nimeiry divided the South")
ev(k, "sharia", "1983-09", "month", ["nimeiry"], "in September he imposed Sharia law")
ev(k, "bor_mutiny", "1983-05", "month", ["bor"], "mutinied at Bor in May 1983")
cl(k, "lagu", "We did not take up arms because we hated the North. We took them up because nobody in Khartoum would listen to us without them.")
cl(k, "nimeiry", "Today we do not count winners and losers. We count the years of peace that lie ahead of us.")
cl(k, "lagu", "It was the first night in nine years that I slept without a gun beside me.")
NOISE.append({"source": k, "names": ["Kampala", "Nile Bend Studio"]})
ACC += ["SENIOR 3 HISTORY", "UNIT 5", "THE ROAD TO SELF-RULE", "Lesson 5.3", "The First Civil War", "First Civil War",
        "Addis Ababa Agreement", "LEARNING OUTCOMES", "KEY WORDS", "THE TORIT MUTINY", "Torit mutiny",
        "FROM EXILE TO ARMED STRUGGLE", "JOSEPH LAGU UNITES THE MOVEMENT", "SOURCE 5.3A", "Source 5.3A",
        "SOURCE 5.3B", "Source 5.3B", "PEACE IN ADDIS ABABA", "WHY DID THE PEACE NOT LAST?", "DID YOU KNOW?",
        "ACTIVITY 5.3", "SUMMARY", "TEACHER'S NOTE", "General Ibrahim Abboud", "Father Saturnino Lohure",
        "Colonel Jaafar Nimeiry", "Emperor Haile Selassie", "Madi", "Arabic", "Islam", "Sharia", "Unity Day",
        "North", "South", "Southern", "Discussion", "Read", "Make", "Every", "Not", "For", "From", "By", "After",
        "Less", "Talks", "Its", "His", "They", "You", "We", "It", "I", "The", "In", "On", "A",
        "January", "February", "March", "May", "June", "August", "September", "November"]
BP[k] = "### ACKNOWLEDGEMENTS"

# ---------------- c04 Wales, Mudiad Amddiffyn Cymru and the investiture: a streaming docuseries episode guide ----------------
k = "c04"
P(k, "owain_williams", "Owain Williams")
P(k, "emyr", "Emyr Llywelyn Jones", "Emyr Llywelyn Jones", "Emyr Llewelyn")
P(k, "john_albert", "John Albert Jones")
P(k, "jenkins", "John Barnard Jenkins", "John Barnard Jenkins", "Jenkins")
P(k, "gwynfor", "Gwynfor Evans")
P(k, "charles", "Charles")
P(k, "cayo", "Julian Cayo Evans")
P(k, "morgan_pryce", "Elen Morgan-Pryce")
P(k, "alwyn", "Alwyn Jones")
P(k, "taylor", "George Taylor", "George Taylor", "Taylor")
P(k, "wilson", "Jock Wilson")
P(k, "alders", "Frederick Alders", "Frederick Alders", "Alders")
P(k, "bowen", "Glyn Bowen")
P(k, "pugh", "Catrin Pugh")
P(k, "brangwyn", "Iolo Brangwyn")
G(k, "mac", "Mudiad Amddiffyn Cymru", "Mudiad Amddiffyn Cymru", "Movement for the Defence of Wales", "MAC")
G(k, "liverpool_corp", "Liverpool Corporation")
G(k, "radc", "Royal Army Dental Corps")
G(k, "plaid", "Plaid Cymru")
G(k, "fwa", "Free Wales Army", "Free Wales Army", "Byddin Rhyddid Cymru")
G(k, "shrewsbury_unit", "Shrewsbury Unit")
L(k, "wales", "Wales")
L(k, "tryweryn", "Tryweryn")
L(k, "bala", "Bala")
L(k, "capel_celyn", "Capel Celyn")
L(k, "pwllheli", "Pwllheli")
L(k, "vyrnwy", "Lake Vyrnwy")
L(k, "liverpool", "Liverpool")
L(k, "cardiff", "Cardiff", "Cardiff", "Caerdydd")
L(k, "caernarfon", "Caernarfon", "Caernarfon", "Caernarvon")
L(k, "abergele", "Abergele")
L(k, "shrewsbury", "Shrewsbury")
L(k, "mold", "Mold", "Mold", "Yr Wyddgrug")
L(k, "wrexham", "Wrexham")
rels(k, [("owain_williams", "founded", "mac"), ("emyr", "founded", "mac"), ("john_albert", "founded", "mac"),
         ("jenkins", "member_of", "radc"), ("jenkins", "member_of", "mac"), ("jenkins", "leads", "mac"),
         ("jenkins", "member_of", "plaid"), ("gwynfor", "leads", "plaid"), ("cayo", "leads", "fwa"),
         ("alwyn", "member_of", "mac"), ("taylor", "member_of", "mac"), ("wilson", "leads", "shrewsbury_unit"),
         ("shrewsbury_unit", "opposed_to", "jenkins"), ("shrewsbury_unit", "opposed_to", "alders"),
         ("bowen", "member_of", "shrewsbury_unit")])
ev(k, "episode3", "2024-07-01", "day", ["abergele"], "Episode 3, on Abergele, premieres next Monday, 1 July")
ev(k, "investiture", "1969-07-01", "day", ["charles", "caernarfon"], "fifty-five years to the day after the investiture")
ev(k, "campaign", "1963", "range", ["mac", "wales"], "Between 1963 and 1969", end="1969")
ev(k, "tryweryn_bill", "1957", "year", ["liverpool_corp", "tryweryn", "capel_celyn"], "In 1957 Parliament approved")
ev(k, "transformer", "1963-02-10", "day", ["owain_williams", "emyr", "john_albert", "mac"], "On 10 February 1963")
ev(k, "williams_interview", "1993", "year", ["owain_williams"], "in a 1993 interview")
ev(k, "jenkins_joined", "1964", "year", ["jenkins", "mac"], "joined the MAC in 1964")
ev(k, "carmarthen", "1966-07", "month", ["gwynfor", "plaid"], "in July 1966")
ev(k, "pipeline", "1967", "year", ["mac", "vyrnwy", "liverpool", "jenkins"], "to Liverpool in 1967")
ev(k, "temple_of_peace", "1967-11", "month", ["mac", "cardiff", "charles"], "in November of that year")
ev(k, "abergele_deaths", "1969-06-30", "day", ["alwyn", "taylor", "abergele", "mac"], "On the night of 30 June 1969")
ev(k, "arrest", "1969-11", "month", ["shrewsbury_unit", "jenkins", "alders"], "in November 1969")
ev(k, "sentence", "1970-04", "month", ["jenkins", "alders", "mold"], "in April 1970")
ev(k, "jenkins_recorded", "2013", "year", ["jenkins"], "recorded in 2013")
ev(k, "jenkins_died", "2020", "year", ["jenkins", "wrexham"], "seven years before his death in Wrexham")
cl(k, "owain_williams", "We were not soldiers,")
cl(k, "owain_williams", "We were farmers' sons who had run out of patience.")
cl(k, "morgan_pryce", "They wanted the headlines and we wanted the silence,")
cl(k, "morgan_pryce", "For a while each was useful to the other.")
cl(k, "bowen", "He made us tea. He said he had been expecting us since July.")
cl(k, "jenkins", "I have no regrets about the targets. I have regrets about Abergele every day.")
cl(k, "pugh", "We set out to make a series about a bombing campaign in which nobody was supposed to die, and in which three people's lives were ended or wrecked all the same,")
cl(k, "pugh", "We wanted the families to recognise the people we describe.")
NOISE.append({"source": k, "names": ["Llyn Peninsula", "Sianel Stori Cyf", "The Miners' Strike in the Valleys"]})
ACC += ["SIANEL STORI", "Sianel Stori", "Documentaries", "History", "Y BOMIAU TAWEL", "THE QUIET BOMBS",
        "Documentary series", "Welsh", "English", "English-language", "Series producer", "Tonnau Films",
        "A Tonnau Films production", "ABOUT THE SERIES", "EPISODE 1", "EPISODE 2", "EPISODE 3", "EPISODE 4", "Episode 1",
        "Episode 3", "Episode 4", "Episodes", "THE SERGEANT", "CONTRIBUTORS", "A NOTE FROM THE PRODUCER", "Parliament", "Welsh MP", "Westminster", "Prince Charles",
        "Caernarfon Castle", "Temple of Peace", "Tryweryn valley", "English border country", "Detective Chief Superintendent",
        "Detective Chief Superintendent Jock Wilson", "Dr Elen Morgan-Pryce", "Archive", "Narrated", "Under", "Within",
        "After", "Between", "Every", "Its", "His", "He", "My", "We", "They", "I", "The", "On", "In", "At", "A",
        "Monday", "February", "April", "June", "July", "November"]
BP[k] = "MORE LIKE THIS"

# ---------------- c05 Niger, the MNJ's Tuareg rebellion: a wire factbox, hard-wrapped ----------------
k = "c05"
P(k, "alambo", "Aghaly ag Alambo", "Aghaly ag Alambo", "Aghali Alambo", "Alambo")
P(k, "mokhtar", "Acharif Mohamed Mokhtar")
P(k, "tandja", "Mamadou Tandja", "Mamadou Tandja", "Tandja Mamadou")
P(k, "rhissa", "Rhissa ag Boula")
P(k, "kriska", "Aoutchiki Kriska")
G(k, "mnj", "Mouvement des Nigériens pour la Justice", "Mouvement des Nigériens pour la Justice",
  "Niger Movement for Justice", "MNJ")
G(k, "areva", "Areva")
G(k, "icrc", "International Committee of the Red Cross", "International Committee of the Red Cross", "ICRC")
G(k, "flaa", "Front for the Liberation of the Aïr and the Azawak", "Front for the Liberation of the Aïr and the Azawak", "FLAA")
G(k, "fan", "Niger Armed Forces", "Niger Armed Forces", "FAN")
G(k, "ffr", "Front of Forces for Rectification", "Front of Forces for Rectification", "FFR")
G(k, "cominak", "COMINAK")
G(k, "somair", "SOMAIR")
L(k, "niamey", "Niamey", "Niamey", "NIAMEY")
L(k, "arlit", "Arlit")
L(k, "niger", "Niger")
L(k, "iferouane", "Iferouane")
L(k, "air", "Aïr", "Aïr", "Air")
L(k, "sahara", "Sahara")
L(k, "libya", "Libya")
L(k, "ouagadougou", "Ouagadougou")
L(k, "agadez", "Agadez")
L(k, "tazerzait", "Tazerzait")
L(k, "ingall", "Ingall")
L(k, "paris", "Paris")
L(k, "imouraren", "Imouraren")
rels(k, [("alambo", "leads", "mnj"), ("alambo", "member_of", "flaa"), ("mokhtar", "member_of", "mnj"),
         ("mokhtar", "member_of", "fan"), ("tandja", "holds_office", "niger"), ("mnj", "opposed_to", "fan"),
         ("mnj", "opposed_to", "areva"), ("rhissa", "founded", "ffr"), ("rhissa", "holds_office", "niger"),
         ("kriska", "leads", "ffr"), ("cominak", "part_of", "areva")])
ev(k, "handover", "2008-06-25", "day", ["mnj", "areva", "icrc"], "to the International Committee of the Red Cross (ICRC) on Wednesday")
ev(k, "seizure", "2008-06-22", "day", ["mnj", "areva", "arlit"], "three days after seizing them")
ev(k, "iferouane_attack", "2007-02", "month", ["mnj", "iferouane", "air"], "in February 2007 with an attack")
ev(k, "flaa_rebellion", "1990", "approximate", ["flaa"], "one of the Tuareg movements of the 1990s rebellion")
ev(k, "libya_training", "1980", "approximate", ["libya"], "trained in Libya in the 1980s")
ev(k, "ouagadougou_accord", "1995-04", "month", ["ouagadougou"], "signed in Ouagadougou in April 1995")
ev(k, "alambo_phone", "2008-05", "month", ["alambo"], "Alambo said by satellite telephone in May")
ev(k, "state_of_alert", "2007-08-24", "day", ["agadez"], "under a state of alert on Aug. 24, 2007")
ev(k, "tazerzait", "2007-06-22", "day", ["mnj", "tazerzait"], "June 22, 2007 - MNJ fighters overrun")
ev(k, "hostages_freed", "2008-03", "month", ["mnj"], "The last of those hostages were freed in March")
ev(k, "chinese_kidnap", "2007-07", "month", ["ingall"], "July 2007 - Rebels briefly kidnap")
ev(k, "landmine", "2008-01", "month", ["niamey", "mnj"], "January 2008 - A landmine kills")
ev(k, "ffr_launched", "2008-05", "month", ["rhissa", "ffr", "kriska"], "May 2008 - Rhissa ag Boula")
ev(k, "blog_claim", "2008-06-22", "day", ["mnj", "areva", "cominak"], "June 22, 2008 - The MNJ says on its blog")
ev(k, "areva_statement", "2008-06-22", "day", ["areva", "paris"], "In a statement in Paris on Sunday")
cl(k, "alambo", "We are not fighting against Niger. We are fighting so that the wealth under our feet stops going everywhere except to the people who live on top of it,")
cl(k, "tandja", "bandits and drug traffickers")
cl(k, "mnj", "prove to the mining partners of Niger that the government cannot protect them")
cl(k, "areva", "in good health")
cl(k, "areva", "the only priority")
cl(k, "areva", "not a party to this conflict")
NOISE.append({"source": k, "names": ["Moussa Idrissa Kane", "Helene Dupuy", "Richard Maynard", "Dakar",
                                     "Continental Press Agency"]})
ACC += ["CPA WORLD SERVICE", "CPA", "AFRICA", "BC-NIGER-REBELS-FACTBOX", "FACTBOX", "FACTBOX-Who",
        "Who are Niger's Tuareg rebels?", "GMT", "Wed", "Jun", "Aug", "Tuareg", "Touareg", "Tuareg rebels", "French",
        "Berber-speaking", "West African", "Algerian", "Chinese", "WHO ARE THEY?", "WHAT DO THEY WANT?",
        "HOW HAS THE GOVERNMENT RESPONDED?", "KEY EVENTS", "WHAT ABOUT AREVA?", "Aïr mountains", "Agadez region",
        "President Mamadou Tandja", "Rebels", "Here", "Its", "Most", "Many", "He", "It", "The", "A", "In",
        "Wednesday", "Sunday", "June", "July", "January", "March", "May", "April", "February"]
BP[k] = "Sources: CPA;"

# ---------------- c06 Belgium, the CCC and the rue des Sols bomb of 1985: a firefighters' roll of honour ----------------
k = "c06"
P(k, "bergen", "Marcel Bergen", "Marcel Bergen", "Marcel BERGEN", "Bergen")
P(k, "vanmarcke", "Jacques Vanmarcke", "Jacques Vanmarcke", "Jacques VANMARCKE", "Vanmarcke")
P(k, "carette", "Pierre Carette", "Pierre Carette", "Carette")
P(k, "dewaele", "Willy Dewaele")
P(k, "sassoye", "Bertrand Sassoye")
P(k, "chevolet", "Didier Chevolet")
P(k, "vandegeerde", "Pascale Vandegeerde")
P(k, "gol", "Jean Gol")
P(k, "verhaegen", "Luc Verhaegen", "Luc Verhaegen", "Verhaegen")
G(k, "brigade", "Brussels Fire Brigade", "Brussels Fire Brigade", "Service d'incendie de l'agglomération bruxelloise")
G(k, "feb", "Federation of Belgian Enterprises", "Federation of Belgian Enterprises", "FEB", "VBO")
G(k, "ccc", "Cellules Communistes Combattantes", "Cellules Communistes Combattantes", "CCC", "Fighting Communist Cells")
G(k, "nato", "NATO")
G(k, "litton", "Litton")
G(k, "gendarmerie", "Gendarmerie")
G(k, "action_directe", "Action Directe")
G(k, "siamu", "SIAMU", "SIAMU", "Service d'Incendie et d'Aide Médicale Urgente", "DBDMH",
  "Dienst voor Brandbestrijding en Dringende Medische Hulp")
L(k, "brussels", "Brussels", "Brussels", "Bruxelles", "Brussel")
L(k, "evere", "Evere")
L(k, "woluwe", "Woluwe-Saint-Pierre")
L(k, "namur", "Namur")
L(k, "ecaussinnes", "Écaussinnes")
L(k, "france", "France")
L(k, "belgium", "Belgium")
L(k, "brussels_region", "Brussels-Capital Region")
rels(k, [("bergen", "member_of", "brigade"), ("vanmarcke", "member_of", "brigade"), ("ccc", "opposed_to", "feb"),
         ("ccc", "opposed_to", "bergen"), ("ccc", "opposed_to", "vanmarcke"), ("carette", "leads", "ccc"),
         ("carette", "member_of", "ccc"), ("ccc", "opposed_to", "nato"), ("ccc", "opposed_to", "litton"),
         ("ccc", "opposed_to", "gendarmerie"), ("dewaele", "member_of", "brigade"), ("sassoye", "member_of", "ccc"),
         ("chevolet", "member_of", "ccc"), ("vandegeerde", "member_of", "ccc"), ("ccc", "allied_with", "action_directe"),
         ("gol", "holds_office", "belgium"), ("verhaegen", "leads", "siamu")])
ev(k, "bombing", "1985-05-01", "day", ["bergen", "vanmarcke", "brigade", "feb", "ccc", "brussels"],
   "Early in the morning of 1 May 1985")
ev(k, "ccc_campaign", "1984-10", "month", ["ccc"], "about twenty bombings since October 1984")
ev(k, "litton", "1984-10-02", "day", ["ccc", "litton", "evere"], "Its first attack, on 2 October 1984")
ev(k, "communique", "1985-05-06", "day", ["ccc"], "In a communiqué dated 6 May")
ev(k, "gendarmerie_bomb", "1985-05-06", "day", ["ccc", "gendarmerie", "woluwe"], "The same day it bombed")
ev(k, "dewaele_retired", "2003", "year", ["dewaele"], "retired in 2003")
ev(k, "arrests", "1985-12-16", "day", ["carette", "sassoye", "chevolet", "vandegeerde", "namur", "ccc"], "On 16 December 1985")
ev(k, "quarry", "1984", "year", ["ecaussinnes", "ccc"], "stolen from a quarry at Écaussinnes in 1984")
ev(k, "sentences", "1988-10", "month", ["carette", "sassoye", "chevolet", "vandegeerde"], "In October 1988")
ev(k, "carette_parole", "2003", "year", ["carette"], "Carette was released on parole in 2003")
ev(k, "gol_senate", "1985-05-08", "day", ["gol"], "a week after the attack")
ev(k, "siamu_named", "1989", "year", ["siamu", "brussels_region"], "Since 1989 the fire brigade")
ev(k, "training_room", "2010", "year", ["bergen"], "at the Héliport post in 2010")
ev(k, "anniversary_year", "2025", "year", ["siamu", "verhaegen"], "This year, forty years after the attack")
ev(k, "verhaegen_remark", "2025-04", "month", ["verhaegen"], "Verhaegen said last week")
ev(k, "commemoration", "2025-05-01", "day", ["brussels", "siamu"], "Thursday 1 May 2025, 10:00")
cl(k, "ccc", "shocks us deeply")
cl(k, "ccc", "the responsibility lies with those who chose to let them go forward")
cl(k, "dewaele", "They knew that the first people to reach a smoking van before breakfast on a public holiday would be firemen,")
cl(k, "dewaele", "Whatever they telephoned, they chose the street and the hour.")
cl(k, "gol", "Two men went to put out a fire and were murdered for a slogan.")
cl(k, "verhaegen", "We will remember two colleagues who did exactly what we do every night,")
cl(k, "verhaegen", "They went towards the danger. That is the whole of the story, and it is enough.")
NOISE.append({"source": k, "names": ["Albert Peeters", "Ghislain Dethier", "Schaerbeek", "Anderlecht", "Le Soir",
                                     "De Standaard"]})
ACC += ["MÉMOIRE DU FEU", "HERINNERING AAN HET VUUR", "Mémoire du Feu", "Roll of honour", "Home", "ENTRY", "Name",
        "Service", "Died", "Circumstances", "WHAT HAPPENED", "THE ARREST AND THE TRIAL", "REMEMBRANCE",
        "COMMEMORATION", "rue des Sols", "rue Ravenstein", "Ravensteinstraat", "Héliport", "Héliport post",
        "American", "Belgian", "Dutch", "French", "Senate", "assize court of Brabant", "Brabant", "Colonel Luc Verhaegen",
        "Open", "Please", "Page", "Nobody", "Moments", "Investigators", "Marcel Bergen's", "Its", "They", "We", "The",
        "This", "On", "In", "A", "Thursday", "May", "October", "December", "April"]
BP[k] = "SOURCES AND FURTHER READING"

# ---------------- c07 Dagestan, Shariat Jamaat and a disappearance: a communicated case of the Court in Strasbourg ----------------
k = "c07"
P(k, "gasanova", "Zarema Khalidovna Gasanova", "Zarema Khalidovna Gasanova", "Hasanova")
P(k, "ruslan", "Ruslan Gasanov")
P(k, "makasharipov", "Rasul Makasharipov", "Rasul Makasharipov", "Makasharipov")
P(k, "khalilov", "Rappani Khalilov")
P(k, "dzhamalov", "Murad Dzhamalov", "Murad Dzhamalov", "Dzhamalov")
P(k, "magomedtagirov", "Adilgerey Magomedtagirov")
G(k, "shariat", "Shariat Jamaat", "Shariat Jamaat", "Шариат", "Sharia Jamaat", "Dzhamaat Shariat")
G(k, "jennet", "Jennet", "Jennet", "Dzhennet")
G(k, "dagestan_mvd", "Dagestan Ministry of the Interior")
G(k, "caucasus_emirate", "Caucasus Emirate")
G(k, "centre_e", "Centre for Combating Extremism", "Centre for Combating Extremism", 'Centre "E"')
G(k, "fsb", "Federal Security Service", "Federal Security Service", "FSB")
G(k, "nclac", "North Caucasus Legal Aid Centre")
L(k, "russia", "Russia")
L(k, "khasavyurt", "Khasavyurt")
L(k, "dagestan", "Dagestan", "Dagestan", "Republic of Dagestan")
L(k, "nazran", "Nazran")
L(k, "makhachkala", "Makhachkala")
rels(k, [("makasharipov", "founded", "jennet"), ("makasharipov", "leads", "shariat"),
         ("dagestan_mvd", "opposed_to", "makasharipov"), ("khalilov", "leads", "shariat"),
         ("shariat", "part_of", "caucasus_emirate"), ("centre_e", "part_of", "dagestan_mvd"),
         ("centre_e", "opposed_to", "dzhamalov"), ("magomedtagirov", "holds_office", "dagestan_mvd")])
ev(k, "gasanova_born", "1961", "year", ["gasanova"], "born in 1961")
ev(k, "ruslan_born", "1984", "year", ["ruslan"], "born in 1984")
ev(k, "underground", "2000", "approximate", ["shariat", "dagestan"], "from the early 2000s")
ev(k, "makasharipov_killed", "2005-07-06", "day", ["makasharipov", "dagestan_mvd", "makhachkala", "shariat"],
   "in Makhachkala on 6 July 2005")
ev(k, "khalilov_killed", "2007-09-17", "day", ["khalilov", "shariat"], "killed in a special operation on 17 September 2007")
ev(k, "emirate", "2007", "approximate", ["shariat", "caucasus_emirate"], "From late 2007")
ev(k, "abduction", "2009-03-12", "day", ["ruslan", "dzhamalov", "khasavyurt"], "On 12 March 2009 at about 11 p.m.")
ev(k, "dzhamalov_statement", "2009-03-14", "day", ["dzhamalov"], "In a statement of 14 March 2009")
ev(k, "dzhamalov_arrest", "2009-03-14", "day", ["centre_e", "dzhamalov", "shariat"], "Two days later, on 14 March 2009")
ev(k, "case_opened", "2009-03-16", "day", ["khasavyurt", "ruslan"], "On 16 March 2009")
ev(k, "investigator_letter", "2009-04-20", "day", ["gasanova"], "On 20 April 2009")
ev(k, "suspensions", "2009-05", "range", ["fsb", "centre_e"], "Between May 2009 and January 2010", end="2010-01")
ev(k, "minister_killed", "2009-06-05", "day", ["magomedtagirov", "makhachkala"], "On 5 June 2009")
ev(k, "complaint_dismissed", "2010-02-02", "day", ["gasanova"], "On 2 February 2010")
ev(k, "appeal_dismissed", "2010-04-09", "day", ["gasanova", "dagestan"], "on 9 April 2010")
cl(k, "shariat", "the Emir of the Islamic Jamaat of Dagestan 'Shariat'")
cl(k, "shariat", "jihad will continue")
cl(k, "dzhamalov", "They spoke Russian without an accent and one of them shouted into a radio, 'We have him, we are going.' They did not ask for money and they did not touch me.")
cl(k, "gasanova", "My son sold building materials. He prayed, like his father. That is all they could ever find against him.")
NOISE.append({"source": k, "names": ["Council of Europe"]})
ACC += ["THIRD SECTION", "Application no", "GASANOVA", "Gasanova", "STATEMENT OF FACTS",
        "Ms Zarema Khalidovna Gasanova", "Russian", "Court", "European Court of Human Rights", "Government",
        "Islamic Jamaat of Dagestan", "Lenin Street", "Criminal Code", "Article", "Article 2", "Article 3", "Article 13",
        "Articles", "Convention", "Khasavyurt Town Court", "Khasavyurt town prosecutor's office",
        "Supreme Court of the Republic of Dagestan", "State", "Paradise", "COMPLAINTS", "QUESTIONS TO THE PARTIES",
        "Communicated", "Mr", "Ms", "Mr R.M.", "R.M.", "Background", "Requests", "Several", "Two", "Between", "Has",
        "Did", "Was", "Were", "According", "From", "His", "He", "She", "They", "My", "We", "That", "The", "A", "B", "In",
        "On", "March", "April", "May", "June", "July", "August", "September", "October", "January", "February"]
BP[k] = "This text has not been edited."

# ---------------- c08 Pakistan, al-Zulfikar and the PK-326 hijacking: a publisher's catalogue entry ----------------
k = "c08"
P(k, "abbasi", "Kamran Hyder Abbasi", "Kamran Hyder Abbasi", "Abbasi")
P(k, "zulfikar_bhutto", "Zulfikar Ali Bhutto", "Zulfikar Ali Bhutto", "Bhutto")
P(k, "tipu", "Salamullah Tipu", "Salamullah Tipu", "Tipu")
P(k, "zia", "Muhammad Zia-ul-Haq", "Muhammad Zia-ul-Haq", "Zia")
P(k, "murtaza", "Murtaza Bhutto", "Murtaza Bhutto", "Murtaza")
P(k, "shahnawaz", "Shahnawaz Bhutto", "Shahnawaz Bhutto", "Shahnawaz")
P(k, "najibullah", "Mohammad Najibullah")
P(k, "tariq_rahim", "Tariq Rahim")
P(k, "benazir", "Benazir Bhutto")
P(k, "rehana", "Rehana Mirza")
P(k, "farooqui", "Nadia Farooqui")
P(k, "wrenfield", "Tobias Wrenfield")
P(k, "qazi", "Imran Qazi")
G(k, "azo", "al-Zulfikar", "al-Zulfikar", "al-Zulfiqar", "الذوالفقار", "AZO")
G(k, "pia", "Pakistan International Airlines")
G(k, "psf", "Peoples Students Federation", "Peoples Students Federation", "PSF")
G(k, "ppp", "Pakistan Peoples Party", "Pakistan Peoples Party", "PPP")
G(k, "khad", "KhAD")
G(k, "edinburgh", "University of Edinburgh")
G(k, "frontier_herald", "The Frontier Herald")
G(k, "csam", "Centre for South Asian Memory")
G(k, "luss", "Lahore University of Social Sciences")
L(k, "lahore", "Lahore")
L(k, "karachi", "Karachi")
L(k, "islamabad", "Islamabad")
L(k, "peshawar", "Peshawar")
L(k, "kabul", "Kabul")
L(k, "pakistan", "Pakistan")
L(k, "rawalpindi", "Rawalpindi")
L(k, "damascus", "Damascus")
L(k, "libya", "Libya")
L(k, "syria", "Syria")
L(k, "cannes", "Cannes")
L(k, "france", "France")
rels(k, [("murtaza", "founded", "azo"), ("shahnawaz", "founded", "azo"), ("murtaza", "leads", "azo"),
         ("tipu", "member_of", "azo"), ("tipu", "member_of", "psf"), ("psf", "part_of", "ppp"),
         ("zulfikar_bhutto", "founded", "ppp"), ("zulfikar_bhutto", "holds_office", "pakistan"),
         ("zia", "holds_office", "pakistan"), ("zia", "opposed_to", "zulfikar_bhutto"), ("azo", "backed_by", "khad"),
         ("najibullah", "leads", "khad"), ("tipu", "opposed_to", "tariq_rahim"), ("tariq_rahim", "reports_to", "zulfikar_bhutto"),
         ("benazir", "holds_office", "pakistan"), ("wrenfield", "member_of", "edinburgh"),
         ("qazi", "member_of", "frontier_herald"), ("abbasi", "member_of", "frontier_herald"),
         ("abbasi", "member_of", "csam"), ("csam", "part_of", "luss")])
ev(k, "launch", "2021-02", "month", ["abbasi", "lahore"], "launch in Lahore next month")
ev(k, "hijack", "1981-03-02", "day", ["tipu", "azo", "pia", "karachi", "peshawar", "kabul"], "On the morning of 2 March 1981")
ev(k, "azo_founded", "1979", "year", ["azo", "murtaza", "shahnawaz", "kabul"], "founded in Kabul in 1979")
ev(k, "bhutto_hanged", "1979-04-04", "day", ["zulfikar_bhutto", "zia", "rawalpindi"], "hanged in Rawalpindi on 4 April 1979")
ev(k, "rahim_shot", "1981-03-06", "day", ["tipu", "tariq_rahim", "kabul"], "On 6 March, when Islamabad had still not given way")
ev(k, "hijack_end", "1981-03-14", "day", ["damascus", "zia", "libya", "syria"], "The ordeal ended there on 14 March")
ev(k, "tipu_executed", "1984", "year", ["tipu", "kabul"], "Tipu's execution in Kabul in 1984")
ev(k, "shahnawaz_died", "1985-07", "month", ["shahnawaz", "cannes"], "in July 1985")
ev(k, "murtaza_killed", "1996-09", "month", ["murtaza", "karachi", "benazir"], "in September 1996")
ev(k, "benazir_condemned", "1981", "year", ["benazir"], "condemned the hijacking from a prison cell in 1981")
cl(k, "rehana", "He walked past me twice with the gun. The second time he did not come back, and then we heard it.")
cl(k, "rehana", "He was younger than my brother.")
cl(k, "farooqui", "Gripping, scrupulous and fair to the dead. Abbasi has written the book this story has waited forty years for.")
cl(k, "wrenfield", "A model of how to write about political violence without either romance or contempt. The chapters on Kabul are a revelation.")
cl(k, "qazi", "I was on that tarmac in Damascus as a young correspondent. I thought I knew what happened. I did not,")
cl(k, "abbasi", "I wanted to write about the people on the plane, not only the men who took it,")
cl(k, "abbasi", "Every one of them has spent forty years being asked the wrong questions.")
NOISE.append({"source": k, "names": ["Marlowe Book Distribution", "Leicester", "Sana Iqbal", "Indus & Oxus Press Ltd"]})
ACC += ["INDUS & OXUS PRESS", "Indus & Oxus Press", "SPRING 2021 CATALOGUE", "Non-fiction", "History", "South Asia",
        "THIRTEEN DAYS ON THE TARMAC", "Thirteen Days on the Tarmac", "PRAISE FOR THIRTEEN DAYS ON THE TARMAC",
        "The Hijacking of PK-326", "Bhutto Brothers", "PK-326", "Publication", "Hardback", "ISBN", "Price", "PKR", "GBP",
        "Rights", "World English", "Urdu", "KEY SELLING POINTS", "DESCRIPTION", "ABOUT THE AUTHOR", "ALSO BY THE AUTHOR",
        "Ballot and Bayonet", "Ballot and Bayonet: Pakistan's 1977 Election", "The Lawyers' Movement", "Faiz Prize",
        "Pakistani", "Afghan", "Syrian", "General Muhammad Zia-ul-Haq", "Major Tariq Rahim", "Professor Tobias Wrenfield",
        "Published", "Based", "Author", "Drawing", "Every", "Gripping", "Of", "Their", "He", "I", "A",
        "The", "In", "On", "March", "April", "July", "September"]
BP[k] = "TRADE ORDERS AND PUBLICITY"

W.write()
