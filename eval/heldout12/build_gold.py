"""Builds gold.json for the thirteenth held-out set (heldout12) from the annotations below (run:
python3 eval/heldout12/build_gold.py). Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, rels, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.rels, W.ev, W.cl, W.ACC, W.NOISE, W.BP


# ---------------- v01 Sri Lanka, the JVP: a newspaper obituary ----------------
k = "v01"
P(k, "amarasinghe", "Somawansa Amarasinghe", "Somawansa Amarasinghe", "Amarasinghe")
P(k, "wijeweera", "Rohana Wijeweera", "Rohana Wijeweera", "Wijeweera")
P(k, "bandaranaike", "Sirimavo Bandaranaike")
P(k, "jayewardene", "J. R. Jayewardene")
P(k, "piyasiri", "Saman Piyasiri Fernando", "Saman Piyasiri Fernando", "Keerthi Vijayabahu", "Piyasiri Fernando")
P(k, "vijaya", "Vijaya Kumaratunga")
P(k, "wijeratne", "Ranjan Wijeratne")
P(k, "premadasa", "Ranasinghe Premadasa")
P(k, "gamanayake", "Upatissa Gamanayake", "Upatissa Gamanayake", "Gamanayake")
P(k, "chandrika", "Chandrika Kumaratunga", "Chandrika Kumaratunga", "Kumaratunga")
P(k, "de_silva", "Kumudini de Silva")
P(k, "weerawansa", "Wimal Weerawansa")
P(k, "dissanayake", "Anura Kumara Dissanayake", "Anura Kumara Dissanayake", "Dissanayake")
P(k, "kusuma", "Kusuma")
G(k, "jvp", "Janatha Vimukthi Peramuna", "Janatha Vimukthi Peramuna", "JVP", "People's Liberation Front")
G(k, "ceylon_police", "Ceylon Police")
G(k, "ceylon_army", "Ceylon Army")
G(k, "djv", "Deshapremi Janatha Viyaparaya", "Deshapremi Janatha Viyaparaya", "Patriotic People's Movement", "DJV")
G(k, "unp", "United National Party")
G(k, "slfp", "Sri Lanka Freedom Party")
G(k, "peradeniya", "University of Peradeniya")
G(k, "nff", "National Freedom Front")
G(k, "ssu", "Socialist Students' Union")
L(k, "sri_lanka", "Sri Lanka", "Sri Lanka", "Ceylon")
L(k, "colombo", "Colombo")
L(k, "moscow", "Moscow")
L(k, "india", "India")
L(k, "britain", "Britain")
L(k, "soviet_union", "Soviet Union")
rels(k, [("wijeweera", "founded", "jvp"), ("amarasinghe", "member_of", "jvp"), ("amarasinghe", "leads", "jvp"),
         ("jvp", "opposed_to", "ceylon_police"), ("ceylon_army", "opposed_to", "jvp"),
         ("ceylon_army", "backed_by", "india"), ("ceylon_army", "backed_by", "britain"),
         ("ceylon_army", "backed_by", "soviet_union"), ("bandaranaike", "holds_office", "sri_lanka"),
         ("jayewardene", "holds_office", "sri_lanka"), ("djv", "part_of", "jvp"), ("piyasiri", "leads", "djv"),
         ("djv", "opposed_to", "unp"), ("djv", "opposed_to", "vijaya"), ("wijeratne", "holds_office", "sri_lanka"),
         ("wijeratne", "reports_to", "premadasa"), ("premadasa", "holds_office", "sri_lanka"),
         ("gamanayake", "holds_office", "jvp"), ("wijeweera", "member_of", "jvp"), ("gamanayake", "member_of", "jvp"),
         ("piyasiri", "member_of", "jvp"), ("jvp", "allied_with", "slfp"), ("chandrika", "leads", "slfp"),
         ("chandrika", "holds_office", "sri_lanka"), ("de_silva", "member_of", "peradeniya"),
         ("weerawansa", "holds_office", "jvp"), ("weerawansa", "founded", "nff"), ("dissanayake", "leads", "jvp"),
         ("ssu", "part_of", "jvp"), ("dissanayake", "member_of", "ssu")])
ev(k, "amarasinghe_died", "2016-06-15", "day", ["amarasinghe", "colombo"], "He died on Wednesday")
ev(k, "jvp_founded", "1965", "year", ["wijeweera", "jvp"], "was founded in 1965")
ev(k, "rising_1971", "1971-04-05", "day", ["jvp", "ceylon_police", "bandaranaike"], "On 5 April 1971")
ev(k, "wijeweera_arrested", "1971-03", "month", ["wijeweera"], "who had been arrested a month earlier")
ev(k, "freed", "1977", "year", ["wijeweera", "amarasinghe", "jayewardene"], "both were freed in 1977")
ev(k, "jvp_banned", "1983-07", "month", ["jayewardene", "jvp"], "banned it in July 1983")
ev(k, "accord_troops", "1987-07", "month", ["india", "jvp"], "in July 1987")
ev(k, "vijaya_killed", "1988-02", "month", ["djv", "vijaya"], "in February 1988")
ev(k, "politburo_met", "1989", "approximate", ["wijeweera", "gamanayake", "piyasiri", "amarasinghe"],
   "had met in early 1989")
ev(k, "wijeweera_captured", "1989-11-12", "day", ["wijeweera"], "on 12 November 1989")
ev(k, "wijeweera_dead", "1989-11-13", "day", ["wijeweera"], "was dead by the next day")
ev(k, "gamanayake_died", "1989-11", "approximate", ["gamanayake"], "died in custody within days")
ev(k, "vijayabahu_killed", "1989-12", "month", ["piyasiri"], "was killed at the end of December")
ev(k, "came_home", "2001", "year", ["amarasinghe"], "He came home in 2001")
ev(k, "alliance", "2004", "year", ["jvp", "slfp", "chandrika"], "in 2004 the party entered government")
ev(k, "nff_split", "2008", "year", ["weerawansa", "nff", "jvp"], "In 2008 the party's propaganda secretary")
ev(k, "stood_down", "2014-02", "month", ["amarasinghe", "dissanayake"], "He stood down in February 2014")
ev(k, "left_jvp", "2015", "year", ["amarasinghe", "jvp"], "A year later he left the JVP")
ev(k, "tribute", "2016-06-16", "day", ["dissanayake"], "in a statement on Thursday")
ev(k, "cremation", "2016-06-19", "day", ["amarasinghe", "colombo"], "cremated in Colombo on Sunday")
ev(k, "born", "1943", "year", ["amarasinghe"], "born 1943")
cl(k, "amarasinghe", "I did not escape because I was brave or clever")
cl(k, "amarasinghe", "I escaped because I was the least important man in the room, and nobody thought to look for me.")
cl(k, "amarasinghe", "We gave the state the excuse it wanted. Sixty thousand people died, and most of them had never held a gun. I carry that, and the party carries it.")
cl(k, "amarasinghe", "a betrayal dressed as patriotism")
cl(k, "de_silva", "He believed that the party had to be seen sitting beside its victims")
cl(k, "de_silva", "Not everyone in the politburo agreed.")
cl(k, "dissanayake", "Comrade Somawansa kept the name of the party alive when it was safer to forget it")
NOISE.append({"source": k, "names": ["Rachel Okafor", "Mersey", "Leeds", "Wharf Street", "Asia Pacific"]})
ACC += ["THE NORTHERN LEDGER", "The Northern Ledger", "World", "Obituaries", "Nalini Perera-Holt", "BST", "Fri",
        "Marxist", "Sinhala", "Tamil", "Indo-Sri Lanka Accord", "Comrade Somawansa", "Somawansa", "Comrade",
        "Europe", "Indian", "President", "Prime Minister", "Prime Minister Sirimavo Bandaranaike",
        "President J. R. Jayewardene", "President Ranasinghe Premadasa", "President Chandrika Kumaratunga",
        "Somawansa Amarasinghe obituary"]
BP[k] = "Explore more on these topics"

# ---------------- v02 the Philippines, the MILF: a wire story with a correction line ----------------
k = "v02"
P(k, "aquino", "Benigno Aquino", "Benigno Aquino", "Aquino")
P(k, "murad", "Murad Ebrahim", "Murad Ebrahim", "Murad")
P(k, "coronel_ferrer", "Miriam Coronel-Ferrer")
P(k, "iqbal", "Mohagher Iqbal")
P(k, "najib", "Najib Razak")
P(k, "mahathir", "Mahathir bin Mohamad")
P(k, "salamat", "Hashim Salamat", "Hashim Salamat", "Salamat Hashim", "Salamat")
P(k, "misuari", "Nur Misuari", "Nur Misuari", "Misuari")
P(k, "marcos", "Ferdinand Marcos")
P(k, "gaddafi", "Muammar Gaddafi", "Muammar Qaddafi")
P(k, "estrada", "Joseph Estrada")
P(k, "kato", "Ameril Umbra Kato")
P(k, "villareal", "Dante Villareal")
P(k, "abu_misry", "Abu Misry Mama")
P(k, "ocampo", "Carmelita Ocampo")
G(k, "milf", "Moro Islamic Liberation Front", "Moro Islamic Liberation Front", "MILF")
G(k, "mnlf", "Moro National Liberation Front", "Moro National Liberation Front", "MNLF")
G(k, "biaf", "Bangsamoro Islamic Armed Forces")
G(k, "biff", "Bangsamoro Islamic Freedom Fighters", "Bangsamoro Islamic Freedom Fighters", "BIFF")
G(k, "afp", "Armed Forces of the Philippines")
G(k, "sixth_id", "6th Infantry Division")
G(k, "al_azhar", "al-Azhar University")
G(k, "mcm", "Mindanao Conflict Monitor")
L(k, "manila", "Manila")
L(k, "cotabato", "Cotabato City", "COTABATO CITY")
L(k, "philippines", "Philippines")
L(k, "malaysia", "Malaysia")
L(k, "malacanang", "Malacañang Palace")
L(k, "maguindanao", "Maguindanao")
L(k, "mindanao", "Mindanao")
L(k, "bangsamoro", "Bangsamoro")
L(k, "armm", "Autonomous Region in Muslim Mindanao", "Autonomous Region in Muslim Mindanao", "ARMM")
L(k, "liguasan", "Liguasan Marsh")
L(k, "cairo", "Cairo")
L(k, "libya", "Libya")
L(k, "zamboanga", "Zamboanga City")
L(k, "camp_abubakar", "Camp Abubakar")
L(k, "datu_piang", "Datu Piang")
L(k, "davao", "Davao")
rels(k, [("aquino", "holds_office", "philippines"), ("murad", "holds_office", "milf"), ("murad", "leads", "milf"),
         ("iqbal", "member_of", "milf"), ("najib", "holds_office", "malaysia"), ("mahathir", "holds_office", "malaysia"),
         ("milf", "controls", "liguasan"), ("biaf", "part_of", "milf"), ("salamat", "founded", "milf"),
         ("salamat", "holds_office", "mnlf"), ("misuari", "leads", "mnlf"), ("mnlf", "backed_by", "libya"),
         ("gaddafi", "holds_office", "libya"), ("misuari", "holds_office", "armm"),
         ("estrada", "holds_office", "philippines"), ("afp", "opposed_to", "milf"), ("afp", "controls", "camp_abubakar"),
         ("kato", "member_of", "milf"), ("kato", "founded", "biff"), ("biff", "opposed_to", "sixth_id"),
         ("villareal", "spokesperson_for", "sixth_id"), ("abu_misry", "spokesperson_for", "biff"),
         ("ocampo", "member_of", "mcm")])
ev(k, "cab_signed", "2014-03-27", "day", ["milf", "manila", "aquino", "murad"], "in Manila on Thursday")
ev(k, "aquino_term_end", "2016-06-30", "day", ["aquino", "bangsamoro", "armm"], "before he leaves office on 30 June 2016")
ev(k, "decommissioning", "2014-04", "month", ["biaf"], "starting next month")
ev(k, "talks_hosted", "2001", "year", ["mahathir", "malaysia"], "agreed to host the talks in 2001")
ev(k, "milf_split", "1977", "year", ["salamat", "mnlf"], "He broke away from the MNLF in 1977")
ev(k, "milf_named", "1984", "year", ["milf"], "took its present name in 1984")
ev(k, "salamat_died", "2003-07", "month", ["salamat"], "in July 2003")
ev(k, "tripoli_agreement", "1976-12", "month", ["mnlf", "marcos", "gaddafi", "libya"], "in December 1976")
ev(k, "final_peace_deal", "1996-09-02", "day", ["mnlf"], "on 2 September 1996")
ev(k, "zamboanga_siege", "2013-09", "month", ["misuari", "zamboanga"], "Last September")
ev(k, "all_out_war", "2000", "year", ["estrada", "milf"], "In 2000 President Joseph Estrada declared")
ev(k, "abubakar_overrun", "2000-07-09", "day", ["afp", "camp_abubakar", "milf"], "on 9 July that year")
ev(k, "biff_founded", "2010", "year", ["kato", "biff"], "In 2010 Ameril Umbra Kato")
ev(k, "biff_attack", "2014-03-25", "day", ["biff", "sixth_id", "datu_piang"], "On Tuesday, BIFF gunmen attacked")
ev(k, "bbl_deadline", "2014", "year", ["aquino"], "by the end of the year")
cl(k, "murad", "This is not the end of our struggle. It is the end of our war")
cl(k, "murad", "Our young men can now be farmers and teachers and not only fighters.")
cl(k, "aquino", "tested in the fields of Mindanao, not in this hall")
cl(k, "aquino", "The people who doubt it have good reasons. It is our job to take those reasons away.")
cl(k, "aquino", "a failed experiment")
cl(k, "estrada", "all-out war")
cl(k, "abu_misry", "We were not consulted and we are not bound")
cl(k, "ocampo", "The hard part starts now")
cl(k, "ocampo", "Congress has to write the law, and the fighters have to believe it.")
NOISE.append({"source": k, "names": ["Teresa Bautista", "Hamid Lucman", "Joel Fairbairn", "Priya Natarajan"]})
ACC += ["UPDATE 2-Philippines", "UPDATE", "Pacific Newswire", "PNW", "Comprehensive Agreement on the Bangsamoro",
        "Bangsamoro Basic Law", "Tripoli Agreement", "Al Haj Murad Ebrahim", "Al Haj", "Captain Dante Villareal",
        "Captain", "President", "Prime Minister", "Prime Minister Najib Razak", "President Benigno Aquino",
        "President Joseph Estrada", "Congress", "Muslim", "Islamic", "Philippine", "Breakaway", "Deal", "Under",
        "Factbox", "Related coverage"]
BP[k] = "Reporting by Teresa Bautista"

# ---------------- v03 Colombia, the M-19: a parliamentary Hansard record ----------------
k = "v03"
P(k, "ellery", "Tom Ellery", "Tom Ellery", "Ellery")
P(k, "harcourt", "Giles Harcourt", "Giles Harcourt", "Harcourt")
P(k, "pizarro", "Carlos Pizarro Leongómez", "Carlos Pizarro Leongómez", "Carlos Pizarro", "Pizarro")
P(k, "navarro", "Antonio Navarro Wolff")
P(k, "barco", "Virgilio Barco", "Virgilio Barco", "Barco")
P(k, "reyes", "Alfonso Reyes Echandía")
P(k, "otero", "Luis Otero")
P(k, "escobar", "Pablo Escobar")
P(k, "sollis", "Derek Sollis")
P(k, "pryor", "Ann Pryor", "Ann Pryor", "Pryor")
P(k, "bateman", "Jaime Bateman Cadena", "Jaime Bateman Cadena", "Bateman")
P(k, "rojas", "Gustavo Rojas Pinilla")
P(k, "bolivar", "Simón Bolívar")
P(k, "fayad", "Álvaro Fayad")
G(k, "m19", "19th of April Movement", "19th of April Movement", "M-19")
G(k, "ad_m19", "Democratic Alliance M-19")
G(k, "supreme_court", "Supreme Court")
G(k, "colombian_army", "Colombian Army")
G(k, "medellin", "Medellín cartel")
G(k, "anapo", "ANAPO")
G(k, "colombian_police", "Colombian National Police")
G(k, "avianca", "Avianca")
G(k, "ec", "European Community")
G(k, "fco", "Foreign and Commonwealth Office")
L(k, "colombia", "Colombia")
L(k, "bogota", "Bogotá")
L(k, "santo_domingo", "Santo Domingo")
L(k, "cauca", "Cauca")
L(k, "palace_of_justice", "Palace of Justice")
L(k, "cartagena", "Cartagena")
L(k, "panama", "Panama")
L(k, "cuba", "Cuba")
L(k, "havana", "Havana")
rels(k, [("pizarro", "leads", "m19"), ("navarro", "member_of", "ad_m19"), ("m19", "founded", "ad_m19"),
         ("barco", "holds_office", "colombia"), ("m19", "opposed_to", "supreme_court"),
         ("reyes", "holds_office", "supreme_court"), ("otero", "member_of", "m19"),
         ("colombian_army", "opposed_to", "m19"), ("escobar", "leads", "medellin"), ("bateman", "founded", "m19"),
         ("rojas", "leads", "anapo"), ("m19", "backed_by", "cuba"), ("fayad", "leads", "m19"),
         ("harcourt", "holds_office", "fco")])
ev(k, "pizarro_murdered", "1990-04-26", "day", ["pizarro", "avianca", "bogota"], "the murder on 26 April")
ev(k, "weapons_handed", "1990-03-08", "day", ["m19", "santo_domingo", "cauca"], "on 8 March")
ev(k, "peace_signed", "1990-03-09", "day", ["m19", "barco"], "the following day")
ev(k, "election_1990", "1990-05-27", "day", ["navarro", "ad_m19"], "in the elections on 27 May")
ev(k, "palace_seized", "1985-11-06", "day", ["m19", "otero", "palace_of_justice", "supreme_court"],
   "on 6 November 1985")
ev(k, "palace_stormed", "1985-11-07", "day", ["colombian_army", "palace_of_justice"], "stormed the Palace the next day")
ev(k, "cartagena_rally", "1990-04", "month", ["pizarro", "cartagena"], "a rally in Cartagena last month")
ev(k, "barco_statement", "1990-04-30", "day", ["barco", "bogota"], "in Bogotá on Monday")
ev(k, "reply_deadline", "1990-05-13", "day", ["colombian_police"], "by the end of next week")
ev(k, "m19_founded", "1974", "year", ["bateman", "m19"], "was founded in 1974")
ev(k, "election_1970", "1970-04-19", "day", ["rojas", "anapo"], "the election of 19 April 1970")
ev(k, "sword_theft", "1974-01", "month", ["m19", "bolivar", "bogota"], "in January 1974")
ev(k, "bateman_died", "1983-04", "month", ["bateman", "panama"], "in April 1983")
ev(k, "relations_suspended", "1981-03", "month", ["colombia", "havana", "cuba"], "in March 1981")
ev(k, "pizarro_command", "1986", "year", ["pizarro", "m19"], "had commanded it since 1986")
ev(k, "fayad_killed", "1986-03", "month", ["fayad", "bogota"], "in March that year")
ev(k, "harcourt_met_pizarro", "1990-02", "month", ["harcourt", "pizarro", "bogota"], "when I met him in Bogotá in February")
cl(k, "harcourt", "We have told the Colombian Government that we will go on supporting that agreement.")
cl(k, "harcourt", "The question of amnesty is for the Colombian people and their Congress.")
cl(k, "harcourt", "The people who shot Mr. Pizarro will decide that, unless they are caught.")
cl(k, "harcourt", "The grants are paid to individuals, not to the party, and they are audited.")
cl(k, "ellery", "Is it not right that those who planned that attack should answer for it before they sit in Congress?")
cl(k, "sollis", "Does he agree that the murder of a second presidential candidate in five weeks shows that the Colombian state cannot yet protect those who choose the ballot box?")
cl(k, "pryor", "Can he assure the House that none of our money will reach people who still take orders from abroad?")
cl(k, "pizarro", "not a gift that the powerful make to the weak")
cl(k, "pizarro", "We have spent sixteen years learning to fight")
cl(k, "pizarro", "Now we have to learn to lose an election and still come back the next morning.")
cl(k, "barco", "the bullets will not choose the next President of Colombia")
NOISE.append({"source": k, "names": ["Home Page"]})
ACC += ["House of Commons", "Official Report of Debates", "Hansard", "PRAYERS", "MR. SPEAKER", "Mr. Speaker",
        "Oral Answers to Questions", "FOREIGN AND COMMONWEALTH AFFAIRS", "Secretary of State",
        "Secretary of State for Foreign and Commonwealth Affairs", "Minister of State", "Minister", "Government",
        "Colombian Government", "Her Majesty's Government", "House", "Congress", "Column 847", "Column 848",
        "Hartwell and Dene", "Westmere", "Carrow", "Colombian", "President", "General", "General Gustavo Rojas Pinilla",
        "President Virgilio Barco", "Government of President Virgilio Barco", "President of the Supreme Court",
        "Mr. Carlos Pizarro", "Mr. Carlos Pizarro Leongómez", "Mr. Pizarro", "Mr. Ellery", "Mr. Tom Ellery",
        "Mr. Harcourt", "Mr. Giles Harcourt", "Mrs. Pryor", "Mrs. Ann Pryor", "Mr. Derek Sollis",
        "Mr. Antonio Navarro Wolff", "Order", "Question 2", "Is", "Does", "Can", "Colombian state"]
BP[k] = "Parliamentary copyright 1990"

# ---------------- v04 Eritrea, the EPLF: an encyclopedia entry with an infobox ----------------
k = "v04"
P(k, "romedan", "Romedan Mohammed Nur", "Romedan Mohammed Nur", "Ramadan Mohammed Nur", "Romedan")
P(k, "isaias", "Isaias Afwerki", "Isaias Afwerki", "Isayas Afewerki", "Isaias")
P(k, "idris", "Idris Mohammed Adem")
P(k, "awate", "Hamid Idris Awate")
P(k, "sabbe", "Osman Saleh Sabbe")
P(k, "haile_selassie", "Haile Selassie")
P(k, "mengistu", "Mengistu Haile Mariam", "Mengistu Haile Mariam", "Mengistu")
P(k, "meles", "Meles Zenawi")
G(k, "eplf", "Eritrean People's Liberation Front", "Eritrean People's Liberation Front", "EPLF", "Shaebia")
G(k, "pfdj", "People's Front for Democracy and Justice", "People's Front for Democracy and Justice", "PFDJ")
G(k, "elf", "Eritrean Liberation Front", "Eritrean Liberation Front", "ELF")
G(k, "plf", "People's Liberation Forces")
G(k, "derg", "Derg", "Derg", "Provisional Military Administrative Council")
G(k, "tplf", "Tigray People's Liberation Front", "Tigray People's Liberation Front", "TPLF")
G(k, "nadew", "Nadew Command")
G(k, "ethiopian_army", "Ethiopian Army")
G(k, "eprdf", "Ethiopian People's Revolutionary Democratic Front")
G(k, "un", "United Nations")
G(k, "national_assembly", "National Assembly")
L(k, "eritrea", "Eritrea")
L(k, "ethiopia", "Ethiopia")
L(k, "asmara", "Asmara")
L(k, "cairo", "Cairo")
L(k, "nakfa", "Nakfa", "Nakfa", "Nacfa")
L(k, "khartoum", "Khartoum")
L(k, "tigray", "Tigray")
L(k, "mount_adal", "Mount Adal")
L(k, "sahel", "Sahel")
L(k, "sudan", "Sudan")
L(k, "port_sudan", "Port Sudan")
L(k, "afabet", "Afabet")
L(k, "massawa", "Massawa", "Massawa", "Mitsiwa")
L(k, "zimbabwe", "Zimbabwe")
L(k, "addis_ababa", "Addis Ababa")
L(k, "soviet_union", "Soviet Union")
rels(k, [("eplf", "controls", "eritrea"), ("eplf", "controls", "asmara"), ("eplf", "controls", "nakfa"),
         ("eplf", "controls", "massawa"), ("romedan", "leads", "eplf"), ("isaias", "leads", "eplf"),
         ("isaias", "member_of", "elf"), ("eplf", "allied_with", "tplf"), ("tplf", "backed_by", "eplf"),
         ("eplf", "opposed_to", "derg"), ("eplf", "opposed_to", "elf"), ("tplf", "opposed_to", "elf"),
         ("idris", "founded", "elf"), ("awate", "member_of", "elf"), ("sabbe", "member_of", "plf"),
         ("derg", "opposed_to", "haile_selassie"), ("haile_selassie", "holds_office", "ethiopia"),
         ("mengistu", "holds_office", "derg"), ("ethiopia", "backed_by", "soviet_union"), ("eplf", "backed_by", "sudan"),
         ("eplf", "opposed_to", "nadew"), ("nadew", "part_of", "ethiopian_army"), ("meles", "leads", "eprdf"),
         ("eprdf", "controls", "addis_ababa"), ("eplf", "founded", "pfdj"), ("isaias", "holds_office", "eritrea")])
ev(k, "eplf_active", "1970", "range", ["eplf"], "Dates of operation: 1970–1994", end="1994")
ev(k, "romedan_leader", "1977", "range", ["romedan", "eplf"], "Romedan Mohammed Nur (1977–1987)", end="1987")
ev(k, "isaias_leader", "1987", "range", ["isaias", "eplf"], "Isaias Afwerki (1987–1994)", end="1994")
ev(k, "pfdj_founded", "1994-02", "month", ["eplf", "pfdj"], "At its third congress, in February 1994")
ev(k, "elf_founded", "1960-07", "month", ["elf", "idris", "cairo"], "in July 1960")
ev(k, "mount_adal", "1961-09-01", "day", ["awate", "elf", "mount_adal"], "from 1 September 1961")
ev(k, "breakaways", "1970", "range", ["elf"], "between 1970 and 1972", end="1972")
ev(k, "isaias_joined_elf", "1966", "year", ["isaias", "elf"], "who had joined the ELF in 1966")
ev(k, "first_civil_war", "1972", "range", ["elf"], "from 1972 to 1974", end="1974")
ev(k, "first_congress", "1977-01", "month", ["romedan", "isaias"], "in January 1977")
ev(k, "selassie_deposed", "1974-09", "month", ["derg", "haile_selassie"], "In September 1974")
ev(k, "mengistu_chairman", "1977", "year", ["mengistu", "derg"], "became the Derg's chairman in 1977")
ev(k, "counter_offensive", "1978", "year", ["eplf", "ethiopia"], "a counter-offensive in 1978")
ev(k, "red_star", "1982-02", "range", ["derg", "nakfa"], "from February to June 1982", end="1982-06")
ev(k, "tplf_trained", "1975", "year", ["eplf", "tplf"], "In 1975 the EPLF had trained")
ev(k, "elf_driven_out", "1981", "year", ["eplf", "tplf", "elf", "sudan"], "in 1981 the two fronts together drove")
ev(k, "second_congress", "1987-03", "month", ["eplf", "isaias"], "in March 1987")
ev(k, "afabet", "1988-03-17", "range", ["eplf", "nadew", "afabet"], "between 17 and 19 March 1988", end="1988-03-19")
ev(k, "isaias_interview", "1988", "approximate", ["isaias"], "that summer")
ev(k, "massawa_captured", "1990-02", "month", ["eplf", "massawa"], "In February 1990")
ev(k, "mengistu_fled", "1991-05-21", "day", ["mengistu", "zimbabwe"], "on 21 May 1991")
ev(k, "asmara_entered", "1991-05-24", "day", ["eplf", "asmara"], "three days later EPLF fighters entered Asmara")
ev(k, "addis_taken", "1991-05-28", "day", ["eprdf", "tplf", "addis_ababa"], "Four days later the TPLF-led coalition")
ev(k, "referendum", "1993-04-23", "range", ["eritrea", "un"], "from 23 to 25 April 1993", end="1993-04-25")
ev(k, "independence", "1993-05-24", "day", ["eritrea"], "declared on 24 May 1993")
ev(k, "isaias_president", "1993-06", "month", ["isaias", "national_assembly", "eritrea"], "in June 1993")
ev(k, "commanders_jailed", "2001-09", "month", ["pfdj"], "jailed in September 2001")
cl(k, "romedan", "the hardest order we ever gave, and the one that saved us")
cl(k, "isaias", "fight for another generation if the Derg makes us")
NOISE.append({"source": k, "names": ["Connell, Dan", "Iyob, Ruth", "Pool, David", "Red Sea Press", "James Currey",
                                     "Cambridge University Press", "Creative Commons"]})
ACC += ["ConflictPedia", "From ConflictPedia", "Eritrean War of Independence", "Red Star campaign", "Red Star",
        "Marxism–Leninism", "Eritrean", "Eritrean nationalism", "Marxist", "Emperor", "Emperor Haile Selassie",
        "President of Eritrea", "President", "Contents", "Origins", "War with the Derg", "Victory and independence",
        "Legacy", "Main article", "Also known as", "Leader(s)", "Leader", "Dates of operation", "Split from",
        "Headquarters", "Active regions", "Ideology", "Allies", "Opponents", "Succeeded by", "Ethiopian",
        "Critics", "Former", "For", "The", "By", "At", "In", "One", "Under", "Four", "edit", "Tigrayan"]
BP[k] = "See also[edit]"

# ---------------- v05 Tibet, Chushi Gangdruk: an op-ed with an author bio ----------------
k = "v05"
P(k, "dalai_lama", "Tenzin Gyatso", "Tenzin Gyatso", "Dalai Lama")
P(k, "gompo", "Gompo Tashi Andrugtsang", "Gompo Tashi Andrugtsang", "Gompo Tashi", "Andrutsang")
P(k, "baba_yeshi", "Baba Yeshi")
P(k, "lobsang", "Lobsang Tsultrim")
P(k, "nixon", "Richard Nixon")
P(k, "wangdu", "Wangdu Gyatotsang")
P(k, "norsang", "Tenzin Norsang")
G(k, "chushi", "Chushi Gangdruk", "Chushi Gangdruk", "Four Rivers, Six Ranges", "National Volunteer Defence Army")
G(k, "pla", "People's Liberation Army", "People's Liberation Army", "PLA")
G(k, "cia", "Central Intelligence Agency", "Central Intelligence Agency", "CIA")
G(k, "rna", "Royal Nepalese Army")
G(k, "house", "House of Representatives")
G(k, "cta", "Central Tibetan Administration")
L(k, "lhasa", "Lhasa")
L(k, "norbulingka", "Norbulingka")
L(k, "india", "India")
L(k, "lithang", "Lithang")
L(k, "kham", "Kham")
L(k, "saipan", "Saipan")
L(k, "camp_hale", "Camp Hale")
L(k, "colorado", "Colorado")
L(k, "tibet", "Tibet")
L(k, "mustang", "Mustang")
L(k, "nepal", "Nepal")
L(k, "bathang", "Bathang")
L(k, "xinjiang", "Xinjiang")
L(k, "washington", "Washington")
L(k, "china", "China")
L(k, "beijing", "Beijing")
L(k, "tinkar", "Tinkar")
L(k, "darjeeling", "Darjeeling")
L(k, "himalayas", "Himalayas")
L(k, "dharamsala", "Dharamsala")
L(k, "queens", "Queens")
rels(k, [("gompo", "founded", "chushi"), ("chushi", "backed_by", "cia"), ("chushi", "opposed_to", "pla"),
         ("baba_yeshi", "member_of", "chushi"), ("wangdu", "member_of", "chushi"), ("rna", "opposed_to", "chushi"),
         ("norsang", "spokesperson_for", "cta"), ("lobsang", "member_of", "chushi")])
ev(k, "lhasa_uprising", "1959-03-10", "day", ["norbulingka", "lhasa", "dalai_lama"], "Sixty-five years ago today")
ev(k, "dalai_lama_escape", "1959-03-17", "day", ["dalai_lama", "chushi"], "on the night of 17 March 1959")
ev(k, "crossed_into_india", "1959-03-31", "day", ["dalai_lama", "india"], "crossed into India on 31 March")
ev(k, "chushi_founded", "1958-06-16", "day", ["gompo", "chushi"], "founded on 16 June 1958")
ev(k, "kham_shelled", "1956", "year", ["pla", "kham"], "two years earlier")
ev(k, "cia_training", "1958", "approximate", ["cia", "chushi", "saipan", "camp_hale"], "From late 1958")
ev(k, "mustang_regroup", "1960", "approximate", ["chushi", "mustang"], "By the spring of 1960")
ev(k, "satchel_ambush", "1961", "year", ["chushi", "pla"], "In one ambush, in 1961")
ev(k, "nixon_beijing", "1972-02", "month", ["nixon", "beijing"], "went to Beijing in February 1972")
ev(k, "cia_money_shrinking", "1969", "year", ["cia"], "already shrinking since 1969")
ev(k, "nepal_operation", "1974", "year", ["rna", "chushi", "mustang"], "In 1974 the Royal Nepalese Army")
ev(k, "wangdu_killed", "1974-09", "month", ["wangdu", "tinkar"], "near the Tinkar pass in September 1974")
ev(k, "gompo_died", "1964", "year", ["gompo", "darjeeling"], "He had died in Darjeeling in 1964")
ev(k, "house_vote", "2024-02", "month", ["house"], "Last month the House of Representatives passed")
ev(k, "dharamsala_visit", "2024-01", "month", ["norsang"], "when I visited in January")
cl(k, "gompo", "We know that the Americans will not send an army")
cl(k, "gompo", "We fight so that no one can say Tibet agreed.")
cl(k, "lobsang", "We ate what the CIA dropped and what the Mustang people sold us, and in the bad winters we ate our horses")
cl(k, "lobsang", "Nobody in those camps thought we would win. We thought that if we stopped, the world would decide that Tibet had never been a country at all.")
cl(k, "norsang", "Tibetans do not need a new army. We need the world to remember the last one")
NOISE.append({"source": k, "names": ["Jonathan Wexler", "Amara Diallo-Brooks"]})
ACC += ["THE HARBOUR TIMES", "The Harbour Times", "Opinion", "Guest Essay", "Karma Yeshe Norbu", "Mr. Norbu", "Norbu",
        "Mustang resistance", "Tibetan", "Tibetans", "Americans", "American", "Chinese", "Pacific",
        "President Richard Nixon", "President", "Senate", "Congress", "Nepalese", "Mustang men", "Mustang people",
        "Tinkar pass", "Sixty", "We", "Then", "My", "His", "Most", "It", "Its", "They", "That", "Last", "From",
        "Gompo", "Comrade"]
BP[k] = "A version of this article appears in print on"

# ---------------- v06 the Chittagong Hill Tracts, the PCJSS: a UN study with numbered paragraphs ----------------
k = "v06"
P(k, "mn_larma", "Manabendra Narayan Larma", "Manabendra Narayan Larma", "M. N. Larma")
P(k, "santu", "Jyotirindra Bodhipriya Larma", "Jyotirindra Bodhipriya Larma", "Santu Larma",
  "LARMA, Jyotirindra Bodhipriya")
P(k, "priti", "Priti Kumar Chakma")
P(k, "hasina", "Sheikh Hasina")
P(k, "abdullah", "Abul Hasanat Abdullah", "Abul Hasanat Abdullah", "Abdullah")
P(k, "talukdar", "Dipankar Talukdar", "Dipankar Talukdar", "Talukdar", "TALUKDAR, Dipankar")
P(k, "roy", "Devasish Roy", "Devasish Roy", "ROY, Devasish")
P(k, "khisa", "Prasit Bikash Khisa", "Prasit Bikash Khisa", "KHISA, Prasit Bikash")
G(k, "pcjss", "Parbatya Chattagram Jana Samhati Samiti", "Parbatya Chattagram Jana Samhati Samiti", "PCJSS",
  "United People's Party of the Chittagong Hill Tracts")
G(k, "shanti_bahini", "Shanti Bahini")
G(k, "bangladesh_army", "Bangladesh Army")
G(k, "bdr", "Bangladesh Rifles")
G(k, "priti_faction", "Priti faction")
G(k, "national_committee", "National Committee on the Chittagong Hill Tracts")
G(k, "chtrc", "Chittagong Hill Tracts Regional Council")
G(k, "ministry_cht", "Ministry of Chittagong Hill Tracts Affairs")
G(k, "land_commission", "Land Commission")
G(k, "hsc", "Hill Students' Council")
G(k, "updf", "United People's Democratic Front", "United People's Democratic Front", "UPDF")
L(k, "cht", "Chittagong Hill Tracts")
L(k, "bangladesh", "Bangladesh")
L(k, "rangamati", "Rangamati")
L(k, "khagrachari", "Khagrachari")
L(k, "bandarban", "Bandarban")
L(k, "kaptai", "Kaptai")
L(k, "karnaphuli", "Karnaphuli River")
L(k, "logang", "Logang")
L(k, "tripura", "Tripura")
L(k, "india", "India")
L(k, "dhaka", "Dhaka")
L(k, "chakma_circle", "Chakma Circle")
L(k, "new_york", "New York")
rels(k, [("mn_larma", "founded", "pcjss"), ("shanti_bahini", "part_of", "pcjss"),
         ("shanti_bahini", "opposed_to", "bangladesh_army"), ("priti", "leads", "priti_faction"),
         ("priti", "member_of", "pcjss"), ("priti_faction", "opposed_to", "mn_larma"),
         ("santu", "leads", "shanti_bahini"), ("santu", "leads", "pcjss"), ("santu", "holds_office", "chtrc"),
         ("hasina", "holds_office", "bangladesh"), ("abdullah", "leads", "national_committee"),
         ("talukdar", "holds_office", "ministry_cht"), ("roy", "holds_office", "chakma_circle"),
         ("hsc", "part_of", "pcjss"), ("khisa", "leads", "updf"), ("pcjss", "opposed_to", "updf")])
ev(k, "accord_signed", "1997-12-02", "day", ["pcjss", "santu", "abdullah", "national_committee", "dhaka"],
   "signed in Dhaka on 2 December 1997")
ev(k, "kaptai_dam", "1962", "year", ["kaptai", "karnaphuli", "cht"], "completed in 1962")
ev(k, "pcjss_founded", "1972-02-15", "day", ["mn_larma", "pcjss"], "founded on 15 February 1972")
ev(k, "shanti_bahini_formed", "1973-01", "month", ["shanti_bahini"], "was formed in January 1973")
ev(k, "settlement", "1979", "range", ["cht"], "between 1979 and 1985", end="1985")
ev(k, "massacres", "1980", "range", ["cht"], "between 1980 and 1993", end="1993")
ev(k, "logang_massacre", "1992-04-10", "day", ["logang"], "the Logang massacre of 10 April 1992")
ev(k, "pcjss_split", "1982", "year", ["pcjss", "priti", "mn_larma"], "The movement split in 1982")
ev(k, "mn_larma_killed", "1983-11-10", "day", ["priti_faction", "mn_larma"], "On 10 November 1983")
ev(k, "priti_surrender", "1985-04", "month", ["priti_faction"], "in April 1985")
ev(k, "refugees", "1986", "year", ["tripura"], "lived from 1986")
ev(k, "elections_1996", "1996", "year", ["hasina"], "After the 1996 elections")
ev(k, "arms_surrender", "1998-02-10", "day", ["santu", "hasina", "khagrachari", "shanti_bahini"], "on 10 February 1998")
ev(k, "santu_chairs_council", "1999-05", "month", ["santu", "chtrc"], "since May 1999")
ev(k, "camps_withdrawn", "2010", "year", ["bangladesh_army"], "by the end of 2010")
ev(k, "updf_founded", "1998-12-26", "day", ["updf", "khisa", "hsc"], "on 26 December 1998")
ev(k, "land_commission_hearings", "2011-06", "month", ["land_commission", "talukdar"], "by June 2011")
cl(k, "santu", "has been kept on paper and broken on the ground")
cl(k, "santu", "Every year there are fewer camps in the reports and the same soldiers in our villages")
cl(k, "talukdar", "committed to every clause")
cl(k, "roy", "The land question is the Accord. If it is not solved, nothing else will hold.")
G(k, "un", "United Nations")
ACC += ["Economic and Social Council", "Permanent Forum on Indigenous Issues", "Permanent Forum",
        "Forum", "Henrik Aslaksen", "Special Rapporteur", "Chittagong Hill Tracts Accord", "Accord",
        "Constitution of Bangladesh", "Constitution", "Government", "Government of Bangladesh", "Chief Whip",
        "Prime Minister", "Jumma", "Chakma", "Marma", "Bengali", "Indian", "Human rights", "Background",
        "The Accord", "Views expressed to the Special Rapporteur", "Recommendations", "Annex", "Persons consulted",
        "President", "Chairman", "Chief of the Chakma Circle", "Raja Devasish Roy", "Raja", "Mr. Abdullah",
        "Mr. Talukdar", "Land Commission Act", "State Minister for Chittagong Hill Tracts Affairs", "State Minister",
        "Original", "English", "Distr", "General", "Note by the secretariat", "Item", "Tenth session",
        "Study on the status of implementation of the Chittagong Hill Tracts Accord of 1997", "Committee",
        "Of", "The", "Since", "Opponents", "Two", "After", "At", "His", "Every"]
BP[k] = "11-24187 (E)"

# ---------------- v07 South Africa, Umkhonto we Sizwe: podcast show notes with a transcript excerpt ----------------
k = "v07"
P(k, "dube", "Nomvula Dube", "Nomvula Dube", "Nomvula")
P(k, "sipho", "Sipho Mthembu", "Sipho Mthembu", "Sipho")
P(k, "mandela", "Nelson Mandela", "Nelson Mandela", "Mandela")
P(k, "slovo", "Joe Slovo")
P(k, "sisulu", "Walter Sisulu", "Walter Sisulu", "Sisulu")
P(k, "mbeki", "Govan Mbeki", "Govan Mbeki", "Mbeki")
P(k, "kathrada", "Ahmed Kathrada")
P(k, "tambo", "Oliver Tambo", "Oliver Tambo", "Tambo")
P(k, "modise", "Joe Modise", "Joe Modise", "Modise")
P(k, "van_den_bergh", "Hendrik van den Bergh")
P(k, "gaddafi", "Muammar Gaddafi", "Muammar Gaddafi")
P(k, "hani", "Chris Hani", "Chris Hani", "Hani")
P(k, "walus", "Janusz Waluś")
P(k, "derby_lewis", "Clive Derby-Lewis")
G(k, "mk", "Umkhonto we Sizwe", "Umkhonto we Sizwe", "MK", "Spear of the Nation")
G(k, "anc", "African National Congress", "African National Congress", "ANC")
G(k, "sacp", "South African Communist Party")
G(k, "sap", "South African Police")
G(k, "boss", "Bureau of State Security")
G(k, "mpla", "MPLA")
G(k, "unita", "UNITA")
G(k, "mbokodo", "Mbokodo")
G(k, "special_ops", "Special Operations")
G(k, "saaf", "South African Air Force", "South African Air Force", "Air Force")
G(k, "trc", "Truth and Reconciliation Commission")
G(k, "conservative_party", "Conservative Party")
G(k, "sandf", "South African National Defence Force")
G(k, "wits", "University of the Witwatersrand")
L(k, "johannesburg", "Johannesburg")
L(k, "port_elizabeth", "Port Elizabeth")
L(k, "durban", "Durban")
L(k, "sharpeville", "Sharpeville")
L(k, "angola", "Angola")
L(k, "liliesleaf", "Liliesleaf")
L(k, "rivonia", "Rivonia")
L(k, "church_street", "Church Street")
L(k, "pretoria", "Pretoria")
L(k, "soviet_union", "Soviet Union")
L(k, "east_germany", "East Germany")
L(k, "sweden", "Sweden")
L(k, "libya", "Libya")
L(k, "luanda", "Luanda")
L(k, "soweto", "Soweto")
L(k, "viana", "Viana")
L(k, "pango", "Pango")
L(k, "south_africa", "South Africa")
L(k, "quatro", "Quatro")
L(k, "boksburg", "Boksburg")
rels(k, [("mk", "part_of", "anc"), ("mandela", "founded", "mk"), ("slovo", "founded", "mk"), ("slovo", "member_of", "sacp"),
         ("sap", "opposed_to", "mk"), ("sisulu", "member_of", "mk"), ("mbeki", "member_of", "mk"),
         ("tambo", "leads", "anc"), ("modise", "leads", "mk"), ("van_den_bergh", "leads", "boss"),
         ("mk", "backed_by", "soviet_union"), ("mk", "backed_by", "east_germany"), ("anc", "backed_by", "sweden"),
         ("anc", "backed_by", "libya"), ("gaddafi", "holds_office", "libya"), ("mk", "backed_by", "mpla"),
         ("mbokodo", "part_of", "anc"), ("special_ops", "part_of", "mk"), ("special_ops", "opposed_to", "saaf"),
         ("hani", "holds_office", "mk"), ("walus", "opposed_to", "hani"), ("derby_lewis", "opposed_to", "hani"),
         ("derby_lewis", "member_of", "conservative_party"), ("sipho", "member_of", "wits")])
ev(k, "mk_launch", "1961-12-16", "day", ["mk", "johannesburg", "port_elizabeth", "durban"], "Sixty years ago today")
ev(k, "sharpeville", "1960-03-21", "day", ["sharpeville"], "the Sharpeville massacre of 21 March 1960")
ev(k, "anc_banned", "1960-04", "month", ["anc"], "the banning of the ANC that April")
ev(k, "book_published", "2021-11", "month", ["sipho"], "came out last month")
ev(k, "liliesleaf_raid", "1963-07-11", "day", ["sap", "mk", "liliesleaf", "sisulu", "mbeki"], "On 11 July 1963")
ev(k, "mandela_caught", "1962-08", "month", ["mandela"], "he had been caught in August 1962")
ev(k, "rivonia_sentences", "1964-06", "month", ["mandela", "sisulu", "mbeki", "kathrada"], "in June 1964")
ev(k, "modise_command", "1965", "range", ["modise", "mk"], "MK's commander from 1965 to 1990", end="1990")
ev(k, "angola_camps", "1976", "year", ["mpla", "mk", "angola"], "after 1976, when the MPLA government")
ev(k, "camp_mutiny", "1984", "approximate", ["viana", "pango", "mk"], "In early 1984")
ev(k, "trc_report", "1998", "year", ["trc"], "said so in 1998")
ev(k, "church_street_bomb", "1983-05-20", "day", ["special_ops", "saaf", "church_street", "pretoria"], "on 20 May 1983")
ev(k, "hani_chief_of_staff", "1987", "year", ["hani", "mk"], "became MK's chief of staff in 1987")
ev(k, "hani_interview", "1991", "year", ["hani", "sipho"], "in an interview two years before he died")
ev(k, "hani_killed", "1993-04-10", "day", ["hani", "walus", "derby_lewis", "boksburg"], "on 10 April 1993")
ev(k, "pretoria_minute", "1990-08-06", "day", ["anc"], "Pretoria Minute of 6 August 1990")
ev(k, "integration", "1994-04", "month", ["mk", "sandf"], "the elections of April 1994")
cl(k, "dube", "That is not the story people tell on Heroes' Day.")
cl(k, "sipho", "People forget how young most of them were.")
cl(k, "sipho", "For two or three years there was almost no MK inside the country at all.")
cl(k, "sipho", "Tambo was the diplomat; Modise was the soldier, and not always a popular one.")
cl(k, "sipho", "I think you can honour the people who gave their lives and still say that the movement did things in those camps that it should answer for.")
cl(k, "sipho", "The target was military. Most of the dead were not.")
cl(k, "hani", "We wanted the Air Force to feel the war")
cl(k, "hani", "We did not want a secretary waiting for a bus to feel it.")
NOISE.append({"source": k, "names": ["Lindiwe Khumalo", "Marc Oosthuizen", "The Dusk Choir", "Gugu Mahlangu",
                                     "Patreon", "Apple Podcasts", "Spotify"]})
ACC += ["PAST TENSE", "Past Tense", "Episode 212", "Season 9", "Host", "Guest", "Professor Sipho Mthembu", "Professor",
        "ABOUT THIS EPISODE", "CHAPTERS", "TRANSCRIPT", "EXCERPT", "Introduction", "Rivonia trial", "Pretoria Minute",
        "Heroes' Day", "Spears in the Bush", "Spears in the Bush: MK's Exile Years", "MK's Exile Years",
        "Wits University Press", "Liliesleaf Museum", "Polish", "Angolan", "LINKS MENTIONED",
        "Truth and Reconciliation Commission Final Report", "Volume 2", "Exile", "Suspension", "The Angolan camps",
        "From Sharpeville", "Chief of staff", "The Spear of the Nation at sixty", "Thursday", "December", "Leaflets",
        "Take", "What", "Where", "So", "And", "No", "Those", "People", "Some", "Nineteen", "Most", "The", "Church Street, Pretoria",
        "A podcast about the history that is still happening"]
BP[k] = "Past Tense is produced by"

# ---------------- v08 Chile, the FPMR: a Markdown explainer with questions as headings and a timeline ----------------
k = "v08"
P(k, "norambuena", "Mauricio Hernández Norambuena", "Mauricio Hernández Norambuena", "Hernández Norambuena", "Ramiro")
P(k, "bolsonaro", "Jair Bolsonaro")
P(k, "olivetto", "Washington Olivetto", "Washington Olivetto", "Olivetto")
P(k, "guzman", "Jaime Guzmán", "Jaime Guzmán", "Guzmán")
P(k, "edwards", "Cristián Edwards", "Cristián Edwards", "Edwards")
P(k, "chadwick", "Andrés Chadwick", "Andrés Chadwick", "Chadwick")
P(k, "pinochet", "Augusto Pinochet", "Augusto Pinochet", "Pinochet")
P(k, "manuel_rodriguez", "Manuel Rodríguez")
P(k, "pellegrin", "Raúl Pellegrin", "Raúl Pellegrin", "Pellegrin", "José Miguel")
P(k, "valenzuela", "José Joaquín Valenzuela Levi")
P(k, "magni", "Cecilia Magni", "Cecilia Magni", "Tamara")
P(k, "aylwin", "Patricio Aylwin")
P(k, "palma", "Ricardo Palma Salamanca")
P(k, "munoz", "Pablo Muñoz Hoffman")
P(k, "ortiz", "Patricio Ortiz Montenegro")
P(k, "de_la_cerda", "María José de la Cerda")
P(k, "apablaza", "Galvarino Apablaza")
G(k, "fpmr", "Manuel Rodríguez Patriotic Front", "Manuel Rodríguez Patriotic Front", "Frente Patriótico Manuel Rodríguez",
  "FPMR")
G(k, "fpmr_a", "FPMR-Autónomo")
G(k, "pcch", "Communist Party of Chile", "Communist Party of Chile", "Communist Party")
G(k, "cni", "National Information Centre", "National Information Centre", "CNI")
G(k, "udi", "Independent Democratic Union", "Independent Democratic Union", "UDI")
G(k, "federal_police", "Brazilian Federal Police")
G(k, "usach", "University of Santiago")
L(k, "brazil", "Brazil")
L(k, "chile", "Chile")
L(k, "santiago", "Santiago")
L(k, "sao_paulo", "São Paulo")
L(k, "carrizal_bajo", "Carrizal Bajo")
L(k, "cuba", "Cuba")
L(k, "cajon_del_maipo", "Cajón del Maipo")
L(k, "los_quenes", "Los Queñes")
L(k, "tinguiririca", "Tinguiririca River")
L(k, "hsp", "High Security Prison")
L(k, "argentina", "Argentina")
rels(k, [("norambuena", "member_of", "fpmr"), ("norambuena", "member_of", "fpmr_a"), ("bolsonaro", "holds_office", "brazil"),
         ("fpmr_a", "opposed_to", "guzman"), ("fpmr_a", "opposed_to", "edwards"), ("norambuena", "opposed_to", "olivetto"),
         ("chadwick", "holds_office", "chile"), ("guzman", "founded", "udi"), ("fpmr", "part_of", "pcch"),
         ("pellegrin", "leads", "fpmr"), ("fpmr", "backed_by", "cuba"), ("fpmr", "opposed_to", "pinochet"),
         ("cni", "opposed_to", "fpmr"), ("valenzuela", "member_of", "fpmr"), ("pellegrin", "member_of", "fpmr_a"),
         ("palma", "member_of", "fpmr_a"), ("munoz", "member_of", "fpmr_a"), ("ortiz", "member_of", "fpmr_a"),
         ("de_la_cerda", "member_of", "usach"), ("aylwin", "holds_office", "chile")])
ev(k, "ramiro_returned", "2019-08-19", "day", ["norambuena", "santiago", "chile"], "landed in Santiago on Monday")
ev(k, "olivetto_kidnapped", "2001-12", "month", ["norambuena", "olivetto", "sao_paulo"], "in São Paulo in December 2001")
ev(k, "expulsion_agreed", "2019", "year", ["bolsonaro", "brazil"], "agreed this year")
ev(k, "guzman_killed", "1991-04-01", "day", ["fpmr_a", "guzman", "santiago"], "On 1 April 1991")
ev(k, "edwards_kidnapped", "1991-09", "range", ["fpmr_a", "edwards"],
   "Five months later they kidnapped Edwards and held him until February 1992", end="1992-02")
ev(k, "fpmr_founded", "1983-12-14", "day", ["fpmr", "pcch"], "founded on 14 December 1983")
ev(k, "carrizal_cache", "1986-08", "month", ["carrizal_bajo", "cuba", "fpmr"], "In August 1986")
ev(k, "pinochet_ambush", "1986-09-07", "day", ["fpmr", "pinochet", "cajon_del_maipo"], "on 7 September 1986")
ev(k, "operation_albania", "1987-06-15", "range", ["cni", "fpmr", "valenzuela"], "on 15 and 16 June 1987",
   end="1987-06-16")
ev(k, "fpmr_split", "1987", "year", ["pcch", "fpmr_a", "pellegrin"], "In 1987 the Communist Party began")
ev(k, "los_quenes", "1988-10-21", "day", ["pellegrin", "magni", "los_quenes"], "on 21 October 1988")
ev(k, "bodies_found", "1988-10-28", "day", ["pellegrin", "magni", "tinguiririca"],
   "found in the Tinguiririca River a week later")
ev(k, "aylwin_took_office", "1990-03", "month", ["aylwin"], "took office in March 1990")
ev(k, "helicopter_escape", "1996-12-30", "day", ["norambuena", "palma", "munoz", "ortiz", "hsp"], "On 30 December 1996")
ev(k, "court_hearing", "2019-08-27", "day", ["norambuena", "santiago"], "will hear the request next Tuesday")
ev(k, "apablaza_refuge", "2010", "year", ["apablaza", "argentina"], "granted him refuge in 2010")
ev(k, "arrested_in_brazil", "2002-02", "month", ["norambuena", "brazil", "olivetto"], "February 2002")
cl(k, "chadwick", "Today the Chilean state has kept a promise it made to a family 28 years ago")
cl(k, "de_la_cerda", "It was the most humiliating day in the history of Chilean prisons, and the front knew it")
cl(k, "de_la_cerda", "more famous in defeat than it ever was in battle")
NOISE.append({"source": k, "names": ["The Andes Brief"]})
ACC += ["Comandante Ramiro", "Comandante José Miguel", "Comandante Tamara", "Comandante", "Explainer", "Tomás Arellano",
        "Senator", "Senator Jaime Guzmán", "Interior Minister", "Interior Minister Andrés Chadwick", "President",
        "President Jair Bolsonaro", "President Patricio Aylwin", "General", "General Augusto Pinochet", "El Mercurio",
        "Operation Albania", "Chilean", "Brazilian", "Communist", "Timeline", "Helicopter", "Ambush", "Returned",
        "Senator Jaime Guzmán killed", "What", "Why", "Who", "Here", "Two", "Both", "Its", "Most", "Among", "Another",
        "Today", "A", "She", "In", "Pinochet's", "Hernández Norambuena's"]
BP[k] = "**Sign up for The Andes Brief**"

W.write()
