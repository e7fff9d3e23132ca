"""Builds gold.json for the fourteenth held-out set (heldout13) from the annotations below (run:
python3 eval/heldout13/build_gold.py). Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, rels, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.rels, W.ev, W.cl, W.ACC, W.NOISE, W.BP


# ---------------- w01 Mexico, Los Zetas: a news-agency live blog, newest first ----------------
k = "w01"
P(k, "trevino", "Miguel Ángel Treviño Morales", "Miguel Ángel Treviño Morales", "Treviño", "Z-40", "Miguel Ángel")
P(k, "omar", "Omar Treviño Morales", "Omar Treviño Morales", "Z-42", "Omar")
P(k, "lozano_r", "Rebeca Lozano")
P(k, "cardenas", "Osiel Cárdenas Guillén", "Osiel Cárdenas Guillén", "Cárdenas Guillén")
P(k, "guzman_decena", "Arturo Guzmán Decena")
P(k, "vergara", "José Luis Vergara", "José Luis Vergara", "Vergara")
P(k, "lazcano", "Heriberto Lazcano Lazcano", "Heriberto Lazcano Lazcano", "El Lazca", "Z-3", "Lazcano")
P(k, "sanchez", "Eduardo Sánchez", "Eduardo Sánchez", "Sánchez")
P(k, "osorio", "Miguel Ángel Osorio Chong")
G(k, "zetas", "Los Zetas", "Los Zetas", "Zetas")
G(k, "navy", "Mexican Navy", "Mexican Navy")
G(k, "pgr", "Attorney General's Office")
G(k, "state_dept", "US State Department")
G(k, "observatory", "Northern Border Security Observatory")
G(k, "gafe", "Special Forces Airmobile Group", "Special Forces Airmobile Group", "GAFE")
G(k, "gulf", "Gulf Cartel")
L(k, "nuevo_laredo", "Nuevo Laredo")
L(k, "mexico_city", "Mexico City")
L(k, "nuevo_leon", "Nuevo León")
L(k, "coahuila", "Coahuila")
L(k, "tamaulipas", "Tamaulipas")
L(k, "monterrey", "Monterrey")
L(k, "matamoros", "Matamoros")
L(k, "united_states", "United States")
L(k, "progreso", "Progreso")
L(k, "san_fernando", "San Fernando")
rels(k, [("trevino", "leads", "zetas"), ("navy", "opposed_to", "trevino"), ("pgr", "opposed_to", "trevino"),
         ("omar", "member_of", "zetas"), ("lozano_r", "member_of", "observatory"), ("cardenas", "leads", "gulf"),
         ("guzman_decena", "leads", "zetas"), ("zetas", "opposed_to", "gulf"), ("vergara", "spokesperson_for", "navy"),
         ("lazcano", "leads", "zetas"), ("trevino", "reports_to", "lazcano")])
ev(k, "trevino_captured", "2013-07-15", "day", ["trevino", "navy", "nuevo_laredo"], "captured before dawn on Monday")
ev(k, "senate_briefing", "2013-07-17", "day", ["osorio"], "due to brief senators on Wednesday")
ev(k, "guzman_decena_killed", "2002-11", "month", ["guzman_decena", "matamoros"], "in Matamoros in November 2002")
ev(k, "cardenas_arrested", "2003-03", "month", ["cardenas"], "was arrested in March 2003")
ev(k, "cardenas_extradited", "2007-01", "month", ["cardenas", "united_states"], "in January 2007")
ev(k, "zetas_split", "2010", "approximate", ["zetas", "gulf"], "In early 2010 the Zetas broke away")
ev(k, "lazcano_killed", "2012-10-07", "day", ["lazcano", "progreso", "coahuila"], "on 7 October last year")
ev(k, "body_stolen", "2012-10-08", "day", ["lazcano"], "The next day gunmen stole his body")
ev(k, "san_fernando", "2010-08", "month", ["zetas", "san_fernando", "tamaulipas"], "in August 2010")
ev(k, "casino", "2011-08-25", "day", ["zetas", "monterrey"], "on 25 August 2011")
ev(k, "trevino_born", "1973", "year", ["trevino", "nuevo_laredo"], "born in Nuevo Laredo in 1973")
cl(k, "lozano_r", "The brothers ran the organisation like a family firm, and a family firm does not close because the father is in jail")
cl(k, "lozano_r", "What changes is discipline. The cells in Coahuila and Tamaulipas will test Omar very quickly.")
cl(k, "vergara", "his bodyguard and his accountant")
cl(k, "vergara", "will keep the pressure on every cell of this organisation, whoever leads it.")
cl(k, "sanchez", "This man was detained without a single shot being fired")
cl(k, "sanchez", "That is what intelligence work looks like.")
cl(k, "sanchez", "planned and carried out by Mexicans")
NOISE.append({"source": k, "names": ["Martín Esquivel", "Carla Benavides", "Joan Fitch", "Houston", "Mexico"]})
ACC += ["NORTHBOUND NEWS AGENCY", "LIVE", "Northbound", "CDT", "Refresh", "Vice Admiral José Luis Vergara",
        "Vice Admiral", "Security spokesman Eduardo Sánchez", "Interior Minister Miguel Ángel Osorio Chong",
        "Interior Minister", "Casino Royale", "Background", "Confirmed", "Unconfirmed", "Mexicans", "Spanish",
        "Monday 15 July 2013", "Updates newest first", "All times CDT"]
BP[k] = "Reporting by Martín Esquivel"

# ---------------- w02 Spain, GRAPO and the PCE(r): an academic journal article (abstract, introduction, references) ----------------
k = "w02"
P(k, "franco", "Francisco Franco", "Francisco Franco", "Franco")
P(k, "perez", "Manuel Pérez Martínez", "Manuel Pérez Martínez", "Pérez Martínez", "Camarada Arenas")
P(k, "sanchez_casas", "José María Sánchez Casas")
P(k, "silva", "Fernando Silva Sande")
P(k, "oriol", "Antonio María de Oriol y Urquijo")
P(k, "villaescusa", "Emilio Villaescusa")
P(k, "suarez", "Adolfo Suárez")
P(k, "alcalde", "Ramón Alcalde Pino")
P(k, "cordon", "Publio Cordón")
P(k, "sevillano", "José Manuel Sevillano")
G(k, "grapo", "First of October Anti-Fascist Resistance Groups", "First of October Anti-Fascist Resistance Groups", "GRAPO")
G(k, "pcer", "Communist Party of Spain (reconstituted)", "Communist Party of Spain (reconstituted)", "PCE(r)", "Reconstituted Communist Party of Spain")
G(k, "eta", "ETA")
G(k, "frap", "FRAP")
G(k, "red_brigades", "Red Brigades")
G(k, "omle", "Organisation of Marxist-Leninists of Spain", "Organisation of Marxist-Leninists of Spain", "OMLE")
G(k, "dst", "Directorate of Territorial Surveillance", "French Directorate of Territorial Surveillance", "DST")
G(k, "council_state", "Council of State")
G(k, "scmj", "Supreme Council of Military Justice")
G(k, "gis", "General Information Service")
L(k, "spain", "Spain")
L(k, "madrid", "Madrid")
L(k, "zaragoza", "Zaragoza")
L(k, "paris", "Paris")
rels(k, [("grapo", "part_of", "pcer"), ("perez", "holds_office", "pcer"), ("dst", "opposed_to", "perez"),
         ("dst", "opposed_to", "silva"), ("sanchez_casas", "member_of", "grapo"), ("silva", "member_of", "grapo"),
         ("grapo", "opposed_to", "oriol"), ("grapo", "opposed_to", "villaescusa"),
         ("oriol", "holds_office", "council_state"), ("villaescusa", "holds_office", "scmj"),
         ("alcalde", "member_of", "gis"), ("grapo", "opposed_to", "cordon")])
ev(k, "grapo_killings", "1975", "range", ["grapo", "spain"], "between 1975 and 2006", end="2006")
ev(k, "police_killed", "1975-10-01", "day", ["grapo", "madrid"], "On 1 October 1975")
ev(k, "executions", "1975-09-27", "day", ["franco", "eta", "frap"], "four days after the Franco regime had executed")
ev(k, "franco_died", "1975-11-20", "day", ["franco"], "Seven weeks later, on 20 November")
ev(k, "last_killing", "2006-02", "month", ["grapo", "zaragoza"], "took place in February 2006")
ev(k, "omle_founded", "1968", "year", ["omle", "paris"], "founded in Paris in 1968")
ev(k, "congress", "1975-06", "month", ["omle", "pcer"], "held its reconstitution congress in June 1975")
ev(k, "sanchez_casas_arrested", "1977", "year", ["sanchez_casas"], "was arrested in 1977")
ev(k, "perez_arrested", "2000-11", "month", ["perez", "silva", "dst", "paris"], "arrested in Paris in November 2000")
ev(k, "oriol_kidnapped", "1976-12-11", "day", ["oriol", "grapo", "madrid"], "in Madrid on 11 December 1976")
ev(k, "villaescusa_kidnapped", "1977-01-24", "day", ["villaescusa", "grapo"], "on 24 January 1977")
ev(k, "hostages_freed", "1977-02-11", "day", ["oriol", "villaescusa"], "freed by the police on 11 February 1977")
ev(k, "cordon_kidnapped", "1995-06", "month", ["cordon", "zaragoza"], "was seized in June 1995")
ev(k, "cordon_died", "1995", "approximate", ["cordon"], "had died in captivity within weeks")
ev(k, "hunger_strike", "1989", "range", ["sevillano"], "the hunger strike of 1989-1990", end="1990")
ev(k, "sevillano_died", "1990-05-25", "day", ["sevillano"], "died on 25 May 1990")
cl(k, "perez", "the party leads, the commandos carry out")
cl(k, "alcalde", "We had informers around them, never inside them. If we had been inside, they would not have lasted thirty years.")
NOISE.append({"source": k, "names": ["Audiencia Nacional", "Berghahn", "HarperCollins", "Meridian Academic Press",
                                     "Ediciones del Sur", "Alba Negra"]})
ACC += ["Journal of Iberian Political Violence", "RESEARCH ARTICLE", "ABSTRACT", "KEYWORDS", "Introduction",
        "Inés Carrascal Moya", "Department of Contemporary History", "University of Valladolid",
        "Received", "Accepted", "Published", "Preston", "Hughes", "Sánchez-Cuenca", "Ortega Lozano", "Ruiz Benedito",
        "Aguilar", "General Francisco Franco", "General", "Lieutenant General Emilio Villaescusa", "Lieutenant General",
        "Spanish", "Italian", "European", "Maoist", "Franco regime", "Section", "Marxist-Leninists",
        "A Party with a Gun", "Spanish transition"]
BP[k] = "Acknowledgements"

# ---------------- w03 Ethiopia, the Oromo Liberation Army: a government travel advisory ----------------
k = "w03"
P(k, "dawud", "Dawud Ibsa")
P(k, "kumsa", "Kumsa Diriba", "Kumsa Diriba", "Jaal Marroo")
P(k, "sagni", "Sagni Negasa")
P(k, "shimelis", "Shimelis Abdisa")
P(k, "odaa", "Odaa Tarbii")
G(k, "ola", "Oromo Liberation Army", "Oromo Liberation Army", "OLA", "Shene")
G(k, "endf", "Ethiopian National Defence Force", "Ethiopian National Defence Force", "ENDF")
G(k, "olf", "Oromo Liberation Front", "Oromo Liberation Front", "OLF")
G(k, "oromia_police", "Oromia Special Police")
G(k, "tplf", "Tigray People's Liberation Front", "Tigray People's Liberation Front", "TPLF")
G(k, "shabaab", "Al-Shabaab")
G(k, "liyu", "Liyu Police")
L(k, "ethiopia", "Ethiopia")
L(k, "addis_ababa", "Addis Ababa")
L(k, "oromia", "Oromia")
L(k, "amhara", "Amhara")
L(k, "tigray", "Tigray")
L(k, "east_wollega", "East Wollega")
L(k, "horo_guduru", "Horo Guduru Wollega")
L(k, "west_wollega", "West Wollega")
L(k, "kellem", "Kellem Wollega")
L(k, "north_shewa", "North Shewa")
L(k, "west_shewa", "West Shewa")
L(k, "oromia_sz", "Oromia Special Zone")
L(k, "bahir_dar", "Bahir Dar")
L(k, "eritrea", "Eritrea")
L(k, "sudan", "Sudan")
L(k, "south_sudan", "South Sudan")
L(k, "nekemte", "Nekemte")
L(k, "gimbi", "Gimbi")
L(k, "dembi_dolo", "Dembi Dolo")
L(k, "zanzibar", "Zanzibar")
L(k, "tanzania", "Tanzania")
L(k, "dar", "Dar es Salaam")
L(k, "ali_doro", "Ali Doro")
L(k, "debre_markos", "Debre Markos")
L(k, "somalia", "Somalia")
L(k, "somali_region", "Somali region")
rels(k, [("ola", "opposed_to", "endf"), ("endf", "opposed_to", "ola"), ("oromia_police", "opposed_to", "ola"),
         ("dawud", "holds_office", "olf"), ("kumsa", "leads", "ola"), ("ola", "controls", "west_shewa"),
         ("ola", "allied_with", "tplf"), ("sagni", "member_of", "ola"), ("shimelis", "holds_office", "oromia"),
         ("odaa", "spokesperson_for", "ola"), ("liyu", "opposed_to", "shabaab")])
ev(k, "aid_workers_abducted", "2025-03-10", "day", ["nekemte"], "abduction of two aid workers near Nekemte on Monday")
ev(k, "designation", "2021-05", "month", ["ola"], "designated it a terrorist organisation in May 2021")
ev(k, "ola_split", "2019", "year", ["ola", "olf", "dawud"], "until 2019, when its commanders refused")
ev(k, "tplf_alliance", "2021-08", "month", ["ola", "tplf"], "In August 2021 the OLA announced an alliance")
ev(k, "zanzibar_talks", "2023-04-25", "range", ["ola", "zanzibar", "tanzania"], "from 25 April to 3 May 2023",
   end="2023-05-03")
ev(k, "dar_talks", "2023-11", "month", ["ola", "dar"], "in Dar es Salaam that November")
ev(k, "sagni_deal", "2024-12-01", "day", ["sagni", "shimelis", "addis_ababa"], "On 1 December 2024")
ev(k, "ali_doro", "2024-07", "month", ["ali_doro", "ola"], "In July 2024 more than 100 university students")
ev(k, "road_closed", "2025-03-03", "range", ["addis_ababa", "nekemte"], "was closed for three days last week",
   end="2025-03-09")
ev(k, "shabaab_incursion", "2022-07", "month", ["shabaab", "somali_region", "liyu"], "In July 2022 its fighters")
ev(k, "next_review", "2025-03-31", "day", ["ethiopia"], "by 31 March 2025")
cl(k, "shimelis", "the beginning of the end of the war in the west")
cl(k, "odaa", "has never targeted students or foreigners, and never will")
NOISE.append({"source": k, "names": ["Kenya", "Djibouti"]})
ACC += ["Ministry of Foreign Affairs", "Travel Advisories", "Home", "Travel", "Destinations", "Africa",
        "OVERALL ADVICE LEVEL", "RECONSIDER YOUR NEED TO TRAVEL", "DO NOT TRAVEL", "Some", "Latest", "Summary",
        "Do", "Reconsider", "Safety and security", "Armed conflict in Oromia", "Kidnapping", "Road travel",
        "Terrorism", "Local laws and customs", "Health", "Next review", "Emergency help", "Malaria",
        "Consular Emergency Centre", "Ethiopian government", "Ethiopian", "Ethiopian authorities", "Wollega",
        "Wollega zones", "Oromia regional government", "Photographing", "Contact", "Still", "Last", "If", "Roads",
        "Two", "Their", "There", "We"]
BP[k] = "Disclaimer: This advice is general in nature."

# ---------------- w04 Turkey, the DHKP-C and the lawyers' trial: an NGO press release with notes to editors ----------------
k = "w04"
P(k, "timtik", "Ebru Timtik", "Ebru Timtik", "Timtik", "TİMTİK, Ebru", "Ebru")
P(k, "unsal", "Aytaç Ünsal", "Aytaç Ünsal", "Ünsal", "ÜNSAL, Aytaç")
P(k, "marquardt", "Helena Marquardt")
P(k, "kozagacli", "Selçuk Kozağaçlı", "KOZAĞAÇLI, Selçuk")
P(k, "barkin", "Barkın Timtik", "Barkın Timtik", "TİMTİK, Barkın")
P(k, "aydinoglu", "Kemal Aydınoğlu")
P(k, "karatas", "Dursun Karataş", "Dursun Karataş", "Karataş")
P(k, "yagan", "Bedri Yağan")
P(k, "sanli", "Ecevit Şanlı")
P(k, "kiraz", "Mehmet Selim Kiraz")
G(k, "chd", "Progressive Lawyers Association", "Progressive Lawyers Association", "ÇHD")
G(k, "hhb", "People's Law Office", "People's Law Office", "HHB")
G(k, "dhkpc", "Revolutionary People's Liberation Party-Front", "Revolutionary People's Liberation Party-Front", "DHKP-C")
G(k, "cassation", "Court of Cassation")
G(k, "moj", "Ministry of Justice")
G(k, "devsol", "Revolutionary Left", "Revolutionary Left", "Devrimci Sol", "Dev-Sol")
G(k, "eu", "European Union")
G(k, "us_embassy", "US Embassy")
L(k, "turkey", "Turkey")
L(k, "istanbul", "Istanbul")
L(k, "silivri", "Silivri")
L(k, "netherlands", "Netherlands")
L(k, "united_states", "United States")
L(k, "ankara", "Ankara")
L(k, "europe", "Europe")
rels(k, [("timtik", "member_of", "chd"), ("timtik", "member_of", "hhb"), ("kozagacli", "holds_office", "chd"),
         ("karatas", "founded", "dhkpc"), ("karatas", "leads", "dhkpc"), ("sanli", "member_of", "dhkpc"),
         ("dhkpc", "opposed_to", "us_embassy"), ("dhkpc", "opposed_to", "kiraz")])
ev(k, "timtik_died", "2020-08-27", "day", ["timtik", "istanbul"], "died in an Istanbul hospital on Thursday night")
ev(k, "detained", "2017-09", "month", ["timtik", "chd"], "in September 2017")
ev(k, "convicted", "2019-03", "month", ["timtik", "dhkpc", "istanbul"], "in March 2019, a court in Istanbul convicted")
ev(k, "unsal_strike", "2020-02", "month", ["unsal"], "on hunger strike since February")
ev(k, "cassation_ruling", "2020-09-03", "day", ["unsal", "cassation"], "on his request for release next Thursday")
ev(k, "funeral", "2020-08-29", "day", ["timtik", "istanbul"], "planned for Saturday in Istanbul")
ev(k, "ministry_request", "2020-07-02", "day", ["moj", "timtik"], "on 2 July")
ev(k, "barkin_message", "2020-08-28", "day", ["barkin", "silivri"], "said on Friday from Silivri prison")
ev(k, "dhkpc_founded", "1994", "year", ["dhkpc", "karatas", "devsol"], "founded in 1994 by Dursun Karataş")
ev(k, "yagan_killed", "1993", "year", ["yagan", "istanbul"], "killed by police in Istanbul in 1993")
ev(k, "karatas_died", "2008-08", "month", ["karatas", "netherlands"], "died in the Netherlands in August 2008")
ev(k, "embassy_bombing", "2013-02-01", "day", ["dhkpc", "sanli", "us_embassy", "ankara"], "On 1 February 2013")
ev(k, "embassy_claim", "2013-02-02", "day", ["dhkpc"], "The group claimed the attack the next day")
ev(k, "kiraz_killed", "2015-03-31", "day", ["dhkpc", "kiraz", "istanbul"], "On 31 March 2015")
ev(k, "trial_hearings", "2018-09", "range", ["timtik"], "between September 2018 and March 2019", end="2019-03")
ev(k, "death_fast", "2020-04", "month", ["timtik"], 'became a "death fast" in April')
cl(k, "marquardt", "Ebru Timtik did not die of hunger. She died of a trial in which the evidence was the fact that she had defended the wrong clients")
cl(k, "marquardt", "Her death is on the conscience of every judge who looked at that file and saw nothing wrong with it.")
cl(k, "barkin", "They wanted us to stop working. My sister chose to stop eating instead. Now it is up to everyone else not to stop.")
cl(k, "aydinoglu", "We asked the Ministry of Justice on 2 July to transfer Ebru to a hospital of her choosing. We never received an answer")
NOISE.append({"source": k, "names": ["Sophie Lindqvist", "Mastodon"]})
ACC += ["ADVOCATES AT RISK NETWORK", "Advocates at Risk Network", "ARN", "PRESS RELEASE", "For immediate release",
        "Turkish", "Turkish authorities", "Turkish prosecutors", "Soma", "Soma mine disaster", "Çağlayan",
        "Çağlayan courthouse", "Silivri prison", "Notes to editors", "Her", "She", "They", "Now", "Lawyer",
        "Lawyer Ebru Timtik", "Friday 28 August 2020"]
BP[k] = "Media contact:"

# ---------------- w05 Northern Ireland, the INLA and the killing of Billy Wright: sentencing remarks ----------------
k = "w05"
P(k, "mcwilliams", "Christopher McWilliams", "Christopher McWilliams", "McWilliams", "McWILLIAMS, Christopher")
P(k, "kennaway", "John Kennaway", "John Kennaway", "Kennaway", "KENNAWAY, John")
P(k, "glennon", "John Glennon", "John Glennon", "Glennon", "GLENNON, John")
P(k, "wright", "Billy Wright", "William Wright", "Billy Wright", "Wright")
P(k, "heaney", "David Heaney")
P(k, "costello", "Seamus Costello", "Seamus Costello", "Costello")
P(k, "neave", "Airey Neave")
P(k, "fairley", "Declan Fairley")
P(k, "mowlam", "Marjorie Mowlam")
G(k, "inla", "Irish National Liberation Army", "Irish National Liberation Army", "INLA")
G(k, "mid_ulster_brigade", "Mid-Ulster Brigade")
G(k, "uvf", "Ulster Volunteer Force", "Ulster Volunteer Force", "UVF")
G(k, "lvf", "Loyalist Volunteer Force", "Loyalist Volunteer Force", "LVF")
G(k, "official_ira", "Official IRA")
G(k, "irsp", "Irish Republican Socialist Party")
G(k, "conservative", "Conservative Party")
G(k, "nips", "Northern Ireland Prison Service")
L(k, "maze", "HMP Maze", "HMP Maze", "Maze")
L(k, "northern_ireland", "Northern Ireland")
L(k, "belfast", "Belfast", "BELFAST")
L(k, "mid_ulster", "Mid-Ulster")
L(k, "dublin", "Dublin")
L(k, "westminster", "Palace of Westminster")
rels(k, [("mcwilliams", "member_of", "inla"), ("kennaway", "member_of", "inla"), ("glennon", "member_of", "inla"),
         ("mcwilliams", "opposed_to", "wright"), ("kennaway", "opposed_to", "wright"), ("glennon", "opposed_to", "wright"),
         ("wright", "leads", "mid_ulster_brigade"), ("mid_ulster_brigade", "part_of", "uvf"), ("wright", "founded", "lvf"),
         ("wright", "leads", "lvf"), ("costello", "founded", "inla"), ("costello", "member_of", "official_ira"),
         ("irsp", "part_of", "inla"), ("costello", "founded", "irsp"), ("official_ira", "opposed_to", "costello"),
         ("inla", "opposed_to", "neave"), ("neave", "spokesperson_for", "conservative")])
ev(k, "wright_killed", "1997-12-27", "day", ["wright", "mcwilliams", "kennaway", "glennon", "maze"],
   "On the morning of Saturday 27 December 1997")
ev(k, "left_wing", "1997-12-26", "day", ["mcwilliams", "kennaway", "glennon"], "the previous evening")
ev(k, "brigade_stood_down", "1996", "year", ["uvf", "mid_ulster_brigade", "wright"],
   "until 1996, when the UVF's leadership stood the brigade down")
ev(k, "wright_jailed", "1997-03", "month", ["wright"], "sent to prison in March 1997")
ev(k, "wright_moved", "1997-04", "month", ["wright", "maze"], "moved to the Maze the following month")
ev(k, "inla_statement", "1997-12-27", "approximate", ["inla"], "Within hours of the shooting")
ev(k, "inla_founded", "1974-12-10", "day", ["inla", "costello", "irsp"], "founded on 10 December 1974")
ev(k, "costello_killed", "1977-10", "month", ["costello", "official_ira", "dublin"], "shot dead in Dublin in October 1977")
ev(k, "neave_killed", "1979-03", "month", ["inla", "neave", "westminster"], "In March 1979 the INLA murdered")
ev(k, "ceasefire", "1998-08-22", "day", ["inla"], "on 22 August this year")
ev(k, "report_due", "1998-11", "month", ["nips"], "by the end of November")
cl(k, "heaney", "I heard the door go and then it was just noise. He never had a chance to stand up.")
cl(k, "inla", "executed for directing a campaign of terror against the nationalist people from behind the walls of the Maze")
cl(k, "fairley", "regarded himself as acting on behalf of a community that had been terrorised")
NOISE.append({"source": k, "names": ["Royal Courts of Justice", "Chichester Street"]})
ACC += ["IN THE CROWN COURT IN NORTHERN IRELAND", "Crown Court", "SITTING AT BELFAST", "THE QUEEN", "Queen",
        "SENTENCING REMARKS OF MR JUSTICE ROWNTREE", "MR JUSTICE ROWNTREE", "Mr Justice Rowntree", "Rowntree", "Crown",
        "Note", "Mr Wright", "Mr David Heaney", "Mr Declan Fairley QC", "QC", "Secretary of State",
        "Dr Marjorie Mowlam", "H-Block 6", "Catholic", "Counsel", "Each", "All", "When", "You", "It", "He", "That",
        "The", "On", "Within", "Kennaway and Glennon"]
BP[k] = "Judicial Communications Office"

# ---------------- w06 Yemen, AQAP: a long-form interview in Q:/A: form ----------------
k = "w06"
P(k, "batarfi", "Khalid Batarfi", "Khalid Batarfi", "Batarfi")
P(k, "bamatraf", "Huda Bamatraf")
P(k, "saad", "Saad bin Atef al-Awlaki", "Saad bin Atef al-Awlaki", "Saad al-Awlaqi", "Saad al-Awlaki")
P(k, "wuhayshi", "Nasir al-Wuhayshi", "Nasir al-Wuhayshi", "Nasser al-Wahishi", "Wuhayshi")
P(k, "bin_laden", "Osama bin Laden")
P(k, "shihri", "Said al-Shihri")
P(k, "zawahiri", "Ayman al-Zawahiri")
P(k, "abdulmutallab", "Umar Farouk Abdulmutallab")
P(k, "asiri", "Ibrahim al-Asiri")
P(k, "anwar", "Anwar al-Awlaki")
P(k, "saleh", "Ali Abdullah Saleh")
P(k, "raymi", "Qasim al-Raymi", "Qasim al-Raymi", "Raymi")
G(k, "aqap", "Al-Qaeda in the Arabian Peninsula", "Al-Qaeda in the Arabian Peninsula", "AQAP")
G(k, "al_qaeda", "al-Qaeda")
G(k, "aden_centre", "Aden Centre for Strategic Studies")
G(k, "ansar_sharia", "Ansar al-Sharia")
G(k, "popular_committees", "Popular Committees")
G(k, "houthis", "Houthis")
G(k, "hadrami_elite", "Hadrami Elite Forces")
G(k, "stc", "Southern Transitional Council")
L(k, "afghanistan", "Afghanistan")
L(k, "mukalla", "Mukalla")
L(k, "shabwa", "Shabwa")
L(k, "guantanamo", "Guantánamo")
L(k, "detroit", "Detroit")
L(k, "al_jawf", "al-Jawf")
L(k, "sanaa", "Sanaa")
L(k, "jaar", "Jaar")
L(k, "zinjibar", "Zinjibar")
L(k, "abyan", "Abyan")
L(k, "hadramawt", "Hadramawt")
L(k, "uae", "United Arab Emirates")
L(k, "al_bayda", "al-Bayda")
L(k, "yemen", "Yemen")
rels(k, [("batarfi", "leads", "aqap"), ("saad", "leads", "aqap"), ("bamatraf", "member_of", "aden_centre"),
         ("aqap", "part_of", "al_qaeda"), ("wuhayshi", "leads", "aqap"), ("wuhayshi", "reports_to", "bin_laden"),
         ("wuhayshi", "holds_office", "al_qaeda"), ("wuhayshi", "reports_to", "zawahiri"), ("shihri", "reports_to", "wuhayshi"),
         ("abdulmutallab", "member_of", "aqap"), ("asiri", "member_of", "aqap"), ("anwar", "member_of", "aqap"),
         ("ansar_sharia", "part_of", "aqap"), ("aqap", "founded", "ansar_sharia"), ("ansar_sharia", "controls", "jaar"),
         ("ansar_sharia", "controls", "zinjibar"), ("aqap", "controls", "mukalla"), ("hadrami_elite", "opposed_to", "aqap"),
         ("hadrami_elite", "backed_by", "uae"), ("raymi", "leads", "aqap"), ("aqap", "opposed_to", "houthis"),
         ("aqap", "opposed_to", "stc"), ("saleh", "holds_office", "yemen")])
ev(k, "batarfi_death_announced", "2024-03-10", "day", ["aqap", "batarfi"], "announced on Sunday")
ev(k, "last_video", "2024-02", "month", ["batarfi"], "He had last appeared in a video last month")
ev(k, "aqap_formed", "2009-01", "month", ["aqap", "al_qaeda", "wuhayshi"], "formed in January 2009")
ev(k, "underwear_plot", "2009-12-25", "day", ["abdulmutallab", "aqap", "detroit"], "On Christmas Day 2009")
ev(k, "anwar_killed", "2011-09-30", "day", ["anwar", "al_jawf"], "on 30 September 2011")
ev(k, "son_killed", "2011-10-14", "day", ["anwar"], "Two weeks later another strike killed his son")
ev(k, "zinjibar_taken", "2011-05", "month", ["ansar_sharia", "aqap", "zinjibar", "jaar", "abyan"], "in May 2011")
ev(k, "towns_held", "2011", "approximate", ["ansar_sharia", "jaar", "zinjibar"], "By the summer of 2011")
ev(k, "zinjibar_retaken", "2012-06", "month", ["ansar_sharia", "popular_committees"], "drove them out in June 2012")
ev(k, "mukalla_seized", "2015-04-02", "day", ["aqap", "mukalla", "batarfi"], "On 2 April 2015")
ev(k, "coalition_bombing", "2015-03", "approximate", ["houthis"], "a week after the Saudi-led coalition began bombing")
ev(k, "mukalla_retaken", "2016-04", "month", ["hadrami_elite", "aqap", "mukalla"], "driven out in April 2016")
ev(k, "wuhayshi_killed", "2015-06", "month", ["wuhayshi", "mukalla"], "in Mukalla in June 2015")
ev(k, "raymi_killed", "2020-01", "approximate", ["raymi", "yemen"], "in late January 2020")
ev(k, "batarfi_took_over", "2020-02", "month", ["batarfi", "aqap"], "Batarfi took over the following month")
ev(k, "batarfi_video", "2021", "year", ["batarfi", "aqap"], "in a 2021 video")
cl(k, "anwar", "the West is not a place you can hide your faith in for ever.")
cl(k, "batarfi", "will fight the Houthis and the Emiratis before it fights anyone abroad")
cl(k, "bamatraf", "AQAP is smaller than it was, but it has always been good at waiting.")
cl(k, "bamatraf", "If the war between the Houthis and the south reignites, it will have room again.")
cl(k, "bamatraf", "A leader who does not show himself is a leader with problems.")
cl(k, "bamatraf", "He was its voice in English.")
cl(k, "bamatraf", "Less than people expected.")
NOISE.append({"source": k, "names": ["Lamplight Books", "Red Sea"]})
ACC += ["GULF SECURITY QUARTERLY", "Gulf Security Quarterly", "The Interview", "Saudi", "Saudis", "Yemeni", "Nigerian",
        "American", "Americans", "American-born", "Hadrami", "Emiratis", "English", "US", "Saudi-led coalition",
        "Christmas Day", "Ramadan", "President Ali Abdullah Saleh", "President", "Houthi", "Go", "Its", "Yes", "No",
        "Final", "Within", "Less", "Whether", "While", "That", "You", "West", "Who", "What", "Is", "And", "Raymi was killed too",
        "Q", "A"]
BP[k] = "Huda Bamatraf's book"

# ---------------- w07 Ethiopia, the ONLF (and the OLF): a weekly newsletter digest, each item with its own source line ----------------
k = "w07"
P(k, "osman", "Mohamed Omar Osman", "Mohamed Omar Osman", "Osman")
P(k, "workneh", "Workneh Gebeyehu")
P(k, "geele", "Yusuf Abdillahi Geele")
P(k, "abdi_iley", "Abdi Mohamoud Omar", "Abdi Mohamoud Omar", "Abdi Iley")
P(k, "warsame", "Mahad Warsame")
P(k, "kumsa", "Kumsa Diriba", "Kumsa Diriba", "Jaal Maro")
P(k, "dawud", "Dawud Ibsa")
P(k, "abiy", "Abiy Ahmed")
G(k, "onlf", "Ogaden National Liberation Front", "Ogaden National Liberation Front", "ONLF")
G(k, "onla", "Ogaden National Liberation Army", "Ogaden National Liberation Army", "ONLA")
G(k, "liyu", "Liyu Police", "Liyu Police", "Special Police")
G(k, "olf", "Oromo Liberation Front", "Oromo Liberation Front", "OLF")
G(k, "ginbot7", "Ginbot 7")
G(k, "endf", "Ethiopian National Defence Force")
G(k, "ndrmc", "National Disaster Risk Management Commission")
L(k, "asmara", "Asmara")
L(k, "addis_ababa", "Addis Ababa")
L(k, "jijiga", "Jijiga")
L(k, "somali_region", "Somali Region", "Somali Region")
L(k, "ethiopia", "Ethiopia")
L(k, "dhagahbur", "Dhagahbur")
L(k, "korahe", "Korahe")
L(k, "fiq", "Fiq")
L(k, "abole", "Abole")
L(k, "oromia", "Oromia")
L(k, "eritrea", "Eritrea")
L(k, "gimbi", "Gimbi")
rels(k, [("osman", "holds_office", "onlf"), ("workneh", "holds_office", "ethiopia"), ("geele", "spokesperson_for", "onlf"),
         ("onla", "part_of", "onlf"), ("abdi_iley", "leads", "liyu"), ("abdi_iley", "holds_office", "somali_region"),
         ("kumsa", "member_of", "olf"), ("dawud", "holds_office", "olf"), ("onlf", "backed_by", "eritrea"),
         ("olf", "backed_by", "eritrea"), ("olf", "opposed_to", "endf"),
         ("abiy", "holds_office", "ethiopia")])
ev(k, "peace_deal", "2018-10-21", "day", ["onlf", "osman", "workneh", "asmara"], "in Asmara on Sunday")
ev(k, "struggle_began", "1994", "year", ["onlf"], "the armed struggle it began in 1994")
ev(k, "onlf_founded", "1984", "year", ["onlf"], "founded in 1984")
ev(k, "abole_attack", "2007-04-24", "day", ["onla", "abole"], "On 24 April 2007")
ev(k, "liyu_campaign", "2008", "year", ["liyu"], "From 2008 the campaign was led")
ev(k, "delisting", "2018-07", "month", ["onlf", "olf", "ginbot7"], "in July this year")
ev(k, "court_adjourned", "2018-10-23", "day", ["abdi_iley", "addis_ababa"], "on Tuesday granted prosecutors more time")
ev(k, "abdi_iley_arrested", "2018-08", "month", ["abdi_iley"], "arrested by federal police in August")
ev(k, "jijiga_violence", "2018-08-04", "day", ["jijiga", "abdi_iley"], "the violence in Jijiga on 4 August")
ev(k, "next_hearing", "2018-11-07", "day", ["abdi_iley"], "The next hearing is set for 7 November")
ev(k, "dawud_returned", "2018-09-15", "day", ["dawud", "addis_ababa", "eritrea"], "on 15 September")
ev(k, "gimbi_clashes", "2018-10-15", "range", ["olf", "endf", "gimbi"], "were reported last week", end="2018-10-21")
ev(k, "abiy_took_office", "2018-04", "month", ["abiy"], "took office in April")
cl(k, "osman", "We did not come to Asmara to surrender. We came because for the first time there is a government in Addis Ababa that is willing to listen")
cl(k, "geele", "within weeks")
cl(k, "warsame", "My client has not been shown a single piece of evidence. He has been shown a calendar")
cl(k, "kumsa", "until the agreement is written down and signed by both sides")
NOISE.append({"source": k, "names": ["Liban Mire", "Sara Tesfaye", "Nairobi"]})
ACC += ["HORN SECURITY DIGEST", "Horn Security Digest", "Issue 212", "In this issue", "OGADEN REBELS SIGN PEACE DEAL IN ASMARA",
        "BACKGROUND", "THE LONG WAR IN THE SOMALI REGION", "ABDI ILEY STAYS IN CUSTODY", "OLF FIGHTERS IN THE WEST",
        "ADDIS RETURNEES", "Ogaden", "Ogadeni", "Somali", "Ethiopian", "Ethiopians", "Chinese", "Ethiopian government",
        "Ethiopian delegation", "Admiral Mohamed Omar Osman", "Admiral", "Foreign Minister Workneh Gebeyehu",
        "Foreign Minister", "Prime Minister Abiy Ahmed", "Prime Minister", "Parliament", "Source", "Horn Wire",
        "Ogaden Review", "Capital Courier", "Oromia Monitor", "Addis", "Five stories from the week, with sources",
        "Ogaden rebels sign peace deal", "The long war in the Somali Region", "Abdi Iley stays in custody",
        "OLF fighters in the west", "Addis returnees", "Under", "More", "Clashes", "Its", "My", "We", "From", "In"]
BP[k] = "That's all for this week."

# ---------------- w08 Puerto Rico, Los Macheteros: a regional newspaper story pasted as plain text, with a photo caption ----------------
k = "w08"
P(k, "ojeda", "Filiberto Ojeda Ríos", "Filiberto Ojeda Ríos", "Ojeda")
P(k, "rosado", "Elma Beatriz Rosado")
P(k, "fraticelli", "Luis Fraticelli")
P(k, "acevedo", "Aníbal Acevedo Vilá", "Aníbal Acevedo Vilá", "Acevedo Vilá")
P(k, "sanchez_ramos", "Roberto Sánchez Ramos")
P(k, "gerena", "Víctor Manuel Gerena")
P(k, "de_la_torre", "Carmen de la Torre")
G(k, "macheteros", "Boricua Popular Army", "Boricua Popular Army", "Los Macheteros", "Macheteros", "Ejército Popular Boricua",
  "EPB")
G(k, "fbi", "FBI")
G(k, "farp", "Armed Forces of Popular Resistance", "Armed Forces of Popular Resistance", "FARP")
G(k, "ovrp", "Volunteers of the Puerto Rican Revolution", "Volunteers of the Puerto Rican Revolution", "OVRP")
G(k, "us_navy", "U.S. Navy")
G(k, "wells_fargo", "Wells Fargo")
L(k, "hormigueros", "Hormigueros", "Hormigueros", "HORMIGUEROS")
L(k, "jaguey", "Jagüey")
L(k, "san_juan", "San Juan")
L(k, "puerto_rico", "Puerto Rico")
L(k, "la_fortaleza", "La Fortaleza")
L(k, "muniz", "Muñiz Air National Guard Base")
L(k, "sabana_seca", "Sabana Seca")
L(k, "united_states", "United States")
L(k, "west_hartford", "West Hartford")
L(k, "connecticut", "Connecticut")
L(k, "cuba", "Cuba")
L(k, "luquillo", "Luquillo")
L(k, "hartford", "Hartford")
L(k, "mayaguez", "Mayagüez")
rels(k, [("ojeda", "founded", "macheteros"), ("ojeda", "leads", "macheteros"), ("fbi", "opposed_to", "ojeda"),
         ("ojeda", "opposed_to", "fbi"), ("fraticelli", "holds_office", "fbi"), ("acevedo", "holds_office", "puerto_rico"),
         ("sanchez_ramos", "holds_office", "puerto_rico"), ("macheteros", "opposed_to", "us_navy"),
         ("macheteros", "allied_with", "farp"), ("macheteros", "allied_with", "ovrp"), ("gerena", "member_of", "macheteros"),
         ("gerena", "member_of", "wells_fargo"), ("macheteros", "opposed_to", "wells_fargo")])
ev(k, "ojeda_killed", "2005-09-23", "day", ["ojeda", "fbi", "hormigueros"], "at a farmhouse in the hills above this town on Friday")
ev(k, "found_dead", "2005-09-24", "day", ["ojeda", "fbi"], "until the next afternoon")
ev(k, "rosado_detained", "2005-09-23", "day", ["rosado"], "released the same night")
ev(k, "governor_statement", "2005-09-24", "day", ["acevedo", "la_fortaleza"], "at La Fortaleza on Saturday")
ev(k, "autopsy_due", "2005-09-28", "day", ["sanchez_ramos"], "by Wednesday")
ev(k, "ojeda_fled", "1990-09-23", "day", ["ojeda"], "15 years to the day after Ojeda cut off his electronic monitor")
ev(k, "macheteros_founded", "1976", "year", ["ojeda", "macheteros"], "(EPB), in 1976")
ev(k, "muniz_attack", "1981-01-12", "day", ["macheteros", "muniz"], "on January 12, 1981")
ev(k, "sabana_seca", "1979-12-03", "day", ["macheteros", "us_navy", "sabana_seca"], "On December 3, 1979")
ev(k, "wells_fargo", "1983-09-12", "day", ["gerena", "macheteros", "wells_fargo", "west_hartford"], "on September 12, 1983")
ev(k, "ojeda_arrested", "1985-08", "month", ["ojeda", "fbi", "luquillo"], "in Luquillo in August 1985")
ev(k, "acquitted", "1989", "year", ["ojeda", "san_juan"], "acquitted him in 1989")
ev(k, "sentenced", "1992", "year", ["ojeda", "hartford"], "In 1992, after he fled")
ev(k, "body_released", "2005-09-24", "day", ["ojeda"], "released to his family late on Saturday")
ev(k, "wake", "2005-09-26", "day", ["ojeda", "san_juan"], "A wake is planned in San Juan on Monday")
cl(k, "fraticelli", "We came with an arrest warrant, not with a plan to kill anyone")
cl(k, "fraticelli", "He chose to shoot.")
cl(k, "acevedo", "A man who is wounded and alone in a house is not a danger to a team of federal agents")
cl(k, "acevedo", "If he bled to death while they waited outside, the people of Puerto Rico have a right to know who decided that, and why.")
cl(k, "de_la_torre", "He grew plantains and he fixed our radios")
cl(k, "de_la_torre", "When the helicopters came I thought there had been an accident. Nobody here knew who he was, and I still do not think he was dangerous to anybody in Hormigueros.")
NOISE.append({"source": k, "names": ["Rincón"]})
ACC += ["THE WEST COAST SENTINEL", "The West Coast Sentinel", "Sentinel", "Sentinel Staff", "Island News",
        "Daniel Irizarry Soto", "PHOTO CAPTION", "Sentinel photo", "Wanda Ortiz Colón", "Grito de Lares", "Spanish",
        "Puerto Rican", "Independence", "Neighbours", "Supporters", "Prosecutors", "Agents", "Macheteros leader",
        "According", "His", "He", "If", "Nobody", "When", "That", "The", "A", "In"]
BP[k] = "Copyright 2005 The West Coast Sentinel."

W.write()
