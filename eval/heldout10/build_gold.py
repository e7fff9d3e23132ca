"""Builds gold.json for the eleventh held-out set (heldout10) from the annotations below (run:
python3 eval/heldout10/build_gold.py). Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, rels, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.rels, W.ev, W.cl, W.ACC, W.NOISE, W.BP



# ---------------- t01 Oman, the Dhofar war: a gazette supplement of honours with citations ----------------
k = "t01"
P(k, "fenwick_baird", "Hugh Desmond Fenwick-Baird", "Hugh Desmond FENWICK-BAIRD", "Fenwick-Baird")
P(k, "akehurst", "John Akehurst")
P(k, "radley", "Ian Christopher Radley", "Ian Christopher RADLEY", "Radley")
P(k, "muir", "Alasdair John Muir", "Alasdair John MUIR", "Muir")
P(k, "kathiri", "Salim bin Musallam al-Kathiri", "Salim bin Musallam al-Kathiri", "Salim bin Musallam al-KATHIRI",
  "Salim bin Musallam")
P(k, "pritchard", "Graham Owen Pritchard", "Graham Owen PRITCHARD", "Pritchard")
P(k, "vakaloloma", "Tomasi Vakaloloma", "Tomasi VAKALOLOMA", "Vakaloloma")
P(k, "braik", "Braik bin Hamud al-Ghafari")
P(k, "oakham", "Robin Tancred Oakham", "Robin Tancred OAKHAM", "Oakham")
P(k, "qaboos", "Qaboos bin Said", "Qaboos bin Said", "Qaboos")
P(k, "said_bin_taimur", "Said bin Taimur")
G(k, "saf", "Sultan of Oman's Armed Forces")
G(k, "desert_regiment", "Desert Regiment")
G(k, "dhofar_brigade", "Dhofar Brigade")
G(k, "jebel_regiment", "Jebel Regiment")
G(k, "pflo", "Popular Front for the Liberation of Oman", "Popular Front for the Liberation of Oman", "PFLO")
G(k, "dlf", "Dhofar Liberation Front")
G(k, "scots_dg", "Royal Scots Dragoon Guards")
G(k, "para", "Parachute Regiment")
G(k, "rhf", "Royal Highland Fusiliers")
G(k, "sas22", "22nd Special Air Service Regiment", "22nd Special Air Service Regiment", "Special Air Service Regiment",
  "British Army Training Team", "BATT")
G(k, "firqat", "Firqat Salahadin")
G(k, "soaf", "Sultan of Oman's Air Force")
G(k, "raf", "Royal Air Force")
G(k, "iibg", "Imperial Iranian Battle Group")
L(k, "dhofar", "Dhofar", "Dhofar", "Dhofar Province")
L(k, "oman", "Oman", "Oman", "Sultanate of Oman")
L(k, "sarfait", "Sarfait")
L(k, "hauf", "Hauf")
L(k, "pdry", "People's Democratic Republic of Yemen", "People's Democratic Republic of Yemen", "Yemen")
L(k, "dalkut", "Dalkut")
L(k, "rakhyut", "Rakhyut")
L(k, "mirbat", "Mirbat")
L(k, "london", "London")
rels(k, [("fenwick_baird", "member_of", "scots_dg"), ("fenwick_baird", "member_of", "saf"),
         ("fenwick_baird", "leads", "desert_regiment"), ("desert_regiment", "part_of", "saf"),
         ("akehurst", "leads", "dhofar_brigade"), ("fenwick_baird", "reports_to", "akehurst"),
         ("desert_regiment", "opposed_to", "pflo"), ("pflo", "backed_by", "pdry"),
         ("radley", "member_of", "para"), ("radley", "member_of", "saf"), ("radley", "member_of", "jebel_regiment"),
         ("jebel_regiment", "part_of", "dhofar_brigade"), ("pflo", "controls", "dalkut"),
         ("muir", "member_of", "rhf"), ("muir", "member_of", "sas22"), ("muir", "member_of", "firqat"),
         ("firqat", "backed_by", "sas22"), ("kathiri", "leads", "firqat"), ("firqat", "opposed_to", "pflo"),
         ("muir", "opposed_to", "pflo"), ("firqat", "allied_with", "desert_regiment"),
         ("pritchard", "member_of", "raf"), ("pritchard", "member_of", "soaf"), ("pflo", "opposed_to", "soaf"),
         ("iibg", "controls", "rakhyut"), ("pritchard", "opposed_to", "pflo"), ("vakaloloma", "member_of", "sas22"),
         ("kathiri", "member_of", "dlf"), ("kathiri", "member_of", "pflo"), ("braik", "holds_office", "dhofar"),
         ("oakham", "advises", "braik"), ("qaboos", "holds_office", "oman"), ("qaboos", "opposed_to", "said_bin_taimur")])
ev(k, "fb_command", "1974-03", "month", ["fenwick_baird", "desert_regiment"], "from March 1974 until the end of the campaign")
ev(k, "final_offensive", "1975-10-14", "range", ["desert_regiment", "pflo", "akehurst"],
   "On the night of 14th/15th October 1975", end="1975-10-15")
ev(k, "pinned_down", "1975-10-15", "day", ["desert_regiment", "sarfait"], "The following evening two of his companies")
ev(k, "dalkut", "1975-12-01", "day", ["radley", "jebel_regiment", "dalkut", "pflo"], "In the early hours of 1st December 1975")
ev(k, "batt_since", "1970", "year", ["sas22", "dhofar"], "has served in Dhofar since 1970")
ev(k, "wadi_ambush", "1975-05", "month", ["muir", "firqat", "kathiri", "pflo"], "In May 1975")
ev(k, "firqat_sarfait", "1975-10", "month", ["firqat", "desert_regiment", "sarfait"], "at Sarfait in October")
ev(k, "strikemaster", "1975-08-19", "day", ["soaf", "sarfait", "pflo"], "On 19th August 1975")
ev(k, "sorties", "1975-08-25", "range", ["pritchard", "iibg"], "The following week Flight Lieutenant Pritchard", end="1975-08-31")
ev(k, "rakhyut", "1975-01", "month", ["iibg", "rakhyut"], "had seized Rakhyut in January")
ev(k, "hauf_strike", "1975-10", "month", ["pritchard", "hauf", "pflo"], "In October he led the strike")
ev(k, "vak_batt", "1971", "year", ["vakaloloma", "sas22"], "has served with BATT since 1971")
ev(k, "mirbat", "1972-07-19", "day", ["vakaloloma", "mirbat"], "fought at Mirbat on 19th July 1972")
ev(k, "vak_wounded", "1975-10-26", "day", ["vakaloloma", "firqat"], "on Sunday 26th October 1975")
ev(k, "kathiri_dlf", "1966", "year", ["kathiri", "dlf"], "joined the Dhofar Liberation Front in 1966")
ev(k, "kathiri_defected", "1971", "year", ["kathiri", "pflo"], "defected to the Government in 1971")
ev(k, "coup_1970", "1970-07", "month", ["qaboos", "said_bin_taimur", "oman"], "in July 1970")
ev(k, "broadcast", "1975-12", "month", ["qaboos"], "in a broadcast last December")
ev(k, "war_end", "1975-12-11", "day", ["qaboos", "dhofar"], "On 11th December 1975")
cl(k, "fenwick_baird", "the enemy did not run; he went home, and home was Yemen.")
cl(k, "kathiri", "the adoo know this wadi better than we do, so we will go where they do not expect us")
cl(k, "kathiri", "I fought for the Front for five years and against it for five. The second five were the better spent.")
cl(k, "qaboos", "every well we dig on the jebel is worth a company of soldiers.")
NOISE.append({"source": k, "names": ["Gazette Office", "Norwich", "Her Majesty's Stationery Office"]})
ACC += ["SUPPLEMENT TO THE GAZETTE", "SUPPLEMENT TO THE GAZETTE OF MONDAY", "Gazette", "MONDAY", "TUESDAY", "MAY",
        "Published by Authority", "Registered as a Newspaper", "MINISTRY OF DEFENCE", "Whitehall",
        "London SW1", "Notice", "HONOURS AND AWARDS", "OPERATIONS IN DHOFAR", "QUEEN", "The QUEEN",
        "Distinguished Service Order", "Military Cross", "Distinguished Flying Cross", "Military Medal",
        "HONORARY AWARD", "Queen's Commendation for Brave Conduct", "CENTRAL CHANCERY OF THE ORDERS OF KNIGHTHOOD",
        "St. James's Palace", "Most Excellent Order of the British Empire", "Most Excellent Order",
        "Order of the British Empire", "Civil Division", "Additional Officer", "Citation",
        "Lieutenant Colonel Hugh Desmond FENWICK-BAIRD", "Lieutenant Colonel Fenwick-Baird", "Brigadier John Akehurst",
        "Commander Dhofar Brigade", "Major Ian Christopher RADLEY", "Major Radley", "Captain Alasdair John MUIR",
        "Captain Muir", "Flight Lieutenant Graham Owen PRITCHARD", "Flight Lieutenant Pritchard",
        "Sergeant Tomasi VAKALOLOMA", "Sergeant Vakaloloma", "Sheikh Braik bin Hamud al-Ghafari",
        "His Majesty Sultan Qaboos bin Said", "Sultan Qaboos bin Said", "His Majesty", "Wali of Dhofar", "Wali",
        "Government", "Strikemaster", "Fijian", "Yemeni", "Front", "Esq", "Robin Tancred OAKHAM, Esq", "Development Adviser"]
BP[k] = "Printed and published by the Gazette Office"

# ---------------- t02 Greece, 17 November: a newspaper's corrections and clarifications column ----------------
k = "t02"
P(k, "koufontinas", "Dimitris Koufontinas", "Dimitris Koufontinas", "Koufontinas")
P(k, "giotopoulos", "Alexandros Giotopoulos", "Alexandros Giotopoulos", "Giotopoulos")
P(k, "saunders", "Stephen Saunders")
P(k, "heather", "Heather Saunders")
P(k, "welch", "Richard Welch")
P(k, "maziotis", "Nikos Maziotis", "Nikos Maziotis", "Maziotis")
P(k, "roupa", "Pola Roupa")
P(k, "savvas", "Savvas Xiros")
P(k, "christodoulos", "Christodoulos Xiros")
P(k, "vassilis", "Vassilis Xiros")
P(k, "chrysochoidis", "Michalis Chrysochoidis", "Michalis Chrysochoidis", "Chrysochoidis")
P(k, "mitsotakis", "Kyriakos Mitsotakis")
G(k, "n17", "Revolutionary Organisation 17 November", "Revolutionary Organisation 17 November", "17 November", "17N")
G(k, "rs", "Revolutionary Struggle")
G(k, "cia", "CIA")
G(k, "hellenic_police", "Hellenic Police")
G(k, "us_embassy", "United States Embassy")
L(k, "athens", "Athens")
L(k, "korydallos", "Korydallos")
L(k, "domokos", "Domokos")
L(k, "volos", "Volos")
L(k, "lamia", "Lamia")
L(k, "britain", "Britain")
L(k, "kifissias", "Kifissias Avenue")
L(k, "polytechnic", "Athens Polytechnic")
L(k, "monastiraki", "Monastiraki")
L(k, "piraeus", "Piraeus")
L(k, "greece", "Greece")
rels(k, [("giotopoulos", "leads", "n17"), ("koufontinas", "holds_office", "n17"), ("n17", "opposed_to", "saunders"),
         ("saunders", "holds_office", "britain"), ("n17", "opposed_to", "welch"), ("welch", "holds_office", "cia"),
         ("maziotis", "founded", "rs"), ("roupa", "founded", "rs"), ("rs", "opposed_to", "us_embassy"),
         ("hellenic_police", "opposed_to", "maziotis"), ("savvas", "member_of", "n17"),
         ("christodoulos", "member_of", "n17"), ("vassilis", "member_of", "n17"),
         ("chrysochoidis", "holds_office", "greece"), ("mitsotakis", "holds_office", "greece")])
ev(k, "strike_ended", "2021-03-14", "day", ["koufontinas"], "which he ended on Sunday")
ev(k, "trial", "2003", "year", ["n17", "giotopoulos", "koufontinas", "athens"], "tried the group in 2003")
ev(k, "strike_began", "2021-01-08", "day", ["koufontinas", "domokos"], "He began it at Domokos prison on 8 January")
ev(k, "transfer", "2020-12", "month", ["koufontinas", "volos", "domokos"], "from the rural prison at Volos in December")
ev(k, "lamia", "2021-02", "month", ["koufontinas", "lamia"], "He was taken to the hospital in Lamia the following month")
ev(k, "saunders_killed", "2000-06-08", "day", ["n17", "saunders", "athens"], "on 8 June 2000")
ev(k, "heather_letter", "2021-03-15", "range", ["heather"], "wrote to us this week", end="2021-03-21")
ev(k, "welch_killed", "1975-12-23", "day", ["n17", "welch", "athens"], "on 23 December 1975")
ev(k, "polytechnic", "1973-11-17", "day", ["polytechnic"], "17 November 1973")
ev(k, "rs_founded", "2003", "year", ["rs", "maziotis", "roupa"], "founded in 2003 by Nikos Maziotis")
ev(k, "embassy_attack", "2007-01", "month", ["rs", "us_embassy", "athens"], "in January 2007")
ev(k, "maziotis_arrested", "2014-07", "month", ["maziotis", "hellenic_police", "monastiraki"], "in July 2014")
ev(k, "piraeus_bomb", "2002-06-29", "day", ["savvas", "piraeus"], "in Piraeus on 29 June 2002")
ev(k, "dismantled", "2002", "approximate", ["n17", "chrysochoidis"], "dismantled in the summer of 2002")
ev(k, "parliament", "2021-03-02", "day", ["chrysochoidis"], "told Parliament on 2 March")
cl(k, "heather", "My husband was not a symbol, and he was not a date in somebody's timeline")
cl(k, "heather", "He was murdered in a traffic jam on the Kifissias Avenue by men who thought they were making history.")
cl(k, "chrysochoidis", "the Greek state does not negotiate its prisons with a man convicted of eleven murders.")
cl(k, "koufontinas", "so that this struggle is not handed to the dead")
NOISE.append({"source": k, "names": ["Ledger Media Group S.A.", "Akadimias Street", "Greek Union of Journal Editors",
                                     "Editors' Code of Practice"]})
ACC += ["THE AEGEAN LEDGER", "Aegean Ledger", "Opinion & Comment", "Page", "CORRECTIONS AND CLARIFICATIONS",
        "Readers' Editor", "Daphne Marinou", "News", "Weekend", "Politics", "Clarification", "A note on names",
        "Hunger striker moved to intensive care", "The long shadow of 17 November", "Brigadier Stephen Saunders",
        "Prime Minister Kyriakos Mitsotakis", "Minister of Citizen Protection", "Greek", "Parliament", "Greek state",
        "The Xiros brothers", "Xiros brothers", "Not the founder", "Where he was held", "The wrong year",
        "The first victim", "Not a successor", "Who said it", "Several", "Our", "The Greek"]
BP[k] = "To contact the Readers' Editor"

# ---------------- t03 Rhodesia, the Bush War: an auction catalogue section with lot footnotes ----------------
k = "t03"
P(k, "maphosa", "Joseph Maphosa", "Joseph Maphosa", "Maphosa", "J. M. MAPHOSA")
P(k, "reid_daly", "Ron Reid-Daly")
P(k, "tongogara", "Josiah Tongogara")
P(k, "mugabe", "Robert Mugabe", "Robert Mugabe", "Mugabe")
P(k, "nkomo", "Joshua Nkomo")
P(k, "wilmot", "Derek Wilmot-Hayes", "Derek Wilmot-Hayes", "Wilmot-Hayes")
P(k, "carrington", "Carrington")
P(k, "muzorewa", "Abel Muzorewa", "Abel Muzorewa", "Muzorewa")
P(k, "smith", "Ian Smith", "Ian Smith", "Smith")
P(k, "mafu", "Mafu")
P(k, "masuku", "Lookout Masuku", "Lookout Masuku", "Masuku")
P(k, "dabengwa", "Dumiso Dabengwa", "Dumiso Dabengwa", "Dabengwa")
G(k, "selous", "Selous Scouts")
G(k, "rhodesian_army", "Rhodesian Army")
G(k, "zanla", "Zimbabwe African National Liberation Army", "Zimbabwe African National Liberation Army", "ZANLA")
G(k, "zanu", "Zimbabwe African National Union", "Zimbabwe African National Union", "ZANU")
G(k, "frelimo", "FRELIMO")
G(k, "zipra", "Zimbabwe People's Revolutionary Army", "Zimbabwe People's Revolutionary Army", "ZIPRA")
G(k, "zapu", "Zimbabwe African People's Union", "Zimbabwe African People's Union", "ZAPU")
G(k, "air_rhodesia", "Air Rhodesia")
G(k, "rli", "Rhodesian Light Infantry", "Rhodesian Light Infantry", "RLI")
G(k, "commando3", "3 Commando")
G(k, "sas_rh", "Special Air Service")
G(k, "patriotic_front", "Patriotic Front")
G(k, "rhodesian_front", "Rhodesian Front")
G(k, "bsap", "British South Africa Police")
L(k, "mount_darwin", "Mount Darwin")
L(k, "maputo", "Maputo")
L(k, "mozambique", "Mozambique")
L(k, "matabeleland", "Matabeleland")
L(k, "soviet_union", "Soviet Union")
L(k, "zambia", "Zambia")
L(k, "kariba", "Kariba")
L(k, "chimoio", "Chimoio")
L(k, "london", "London")
L(k, "zimbabwe_rhodesia", "Zimbabwe Rhodesia")
L(k, "britain", "Britain")
L(k, "salisbury", "Salisbury", "Salisbury", "Harare")
L(k, "bulawayo", "Bulawayo")
L(k, "chinhoyi", "Chinhoyi", "Chinhoyi", "Sinoia")
L(k, "rhodesia", "Rhodesia")
L(k, "zimbabwe", "Zimbabwe")
rels(k, [("maphosa", "member_of", "selous"), ("selous", "part_of", "rhodesian_army"), ("reid_daly", "founded", "selous"),
         ("reid_daly", "leads", "selous"), ("maphosa", "member_of", "zanla"), ("zanla", "part_of", "zanu"),
         ("tongogara", "leads", "zanla"), ("zanla", "backed_by", "frelimo"), ("mugabe", "leads", "zanu"),
         ("zipra", "part_of", "zapu"), ("nkomo", "leads", "zapu"), ("zipra", "backed_by", "soviet_union"),
         ("zipra", "opposed_to", "air_rhodesia"), ("wilmot", "member_of", "commando3"), ("wilmot", "member_of", "rli"),
         ("commando3", "part_of", "rli"), ("rli", "opposed_to", "zanla"), ("sas_rh", "opposed_to", "zanla"),
         ("carrington", "holds_office", "britain"), ("mugabe", "leads", "patriotic_front"),
         ("nkomo", "leads", "patriotic_front"), ("zanu", "allied_with", "zapu"), ("zanu", "member_of", "patriotic_front"),
         ("zapu", "member_of", "patriotic_front"), ("muzorewa", "holds_office", "zimbabwe_rhodesia"),
         ("smith", "leads", "rhodesian_front"), ("smith", "holds_office", "rhodesia"), ("mafu", "member_of", "zipra"),
         ("masuku", "leads", "zipra"), ("dabengwa", "member_of", "zipra"), ("mugabe", "holds_office", "zimbabwe"),
         ("bsap", "opposed_to", "zanla")])
ev(k, "selous_raised", "1973", "year", ["reid_daly", "selous"], "raised in 1973")
ev(k, "maphosa_captured", "1975", "year", ["maphosa", "mount_darwin"], "captured near Mount Darwin in 1975")
ev(k, "maphosa_joined", "1976", "year", ["maphosa", "selous"], "joined the unit the following year")
ev(k, "maphosa_interview", "1998", "year", ["maphosa"], "Interviewed by the vendor in 1998")
ev(k, "tongogara_commander", "1973", "year", ["tongogara", "zanla"], "ZANLA's commander from 1973")
ev(k, "tongogara_died", "1979-12-26", "day", ["tongogara", "mozambique"], "on 26 December 1979")
ev(k, "lancaster_signed", "1979-12-21", "day", ["patriotic_front", "carrington"], "five days after the Lancaster House agreement was signed")
ev(k, "frelimo_bases", "1975", "year", ["frelimo", "zanla", "mozambique"], "gave ZANLA its rear bases from 1975")
ev(k, "mugabe_zanu", "1975", "year", ["mugabe", "zanu"], "taken over ZANU's external wing in 1975")
ev(k, "leaflet", "1978", "year", ["zipra", "matabeleland"], "distributed in Matabeleland in 1978")
ev(k, "hunyani", "1978-09-03", "day", ["zipra", "air_rhodesia", "kariba"], "near Kariba on 3 September 1978")
ev(k, "chimoio", "1977-11-23", "day", ["rli", "commando3", "sas_rh", "zanla", "chimoio"], "at Chimoio on 23 November 1977")
ev(k, "chimoio_range", "1977-11-23", "range", ["rli", "sas_rh", "zanla", "chimoio"], "The attack lasted three days", end="1977-11-25")
ev(k, "lancaster", "1979-09-10", "range", ["carrington", "mugabe", "nkomo", "muzorewa", "london"],
   "10 September to 21 December 1979", end="1979-12-21")
ev(k, "pf_formed", "1976", "year", ["zanu", "zapu", "patriotic_front"], "had formed in 1976")
ev(k, "muzorewa_pm", "1979-06", "month", ["muzorewa", "zimbabwe_rhodesia"], "in June 1979")
ev(k, "udi", "1965-11-11", "day", ["smith", "britain"], "declared independence from Britain unilaterally that day")
ev(k, "smith_pm", "1964", "year", ["smith", "rhodesia"], "prime minister from 1964")
ev(k, "arrests_1982", "1982-03", "month", ["masuku", "dabengwa", "mugabe"], "arrested in March 1982")
ev(k, "masuku_died", "1986", "year", ["masuku"], "Masuku died in 1986")
ev(k, "chinhoyi", "1966-04-28", "day", ["zanla", "bsap", "chinhoyi"], "On 28 April 1966")
ev(k, "independence", "1980-04-18", "day", ["mugabe", "zimbabwe"], "on 18 April 1980")
cl(k, "maphosa", "In the bush nobody asked you which side you were on. They asked you whose food you were eating.")
cl(k, "zipra", "Soldiers of the Smith regime: put down your guns and come to us, and you will be treated as brothers.")
cl(k, "muzorewa", "We came to London as enemies. Let us go home as countrymen.")
NOISE.append({"source": k, "names": ["Harcourt & Lyle Ltd", "Medals Department", "Eleanor Voss", "Benedict Amery"]})
ACC += ["HARCOURT & LYLE", "Auctioneers and Valuers", "SALE", "ORDERS, DECORATIONS, MEDALS AND MILITARIA",
        "Section IV", "Southern Africa", "Cataloguer's note", "Bush War", "Second Chimurenga",
        "Unilateral Declaration of Independence", "Lot", "Estimate", "Provenance", "Footnote",
        "Rhodesia General Service Medal", "TPR", "Trooper Joseph Maphosa", "Major Ron Reid-Daly", "Scouts",
        "Forward with the People's War", "Sindebele", "English", "Flight 825", "Air Rhodesia Flight 825", "Hunyani",
        "Viscount", "Fireforce", "Lance Corporal Derek Wilmot-Hayes", "Operation Dingo", "Lancaster House",
        "Lancaster House conference", "Lancaster House agreement", "Lord Carrington", "Foreign Secretary",
        "Bishop Abel Muzorewa", "Proclamation of Independence", "Rhodesians", "Zimbabweans", "Heroes of Chinhoyi 1966",
        "Zimbabwe Independence Medal", "Cde Mafu", "Cde", "Commander", "Withdrawn", "Prime Minister Robert Mugabe",
        "Rhodesian", "Smith regime", "British", "Like"]
BP[k] = "IMPORTANT NOTICES"

# ---------------- t04 Uruguay, the Tupamaros: a documentary's press kit ----------------
k = "t04"
P(k, "mujica", "José Mujica", "José Mujica", "Mujica", "Pepe")
P(k, "rosencof", "Mauricio Rosencof", "Mauricio Rosencof", "Rosencof")
P(k, "engler", "Henry Engler", "Henry Engler", "Engler")
P(k, "sendic", "Raúl Sendic", "Raúl Sendic", "Sendic")
P(k, "mitrione", "Dan Mitrione")
P(k, "jackson", "Geoffrey Jackson")
P(k, "pacheco", "Jorge Pacheco Areco")
P(k, "bordaberry", "Juan María Bordaberry")
P(k, "huidobro", "Eleuterio Fernández Huidobro")
P(k, "sotelo", "Aníbal Sotelo", "Aníbal Sotelo", "Sotelo")
G(k, "mln", "Movimiento de Liberación Nacional-Tupamaros", "Movimiento de Liberación Nacional-Tupamaros", "MLN-T",
  "Tupamaros")
G(k, "socialist_party", "Socialist Party")
G(k, "usaid", "US Agency for International Development")
G(k, "armed_forces", "Armed Forces")
G(k, "mpp", "Movement of Popular Participation", "Movement of Popular Participation", "MPP")
G(k, "frente_amplio", "Frente Amplio")
G(k, "cav4", "4th Cavalry Regiment")
L(k, "uruguay", "Uruguay")
L(k, "montevideo", "Montevideo")
L(k, "libertad", "Libertad")
L(k, "artigas", "Artigas")
L(k, "pando", "Pando")
L(k, "punta_carretas", "Punta Carretas")
L(k, "sweden", "Sweden")
L(k, "argentina", "Argentina")
L(k, "spain", "Spain")
rels(k, [("mujica", "member_of", "mln"), ("rosencof", "member_of", "mln"), ("engler", "member_of", "mln"),
         ("huidobro", "founded", "mln"), ("huidobro", "member_of", "mln"), ("sendic", "founded", "mln"),
         ("mln", "opposed_to", "mitrione"), ("mitrione", "member_of", "usaid"), ("mln", "opposed_to", "jackson"),
         ("pacheco", "holds_office", "uruguay"), ("bordaberry", "holds_office", "uruguay"),
         ("armed_forces", "opposed_to", "mln"), ("mujica", "holds_office", "uruguay"), ("mujica", "leads", "mpp"),
         ("mpp", "member_of", "frente_amplio"), ("huidobro", "holds_office", "uruguay"), ("sotelo", "member_of", "cav4")])
ev(k, "hostages_moved", "1973-09", "month", ["mujica", "rosencof", "engler", "huidobro", "libertad"], "In September 1973")
ev(k, "hostage_years", "1973-09", "range", ["mujica", "rosencof", "engler", "huidobro"],
   "For eleven years and six months", end="1985-03")
ev(k, "coup_1973", "1973-06-27", "day", ["bordaberry"], "On 27 June 1973")
ev(k, "released", "1985-03-14", "day", ["mujica", "rosencof", "engler", "huidobro"], "on 14 March 1985")
ev(k, "mln_grew", "1965", "approximate", ["mln", "sendic", "artigas"], "grew in the mid-1960s")
ev(k, "pando", "1969-10-08", "day", ["mln", "pando"], "on 8 October 1969")
ev(k, "mitrione_kidnapped", "1970-07-31", "day", ["mln", "mitrione"], "On 31 July 1970")
ev(k, "mitrione_found", "1970-08-10", "day", ["mitrione"], "ten days later he was found dead")
ev(k, "jackson_kidnapped", "1971-01", "month", ["mln", "jackson"], "In January 1971")
ev(k, "jackson_held", "1971-01", "range", ["mln", "jackson"], "held him for eight months", end="1971-09")
ev(k, "escape", "1971-09-06", "day", ["mln", "punta_carretas"], "On 6 September 1971")
ev(k, "armed_forces", "1971-09-09", "day", ["pacheco", "armed_forces", "mln"], "Three days later President Jorge Pacheco Areco")
ev(k, "mln_dismantled", "1972", "year", ["armed_forces", "mln"], "by the end of 1972 had dismantled it")
ev(k, "sendic_captured", "1972-09-01", "day", ["sendic", "montevideo"], "on 1 September 1972")
ev(k, "mpp_founded", "1989", "year", ["mpp"], "In 1989 they founded")
ev(k, "mpp_fa", "1989", "year", ["mpp", "frente_amplio"], "joined the Frente Amplio coalition that year")
ev(k, "mujica_elected", "2009", "year", ["mujica", "uruguay"], "elected president of Uruguay in 2009")
ev(k, "huidobro_minister", "2011", "year", ["huidobro"], "minister of defence from 2011")
ev(k, "huidobro_died", "2016", "year", ["huidobro"], "he died in 2016")
ev(k, "mujica_joined", "1964", "year", ["mujica", "mln"], "a Tupamaro from 1964")
ev(k, "mujica_president", "2010", "range", ["mujica", "uruguay"], "president of Uruguay from 2010 to 2015", end="2015")
ev(k, "mujica_shot", "1970", "year", ["mujica"], "in a gunfight with police in 1970")
ev(k, "engler_command", "1972", "year", ["engler", "mln"], "military command in 1972")
ev(k, "sotelo_1979", "1979", "year", ["sotelo", "cav4"], "4th Cavalry Regiment in 1979")
cl(k, "mujica", "If you want a hero, go and film somebody younger. We were wrong about many things, and the country paid for it too.")
cl(k, "rosencof", "I talked to the ants")
cl(k, "rosencof", "because the ants were the only ones who answered.")
cl(k, "sotelo", "We were told they were animals")
cl(k, "sotelo", "After a while I could not look at them, because they were not.")
NOISE.append({"source": k, "names": ["Martín Leiva", "Inés Goycoechea", "Pablo Arregui", "Sofía Benavídez",
                                     "Diego Rosas", "Río Austral Films", "Amalia Ferrer"]})
ACC += ["PRESS KIT", "LOS REHENES", "THE HOSTAGES", "Los Rehenes", "Valeria Ostuni", "DCP", "Spanish", "English",
        "World premiere", "Montevideo International Documentary Festival", "Competition",
        "Press screenings", "Sala B", "LOGLINE", "SYNOPSIS", "DIRECTOR'S STATEMENT", "HISTORICAL BACKGROUND",
        "WHO'S WHO IN THE FILM", "ABOUT THE DIRECTOR", "Tupamaro", "President Jorge Pacheco Areco",
        "President Juan María Bordaberry", 'José "Pepe" Mujica', "Colonel (retd.) Aníbal Sotelo", "Paso de los Toros",
        "US", "British", "Tuesday", "Wednesday", "Friday", "Sala"]
BP[k] = "CREW"

# ---------------- t05 Argentina, the Montoneros and the ERP: a library's annotated bibliography ----------------
k = "t05"
P(k, "tosco", "Agustín Tosco")
P(k, "ongania", "Juan Carlos Onganía")
P(k, "aramburu", "Pedro Eugenio Aramburu")
P(k, "abal_medina", "Fernando Abal Medina", "Fernando Abal Medina", "Abal Medina")
P(k, "firmenich", "Mario Firmenich", "Mario Firmenich", "Firmenich")
P(k, "ramus", "Carlos Gustavo Ramus", "Carlos Gustavo Ramus", "Ramus")
P(k, "arrostito", "Norma Arrostito")
P(k, "peron", "Perón")
P(k, "santucho", "Mario Roberto Santucho", "Mario Roberto Santucho", "Santucho")
P(k, "vilas", "Acdel Vilas")
P(k, "lopez_rega", "José López Rega", "José López Rega", "López Rega")
P(k, "isabel", "Isabel Perón")
P(k, "ortega", "Rodolfo Ortega Peña")
P(k, "walsh", "Rodolfo Walsh")
P(k, "videla", "Jorge Rafael Videla", "Jorge Rafael Videla", "Videla")
P(k, "massera", "Emilio Massera", "Emilio Massera", "Massera")
P(k, "agosti", "Orlando Agosti")
P(k, "alfonsin", "Raúl Alfonsín")
P(k, "sabato", "Ernesto Sabato")
G(k, "luz_y_fuerza", "Luz y Fuerza")
G(k, "montoneros", "Montoneros")
G(k, "far", "Revolutionary Armed Forces", "Revolutionary Armed Forces", "FAR")
G(k, "erp", "People's Revolutionary Army", "People's Revolutionary Army", "ERP")
G(k, "prt", "Revolutionary Workers' Party", "Revolutionary Workers' Party", "PRT")
G(k, "aaa", "Argentine Anticommunist Alliance", "Argentine Anticommunist Alliance", "AAA", "Triple A")
G(k, "ministry", "Ministry of Social Welfare")
G(k, "esma", "Navy Mechanics School", "Navy Mechanics School", "Escuela de Mecánica de la Armada", "ESMA")
G(k, "tg332", "Task Group 3.3.2")
G(k, "conadep", "CONADEP", "CONADEP", "Comisión Nacional sobre la Desaparición de Personas")
L(k, "argentina", "Argentina")
L(k, "cordoba", "Córdoba")
L(k, "william_morris", "William Morris")
L(k, "plaza_de_mayo", "Plaza de Mayo")
L(k, "mexico", "Mexico")
L(k, "brazil", "Brazil")
L(k, "tucuman", "Tucumán")
L(k, "monte_chingolo", "Monte Chingolo")
L(k, "villa_martelli", "Villa Martelli")
L(k, "buenos_aires", "Buenos Aires")
rels(k, [("tosco", "leads", "luz_y_fuerza"), ("montoneros", "opposed_to", "aramburu"),
         ("aramburu", "holds_office", "argentina"), ("abal_medina", "founded", "montoneros"),
         ("firmenich", "founded", "montoneros"), ("ramus", "founded", "montoneros"),
         ("arrostito", "founded", "montoneros"), ("firmenich", "leads", "montoneros"),
         ("peron", "opposed_to", "montoneros"), ("erp", "part_of", "prt"), ("santucho", "leads", "erp"),
         ("santucho", "leads", "prt"), ("lopez_rega", "leads", "aaa"), ("lopez_rega", "leads", "ministry"),
         ("isabel", "holds_office", "argentina"), ("aaa", "opposed_to", "ortega"), ("walsh", "member_of", "montoneros"),
         ("esma", "opposed_to", "walsh"), ("alfonsin", "holds_office", "argentina"), ("alfonsin", "founded", "conadep"),
         ("sabato", "leads", "conadep")])
ev(k, "cordobazo", "1969-05-29", "range", ["tosco", "luz_y_fuerza", "cordoba"], "The uprising of 29-30 May 1969", end="1969-05-30")
ev(k, "aramburu_kidnapped", "1970-05-29", "day", ["montoneros", "aramburu"], "on 29 May 1970")
ev(k, "aramburu_killed", "1970-06-01", "day", ["montoneros", "aramburu"], "killing him three days later")
ev(k, "founders_killed", "1970-09", "month", ["abal_medina", "ramus", "william_morris"], "in William Morris in September 1970")
ev(k, "far_merged", "1973-10", "month", ["far", "montoneros"], "in October 1973")
ev(k, "peron_speech", "1974-05-01", "day", ["peron", "plaza_de_mayo", "montoneros"], "on 1 May 1974")
ev(k, "underground", "1974-09-06", "day", ["firmenich", "montoneros"], "on 6 September that year")
ev(k, "counteroffensive", "1979", "year", ["montoneros"], 'counter-offensive" of 1979')
ev(k, "extradited", "1984", "year", ["firmenich", "brazil"], "extradited from Brazil in 1984")
ev(k, "convicted", "1987", "year", ["firmenich"], "convicted three years later")
ev(k, "erp_created", "1970", "year", ["erp", "prt"], "was created in 1970")
ev(k, "tucuman_front", "1974-05", "month", ["erp", "tucuman"], "from May 1974")
ev(k, "operativo", "1975-02", "month", ["vilas", "tucuman"], "began in February 1975")
ev(k, "monte_chingolo", "1975-12-23", "day", ["erp", "monte_chingolo"], "on 23 December 1975")
ev(k, "santucho_killed", "1976-07-19", "day", ["santucho", "villa_martelli"], "on 19 July 1976")
ev(k, "ortega_killed", "1974-07-31", "day", ["aaa", "ortega"], "on 31 July 1974")
ev(k, "lopez_rega_left", "1975-07", "month", ["lopez_rega"], "left the country in July 1975")
ev(k, "walsh_letter", "1977-03-24", "day", ["walsh", "videla", "massera", "agosti"], "On 24 March 1977")
ev(k, "coup_1976", "1976-03-24", "day", ["videla", "massera", "agosti"], "the first anniversary of the coup")
ev(k, "walsh_killed", "1977-03-25", "day", ["walsh", "esma"], "The next day a navy task group")
ev(k, "conadep", "1983-12", "month", ["alfonsin", "conadep", "sabato"], "five days after taking office in December 1983")
ev(k, "juntas_verdict", "1985-12-09", "day", ["videla"], "on 9 December 1985")
cl(k, "firmenich", "the dictatorship is exhausted and the people are waiting for us.")
cl(k, "walsh", "a greater atrocity")
NOISE.append({"source": k, "names": ["College Avenue", "Ask a Librarian", "Kiran Batra", "Web Services"]})
ACC += ["Halvorsen Library", "Research Guides", "Latin American Studies",
        "Armed Organisations and State Terror in Argentina", "A Select Annotated Bibliography", "Teresa Lindqvist",
        "Subject Librarian", "Last revised", "How to use this guide", "THE BACKGROUND",
        "THE PRT AND THE ERP", "THE TRIPLE A AND THE JUNTA", "REPORTS AND TRIALS", "Call no", "Spanish", "English",
        "Acuña", "Marcela", "Marcela Acuña", "El Cordobazo y después", "Cordobazo", "The Cordobazo and after",
        "Editorial Mediterránea", "Barrington", "Hugh", "Hugh Barrington", "Soldiers of the General",
        "Ashcombe Press", "Rivas Olmedo", "Julián", "Julián Rivas Olmedo", "La conducción", "The leadership",
        "Ediciones del Puerto", "Carrizo", "Elena", "Elena Carrizo", "La compañía de monte", "The mountain company",
        "Siglo del Sur", "Dreyfus", "Paul", "Paul Dreyfus", "The Ministry of Death", "Oxford", "Kestrel Academic",
        "Ferraro", "Lucía", "Lucía Ferraro", "Una carta y un disparo", "A letter and a shot", "Rosario",
        "Beatriz Viterbo", "Quiroga", "Alberto", "Alberto Quiroga", "The Navy School", "Cambridge", "MA", "Pemberton",
        "Nunca Más", "Never Again", "EUDEBA", "Operativo Independencia", "General Juan Carlos Onganía",
        "General Acdel Vilas", "Admiral Massera", "President Raúl Alfonsín", "Montonero", "Marxist", "Peronists",
        "Montonero national leadership", "Related guides", "II", "III", "IV", "F2849", "HD8266", "HV6322", "HV6433", "HV8214", "PQ7797"]
BP[k] = "Related guides:"

# ---------------- t06 Abkhazia, the war of 1992-1993: a veterans' leader's anniversary speech ----------------
k = "t06"
P(k, "shevardnadze", "Eduard Shevardnadze")
P(k, "kitovani", "Tengiz Kitovani")
P(k, "ioseliani", "Jaba Ioseliani")
P(k, "avidzba", "Rushbei Avidzba")
P(k, "ardzinba", "Vladislav Ardzinba", "Vladislav Ardzinba", "Vladislav Grigorievich")
P(k, "shanibov", "Musa Shanibov")
P(k, "sosnaliev", "Sultan Sosnaliev")
P(k, "ashuba", "Daur Ashuba")
G(k, "state_council", "State Council of Georgia")
G(k, "national_guard", "National Guard")
G(k, "mkhedrioni", "Mkhedrioni")
G(k, "abkhaz_guard", "Abkhaz Guard")
G(k, "supreme_council", "Supreme Council of Abkhazia")
G(k, "confederation", "Confederation of Mountain Peoples of the Caucasus")
G(k, "peoples_assembly", "People's Assembly")
G(k, "aruaa", "Union of Veterans")
L(k, "sukhum", "Sukhum", "Sukhum", "Sukhumi")
L(k, "abkhazia", "Abkhazia")
L(k, "russia", "Russia")
L(k, "kabardino", "Kabardino-Balkaria")
L(k, "adygea", "Adygea")
L(k, "chechnya", "Chechnya")
L(k, "turkiye", "Türkiye")
L(k, "inguri", "Inguri River", "Inguri River", "Inguri")
L(k, "gumista", "Gumista River", "Gumista River", "Gumista")
L(k, "gudauta", "Gudauta")
L(k, "north_caucasus", "North Caucasus")
L(k, "gagra", "Gagra")
L(k, "tkuarchal", "Tkuarchal", "Tkuarchal", "Tkvarcheli")
L(k, "lata", "Lata")
L(k, "sochi", "Sochi")
L(k, "ochamchira", "Ochamchira", "Ochamchira", "Ochamchire")
L(k, "eshera", "Eshera")
rels(k, [("shevardnadze", "leads", "state_council"), ("kitovani", "leads", "national_guard"),
         ("mkhedrioni", "allied_with", "national_guard"), ("ioseliani", "leads", "mkhedrioni"),
         ("avidzba", "leads", "abkhaz_guard"), ("abkhaz_guard", "controls", "gumista"),
         ("ardzinba", "holds_office", "supreme_council"), ("shanibov", "holds_office", "confederation"),
         ("confederation", "allied_with", "abkhaz_guard"), ("sosnaliev", "holds_office", "abkhazia")])
ev(k, "victory", "1993-09-30", "day", ["abkhazia", "inguri"], "Thirty years ago today")
ev(k, "invasion", "1992-08-14", "day", ["state_council", "kitovani", "national_guard", "mkhedrioni", "inguri", "sukhum"],
   "On 14 August 1992")
ev(k, "gagra_began", "1992-10-02", "day", ["gagra"], "On 2 October 1992")
ev(k, "gagra_taken", "1992-10-06", "day", ["gagra"], "four days later the town was ours")
ev(k, "helicopter", "1992-12-14", "day", ["lata", "tkuarchal"], "On 14 December 1992")
ev(k, "sochi", "1993-07-27", "day", ["sochi", "sukhum"], "in Sochi on 27 July")
ev(k, "assault", "1993-09-16", "day", ["sukhum"], "The assault on the city began on 16 September")
ev(k, "flag", "1993-09-27", "day", ["sukhum"], "Eleven days later, on 27 September")
ev(k, "ashuba_died", "2001", "approximate", ["ashuba"], "died in the spring of 2001")
ev(k, "recognition", "2008-08-26", "day", ["russia", "abkhazia"], "on 26 August 2008")
ev(k, "housing_law", "2023-09-18", "range", ["peoples_assembly", "aruaa"], "Last week the People's Assembly adopted",
   end="2023-09-24")
ev(k, "union_since", "2019", "year", ["aruaa"], "has asked for since 2019")
ev(k, "pension", "2024-01-01", "day", ["aruaa"], "From 1 January 2024")
ev(k, "museum", "2024", "year", ["eshera", "gumista"], "Next year we will open the museum")
cl(k, "ardzinba", "We have no army. So each of you will become one.")
cl(k, "ashuba", "Do not take a single thing from a house you enter. We came home, we did not come to steal.")
NOISE.append({"source": k, "names": ["Inal Tarba"]})
ACC += ["UNION OF VETERANS OF THE PATRIOTIC WAR OF THE PEOPLE OF ABKHAZIA", "ARUAA", "Aruaa", "Union",
        "Chairman of the Union", "Astamur Khagba", "Memorial of Glory", "Victory", "CHECK AGAINST DELIVERY",
        "Russian", "Abkhaz", "Georgian", "Kabardian", "Applause", "A minute of silence", "Prolonged applause",
        "Council of Ministers", "Eastern Front", "Dear", "Eternal", "Glory to the Victory", "Long live Abkhazia",
        "Abkhaz diaspora", "Speech", "Chairman of the Supreme Council", "Chairman", "Glory", "Eternal memory",
        "Union of Veterans of the Patriotic War of the People of Abkhazia"]
BP[k] = "Press service of the Union of Veterans"

# ---------------- t07 Tripura, the NLFT: an NGO's incident database export (CSV) ----------------
k = "t07"
P(k, "dhananjoy", "Dhananjoy Reang")
P(k, "ranjit", "Ranjit Debbarma")
P(k, "hrangkhawl", "Bijoy Kumar Hrangkhawl")
P(k, "manik", "Manik Sarkar")
P(k, "nayanbashi", "Nayanbashi Jamatia")
P(k, "biswamohan", "Biswamohan Debbarma")
P(k, "sachin", "Sachin Debbarma")
G(k, "nlft", "National Liberation Front of Tripura", "National Liberation Front of Tripura", "NLFT")
G(k, "tsr", "Tripura State Rifles", "Tripura State Rifles", "TSR")
G(k, "tnv", "Tripura National Volunteers", "Tripura National Volunteers", "TNV")
G(k, "attf", "All Tripura Tiger Force", "All Tripura Tiger Force", "ATTF")
G(k, "assam_rifles", "Assam Rifles")
G(k, "nlft_nb", "NLFT (Nayanbashi)", "NLFT (Nayanbashi)", "NLFT-NB")
G(k, "nlft_bm", "NLFT (Biswamohan)", "NLFT (Biswamohan)", "NLFT-BM")
G(k, "bsf", "Border Security Force", "Border Security Force", "BSF")
G(k, "nlft_sd", "NLFT (SD)", "NLFT (SD)", "NLFT-SD")
L(k, "tripura", "Tripura")
L(k, "dhalai", "Dhalai")
L(k, "ambassa", "Ambassa")
L(k, "agartala", "Agartala")
L(k, "west_tripura", "West Tripura")
L(k, "khowai", "Khowai")
L(k, "daspara", "Daspara")
L(k, "north_tripura", "North Tripura")
L(k, "kanchanpur", "Kanchanpur")
L(k, "gandacherra", "Gandacherra")
L(k, "mandai", "Mandai")
L(k, "kamalasagar", "Kamalasagar")
L(k, "bangladesh", "Bangladesh")
L(k, "cht", "Chittagong Hill Tracts")
L(k, "chawmanu", "Chawmanu")
L(k, "india", "India")
L(k, "akhaura", "Akhaura")
L(k, "delhi", "Delhi")
L(k, "assam", "Assam")
rels(k, [("nlft", "opposed_to", "tsr"), ("dhananjoy", "founded", "nlft"), ("dhananjoy", "member_of", "tnv"),
         ("ranjit", "leads", "attf"), ("hrangkhawl", "leads", "tnv"), ("manik", "holds_office", "tripura"),
         ("tsr", "opposed_to", "nlft"), ("assam_rifles", "opposed_to", "nlft"), ("nayanbashi", "leads", "nlft_nb"),
         ("nayanbashi", "member_of", "nlft"), ("biswamohan", "leads", "nlft"), ("biswamohan", "leads", "nlft_bm"),
         ("nlft_bm", "part_of", "nlft"), ("nlft_bm", "opposed_to", "nlft_nb"), ("nlft_nb", "opposed_to", "nlft_bm"),
         ("nlft_bm", "allied_with", "attf"), ("bsf", "opposed_to", "nlft_bm"), ("attf", "opposed_to", "tsr"),
         ("nlft_sd", "part_of", "nlft"), ("sachin", "leads", "nlft_sd")])
ev(k, "tr0041", "1997-06", "month", ["nlft", "tsr", "ambassa", "dhalai"], "1997-06,m,Dhalai")
ev(k, "nlft_founded", "1989-03-12", "day", ["dhananjoy", "nlft"], "founded on 12 March 1989")
ev(k, "tr0088", "1999-03-12", "day", ["attf", "khowai"], "1999-03-12,d,West Tripura,Khowai")
ev(k, "traders_freed", "1999-04-02", "day", ["attf"], "Freed on 2 April")
ev(k, "tnv_accord", "1988", "year", ["tnv", "hrangkhawl"], "accord with the Government of India in 1988")
ev(k, "tr0112", "2000-05-20", "day", ["nlft", "daspara"], "2000-05-20,d,West Tripura,Daspara")
ev(k, "manik_visit", "2000-05-21", "day", ["manik", "daspara"], "A day later the Chief Minister of Tripura")
ev(k, "nlft_statement", "2000-05-22", "day", ["nlft"], "e-mailed to local papers on 22 May")
ev(k, "tr0139", "2000-09-03", "day", ["tsr", "assam_rifles", "nlft", "kanchanpur"], "2000-09-03,d,North Tripura,Kanchanpur")
ev(k, "split", "2001-02", "month", ["nayanbashi", "nlft", "nlft_nb", "nlft_bm"], "2001-02,m")
ev(k, "tr0166", "2001-11-18", "day", ["nlft_bm", "nlft_nb", "gandacherra"], "2001-11-18,d,Dhalai,Gandacherra")
ev(k, "couriers", "2001-12-09", "day", ["nlft_nb", "nlft_bm", "gandacherra"], "Three weeks after the clash")
ev(k, "tr0190", "2002-07-27", "day", ["nlft_bm", "attf", "mandai"], "2002-07-27,d,West Tripura,Mandai")
ev(k, "tr0214", "2004-12-17", "day", ["nlft_nb", "nayanbashi", "agartala"], "2004-12-17,d,,Agartala")
ev(k, "nb_surrender", "2005-01", "approximate", ["nayanbashi", "nlft_nb"], "within the following month")
ev(k, "tr0247", "2005-10-08", "day", ["bsf", "nlft_bm", "kamalasagar", "bangladesh"], "2005-10-08,d,West Tripura,Kamalasagar")
ev(k, "tr0301", "2008-04", "month", ["attf", "tsr", "chawmanu", "dhalai"], "2008-04,m,Dhalai,Chawmanu")
ev(k, "tr0388", "2012-11", "month", ["ranjit", "bangladesh", "attf"], "2012-11,m")
ev(k, "tr0466", "2015-06-14", "day", ["nlft_bm", "chawmanu"], "2015-06-14,d,Dhalai,Chawmanu")
ev(k, "tr0533", "2019-08-10", "day", ["nlft_sd", "sachin", "delhi"], "2019-08-10,d,,Delhi")
ev(k, "sd_deadline", "2019-08-13", "day", ["nlft_sd"], "by 13 August")
cl(k, "nlft", "We did not touch women or children. The settlers were armed and they were not settlers, they were the state's militia.")
cl(k, "sachin", "We are tired, and the people are tired of us. Let them judge whether we were right.")
NOISE.append({"source": k, "names": ["Rupsa Chakma", "Leo Darlong", "Hillview Trust"]})
ACC += ["Northeast Conflict Monitor", "NECM", "Query", "Generated", "IST", "Records", "Schema", "Encoding UTF-8",
        "UTF-8", "Notes", "Agartala Chronicle", "PTI", "NECM field report", "NECM coders", "Government of India",
        "Government of Tripura", "Chief Minister of Tripura", "Chief Minister", "Bengali", "AK-pattern",
        "Assam-Agartala", "Agartala-Mandai", "Coding", "Factional", "Police", "Freed", "Gunmen", "Troops"]
ACC += [f"TR-0{n}" for n in ("041", "088", "112", "139", "151", "166", "190", "214", "247", "301", "388", "466", "533")]
BP[k] = "# END OF EXPORT"

# ---------------- t08 Mizoram, the MNF: a fighter's letter, transcribed with editorial notes ----------------
k = "t08"
P(k, "lalrinliana", "Lalrinliana Sailo", "Lalrinliana Sailo", "Lalrinliana")
P(k, "thangzuala", "Thangzuala Sailo", "Thangzuala Sailo", "Thangzuala")
P(k, "laldenga", "Laldenga")
P(k, "zohmingthanga", "Zohmingthanga")
P(k, "lalnunmawia", "Lalnunmawia")
P(k, "chaliha", "B. P. Chaliha")
P(k, "indira", "Indira Gandhi")
G(k, "mna", "Mizo National Army")
G(k, "mnf", "Mizo National Front", "Mizo National Front", "MNF")
G(k, "mnff", "Mizo National Famine Front")
G(k, "assam_rifles", "Assam Rifles")
G(k, "iaf", "Indian Air Force")
L(k, "tlabung", "Tlabung", "Tlabung", "Demagiri")
L(k, "lunglei", "Lunglei")
L(k, "aizawl", "Aizawl")
L(k, "dawrpui", "Dawrpui")
L(k, "silchar", "Silchar")
L(k, "karnaphuli", "Karnaphuli")
L(k, "east_pakistan", "East Pakistan")
L(k, "mizoram", "Mizoram")
L(k, "lushai_hills", "Lushai Hills")
L(k, "assam", "Assam")
L(k, "delhi", "Delhi")
L(k, "india", "India")
L(k, "cht", "Chittagong Hill Tracts")
rels(k, [("lalrinliana", "member_of", "mna"), ("lalrinliana", "member_of", "mnf"),
         ("lalrinliana", "reports_to", "zohmingthanga"), ("zohmingthanga", "member_of", "mna"),
         ("mna", "part_of", "mnf"), ("laldenga", "founded", "mnf"), ("laldenga", "leads", "mnf"),
         ("laldenga", "leads", "mnff"), ("laldenga", "holds_office", "mizoram"), ("mna", "opposed_to", "assam_rifles"),
         ("chaliha", "holds_office", "assam"), ("indira", "holds_office", "india"),
         ("lalnunmawia", "holds_office", "mnf"), ("mnf", "backed_by", "east_pakistan"), ("mna", "controls", "aizawl")])
ev(k, "rising", "1966-02-28", "day", ["mna", "mnf", "aizawl"], "On the night of the 28th")
ev(k, "treasury", "1966-03-01", "day", ["mna", "assam_rifles", "aizawl"], "on the first of the month our men took the treasury")
ev(k, "declaration", "1966-03-01", "day", ["laldenga"], "The same morning the President's declaration")
ev(k, "held_town", "1966-03-01", "range", ["mna", "aizawl"], "For five days we held the town", end="1966-03-05")
ev(k, "aeroplanes", "1966-03-05", "day", ["iaf", "aizawl"], "On Saturday of last week the aeroplanes came")
ev(k, "air_attacks", "1966-03-05", "range", ["iaf", "aizawl", "assam_rifles"], "attacked Aizawl on 5 and 6 March 1966",
   end="1966-03-06")
ev(k, "mnf_founded", "1961-10-22", "day", ["laldenga", "mnf"], "on 22 October 1961")
ev(k, "famine", "1959", "year", ["laldenga", "mnff"], "during the famine of 1959")
ev(k, "laldenga_died", "1990", "year", ["laldenga"], "until his death in 1990")
ev(k, "accord", "1986-06-30", "day", ["laldenga", "mizoram"], "on 30 June 1986")
ev(k, "laldenga_cm", "1986", "range", ["laldenga", "mizoram"], "served as Chief Minister of Mizoram until 1988", end="1988")
ev(k, "indira_pm", "1966-01", "month", ["indira", "india"], "had become Prime Minister of India two months earlier")
ev(k, "cht_camps", "1966", "range", ["mnf", "east_pakistan", "cht"], "from 1966 to 1971", end="1971")
ev(k, "surrendered", "1969", "year", ["lalrinliana"], "The writer surrendered in 1969")
ev(k, "writer_died", "2004", "year", ["lalrinliana"], "He died in 2004")
ev(k, "donated", "2012", "year", ["thangzuala"], "gave the letter to the Project in 2012")
cl(k, "laldenga", "From this day the Mizo people are free, and no one will rule them from outside.")
cl(k, "zohmingthanga", "A man who runs now will run for the rest of his life. Stay, and in a month you can go home with your heads up.")
cl(k, "thangzuala", "My brother wrote to me once in four years, and this was the letter. I did not burn it.")
NOISE.append({"source": k, "names": ["C. Vanlalruata", "Anna Pachuau", "Northeast Heritage Fund"]})
ACC += ["Hills Letters Project", "Transcriptions", "Item HLP-0217", "HLP-0217", "Esther Lalremsiami", "Mizo",
        "Editorial conventions", "Physical description", "Sheet", "Sheet 1", "Sheet 2", "recto", "verso", "Nu",
        "Mother", "Pa", "Pu", "President", "Captain Zohmingthanga", "Operation Jericho", "Mizoram Peace Accord",
        "NOTES", "Brother", "Your brother", "Chief Minister", "Chief Minister of Mizoram", "Prime Minister of India",
        "Pakistanis", "Government of India", "1st Battalion", "Project", "Mizo people"]
BP[k] = "Cite this item"

W.write()
