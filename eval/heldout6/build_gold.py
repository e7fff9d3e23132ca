"""Builds gold.json for the sixth held-out set from the annotations below (run: python3 eval/heldout6/build_gold.py).
Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.ev, W.cl, W.ACC, W.NOISE, W.BP


# ---------------- p01 Bougainville, parliamentary committee oral evidence with numbered questions ----------------
k = "p01"
P(k, "landry", "Peter Landry")
P(k, "calloway", "Ruth Calloway", "Ruth Calloway", "Calloway")
P(k, "tully", "Graham Tully", "Graham Tully", "Tully")
P(k, "tokana", "Miriam Tokana", "Miriam Tokana", "Tokana")
P(k, "hale", "Andrew Hale", "Andrew Hale", "Hale")
P(k, "ona", "Francis Ona", "Francis Ona", "Ona")
P(k, "kauona", "Sam Kauona", "Sam Kauona", "Kauona")
P(k, "kabui", "Joseph Kabui", "Joseph Kabui", "Kabui")
P(k, "miriung", "Theodore Miriung", "Theodore Miriung", "Miriung")
P(k, "chan", "Julius Chan", "Julius Chan", "Chan")
P(k, "spicer", "Tim Spicer")
P(k, "singirok", "Jerry Singirok")
P(k, "skate", "Bill Skate")
G(k, "jscfadt", "Joint Standing Committee on Foreign Affairs, Defence and Trade",
  "JOINT STANDING COMMITTEE ON FOREIGN AFFAIRS, DEFENCE AND TRADE")
G(k, "bwpf", "Bougainville Women for Peace and Freedom")
G(k, "pmg", "Peace Monitoring Group")
G(k, "tmg", "Truce Monitoring Group")
G(k, "bcl", "Bougainville Copper Limited", "Bougainville Copper Limited", "Bougainville Copper")
G(k, "cra", "CRA")
G(k, "bra", "Bougainville Revolutionary Army", "Bougainville Revolutionary Army", "BRA")
G(k, "pngdf", "Papua New Guinea Defence Force", "Papua New Guinea Defence Force", "PNGDF")
G(k, "big", "Bougainville Interim Government", "Bougainville Interim Government", "BIG")
G(k, "resistance", "Bougainville Resistance Forces", "Bougainville Resistance Forces", "Resistance")
G(k, "btg", "Bougainville Transitional Government", "Bougainville Transitional Government", "Transitional Government")
G(k, "sandline", "Sandline International")
G(k, "mdf", "Meekamui Defence Force")
L(k, "bougainville", "Bougainville")
L(k, "canberra", "Canberra")
L(k, "arawa", "Arawa")
L(k, "kieta", "Kieta")
L(k, "buin", "Buin")
L(k, "siwai", "Siwai")
L(k, "buka", "Buka")
L(k, "panguna", "Panguna")
L(k, "jaba", "Jaba River")
L(k, "australia", "Australia")
L(k, "png", "Papua New Guinea")
L(k, "north_solomons", "North Solomons Province")
L(k, "port_moresby", "Port Moresby")
L(k, "new_zealand", "New Zealand")
L(k, "burnham", "Burnham")
L(k, "christchurch", "Christchurch")
L(k, "lincoln", "Lincoln")
for s, p, o in [("landry", "member_of", "jscfadt"), ("calloway", "member_of", "jscfadt"), ("tully", "member_of", "jscfadt"),
                ("tokana", "holds_office", "bwpf"), ("hale", "holds_office", "pmg"), ("bcl", "part_of", "cra"),
                ("ona", "member_of", "bcl"), ("ona", "leads", "bra"), ("kauona", "leads", "bra"),
                ("kauona", "member_of", "pngdf"), ("ona", "holds_office", "big"), ("kabui", "holds_office", "north_solomons"),
                ("kabui", "holds_office", "big"), ("kabui", "spokesperson_for", "big"), ("bra", "part_of", "big"),
                ("pngdf", "opposed_to", "bra"), ("resistance", "backed_by", "pngdf"), ("resistance", "opposed_to", "bra"),
                ("miriung", "holds_office", "btg"), ("chan", "holds_office", "png"), ("spicer", "leads", "sandline"),
                ("singirok", "leads", "pngdf"), ("mdf", "controls", "panguna"), ("ona", "leads", "mdf"),
                ("skate", "holds_office", "png")]:
    rel(k, s, p, o)
ev(k, "evidence_session", "1999-03-22", "day", ["jscfadt", "tokana", "hale"], "Monday 22 March 1999")
ev(k, "tokana_return", "1999-03-18", "day", ["tokana", "arawa"], "last Thursday")
ev(k, "sabotage_begins", "1988-11", "month", ["ona"], "In November 1988")
ev(k, "mine_closed", "1989-05", "month", ["panguna", "bcl"], "The mine closed in May 1989")
ev(k, "independence_declared", "1990-05-17", "day", ["ona", "big"], "on 17 May 1990")
ev(k, "resistance_formed", "1991", "approximate", ["resistance", "pngdf"], "from about 1991")
ev(k, "miriung_premier", "1995", "year", ["miriung", "btg"], "in 1995")
ev(k, "miriung_killed", "1996-10-12", "day", ["miriung"], "on 12 October 1996")
ev(k, "sandline_hired", "1997", "approximate", ["chan", "sandline", "spicer"], "Early in 1997")
ev(k, "singirok_detains", "1997-03-17", "day", ["singirok", "pngdf", "chan"], "On 17 March 1997")
ev(k, "chan_stands_aside", "1997-03-26", "day", ["chan"], "nine days later")
ev(k, "burnham_talks", "1997-07", "month", ["burnham", "christchurch", "big", "bra", "btg", "resistance"], "In July 1997")
ev(k, "burnham_truce", "1997-10-10", "day", ["burnham"], "on 10 October 1997")
ev(k, "tmg_arrives", "1997-12", "month", ["tmg", "new_zealand"], "arrived in December")
ev(k, "lincoln_agreement", "1998-01", "month", ["lincoln"], "in January 1998")
ev(k, "permanent_ceasefire", "1998-04-30", "day", ["arawa"], "on 30 April 1998")
ev(k, "pmg_takes_over", "1998-05-01", "day", ["pmg", "tmg"], "the following day")
ev(k, "ona_delegation", "1999-01", "month", ["ona"], "a visiting delegation in January")
cl(k, "tokana", "Now the guns are mostly quiet.")
cl(k, "tokana", "It began at the mine.")
cl(k, "tokana", "It was the mothers of Buin and Siwai who walked into BRA camps and took their sons home.")
cl(k, "hale", "I think the peace process owes a good deal to that week, although nobody in Port Moresby likes to say so.")
cl(k, "hale", "The Peace Monitoring Group works because it carries no weapons.")
cl(k, "kabui", "The war is over, but the peace has not yet begun.")
cl(k, "ona", "the mine is closed and it will stay closed until Meekamui is free.")
ACC += ["Foreign Affairs Sub-Committee", "Inquiry into Bougainville", "ORAL EVIDENCE", "Parliament House",
        "Members present", "Witnesses", "Chair", "Committee", "Mr Peter Landry", "Senator Ruth Calloway", "Senator Calloway",
        "Mr Graham Tully", "Mr Tully", "Dr Miriam Tokana", "Dr Tokana", "Lieutenant Colonel Andrew Hale", "Colonel Hale",
        "Lt Col Hale", "Coordinator", "Deputy Commander", "Examination of witnesses", "Sir Julius Chan", "Mr Miriung",
        "Brigadier General Jerry Singirok", "Burnham Truce", "Lincoln Agreement", "Meekamui", "Australian",
        "Bougainvilleans", "Prime Minister", "Burnham military camp", "US", "Q12", "Q23", "BIG's", "BRA's", "Panguna copper mine",
        "New Zealand-led Truce Monitoring Group", "Australian-led Peace Monitoring Group", "Sir Julius"]
NOISE.append({"source": k, "names": ["Denise Carbery", "Michael Aldous"]})
BP[k] = "[Witnesses withdrew]"

# ---------------- p02 Bastar Maoists, NGO report chapter with numbered paragraphs and superscript footnotes ----------------
k = "p02"
P(k, "ganapathy", "Muppala Lakshmana Rao", "Muppala Lakshmana Rao", "Ganapathy")
P(k, "basavaraju", "Nambala Keshava Rao", "Nambala Keshava Rao", "Basavaraju")
P(k, "abhay", "Abhay")
P(k, "karma", "Mahendra Karma")
P(k, "raman_singh", "Raman Singh")
P(k, "patel", "Nand Kumar Patel")
P(k, "shah", "Amit Shah")
P(k, "sai", "Vishnu Deo Sai")
P(k, "oyam", "Budhram Oyam")
P(k, "kashyap", "Ramesh Kashyap")
G(k, "cpim", "Communist Party of India (Maoist)", "Communist Party of India (Maoist)", "CPI (Maoist)")
G(k, "pw", "Communist Party of India (Marxist-Leninist) People's War",
  "Communist Party of India (Marxist-Leninist) People's War", "People's War")
G(k, "mcci", "Maoist Communist Centre of India")
G(k, "plga", "People's Liberation Guerrilla Army", "People's Liberation Guerrilla Army", "PLGA")
G(k, "cmc", "Central Military Commission")
G(k, "dkszc", "Dandakaranya Special Zonal Committee")
G(k, "salwa", "Salwa Judum")
G(k, "spo", "Special Police Officers", "Special Police Officers", "SPOs")
G(k, "congress", "Congress")
G(k, "bjp", "BJP")
G(k, "sci", "Supreme Court of India")
G(k, "crpf", "Central Reserve Police Force", "Central Reserve Police Force", "CRPF")
G(k, "cobra", "CoBRA")
G(k, "drg", "District Reserve Guard", "District Reserve Guard", "DRG")
G(k, "cg_police", "Chhattisgarh Police")
G(k, "gov_india", "Government of India")
L(k, "bastar", "Bastar")
L(k, "abujhmarh", "Abujhmarh")
L(k, "dantewada", "Dantewada")
L(k, "chhattisgarh", "Chhattisgarh")
L(k, "jhiram", "Jhiram Ghati")
L(k, "darbha", "Darbha")
L(k, "tadmetla", "Tadmetla")
L(k, "sukma", "Sukma")
L(k, "kutru", "Kutru")
L(k, "bijapur", "Bijapur")
L(k, "thulthuli", "Thulthuli")
L(k, "narayanpur", "Narayanpur")
L(k, "karregutta", "Karregutta")
L(k, "telangana", "Telangana")
L(k, "gangaloor", "Gangaloor")
for s, p, o in [("plga", "part_of", "cpim"), ("pw", "founded", "plga"), ("plga", "reports_to", "cmc"), ("cmc", "part_of", "cpim"),
                ("dkszc", "part_of", "cpim"), ("dkszc", "controls", "abujhmarh"), ("ganapathy", "leads", "cpim"),
                ("basavaraju", "leads", "cpim"), ("basavaraju", "leads", "cmc"), ("abhay", "spokesperson_for", "cpim"),
                ("karma", "leads", "salwa"), ("karma", "member_of", "congress"), ("salwa", "backed_by", "chhattisgarh"),
                ("spo", "backed_by", "chhattisgarh"), ("raman_singh", "holds_office", "chhattisgarh"),
                ("raman_singh", "member_of", "bjp"), ("plga", "opposed_to", "karma"), ("plga", "opposed_to", "patel"),
                ("patel", "holds_office", "congress"), ("cobra", "part_of", "crpf"), ("cpim", "opposed_to", "crpf"),
                ("drg", "part_of", "cg_police"), ("cpim", "opposed_to", "drg"), ("drg", "opposed_to", "basavaraju"),
                ("shah", "holds_office", "gov_india"), ("sai", "holds_office", "chhattisgarh"), ("kashyap", "member_of", "drg")]:
    rel(k, s, p, o)
ev(k, "cpim_formed", "2004-09-21", "day", ["cpim", "pw", "mcci"], "on 21 September 2004")
ev(k, "cpim_banned", "2009", "year", ["gov_india", "cpim"], "since 2009")
ev(k, "plga_created", "2000-12", "month", ["plga", "pw"], "in December 2000")
ev(k, "ganapathy_steps_down", "2018-11", "month", ["ganapathy", "basavaraju", "cpim"], "until November 2018")
ev(k, "salwa_judum_begins", "2005-06", "month", ["salwa", "dantewada", "karma"], "In June 2005")
ev(k, "supreme_court_ruling", "2011-07-05", "day", ["sci", "spo", "salwa"], "On 5 July 2011")
ev(k, "jhiram_ambush", "2013-05-25", "day", ["karma", "patel", "plga", "jhiram", "darbha"], "on 25 May 2013")
ev(k, "tadmetla", "2010-04-06", "day", ["crpf", "tadmetla", "sukma"], "on 6 April 2010")
ev(k, "drg_raised", "2008", "year", ["drg", "cg_police"], "raised in 2008")
ev(k, "kutru_ied", "2025-01-06", "day", ["drg", "cpim", "kutru", "bijapur"], "On 6 January 2025")
ev(k, "kagaar_begins", "2024-01", "month", ["gov_india"], "Since January 2024")
ev(k, "shah_deadline", "2026-03-31", "day", ["shah"], "31 March 2026")
ev(k, "sai_in_office", "2023-12", "month", ["sai"], "in office since December 2023")
ev(k, "killings_2024", "2024", "year", ["chhattisgarh"], "in Chhattisgarh in 2024")
ev(k, "thulthuli", "2024-10-04", "day", ["thulthuli", "narayanpur", "dantewada"], "On 4 October 2024")
ev(k, "karregutta", "2025-04-21", "range", ["karregutta", "telangana"], "Between 21 April and 11 May 2025", end="2025-05-11")
ev(k, "basavaraju_killed", "2025-05-21", "day", ["basavaraju", "drg", "abujhmarh", "narayanpur"], "On 21 May 2025")
ev(k, "surrenders", "2025-05-26", "range", ["bijapur"], "The following week", end="2025-06-01")
ev(k, "abhay_ceasefire_offer", "2025-04", "month", ["abhay", "cpim"], "In April, before his death")
cl(k, "shah", "the country will be free of Naxalism.")
cl(k, "cpim", "killed after his location was betrayed,")
cl(k, "abhay", "the party is ready for peace talks if the government halts its operations and withdraws its camps.")
cl(k, "oyam", "The police come in the day and ask why we feed the Maoists. The Maoists come at night and ask why we talk to the police,")
cl(k, "kashyap", "most of the people we fight today were our neighbours ten years ago.")
ACC += ["ADIVASI RIGHTS MONITOR", "Adivasi Rights Monitor", "Between Two Fires", "Operation Kagaar", "THE PARTIES TO THE CONFLICT",
        "Report ARM", "Maoist", "Maoists", "Adivasi", "Adivasis", "Gondi", "Naxalism", "Union Home Minister Amit Shah",
        "Chief Minister Raman Singh", "Chief Minister Vishnu Deo Sai", "Inspector Ramesh Kashyap", "Union government",
        "Dantewada district", "Sukma district", "Bijapur district", "Narayanpur district", "Karregutta hills",
        "Darbha valley", "Abujhmarh forest", "Bijapur town", "Salwa Judum and its legacy", "The security forces",
        "central committee", "Central Committee", "CoBRA battalions", "India", "Communist Party of India"]
NOISE.append({"source": k, "names": ["The Hindu", "Indian Express", "Press Trust of India", "Nandini Sundar",
                                     "E.N. Rammohan", "Independent Citizens' Initiative", "War in the Heart of India",
                                     "Ministry of Home Affairs", "Raipur"]})
BP[k] = "Notes to Chapter III"

# ---------------- p03 Aceh GAM, local newspaper story with photo caption and related-stories rail ----------------
k = "p03"
P(k, "sofyan", "Sofyan Dawood")
P(k, "muzakir", "Muzakir Manaf")
P(k, "feith", "Pieter Feith")
P(k, "hamid", "Hamid Awaluddin")
P(k, "malik", "Malik Mahmud")
P(k, "ahtisaari", "Martti Ahtisaari")
P(k, "di_tiro", "Hasan di Tiro", "Hasan di Tiro", "Di Tiro")
P(k, "zaini", "Zaini Abdullah")
P(k, "megawati", "Megawati Sukarnoputri")
P(k, "irwandi", "Irwandi Yusuf")
P(k, "mukhlis", "Mukhlis Ibrahim")
P(k, "kalla", "Jusuf Kalla")
G(k, "gam", "Free Aceh Movement", "Free Aceh Movement", "GAM", "Gerakan Aceh Merdeka")
G(k, "tna", "Acheh National Army", "Acheh National Army", "TNA")
G(k, "kpa", "Aceh Transition Committee", "Aceh Transition Committee", "KPA")
G(k, "amm", "Aceh Monitoring Mission", "Aceh Monitoring Mission", "AMM")
G(k, "eu", "European Union")
G(k, "asean", "ASEAN")
G(k, "cmi", "Crisis Management Initiative")
G(k, "tni", "Indonesian Armed Forces", "Indonesian Armed Forces", "TNI", "Indonesian military")
L(k, "banda_aceh", "Banda Aceh", "Banda Aceh", "BANDA ACEH")
L(k, "aceh", "Aceh")
L(k, "jakarta", "Jakarta")
L(k, "blang_padang", "Blang Padang")
L(k, "helsinki", "Helsinki")
L(k, "indonesia", "Indonesia")
L(k, "lampuuk", "Lampuuk")
L(k, "ulee_lheue", "Ulee Lheue")
L(k, "pidie", "Pidie")
L(k, "sweden", "Sweden")
L(k, "stockholm", "Stockholm")
L(k, "bireuen", "Bireuen")
L(k, "north_aceh", "North Aceh")
L(k, "peudada", "Peudada")
for s, p, o in [("tna", "part_of", "gam"), ("muzakir", "leads", "tna"), ("sofyan", "spokesperson_for", "gam"),
                ("muzakir", "leads", "kpa"), ("feith", "leads", "amm"), ("hamid", "holds_office", "indonesia"),
                ("malik", "leads", "gam"), ("ahtisaari", "leads", "cmi"), ("di_tiro", "founded", "gam"),
                ("di_tiro", "leads", "gam"), ("zaini", "holds_office", "gam"), ("tna", "opposed_to", "tni"),
                ("tna", "controls", "bireuen"), ("megawati", "holds_office", "indonesia"),
                ("irwandi", "spokesperson_for", "gam"), ("mukhlis", "member_of", "tna"), ("kalla", "holds_office", "indonesia")]:
    rel(k, s, p, o)
ev(k, "tna_disbanded", "2005-12-27", "day", ["gam", "tna", "sofyan", "muzakir", "banda_aceh"], "on Tuesday")
ev(k, "rifles_cut_up", "2005-12-21", "day", ["amm", "blang_padang", "banda_aceh"], "in Banda Aceh last Wednesday")
ev(k, "handover_complete", "2005-12-21", "day", ["amm", "gam"], "Last Wednesday the Aceh Monitoring Mission")
ev(k, "troop_pullout", "2005-12", "month", ["tni", "feith"], "before the end of the year")
ev(k, "helsinki_mou", "2005-08-15", "day", ["hamid", "malik", "ahtisaari", "helsinki", "gam"], "on August 15")
ev(k, "tsunami", "2004-12-26", "day", ["aceh"], "December 26 last year")
ev(k, "tsunami_anniversary", "2005-12-26", "day", ["lampuuk", "ulee_lheue"], "on Monday")
ev(k, "gam_founded", "1976-12-04", "day", ["gam", "di_tiro", "pidie"], "December 4, 1976")
ev(k, "martial_law", "2003-05", "month", ["megawati", "tna", "bireuen"], "until May 2003")
ev(k, "mukhlis_handover", "2005-10", "month", ["mukhlis"], "his rifle in October")
ev(k, "kalla_visit", "2005-12-30", "day", ["kalla", "banda_aceh"], "on Friday")
cl(k, "sofyan", "From today, the TNA no longer exists. Its members return to society as ordinary citizens, and we will keep our word,")
cl(k, "feith", "both parties have done what they said they would do, on time and in full.")
cl(k, "tni", "a sign of good faith that the TNI welcomes and will answer in kind.")
cl(k, "irwandi", "Guns are easy to count. Jobs are not,")
cl(k, "mukhlis", "I fought the army for eight years. Now I want to sell coffee in the market. But if they come back to my village with guns, I will remember where the forest is,")
ACC += ["THE ACEH COURIER", "The Aceh Courier", "Courier", "Courier Staff Writer", "Rizal Fahmi", "Teuku Ardiansyah",
        "PHOTO", "Blang Padang field", "Iskandar Muda", "Iskandar Muda command", "Finnish", "Dutch", "Indonesian",
        "Vice President Jusuf Kalla", "President Megawati Sukarnoputri", "Helsinki agreement", "News", "Wednesday",
        "Rebels", "Acehnese"]
NOISE.append({"source": k, "names": ["Lhokseumawe", "Nurdin Hasballah", "Helsinki was the easy part"]})
BP[k] = "RELATED STORIES"

# ---------------- p04 Sierra Leone RUF, court indictment with counts ----------------
k = "p04"
P(k, "sj_koroma", "Sahr Joseph Koroma", "SAHR JOSEPH KOROMA", "SCORPION", "Scorpion")
P(k, "bockarie", "Sam Bockarie", "SAM BOCKARIE", "MOSQUITO")
P(k, "sankoh", "Foday Saybana Sankoh", "FODAY SAYBANA SANKOH", "SANKOH")
P(k, "taylor", "Charles Ghankay Taylor", "CHARLES GHANKAY TAYLOR")
P(k, "kabbah", "Ahmad Tejan Kabbah", "AHMAD TEJAN KABBAH", "Kabbah")
P(k, "jp_koroma", "Johnny Paul Koroma", "JOHNNY PAUL KOROMA")
P(k, "norman", "Samuel Hinga Norman", "SAMUEL HINGA NORMAN")
P(k, "sesay", "Issa Hassan Sesay", "ISSA HASSAN SESAY")
G(k, "scsl", "Special Court for Sierra Leone", "SPECIAL COURT FOR SIERRA LEONE", "Special Court for Sierra Leone", "Special Court")
G(k, "ruf", "Revolutionary United Front", "Revolutionary United Front", "RUF")
G(k, "afrc", "Armed Forces Revolutionary Council", "Armed Forces Revolutionary Council", "AFRC")
G(k, "npfl", "National Patriotic Front of Liberia", "National Patriotic Front of Liberia", "NPFL")
G(k, "sla", "Sierra Leone Army")
G(k, "gov_sl", "Government of Sierra Leone")
G(k, "cdf", "Civil Defence Forces", "Civil Defence Forces", "CDF")
G(k, "kamajors", "Kamajors")
G(k, "ecomog", "Economic Community of West African States Monitoring Group",
  "Economic Community of West African States Monitoring Group", "ECOMOG")
G(k, "ecowas", "ECOWAS")
G(k, "unamsil", "United Nations Mission in Sierra Leone", "United Nations Mission in Sierra Leone", "UNAMSIL")
G(k, "un", "United Nations")
G(k, "sbu", "Small Boys Unit")
L(k, "sierra_leone", "Sierra Leone")
L(k, "kailahun", "Kailahun District")
L(k, "liberia", "Liberia")
L(k, "abidjan", "Abidjan")
L(k, "nigeria", "Nigeria")
L(k, "freetown", "Freetown")
L(k, "kono", "Kono District")
L(k, "koidu", "Koidu Town")
L(k, "tombodu", "Tombodu")
L(k, "makeni", "Makeni")
for s, p, o in [("sj_koroma", "member_of", "ruf"), ("sj_koroma", "member_of", "afrc"), ("sj_koroma", "reports_to", "bockarie"),
                ("sankoh", "founded", "ruf"), ("sankoh", "leads", "ruf"), ("sankoh", "member_of", "sla"),
                ("ruf", "backed_by", "npfl"), ("taylor", "leads", "npfl"), ("bockarie", "leads", "ruf"),
                ("jp_koroma", "leads", "afrc"), ("afrc", "allied_with", "ruf"), ("kabbah", "holds_office", "sierra_leone"),
                ("cdf", "opposed_to", "afrc"), ("cdf", "opposed_to", "ruf"), ("gov_sl", "backed_by", "cdf"),
                ("kamajors", "part_of", "cdf"), ("norman", "holds_office", "cdf"), ("ecomog", "part_of", "ecowas"),
                ("ecomog", "opposed_to", "afrc"), ("ecomog", "opposed_to", "ruf"), ("afrc", "controls", "koidu"),
                ("ruf", "controls", "koidu"), ("unamsil", "part_of", "un"), ("ruf", "opposed_to", "unamsil"),
                ("sj_koroma", "opposed_to", "unamsil"), ("sesay", "leads", "ruf"), ("sbu", "part_of", "ruf")]:
    rel(k, s, p, o)
ev(k, "koroma_command", "1998-02", "approximate", ["sj_koroma", "kono"], "From about February 1998")
ev(k, "ruf_invasion", "1991-03-23", "day", ["ruf", "npfl", "kailahun", "liberia"], "On or about 23 March 1991")
ev(k, "abidjan_accord", "1996-11-30", "day", ["gov_sl", "ruf", "abidjan"], "on 30 November 1996")
ev(k, "sankoh_detained", "1997-03", "month", ["sankoh", "nigeria"], "In March 1997")
ev(k, "sankoh_released", "1999", "year", ["sankoh"], "until his release in 1999")
ev(k, "coup", "1997-05-25", "day", ["sla", "kabbah", "freetown", "afrc"], "On 25 May 1997")
ev(k, "ecomog_retakes_freetown", "1998-02-14", "day", ["ecomog", "afrc", "ruf", "freetown"], "On or about 14 February 1998")
ev(k, "kono_control", "1998-02-01", "range", ["afrc", "ruf", "koidu", "kono"], "between about 1 February 1998 and about 30 June 1998", end="1998-06-30")
ev(k, "kono_killings", "1998-02-01", "range", ["sj_koroma", "kono", "tombodu"], "Between about 1 February 1998 and about 30 June 1998", end="1998-06-30")
ev(k, "tombodu_hands", "1998-04-20", "day", ["sj_koroma", "tombodu"], "On or about 20 April 1998")
ev(k, "freetown_attack", "1999-01-06", "day", ["afrc", "ruf", "freetown", "ecomog"], "On or about 6 January 1999")
ev(k, "lome_agreement", "1999-07-07", "day", ["ruf"], "signed on 7 July 1999")
ev(k, "unamsil_established", "1999-10", "month", ["unamsil", "un"], "In October 1999")
ev(k, "unamsil_hostages", "2000-05", "month", ["ruf", "unamsil"], "In May 2000")
ev(k, "sesay_interim_leader", "2000", "year", ["sesay", "ruf"], "later that year")
ev(k, "unamsil_attacks", "2000-05-01", "range", ["sj_koroma", "unamsil", "kono", "makeni"], "Between about 1 May 2000 and about 15 September 2000", end="2000-09-15")
cl(k, "sj_koroma", "go to Kabbah and ask him for new hands.")
ACC += ["CASE NO", "THE PROSECUTOR", "The Prosecutor", "Prosecutor", "INDICTMENT", "THE ACCUSED", "ACCUSED", "Statute",
        "Article", "CRIMES AGAINST HUMANITY", "CRIME AGAINST HUMANITY", "VIOLATIONS OF ARTICLE", "VIOLATION OF ARTICLE",
        "GENEVA CONVENTIONS", "ADDITIONAL PROTOCOL", "OTHER SERIOUS VIOLATIONS OF INTERNATIONAL HUMANITARIAN LAW",
        "OTHER SERIOUS VIOLATION OF INTERNATIONAL HUMANITARIAN LAW", "GENERAL ALLEGATIONS", "CHARGES", "COUNT", "Count",
        "COUNTS", "UNLAWFUL KILLINGS", "PHYSICAL VIOLENCE", "USE OF CHILD SOLDIERS", "ATTACKS ON UNAMSIL PERSONNEL",
        "INDIVIDUAL CRIMINAL RESPONSIBILITY", "Operation Pay Yourself", "Lomé Peace Agreement", "Battle Field Commander",
        "National Coordinator", "AFRC/RUF", "Extermination", "Murder", "SCSL", "Kono", "Kailahun", "Koidu",
        "Acts of Terrorism", "Other inhumane acts", "Article 15 of the Statute of the Special Court"]
NOISE.append({"source": k, "names": ["David M. Crane"]})
BP[k] = "Dated this 28th day of April 2003"

# ---------------- p05 Red Army Faction, podcast show notes with timestamps ----------------
k = "p05"
P(k, "klette", "Daniela Klette", "Daniela Klette", "Klette", "Claudia Ivone")
P(k, "staub", "Ernst-Volker Staub", "Ernst-Volker Staub", "Staub")
P(k, "garweg", "Burkhard Garweg", "Burkhard Garweg", "Garweg")
P(k, "vogler", "Katrin Vogler", "Katrin Vogler", "Vogler")
P(k, "albers", "Jonas Albers", "Jonas Albers", "Albers")
P(k, "meinhof", "Ulrike Meinhof", "Ulrike Meinhof", "Meinhof")
P(k, "baader", "Andreas Baader", "Andreas Baader", "Baader")
P(k, "ensslin", "Gudrun Ensslin", "Gudrun Ensslin", "Ensslin")
P(k, "mahler", "Horst Mahler")
P(k, "buback", "Siegfried Buback")
P(k, "ponto", "Jürgen Ponto")
P(k, "schleyer", "Hanns Martin Schleyer", "Hanns Martin Schleyer", "Schleyer")
P(k, "raspe", "Jan-Carl Raspe")
P(k, "schmidt", "Helmut Schmidt")
P(k, "mohnhaupt", "Brigitte Mohnhaupt")
P(k, "klar", "Christian Klar")
P(k, "herrhausen", "Alfred Herrhausen")
P(k, "rohwedder", "Detlev Karsten Rohwedder")
P(k, "grams", "Wolfgang Grams")
P(k, "newrzella", "Michael Newrzella")
P(k, "hogefeld", "Birgit Hogefeld")
P(k, "behrens", "Daniela Behrens")
G(k, "raf", "Red Army Faction", "Red Army Faction", "RAF")
G(k, "lka", "Lower Saxony State Criminal Police Office", "Lower Saxony State Criminal Police Office", "LKA")
G(k, "fatah", "Fatah")
G(k, "us_army", "US Army")
G(k, "dresdner", "Dresdner Bank")
G(k, "bda", "BDA")
G(k, "pflp", "Popular Front for the Liberation of Palestine", "Popular Front for the Liberation of Palestine", "PFLP")
G(k, "gsg9", "GSG 9")
G(k, "bgs", "Federal Border Guard")
G(k, "stasi", "Stasi")
G(k, "deutsche_bank", "Deutsche Bank")
G(k, "treuhand", "Treuhand")
L(k, "berlin", "Berlin")
L(k, "kreuzberg", "Kreuzberg")
L(k, "friedrichshain", "Friedrichshain")
L(k, "verden", "Verden")
L(k, "lower_saxony", "Lower Saxony")
L(k, "west_berlin", "West Berlin")
L(k, "jordan", "Jordan")
L(k, "heidelberg", "Heidelberg")
L(k, "frankfurt", "Frankfurt")
L(k, "stammheim", "Stammheim")
L(k, "karlsruhe", "Karlsruhe")
L(k, "cologne", "Cologne")
L(k, "mogadishu", "Mogadishu")
L(k, "mulhouse", "Mulhouse")
L(k, "east_germany", "East Germany")
L(k, "bad_homburg", "Bad Homburg")
L(k, "duesseldorf", "Düsseldorf")
L(k, "weiterstadt", "Weiterstadt")
L(k, "bad_kleinen", "Bad Kleinen")
for s, p, o in [("klette", "member_of", "raf"), ("staub", "member_of", "raf"), ("garweg", "member_of", "raf"),
                ("baader", "founded", "raf"), ("meinhof", "founded", "raf"), ("ensslin", "founded", "raf"),
                ("mahler", "founded", "raf"), ("raf", "backed_by", "fatah"), ("raf", "opposed_to", "us_army"),
                ("raf", "opposed_to", "buback"), ("raf", "opposed_to", "ponto"), ("ponto", "holds_office", "dresdner"),
                ("raf", "opposed_to", "schleyer"), ("schleyer", "holds_office", "bda"), ("raf", "backed_by", "pflp"),
                ("gsg9", "part_of", "bgs"), ("mohnhaupt", "leads", "raf"), ("klar", "leads", "raf"),
                ("raf", "opposed_to", "herrhausen"), ("herrhausen", "holds_office", "deutsche_bank"),
                ("raf", "opposed_to", "rohwedder"), ("rohwedder", "leads", "treuhand"), ("grams", "member_of", "raf"),
                ("grams", "opposed_to", "newrzella"), ("newrzella", "member_of", "gsg9"), ("hogefeld", "member_of", "raf"),
                ("behrens", "holds_office", "lower_saxony")]:
    rel(k, s, p, o)
ev(k, "klette_arrested", "2024-02-26", "day", ["klette", "berlin", "kreuzberg"], "On 26 February")
ev(k, "trailer_search", "2024-03-03", "day", ["staub", "garweg", "friedrichshain"], "Last Sunday")
ev(k, "raf_attacks", "1990", "range", ["klette", "raf"], "between 1990 and 1993", end="1993")
ev(k, "robberies", "1999", "range", ["klette", "staub", "garweg", "lower_saxony"], "between 1999 and 2016", end="2016")
ev(k, "baader_freed", "1970-05-14", "day", ["meinhof", "baader", "west_berlin"], "on 14 May 1970 Ulrike Meinhof")
ev(k, "fatah_training", "1970", "approximate", ["raf", "fatah", "jordan"], "in the summer of 1970")
ev(k, "may_offensive", "1972-05", "month", ["raf", "us_army", "heidelberg", "frankfurt"], "In May 1972")
ev(k, "founders_arrested", "1972-06", "month", ["baader", "ensslin", "meinhof"], "in June 1972")
ev(k, "meinhof_dead", "1976-05-09", "day", ["meinhof", "stammheim"], "on 9 May 1976")
ev(k, "buback_killed", "1977-04-07", "day", ["buback", "raf", "karlsruhe"], "on 7 April")
ev(k, "ponto_killed", "1977-07-30", "day", ["ponto", "raf"], "on 30 July")
ev(k, "schleyer_kidnapped", "1977-09-05", "day", ["schleyer", "raf", "cologne"], "On 5 September")
ev(k, "landshut_hijacked", "1977-10-13", "day", ["pflp"], "On 13 October")
ev(k, "mogadishu_raid", "1977-10-18", "day", ["gsg9", "mogadishu"], "on 18 October")
ev(k, "stammheim_deaths", "1977-10-18", "day", ["baader", "ensslin", "raspe", "stammheim"], "The same night")
ev(k, "schleyer_found", "1977-10-19", "day", ["schleyer", "mulhouse"], "the following day")
ev(k, "second_generation_arrests", "1982-11", "month", ["mohnhaupt", "klar"], "in November 1982")
ev(k, "stasi_shelter", "1980", "year", ["stasi", "east_germany", "raf"], "From 1980")
ev(k, "gdr_arrests", "1990-06", "month", ["raf", "stasi"], "in June 1990")
ev(k, "herrhausen_killed", "1989-11-30", "day", ["herrhausen", "raf", "bad_homburg"], "on 30 November 1989")
ev(k, "rohwedder_killed", "1991-04-01", "day", ["rohwedder", "raf", "duesseldorf"], "on 1 April 1991")
ev(k, "weiterstadt_bombing", "1993-03-27", "day", ["raf", "weiterstadt", "klette"], "On 27 March 1993")
ev(k, "bad_kleinen", "1993-06-27", "day", ["grams", "newrzella", "hogefeld", "bad_kleinen", "gsg9"], "Three months later")
ev(k, "dissolution_letter", "1998-04-20", "day", ["raf", "cologne"], "on 20 April 1998")
cl(k, "vogler", "never stopped believing he had sent Schleyer to his death.")
cl(k, "raf", "Almost 28 years ago, on 14 May 1970, the RAF arose in a liberation action. Today we end this project.")
cl(k, "vogler", "The RAF ended as an organisation in 1998. It did not end as a group of people, and the robberies show that.")
cl(k, "albers", "She was not hiding in a forest. She was hiding in Kreuzberg, in plain sight, for twenty years.")
cl(k, "behrens", "the state does not forget, even after thirty years.")
cl(k, "albers", "Klette is one of three. Until the other two are found, nobody in Verden is celebrating,")
ACC += ["UNDERGROUND", "Underground", "Episode", "SHOW NOTES", "TIMESTAMPS", "QUOTES FROM THE EPISODE", "NEXT WEEK",
        "Ben Whitcombe", "West German", "German Autumn", "Cold", "Sebastianstraße", "May Offensive",
        "Lufthansa", "Landshut", "Reuters", "Federal Prosecutor General", "Federal Prosecutor General Siegfried Buback",
        "Chancellor Helmut Schmidt", "Federal", "Europe", "Treuhand privatisation agency", "Bad Kleinen station",
        "The first generation", "The second generation", "The third generation", "The end", "What happens now",
        "How she was found", "Cold open"]
NOISE.append({"source": k, "names": ["Sara Lindholm", "Halvard Moe", "Stefan Aust", "Jillian Becker", "Patreon",
                                     "Der Baader-Meinhof-Komplex", "Hitler's Children"]})
BP[k] = "Support the show"

# ---------------- p06 Angola UNITA, Council of Ministers communiqué with numbered decisions ----------------
k = "p06"
P(k, "dos_santos", "José Eduardo dos Santos")
P(k, "savimbi", "Jonas Malheiro Savimbi", "Jonas Malheiro Savimbi", "Savimbi")
P(k, "dembo", "António Dembo")
P(k, "gato", "Paulo Lukamba", "Paulo Lukamba", "Gato")
P(k, "kamorteiro", "Abreu Muengo Ukwachitembo", "Abreu Muengo Ukwachitembo", "Kamorteiro")
P(k, "cruz_neto", "Armando da Cruz Neto")
P(k, "manuvakola", "Eugénio Manuvakola")
P(k, "tchipilica", "Joaquim Dala Tchipilica")
G(k, "council", "Council of Ministers", "Council of Ministers", "COUNCIL OF MINISTERS")
G(k, "unita", "UNITA")
G(k, "faa", "Angolan Armed Forces", "Angolan Armed Forces", "FAA")
G(k, "mgmt_commission", "Management Commission")
G(k, "fala", "Armed Forces for the Liberation of Angola", "Armed Forces for the Liberation of Angola", "FALA")
G(k, "national_assembly", "National Assembly")
G(k, "national_police", "National Police")
G(k, "joint_commission", "Joint Commission")
G(k, "un", "United Nations")
G(k, "minars", "Ministry of Assistance and Social Reintegration", "Ministry of Assistance and Social Reintegration", "MINARS")
G(k, "mat", "Ministry of Territorial Administration")
G(k, "renovada", "UNITA-Renovada")
L(k, "angola", "Angola")
L(k, "luanda", "Luanda")
L(k, "lucusse", "Lucusse")
L(k, "moxico", "Moxico")
L(k, "muangai", "Muangai")
L(k, "andulo", "Andulo")
L(k, "bailundo", "Bailundo")
L(k, "portugal", "Portugal")
L(k, "usa", "United States of America")
L(k, "russia", "Russian Federation")
L(k, "bie", "Bié")
L(k, "cuando_cubango", "Cuando Cubango")
for s, p, o in [("dos_santos", "holds_office", "angola"), ("dos_santos", "leads", "council"), ("savimbi", "founded", "unita"),
                ("savimbi", "leads", "unita"), ("faa", "opposed_to", "savimbi"), ("dembo", "holds_office", "unita"),
                ("gato", "leads", "mgmt_commission"), ("gato", "holds_office", "unita"), ("mgmt_commission", "part_of", "unita"),
                ("fala", "part_of", "unita"), ("kamorteiro", "leads", "fala"), ("cruz_neto", "holds_office", "faa"),
                ("faa", "opposed_to", "unita"), ("unita", "controls", "andulo"), ("unita", "controls", "bailundo"),
                ("manuvakola", "leads", "renovada"), ("tchipilica", "holds_office", "council")]:
    rel(k, s, p, o)
ev(k, "council_session", "2002-03-13", "day", ["council", "dos_santos", "luanda"], "met today")
ev(k, "savimbi_killed", "2002-02-22", "day", ["savimbi", "faa", "lucusse", "moxico"], "on 22 February")
ev(k, "unita_founded", "1966-03-13", "day", ["unita", "savimbi", "muangai"], "thirty-six years ago today")
ev(k, "unita_statement", "2002-03-12", "day", ["unita"], "released yesterday")
ev(k, "bicesse", "1991-05-31", "day", ["unita"], "31 May 1991")
ev(k, "lusaka_protocol", "1994-11-20", "day", ["unita"], "signed on 20 November 1994")
ev(k, "war_resumed_1992", "1992-09", "month", ["unita"], "the elections of September 1992")
ev(k, "war_resumed_1998", "1998", "year", ["unita"], "again in 1998")
ev(k, "andulo_bailundo_taken", "1999-10", "month", ["faa", "unita", "andulo", "bailundo"], "in October 1999")
ev(k, "offensive_suspended", "2002-03-14", "day", ["faa"], "Thursday, 14 March 2002")
ev(k, "renovada_split", "1998", "year", ["renovada", "manuvakola"], "broke away from Savimbi's leadership in 1998")
ev(k, "war_began", "1975", "year", ["angola"], "began in 1975")
cl(k, "dos_santos", "The conditions now exist for peace to be won not only on the battlefield but in the hearts of all Angolans. The Government extends its hand to every son of this country who lays down his arms.")
cl(k, "unita", "ready to work for a lasting peace, with dignity for all Angolans,")
cl(k, "tchipilica", "The war that began in 1975 has cost us too much. We do not intend to lose the peace now that it is within reach,")
cl(k, "tchipilica", "before the end of the month.")
ACC += ["REPUBLIC OF ANGOLA", "Republic of Angola", "FINAL COMMUNIQUÉ OF THE EXTRAORDINARY SESSION OF", "FINAL COMMUNIQUÉ",
        "Unofficial English translation", "His Excellency José Eduardo dos Santos", "President of the Republic",
        "Head of Government", "Government", "ASSESSMENT OF THE SITUATION", "DECISIONS", "STATEMENT TO THE PRESS",
        "General Paulo Lukamba", "General Abreu Muengo Ukwachitembo", "General Armando da Cruz Neto",
        "Chief of the General Staff", "Secretary-General", "Secretary of the Council of Ministers", "Bicesse Accords",
        "Lusaka Protocol", "Peace Agenda", "Government's Peace Agenda", "State", "Angolans",
        "II", "III"]
NOISE.append({"source": k, "names": ["Carla Mbinda", "Adão Ferreira", "Futungo de Belas", "Press Office of the Presidency"]})
BP[k] = "Issued by the Press Office"

# ---------------- p07 Chechnya, diplomatic cable with numbered classified paragraphs ----------------
k = "p07"
P(k, "maskhadov", "Aslan Maskhadov", "Aslan Maskhadov", "Maskhadov", "MASKHADOV")
P(k, "sadulayev", "Abdul-Khalim Sadulayev", "Abdul-Khalim Sadulayev", "Sadulayev", "SADULAYEV")
P(k, "basayev", "Shamil Basayev", "Shamil Basayev", "Basayev", "BASAYEV")
P(k, "ramzan", "Ramzan Kadyrov", "Ramzan Kadyrov", "Kadyrov", "KADYROV")
P(k, "akhmad", "Akhmad Kadyrov")
P(k, "patrushev", "Nikolai Patrushev", "Nikolai Patrushev", "Patrushev")
P(k, "putin", "Putin")
P(k, "dudayev", "Dzhokhar Dudayev", "Dzhokhar Dudayev", "Dudayev")
P(k, "zakayev", "Akhmed Zakayev", "Akhmed Zakayev", "Zakayev")
P(k, "gaziyev", "Musa Gaziyev", "Musa Gaziyev", "Gaziyev")
P(k, "alkhanov", "Alu Alkhanov")
P(k, "yamadayev", "Sulim Yamadayev")
G(k, "fsb", "Federal Security Service", "Federal Security Service", "FSB")
G(k, "chri", "Chechen Republic of Ichkeria")
G(k, "soldiers_mothers", "Union of Committees of Soldiers' Mothers")
G(k, "riyadus", "Riyadus-Salikhin")
G(k, "memorial", "Memorial")
G(k, "kadyrovtsy", "presidential security service", "presidential security service", "Kadyrovtsy")
G(k, "vostok", "Vostok battalion")
G(k, "gru", "GRU")
L(k, "chechnya", "Chechnya", "Chechnya", "CHECHNYA")
L(k, "tolstoy_yurt", "Tolstoy-Yurt")
L(k, "grozny", "Grozny")
L(k, "moscow", "Moscow", "Moscow", "MOSCOW")
L(k, "argun", "Argun")
L(k, "london", "London")
L(k, "uk", "UK")
L(k, "russia", "Russian Federation", "Russia")
L(k, "beslan", "Beslan")
L(k, "north_ossetia", "North Ossetia")
L(k, "gudermes", "Gudermes")
L(k, "dagestan", "Dagestan")
L(k, "ingushetia", "Ingushetia")
for s, p, o in [("fsb", "opposed_to", "maskhadov"), ("patrushev", "holds_office", "fsb"), ("putin", "holds_office", "russia"),
                ("maskhadov", "holds_office", "chri"), ("maskhadov", "reports_to", "dudayev"), ("dudayev", "holds_office", "chri"),
                ("sadulayev", "holds_office", "chri"), ("zakayev", "spokesperson_for", "chri"),
                ("basayev", "reports_to", "maskhadov"), ("basayev", "leads", "riyadus"), ("basayev", "opposed_to", "akhmad"),
                ("akhmad", "holds_office", "chechnya"), ("gaziyev", "member_of", "memorial"),
                ("ramzan", "holds_office", "chechnya"), ("ramzan", "leads", "kadyrovtsy"), ("alkhanov", "holds_office", "chechnya"),
                ("yamadayev", "leads", "vostok"), ("vostok", "part_of", "gru"), ("vostok", "controls", "gudermes")]:
    rel(k, s, p, o)
ev(k, "maskhadov_killed", "2005-03-08", "day", ["maskhadov", "fsb", "tolstoy_yurt"], "was killed on March 8")
ev(k, "patrushev_reports", "2005-03-08", "day", ["patrushev", "putin"], "in a televised meeting on March 8")
ev(k, "sadulayev_named", "2005-03-10", "day", ["sadulayev", "chri"], "On March 10 the separatists")
ev(k, "maskhadov_elected", "1997-01", "month", ["maskhadov", "chri"], "in January 1997")
ev(k, "dudayev_killed", "1996-04", "month", ["dudayev"], "in April 1996")
ev(k, "ceasefire", "2005-02", "month", ["maskhadov"], "a unilateral ceasefire in February")
ev(k, "london_meeting", "2005-02-25", "day", ["zakayev", "soldiers_mothers", "london"], "on February 25")
ev(k, "zakayev_asylum", "2003", "year", ["zakayev", "uk"], "asylum in the UK since 2003")
ev(k, "zakayev_reaction", "2005-03-09", "day", ["zakayev", "london"], "in London on March 9")
ev(k, "sadulayev_vp", "2002", "year", ["sadulayev", "chri"], "in 2002")
ev(k, "beslan", "2004-09-01", "range", ["riyadus", "beslan", "north_ossetia", "basayev"], "on September 1-3 last year", end="2004-09-03")
ev(k, "akhmad_killed", "2004-05", "month", ["akhmad", "basayev", "grozny"], "last May")
ev(k, "gaziyev_meeting", "2005-03-10", "day", ["gaziyev", "memorial"], "told poloff on March 10")
ev(k, "ramzan_fdpm", "2004-05", "month", ["ramzan", "chechnya"], "since May 2004")
ev(k, "alkhanov_elected", "2004-08-29", "day", ["alkhanov", "chechnya"], "on August 29 last year")
ev(k, "ramzan_tv", "2005-03-10", "day", ["ramzan", "grozny"], "Grozny television yesterday")
ev(k, "checkpoint_standoffs", "2005", "approximate", ["ramzan", "yamadayev"], "twice this year")
cl(k, "zakayev", "Russia has killed the one man who could have stopped this war. Now it will have to deal with those who do not want it to stop,")
cl(k, "chri", "continue the course of President Maskhadov")
cl(k, "chri", "no change in the aims of the struggle.")
cl(k, "gaziyev", "Maskhadov was a Soviet colonel who wanted a state. Basayev wants a war, and now nobody can tell him no.")
cl(k, "ramzan", "Basayev will be next, and it will be our people who find him, not Moscow's.")
ACC += ["C O N F I D E N T I A L", "SECTION", "SIPDIS", "E.O.", "DECL", "TAGS", "PGOV", "PREL", "PTER", "PHUM", "RS",
        "SUBJECT", "REF", "Classified By", "Political Minister Counselor Kirk Augustine", "Kirk Augustine", "Reasons",
        "Summary", "End Summary", "Comment", "End Comment", "MASKHADOV'S LAST DAYS", "SADULAYEV: AN UNKNOWN QUANTITY",
        "BASAYEV UNCHECKED", "KADYROV THE WINNER", "Chechen", "Russian", "Soviet", "FSB Director Nikolai Patrushev",
        "President Putin", "Kremlin", "Kavkaz Center", "First Deputy Prime Minister", "First Deputy Prime Minister Ramzan Kadyrov",
        "Chechen President Akhmad Kadyrov", "President Maskhadov", "Islamic", "poloff", "Riyadus-Salikhin battalion",
        "KILLED", "NAMED SUCCESSOR", "THE WINNER"]
NOISE.append({"source": k, "names": ["VERSHBOW"]})
BP[k] = "VERSHBOW"

# ---------------- p08 Lebanon SLA, newspaper obituary with a born/died box ----------------
k = "p08"
P(k, "lahad", "Antoine Lahad", "Antoine Lahad", "Lahad", "ANTOINE LAHAD")
P(k, "haddad", "Saad Haddad", "Saad Haddad", "Haddad")
P(k, "bechara", "Soha Bechara", "Soha Bechara", "Bechara")
P(k, "hashem", "Akl Hashem")
P(k, "barak", "Ehud Barak")
P(k, "azar", "Michel Azar")
G(k, "sla_lb", "South Lebanon Army", "South Lebanon Army", "SLA", "Free Lebanon Army")
G(k, "lebanese_army", "Lebanese Army")
G(k, "lnrf", "Lebanese National Resistance Front")
G(k, "hezbollah", "Hezbollah")
G(k, "amal", "Amal")
L(k, "lebanon", "Lebanon")
L(k, "kfar_qatra", "Kfar Qatra")
L(k, "paris", "Paris")
L(k, "france", "France")
L(k, "israel", "Israel")
L(k, "tel_aviv", "Tel Aviv")
L(k, "chouf", "Chouf")
L(k, "khiam", "Khiam")
L(k, "marjayoun", "Marjayoun")
L(k, "dibl", "Dibl")
L(k, "qlayaa", "Qlayaa")
L(k, "nahariya", "Nahariya")
L(k, "iran", "Iran")
for s, p, o in [("lahad", "leads", "sla_lb"), ("lahad", "member_of", "lebanese_army"), ("haddad", "founded", "sla_lb"),
                ("haddad", "leads", "sla_lb"), ("haddad", "member_of", "lebanese_army"), ("sla_lb", "backed_by", "israel"),
                ("sla_lb", "allied_with", "israel"), ("sla_lb", "controls", "khiam"), ("bechara", "member_of", "lnrf"),
                ("bechara", "opposed_to", "lahad"), ("hezbollah", "backed_by", "iran"), ("amal", "opposed_to", "sla_lb"),
                ("hezbollah", "opposed_to", "sla_lb"), ("hezbollah", "opposed_to", "hashem"), ("hashem", "reports_to", "lahad"),
                ("hashem", "member_of", "sla_lb"), ("barak", "holds_office", "israel"), ("azar", "member_of", "sla_lb")]:
    rel(k, s, p, o)
ev(k, "lahad_died", "2015-09-10", "day", ["lahad", "paris"], "died on Thursday")
ev(k, "haddad_breaks", "1976", "year", ["haddad", "lebanese_army"], "in 1976")
ev(k, "free_lebanon_state", "1979", "year", ["haddad"], "In 1979")
ev(k, "haddad_died", "1984-01", "month", ["haddad"], "in January 1984")
ev(k, "lahad_takes_command", "1984", "year", ["lahad", "sla_lb"], "later that year")
ev(k, "security_zone", "1985", "year", ["israel", "sla_lb"], "in 1985")
ev(k, "lahad_interview", "2000", "year", ["lahad"], "told an interviewer in 2000")
ev(k, "bechara_shoots_lahad", "1988-11-07", "day", ["bechara", "lahad", "marjayoun"], "On November 7, 1988")
ev(k, "bechara_released", "1998", "year", ["bechara", "khiam"], "released in 1998")
ev(k, "israeli_invasion", "1982", "year", ["israel", "hezbollah"], "Israel's 1982 invasion")
ev(k, "hashem_killed", "2000-01-30", "day", ["hashem", "hezbollah", "dibl"], "On January 30, 2000")
ev(k, "last_week_of_may", "2000-05", "approximate", ["israel", "sla_lb"], "in the last week of May")
ev(k, "withdrawal_complete", "2000-05-24", "day", ["israel", "sla_lb"], "on May 24, 2000")
ev(k, "memoir", "2004", "year", ["lahad"], "in Arabic in 2004")
cl(k, "lahad", "I am not a traitor. I defended my villages when the state could not defend them,")
cl(k, "lahad", "We were partners for twenty-five years, and we were told on a Monday that it was over on a Friday,")
cl(k, "azar", "He did not leave us. We were all left, he and the rest of us,")
cl(k, "azar", "Israel gave us passports. Lebanon gave us sentences.")
ACC += ["OBITUARIES", "Nadia Khoury", "Born", "Died", "Lebanese", "Israeli", "Israelis", "Christian", "Maronite", "Shiite",
        "Free Lebanon State", "Lebanese military court", "Prime Minister Ehud Barak", "Chouf mountains", "Arabic",
        "Christian-led", "security zone"]
NOISE.append({"source": k, "names": ["Walter Kessel", "Huda Saleh"]})
BP[k] = "A version of this obituary appears in print"

W.write()
