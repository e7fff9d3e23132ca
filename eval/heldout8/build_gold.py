"""Builds gold.json for the ninth held-out set (heldout8) from the annotations below (run:
python3 eval/heldout8/build_gold.py). Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, rels, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.rels, W.ev, W.cl, W.ACC, W.NOISE, W.BP



# ---------------- r01 Paraguay, the EPP: a foreign ministry's travel advice page ----------------
k = "r01"
P(k, "oviedo", "Alcides Oviedo Brítez")
P(k, "c_villalba", "Carmen Villalba", "Carmen Villalba", "Carmen")
P(k, "o_villalba", "Osvaldo Villalba")
P(k, "cristaldo", "Manuel Cristaldo Mieres", "Manuel Cristaldo Mieres", "Manu")
P(k, "denis", "Óscar Denis")
P(k, "ramirez", "Hugo Ramírez Cáceres")
P(k, "pena", "Santiago Peña")
P(k, "rafaat", "Jorge Rafaat Toumani")
P(k, "pecci", "Marcelo Pecci")
G(k, "epp", "Paraguayan People's Army", "Paraguayan People's Army", "Ejército del Pueblo Paraguayo", "EPP")
G(k, "patria_libre", "Free Homeland Party", "Free Homeland Party", "Partido Patria Libre")
G(k, "aca", "Armed Peasant Association", "Armed Peasant Association", "Agrupación Campesina Armada", "ACA-EP")
G(k, "ftc", "Joint Task Force", "Joint Task Force", "Fuerza de Tarea Conjunta", "FTC")
G(k, "armed_forces", "Armed Forces of Paraguay")
G(k, "national_police", "National Police")
G(k, "interior", "Ministry of the Interior")
G(k, "defence", "Ministry of Defence")
G(k, "pcc", "First Capital Command", "First Capital Command", "Primeiro Comando da Capital", "PCC")
L(k, "paraguay", "Paraguay")
L(k, "concepcion", "Concepción")
L(k, "san_pedro", "San Pedro")
L(k, "amambay", "Amambay")
L(k, "yby_yau", "Yby Yaú")
L(k, "asuncion", "Asunción")
L(k, "encarnacion", "Encarnación")
L(k, "itapua", "Itapúa")
L(k, "brazil", "Brazil")
L(k, "pjc", "Pedro Juan Caballero")
L(k, "ponta_pora", "Ponta Porã")
L(k, "colombia", "Colombia")
L(k, "cde", "Ciudad del Este")
rels(k, [("oviedo", "founded", "epp"), ("c_villalba", "founded", "epp"), ("o_villalba", "leads", "epp"),
         ("cristaldo", "leads", "epp"), ("epp", "opposed_to", "denis"), ("denis", "holds_office", "paraguay"),
         ("ftc", "reports_to", "interior"), ("ftc", "reports_to", "defence"), ("ramirez", "leads", "ftc"),
         ("epp", "opposed_to", "ftc"), ("pena", "holds_office", "paraguay"), ("pcc", "opposed_to", "rafaat"),
         ("pecci", "holds_office", "paraguay")])
ev(k, "epp_active", "2008", "approximate", ["epp", "concepcion", "san_pedro", "amambay"], "since about 2008")
ev(k, "o_villalba_killed", "2022-12", "month", ["o_villalba"], "killed by security forces in December 2022")
ev(k, "denis_kidnapped", "2020-09-09", "day", ["epp", "denis", "yby_yau", "concepcion"], "9 September 2020")
ev(k, "aca_split", "2014", "year", ["aca", "epp"], "broke away from the EPP in 2014")
ev(k, "ftc_since", "2013", "year", ["ftc"], "Since 2013 the response")
ev(k, "ambush", "2025-02-20", "day", ["ftc", "epp", "yby_yau"], "On 20 February 2025")
ev(k, "emergency", "2025-02-24", "day", ["pena", "concepcion", "amambay"], "On 24 February the Government")
ev(k, "rafaat_killed", "2016-06", "month", ["rafaat", "pcc", "pjc"], "in June 2016")
ev(k, "pecci_killed", "2022-05", "month", ["pecci", "colombia"], "In May 2022")
cl(k, "ramirez", "the EPP today has fewer than twenty armed men, but twenty armed men in the forest can still do a great deal of harm.")
cl(k, "ramirez", "will stay in the north for as long as it is needed.")
ACC += ["Department of Foreign Affairs", "Travel Advice", "Security status", "High degree of caution", "Route PY22",
        "PY22", "PY05", "GENERAL TRAVEL ADVICE", "SAFETY AND SECURITY", "Safety and security", "Armed groups",
        "Organised crime", "Crime", "Demonstrations", "LOCAL LAWS AND CUSTOMS", "ENTRY REQUIREMENTS", "Irish",
        "Jesuit", "Jesuit missions of Itapúa", "Paraguayan", "Brazilian", "General Hugo Ramírez Cáceres",
        "President Santiago Peña", "Government of President Santiago Peña", "Vice-President of the Republic",
        "Republic", "Congress", "Congress building", "Still current", "Last updated", "Latest updates",
        "Avoid non-essential travel", "Government", "Manuel Cristaldo", "Carmen's"]
NOISE.append({"source": k, "names": ["Embassy of Ireland", "Buenos Aires", "Dublin", "Citizens Registration"]})
BP[k] = "ADDITIONAL INFORMATION"

# ---------------- r02 Solomon Islands, the Tension: a caption-heavy photo essay ----------------
k = "r02"
P(k, "ulufaalu", "Bartholomew Ulufa'alu", "Bartholomew Ulufa'alu", "Ulufaalu")
P(k, "lilo", "Grace Lilo")
P(k, "tee", "Andrew Te'e", "Andrew Te'e", "Te'e")
P(k, "lusibaea", "Jimmy Lusibaea", "Rasta", "Lusibaea")
P(k, "nori", "Andrew Nori")
P(k, "keke", "Harold Keke", "Harold Keke", "Keke")
P(k, "geve", "Augustine Geve", "Augustine Geve", "Geve")
P(k, "ragoso", "Luke Ragoso")
P(k, "kemakeza", "Allan Kemakeza", "Allan Kemakeza", "Kemakeza")
P(k, "warner", "Nick Warner")
P(k, "mangau", "Mostyn Mangau")
G(k, "ramsi", "Regional Assistance Mission to Solomon Islands", "Regional Assistance Mission to Solomon Islands", "RAMSI")
G(k, "mef", "Malaita Eagle Force", "Malaita Eagle Force", "MEF")
G(k, "ifm", "Isatabu Freedom Movement", "Isatabu Freedom Movement", "IFM", "Guadalcanal Revolutionary Army")
G(k, "glf", "Guadalcanal Liberation Front", "Guadalcanal Liberation Front", "GLF")
G(k, "brotherhood", "Melanesian Brotherhood")
G(k, "pif", "Pacific Islands Forum")
G(k, "rsipf", "Royal Solomon Islands Police Force", "Royal Solomon Islands Police Force", "RSIPF")
G(k, "trc", "Truth and Reconciliation Commission")
L(k, "solomons", "Solomon Islands")
L(k, "honiara", "Honiara")
L(k, "weathercoast", "Weathercoast")
L(k, "rove", "Rove")
L(k, "guadalcanal", "Guadalcanal")
L(k, "malaita", "Malaita")
L(k, "tenaru", "Tenaru")
L(k, "auki", "Auki")
L(k, "marau", "Marau")
L(k, "townsville", "Townsville")
L(k, "aola", "Aola")
L(k, "tabalia", "Tabalia")
L(k, "canberra", "Canberra")
L(k, "australia", "Australia")
L(k, "mbiti", "Mbiti")
rels(k, [("mef", "opposed_to", "ulufaalu"), ("ulufaalu", "holds_office", "solomons"), ("tee", "leads", "ifm"),
         ("lusibaea", "member_of", "mef"), ("nori", "spokesperson_for", "mef"), ("mef", "opposed_to", "ifm"),
         ("keke", "member_of", "ifm"), ("keke", "leads", "glf"), ("glf", "opposed_to", "geve"),
         ("glf", "opposed_to", "brotherhood"), ("ragoso", "member_of", "brotherhood"),
         ("kemakeza", "holds_office", "solomons"), ("australia", "leads", "ramsi"), ("ramsi", "backed_by", "pif"),
         ("warner", "holds_office", "ramsi")])
ev(k, "ramsi_landing", "2003-07-24", "day", ["ramsi", "honiara"], "Twenty years ago today")
ev(k, "rove_raid", "2000-06-05", "day", ["mef", "ulufaalu", "rove", "honiara"], "On 5 June 2000")
ev(k, "lilo_fled", "1999", "year", ["lilo", "guadalcanal"], "plains in 1999")
ev(k, "ifm_began", "1998", "approximate", ["ifm"], "began in late 1998")
ev(k, "ifm_renamed", "1999", "year", ["ifm"], "took its new name the following year")
ev(k, "mef_reunion", "2023-05", "month", ["mef", "auki", "malaita"], "reunion in Auki, Malaita, in May")
ev(k, "mef_formed", "2000", "approximate", ["mef"], "formed in early 2000")
ev(k, "marau_camps", "2000", "year", ["mef", "ifm", "marau"], "set up camps in 2000")
ev(k, "townsville", "2000-10-15", "day", ["mef", "ifm", "townsville"], "on 15 October 2000")
ev(k, "geve_killed", "2002-08", "month", ["glf", "geve"], "in August 2002")
ev(k, "brothers_killed", "2003", "year", ["glf", "brotherhood"], "in 2003 they held and killed")
ev(k, "kemakeza_request", "2003-04", "month", ["kemakeza", "canberra"], "in April 2003")
ev(k, "keke_surrender", "2003-08-13", "day", ["keke", "warner", "ramsi", "mbiti"], "on 13 August 2003")
ev(k, "ramsi_end", "2017-06-30", "day", ["ramsi"], "ended on 30 June 2017")
ev(k, "mangau_met", "2023-07-17", "range", ["mangau", "rove"], "whom we met there last week", end="2023-07-23")
ev(k, "trc_report", "2012", "year", ["trc"], "reported in 2012")
cl(k, "lilo", "We left with what we could carry. My husband's family had lived there since the war with the Japanese,")
cl(k, "ragoso", "They went to him with nothing but their prayers,")
cl(k, "ragoso", "We forgive, but we do not forget their names.")
cl(k, "mangau", "The police were part of the problem in 2000. Today they are part of the answer,")
ACC += ["PACIFIC LENS", "Pacific Lens", "Photo essay", "Photo", "Photographs", "Words", "Mere Tuhaka", "Daniel Sione",
        "After the Tension", "Tension", "Solomon Islanders", "Henderson airfield", "Henderson", "Archive", "Parliament",
        "Parliament building", "Prime Minister", "Malaitans", "Townsville Peace Agreement", "Catholic", "Anglican",
        "Sir Allan Kemakeza", "Operation Helpem Fren", "Brother Luke Ragoso", "Commissioner Mostyn Mangau",
        'Jimmy "Rasta" Lusibaea', "Jimmy", "Japanese", "Australian", "Former MEF", "Children", "Most", "Police"]
NOISE.append({"source": k, "names": ["Pacific Media Collective", "Kalani Brooks", "Ana Fifita", "Bougainville"]})
BP[k] = "Support independent Pacific journalism"

# ---------------- r03 Corsica, the FLNC: a newspaper's letters page ----------------
k = "r03"
P(k, "colonna", "Yvan Colonna", "Yvan Colonna", "Colonna")
P(k, "erignac", "Claude Érignac", "Claude Érignac", "Érignac", "Erignac")
P(k, "elong", "Franck Elong Abé")
P(k, "darmanin", "Gérald Darmanin")
P(k, "simeoni", "Gilles Simeoni")
P(k, "santoni", "François Santoni")
P(k, "talamoni", "Jean-Guy Talamoni")
P(k, "macron", "Emmanuel Macron", "Macron")
G(k, "flnc", "National Liberation Front of Corsica", "National Liberation Front of Corsica",
  "Front de Libération Nationale de la Corse", "FLNC")
G(k, "canal_hist", "FLNC-Canal Historique")
G(k, "canal_hab", "FLNC-Canal Habituel")
G(k, "cuncolta", "A Cuncolta Naziunalista", "A Cuncolta Naziunalista", "A Cuncolta")
G(k, "corsica_libera", "Corsica Libera")
G(k, "exec_council", "Executive Council")
L(k, "bastia", "Bastia")
L(k, "ajaccio", "Ajaccio")
L(k, "arles", "Arles")
L(k, "corte", "Corte")
L(k, "corsica", "Corsica")
L(k, "propriano", "Propriano")
L(k, "paris", "Paris")
L(k, "haute_corse", "Haute-Corse")
rels(k, [("elong", "opposed_to", "colonna"), ("colonna", "opposed_to", "erignac"), ("canal_hist", "part_of", "flnc"),
         ("canal_hab", "part_of", "flnc"), ("canal_hist", "allied_with", "cuncolta"),
         ("canal_hist", "opposed_to", "canal_hab"), ("canal_hab", "opposed_to", "canal_hist"),
         ("simeoni", "leads", "exec_council"), ("santoni", "leads", "cuncolta"),
         ("talamoni", "member_of", "corsica_libera")])
ev(k, "colonna_attacked", "2022-03-02", "day", ["elong", "colonna", "arles"], "on 2 March")
ev(k, "colonna_died", "2022-03-21", "day", ["colonna"], "died on Monday")
ev(k, "erignac_killed", "1998-02-06", "day", ["colonna", "erignac", "ajaccio"], "on 6 February 1998")
ev(k, "flnc_founded", "1976", "year", ["flnc"], "founded in 1976")
ev(k, "flnc_split", "1990", "year", ["flnc", "canal_hist", "canal_hab"], "in 1990 it split")
ev(k, "colonna_arrested", "2003-07", "month", ["colonna", "propriano"], "in July 2003")
ev(k, "darmanin_interview", "2022-03-16", "day", ["darmanin"], "on 16 March")
ev(k, "flnc_disarms", "2014-06", "month", ["flnc"], "in June 2014")
ev(k, "santoni_killed", "2001", "year", ["santoni"], "at a wedding in 2001")
cl(k, "darmanin", "ready to go as far as autonomy")
cl(k, "simeoni", "dialogue cannot be born from a funeral.")
cl(k, "flnc", "a process of demilitarisation")
ACC += ["THE CHANNEL OBSERVER", "The Channel Observer", "LETTERS TO THE EDITOR", "Corsicans", "Corsican", "French",
        "Sir", "Interior Minister", "President Macron", "Corse-Matin", "Corsica burns again", "Margaret Hollis",
        "Dr Peter Vance", "Peter Vance", "Anne-Sophie de Rocca Serra", "Thomas Mercer", "Saint-Malo", "Guildford",
        "London SW6", "London", "Jersey", "Colonna's guilt", "A minister's promise", "History repeats",
        "Name and address withheld", "Yvan Colonna and the generations", "Gérald Darmanin's", "Ordinary Corsicans"]
BP[k] = "Follow the Letters page"

# ---------------- r04 Côte d'Ivoire, the Forces Nouvelles: a supplementary peace agreement with an annex ----------------
k = "r04"
P(k, "compaore", "Blaise Compaoré", "Blaise COMPAORÉ")
P(k, "gbagbo", "Laurent Gbagbo", "Laurent GBAGBO")
P(k, "soro", "Guillaume Soro", "Guillaume Kigbafori SORO")
P(k, "mangou", "Philippe Mangou")
P(k, "bakayoko", "Soumaïla Bakayoko")
P(k, "choi", "Choi Young-jin")
P(k, "coulibaly", "Ousmane Coulibaly", "Ousmane COULIBALY", "Ben Laden")
P(k, "z_kone", "Zakaria Koné", "Zakaria KONÉ")
P(k, "cherif", "Chérif Ousmane", "Chérif OUSMANE")
P(k, "fofana", "Losséni Fofana", "Losséni FOFANA", "Loss")
P(k, "i_ouattara", "Issiaka Ouattara", "Issiaka OUATTARA", "Wattao")
P(k, "toure", "Hervé Touré", "Hervé TOURÉ", "Vetcho")
P(k, "m_ouattara", "Morou Ouattara", "Morou OUATTARA")
P(k, "g_kone", "Gaoussou Koné", "Gaoussou KONÉ", "Jah Gao")
P(k, "fofie", "Martin Kouakou Fofié", "Martin Kouakou FOFIÉ")
G(k, "fn", "Forces Nouvelles", "Forces Nouvelles", "FORCES NOUVELLES")
G(k, "mpci", "Patriotic Movement of Côte d'Ivoire", "Patriotic Movement of Côte d'Ivoire", "MPCI")
G(k, "mpigo", "Ivorian Popular Movement of the Great West", "Ivorian Popular Movement of the Great West", "MPIGO")
G(k, "mjp", "Movement for Justice and Peace", "Movement for Justice and Peace", "MJP")
G(k, "cci", "Integrated Command Centre", "Integrated Command Centre", "CCI")
G(k, "fds", "Defence and Security Forces", "Defence and Security Forces", "FDS")
G(k, "fafn", "Armed Forces of the Forces Nouvelles", "Armed Forces of the Forces Nouvelles", "FAFN")
G(k, "un", "United Nations")
G(k, "unoci", "United Nations Operation in Côte d'Ivoire", "United Nations Operation in Côte d'Ivoire", "UNOCI")
G(k, "apwe", "Alliance of Patriots of the Wê Ethnic Group", "Alliance of Patriots of the Wê Ethnic Group", "APWê")
G(k, "flgo", "Front for the Liberation of the Great West", "Front for the Liberation of the Great West", "FLGO")
G(k, "licorne", "Licorne", "Licorne")
L(k, "civ", "Côte d'Ivoire", "Côte d'Ivoire", "CÔTE D'IVOIRE")
L(k, "burkina", "Burkina Faso")
L(k, "ouaga", "Ouagadougou")
L(k, "bouake", "Bouaké")
L(k, "odienne", "Odienné")
L(k, "seguela", "Séguéla")
L(k, "man", "Man")
L(k, "katiola", "Katiola")
L(k, "bouna", "Bouna")
L(k, "boundiali", "Boundiali")
L(k, "korhogo", "Korhogo")
rels(k, [("gbagbo", "holds_office", "civ"), ("soro", "holds_office", "fn"), ("soro", "holds_office", "civ"),
         ("compaore", "holds_office", "burkina"), ("mpigo", "allied_with", "mpci"), ("mjp", "allied_with", "mpci"),
         ("mangou", "holds_office", "fds"), ("bakayoko", "holds_office", "fafn"), ("mangou", "leads", "cci"),
         ("bakayoko", "leads", "cci"), ("fafn", "part_of", "fn"), ("choi", "leads", "unoci"),
         ("choi", "holds_office", "un"), ("unoci", "part_of", "un"), ("apwe", "backed_by", "fds"),
         ("flgo", "backed_by", "fds"), ("unoci", "backed_by", "licorne")])
COMZONES = [("coulibaly", "odienne"), ("z_kone", "seguela"), ("cherif", "bouake"), ("fofana", "man"),
            ("i_ouattara", None), ("toure", "katiola"), ("m_ouattara", "bouna"), ("g_kone", "boundiali"),
            ("fofie", "korhogo")]
for who, town in COMZONES:
    rel(k, who, "member_of", "fafn")
    rel(k, who, "reports_to", "bakayoko")
    if town: rel(k, who, "controls", town)
ev(k, "opa", "2007-03-04", "day", ["gbagbo", "soro", "compaore"], "Ouagadougou Political Agreement of 4 March 2007")
ev(k, "rebellion", "2002-09-19", "day", ["mpci", "civ"], "armed rebellion of 19 September 2002")
ev(k, "war_over", "2007-07-30", "day", ["soro", "bouake"], "made at Bouaké on 30 July 2007")
ev(k, "militias_fought", "2002", "range", ["fds"], "fought alongside the FDS in 2002 and 2003", end="2003")
ev(k, "transfer", "2010-01-15", "day", ["fafn"], "no later than 15 January 2010")
ev(k, "signed", "2009-12-24", "day", ["gbagbo", "soro", "compaore", "ouaga"], "Done at Ouagadougou, on 24 December 2009")
cl(k, "soro", "the war is over")
ACC += ["FIFTH SUPPLEMENTARY AGREEMENT", "Fifth Supplementary Agreement", "OUAGADOUGOU POLITICAL AGREEMENT",
        "Ouagadougou Political Agreement", "THE PRESIDENT OF THE REPUBLIC OF CÔTE D'IVOIRE",
        "THE SECRETARY GENERAL OF THE FORCES NOUVELLES", "Facilitator", "His Excellency Blaise COMPAORÉ",
        "President of Burkina Faso", "PREAMBLE", "Parties", "His Excellency Laurent GBAGBO",
        "President of the Republic of Côte d'Ivoire", "Republic of Côte d'Ivoire", "Mr Guillaume Kigbafori SORO",
        "Secretary General", "Secretary General of the Forces Nouvelles", "Prime Minister", "Recalling", "Noting",
        "Taking", "Concerned", "Supplementary Agreements", "Fourth Supplementary Agreements", "Chief of Staff",
        "General Philippe Mangou", "General Soumaïla Bakayoko", "Special Representative of the Secretary-General",
        "Secretary-General", "Mr Choi Young-jin", "HAVE AGREED AS FOLLOWS", "CHAPTER I", "CHAPTER II", "CHAPTER III",
        "THE ZONE COMMANDERS", "THE ARMY AND THE MILITIAS", "FINAL PROVISIONS", "Treasury", "Impartial Forces",
        "French", "French Licorne force", "Licorne force", "Agreement", "Annex", "ANNEX", "Ivorian",
        "Séguéla-Mankono", "Man-Danané", "Mankono", "Danané", "Unofficial", "Article", "Zone", "Done", "List",
        "COMPAORÉ", "GBAGBO", "SORO", "Wê"]
NOISE.append({"source": k, "names": ["Facilitation Office", "Presidency of Faso", "African Union", "ECOWAS"]})
BP[k] = "Certified true copy"

# ---------------- r05 Michoacán, the autodefensas: a reporter's email chain with her fixer ----------------
k = "r05"
P(k, "castillo", "Alfredo Castillo", "Alfredo Castillo", "Castillo")
P(k, "pena_nieto", "Enrique Peña Nieto", "Peña Nieto")
P(k, "beltran", "Estanislao Beltrán", "Estanislao Beltrán", "Papá Pitufo")
P(k, "mireles", "José Manuel Mireles", "José Manuel Mireles", "Mireles")
P(k, "tuta", "Servando Gómez Martínez", "Servando Gómez Martínez", "Servando Gómez", "La Tuta")
P(k, "mora", "Hipólito Mora", "Hipólito Mora", "Mora", "Hipolito Mora")
P(k, "nazario", "Nazario Moreno", "Nazario Moreno", "El Chayo")
P(k, "vallejo", "Fausto Vallejo")
P(k, "lopez", "Gregorio López")
G(k, "rural_corps", "Rural Defence Corps")
G(k, "army", "Mexican Army")
G(k, "council", "General Council of the Autodefensas")
G(k, "templars", "Knights Templar", "Knights Templar", "Templars")
G(k, "familia", "La Familia Michoacana")
G(k, "federal_police", "Federal Police")
L(k, "tierra_caliente", "Tierra Caliente")
L(k, "tepalcatepec", "Tepalcatepec")
L(k, "michoacan", "Michoacán")
L(k, "mexico_city", "Mexico City")
L(k, "apatzingan", "Apatzingán")
L(k, "la_ruana", "La Ruana")
L(k, "buenavista", "Buenavista")
L(k, "nueva_italia", "Nueva Italia")
L(k, "morelia", "Morelia")
rels(k, [("rural_corps", "part_of", "army"), ("castillo", "holds_office", "michoacan"),
         ("beltran", "spokesperson_for", "council"), ("tuta", "leads", "templars"), ("nazario", "leads", "templars"),
         ("vallejo", "holds_office", "michoacan")])
ev(k, "deal", "2014-01-27", "day", ["castillo", "tepalcatepec"], "The deal was signed yesterday in Tepalcatepec")
ev(k, "castillo_named", "2014-01-14", "approximate", ["castillo", "pena_nieto", "michoacan"], "named for Michoacán two weeks ago")
ev(k, "pitufo_call", "2014-01-28", "day", ["beltran"], "I spoke to Papá Pitufo this afternoon")
ev(k, "pitufo_meeting", "2014-01-30", "day", ["beltran", "tepalcatepec"], "meet us in Tepalcatepec on Thursday morning")
ev(k, "crash", "2014-01-04", "day", ["mireles"], "crashed on January 4")
ev(k, "uprising", "2013-02-24", "day", ["mireles", "tepalcatepec", "mora", "la_ruana"], "last February, on the 24th")
ev(k, "mora_call", "2014-01-20", "range", ["mora"], "He told me by phone last week", end="2014-01-26")
ev(k, "nueva_italia", "2014-01-12", "day", ["nueva_italia"], "went into Nueva Italia on January 12")
ev(k, "nazario_dead", "2010", "year", ["nazario"], "was said to be dead in 2010")
cl(k, "beltran", "We are not going to hand in our guns while the Templars still have theirs.")
cl(k, "beltran", "never asked the government for anything except to do its job.")
cl(k, "mora", "Some of the people who joined us in Apatzingán were working for the Templars six months ago.")
ACC += ["Laura Benning", "Rafael Ochoa", "Rafa", "Laura", "Hi Laura", "Foreign Desk", "Desk", "RE", "Subject", "From",
        "Sent", "To", "Cc", "Original Message", "Dr Mireles", "Governor Fausto Vallejo", "Father Gregorio López",
        "Catholic", "Catholic diocese of Apatzingán", "Templar", "Logistics", "Questions", "Quick", "Thanks",
        "Tuesday", "Monday", "Wednesday", "Thursday", "Friday", "Autodefensas", "Good", "About", "About Mora",
        "About the Templars", "Everybody", "Be", "Four", "Knights", "L"]
NOISE.append({"source": k, "names": ["North Desk News"]})
BP[k] = "Laura Benning | Mexico correspondent"

# ---------------- r06 Liberia, LURD and MODEL: minutes of a disarmament coordination meeting ----------------
k = "r06"
P(k, "zeon", "Emmanuel Zeon")
P(k, "adewale", "Festus Adewale", "Festus Adewale", "Adewale")
P(k, "kanneh", "Ruth Kanneh", "Ruth Kanneh", "Kanneh")
P(k, "janneh", "Kabineh Janneh", "Kabineh Janneh", "Janneh")
P(k, "wylie", "Joe Wylie", "Joe Wylie", "Wylie")
P(k, "bleh", "Boi Bleh", "Boi Bleh", "Bleh")
P(k, "yeaten", "Benjamin Yeaten")
P(k, "tarpeh", "Moses Tarpeh", "Moses Tarpeh", "Tarpeh")
P(k, "vanderburg", "Pieter van der Burg")
P(k, "diallo", "Fatoumata Diallo", "Fatoumata Diallo", "Diallo")
P(k, "klein", "Jacques Paul Klein")
P(k, "bryant", "Gyude Bryant")
P(k, "s_conneh", "Sekou Damate Conneh")
P(k, "a_conneh", "Aisha Conneh")
P(k, "c_taylor", "Charles Taylor")
P(k, "chuckie", "Chuckie Taylor")
P(k, "nimely", "Thomas Yaya Nimely")
G(k, "jiu", "Joint Implementation Unit", "JOINT IMPLEMENTATION UNIT", "JIU")
G(k, "unmil", "UNMIL")
G(k, "ncddrr", "National Commission on DDRR", "National Commission on DDRR", "NCDDRR")
G(k, "lurd", "Liberians United for Reconciliation and Democracy", "Liberians United for Reconciliation and Democracy", "LURD")
G(k, "model", "Movement for Democracy in Liberia", "Movement for Democracy in Liberia", "MODEL")
G(k, "exgol", "ex-GOL forces")
G(k, "undp", "UNDP")
G(k, "unicef", "UNICEF")
G(k, "afl", "AFL")
G(k, "atu", "Anti-Terrorist Unit", "Anti-Terrorist Unit", "ATU")
L(k, "liberia", "Liberia")
L(k, "monrovia", "Monrovia")
L(k, "schefflein", "Camp Schefflein")
L(k, "buchanan", "Buchanan")
L(k, "gbarnga", "Gbarnga")
L(k, "tubmanburg", "Tubmanburg")
L(k, "zwedru", "Zwedru")
L(k, "civ", "Côte d'Ivoire")
L(k, "lofa", "Lofa")
L(k, "voinjama", "Voinjama")
L(k, "grand_gedeh", "Grand Gedeh")
L(k, "calabar", "Calabar")
L(k, "nigeria", "Nigeria")
L(k, "guinea", "Guinea")
rels(k, [("zeon", "holds_office", "jiu"), ("adewale", "member_of", "unmil"), ("kanneh", "member_of", "ncddrr"),
         ("janneh", "spokesperson_for", "lurd"), ("wylie", "member_of", "lurd"), ("bleh", "member_of", "model"),
         ("tarpeh", "reports_to", "yeaten"), ("tarpeh", "spokesperson_for", "exgol"), ("vanderburg", "member_of", "undp"),
         ("diallo", "member_of", "unicef"), ("model", "controls", "zwedru"), ("s_conneh", "leads", "lurd"),
         ("chuckie", "leads", "atu"), ("nimely", "leads", "model"), ("lurd", "backed_by", "guinea"),
         ("lurd", "controls", "voinjama"), ("model", "opposed_to", "c_taylor")])
ev(k, "meeting", "2004-06-17", "day", ["zeon", "jiu", "monrovia"], "Thursday, 17 June 2004")
ev(k, "schefflein", "2003-12", "month", ["schefflein"], "disturbances at Camp Schefflein in December")
ev(k, "buchanan_opened", "2004-06-01", "day", ["buchanan"], "opened on 1 June")
ev(k, "atu_until", "2002", "year", ["chuckie", "atu"], "commanded until 2002")
ev(k, "voinjama", "2003", "year", ["lurd", "voinjama", "lofa"], "took Voinjama in 2003")
ev(k, "srsg_briefing", "2004-07-12", "range", ["klein", "monrovia"], "in the week of 12 July", end="2004-07-18")
ev(k, "taylor_exile", "2003-08", "month", ["c_taylor", "calabar", "nigeria"], "since August 2003")
ev(k, "zwedru_deadline", "2004-06-30", "day", ["unmil", "ncddrr", "zwedru"], "30 June 2004")
ev(k, "next_meeting", "2004-07-01", "day", ["jiu"], "Thursday, 1 July 2004")
cl(k, "adewale", "We are disarming people, not guns. The guns are still somewhere.")
cl(k, "janneh", "the fault of the former government, not ours.")
cl(k, "janneh", "speaks for the fighters in Tubmanburg.")
cl(k, "tarpeh", "to the last man")
cl(k, "bleh", "We took our guns from the Taylor men we fought. Côte d'Ivoire gave us nothing.")
ACC += ["Disarmament, Demobilization, Rehabilitation and Reintegration Programme", "MINUTES OF THE 14TH COORDINATION MEETING",
        "Conference Room B", "UNMIL Headquarters", "Pan African Plaza", "Chair", "Mr. Emmanuel Zeon",
        "Deputy Programme Manager", "Present", "Brig. Gen. Festus Adewale", "UNMIL Force Headquarters", "DDR",
        "Ms. Ruth Kanneh", "DDRR", "Mr. Kabineh Janneh", "Col. Joe Wylie", "Mr. Boi Bleh", "Gen. Benjamin Yeaten",
        "Col. Moses Tarpeh", "Mr. Pieter van der Burg", "Ms. Fatoumata Diallo", "Apologies", "Mr. Jacques Paul Klein",
        "SRSG", "OPENING AND ADOPTION OF THE AGENDA", "MATTERS ARISING FROM THE 13TH MEETING", "Chairman Gyude Bryant",
        "Chairman", "DISARMAMENT FIGURES", "Brig. Gen. Adewale", "Mr. Janneh", "Col. Tarpeh", "Mr. Bleh",
        "Ms. Kanneh", "Ms. Diallo", "Col. Wylie", "Ivorian", "Panel of Experts", "CHILDREN ASSOCIATED WITH FIGHTING FORCES",
        "ANY OTHER BUSINESS", "Secretary-General", "Government of Nigeria", "ACTION POINTS", "Action", "Responsible",
        "Deadline", "Open the Zwedru site", "Letter to the Government of Nigeria", "NEXT MEETING", "Taylor", "GOL",
        "Date", "Venue", "Liberians", "Lists of children with commanders", "Taylor men", "ex-GOL"]
NOISE.append({"source": k, "names": ["Comfort Dolo", "UNMIL DDR Section"]})
BP[k] = "Minutes taken by"

# ---------------- r07 Kenya, Mau Mau: museum exhibition panels, object labels and audio-guide scripts ----------------
k = "r07"
P(k, "waruhiu", "Waruhiu")
P(k, "baring", "Evelyn Baring")
P(k, "kenyatta", "Jomo Kenyatta", "Jomo Kenyatta", "Kenyatta")
P(k, "kimathi", "Dedan Kimathi", "Dedan Kimathi", "Kimathi", "Kimathi wa Waciuri")
P(k, "itote", "Waruhiu Itote", "Waruhiu Itote", "Itote", "General China")
P(k, "kinyatti", "Maina wa Kinyatti")
P(k, "ndirangu", "Ndirangu Mau")
P(k, "hague", "William Hague")
P(k, "gitu", "Gitu wa Kahengeri", "Gitu wa Kahengeri", "VETERAN")
G(k, "klfa", "Kenya Land and Freedom Army", "Kenya Land and Freedom Army", "KLFA", "Mau Mau")
G(k, "kau", "Kenya African Union", "Kenya African Union", "KAU")
G(k, "home_guard", "Home Guard")
G(k, "kar", "King's African Rifles")
G(k, "veterans", "Mau Mau War Veterans Association")
L(k, "nairobi", "Nairobi")
L(k, "kenya", "Kenya")
L(k, "kapenguria", "Kapenguria")
L(k, "aberdares", "Aberdares", "Aberdares", "Aberdare forest")
L(k, "mount_kenya", "Mount Kenya")
L(k, "tetu", "Tetu")
L(k, "lari", "Lari")
L(k, "hola", "Hola")
L(k, "ihuririo", "Ihuririo")
L(k, "nyeri", "Nyeri")
L(k, "kamiti", "Kamiti Prison")
L(k, "britain", "Britain")
L(k, "muranga", "Murang'a")
rels(k, [("baring", "holds_office", "kenya"), ("kenyatta", "holds_office", "kau"), ("kimathi", "leads", "klfa"),
         ("itote", "leads", "klfa"), ("home_guard", "opposed_to", "klfa"), ("home_guard", "allied_with", "kar"),
         ("ndirangu", "opposed_to", "kimathi"), ("gitu", "spokesperson_for", "veterans"),
         ("hague", "holds_office", "britain")])
ev(k, "waruhiu_killed", "1952-10-07", "day", ["waruhiu", "nairobi"], "On 7 October 1952")
ev(k, "kenya_emergency", "1952-10-20", "day", ["baring", "kenya"], "Two weeks later, on 20 October")
ev(k, "kenyatta_arrested", "1952-10-20", "day", ["kenyatta", "kau"], "That night police and soldiers arrested Jomo Kenyatta")
ev(k, "forest_war", "1953", "year", ["klfa", "aberdares", "mount_kenya"], "From 1953 the KLFA fought")
ev(k, "itote_captured", "1954-01", "month", ["itote"], "captured in January 1954")
ev(k, "home_guard_set_up", "1953", "year", ["home_guard"], "set up in 1953")
ev(k, "lari", "1953-03-26", "day", ["klfa", "lari"], "On the night of 26 March 1953")
ev(k, "anvil", "1954-04", "month", ["nairobi"], "In April 1954")
ev(k, "hola", "1959-03-03", "day", ["hola"], "on 3 March 1959")
ev(k, "kimathi_captured", "1956-10-21", "day", ["kimathi", "ndirangu", "ihuririo"], "21 October 1956")
ev(k, "kimathi_hanged", "1957-02-18", "day", ["kimathi", "kamiti"], "on 18 February 1957")
ev(k, "statue", "2007", "year", ["kimathi", "nairobi"], "unveiled in 2007")
ev(k, "ban_lifted", "2003", "year", ["klfa"], "In 2003 the Kenyan government lifted the ban")
ev(k, "ban_imposed", "1950", "year", ["klfa"], "imposed in 1950")
ev(k, "settlement", "2013-06", "month", ["britain", "hague"], "agreed to pay about £20 million")
ev(k, "gitu_recorded", "2021", "year", ["gitu"], "recorded this for the gallery last year")
ev(k, "gitu_oath", "1952", "year", ["gitu", "muranga"], "I took the oath in 1952")
cl(k, "itote", "the forest was our school and our prison at once.")
cl(k, "kimathi", "We are not fighting for the land of the British. We are fighting for our own land.")
cl(k, "kinyatti", "Kimathi was a writer before he was a soldier. He wanted the world to read his side.")
cl(k, "hague", "The British Government sincerely regrets that these abuses took place,")
cl(k, "gitu", "I took the oath in 1952, in Murang'a. I was sixteen.")
cl(k, "gitu", "We did not fight for medals. We fought so that our grandchildren could own the land they stand on.")
ACC += ["NAIROBI HERITAGE GALLERY", "Nairobi Heritage Gallery", "Ithaka na Wiathi", "Land and Freedom", "Gallery 3",
        "Emergency", "State of Emergency", "PANEL", "INTRODUCTION", "Kikuyu", "Embu", "Meru", "THE EMERGENCY",
        "Senior Chief Waruhiu", "Governor", "Governor of Kenya", "Sir Evelyn Baring", "Jock Scott", "OBJECT", "Lent",
        "Wanjiru Kamau", "Accession", "NHG", "THE FOREST FIGHTERS", "Field Marshal", "AUDIO GUIDE", "STOP",
        "KIMATHI'S LETTERS", "NARRATOR", "British", "Professor Maina wa Kinyatti", "THE LOYALISTS AND THE HOME GUARD",
        "Christians", "Peter Gachanja", "Mr Peter Gachanja", "Kiambu", "THE CAMPS", "Operation Anvil",
        "CAPTURE AND EXECUTION", "Kimathi Street", "Kenya National Archives", "RECOGNITION", "Kenyan",
        "Kenyan government", "House of Commons", "Foreign Secretary", "VOICES", "Hola camp", "Exhibition texts",
        "English", "Opened", "Mau Mau sympathisers", "British Government", "Photograph", "Oath", "China"]
NOISE.append({"source": k, "names": ["Heritage Fund", "Njeri Mwangi", "Otieno Barasa"]})
BP[k] = "Audio guide produced with the support"

# ---------------- r08 Nicaragua, the Contras: a declassified memorandum of conversation ----------------
k = "r08"
P(k, "abrams", "Elliott Abrams", "Elliott Abrams", "Abrams")
P(k, "north", "Oliver North", "Oliver L. North", "North")
P(k, "calero", "Adolfo Calero", "Adolfo Calero", "Calero")
P(k, "cruz", "Arturo José Cruz", "Arturo José Cruz", "Cruz")
P(k, "robelo", "Alfonso Robelo Callejas", "Alfonso Robelo Callejas", "Robelo")
P(k, "bermudez", "Enrique Bermúdez Varela", "Enrique Bermúdez Varela", "Bermúdez", "Bermudez")
P(k, "pastora", "Edén Pastora", "Edén Pastora", "Pastora", "Comandante Cero")
G(k, "uno", "United Nicaraguan Opposition", "United Nicaraguan Opposition", "UNO")
G(k, "directorate", "UNO Directorate", "UNO Directorate", "Directorate")
G(k, "fdn", "FDN")
G(k, "nsc", "NSC")
G(k, "house", "House of Representatives", "House of Representatives", "House")
G(k, "national_guard", "National Guard")
G(k, "eps", "Sandinista People's Army")
G(k, "arde", "Democratic Revolutionary Alliance", "Democratic Revolutionary Alliance", "ARDE")
G(k, "kisan", "KISAN")
L(k, "honduras", "Honduras")
L(k, "miami", "Miami")
L(k, "costa_rica", "Costa Rica")
L(k, "coco", "Coco River")
rels(k, [("north", "member_of", "nsc"), ("north", "spokesperson_for", "nsc"), ("calero", "member_of", "directorate"),
         ("calero", "holds_office", "fdn"), ("calero", "leads", "fdn"), ("cruz", "member_of", "directorate"),
         ("robelo", "member_of", "directorate"), ("directorate", "part_of", "uno"), ("bermudez", "leads", "fdn"),
         ("pastora", "leads", "arde"), ("kisan", "allied_with", "fdn"), ("cruz", "member_of", "uno")])
ev(k, "house_vote", "1986-06-25", "day", ["house"], "voted, on June 25")
ev(k, "uno_meeting", "1986-06-27", "day", ["abrams", "north", "calero", "cruz", "robelo", "bermudez"], "June 27, 1986")
ev(k, "fdn_founded", "1981", "year", ["fdn", "national_guard"], "founded in 1981")
ev(k, "calero_since", "1983", "year", ["calero", "fdn"], "led since 1983")
ev(k, "eps_moved", "1986-05", "month", ["eps", "honduras"], "since May")
ev(k, "pastora_quit", "1986-05", "month", ["pastora", "costa_rica"], "had given up the fight last month")
ev(k, "kisan_bombed", "1986-06", "approximate", ["kisan", "coco"], "twice this month")
ev(k, "miami_meeting", "1986-07", "approximate", ["abrams", "miami"], "in the second week of July")
ev(k, "camps_visit", "1986", "approximate", ["abrams", "honduras"], "later in the summer")
cl(k, "abrams", "within weeks, not months,")
cl(k, "calero", "the only force that has kept the Sandinistas awake at night.")
cl(k, "calero", "and not to committees in Miami.")
cl(k, "cruz", "If the Directorate does not control the army, the Congress will say we are a facade, and they will be right.")
cl(k, "bermudez", "any day now,")
cl(k, "bermudez", "my men will eat their boots.")
cl(k, "north", "a single resistance with a single voice.")
cl(k, "calero", "a family matter.")
ACC += ["DECLASSIFIED", "Authority", "NARA", "KDB", "SECRET/SENSITIVE", "UNITED STATES DEPARTMENT OF STATE",
        "Bureau of Inter-American Affairs", "MEMORANDUM OF CONVERSATION", "DATE", "TIME", "PLACE",
        "Assistant Secretary's Office", "Department of State", "SUBJECT", "Meeting", "PARTICIPANTS", "U.S.",
        "Assistant Secretary for Inter-American Affairs", "LtCol Oliver L. North", "NSC Staff", "William H. Terrell",
        "ARA/CEN", "ARA", "CEN", "Col. Enrique Bermúdez Varela", "SUMMARY", "END SUMMARY", "Assistant Secretary Abrams",
        "Assistant Secretary", "Administration", "Senate", "Nicaraguan", "Nicaraguan resistance", "Sandinistas",
        "Sandinista", "Congress", "Atlantic coast", "Miskito", "President", "COMMENT", "END COMMENT",
        "Directorate of the United Nicaraguan Opposition", "President of the FDN", "Honduran", "Honduran border",
        "Costa Rica's"]
NOISE.append({"source": k, "names": ["WHTerrell", "EAbrams", "OLNorth"]})
BP[k] = "Drafted: ARA/CEN"

W.write()
