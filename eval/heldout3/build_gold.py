"""Builds gold.json for the third held-out set from the annotations below (run: python3 eval/heldout3/build_gold.py).
Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.ev, W.cl, W.ACC, W.NOISE, W.BP

# ---------------- m01 Ecuador wire ----------------
k = "m01"
P(k, "macias", "José Adolfo Macías Villamar", "José Adolfo Macías Villamar", "Fito", "Macías")
P(k, "reimberg", "John Reimberg")
P(k, "noboa", "Daniel Noboa", "Daniel Noboa", "Noboa")
P(k, "zambrano", "Jorge Luis Zambrano", "Jorge Luis Zambrano", "Rasquiña", "Zambrano")
P(k, "chavarria", "Wilmer Chavarría", "Wilmer Chavarría", "Pipo")
P(k, "villavicencio", "Fernando Villavicencio")
P(k, "andrade", "Marcelo Andrade Vera", "Marcelo Andrade Vera", "Andrade")
P(k, "benalcazar", "Lucía Benalcázar")
G(k, "choneros", "Los Choneros")
G(k, "lobos", "Los Lobos")
G(k, "sinaloa", "Sinaloa Cartel")
G(k, "cjng", "Jalisco New Generation Cartel", "Jalisco New Generation Cartel", "CJNG")
G(k, "dea", "Drug Enforcement Administration")
G(k, "tc_television", "TC Televisión")
G(k, "ec_interior", "Interior Ministry")
G(k, "ec_police", "National Police")
G(k, "aso", "Andean Security Observatory")
L(k, "ecuador", "Ecuador")
L(k, "guayaquil", "Guayaquil", "Guayaquil", "GUAYAQUIL")
L(k, "manta", "Manta")
L(k, "united_states", "United States", "United States", "U.S.")
L(k, "brooklyn", "Brooklyn")
L(k, "new_york", "New York")
L(k, "la_regional", "La Regional")
L(k, "chone", "Chone")
L(k, "manabi", "Manabí")
L(k, "mexico", "Mexico")
L(k, "litoral", "Litoral Penitentiary")
L(k, "quito", "Quito")
L(k, "santa_lucia", "Santa Lucía")
L(k, "guayas", "Guayas")
L(k, "esmeraldas", "Esmeraldas")
for s, p, o in [("macias", "leads", "choneros"), ("zambrano", "founded", "choneros"), ("macias", "reports_to", "zambrano"),
                ("choneros", "allied_with", "sinaloa"), ("lobos", "allied_with", "cjng"), ("chavarria", "leads", "lobos"),
                ("lobos", "opposed_to", "choneros"), ("noboa", "holds_office", "ecuador"),
                ("reimberg", "holds_office", "ec_interior"), ("andrade", "spokesperson_for", "ec_police"),
                ("benalcazar", "member_of", "aso")]:
    rel(k, s, p, o)
ev(k, "fito_extradited", "2025-07-20", "day", ["macias", "united_states", "guayaquil", "dea"], "Ecuador on Sunday extradited")
ev(k, "charges_unsealed", "2025-04", "month", ["macias", "brooklyn"], "unsealed in April")
ev(k, "fito_escape", "2024-01", "month", ["macias", "la_regional", "guayaquil"], "in January 2024")
ev(k, "tc_attack", "2024-01-09", "day", ["tc_television"], "on Jan. 9, 2024")
ev(k, "armed_conflict_decree", "2024-01-09", "day", ["noboa"], "Hours later")
ev(k, "noboa_reelected", "2025-04", "month", ["noboa"], "won a full term in April")
ev(k, "fito_recaptured", "2025-06-25", "day", ["macias", "noboa"], "on June 25")
ev(k, "zambrano_killed", "2020-12", "month", ["zambrano", "manta"], "in December 2020")
ev(k, "chavarria_fugitive", "2021", "year", ["chavarria"], "since at least 2021")
ev(k, "litoral_massacre", "2021-09", "month", ["lobos", "choneros", "litoral", "guayaquil"], "in September 2021")
ev(k, "villavicencio_killed", "2023-08", "month", ["villavicencio", "quito", "lobos"], "in August 2023")
ev(k, "santa_lucia_killings", "2025-07-18", "day", ["santa_lucia", "choneros", "andrade"], "on Friday")
ev(k, "emergency_expires", "2025-12", "month", ["guayas", "manabi", "esmeraldas"], "until December")
ev(k, "ministry_statement", "2025-07-21", "day", ["ec_interior", "choneros"], "In a statement on Monday")
cl(k, "reimberg", "Fito will now answer to a justice system that can actually hold him")
cl(k, "reimberg", "Ecuador did not give up on him, and it will not give up on the others.")
cl(k, "noboa", "the most wanted man in the history of this country")
cl(k, "noboa", "no one is above the state.")
cl(k, "andrade", "They are fighting over the inheritance before the old man has left the house")
cl(k, "benalcazar", "Taking Fito out does not take out Los Choneros. It opens a succession war, and succession wars in Ecuador are fought in the streets.")
cl(k, "ec_interior", "in the coming weeks.")
ACC += ["Daniela Ruiz Tapia", "EDITOR'S NOTE", "Interior Minister John Reimberg", "President Daniel Noboa",
        "U.S. Drug Enforcement Administration", "Col. Marcelo Andrade Vera", "La Regional prison", "Colombian",
        "Ecuador's Interior Ministry"]
NOISE.append({"source": k, "names": ["Tomás Figueroa", "Helen Marsh", "Northbridge News Service", "NNS"]})
BP[k] = "(Additional reporting by"

# ---------------- m02 DRC Ituri, UN Group of Experts ----------------
k = "m02"
P(k, "ngudjolo", "Justin Ngudjolo")
P(k, "zukpa", "Basa Zukpa", "Basa Zukpa", "Mbuna", "Zukpa")
P(k, "mafuta", "Ruphin Mafuta")
P(k, "mapuna", "Ngabu Mapuna")
P(k, "luboya", "Johnny Luboya Nkashama")
P(k, "baluku", "Musa Baluku", "Musa Baluku", "Baluku")
P(k, "mukulu", "Jamil Mukulu")
P(k, "nkalubo", "Meddie Nkalubo")
P(k, "olum", "Dick Olum")
G(k, "codeco", "Coopérative pour le développement du Congo", "Coopérative pour le développement du Congo", "CODECO")
G(k, "fardc", "Forces armées de la République démocratique du Congo",
  "Forces armées de la République démocratique du Congo", "FARDC")
G(k, "urdpc", "Union des révolutionnaires pour la défense du peuple congolais",
  "Union des révolutionnaires pour la défense du peuple congolais", "URDPC")
G(k, "alc", "Alliance pour la libération du Congo", "Alliance pour la libération du Congo", "ALC")
G(k, "zaire", "Zaïre", "Zaïre", "Force d'autodéfense populaire en Ituri", "FAPI")
G(k, "adf", "Allied Democratic Forces", "Allied Democratic Forces", "ADF")
G(k, "isil", "Islamic State in Iraq and the Levant", "Islamic State in Iraq and the Levant", "ISIL")
G(k, "updf", "Uganda People's Defence Force", "Uganda People's Defence Force", "UPDF")
G(k, "monusco", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
  "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "MONUSCO")
G(k, "un", "United Nations")
L(k, "drc", "Democratic Republic of the Congo")
L(k, "ituri", "Ituri")
L(k, "djugu", "Djugu")
L(k, "mongbwalu", "Mongbwalu")
L(k, "fataki", "Fataki")
L(k, "plaine_savo", "Plaine Savo")
L(k, "mahagi", "Mahagi")
L(k, "bunia", "Bunia")
L(k, "beni", "Beni")
L(k, "north_kivu", "North Kivu")
L(k, "irumu", "Irumu")
L(k, "mambasa", "Mambasa")
L(k, "kasindi", "Kasindi")
L(k, "uganda", "Uganda")
L(k, "mukondi", "Mukondi")
for s, p, o in [("ngudjolo", "founded", "codeco"), ("fardc", "opposed_to", "ngudjolo"), ("urdpc", "part_of", "codeco"),
                ("zukpa", "leads", "urdpc"), ("mafuta", "spokesperson_for", "urdpc"), ("urdpc", "controls", "mongbwalu"),
                ("mapuna", "leads", "alc"), ("alc", "opposed_to", "urdpc"), ("zaire", "opposed_to", "codeco"),
                ("zaire", "backed_by", "fardc"), ("luboya", "holds_office", "ituri"), ("adf", "part_of", "isil"),
                ("baluku", "leads", "adf"), ("mukulu", "founded", "adf"), ("nkalubo", "reports_to", "baluku"),
                ("nkalubo", "member_of", "adf"), ("fardc", "allied_with", "updf"), ("fardc", "opposed_to", "adf"),
                ("updf", "opposed_to", "adf"), ("olum", "member_of", "updf"), ("monusco", "part_of", "un"),
                ("fardc", "backed_by", "monusco")]:
    rel(k, s, p, o)
ev(k, "ngudjolo_killed", "2020-03", "month", ["ngudjolo", "fardc", "codeco"], "in March 2020")
ev(k, "alc_split", "2021", "year", ["alc", "urdpc", "mapuna"], "from URDPC in 2021")
ev(k, "fataki_clashes", "2022-11", "month", ["alc", "urdpc", "fataki"], "in November 2022")
ev(k, "plaine_savo_attack", "2022-02-01", "range", ["codeco", "plaine_savo", "urdpc", "zukpa"],
   "On the night of 1 to 2 February 2022", end="2022-02-02")
ev(k, "zaire_codeco_clashes", "2022-12", "range", ["zaire", "codeco", "djugu", "mahagi"],
   "Between December 2022 and April 2023", end="2023-04")
ev(k, "zaire_ammunition", "2023-01", "range", ["zaire", "fardc", "bunia"], "between January and March 2023", end="2023-03")
ev(k, "baluku_pledge", "2019", "year", ["baluku", "isil"], "in 2019")
ev(k, "mukulu_custody", "2015", "year", ["mukulu"], "since 2015")
ev(k, "kasindi_bombing", "2023-01-15", "day", ["kasindi", "isil", "uganda"], "On 15 January 2023")
ev(k, "isil_claim", "2023-01-16", "day", ["isil"], "the following day")
ev(k, "mukondi_massacre", "2023-03-08", "range", ["adf", "mukondi", "beni"], "On the night of 8 to 9 March 2023",
   end="2023-03-09")
ev(k, "shujaa_launched", "2021-11-30", "day", ["fardc", "updf", "adf"], "Since 30 November 2021")
cl(k, "luboya", "has never given a single cartridge to any militia, Hema or Lendu.")
cl(k, "olum", "has been broken into small groups that run rather than fight.")
ACC += ["Group of Experts", "Group of Experts on the Democratic Republic of the Congo", "Security Council",
        "Security Council Committee", "Lendu", "Hema", "Congolese", "Ugandan", "Central Africa Province",
        "Operation Shujaa", "Lieutenant General Johnny Luboya Nkashama", "Major General Dick Olum", "Pentecostal",
        "Joint Human Rights Office", "MONUSCO Joint Human Rights Office", "Alphonse Kambale", "Father Alphonse Kambale"]
NOISE.append({"source": k, "names": ["Amaq News Agency", "Radio Okapi"]})
BP[k] = "__________________"

# ---------------- m03 Northern Ireland hearing ----------------
k = "m03"
P(k, "hartley", "Thomas Hartley", "Thomas Hartley", "HARTLEY")
P(k, "delgado", "Rosa Delgado", "Rosa Delgado", "DELGADO")
P(k, "brennan", "Úna Brennan", "Úna Brennan", "BRENNAN", "Brennan")
P(k, "mcallister", "Stephen McAllister", "Stephen McAllister", "McALLISTER", "McAllister")
P(k, "caldwell", "John Caldwell")
P(k, "mckevitt", "Michael McKevitt")
P(k, "mckee", "Lyra McKee")
P(k, "byrne", "Simon Byrne")
G(k, "csce", "Commission on Security and Cooperation in Europe", "Commission on Security and Cooperation in Europe",
  "COMMISSION ON SECURITY AND COOPERATION IN EUROPE")
G(k, "qub", "Queen's University Belfast")
G(k, "psni", "Police Service of Northern Ireland", "Police Service of Northern Ireland", "PSNI")
G(k, "new_ira", "New IRA")
G(k, "real_ira", "Real IRA")
G(k, "raad", "Republican Action Against Drugs")
G(k, "pira", "Provisional IRA", "Provisional IRA", "Provisionals")
G(k, "saoradh", "Saoradh")
G(k, "cira", "Continuity IRA")
G(k, "uvf", "Ulster Volunteer Force", "Ulster Volunteer Force", "UVF")
G(k, "uda", "Ulster Defence Association", "Ulster Defence Association", "UDA")
G(k, "rhc", "Red Hand Commando")
G(k, "irc", "Independent Reporting Commission")
G(k, "sea_uda", "South East Antrim UDA")
G(k, "lcc", "Loyalist Communities Council")
G(k, "mi5", "MI5")
G(k, "army_council", "Army Council")
G(k, "ifi", "International Fund for Ireland")
L(k, "northern_ireland", "Northern Ireland")
L(k, "belfast", "Belfast")
L(k, "omagh", "Omagh")
L(k, "derry", "Derry")
L(k, "county_antrim", "County Antrim")
L(k, "creggan", "Creggan")
L(k, "united_states", "United States")
for s, p, o in [("hartley", "leads", "csce"), ("delgado", "member_of", "csce"), ("brennan", "member_of", "qub"),
                ("mcallister", "member_of", "psni"), ("caldwell", "member_of", "psni"), ("new_ira", "opposed_to", "psni"),
                ("real_ira", "part_of", "new_ira"), ("raad", "part_of", "new_ira"), ("mckevitt", "leads", "real_ira"),
                ("saoradh", "part_of", "new_ira"), ("rhc", "allied_with", "uvf"), ("sea_uda", "opposed_to", "uda"),
                ("lcc", "spokesperson_for", "uvf"), ("lcc", "spokesperson_for", "uda"), ("lcc", "spokesperson_for", "rhc"),
                ("army_council", "part_of", "pira"), ("byrne", "leads", "psni")]:
    rel(k, s, p, o)
ev(k, "gfa_signed", "1998-04-10", "day", ["northern_ireland"], "on April 10, 1998")
ev(k, "president_belfast", "2023-04-12", "day", ["belfast"], "Last Wednesday")
ev(k, "caldwell_shot", "2023-02-22", "day", ["caldwell", "omagh", "new_ira"], "On February 22")
ev(k, "threat_level_raised", "2023-03-28", "day", ["mi5", "northern_ireland"], "On March 28")
ev(k, "new_ira_formed", "2012", "year", ["new_ira", "real_ira", "raad"], "in 2012")
ev(k, "real_ira_split", "1997", "approximate", ["real_ira", "pira", "mckevitt"], "in late 1997")
ev(k, "omagh_bombing", "1998-08-15", "day", ["real_ira", "omagh"], "August 15, 1998")
ev(k, "cira_split", "1986", "year", ["cira", "pira"], "in 1986")
ev(k, "lcc_withdrawal", "2021-03", "month", ["lcc", "uvf", "uda", "rhc"], "In March 2021")
ev(k, "pira_decommissioning", "2005-09", "month", ["pira"], "in September 2005")
ev(k, "pira_assessment", "2015", "year", ["pira", "army_council"], "in 2015")
ev(k, "mckee_killed", "2019-04-18", "day", ["mckee", "derry", "new_ira"], "four years ago yesterday")
cl(k, "hartley", "I want this Commission to understand who is still armed, and why.")
cl(k, "brennan", "The New IRA is the largest of the dissident republican groups.")
cl(k, "new_ira", "will continue to be targeted.")
cl(k, "brennan", "A few hundred active members at most.")
cl(k, "mcallister", "The Ulster Volunteer Force and the Ulster Defence Association have not gone away.")
cl(k, "mcallister", "It is crime wearing a flag.")
cl(k, "lcc", "peaceful and democratic.")
cl(k, "delgado", "What should the United States do?")
cl(k, "brennan", "Keep paying attention.")
cl(k, "byrne", "Every gunman we take off the streets is replaced by a teenager with nothing to lose.")
ACC += ["Good Friday Agreement", "GOOD FRIDAY AGREEMENT", "Northern Ireland Protocol", "Washington", "Washington, DC",
        "Cannon House Office Building", "Congress", "ONE HUNDRED EIGHTEENTH CONGRESS", "Hon. Thomas Hartley",
        "Dr. Úna Brennan", "Detective Chief Inspector John Caldwell", "British", "American", "north Belfast",
        "Mr. Chairman", "Congresswoman", "Chief Constable", "Dr. Brennan"]
NOISE.append({"source": k, "names": ["Eleanor Whitcombe", "Helsinki Commission", "Ford House Office Building"]})
BP[k] = "[Whereupon"

# ---------------- m04 Peru magazine feature ----------------
k = "m04"
P(k, "guzman", "Abimael Guzmán", "Abimael Guzmán", "Guzmán", "President Gonzalo")
P(k, "quispe_v", "Víctor Quispe Palomino", "Víctor Quispe Palomino", "Quispe Palomino", "José")
P(k, "quispe_j", "Jorge Quispe Palomino", "Jorge", "Raúl")
P(k, "huaman", "Teodora Huamán", "Teodora Huamán", "Huamán")
P(k, "boluarte", "Dina Boluarte")
P(k, "valdivia", "Ernesto Valdivia")
G(k, "sendero", "Shining Path", "Shining Path", "Sendero Luminoso", "Sendero")
G(k, "mpcp", "Militarized Communist Party of Peru", "Militarized Communist Party of Peru", "MPCP")
G(k, "cvr", "Truth and Reconciliation Commission")
G(k, "joint_command", "Joint Command of the Armed Forces", "Joint Command of the Armed Forces", "Joint Command")
G(k, "ce_vraem", "Special Command of the VRAEM", "Special Command of the VRAEM", "Special Command")
G(k, "pnp", "National Police of Peru")
G(k, "movadef", "Movadef", "Movadef", "Movement for Amnesty and Fundamental Rights")
L(k, "vraem", "VRAEM", "VRAEM", "Valley of the Apurímac, Ene and Mantaro Rivers")
L(k, "pichari", "Pichari")
L(k, "apurimac_river", "Apurímac River")
L(k, "belgium", "Belgium")
L(k, "peru", "Peru")
L(k, "chuschi", "Chuschi")
L(k, "ayacucho", "Ayacucho")
L(k, "lima", "Lima")
L(k, "callao", "Callao")
L(k, "vizcatan", "Vizcatán del Ene")
L(k, "natividad", "Natividad")
for s, p, o in [("guzman", "founded", "sendero"), ("quispe_v", "leads", "mpcp"), ("quispe_j", "reports_to", "quispe_v"),
                ("mpcp", "controls", "vizcatan"), ("mpcp", "opposed_to", "pnp"), ("mpcp", "opposed_to", "guzman"),
                ("boluarte", "holds_office", "peru"), ("valdivia", "advises", "ce_vraem"),
                ("ce_vraem", "reports_to", "joint_command"), ("movadef", "part_of", "sendero")]:
    rel(k, s, p, o)
ev(k, "armed_struggle_launched", "1980-05-17", "day", ["guzman", "sendero", "chuschi"], "on May 17, 1980")
ev(k, "guzman_captured", "1992-09-12", "day", ["guzman", "lima"], "on September 12, 1992")
ev(k, "cvr_report", "2003-08", "month", ["cvr"], "in August 2003")
ev(k, "guzman_died", "2021-09", "month", ["guzman", "callao"], "in September 2021")
ev(k, "peace_call", "1993", "year", ["guzman", "mpcp", "sendero"], "in 1993")
ev(k, "boluarte_office", "2022-12", "month", ["boluarte"], "in December 2022")
ev(k, "boluarte_pichari_visit", "2023", "year", ["boluarte", "pichari"], "at Pichari last year")
ev(k, "vizcatan_massacre", "2021-05-23", "day", ["vizcatan"], "On the night of May 23, 2021")
ev(k, "natividad_ambush", "2023-02", "month", ["mpcp", "pnp", "natividad", "pichari"], "In February 2023")
ev(k, "ce_vraem_operations", "2008", "year", ["ce_vraem"], "since 2008")
ev(k, "commander_killed", "2024-03", "month", ["mpcp"], "In March")
cl(k, "huaman", "Sendero never left")
cl(k, "huaman", "It just stopped calling itself Sendero.")
cl(k, "huaman", "Nobody meets José.")
cl(k, "mpcp", "the defence of the valley.")
cl(k, "boluarte", "We will not let the VRAEM become a narco-state")
cl(k, "valdivia", "You can kill José tomorrow. You can kill Raúl. Somebody will take the column, because the column is a business, and the business pays better than anything else in the valley.")
cl(k, "valdivia", "The army builds a base, the state builds nothing. The farmers see soldiers and they see traffickers, and only one of them pays for the coca.")
ACC += ["Longitude", "LONGITUDE", "FEATURES", "Clara Vance", "Mateo Quiroz", "Comrade José", "Gonzalo", "Spanish",
        "Peruvians", "Maoist", "Andean", "President Dina Boluarte", "Andes", "Amazon", "Ene", "Mantaro", "Apurímac"]
NOISE.append({"source": k, "names": ["Fund for Investigative Journalism", "The Last Column"]})
BP[k] = "Clara Vance is a contributing writer"

# ---------------- m05 Manipur Markdown explainer ----------------
k = "m05"
P(k, "khuman", "Korounganba Khuman")
P(k, "pramot", "Pramot Singh")
P(k, "pambei", "Khundongbam Pambei", "Khundongbam Pambei", "Pambei")
P(k, "meghen", "R.K. Meghen")
P(k, "sitlhou", "Lamminlun Sitlhou")
P(k, "biren", "N. Biren Singh", "N. Biren Singh", "Biren Singh")
G(k, "atsum", "All Tribal Students Union Manipur", "All Tribal Students Union Manipur", "ATSUM")
G(k, "arambai", "Arambai Tenggol")
G(k, "meitei_leepun", "Meitei Leepun")
G(k, "unlf", "United National Liberation Front", "United National Liberation Front", "UNLF")
G(k, "pla_manipur", "People's Liberation Army of Manipur", "People's Liberation Army of Manipur", "PLA")
G(k, "kno", "Kuki National Organisation", "Kuki National Organisation", "KNO")
G(k, "upf", "United People's Front", "United People's Front", "UPF")
G(k, "kna", "Kuki National Army", "Kuki National Army", "KNA")
G(k, "indian_army", "Indian Army")
G(k, "itlf", "Indigenous Tribal Leaders' Forum", "Indigenous Tribal Leaders' Forum", "ITLF")
G(k, "bjp", "Bharatiya Janata Party", "Bharatiya Janata Party", "BJP")
G(k, "assam_rifles", "Assam Rifles")
G(k, "manipur_police", "Manipur Police")
L(k, "manipur", "Manipur")
L(k, "imphal", "Imphal")
L(k, "churachandpur", "Churachandpur")
L(k, "kangla", "Kangla Fort")
L(k, "myanmar", "Myanmar")
L(k, "new_delhi", "New Delhi")
L(k, "india", "India")
L(k, "moirang_lamkhai", "Moirang Lamkhai")
L(k, "jiribam", "Jiribam")
L(k, "chin_state", "Chin State")
L(k, "sagaing", "Sagaing Region")
for s, p, o in [("khuman", "leads", "arambai"), ("pramot", "leads", "meitei_leepun"),
                ("meitei_leepun", "allied_with", "arambai"), ("pambei", "member_of", "unlf"), ("meghen", "leads", "unlf"),
                ("unlf", "opposed_to", "india"), ("pla_manipur", "opposed_to", "india"), ("kna", "part_of", "kno"),
                ("sitlhou", "spokesperson_for", "itlf"), ("biren", "holds_office", "manipur"), ("biren", "member_of", "bjp"),
                ("assam_rifles", "reports_to", "indian_army")]:
    rel(k, s, p, o)
ev(k, "violence_begins", "2023-05-03", "day", ["atsum", "churachandpur", "imphal", "manipur"], "3 May 2023")
ev(k, "arambai_founded", "2020", "year", ["arambai"], "founded in 2020")
ev(k, "kangla_oath", "2024-01-24", "day", ["arambai", "kangla", "imphal"], "24 January 2024")
ev(k, "unlf_peace_deal", "2023-11-29", "day", ["pambei", "unlf", "new_delhi"], "On 29 November 2023")
ev(k, "soo_agreement", "2008", "year", ["kno", "upf", "indian_army"], "since 2008")
ev(k, "assam_rifles_case", "2023-08", "month", ["manipur_police", "assam_rifles", "moirang_lamkhai"], "in August 2023")
ev(k, "biren_statement", "2024-05", "month", ["biren", "imphal"], "last month")
ev(k, "jiribam_arson", "2024-06", "month", ["jiribam"], "Last week")
ev(k, "chin_refugees", "2021", "year", ["chin_state", "manipur", "myanmar"], "since 2021")
cl(k, "sitlhou", "We cannot go back to living under Imphal. We want a separate administration, nothing less,")
cl(k, "biren", "The government of Manipur does not arm anybody,")
ACC += ["Sightline Explainers", "Sightline", "Priya Raman", "Meitei", "Meiteis", "Kuki", "Kuki-Zo", "Zomi",
        "Tribal Solidarity March", "Suspension of Operations", "Scheduled Tribe", "Chief Minister N. Biren Singh",
        "Imphal valley", "Indian", "Pambei faction", "UNLF (Pambei faction)", "Chin", "Kuki-Zo Council"]
NOISE.append({"source": k, "names": ["Nagaland", "AFSPA", "Mizoram"]})
BP[k] = "*Related explainers:*"

# ---------------- m06 PKK wanted list ----------------
k = "m06"
P(k, "karayilan", "Murat Karayılan", "KARAYILAN, Murat", "Karayılan", "Karayilan", "Cemal")
P(k, "bayik", "Cemil Bayık", "BAYIK, Cemil", "Bayık", "Cuma")
P(k, "kalkan", "Duran Kalkan", "KALKAN, Duran", "Kalkan", "Abbas")
P(k, "hozat", "Bese Hozat", "Bese Hozat", "ORAN, Hülya", "Hülya Oran", "Hozat")
P(k, "ocalan", "Abdullah Öcalan", "Abdullah Öcalan", "Öcalan")
P(k, "ozden", "İsmail Özden", "ÖZDEN, İsmail", "Zekî Şengalî", "Özden")
P(k, "yerlikaya", "Ali Yerlikaya")
G(k, "pkk", "Kurdistan Workers' Party", "Kurdistan Workers' Party", "Partiya Karkerên Kurdistanê", "PKK")
G(k, "kck", "Kurdistan Communities Union", "Kurdistan Communities Union", "Koma Civakên Kurdistan", "KCK")
G(k, "kck_ec", "KCK Executive Council")
G(k, "hpg", "People's Defence Forces", "People's Defence Forces", "Hêzên Parastina Gel", "HPG")
G(k, "ybs", "Sinjar Resistance Units", "Sinjar Resistance Units", "YBŞ")
G(k, "tsk", "Turkish Armed Forces")
G(k, "iraqi_army", "Iraqi Army")
G(k, "kdp", "Kurdistan Democratic Party", "Kurdistan Democratic Party", "KDP")
G(k, "peshmerga", "Peshmerga")
G(k, "state_dept", "U.S. Department of State")
G(k, "tr_interior", "Ministry of Interior", "Ministry of Interior", "MINISTRY OF INTERIOR")
L(k, "turkiye", "Türkiye", "TÜRKIYE")
L(k, "iraq", "Iraq")
L(k, "iran", "Iran")
L(k, "birecik", "Birecik")
L(k, "sanliurfa", "Şanlıurfa")
L(k, "keban", "Keban")
L(k, "elazig", "Elazığ")
L(k, "karaisali", "Karaisalı")
L(k, "adana", "Adana")
L(k, "tunceli", "Tunceli")
L(k, "siverek", "Siverek")
L(k, "qandil", "Qandil Mountains")
L(k, "fis", "Fis")
L(k, "lice", "Lice")
L(k, "diyarbakir", "Diyarbakır")
L(k, "sinjar", "Sinjar")
L(k, "sulaymaniyah", "Sulaymaniyah")
L(k, "kri", "Kurdistan Region of Iraq")
L(k, "nairobi", "Nairobi")
L(k, "kenya", "Kenya")
L(k, "imrali", "İmralı")
L(k, "istanbul", "Istanbul")
for s, p, o in [("ocalan", "founded", "pkk"), ("bayik", "founded", "pkk"), ("pkk", "part_of", "kck"), ("hpg", "part_of", "pkk"),
                ("karayilan", "leads", "hpg"), ("kck_ec", "part_of", "kck"), ("bayik", "leads", "kck_ec"),
                ("hozat", "leads", "kck_ec"), ("karayilan", "member_of", "kck_ec"), ("kalkan", "member_of", "kck_ec"),
                ("ozden", "member_of", "pkk"), ("ybs", "part_of", "pkk"), ("pkk", "controls", "qandil"),
                ("tsk", "opposed_to", "pkk"), ("ybs", "opposed_to", "iraqi_army"), ("peshmerga", "part_of", "kdp"),
                ("peshmerga", "opposed_to", "pkk"), ("kdp", "controls", "kri"), ("yerlikaya", "holds_office", "tr_interior")]:
    rel(k, s, p, o)
ev(k, "pkk_dissolution", "2025-05-12", "day", ["pkk"], "On 12 May 2025")
ev(k, "pkk_congress", "2025-05-05", "range", ["pkk", "iraq"], "from 5 to 7 May", end="2025-05-07")
ev(k, "ocalan_appeal", "2025-02-27", "day", ["ocalan", "istanbul"], "on 27 February 2025")
ev(k, "weapons_burned", "2025-07-11", "day", ["hozat", "sulaymaniyah", "kri"], "On 11 July 2025")
ev(k, "listed_2014", "2014-11-05", "day", ["karayilan", "bayik", "kalkan"], "05/11/2014")
ev(k, "listed_2016", "2016-03-17", "day", ["hozat", "ozden"], "17/03/2016")
ev(k, "ozden_killed", "2018-08-15", "day", ["ozden", "tsk", "sinjar"], "on 15 August 2018")
ev(k, "rfj_rewards", "2018-11-06", "day", ["state_dept", "karayilan", "bayik", "kalkan"], "On 6 November 2018")
ev(k, "pkk_founded", "1978-11-27", "day", ["bayik", "ocalan", "pkk", "fis", "lice", "diyarbakir"], "on 27 November 1978")
ev(k, "armed_campaign", "1984-08", "month", ["pkk"], "in August 1984")
ev(k, "ybs_in_sinjar", "2014", "year", ["ybs", "sinjar"], "since 2014")
ev(k, "ybs_iraqi_army_clash", "2022-05", "month", ["ybs", "iraqi_army", "sinjar"], "in May 2022")
ev(k, "ocalan_captured", "1999-02-15", "day", ["ocalan", "nairobi", "kenya"], "on 15 February 1999")
ev(k, "claw_lock", "2022-04", "month", ["tsk", "pkk", "iraq"], "In April 2022")
cl(k, "pkk", "completed its historical mission")
cl(k, "yerlikaya", "Every name on this list stays on it until that person has laid down arms and stood before a Turkish court.")
ACC += ["REPUBLIC OF TÜRKIYE", "Turkish", "Interior Minister Ali Yerlikaya", "Operation Claw-Lock", "Claw-Lock",
        "HPG Headquarters Command", "Wanted Terrorists List", "PKK/KCK", "Kurdistan", "Iraq–Iran border"]
NOISE.append({"source": k, "names": ["General Directorate of Security", "Gendarmerie", "Police"]})
BP[k] = "5. How to report"

# ---------------- m07 Afghanistan NRF, translated from Dari ----------------
k = "m07"
P(k, "nazari", "Fardin Nazari", "Fardin Nazari", "Fardeen Nazari", "Nazari")
P(k, "hamdard", "Nasrullah Hamdard")
P(k, "mujahid", "Zabihullah Mujahid", "Zabiullah Mujahed", "Zabihullah Mujahid")
P(k, "massoud", "Ahmad Massoud", "Ahmad Masoud", "Ahmad Massoud", "Masoud")
P(k, "shah_massoud", "Ahmad Shah Massoud", "Ahmad Shah Masoud", "Ahmad Shah Massoud")
P(k, "saleh", "Amrullah Saleh", "Amrullah Salih", "Amrullah Saleh", "Salih")
P(k, "zia", "Mohammad Yasin Zia", "Mohammad Yasin Zia", "Yaseen Zia", "Zia")
P(k, "haqqani", "Sirajuddin Haqqani", "Serajuddin Haqqani", "Sirajuddin Haqqani")
G(k, "nrf", "National Resistance Front", "National Resistance Front", "Jabha-ye Moqawemat-e Melli", "NRF", "Resistance Front")
G(k, "taliban", "Taliban", "Taleban", "Taliban", "Islamic Emirate")
G(k, "alqaeda", "al-Qaeda")
G(k, "aff", "Afghanistan Freedom Front", "Afghanistan Freedom Front", "Jabha-ye Azadi-ye Afghanistan")
L(k, "parwan", "Parwan")
L(k, "jabal_saraj", "Jabal Saraj", "Jabal Saraj", "JABAL SARAJ")
L(k, "salang", "Salang Pass", "Salang Pass", "Salang")
L(k, "panjshir", "Panjshir", "Panjsher", "Panjshir")
L(k, "kabul", "Kabul")
L(k, "dushanbe", "Dushanbe")
L(k, "tajikistan", "Tajikistan")
L(k, "andarab", "Andarab")
L(k, "baghlan", "Baghlan")
L(k, "afghanistan", "Afghanistan")
L(k, "vienna", "Vienna")
for s, p, o in [("massoud", "founded", "nrf"), ("saleh", "founded", "nrf"), ("massoud", "leads", "nrf"), ("saleh", "leads", "nrf"),
                ("nazari", "spokesperson_for", "nrf"), ("hamdard", "spokesperson_for", "taliban"),
                ("mujahid", "spokesperson_for", "taliban"), ("nrf", "opposed_to", "taliban"),
                ("taliban", "controls", "panjshir"), ("taliban", "controls", "kabul"), ("alqaeda", "opposed_to", "shah_massoud"),
                ("zia", "leads", "aff"), ("aff", "allied_with", "nrf"), ("haqqani", "member_of", "taliban")]:
    rel(k, s, p, o)
ev(k, "checkpoint_attack", "2024-10-17", "day", ["nrf", "taliban", "jabal_saraj", "salang"], "on Thursday night")
ev(k, "nrf_statement", "2024-10-18", "day", ["nrf"], "in a statement on Friday")
ev(k, "road_blocked", "2024-10-18", "day", ["taliban", "salang"], "until Friday afternoon")
ev(k, "nrf_formed", "2021-08", "month", ["massoud", "saleh", "nrf"], "in August 2021")
ev(k, "kabul_fell", "2021-08-15", "day", ["kabul", "taliban"], "on 15 August 2021")
ev(k, "panjshir_captured", "2021-09-06", "day", ["taliban", "panjshir"], "on 6 September 2021")
ev(k, "shah_massoud_killed", "2001-09-09", "day", ["shah_massoud", "alqaeda"], "on 9 September 2001")
ev(k, "vienna_meeting", "2024-10", "month", ["massoud", "vienna"], "Last week")
ev(k, "aff_announced", "2022-03", "month", ["aff", "zia"], "in March 2022")
ev(k, "panjshir_arrests", "2024-09", "month", ["haqqani", "taliban", "panjshir"], "announced in September")
cl(k, "nazari", "Our fighters choose the time and the place. The Taleban choose nothing,")
cl(k, "nazari", "a message to the occupiers of Parwan.")
cl(k, "hamdard", "This is propaganda from people who live in hotels abroad,")
cl(k, "mujahid", "no presence on the ground in any province of the country.")
cl(k, "massoud", "ready for talks, but not for surrender.")
cl(k, "massoud", "a prison for women and a guesthouse for terrorists.")
ACC += ["Hamsaya Daily", "Hamsaya", "Dari", "Pashto", "Afghan", "General Mohammad Yasin Zia", "Qari Nasrullah Hamdard",
        "English", "Panjsher valley", "Panjshir valley"]
NOISE.append({"source": k, "names": ["X"]})
BP[k] = "Hamsaya Daily is an independent newspaper"

# ---------------- m08 Sri Lanka LTTE timeline ----------------
k = "m08"
P(k, "prabhakaran", "Velupillai Prabhakaran", "Velupillai Prabhakaran", "Prabhakaran", "Pirapaharan")
P(k, "karuna", "Vinayagamoorthy Muralitharan", "Vinayagamoorthy Muralitharan", "Karuna")
P(k, "sabaratnam", "Sri Sabaratnam")
P(k, "rajiv", "Rajiv Gandhi")
P(k, "premadasa", "Ranasinghe Premadasa")
P(k, "kadirgamar", "Lakshman Kadirgamar")
P(k, "thamilselvan", "S. P. Thamilselvan")
P(k, "soosai", "Thillaiyampalam Sivanesan", "Thillaiyampalam Sivanesan", "Soosai")
P(k, "pottu", "Shanmuganathan Sivashankar", "Shanmuganathan Sivashankar", "Pottu Amman")
P(k, "weerakoon", "Arjuna Weerakoon")
P(k, "pillayan", "Sivanesathurai Chandrakanthan", "Sivanesathurai Chandrakanthan", "Pillayan")
P(k, "rudrakumaran", "Visuvanathan Rudrakumaran")
G(k, "ltte", "Liberation Tigers of Tamil Eelam", "Liberation Tigers of Tamil Eelam", "LTTE", "Tigers")
G(k, "tnt", "Tamil New Tigers", "Tamil New Tigers", "TNT")
G(k, "raw", "Research and Analysis Wing", "Research and Analysis Wing", "RAW")
G(k, "telo", "TELO")
G(k, "plote", "PLOTE")
G(k, "ipkf", "Indian Peace Keeping Force", "Indian Peace Keeping Force", "IPKF")
G(k, "tmvp", "Tamil Makkal Viduthalai Pulikal", "Tamil Makkal Viduthalai Pulikal", "TMVP")
G(k, "sea_tigers", "Sea Tigers")
G(k, "black_tigers", "Black Tigers")
G(k, "tgte", "Transnational Government of Tamil Eelam", "Transnational Government of Tamil Eelam", "TGTE")
L(k, "nanthikadal", "Nanthikadal")
L(k, "valvettithurai", "Valvettithurai")
L(k, "thirunelveli", "Thirunelveli")
L(k, "jaffna", "Jaffna")
L(k, "colombo", "Colombo")
L(k, "india", "India")
L(k, "sri_lanka", "Sri Lanka")
L(k, "sriperumbudur", "Sriperumbudur")
L(k, "tamil_nadu", "Tamil Nadu")
L(k, "vakarai", "Vakarai")
L(k, "kilinochchi", "Kilinochchi")
L(k, "vanni", "Vanni")
L(k, "eastern_province", "Eastern Province")
L(k, "new_york", "New York")
L(k, "united_states", "United States")
L(k, "united_kingdom", "United Kingdom")
L(k, "nedunkerny", "Nedunkerny")
for s, p, o in [("prabhakaran", "founded", "tnt"), ("prabhakaran", "founded", "ltte"), ("prabhakaran", "leads", "ltte"),
                ("ltte", "backed_by", "raw"), ("telo", "backed_by", "raw"), ("plote", "backed_by", "raw"),
                ("ltte", "opposed_to", "telo"), ("sabaratnam", "leads", "telo"), ("ipkf", "opposed_to", "ltte"),
                ("ltte", "opposed_to", "rajiv"), ("ltte", "opposed_to", "premadasa"), ("ltte", "opposed_to", "kadirgamar"),
                ("karuna", "leads", "tmvp"), ("pillayan", "leads", "tmvp"), ("soosai", "leads", "sea_tigers"),
                ("sea_tigers", "part_of", "ltte"), ("black_tigers", "part_of", "ltte"), ("pottu", "member_of", "ltte"),
                ("thamilselvan", "member_of", "ltte"), ("ltte", "controls", "vanni"), ("ltte", "controls", "kilinochchi"),
                ("rudrakumaran", "leads", "tgte"), ("pillayan", "holds_office", "eastern_province")]:
    rel(k, s, p, o)
ev(k, "tnt_founded", "1972", "year", ["prabhakaran", "tnt", "valvettithurai"], "1972")
ev(k, "ltte_named", "1976-05-05", "day", ["tnt", "ltte", "prabhakaran"], "5 May 1976")
ev(k, "thirunelveli_ambush", "1983-07-23", "day", ["ltte", "thirunelveli", "jaffna"], "23 July 1983")
ev(k, "raw_training", "1983", "range", ["raw", "ltte", "telo", "plote", "india"], "1983–1987", end="1987")
ev(k, "telo_destroyed", "1986", "year", ["ltte", "telo", "sabaratnam"], "1986 —")
ev(k, "ipkf_lands", "1987-07-29", "day", ["ipkf"], "29 July 1987")
ev(k, "ipkf_war", "1987-10", "month", ["ipkf", "ltte"], "By October")
ev(k, "ipkf_leaves", "1990-03", "month", ["ipkf", "sri_lanka"], "March 1990")
ev(k, "rajiv_killed", "1991-05-21", "day", ["rajiv", "ltte", "sriperumbudur", "tamil_nadu"], "21 May 1991")
ev(k, "premadasa_killed", "1993-05-01", "day", ["premadasa", "colombo", "ltte"], "1 May 1993")
ev(k, "jaffna_retaken", "1995-12", "month", ["jaffna"], "December 1995")
ev(k, "karuna_split", "2004-03", "month", ["karuna", "ltte", "tmvp"], "March 2004")
ev(k, "kadirgamar_killed", "2005-08-12", "day", ["kadirgamar", "ltte", "colombo"], "12 August 2005")
ev(k, "east_fighting", "2006", "approximate", ["vakarai"], "Late 2006")
ev(k, "vakarai_taken", "2007-01", "month", ["vakarai"], "in January 2007")
ev(k, "thamilselvan_killed", "2007-11-02", "day", ["thamilselvan", "kilinochchi", "ltte"], "2 November 2007")
ev(k, "kilinochchi_captured", "2009-01-02", "day", ["kilinochchi", "ltte"], "2 January 2009")
ev(k, "prabhakaran_killed", "2009-05-18", "range", ["prabhakaran", "nanthikadal"], "18–19 May 2009", end="2009-05-19")
ev(k, "pillayan_chief_minister", "2008", "year", ["pillayan", "eastern_province", "tmvp"], "in 2008")
ev(k, "karuna_minister", "2009", "year", ["karuna", "colombo"], "the following year")
ev(k, "tgte_founded", "2010", "year", ["tgte", "rudrakumaran"], "founded in 2010")
ev(k, "regroup_arrests", "2014-04", "month", ["ltte", "nedunkerny"], "in April 2014")
cl(k, "weerakoon", "Karuna's split did more damage to the Tigers than any army offensive")
cl(k, "weerakoon", "It told every eastern mother that her son could come home.")
cl(k, "weerakoon", "never really belonged to the Tigers again.")
ACC += ["Harini Seneviratne", "Dr. Harini Seneviratne", "Centre for South Asian Security Studies",
        "CENTRE FOR SOUTH ASIAN SECURITY STUDIES", "Colonel Karuna", "Tamil", "Tamils", "Sri Lankan", "Black July",
        "Indo-Sri Lanka Accord", "Norwegian", "President Ranasinghe Premadasa", "Indian", "TIMELINE", "ANALYSIS", "Tamil Eelam"]
NOISE.append({"source": k, "names": ["CSASS"]})
BP[k] = "Dr. Harini Seneviratne is a Senior Fellow"

W.write(acceptable_key=str.lower)
