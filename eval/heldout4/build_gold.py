"""Builds gold.json for the fourth held-out set from the annotations below (run: python3 eval/heldout4/build_gold.py).
Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.ev, W.cl, W.ACC, W.NOISE, W.BP

# ---------------- m01 Thailand Deep South, press-briefing transcript ----------------
k = "m01"
P(k, "kritsada", "Kritsada Phromsiri")
P(k, "nattaya", "Nattaya Somboon")
P(k, "maae", "Ma-ae Sohoh")
P(k, "khalib", "Abdulkarim Khalib")
P(k, "chatchai", "Chatchai Bangchuad")
P(k, "anas", "Anas Abdulrahman", "Anas Abdulrahman", "Hipni Mareh", "Hipnee Mareh")
P(k, "zulkifli", "Zulkifli Zainal Abidin")
P(k, "pisal", "Pisal Wattanawongkiri")
P(k, "karim_hassan", "Abdul Karim Hassan")
P(k, "kasturi", "Kasturi Mahkota")
G(k, "isoc4", "Internal Security Operations Command Region 4 Forward Command",
  "Internal Security Operations Command Region 4 Forward Command", "ISOC-4")
G(k, "sbpac", "Southern Border Provinces Administrative Centre", "Southern Border Provinces Administrative Centre", "SBPAC")
G(k, "rkk", "Runda Kumpulan Kecil", "Runda Kumpulan Kecil", "RKK")
G(k, "brn", "Barisan Revolusi Nasional", "Barisan Revolusi Nasional", "Barisan Revolusi Nasional Melayu Patani", "BRN")
G(k, "peace_panel", "Peace Dialogue Panel")
G(k, "oag", "Office of the Attorney General")
G(k, "rta", "Royal Thai Army")
G(k, "fourth_army", "Fourth Army Region")
G(k, "pheu_thai", "Pheu Thai Party")
G(k, "pulo", "Patani United Liberation Organisation", "Patani United Liberation Organisation", "PULO")
G(k, "dpp", "Dewan Pimpinan Parti")
L(k, "sirindhorn_camp", "Sirindhorn Camp")
L(k, "yala", "Yala")
L(k, "rueso", "Rueso")
L(k, "narathiwat", "Narathiwat")
L(k, "kuala_lumpur", "Kuala Lumpur")
L(k, "tak_bai", "Tak Bai")
L(k, "malaysia", "Malaysia")
L(k, "sweden", "Sweden")
L(k, "pattani", "Pattani")
L(k, "songkhla", "Songkhla")
for s, p, o in [("kritsada", "spokesperson_for", "isoc4"), ("nattaya", "holds_office", "sbpac"), ("rkk", "part_of", "brn"),
                ("maae", "member_of", "rkk"), ("khalib", "spokesperson_for", "brn"), ("chatchai", "leads", "peace_panel"),
                ("anas", "member_of", "brn"), ("anas", "member_of", "dpp"), ("dpp", "part_of", "brn"),
                ("pisal", "leads", "fourth_army"), ("karim_hassan", "founded", "brn"), ("kasturi", "leads", "pulo")]:
    rel(k, s, p, o)
ev(k, "rueso_bomb", "2024-11-05", "day", ["rkk", "rueso", "narathiwat"], "Last Tuesday")
ev(k, "rueso_warrants", "2024-11-06", "day", ["maae", "narathiwat"], "On Wednesday")
ev(k, "brn_video", "2024-11-03", "day", ["brn", "khalib"], "in a video on Sunday")
ev(k, "kl_talks", "2024-11-20", "day", ["peace_panel", "brn", "kuala_lumpur", "zulkifli", "anas", "chatchai"], "on 20 November")
ev(k, "tak_bai_limitation", "2024-10-25", "day", ["tak_bai"], "expired on 25 October")
ev(k, "tak_bai_deaths", "2004-10-25", "day", ["tak_bai", "rta"], "on 25 October 2004")
ev(k, "pisal_resigned", "2024-10", "month", ["pisal", "pheu_thai"], "in October")
ev(k, "tak_bai_compensation", "2012", "year", ["sbpac", "tak_bai"], "since 2012")
ev(k, "brn_founded", "1960", "year", ["brn", "karim_hassan", "narathiwat"], "in 1960")
ev(k, "depot_raid", "2004-01", "month", ["narathiwat"], "in January 2004")
ev(k, "pattani_forum", "2024-11-15", "day", ["sbpac", "pattani"], "on 15 November")
cl(k, "kritsada", "This was an attack on children going to school.")
cl(k, "khalib", "never target the soft targets.")
cl(k, "kritsada", "But talking cannot be a cover for bombs.")
cl(k, "kritsada", "The Army did not protect anybody.")
cl(k, "nattaya", "We know money cannot close that wound.")
cl(k, "kritsada", "Malaysia facilitates. It does not take sides.")
ACC += ["Colonel Kritsada Phromsiri", "General Zulkifli Zainal Abidin", "General Pisal Wattanawongkiri",
        "Haji Abdul Karim Hassan", "ISOC", "Army", "Thai PBS", "Isranews Agency", "Benar News", "Al Jazeera", "Islam",
        "Malay", "Malaysian", "Thai", "SPOKESPERSON", "QUESTION", "TRANSCRIPT", "Narathiwat provincial court",
        "ISOC-4 public relations office", "Sirindhorn Camp media room", "SOUTHERN BORDER PROVINCES", "Colonel",
        "Tak Bai case", "Thai-language"]
NOISE.append({"source": k, "names": ["Wirat Chaiyo", "Sergeant Major Wirat Chaiyo"]})
BP[k] = "[End of transcript]"

# ---------------- m02 Balochistan, live blog ----------------
k = "m02"
P(k, "chaudhry", "Ahmed Sharif Chaudhry")
P(k, "jeeyand", "Jeeyand Baloch", "Jeeyand Baloch", "Jiand Baloch")
P(k, "bashir_zeb", "Bashir Zeb")
P(k, "aslam", "Aslam Baloch", "Aslam Baloch", "Achu")
P(k, "hyrbyair", "Hyrbyair Marri")
P(k, "bugti", "Sarfraz Bugti")
P(k, "qureshi", "Samina Qureshi")
P(k, "allah_nazar", "Allah Nazar Baloch", "Allah Nazar Baloch", "Allah Nazar Baluch")
P(k, "naqvi", "Mohsin Naqvi")
G(k, "bla", "Balochistan Liberation Army", "Balochistan Liberation Army", "BLA")
G(k, "ispr", "Inter-Services Public Relations", "Inter-Services Public Relations", "ISPR")
G(k, "majeed", "Majeed Brigade")
G(k, "fateh", "Fateh Squad")
G(k, "stos", "STOS")
G(k, "bla_azad", "BLA-Azad")
G(k, "iics", "Islamabad Institute for Conflict Studies")
G(k, "blf", "Balochistan Liberation Front", "Balochistan Liberation Front", "BLF")
G(k, "bras", "Baloch Raaji Aajoi Sangar", "Baloch Raaji Aajoi Sangar", "BRAS")
G(k, "pak_railways", "Pakistan Railways")
L(k, "balochistan", "Balochistan")
L(k, "quetta", "Quetta")
L(k, "peshawar", "Peshawar")
L(k, "bolan", "Bolan Pass")
L(k, "rawalpindi", "Rawalpindi")
L(k, "kandahar", "Kandahar")
L(k, "afghanistan", "Afghanistan")
L(k, "karachi", "Karachi")
L(k, "cmh_quetta", "Combined Military Hospital")
L(k, "mach", "Mach")
L(k, "sibi", "Sibi")
L(k, "mushkaf", "Mushkaf")
L(k, "pakistan", "Pakistan")
L(k, "united_states", "United States")
for s, p, o in [("chaudhry", "holds_office", "ispr"), ("jeeyand", "spokesperson_for", "bla"), ("majeed", "part_of", "bla"),
                ("stos", "part_of", "bla"), ("bashir_zeb", "leads", "bla"), ("hyrbyair", "leads", "bla_azad"),
                ("bugti", "holds_office", "balochistan"), ("qureshi", "member_of", "iics"), ("bla", "allied_with", "blf"),
                ("allah_nazar", "leads", "blf"), ("bla", "part_of", "bras"), ("blf", "part_of", "bras")]:
    rel(k, s, p, o)
ev(k, "jaffar_hijack", "2025-03-11", "day", ["bla", "bolan", "mushkaf", "quetta", "peshawar"], "At about 13:00 yesterday")
ev(k, "clearance_ended", "2025-03-12", "day", ["ispr", "chaudhry", "bla"], "ended at about 19:00")
ev(k, "naqvi_quetta", "2025-03-11", "day", ["naqvi", "quetta"], "last night")
ev(k, "bla_second_statement", "2025-03-12", "day", ["bla", "jeeyand"], "this morning")
ev(k, "zeb_leader", "2018", "year", ["bashir_zeb", "bla"], "Since 2018")
ev(k, "aslam_killed", "2018-12", "month", ["aslam", "kandahar", "afghanistan"], "in December 2018")
ev(k, "karachi_consulate", "2018-11", "month", ["bla", "karachi"], "in November 2018")
ev(k, "bras_set_up", "2018", "year", ["bras"], "set up in 2018")
ev(k, "bla_appeared", "2000", "approximate", ["bla"], "around 2000")
ev(k, "bla_banned", "2006", "year", ["bla", "pakistan"], "since 2006")
ev(k, "us_designation", "2019-07", "month", ["bla", "united_states"], "in July 2019")
cl(k, "chaudhry", "all 33 terrorists have been sent to hell")
cl(k, "chaudhry", "in contact with their handlers")
cl(k, "bugti", "These are not freedom fighters. Freedom fighters do not shoot sleeping passengers,")
cl(k, "qureshi", "The BLA is no longer a tribal militia. It is a modern insurgency with a media wing, a suicide unit and a recruiting base among educated young men.")
cl(k, "naqvi", "an act of war against the people of Pakistan.")
cl(k, "jeeyand", "Every operation by the occupying army will be answered.")
ACC += ["Frontier Desk", "Lieutenant General Ahmed Sharif Chaudhry", "Jaffar Express", "Key points", "PKT", "Chinese",
        "Baloch", "Interior Minister Mohsin Naqvi", "Analyst Samina Qureshi", "LIVE", "Combined Military Hospital in Quetta",
        "Quetta-to-Peshawar", "Baloch political prisoners", "Islamabad", "Mach station", "Director General"]
NOISE.append({"source": k, "names": ["Kamran Shah", "Ayesha Rind", "Daniel Faraz", "Gwadar", "China"]})
BP[k] = "Reporting by Kamran Shah"

# ---------------- m03 South Sudan, news digest ----------------
k = "m03"
P(k, "machar", "Riek Machar", "Riek Machar", "Riek Machar Teny", "Machar")
P(k, "oyet", "Oyet Nathaniel Pierino")
P(k, "makuei", "Michael Makuei Lueth")
P(k, "kiir", "Salva Kiir", "Salva Kiir", "Salva Kiir Mayardit", "Kiir")
P(k, "majur_dak", "David Majur Dak")
P(k, "pal_mai", "Pal Mai Deng")
P(k, "muhoozi", "Muhoozi Kainerugaba")
P(k, "haysom", "Nicholas Haysom", "Nicholas Haysom", "Haysom")
P(k, "cirillo", "Thomas Cirillo Swaka")
P(k, "suba", "Suba Samuel Manase")
P(k, "ruto", "William Ruto")
G(k, "splm_io", "Sudan People's Liberation Movement-in-Opposition", "Sudan People's Liberation Movement-in-Opposition", "SPLM-IO")
G(k, "spla_io", "SPLA-IO")
G(k, "white_army", "White Army", "White Army", "Jiech Mabor")
G(k, "sspdf", "South Sudan People's Defence Forces", "South Sudan People's Defence Forces", "SSPDF")
G(k, "updf", "Uganda People's Defence Force", "Uganda People's Defence Force", "UPDF")
G(k, "unmiss", "UN Mission in South Sudan", "UN Mission in South Sudan", "UNMISS")
G(k, "un", "United Nations", "United Nations", "UN")
G(k, "nas", "National Salvation Front", "National Salvation Front", "NAS")
L(k, "juba", "Juba")
L(k, "upper_nile", "Upper Nile")
L(k, "nasir", "Nasir", "Nasir", "Naser")
L(k, "ethiopia", "Ethiopia")
L(k, "ulang", "Ulang")
L(k, "kampala", "Kampala", "KAMPALA")
L(k, "uganda", "Uganda")
L(k, "south_sudan", "South Sudan")
L(k, "new_york", "New York", "NEW YORK")
L(k, "addis_ababa", "Addis Ababa")
L(k, "nairobi", "Nairobi")
L(k, "central_equatoria", "Central Equatoria")
L(k, "yei", "Yei")
for s, p, o in [("machar", "leads", "splm_io"), ("oyet", "reports_to", "machar"), ("oyet", "member_of", "splm_io"),
                ("kiir", "holds_office", "south_sudan"), ("spla_io", "part_of", "splm_io"),
                ("white_army", "allied_with", "spla_io"), ("white_army", "opposed_to", "sspdf"),
                ("white_army", "controls", "nasir"), ("majur_dak", "member_of", "sspdf"),
                ("pal_mai", "spokesperson_for", "splm_io"), ("sspdf", "backed_by", "updf"), ("muhoozi", "leads", "updf"),
                ("haysom", "leads", "unmiss"), ("unmiss", "part_of", "un"), ("cirillo", "leads", "nas"),
                ("cirillo", "founded", "nas"), ("nas", "opposed_to", "sspdf"), ("suba", "spokesperson_for", "nas")]:
    rel(k, s, p, o)
ev(k, "machar_arrest", "2025-03-26", "day", ["machar", "juba", "splm_io"], "on Wednesday night")
ev(k, "nasir_overrun", "2025-03-04", "day", ["white_army", "nasir", "sspdf"], "on 4 March")
ev(k, "helicopter_attack", "2025-03-07", "day", ["majur_dak", "nasir", "sspdf", "un"], "Three days later")
ev(k, "nasir_airstrikes", "2025-03-16", "range", ["sspdf", "nasir", "ulang"], "on 16 and 17 March", end="2025-03-17")
ev(k, "civil_war", "2013-12", "month", ["spla_io", "white_army", "splm_io"], "began in December 2013")
ev(k, "updf_juba", "2025-03-11", "day", ["updf", "juba", "uganda", "kiir"], "on 11 March")
ev(k, "updf_2013", "2013-12", "month", ["kiir", "updf"], "first called in Ugandan troops in December 2013")
ev(k, "haysom_briefing", "2025-03-24", "day", ["haysom", "unmiss", "new_york"], "on Monday")
ev(k, "addis_agreement", "2018-09", "month", ["kiir", "machar", "addis_ababa"], "in September 2018")
ev(k, "elections_scheduled", "2026-12", "month", ["south_sudan"], "December 2026")
ev(k, "tumaini_opened", "2024-05", "month", ["nairobi", "ruto"], "in May 2024")
ev(k, "nas_founded", "2017", "year", ["nas", "cirillo"], "in 2017")
ev(k, "ce_clashes", "2025-03-22", "range", ["nas", "sspdf", "central_equatoria", "suba"], "last weekend", end="2025-03-23")
cl(k, "oyet", "The arrest of the first vice-president means the agreement is dead,")
cl(k, "makuei", "face the law like any other citizen.")
cl(k, "pal_mai", "The SPLA-IO has no link to the White Army,")
cl(k, "muhoozi", "defend the entire territory of South Sudan as if it were our own.")
cl(k, "haysom", "a relapse into full-scale war.")
cl(k, "ruto", "as soon as the guns fall silent.")
ACC += ["HORN & NILE SECURITY DIGEST", "Horn & Nile Security Digest", "First Vice-President Riek Machar",
        "Information Minister Michael Makuei Lueth", "President Salva Kiir", "President Salva Kiir Mayardit", "Nuer",
        "Ugandan", "Ethiopian", "Security Council", "Africa", "Major General David Majur Dak",
        "General Muhoozi Kainerugaba", "Tumaini", "Tumaini initiative", "Tumaini talks", "Kenyan",
        "Kenyan President William Ruto", "Upper Nile state", "Central Equatoria state"]
NOISE.append({"source": k, "names": ["Miriam Achieng", "Joseph Lado"]})
BP[k] = "The Horn & Nile Security Digest is compiled by"

# ---------------- m04 Uganda LRA, court judgment ----------------
k = "m04"
P(k, "schmitt", "Bertram Schmitt")
P(k, "kovacs", "Péter Kovács")
P(k, "pangalangan", "Raul Cano Pangalangan")
P(k, "ongwen", "Dominic Ongwen", "Dominic Ongwen", "Ongwen", "Odomi")
P(k, "kony", "Joseph Kony", "Joseph Kony", "Kony")
P(k, "alice", "Alice Auma", "Alice Auma", "Lakwena")
P(k, "otti", "Vincent Otti")
P(k, "lukwiya", "Raska Lukwiya")
P(k, "odhiambo", "Okot Odhiambo")
P(k, "museveni", "Yoweri Museveni", "Museveni")
P(k, "ayena", "Krispus Ayena Odongo")
G(k, "lra", "Lord's Resistance Army", "Lord's Resistance Army", "LRA")
G(k, "oka", "Oka battalion")
G(k, "sinia", "Sinia brigade", "Sinia brigade", "Sinia")
G(k, "stockree", "Stockree")
G(k, "trinkle", "Trinkle brigade", "Trinkle brigade", "Trinkle")
G(k, "gilva", "Gilva")
G(k, "hsm", "Holy Spirit Movement")
G(k, "control_altar", "Control Altar")
G(k, "updf", "Uganda People's Defence Force", "Uganda People's Defence Force", "UPDF")
G(k, "gov_sudan", "Government of Sudan")
G(k, "gov_uganda", "Government of Uganda")
G(k, "iso", "Internal Security Organisation", "Internal Security Organisation", "ISO")
G(k, "seleka", "Séléka")
L(k, "coorom", "Coorom")
L(k, "kilak", "Kilak")
L(k, "amuru", "Amuru")
L(k, "uganda", "Uganda")
L(k, "jinja", "Jinja")
L(k, "southern_sudan", "Southern Sudan")
L(k, "juba", "Juba")
L(k, "pajule", "Pajule")
L(k, "pader", "Pader")
L(k, "odek", "Odek")
L(k, "gulu", "Gulu")
L(k, "lukodi", "Lukodi")
L(k, "abok", "Abok")
L(k, "oyam", "Oyam")
L(k, "sam_ouandja", "Sam Ouandja")
L(k, "car", "Central African Republic")
L(k, "united_states", "United States")
for s, p, o in [("ongwen", "member_of", "lra"), ("ongwen", "leads", "oka"), ("ongwen", "leads", "sinia"),
                ("oka", "part_of", "sinia"), ("sinia", "part_of", "lra"), ("stockree", "part_of", "lra"),
                ("trinkle", "part_of", "lra"), ("gilva", "part_of", "lra"), ("kony", "founded", "lra"),
                ("kony", "leads", "lra"), ("alice", "leads", "hsm"), ("control_altar", "part_of", "lra"),
                ("otti", "member_of", "lra"), ("otti", "reports_to", "kony"), ("lukwiya", "member_of", "lra"),
                ("updf", "opposed_to", "lukwiya"), ("odhiambo", "leads", "trinkle"), ("odhiambo", "reports_to", "kony"),
                ("lra", "backed_by", "gov_sudan"), ("lra", "opposed_to", "updf"), ("lra", "opposed_to", "gov_uganda")]:
    rel(k, s, p, o)
ev(k, "ongwen_abducted", "1987", "year", ["ongwen", "lra"], "in 1987, at the age of about nine")
ev(k, "ongwen_oka", "2002", "year", ["ongwen", "oka"], "By 2002")
ev(k, "ongwen_sinia", "2004-03", "month", ["ongwen", "sinia"], "In March 2004")
ev(k, "lra_founded", "1987", "year", ["kony", "lra", "hsm"], "by Joseph Kony in 1987")
ev(k, "lukwiya_killed", "2006-08", "month", ["lukwiya", "updf"], "in August 2006")
ev(k, "sudan_support", "1994", "year", ["gov_sudan", "lra", "southern_sudan"], "From 1994")
ev(k, "iron_fist", "2002-03", "month", ["updf", "southern_sudan"], "in March 2002")
ev(k, "pajule_attack", "2003-10-10", "day", ["lra", "sinia", "ongwen", "pajule", "pader"], "on 10 October 2003")
ev(k, "odek_attack", "2004-04-29", "day", ["oka", "sinia", "odek", "gulu"], "On 29 April 2004")
ev(k, "lukodi_attack", "2004-05-19", "approximate", ["ongwen", "lukodi", "gulu"], "On or about 19 May 2004")
ev(k, "abok_attack", "2004-06-08", "day", ["abok", "oyam", "ongwen"], "on 8 June 2004")
ev(k, "trial_opening", "2016-12-06", "day", ["ongwen"], "on 6 December 2016")
ev(k, "ongwen_surrender", "2015-01", "month", ["ongwen", "seleka", "sam_ouandja", "car"], "In early January 2015")
ev(k, "ongwen_arrival", "2015-01-21", "day", ["ongwen"], "on 21 January 2015")
cl(k, "kony", "are no longer civilians; they are soldiers of Museveni.")
cl(k, "ayena", "This is a man who was made by the LRA. He did not make it.")
cl(k, "ongwen", "I am one of the people against whom the LRA committed atrocities.")
ACC += ["Trial Chamber IX", "Judge Bertram Schmitt", "Judge Péter Kovács", "Judge Raul Cano Pangalangan", "Chamber",
        "Court", "Prosecutor", "International Criminal Court", "Witness P-0205", "P-0205", "Operation Iron Fist",
        "Iron Fist", "Trial Judgment", "United States special forces", "Séléka coalition",
        "Part VI", "Part II", "Part V", "REDACTED", "Defence", "Presiding Judge", "SITUATION IN UGANDA",
        "Kilak county", "Amuru district", "Pader district", "Gulu district", "Pajule camp", "Odek camp", "Lukodi camp",
        "Abok camp", "Oka", "northern Uganda", "BACKGROUND", "FINDINGS ON THE ATTACKS"]
NOISE.append({"source": k, "names": ["The Hague", "The Netherlands", "Court Records Section", "Registry"]})
BP[k] = "Done in both English and French"

# ---------------- m05 Chad FACT, encyclopedia entry with infobox ----------------
k = "m05"
P(k, "mahdi_ali", "Mahamat Mahdi Ali", "Mahamat Mahdi Ali", "Mahdi Ali", "Mahamat Mahadi Ali")
P(k, "tapol", "Kingabé Ogouzeimi de Tapol")
P(k, "idriss_deby", "Idriss Déby", "Idriss Déby", "Idriss Déby Itno", "Déby")
P(k, "nouri", "Mahamat Nouri", "Mahamat Nouri", "Nouri")
P(k, "haftar", "Khalifa Haftar")
P(k, "mahamat_deby", "Mahamat Idriss Déby", "Mahamat Idriss Déby", "Kaka")
P(k, "issa", "Issa Ahmat Ali")
G(k, "fact", "Front for Change and Concord in Chad", "Front for Change and Concord in Chad",
  "Front pour l'alternance et la concorde au Tchad", "FACT")
G(k, "ufdd", "Union of Forces for Democracy and Development", "Union of Forces for Democracy and Development", "UFDD")
G(k, "lna", "Libyan National Army", "Libyan National Army", "LNA")
G(k, "ant", "Chadian National Army", "Chadian National Army", "ANT")
G(k, "cmt", "Transitional Military Council", "Transitional Military Council", "CMT")
G(k, "ccmsr", "Military Command Council for the Salvation of the Republic",
  "Military Command Council for the Salvation of the Republic", "CCMSR")
L(k, "tanoua", "Tanoua")
L(k, "libya", "Libya")
L(k, "tibesti", "Tibesti")
L(k, "kanem", "Kanem")
L(k, "fezzan", "Fezzan")
L(k, "ndjamena", "N'Djamena")
L(k, "jufra", "Jufra")
L(k, "tripoli", "Tripoli")
L(k, "chad", "Chad")
L(k, "nokou", "Nokou")
L(k, "doha", "Doha")
for s, p, o in [("mahdi_ali", "leads", "fact"), ("mahdi_ali", "founded", "fact"), ("tapol", "spokesperson_for", "fact"),
                ("mahdi_ali", "member_of", "ufdd"), ("nouri", "leads", "ufdd"), ("nouri", "founded", "ufdd"),
                ("fact", "allied_with", "lna"), ("haftar", "leads", "lna"), ("fact", "opposed_to", "ant"),
                ("fact", "opposed_to", "cmt"), ("idriss_deby", "holds_office", "chad"), ("mahamat_deby", "leads", "cmt"),
                ("issa", "reports_to", "mahdi_ali"), ("issa", "member_of", "fact")]:
    rel(k, s, p, o)
ev(k, "fact_founded", "2016-04-08", "day", ["fact", "mahdi_ali", "tanoua"], "on 8 April 2016")
ev(k, "ufdd_founded", "2006", "year", ["nouri", "ufdd"], "in 2006")
ev(k, "ndjamena_2008", "2008-02", "month", ["ufdd", "ndjamena"], "in February 2008")
ev(k, "fact_in_libya", "2016", "range", ["fact", "libya", "lna"], "Between 2016 and 2021", end="2021")
ev(k, "tripoli_offensive", "2019", "year", ["lna", "tripoli", "fact", "haftar"], "LNA's 2019 offensive")
ev(k, "fact_crossing", "2021-04-11", "day", ["fact", "libya", "chad"], "On 11 April 2021")
ev(k, "deby_death_announced", "2021-04-20", "day", ["idriss_deby"], "On 20 April 2021")
ev(k, "deby_died", "2021-04-19", "day", ["idriss_deby"], "the previous day")
ev(k, "cmt_set_up", "2021-04-20", "day", ["cmt", "mahamat_deby"], "the same day")
ev(k, "ceasefire_offer", "2021-04", "month", ["fact"], "later that month")
ev(k, "mahamat_address", "2021-04-25", "day", ["mahamat_deby"], "on 25 April")
ev(k, "column_destroyed", "2021-05", "month", ["fact", "libya"], "By May 2021")
ev(k, "mahdi_ali_sentenced", "2023-03", "month", ["mahdi_ali", "ndjamena", "fact"], "In March 2023")
ev(k, "fighters_pardoned", "2023-04", "month", ["fact"], "the following month")
ev(k, "doha_agreement", "2022-08-08", "day", ["fact", "doha"], "8 August 2022")
ev(k, "deby_rule", "1990", "year", ["idriss_deby", "chad"], "since 1990")
ev(k, "tapol_spokesperson", "2017", "year", ["tapol", "fact"], "since 2017")
cl(k, "tapol", "Our column is going to N'Djamena to end a dynasty, not to make war on the Chadian people,")
cl(k, "mahamat_deby", "This is not the time for mediation, nor for negotiation with outlaws,")
cl(k, "fact", "a monologue of the junta.")
ACC += ["OpenConflict", "Chadian", "Libyan", "Goran", "Daza", "President Idriss Déby", "President Idriss Déby Itno",
        "General Mahamat Idriss Déby", "Northern Chad offensive", "Jufra air base", "UN Panel of Experts",
        "Panel of Experts", "Doha peace agreement", "French", "Libyan civil war", "Tibesti mountains",
        "Kanem province", "Leader(s)", "Spokesperson", "Founded", "Split from", "Headquarters", "Active regions",
        "Allies", "Opponents", "Battles and wars", "Abbreviation", "Size", "History", "Origins", "Aftermath", "Leadership"]
NOISE.append({"source": k, "names": ["Sahel Monitor", "Small Arms Survey", "Lake Chad Review", "Tubiana", "Gramizzi",
                                     "Agence Sahélienne de Presse", "Télé Tchad", "Creative Commons"]})
BP[k] = "See also"

# ---------------- m06 Nepal Maoists, Markdown Q&A interview ----------------
k = "m06"
P(k, "budha", "Sita Budha", "Sita Budha", "Budha", "Ujjwala")
P(k, "shrestha", "Anil Shrestha")
P(k, "pun", "Nanda Kishor Pun", "Nanda Kishor Pun", "Pasang")
P(k, "sharma", "Janardan Sharma", "Janardan Sharma", "Prabhakar")
P(k, "prachanda", "Pushpa Kamal Dahal", "Pushpa Kamal Dahal", "Prachanda")
P(k, "gyanendra", "Gyanendra")
P(k, "koirala", "Girija Prasad Koirala")
P(k, "baidya", "Mohan Baidya", "Mohan Baidya", "Kiran")
P(k, "chand", "Netra Bikram Chand", "Netra Bikram Chand", "Biplav")
G(k, "cpn_m", "Communist Party of Nepal (Maoist)")
G(k, "pla_nepal", "People's Liberation Army", "People's Liberation Army", "PLA")
G(k, "rna", "Royal Nepal Army")
G(k, "nepal_army", "Nepal Army")
G(k, "spa", "Seven Party Alliance")
G(k, "unmin", "United Nations Mission in Nepal", "United Nations Mission in Nepal", "UNMIN")
G(k, "cpn_maoist_baidya", "CPN-Maoist")
L(k, "nepal", "Nepal")
L(k, "rolpa", "Rolpa")
L(k, "rukum", "Rukum")
L(k, "sindhuli", "Sindhuli")
L(k, "holeri", "Holeri")
L(k, "kathmandu", "Kathmandu")
L(k, "beni", "Beni")
L(k, "myagdi", "Myagdi")
L(k, "new_delhi", "New Delhi")
for s, p, o in [("budha", "member_of", "pla_nepal"), ("pun", "leads", "pla_nepal"), ("sharma", "reports_to", "pun"),
                ("pla_nepal", "part_of", "cpn_m"), ("prachanda", "leads", "cpn_m"), ("prachanda", "holds_office", "nepal"),
                ("koirala", "holds_office", "nepal"), ("gyanendra", "holds_office", "nepal"),
                ("pla_nepal", "opposed_to", "rna"), ("cpn_m", "allied_with", "spa"),
                ("baidya", "founded", "cpn_maoist_baidya")]:
    rel(k, s, p, o)
ev(k, "peoples_war_launched", "1996-02-13", "day", ["cpn_m", "rolpa", "rukum", "sindhuli"], "Thirty years ago today")
ev(k, "holeri_attack", "1996-02-13", "day", ["holeri", "rolpa"], "was that night")
ev(k, "budha_joined", "1998", "year", ["budha", "cpn_m"], "in 1998")
ev(k, "ceasefire_meeting", "2003", "year", ["prachanda", "budha"], "Once in 2003")
ev(k, "beni_attack", "2004-03", "month", ["beni", "myagdi", "pla_nepal", "rna", "budha"], "Beni, in March 2004")
ev(k, "royal_takeover", "2005-02-01", "day", ["gyanendra"], "on 1 February 2005")
ev(k, "twelve_point", "2005-11", "month", ["cpn_m", "spa", "new_delhi"], "In November 2005")
ev(k, "king_gave_up", "2006", "approximate", ["gyanendra"], "the following spring")
ev(k, "peace_accord", "2006-11-21", "day", ["prachanda", "koirala", "cpn_m"], "on 21 November 2006")
ev(k, "integration", "2012", "year", ["nepal_army", "pla_nepal"], "In 2012 about 1,400")
ev(k, "baidya_split", "2012-06", "month", ["baidya", "cpn_maoist_baidya", "prachanda"], "in June 2012")
ev(k, "biplav_split", "2014", "year", ["chand", "baidya"], "in 2014")
ev(k, "biplav_banned", "2019", "year", ["chand"], "banned in 2019")
ev(k, "biplav_deal", "2021-03", "month", ["chand"], "in March 2021")
ev(k, "prachanda_pm", "2022-12", "month", ["prachanda"], "from December 2022")
cl(k, "prachanda", "The rifle brought us here. Now the ballot must take us further.")
cl(k, "budha", "Integration was a betrayal.")
cl(k, "budha", "I do not regret joining. I regret that we stopped halfway.")
cl(k, "budha", "Do not pick up a gun for men who will not remember your name.")
ACC += ["People's War", "Comrade Ujjwala", "Comrade Pasang", "Comrade Kiran", "King Gyanendra",
        "Prime Minister Girija Prasad Koirala", "Mountain Review", "Comprehensive Peace Accord", "Maoists", "Maoist",
        "CPN", "Nepali", "twelve-point understanding"]
NOISE.append({"source": k, "names": ["Kabita Rai"]})
BP[k] = "*This interview has been condensed"

# ---------------- m07 ETA, academic working paper ----------------
k = "m07"
P(k, "etxebarrieta", "Txabi Etxebarrieta", "Txabi Etxebarrieta", "Etxebarrieta")
P(k, "pardines", "José Antonio Pardines")
P(k, "franco", "Francisco Franco", "Franco")
P(k, "carrero", "Luis Carrero Blanco")
P(k, "barrionuevo", "José Barrionuevo")
P(k, "mab", "Miguel Ángel Blanco")
P(k, "txapote", "Francisco Javier García Gaztelu", "Francisco Javier García Gaztelu", "Txapote")
P(k, "otegi", "Arnaldo Otegi", "Arnaldo Otegi", "Otegi")
P(k, "annan", "Kofi Annan")
P(k, "manikkalingam", "Ram Manikkalingam")
P(k, "urrutikoetxea", "José Antonio Urrutikoetxea", "José Antonio Urrutikoetxea", "Josu Ternera", "Josu Urrutikoetxea")
P(k, "ordonez", "Consuelo Ordóñez")
P(k, "antza", "Mikel Albisu", "Mikel Albisu", "Mikel Antza")
G(k, "eta", "Euskadi Ta Askatasuna", "Euskadi Ta Askatasuna", "ETA")
G(k, "pnv", "Basque Nationalist Party", "Basque Nationalist Party", "PNV")
G(k, "guardia_civil", "Guardia Civil")
G(k, "eta_pm", "ETA político-militar")
G(k, "eta_m", "ETA militar")
G(k, "gal", "Grupos Antiterroristas de Liberación", "Grupos Antiterroristas de Liberación", "GAL")
G(k, "interior_ministry", "Interior Ministry")
G(k, "pp", "People's Party")
G(k, "batasuna", "Herri Batasuna", "Herri Batasuna", "Batasuna")
G(k, "eh_bildu", "EH Bildu")
G(k, "ivc", "International Verification Commission")
G(k, "covite", "Covite")
G(k, "un", "United Nations", "UN")
L(k, "basque_country", "Basque Country")
L(k, "villabona", "Villabona")
L(k, "madrid", "Madrid")
L(k, "french_basque", "French Basque Country")
L(k, "barcelona", "Barcelona")
L(k, "ermua", "Ermua")
L(k, "san_sebastian", "San Sebastián")
L(k, "bayonne", "Bayonne", "Bayonne", "Baiona")
L(k, "cambo", "Cambo-les-Bains")
L(k, "french_alps", "French Alps")
for s, p, o in [("etxebarrieta", "leads", "eta"), ("etxebarrieta", "opposed_to", "pardines"),
                ("guardia_civil", "opposed_to", "etxebarrieta"), ("pardines", "member_of", "guardia_civil"),
                ("eta", "opposed_to", "carrero"), ("gal", "backed_by", "interior_ministry"),
                ("barrionuevo", "holds_office", "interior_ministry"), ("eta", "opposed_to", "mab"),
                ("txapote", "opposed_to", "mab"), ("mab", "member_of", "pp"), ("batasuna", "part_of", "eta"),
                ("otegi", "spokesperson_for", "batasuna"), ("otegi", "leads", "eh_bildu"), ("annan", "holds_office", "un"),
                ("manikkalingam", "leads", "ivc"), ("urrutikoetxea", "spokesperson_for", "eta"),
                ("ordonez", "leads", "covite"), ("antza", "member_of", "eta")]:
    rel(k, s, p, o)
ev(k, "eta_founded", "1959", "year", ["eta", "pnv"], "in 1959")
ev(k, "first_killing", "1968-06-07", "day", ["etxebarrieta", "pardines", "villabona", "guardia_civil", "eta"], "on 7 June 1968")
ev(k, "carrero_killed", "1973-12-20", "day", ["carrero", "madrid", "eta"], "on 20 December 1973")
ev(k, "eta_split", "1974", "year", ["eta", "eta_pm", "eta_m"], "The following year")
ev(k, "gal_campaign", "1983", "range", ["gal", "french_basque"], "Between 1983 and 1987", end="1987")
ev(k, "barrionuevo_convicted", "1998", "year", ["barrionuevo", "gal"], "in 1998 the Supreme Court")
ev(k, "hipercor", "1987-06-19", "day", ["barcelona", "eta"], "on 19 June 1987")
ev(k, "mab_kidnapped", "1997-07", "month", ["mab", "eta", "ermua", "txapote"], "in July 1997")
ev(k, "batasuna_banned", "2003-03", "month", ["batasuna"], "in March 2003")
ev(k, "internal_debate", "2009", "range", ["otegi"], "2009–2010", end="2010")
ev(k, "aiete_conference", "2011-10-17", "day", ["san_sebastian", "annan", "eta"], "On 17 October 2011")
ev(k, "cessation", "2011-10-20", "day", ["eta"], "Three days later")
ev(k, "disarmament", "2017-04-08", "day", ["bayonne", "eta", "ivc"], "On 8 April 2017")
ev(k, "dissolution", "2018-05-03", "day", ["urrutikoetxea", "eta"], "on 3 May 2018")
ev(k, "arnaga_conference", "2018-05-04", "day", ["cambo"], "A day later")
ev(k, "urrutikoetxea_arrested", "2019-05", "month", ["urrutikoetxea", "french_alps"], "in May 2019")
cl(k, "eta", "the definitive cessation of its armed activity.")
cl(k, "eta", "has completely dismantled all its structures.")
cl(k, "ordonez", "An organisation that decides alone when to stop killing has not been defeated. It has retired.")
ACC += ["Institute for Conflict Transformation", "Working Paper Series", "Itziar Olano", "Mark Pemberton",
        "Domínguez Iribarren", "Whitfield", "Murua", "Leonisio", "Abstract", "Keywords", "Introduction", "Conclusion",
        "Spanish", "Basque", "French", "Sri Lankan", "Supreme Court", "Prime Minister Luis Carrero Blanco", "Hipercor",
        "Aiete", "Aiete palace", "Arnaga", "Arnaga villa", "artisans of peace", "WP", "Spanish state"]
NOISE.append({"source": k, "names": ["Routledge", "Hurst", "Universidad del País Vasco", "Journal of Basque Studies",
                                     "Bilbao", "London"]})
BP[k] = "References"

# ---------------- m08 Brazil Comando Vermelho, police press release ----------------
k = "m08"
P(k, "curi", "Felipe Curi")
P(k, "doca", "Edgar Alves de Andrade", "Edgar Alves de Andrade", "Doca", "Urso", "Andrade")
P(k, "marcinho", "Márcio dos Santos Nepomuceno", "Márcio dos Santos Nepomuceno", "Marcinho VP", "Nepomuceno")
P(k, "castro", "Cláudio Castro")
P(k, "menezes", "Marcelo de Menezes")
P(k, "marcola", "Marcos Willians Herbas Camacho", "Marcos Willians Herbas Camacho", "Marcola")
P(k, "lewandowski", "Ricardo Lewandowski")
G(k, "pcerj", "Civil Police of Rio de Janeiro State", "Civil Police of Rio de Janeiro State",
  "POLÍCIA CIVIL DO ESTADO DO RIO DE JANEIRO", "PCERJ", "Civil Police")
G(k, "pmerj", "Military Police", "Military Police", "PMERJ")
G(k, "dre", "Drug Repression Police Station", "Drug Repression Police Station", "DRE")
G(k, "cv", "Comando Vermelho", "Comando Vermelho", "CV")
G(k, "bope", "Special Police Operations Battalion", "Special Police Operations Battalion", "BOPE")
G(k, "tcp", "Terceiro Comando Puro", "Terceiro Comando Puro", "TCP")
G(k, "pcc", "Primeiro Comando da Capital", "Primeiro Comando da Capital", "PCC")
G(k, "public_defender", "Public Defender's Office")
L(k, "rio", "Rio de Janeiro", "Rio de Janeiro", "Rio")
L(k, "penha", "Complexo da Penha", "Complexo da Penha", "PENHA")
L(k, "alemao", "Complexo do Alemão", "Complexo do Alemão", "ALEMÃO")
L(k, "catanduvas", "Catanduvas")
L(k, "parana", "Paraná")
L(k, "brasilia", "Brasília")
L(k, "serra", "Serra da Misericórdia")
L(k, "candido_mendes", "Cândido Mendes")
L(k, "ilha_grande", "Ilha Grande")
L(k, "sao_paulo", "São Paulo")
L(k, "paraguay", "Paraguay")
for s, p, o in [("curi", "holds_office", "pcerj"), ("menezes", "holds_office", "pmerj"), ("bope", "part_of", "pmerj"),
                ("cv", "controls", "penha"), ("cv", "controls", "alemao"), ("doca", "member_of", "cv"),
                ("doca", "reports_to", "marcinho"), ("marcinho", "leads", "cv"), ("castro", "holds_office", "rio"),
                ("cv", "opposed_to", "tcp"), ("cv", "allied_with", "pcc"), ("cv", "opposed_to", "pcc"),
                ("marcola", "leads", "pcc"), ("pcerj", "opposed_to", "cv"), ("pmerj", "opposed_to", "cv")]:
    rel(k, s, p, o)
ev(k, "operation_contencao", "2025-10-28", "day", ["pcerj", "pmerj", "cv", "penha", "alemao"], "on Tuesday")
ev(k, "curi_news_conference", "2025-10-29", "day", ["curi", "pcerj"], "headquarters on Wednesday")
ev(k, "lewandowski_statement", "2025-10-29", "day", ["lewandowski"], "said on Wednesday that the federal")
ev(k, "marcinho_held", "2007", "year", ["marcinho", "catanduvas", "parana"], "since 2007")
ev(k, "cv_founded", "1979", "year", ["cv", "candido_mendes", "ilha_grande"], "in 1979")
ev(k, "alliance_collapsed", "2016", "year", ["cv", "pcc"], "collapsed in 2016")
ev(k, "cv_pcc_cooperation", "2025", "year", ["cv", "pcc", "paraguay"], "since the beginning of this year")
ev(k, "alemao_occupied", "2010-11", "month", ["alemao"], "in November 2010")
cl(k, "curi", "The criminals chose confrontation. We did not,")
cl(k, "curi", "Every officer who went up that hill went up with a court warrant.")
cl(k, "castro", "Rio is alone in this war, and we will not stop.")
cl(k, "public_defender", "every death must be investigated independently, with the participation of the families.")
ACC += ["PRESS RELEASE", "FOR IMMEDIATE RELEASE", "Press Office", "Operation Contenção", "OPERATION CONTENÇÃO",
        "Contenção", "North Zone", "West Zone", "North and West Zones", "City of Police",
        "Integrated Command and Control Centre", "Governor Cláudio Castro", "Colonel Marcelo de Menezes",
        "Federal Justice Minister Ricardo Lewandowski", "Brazilian", "Cândido Mendes prison", "BACKGROUND", "Results",
        "ASCOM", "PCERJ/ASCOM", "Rio de Janeiro State", "R$", "Secretary of State for the Civil Police",
        "Secretary of State for the Military Police"]
NOISE.append({"source": k, "names": ["Ana Beatriz Lopes", "State Government Communications Office", "PCERJ/Divulgação"]})
BP[k] = "-ENDS-"

W.write()
