"""Builds gold.json for the second held-out set from the annotations below (run: python3 eval/heldout2/build_gold.py).
Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.ev, W.cl, W.ACC, W.NOISE, W.BP

# ---------------- k01 Libya wire ----------------
k = "k01"
P(k, "kikli", "Abdulghani al-Kikli", "Gheniwa", "Al-Kikli", "al-Kikli")
P(k, "dbeibah", "Abdul Hamid Dbeibah", "Abdul Hamid Dbeibah", "Dbeibah")
P(k, "hamza", "Mahmoud Hamza")
P(k, "bin_salem", "Ahmed bin Salem")
P(k, "kara", "Abdel Raouf Kara")
P(k, "njeem", "Osama Elmasry Njeem")
P(k, "tetteh", "Hanna Tetteh", "Hanna Tetteh", "Tetteh")
P(k, "haftar", "Khalifa Haftar", "Khalifa Haftar", "Haftar")
P(k, "sarraj", "Fayez al-Sarraj")
P(k, "menfi", "Mohamed al-Menfi")
P(k, "mismari", "Ahmed al-Mismari")
P(k, "ben_othman", "Mariam Ben Othman")
P(k, "gaddafi", "Muammar Gaddafi")
G(k, "ssa", "Stability Support Apparatus", "Stability Support Apparatus", "SSA")
G(k, "b444", "444 Combat Brigade", "444 Combat Brigade", "444 Brigade")
G(k, "gnu", "Government of National Unity", "Government of National Unity", "GNU")
G(k, "radaa", "Special Deterrence Force", "Special Deterrence Force", "Radaa")
G(k, "icc", "International Criminal Court")
G(k, "unsmil", "UN Support Mission in Libya", "UN Support Mission in Libya", "UNSMIL")
G(k, "un", "United Nations", "UN")
G(k, "lna", "Libyan National Army", "Libyan National Army", "LNA")
G(k, "gna", "Government of National Accord", "Government of National Accord", "GNA")
G(k, "pres_council", "Presidential Council")
G(k, "smi", "Sahel and Maghreb Institute")
L(k, "tripoli", "Tripoli", "Tripoli", "TRIPOLI")
L(k, "libya", "Libya")
L(k, "salah_al_din", "Salah al-Din")
L(k, "abu_salim", "Abu Salim")
L(k, "mitiga", "Mitiga International Airport", "Mitiga International Airport", "Mitiga")
L(k, "souq_juma", "Souq al-Juma'a")
L(k, "misrata", "Misrata")
L(k, "rome", "Rome")
L(k, "benghazi", "Benghazi")
L(k, "russia", "Russia")
L(k, "egypt", "Egypt")
L(k, "uae", "United Arab Emirates")
L(k, "tunis", "Tunis")
for s, p, o in [("kikli", "leads", "ssa"), ("dbeibah", "holds_office", "gnu"), ("hamza", "leads", "b444"),
                ("b444", "part_of", "gnu"), ("dbeibah", "opposed_to", "ssa"), ("kara", "leads", "radaa"),
                ("bin_salem", "spokesperson_for", "radaa"), ("radaa", "controls", "mitiga"),
                ("radaa", "opposed_to", "b444"), ("njeem", "member_of", "radaa"), ("tetteh", "leads", "unsmil"),
                ("unsmil", "part_of", "un"), ("haftar", "leads", "lna"), ("haftar", "controls", "benghazi"),
                ("lna", "backed_by", "russia"), ("lna", "backed_by", "egypt"), ("lna", "backed_by", "uae"),
                ("lna", "opposed_to", "gna"), ("pres_council", "founded", "ssa"), ("ssa", "reports_to", "pres_council"),
                ("sarraj", "leads", "pres_council"), ("menfi", "leads", "pres_council"),
                ("mismari", "spokesperson_for", "lna"), ("ben_othman", "member_of", "smi")]:
    rel(k, s, p, o)
ev(k, "kikli_killed", "2025-05-12", "day", ["kikli", "ssa", "b444", "salah_al_din"], "on Monday evening")
ev(k, "dbeibah_address", "2025-05-13", "day", ["dbeibah"], "early on Tuesday")
ev(k, "radaa_444_clashes", "2025-05-13", "day", ["radaa", "b444", "souq_juma", "mitiga", "misrata"], "By Tuesday afternoon")
ev(k, "njeem_arrested", "2025-01", "month", ["njeem", "icc", "rome", "tripoli"], "In January")
ev(k, "radaa_checkpoints", "2025-05", "month", ["radaa", "ssa", "abu_salim", "mitiga"], "since last week")
ev(k, "libya_split", "2014", "year", ["libya"], "since 2014")
ev(k, "tripoli_siege", "2019-04", "range", ["haftar", "lna", "tripoli", "gna"], "from April 2019 to June 2020", end="2020-06")
ev(k, "ssa_created", "2021-01", "month", ["ssa", "pres_council", "sarraj"], "in January 2021")
ev(k, "uprising_2011", "2011", "year", ["gaddafi"], "the 2011 uprising")
cl(k, "dbeibah", "What happened in Abu Salim proves that the state is able to impose itself on the armed groups")
cl(k, "dbeibah", "There is no place in Tripoli for anyone who stands above the law.")
cl(k, "bin_salem", "We have attacked no one. We are defending our positions and the prison we guard, nothing more")
cl(k, "tetteh", "Civilians are trapped in their homes in Abu Salim and Souq al-Juma'a, and hospitals are running short of blood and fuel")
cl(k, "mismari", "following the events in Tripoli closely")
cl(k, "mismari", "if civilians ask for our protection.")
cl(k, "ben_othman", "Dbeibah is trying to do in a week what nobody managed in ten years, and he is doing it with one militia against the others")
ACC += ["Karim Haddad", "Youssef Ashour", "Lucy Pratt", "Libyan", "Italian", "Turkish", "Salafist", "Arabic",
        'Abdulghani "Gheniwa" al-Kikli', "Prime Minister Abdul Hamid Dbeibah"]
NOISE.append({"source": k, "names": ["Meridian Wire", "Wire"]})
BP[k] = "(Reporting by Karim Haddad"

# ---------------- k02 Nigeria DHQ press release ----------------
k = "k02"
P(k, "sulaiman", "Dogo Sulaiman", "Dogo Sulaiman", "Mai Gemu", "Sulaiman")
P(k, "turji", "Bello Turji", "Bello Turji", "Turji")
P(k, "adeleke", "Oluyemi Adeleke")
P(k, "musa", "Christopher Musa", "Christopher Musa", "Musa")
P(k, "lawal", "Dauda Lawal", "Dauda Lawal", "Lawal")
P(k, "buba", "Edward Buba", "EDWARD BUBA")
G(k, "dhq", "Defence Headquarters", "Defence Headquarters", "DEFENCE HEADQUARTERS", "DHQ")
G(k, "afn", "Armed Forces of Nigeria", "Armed Forces of Nigeria", "ARMED FORCES OF NIGERIA")
G(k, "fansan", "Operation Fansan Yamma", "Operation FANSAN YAMMA", "OPERATION FANSAN YAMMA")
G(k, "cpg", "Zamfara Community Protection Guards", "Zamfara Community Protection Guards", "Community Protection Guards", "CPG")
G(k, "lakurawa", "Lakurawa")
G(k, "ansaru", "Ansaru", "Jama'atu Ansarul Muslimina fi Biladis Sudan", "Ansaru")
L(k, "zamfara", "Zamfara State", "Zamfara State", "Zamfara", "ZAMFARA")
L(k, "sokoto", "Sokoto State", "Sokoto State", "Sokoto", "SOKOTO")
L(k, "abuja", "Abuja", "Abuja", "ABUJA")
L(k, "fakai", "Fakai")
L(k, "shinkafi", "Shinkafi")
L(k, "isa", "Isa")
L(k, "sabon_birni", "Sabon Birni")
L(k, "moriki", "Moriki")
L(k, "kaura_namoda", "Kaura Namoda")
L(k, "niger", "Niger", "Niger Republic")
L(k, "tangaza", "Tangaza")
L(k, "gudu", "Gudu")
L(k, "kebbi", "Kebbi State")
L(k, "gusau", "Gusau")
for s, p, o in [("sulaiman", "reports_to", "turji"), ("adeleke", "leads", "fansan"), ("fansan", "part_of", "afn"),
                ("cpg", "allied_with", "fansan"), ("cpg", "allied_with", "afn"), ("lawal", "founded", "cpg"),
                ("lawal", "holds_office", "zamfara"), ("fansan", "opposed_to", "lakurawa"),
                ("fansan", "opposed_to", "turji"), ("fansan", "opposed_to", "sulaiman"),
                ("lakurawa", "allied_with", "ansaru"), ("musa", "leads", "afn"), ("buba", "spokesperson_for", "dhq")]:
    rel(k, s, p, o)
ev(k, "sulaiman_killed", "2025-03-01", "day", ["sulaiman", "fansan", "fakai", "shinkafi"], "On 1 March 2025")
ev(k, "turji_attacks", "2021", "year", ["turji", "shinkafi", "isa", "sabon_birni"], "since 2021")
ev(k, "camps_cleared", "2025-03-03", "day", ["fansan", "cpg", "moriki"], "on 3 March 2025")
ev(k, "kaura_namoda_abduction", "2025-01", "month", ["kaura_namoda"], "in January")
ev(k, "lakurawa_airstrikes", "2025-02-27", "range", ["fansan", "lakurawa", "tangaza", "gudu", "sokoto"], "on 27 and 28 February 2025", end="2025-02-28")
ev(k, "lakurawa_proscribed", "2025-01", "month", ["lakurawa", "abuja"], "in January 2025")
ev(k, "lawal_receives", "2025-03-04", "day", ["lawal", "gusau"], "on 4 March 2025")
ev(k, "cpg_established", "2023", "year", ["lawal", "cpg"], "in 2023")
cl(k, "adeleke", "The kingpins who have terrorised our farmers have nowhere left to hide. We will track them from Shinkafi to the border with the Niger Republic")
cl(k, "musa", "The era when bandits decided when our farmers could go to their farms is over")
ACC += ["Kachalla Dogo Sulaiman", "Federal High Court", "Government House", "Air Component",
        "CDS", "Directorate of Defence Media Operations", "Defence Media Operations", "Local Government Area",
        "Shinkafi Local Government Area", "General Musa", "Governor Lawal", "Major General Oluyemi Adeleke"]
NOISE.append({"source": k, "names": ["PRESS RELEASE", "Major General", "Director Defence Media Operations",
                                      "Amina Bello-Okafor", "Squadron Leader Amina Bello-Okafor", "Garki", "Area 7",
                                      "X", "DefenceInfoNG", "@DefenceInfoNG"]})
BP[k] = "###"

# ---------------- k03 Ukraine interview ----------------
k = "k03"
P(k, "lindqvist", "Maya Lindqvist", "Maya Lindqvist", "MAYA LINDQVIST", "LINDQVIST", "Maya")
P(k, "hrytsenko", "Oksana Hrytsenko", "Oksana Hrytsenko", "OKSANA HRYTSENKO", "HRYTSENKO", "Oksana")
P(k, "biletsky", "Andriy Biletsky", "Andriy Biletsky", "Biletsky")
P(k, "prokopenko", "Denys Prokopenko", "Redis", "Prokopenko")
P(k, "kotsiubailo", "Dmytro Kotsiubailo", "Dmytro Kotsiubailo", "Kotsiubailo", "Da Vinci")
P(k, "zelensky", "Volodymyr Zelensky")
P(k, "yarosh", "Dmytro Yarosh", "Dmytro Yarosh", "Yarosh")
P(k, "kapustin", "Denis Kapustin")
P(k, "putin", "Vladimir Putin", "Putin")
G(k, "kcds", "Kyiv Centre for Defence Studies")
G(k, "azov", "Azov", "Azov", "12th Special Purpose Brigade Azov")
G(k, "natguard", "National Guard of Ukraine", "National Guard of Ukraine", "National Guard")
G(k, "third_assault", "Third Separate Assault Brigade")
G(k, "ground_forces", "Ground Forces")
G(k, "right_sector", "Right Sector")
G(k, "uvc", "Ukrainian Volunteer Corps")
G(k, "dvw", "Da Vinci Wolves")
G(k, "b67", "67th Mechanized Brigade")
G(k, "uva", "Ukrainian Volunteer Army")
G(k, "rvc", "Russian Volunteer Corps", "Russian Volunteer Corps", "RVC")
G(k, "legion", "Freedom of Russia Legion", "Freedom of Russia Legion", "Legion")
G(k, "hur", "HUR")
G(k, "siberian", "Siberian Battalion")
L(k, "ukraine", "Ukraine")
L(k, "donbas", "Donbas")
L(k, "donetsk", "Donetsk")
L(k, "luhansk", "Luhansk")
L(k, "kyiv", "Kyiv")
L(k, "berdiansk", "Berdiansk")
L(k, "mariupol", "Mariupol")
L(k, "azovstal", "Azovstal steel plant", "Azovstal")
L(k, "bakhmut", "Bakhmut")
L(k, "russia", "Russia")
L(k, "germany", "Germany")
L(k, "belgorod", "Belgorod")
L(k, "kursk", "Kursk")
for s, p, o in [("hrytsenko", "member_of", "kcds"), ("biletsky", "founded", "azov"), ("azov", "part_of", "natguard"),
                ("prokopenko", "leads", "azov"), ("biletsky", "founded", "third_assault"),
                ("biletsky", "leads", "third_assault"), ("third_assault", "part_of", "ground_forces"),
                ("kotsiubailo", "member_of", "uvc"), ("kotsiubailo", "leads", "dvw"), ("dvw", "part_of", "uvc"),
                ("dvw", "part_of", "b67"), ("uvc", "part_of", "right_sector"), ("yarosh", "founded", "right_sector"),
                ("yarosh", "founded", "uva"), ("kapustin", "founded", "rvc"), ("legion", "reports_to", "hur"),
                ("legion", "allied_with", "rvc"), ("siberian", "allied_with", "legion"),
                ("siberian", "allied_with", "rvc"), ("rvc", "opposed_to", "russia"),
                ("legion", "opposed_to", "russia"), ("siberian", "opposed_to", "russia"),
                ("zelensky", "holds_office", "ukraine")]:
    rel(k, s, p, o)
ev(k, "separatists_seize", "2014", "approximate", ["donetsk", "luhansk"], "In the spring of 2014")
ev(k, "azov_founded", "2014-05", "month", ["biletsky", "azov", "berdiansk"], "in May 2014")
ev(k, "azov_into_natguard", "2014-11", "month", ["azov", "natguard"], "by November")
ev(k, "mariupol_defence", "2022", "year", ["azov", "mariupol"], "in 2022")
ev(k, "azovstal_surrender", "2022-05", "month", ["prokopenko", "azovstal", "azov"], "in May 2022")
ev(k, "prokopenko_exchange", "2022-09", "month", ["prokopenko"], "that September")
ev(k, "third_assault_founded", "2023", "approximate", ["biletsky", "third_assault"], "in early 2023")
ev(k, "biletsky_recruits", "2024-05", "month", ["biletsky"], "Last month")
ev(k, "kotsiubailo_killed", "2023-03-07", "day", ["kotsiubailo", "bakhmut"], "on March 7, 2023")
ev(k, "hero_award", "2021", "year", ["zelensky", "kotsiubailo"], "two years earlier")
ev(k, "right_sector_founded", "2013", "approximate", ["yarosh", "right_sector"], "In late 2013")
ev(k, "rvc_founded", "2022-08", "month", ["kapustin", "rvc"], "in August 2022")
ev(k, "belgorod_raids", "2024-03", "month", ["rvc", "legion", "siberian", "belgorod", "kursk"], "In March 2024")
ev(k, "recruiting_office", "2024-06", "month", ["legion", "rvc", "kyiv"], "Last week")
cl(k, "lindqvist", "Azov has always carried a reputation for far-right politics. Is that still fair?")
cl(k, "hrytsenko", "Andriy Biletsky founded it in Berdiansk in May 2014, and by November it had been folded into the National Guard of Ukraine.")
cl(k, "hrytsenko", "It was fair in 2014.")
cl(k, "hrytsenko", "Today Prokopenko commands the 12th Special Purpose Brigade Azov, which is still part of the National Guard.")
cl(k, "biletsky", "the brigade is a school, not a club, and nobody gets in because of who his friends are.")
cl(k, "hrytsenko", "He was killed near Bakhmut on March 7, 2023.")
cl(k, "hrytsenko", "Yarosh later left and set up the Ukrainian Volunteer Army, which is a separate structure.")
cl(k, "legion", "show Russians that Putin's borders are made of paper.")
cl(k, "hrytsenko", "Militarily, no. Politically, yes. It showed that Russia could not protect its own border villages")
ACC += ["Russian", "Russians", "Ukrainian", "Maidan", 'Denys "Redis" Prokopenko', "Hero of Ukraine",
        "Dr. Oksana Hrytsenko", "President Volodymyr Zelensky"]
NOISE.append({"source": k, "names": ["FRONTLINE VOICES", "Frontline Voices", "TRANSCRIPT", "Q", "A", "Host", "Guest",
                                      "Northlight Audio", "Northlight Audio AB", "Johan Berg", "Stockholm"]})
BP[k] = "Frontline Voices is produced by"

# ---------------- k04 CAR analysis ----------------
k = "k04"
P(k, "bozize", "François Bozizé", "François Bozizé", "Bozizé")
P(k, "darassa", "Ali Darassa", "Ali Darassa", "Darassa")
P(k, "djotodia", "Michel Djotodia")
P(k, "touadera", "Faustin-Archange Touadéra", "Faustin-Archange Touadéra", "Touadéra")
P(k, "bireau", "Claude Rameaux Bireau")
P(k, "de_villiers", "Hélène de Villiers", "Hélène de Villiers", "de Villiers")
P(k, "sidiki", "Bi Sidi Souleymane", "Bi Sidi Souleymane", "Sidiki Abass", "Sidiki")
P(k, "bobbo", "Sembé Bobbo", "Sembé Bobbo", "Bobbo")
P(k, "deby", "Mahamat Idriss Déby")
P(k, "adam", "Noureddine Adam")
G(k, "cpc", "Coalition of Patriots for Change", "Coalition of Patriots for Change", "CPC")
G(k, "upc", "Union for Peace in the Central African Republic", "Union for Peace in the Central African Republic", "UPC")
G(k, "r3", "Return, Reclamation and Rehabilitation", "Return, Reclamation and Rehabilitation", "3R")
G(k, "antibalaka", "anti-balaka")
G(k, "faca", "Central African Armed Forces", "Central African Armed Forces", "FACA")
G(k, "minusca", "MINUSCA")
G(k, "un", "United Nations", "UN")
G(k, "seleka", "Seleka")
G(k, "css", "Centre for Security Studies")
G(k, "fprc", "Popular Front for the Renaissance of Central Africa", "Popular Front for the Renaissance of Central Africa", "FPRC")
L(k, "car", "Central African Republic", "Central African Republic", "CAR")
L(k, "bangui", "Bangui")
L(k, "ndjamena", "N'Djamena")
L(k, "chad", "Chad")
L(k, "guinea_bissau", "Guinea-Bissau")
L(k, "rwanda", "Rwanda")
L(k, "moscow", "Moscow")
L(k, "koui", "Koui")
L(k, "bocaranga", "Bocaranga")
L(k, "ouham_pende", "Ouham-Pendé")
for s, p, o in [("bozize", "founded", "cpc"), ("upc", "part_of", "cpc"), ("r3", "part_of", "cpc"),
                ("antibalaka", "part_of", "cpc"), ("darassa", "leads", "upc"), ("cpc", "opposed_to", "faca"),
                ("cpc", "opposed_to", "minusca"), ("faca", "allied_with", "minusca"), ("minusca", "part_of", "un"),
                ("touadera", "backed_by", "rwanda"), ("djotodia", "leads", "seleka"), ("seleka", "opposed_to", "bozize"),
                ("antibalaka", "opposed_to", "seleka"), ("touadera", "holds_office", "car"),
                ("bireau", "holds_office", "car"), ("de_villiers", "member_of", "css"), ("sidiki", "founded", "r3"),
                ("bobbo", "leads", "r3"), ("r3", "controls", "koui"), ("r3", "controls", "bocaranga"),
                ("deby", "holds_office", "chad"), ("adam", "leads", "fprc")]:
    rel(k, s, p, o)
ev(k, "ndjamena_deal", "2025-04-19", "day", ["upc", "r3", "ndjamena", "touadera", "darassa", "bobbo", "deby"], "On April 19")
ev(k, "election_due", "2025-12", "month", ["car", "touadera"], "in December")
ev(k, "cpc_formed", "2020-12", "month", ["bozize", "cpc"], "in December 2020")
ev(k, "bangui_attack", "2021-01-13", "day", ["cpc", "bangui", "faca", "minusca"], "On January 13, 2021")
ev(k, "bozize_exile", "2023-03", "month", ["bozize", "guinea_bissau"], "Since March 2023")
ev(k, "upc_born", "2014", "year", ["upc", "seleka"], "in 2014")
ev(k, "seleka_coup", "2013-03", "month", ["seleka", "djotodia", "bozize"], "in March 2013")
ev(k, "antibalaka_rise", "2013", "year", ["antibalaka", "seleka"], "later that year")
ev(k, "rwanda_troops", "2020-12", "month", ["rwanda", "touadera"], "in December 2020")
ev(k, "r3_founded", "2015", "year", ["r3", "sidiki"], "in 2015")
ev(k, "sidiki_died", "2021", "year", ["sidiki"], "in 2021")
ev(k, "upc_quits_cpc", "2021", "year", ["upc", "cpc"], "the UPC in 2021")
ev(k, "r3_quits_cpc", "2022", "year", ["r3", "cpc"], "a year later")
ev(k, "cantonment", "2025-04", "month", ["r3", "koui", "minusca"], "Last week")
ev(k, "referendum", "2023", "year", ["touadera", "car"], "a 2023 referendum")
cl(k, "bireau", "the best decision this country has taken in twenty years.")
cl(k, "de_villiers", "The Russians did not bring peace; they brought a new set of mining concessions")
cl(k, "de_villiers", "The rebels lost ground, but the people in the villages did not gain security.")
cl(k, "touadera", "We have chosen the path of dialogue because our people are tired of burying their children. The doors of the republic remain open to every son of Central Africa who lays down his weapons.")
cl(k, "touadera", "But let no one mistake our open hand for weakness. Those who continue to kill will be pursued wherever they are")
cl(k, "de_villiers", "If the donors do not pay for reintegration, the fighters will be back in the bush within a year")
ACC += ["Marc Obiang", "The Savanna Review", "Savanna Review", "Rwandan", "Russian", "Russians", "Chadian", "Fulani",
        "Muslim", "French", "Central Africa", "Constitutional Court", "UN panel of experts",
        "President Faustin-Archange Touadéra", "Defence Minister Claude Rameaux Bireau"]
BP[k] = "Marc Obiang covers Central Africa"

# ---------------- k05 Cameroon local news ----------------
k = "k05"
P(k, "lele", "Adolphe Lele L'Afrique", "Adolphe Lele L'Afrique", "Lele L'Afrique")
P(k, "mbuagbaw", "Eyong Mbuagbaw")
P(k, "ngong", "Emmanuel Ngong", "General Weapon")
P(k, "ayaba", "Ayaba Cho Lucas", "Ayaba Cho Lucas", "Cho")
P(k, "beti_assomo", "Joseph Beti Assomo")
P(k, "ayuk_tabe", "Sisiku Julius Ayuk Tabe")
P(k, "ngah", "Shey Peter Ngah")
G(k, "adf", "Ambazonia Defence Forces", "Ambazonia Defence Forces", "ADF")
G(k, "bir", "Rapid Intervention Battalion", "Rapid Intervention Battalion", "BIR")
G(k, "agovc", "Ambazonia Governing Council", "Ambazonia Governing Council", "AGovC")
G(k, "icg", "International Crisis Group")
L(k, "kumbo", "Kumbo")
L(k, "bui", "Bui Division", "Bui Division", "Bui")
L(k, "ambazonia", "Ambazonia")
L(k, "cameroon", "Cameroon")
L(k, "tobin", "Tobin")
L(k, "north_west", "North-West Region", "North-West Region", "North-West", "NORTH-WEST")
L(k, "south_west", "South-West")
L(k, "bamenda", "Bamenda")
L(k, "ndu", "Ndu")
L(k, "norway", "Norway")
L(k, "yaounde", "Yaounde")
L(k, "nigeria", "Nigeria")
for s, p, o in [("lele", "holds_office", "north_west"), ("mbuagbaw", "spokesperson_for", "adf"),
                ("ngong", "member_of", "adf"), ("bir", "opposed_to", "adf"), ("ayaba", "leads", "agovc"),
                ("adf", "part_of", "agovc"), ("beti_assomo", "holds_office", "cameroon")]:
    rel(k, s, p, o)
ev(k, "kumbo_bus_attack", "2024-09-29", "day", ["kumbo", "tobin", "adf"], "on Sunday")
ev(k, "lele_statement", "2024-09-30", "day", ["lele", "bamenda"], "on Monday")
ev(k, "ndu_gunfight", "2024-09-30", "day", ["bir", "adf", "ndu"], "On Monday")
ev(k, "ngong_since", "2022", "year", ["ngong", "ndu"], "since 2022")
ev(k, "ayaba_arrested", "2024-09-24", "day", ["ayaba", "norway"], "on September 24")
ev(k, "beti_statement", "2024-09", "month", ["beti_assomo", "ayaba"], "last week")
ev(k, "conflict_began", "2016", "approximate", ["north_west", "south_west"], "in late 2016")
ev(k, "independence_declared", "2017-10-01", "day", ["ambazonia"], "on October 1, 2017")
ev(k, "ayuk_tabe_arrested", "2018-01", "month", ["ayuk_tabe", "nigeria"], "in January 2018")
ev(k, "ayuk_tabe_sentenced", "2019-08", "month", ["ayuk_tabe", "yaounde"], "in August 2019")
cl(k, "lele", "These criminals claim to fight for the people, but it is the people they kill")
cl(k, "lele", "The state will not negotiate with terrorists.")
cl(k, "mbuagbaw", "do not shoot at civilians")
cl(k, "beti_assomo", "proves that those who finance terror from abroad will not escape justice.")
cl(k, "ngah", "When the Amba boys say stay home, you stay home. When the soldiers come, you run")
ACC += ["Ernestine Fru", "The Bamenda Courier", "Bamenda Courier", "Courier", "WhatsApp", "Amba", "Ambazonian",
        "Norwegian", "Squares", 'Emmanuel "General Weapon" Ngong', "Defence Minister Joseph Beti Assomo"]
NOISE.append({"source": k, "names": ["Buea", "Mamfe", "Red Dragons", "Christian Tumi", "Cardinal Christian Tumi",
                                      "Limbe", "Cho Ayaba", "SECURITY"]})
BP[k] = "Related stories"

# ---------------- k06 Papua NGO report ----------------
k = "k06"
P(k, "tabuni", "Goliath Tabuni")
P(k, "sambom", "Sebby Sambom", "Sebby Sambom", "Sambom")
P(k, "kogoya", "Egianus Kogoya", "Egianus Kogoya", "Kogoya")
P(k, "mehrtens", "Phillip Mehrtens", "Phillip Mehrtens", "Mehrtens")
P(k, "wenda", "Benny Wenda", "Benny Wenda", "Wenda")
P(k, "wibisono", "Hendra Wibisono", "Hendra Wibisono", "Wibisono")
G(k, "tpnpb", "West Papua National Liberation Army", "West Papua National Liberation Army",
  "Tentara Pembebasan Nasional Papua Barat", "TPNPB", "TPNPB-OPM")
G(k, "opm", "Free Papua Organisation", "Free Papua Organisation", "Organisasi Papua Merdeka", "OPM")
G(k, "ndugama", "Ndugama-Derakma command", "Ndugama-Derakma")
G(k, "tni", "Indonesian National Armed Forces", "Indonesian National Armed Forces", "Tentara Nasional Indonesia", "TNI")
G(k, "polri", "Indonesian National Police", "National Police", "Polri")
G(k, "ulmwp", "United Liberation Movement for West Papua", "United Liberation Movement for West Papua", "ULMWP")
G(k, "yonif300", "Yonif 300 Raider")
G(k, "kodam", "Cenderawasih Military Command", "Cenderawasih Military Command", "Kodam XVII/Cenderawasih")
L(k, "papua", "Papua")
L(k, "paro", "Paro")
L(k, "nduga", "Nduga Regency", "Nduga Regency", "Nduga")
L(k, "new_zealand", "New Zealand")
L(k, "mapenduma", "Mapenduma")
L(k, "central_highlands", "Central Highlands")
L(k, "yahukimo", "Yahukimo")
L(k, "intan_jaya", "Intan Jaya")
L(k, "sugapa", "Sugapa")
L(k, "puncak", "Puncak Regency", "Puncak Regency", "Puncak")
for s, p, o in [("tpnpb", "part_of", "opm"), ("tabuni", "leads", "tpnpb"), ("sambom", "spokesperson_for", "tpnpb"),
                ("kogoya", "leads", "ndugama"), ("ndugama", "part_of", "tpnpb"), ("wenda", "leads", "ulmwp"),
                ("tpnpb", "opposed_to", "ulmwp"), ("tpnpb", "opposed_to", "tni"), ("tni", "allied_with", "polri"),
                ("yonif300", "part_of", "tni"), ("kodam", "part_of", "tni"), ("wibisono", "spokesperson_for", "kodam")]:
    rel(k, s, p, o)
ev(k, "terrorist_designation", "2021-04", "month", ["tpnpb"], "since April 2021")
ev(k, "mehrtens_abducted", "2023-02-07", "day", ["mehrtens", "kogoya", "ndugama", "paro", "nduga"], "on 7 February 2023")
ev(k, "mehrtens_released", "2024-09-21", "day", ["mehrtens"], "on 21 September 2024")
ev(k, "mapenduma_crisis", "1996", "year", ["mapenduma", "tpnpb"], "the 1996 Mapenduma hostage crisis")
ev(k, "damai_cartenz", "2022", "year", ["tni", "polri"], "since 2022")
ev(k, "provisional_government", "2020", "year", ["ulmwp", "wenda", "tpnpb"], "In 2020")
ev(k, "incidents_2024", "2024-01", "range", ["central_highlands"], "Between January and December 2024", end="2024-12")
ev(k, "yahukimo_killings", "2024-03", "month", ["yahukimo", "tpnpb"], "in March 2024")
ev(k, "sugapa_burnings", "2024-04", "range", ["intan_jaya", "sugapa"], "between April and June 2024", end="2024-06")
ev(k, "torture_video", "2024-03", "month", ["yonif300", "puncak", "tni"], "in March 2024")
ev(k, "military_court", "2024", "approximate", ["yonif300", "kodam"], "in late 2024")
cl(k, "sambom", "does not command a single soldier in the bush.")
cl(k, "sambom", "only targets those who work for the colonial army.")
cl(k, "wibisono", "takes every report of abuse seriously and punishes soldiers who break the law.")
ACC += ["Indonesian", "Pacific Human Rights Observatory", "PACIFIC HUMAN RIGHTS OBSERVATORY", "Observatory",
        "Operation Damai Cartenz", "Damai Cartenz", "West Papua", "I Gusti Putu Danny Karya Nugraha",
        "State Intelligence Agency", "BIN", "Susi Air", "Jayapura", "Dekai", "Kingmi Church",
        "New Zealand Ministry of Foreign Affairs and Trade", "TNI Information Centre", "Col. Hendra Wibisono"]
NOISE.append({"source": k, "names": ["Jubi", "Lumen Geo", "Notes"]})
BP[k] = "[1] The government announced"

# ---------------- k07 Kashmir sanctions notice ----------------
k = "k07"
P(k, "saeed", "Hafiz Muhammad Saeed", "SAEED, Hafiz Muhammad", "SAEED, Hafiz Mohammad", "SAYEED, Hafiz Muhammad", "Hafiz Sahib")
P(k, "lakhvi", "Zaki-ur-Rehman Lakhvi", "LAKHVI, Zaki-ur-Rehman", "LAKHVI, Zaki Ur-Rehman", "Chachajee", "ABU WAHEED IRSHAD AHMAD ARSHAD")
P(k, "gul", "Sheikh Sajjad Gul", "GUL, Sheikh Sajjad", "SHEIKH, Sajjad Ahmad", "Sajjad Gul")
P(k, "shah", "Mohammad Yusuf Shah", "SHAH, Mohammad Yusuf", "SALAHUDDIN, Syed", "Pir Sahib")
G(k, "trf", "The Resistance Front", "The Resistance Front", "THE RESISTANCE FRONT", "TRF", "KASHMIR RESISTANCE")
G(k, "let", "Lashkar-e-Tayyiba", "Lashkar-e-Tayyiba", "LASHKAR-E-TAYYIBA", "LeT", "LASHKAR-E-TOIBA", "LASHKAR-I-TAIBA",
  "ARMY OF THE RIGHTEOUS", "Jamaat-ud-Dawa", "JAMAAT-UD-DAWA", "JuD")
G(k, "mdi", "Markaz-ud-Dawa-wal-Irshad")
G(k, "hm", "Hizbul Mujahideen", "Hizbul Mujahideen", "HIZBUL MUJAHIDEEN", "HIZB-UL-MUJAHIDEEN", "HM")
G(k, "ujc", "United Jihad Council")
L(k, "baisaran", "Baisaran")
L(k, "pahalgam", "Pahalgam")
L(k, "kashmir", "Kashmir")
L(k, "sargodha", "Sargodha")
L(k, "punjab", "Punjab")
L(k, "pakistan", "Pakistan")
L(k, "okara", "Okara")
L(k, "mumbai", "Mumbai")
L(k, "india", "India")
L(k, "srinagar", "Srinagar")
L(k, "jammu_kashmir", "Jammu and Kashmir")
L(k, "soibugh", "Soibugh")
L(k, "budgam", "Budgam")
L(k, "muzaffarabad", "Muzaffarabad")
L(k, "muridke", "Muridke")
for s, p, o in [("saeed", "founded", "let"), ("saeed", "leads", "let"), ("saeed", "founded", "mdi"),
                ("let", "part_of", "mdi"), ("lakhvi", "member_of", "let"), ("gul", "leads", "trf"),
                ("trf", "part_of", "let"), ("shah", "leads", "hm"), ("shah", "leads", "ujc"), ("hm", "member_of", "ujc")]:
    rel(k, s, p, o)
ev(k, "pahalgam_attack", "2025-04-22", "day", ["trf", "pahalgam", "baisaran", "kashmir"], "on 22 April 2025")
ev(k, "trf_claim_withdrawn", "2025-04-26", "day", ["trf"], "four days later")
ev(k, "mdi_founded", "1987", "year", ["saeed", "mdi"], "in 1987")
ev(k, "saeed_custody", "2019-07", "month", ["saeed", "pakistan"], "since July 2019")
ev(k, "mumbai_attacks", "2008-11-26", "range", ["lakhvi", "mumbai", "let"], "from 26 to 29 November 2008", end="2008-11-29")
ev(k, "trf_emerged", "2019-10", "month", ["trf", "let"], "in October 2019")
ev(k, "special_status_revoked", "2019-08-05", "day", ["jammu_kashmir"], "on 5 August 2019")
ev(k, "hm_founded", "1989", "year", ["hm"], "Founded in 1989")
ev(k, "listed_2008", "2008-12-10", "day", ["saeed", "lakhvi"], "Listed on: 10/12/2008")
ev(k, "listed_2025", "2025-07-22", "day", ["gul", "trf"], "Listed on: 22/07/2025")
ev(k, "listed_2017", "2017-06-26", "day", ["shah"], "Listed on: 26/06/2017")
ev(k, "listed_2001", "2001-03-29", "day", ["let", "hm"], "Listed on: 29/03/2001")
ACC += ["Indian-administered Kashmir", "Pakistan-administered Kashmir", "Kashmiri", "Consolidated List",
        "Consolidated List of Financial Sanctions Targets", "Office of Financial Sanctions Implementation", "OFSI",
        "HM Treasury", "Syed Salahuddin", "Hafiz Saeed", "Sajjad Ahmad Sheikh"]
NOISE.append({"source": k, "names": ["FINANCIAL SANCTIONS NOTICE", "Counter-Terrorism (International)", "Notice reference",
                                      "DOB", "POB", "Nationality", "Position", "Other information", "Listed on",
                                      "Last updated", "Group ID", "Address", "INDIVIDUALS", "ENTITIES",
                                      "HM Treasury Press Office", "Horse Guards Road", "London"]})
BP[k] = "3. What you must do"

# ---------------- k08 Mozambique blog ----------------
k = "k08"
P(k, "nhongo", "Mariano Nhongo", "Mariano Nhongo", "Nhongo")
P(k, "macuacua", "Daniel Macuacua", "Daniel Macuacua", "Macuacua")
P(k, "machava", "João Machava")
P(k, "dhlakama", "Afonso Dhlakama", "Afonso Dhlakama", "Dhlakama")
P(k, "momade", "Ossufo Momade", "Ossufo Momade", "Momade", "Ossufo")
P(k, "nyusi", "Filipe Nyusi", "Filipe Nyusi", "Nyusi")
P(k, "manzoni", "Mirko Manzoni")
G(k, "rmj", "Renamo Military Junta", "Renamo Military Junta", "Junta Militar da Renamo", "Junta")
G(k, "prm", "Police of the Republic of Mozambique", "Police of the Republic of Mozambique", "PRM")
G(k, "renamo", "Renamo", "Renamo", "Mozambican National Resistance", "Resistência Nacional Moçambicana")
G(k, "frelimo", "Frelimo")
G(k, "un", "United Nations", "UN")
L(k, "mozambique", "Mozambique")
L(k, "cheringoma", "Cheringoma")
L(k, "sofala", "Sofala")
L(k, "beira", "Beira")
L(k, "inhaminga", "Inhaminga")
L(k, "rhodesia", "Rhodesia")
L(k, "south_africa", "South Africa")
L(k, "rome", "Rome")
L(k, "gorongosa", "Gorongosa")
L(k, "manica", "Manica")
L(k, "chimoio", "Chimoio")
for s, p, o in [("nhongo", "leads", "rmj"), ("nhongo", "founded", "rmj"), ("machava", "spokesperson_for", "rmj"),
                ("macuacua", "spokesperson_for", "prm"), ("prm", "opposed_to", "nhongo"),
                ("renamo", "backed_by", "rhodesia"), ("renamo", "backed_by", "south_africa"),
                ("renamo", "opposed_to", "frelimo"), ("dhlakama", "leads", "renamo"), ("momade", "leads", "renamo"),
                ("nhongo", "opposed_to", "momade"), ("nyusi", "holds_office", "mozambique"), ("manzoni", "member_of", "un")]:
    rel(k, s, p, o)
ev(k, "nhongo_killed", "2021-10-11", "day", ["nhongo", "rmj", "prm", "cheringoma", "sofala"], "On Monday, 11 October")
ev(k, "bodyguards_arrested", "2021-10", "month", ["prm", "inhaminga", "nhongo"], "Last week")
ev(k, "renamo_created", "1977", "year", ["renamo", "rhodesia"], "in 1977")
ev(k, "rome_accord", "1992", "year", ["renamo", "frelimo", "rome"], "the Rome peace accord of 1992")
ev(k, "renamo_fighting_again", "2013", "range", ["renamo", "gorongosa"], "between 2013 and 2016", end="2016")
ev(k, "dhlakama_died", "2018-05", "month", ["dhlakama", "gorongosa"], "in May 2018")
ev(k, "momade_elected", "2019-01", "month", ["momade", "renamo"], "in January 2019")
ev(k, "junta_created", "2019-08", "month", ["nhongo", "rmj"], "in August 2019")
ev(k, "maputo_accord", "2019-08-06", "day", ["momade", "nyusi", "renamo"], "on 6 August 2019")
ev(k, "junta_attacks", "2019-08", "month", ["rmj", "manica", "sofala"], "From August 2019 onwards")
ev(k, "momade_statement", "2021-10-13", "day", ["momade"], "on Wednesday")
cl(k, "macuacua", "We called on him to give himself up and he chose to shoot")
cl(k, "nhongo", "Ossufo is not our leader. He sold the party to Frelimo")
cl(k, "momade", "The death of any Mozambican is not a cause for celebration, but this page of our history must now be turned")
ACC += ["Rui Mabota", "Zambezi Notes", "Maputo Accord", "Maputo Accord for Peace and National Reconciliation", "Maputo",
        "Accord", "EN1", "EN6", "DDR", "Mozambican", "UN Secretary-General", "President Filipe Nyusi"]
NOISE.append({"source": k, "names": ["Celso M.", "Celso M", "Ana Langa", "zambezi_boy", "Samora Machel",
                                      "Venâncio Mondlane", "Nhamatanda"]})
BP[k] = "Filed under:"

W.write(acceptable_key=str.lower)
