"""Builds gold.json for the twelfth held-out set (heldout11) from the annotations below (run:
python3 eval/heldout11/build_gold.py). Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, rels, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.rels, W.ev, W.cl, W.ACC, W.NOISE, W.BP



# ---------------- u01 Peru, the MRTA and the Japanese ambassador's residence: a wire story ----------------
k = "u01"
P(k, "giusti", "Carlos Giusti Acuña")
P(k, "valer", "Juan Valer Sandoval")
P(k, "jimenez", "Raúl Jiménez Chávez")
P(k, "fujimori", "Alberto Fujimori", "Alberto Fujimori", "Fujimori")
P(k, "cerpa", "Néstor Cerpa Cartolini", "Néstor Cerpa Cartolini", "Cerpa")
P(k, "polay", "Víctor Polay Campos", "Víctor Polay Campos", "Polay")
P(k, "gilvonio", "Nancy Gilvonio")
P(k, "aoki", "Morihisa Aoki")
P(k, "tudela", "Francisco Tudela")
P(k, "hashimoto", "Ryutaro Hashimoto", "Ryutaro Hashimoto", "Hashimoto")
P(k, "cipriani", "Juan Luis Cipriani")
P(k, "minnig", "Michel Minnig")
P(k, "vincent", "Anthony Vincent")
P(k, "montesinos", "Vladimiro Montesinos")
P(k, "hermoza", "Nicolás de Bari Hermoza")
P(k, "rolando", "Rolando")
P(k, "ledesma", "Gustavo Ledesma", "Gustavo Ledesma", "Ledesma")
G(k, "mrta", "Túpac Amaru Revolutionary Movement", "Túpac Amaru Revolutionary Movement", "MRTA")
G(k, "icrc", "International Committee of the Red Cross")
G(k, "jcaf", "Joint Command of the Armed Forces")
G(k, "shining_path", "Shining Path")
G(k, "ies", "Instituto de Estudios de Seguridad")
L(k, "lima", "Lima")
L(k, "peru", "Peru")
L(k, "japan", "Japan")
L(k, "tokyo", "Tokyo")
L(k, "ayacucho", "Ayacucho")
L(k, "canada", "Canada")
L(k, "chanchamayo", "Chanchamayo")
rels(k, [("cerpa", "leads", "mrta"), ("polay", "founded", "mrta"), ("polay", "member_of", "mrta"),
         ("gilvonio", "member_of", "mrta"), ("aoki", "holds_office", "japan"), ("tudela", "holds_office", "peru"),
         ("hashimoto", "holds_office", "japan"), ("fujimori", "holds_office", "peru"),
         ("cipriani", "holds_office", "ayacucho"), ("minnig", "member_of", "icrc"),
         ("vincent", "holds_office", "canada"), ("montesinos", "advises", "fujimori"), ("hermoza", "leads", "jcaf"),
         ("rolando", "member_of", "mrta"), ("mrta", "controls", "chanchamayo"), ("ledesma", "member_of", "ies")])
ev(k, "raid", "1997-04-22", "day", ["mrta", "lima", "fujimori"], "in Lima on Tuesday")
ev(k, "seizure", "1996-12-17", "day", ["mrta", "cerpa"], "on the night of 17 December")
ev(k, "polay_captured", "1992-06", "month", ["polay"], "was captured in June 1992")
ev(k, "talks_collapsed", "1997-03", "month", ["mrta"], "had collapsed in March")
ev(k, "cipriani_spoke", "1997-04-23", "day", ["cipriani"], "on Wednesday morning")
ev(k, "news_conference", "1997-04-22", "day", ["hermoza", "fujimori"], "at a news conference on Tuesday night")
ev(k, "mrta_founded", "1982", "year", ["polay", "mrta"], "which Polay founded in 1982")
ev(k, "phone_call", "1997-04-24", "day", ["hashimoto", "fujimori"], "would telephone Fujimori on Thursday")
ev(k, "burial", "1997-04-25", "day", ["mrta"], "buried by Friday")
ev(k, "delegation", "1997-04-28", "range", ["japan", "lima"], "to Lima next week", end="1997-05-04")
cl(k, "fujimori", "We were not going to let terrorism set the price of a single life in this country")
cl(k, "fujimori", "Every day we waited was a day we used.")
cl(k, "hashimoto", "I understand the decision of a friend who carried a very heavy load")
cl(k, "cipriani", "I will not judge those who gave the order")
cl(k, "cipriani", "I only wish the dialogue had been given one more week.")
cl(k, "ledesma", "It is the end of the MRTA as an armed force")
cl(k, "ledesma", "What remains is a name, a prison population and a few men in the jungle.")
cl(k, "ledesma", "That would be a mistake")
cl(k, "ledesma", "The poverty that fed both movements is still there.")
NOISE.append({"source": k, "names": ["Hiroshi Tanabe", "Kenji Mori", "Paul Whitcombe"]})
ACC += ["Andes Wire", "Lucía Ferreyra", "Andes Wire Correspondent", "AW", "GMT", "AMBASSADOR UNHURT", "MOVEMENT WEAKENED", "Supreme Court", "Chavín de Huántar",
        "Japanese Emperor", "Emperor", "Peruvian", "Japanese", "Comandante Rolando", "Comandante", "Túpac Amaru",
        "President", "Prime Minister", "Archbishop", "General", "Lieutenant Colonel", "Captain"]
ACC += ["President Alberto Fujimori", "Supreme Court justice Carlos Giusti Acuña", "Lieutenant Colonel Juan Valer Sandoval",
        "Archbishop Juan Luis Cipriani", "General Nicolás de Bari Hermoza", "Prime Minister Ryutaro Hashimoto"]
BP[k] = "Reporting by Lucía Ferreyra"

# ---------------- u02 Namibia, PLAN and Koevoet in April 1989: a long-form magazine feature ----------------
k = "u02"
P(k, "amutenya", "Festus Amutenya", "Festus Amutenya", "Amutenya")
P(k, "hamaambo", "Dimo Hamaambo", "Dimo Hamaambo", "Hamaambo")
P(k, "nujoma", "Sam Nujoma", "Sam Nujoma", "Nujoma")
P(k, "dreyer", "Hans Dreyer")
P(k, "louw", "Jannie Louw", "Jannie Louw", "Louw")
P(k, "ahtisaari", "Martti Ahtisaari", "Martti Ahtisaari", "Ahtisaari")
P(k, "pienaar", "Louis Pienaar")
P(k, "thatcher", "Margaret Thatcher")
P(k, "nghifitikeko", "Paulus Nghifitikeko")
G(k, "plan", "People's Liberation Army of Namibia", "People's Liberation Army of Namibia", "PLAN")
G(k, "swapo", "South West Africa People's Organisation", "South West Africa People's Organisation", "SWAPO")
G(k, "sadf", "South African Defence Force")
G(k, "koevoet", "Koevoet")
G(k, "swapol", "South West African Police")
G(k, "untag", "United Nations Transition Assistance Group", "United Nations Transition Assistance Group", "UNTAG")
G(k, "un", "United Nations", "United Nations", "UN")
G(k, "ndf", "Namibian Defence Force")
L(k, "namibia", "Namibia")
L(k, "angola", "Angola")
L(k, "south_africa", "South Africa")
L(k, "cuba", "Cuba")
L(k, "cunene", "Cunene")
L(k, "oshikango", "Oshikango")
L(k, "odibo", "Odibo")
L(k, "lubango", "Lubango")
L(k, "luanda", "Luanda")
L(k, "rhodesia", "Rhodesia")
L(k, "grootfontein", "Grootfontein")
L(k, "oshakati", "Oshakati")
L(k, "windhoek", "Windhoek")
L(k, "ruacana", "Ruacana")
L(k, "okahao", "Okahao")
L(k, "ondangwa", "Ondangwa")
rels(k, [("amutenya", "member_of", "plan"), ("plan", "part_of", "swapo"), ("swapo", "backed_by", "angola"),
         ("hamaambo", "leads", "plan"), ("nujoma", "leads", "swapo"), ("nujoma", "holds_office", "namibia"),
         ("hamaambo", "holds_office", "ndf"), ("koevoet", "part_of", "swapol"), ("dreyer", "founded", "koevoet"),
         ("louw", "member_of", "koevoet"), ("koevoet", "opposed_to", "plan"), ("louw", "opposed_to", "plan"),
         ("ahtisaari", "leads", "untag"), ("nghifitikeko", "member_of", "koevoet"),
         ("nghifitikeko", "member_of", "plan"), ("swapo", "opposed_to", "nghifitikeko")])
ev(k, "crossing", "1989-04-01", "day", ["amutenya", "plan", "namibia"], "the morning of 1 April 1989")
ev(k, "amutenya_joined", "1981", "year", ["amutenya", "plan"], "in 1981")
ev(k, "angola_camps", "1976", "year", ["angola", "swapo"], "since 1976")
ev(k, "nujoma_led", "1960", "year", ["nujoma", "swapo"], "since 1960")
ev(k, "koevoet_raised", "1979", "year", ["dreyer", "koevoet"], "raised in 1979")
ev(k, "nghifitikeko_defected", "1986", "year", ["nghifitikeko", "plan"], "had defected from PLAN in 1986")
ev(k, "nghifitikeko_died", "2011", "year", ["nghifitikeko"], "He died in 2011")
ev(k, "louw_joined", "1984", "year", ["louw", "koevoet"], "as a constable in 1984")
ev(k, "ahtisaari_landed", "1989-03-31", "day", ["ahtisaari", "windhoek"], "only the day before")
ev(k, "agreed", "1989-04-01", "day", ["ahtisaari", "pienaar", "thatcher"], "agreed that afternoon")
ev(k, "koevoet_out", "1989-04-02", "day", ["koevoet"], "the next morning")
ev(k, "ruacana", "1989-04-02", "day", ["louw", "koevoet", "plan", "ruacana"], "near Ruacana on 2 April")
ev(k, "second_fight", "1989-04-03", "day", ["louw", "plan"], "the following day")
ev(k, "etjo", "1989-04-09", "day", ["south_africa", "angola", "cuba", "plan"], "the Mount Etjo declaration of 9 April")
ev(k, "election", "1989-11", "month", ["swapo"], "won the election that November")
ev(k, "sworn_in", "1990-03-21", "day", ["nujoma", "namibia"], "on 21 March 1990")
ev(k, "presidency", "1990-03-21", "range", ["nujoma"], "a post he held until 2005", end="2005")
ev(k, "koevoet_disbanded", "1989-10", "month", ["koevoet"], "disbanded in October 1989")
ev(k, "met", "2018", "year", ["amutenya", "louw", "ondangwa"], "last year")
ev(k, "oshikango_memorial", "2019-04-01", "day", ["amutenya", "louw", "oshikango"], "at Oshikango on Monday")
cl(k, "amutenya", "Our commissar said the UN would meet us and show us where to camp")
cl(k, "amutenya", "We were carrying our rifles because nobody had said to leave them. Nobody had said anything.")
cl(k, "amutenya", "I do not hate him")
cl(k, "amutenya", "But I want him to say that we were not invaders. We were coming home.")
cl(k, "louw", "People want a simple story")
cl(k, "louw", "We were not simple. Half my team spoke Oshiwambo at home, and two of them had brothers in PLAN.")
cl(k, "louw", "They were good soldiers")
cl(k, "louw", "and they had been told something that was not true. That is the worst way to die.")
cl(k, "louw", "Maybe they were coming home")
cl(k, "louw", "We were told they were coming to fight. Both of us believed the people who sent us.")
cl(k, "amutenya", "I remember the sand in my mouth")
cl(k, "amutenya", "I remember thinking that my mother would hear it on the radio before anybody came to tell her.")
cl(k, "amutenya", "On the second night I found a cattle post, and an old man gave me milk. He did not ask whose side I was on. That is how I knew the war was really finished.")
cl(k, "ahtisaari", "the worst of my life in the service of the United Nations")
NOISE.append({"source": k, "names": ["Kalahari Press Holdings", "Independence Avenue"]})
ACC += ["SOUTHERN LATITUDE", "FEATURES", "The long read", "Nine days in April", "Thandeka Mwale", "Piet Hoveka",
        "Security Council", "Security Council Resolution 435", "Resolution 435", "Mount Etjo", "Mount Etjo declaration",
        "Casspirs", "Oshiwambo", "Ovambo", "Finnish", "British", "Administrator-General", "The other side",
        "Who broke it", "Afterwards", "Namibians", "South African", "Thirty", "April"]
BP[k] = "Southern Latitude is published by"

# ---------------- u03 Transnistria and the 1992 war: a think-tank backgrounder ----------------
k = "u03"
P(k, "smirnov", "Igor Smirnov", "Igor Smirnov", "Smirnov")
P(k, "snegur", "Mircea Snegur", "Mircea Snegur", "Snegur")
P(k, "lebed", "Alexander Lebed", "Alexander Lebed", "Lebed")
P(k, "yeltsin", "Boris Yeltsin")
P(k, "krasnoselsky", "Vadim Krasnoselsky")
P(k, "shevchuk", "Yevgeny Shevchuk")
P(k, "sandu", "Maia Sandu", "Maia Sandu", "Sandu")
G(k, "pmr", "Pridnestrovian Moldavian Republic", "Pridnestrovian Moldavian Republic", "PMR", "Transnistria")
G(k, "republican_guard", "Republican Guard")
G(k, "army14", "14th Army")
G(k, "jcc", "Joint Control Commission")
G(k, "ogrf", "Operational Group of Russian Forces", "Operational Group of Russian Forces", "Operational Group")
G(k, "osce", "Organization for Security and Co-operation in Europe", "Organization for Security and Co-operation in Europe",
  "OSCE")
G(k, "sheriff", "Sheriff")
G(k, "renewal", "Renewal")
G(k, "un", "United Nations")
G(k, "eu", "European Union")
L(k, "moldova", "Moldova")
L(k, "dniester", "Dniester", "Dniester", "Dniester River")
L(k, "ukraine", "Ukraine")
L(k, "cobasna", "Cobasna")
L(k, "dubasari", "Dubăsari")
L(k, "russia", "Russia")
L(k, "bender", "Bender")
L(k, "tiraspol", "Tiraspol")
L(k, "afghanistan", "Afghanistan")
L(k, "moscow", "Moscow")
L(k, "istanbul", "Istanbul")
L(k, "abkhazia", "Abkhazia")
L(k, "south_ossetia", "South Ossetia")
L(k, "maiac", "Maiac")
L(k, "kyiv", "Kyiv")
L(k, "chisinau", "Chişinău")
L(k, "usa", "United States")
rels(k, [("smirnov", "holds_office", "pmr"), ("republican_guard", "part_of", "pmr"), ("pmr", "backed_by", "army14"),
         ("army14", "allied_with", "republican_guard"), ("snegur", "holds_office", "moldova"),
         ("lebed", "leads", "army14"), ("yeltsin", "holds_office", "russia"), ("krasnoselsky", "leads", "pmr"),
         ("renewal", "backed_by", "sheriff"), ("sandu", "holds_office", "moldova"), ("pmr", "controls", "bender"),
         ("republican_guard", "backed_by", "army14")])
ev(k, "language_laws", "1989", "year", ["moldova"], "the language laws of 1989")
ev(k, "proclaimed", "1990-09-02", "day", ["smirnov", "pmr"], "on 2 September 1990")
ev(k, "smirnov_president", "1991", "year", ["smirnov", "pmr"], "the following year")
ev(k, "moldova_independence", "1991-08", "month", ["moldova"], "in August 1991")
ev(k, "war_began", "1992-03", "month", ["dubasari"], "in March 1992")
ev(k, "bender", "1992-06-19", "range", ["bender", "republican_guard", "army14"], "between 19 and 21 June 1992",
   end="1992-06-21")
ev(k, "lebed_arrived", "1992-06-23", "day", ["lebed", "tiraspol", "army14"], "on 23 June")
ev(k, "lebed_reporters", "1992-06-30", "day", ["lebed", "tiraspol"], "a week later")
ev(k, "ceasefire", "1992-07-21", "day", ["snegur", "yeltsin", "moscow"], "On 21 July 1992")
ev(k, "renamed", "1995", "year", ["army14", "ogrf"], "In 1995")
ev(k, "istanbul", "1999", "year", ["osce", "istanbul", "russia"], "the 1999 Istanbul summit")
ev(k, "withdrawal_deadline", "2002", "year", ["russia"], "by the end of 2002")
ev(k, "withdrawal_stopped", "2004", "year", ["russia"], "before stopping in 2004")
ev(k, "krasnoselsky", "2016-12", "month", ["krasnoselsky", "pmr"], "since December 2016")
ev(k, "renewal_majority", "2005", "year", ["renewal"], "since 2005")
ev(k, "blasts", "2022-04-25", "range", ["tiraspol", "maiac"], "The blasts of 25 and 26 April", end="2022-04-26")
ev(k, "talks_stalled", "2019", "year", ["osce"], "since 2019")
ev(k, "sandu_said", "2022-04", "month", ["sandu"], "she said in April")
cl(k, "lebed", "stay neutral only for as long as nobody shoots at Russians.")
cl(k, "sandu", "Peace on the Dniester cannot rest on a foreign army")
NOISE.append({"source": k, "names": ["Danube Policy Institute", "Bucharest", "Andrei Munteanu"]})
ACC += ["BACKGROUNDER", "Black Sea Security Programme", "Backgrounder No. 14", "Irina Calancea", "Dr Irina Calancea",
        "Senior Fellow", "Key points", "Origins", "The war of 1992", "The Russian garrison", "Who governs", "Outlook",
        "Romanian", "Latin", "Russian", "Russians", "Moldovan", "Transnistrian", "Cossack", "Cossacks", "Don",
        "Champions League", "Major General", "Supreme Council", "Black Sea", "Europe", "Renewal party", "Ukrainian"]
ACC += ["Major General Alexander Lebed", "President Mircea Snegur"]
BP[k] = "About the Black Sea Security Programme"

# ---------------- u04 Japan, the Japanese Red Army: a government press release ----------------
k = "u04"
P(k, "shigenobu", "Fusako Shigenobu", "Fusako Shigenobu", "Shigenobu")
P(k, "haddad", "Wadie Haddad")
P(k, "okamoto", "Kozo Okamoto")
P(k, "bando", "Kunio Bando", "Kunio Bando", "Bando")
P(k, "wako", "Haruo Wako")
P(k, "tanaka", "Koji Tanaka")
P(k, "daidoji", "Ayako Daidoji")
P(k, "okudaira", "Junzo Okudaira")
G(k, "jra", "Japanese Red Army", "Japanese Red Army", "JRA")
G(k, "npa", "National Police Agency")
G(k, "osaka_police", "Osaka Prefectural Police")
G(k, "mpd", "Metropolitan Police Department")
G(k, "interpol", "Interpol")
G(k, "raf_cl", "Red Army Faction", "Red Army Faction")
G(k, "pflp", "Popular Front for the Liberation of Palestine", "Popular Front for the Liberation of Palestine", "PFLP")
G(k, "french_embassy", "French Embassy")
G(k, "jal", "Japan Airlines")
G(k, "prosecutors", "Tokyo District Public Prosecutors Office")
G(k, "fad", "Foreign Affairs and Intelligence Department")
L(k, "takatsuki", "Takatsuki")
L(k, "osaka_pref", "Osaka Prefecture")
L(k, "tokyo", "Tokyo")
L(k, "the_hague", "The Hague")
L(k, "netherlands", "Netherlands")
L(k, "lebanon", "Lebanon")
L(k, "beirut", "Beirut")
L(k, "bekaa", "Bekaa Valley")
L(k, "lod", "Lod Airport")
L(k, "israel", "Israel")
L(k, "dhaka", "Dhaka")
L(k, "bangladesh", "Bangladesh")
L(k, "japan", "Japan")
rels(k, [("shigenobu", "founded", "jra"), ("shigenobu", "leads", "jra"), ("osaka_police", "opposed_to", "shigenobu"),
         ("jra", "opposed_to", "french_embassy"), ("jra", "opposed_to", "jal"), ("jra", "allied_with", "pflp"),
         ("jra", "backed_by", "haddad"), ("haddad", "holds_office", "pflp"), ("okamoto", "member_of", "jra"),
         ("bando", "member_of", "jra"), ("daidoji", "member_of", "jra"), ("okudaira", "member_of", "jra"),
         ("wako", "member_of", "jra"), ("fad", "part_of", "npa"), ("tanaka", "holds_office", "npa")])
ev(k, "arrest", "2000-11-08", "day", ["shigenobu", "osaka_police", "takatsuki"],
   "on the morning of Wednesday, 8 November 2000")
ev(k, "warrant", "1974", "year", ["shigenobu"], "since 1974")
ev(k, "transfer", "2000-11-08", "day", ["shigenobu", "tokyo"], "by bullet train last night")
ev(k, "hague", "1974-09-13", "day", ["jra", "french_embassy", "the_hague"], "on 13 September 1974")
ev(k, "left_japan", "1971-02", "month", ["shigenobu", "japan", "lebanon"], "in February 1971")
ev(k, "lod", "1972-05-30", "day", ["jra", "lod", "pflp"], "on 30 May 1972")
ev(k, "asylum", "2000-03", "month", ["okamoto", "lebanon"], "granted political asylum by Lebanon in March of this year")
ev(k, "dhaka", "1977-09-28", "day", ["jra", "jal", "dhaka"], "on 28 September 1977")
ev(k, "detained", "1997", "year", ["wako", "lebanon"], "detained in Lebanon since 1997")
ev(k, "deported", "2000-03", "month", ["wako", "japan"], "were deported to Japan in March of this year")
ev(k, "statement", "2000-11-09", "day", ["shigenobu"], "through her lawyer this morning")
ev(k, "referral", "2000-11-10", "day", ["mpd", "prosecutors"], "by Friday morning")
cl(k, "shigenobu", "I have returned to Japan to continue the struggle by other means. I will explain myself in court and not to the police.")
cl(k, "shigenobu", "has not taken up arms for many years.")
cl(k, "tanaka", "We did not forget")
cl(k, "tanaka", "A warrant does not expire because the years pass.")
NOISE.append({"source": k, "names": ["Kasumigaseki", "Chiyoda-ku", "Yuko Hirano"]})
ACC += ["Public Relations Division", "PRESS RELEASE", "NPA-PR", "Interpol red notice", "Code of Criminal Procedure",
        "Government of Japan", "Commissioner General", "Commissioner General Koji Tanaka", "Middle East", "Osaka",
        "Takatsuki station", "END", "Japan Airlines Flight 472", "Communist League", "French", "Japanese",
        "Agency", "US", "Thursday", "Wednesday"]
BP[k] = "Media contact:"

# ---------------- u05 Maluku, Laskar Jihad and the militias: an NGO report chapter ----------------
k = "u05"
P(k, "thalib", "Ja'far Umar Thalib", "Ja'far Umar Thalib", "Thalib")
P(k, "wahid", "Abdurrahman Wahid", "Abdurrahman Wahid", "Wahid")
P(k, "loupatty", "Berty Loupatty")
P(k, "manuputty", "Alex Manuputty")
P(k, "ayip", "Ayip Syafruddin")
G(k, "laskar_jihad", "Laskar Jihad")
G(k, "fkawj", "Forum Komunikasi Ahlus Sunnah wal Jama'ah", "Forum Komunikasi Ahlus Sunnah wal Jama'ah", "FKAWJ")
G(k, "coker", "Coker")
G(k, "laskar_kristus", "Laskar Kristus")
G(k, "gpm", "Protestant Church of Maluku")
G(k, "fkm", "Maluku Sovereignty Front", "Maluku Sovereignty Front", "Front Kedaulatan Maluku", "FKM")
G(k, "rms", "Republic of South Maluku")
G(k, "tni", "TNI")
G(k, "brimob", "Brimob")
G(k, "yon_gab", "Yon Gab")
G(k, "kopassus", "Kopassus")
L(k, "ambon", "Ambon")
L(k, "batu_merah", "Batu Merah")
L(k, "maluku", "Maluku")
L(k, "yogyakarta", "Yogyakarta")
L(k, "afghanistan", "Afghanistan")
L(k, "jakarta", "Jakarta")
L(k, "bogor", "Bogor")
L(k, "west_java", "West Java")
L(k, "galunggung", "Galunggung")
L(k, "waai", "Waai")
L(k, "kudamati", "Kudamati")
L(k, "kebun_cengkeh", "Kebun Cengkeh")
L(k, "malino", "Malino")
L(k, "south_sulawesi", "South Sulawesi")
L(k, "saparua", "Saparua")
rels(k, [("laskar_jihad", "part_of", "fkawj"), ("thalib", "founded", "laskar_jihad"), ("loupatty", "leads", "coker"),
         ("manuputty", "founded", "fkm"), ("yon_gab", "part_of", "tni"), ("yon_gab", "opposed_to", "laskar_jihad"),
         ("ayip", "spokesperson_for", "laskar_jihad"), ("kopassus", "part_of", "tni")])
ev(k, "riot", "1999-01-19", "day", ["batu_merah", "ambon"], "On 19 January 1999")
ev(k, "lj_founded", "2000-01", "month", ["thalib", "laskar_jihad"], "in January 2000")
ev(k, "rally", "2000-04", "month", ["thalib", "jakarta"], "in Jakarta in April")
ev(k, "landed", "2000-05", "month", ["laskar_jihad", "ambon"], "By the end of May")
ev(k, "waai", "2000-07-05", "day", ["laskar_jihad", "waai"], "on 5 July 2000")
ev(k, "fkm_founded", "2000-12", "month", ["manuputty", "fkm"], "in December 2000")
ev(k, "rms_proclaimed", "1950", "year", ["rms"], "the 1950 independence proclamation")
ev(k, "emergency", "2000-06-27", "day", ["wahid", "maluku"], "on 27 June 2000")
ev(k, "yongab_raid", "2001-06", "month", ["yon_gab", "laskar_jihad", "kebun_cengkeh"], "in June 2001")
ev(k, "malino", "2002-02-12", "day", ["malino"], "on 12 February 2002")
ev(k, "rejected", "2002-02-11", "range", ["laskar_jihad"], "rejected the agreement the same week", end="2002-02-17")
ev(k, "thalib_meeting", "2002-02-22", "day", ["thalib", "ambon"], "meeting of 22 February 2002")
cl(k, "thalib", "defend the Muslims of Maluku")
cl(k, "thalib", "to do what the army and the police would not do.")
cl(k, "thalib", "not leave Maluku while one Christian separatist carries a flag.")
cl(k, "ayip", "a massacre of Muslims by a Christian battalion wearing the nation's uniform.")
NOISE.append({"source": k, "names": ["Margaret Lindqvist"]})
ACC += ["ARCHIPELAGO RIGHTS WATCH", "The Fire Came From Outside", "Chapter III", "Chapter V",
        "Armed Groups and Their Backers", "Idul Fitri", "Christian", "Christians", "Muslim", "Muslims", "Malino II",
        "Malino agreement", "The Malino agreement", "Appendix B", "Notes", "Government of Indonesia", "Indonesia",
        "Interview", "Interviews", "Port", "Endnotes to Chapter III", "Endnotes", "FKM statement", "Recommendations", "The arrival of Laskar Jihad",
        "Christian militias", "The security forces", "Laskar Jihad press statement", "President"]
ACC += ["President Abdurrahman Wahid"]
BP[k] = "Archipelago Rights Watch is an independent"

# ---------------- u06 Cambodia, the Khmer Rouge: a court's summary of judgement ----------------
k = "u06"
P(k, "nuon_chea", "Nuon Chea", "NUON Chea")
P(k, "khieu", "Khieu Samphan", "KHIEU Samphan")
P(k, "pol_pot", "Pol Pot", "POL Pot")
P(k, "ta_mok", "Ta Mok", "TA Mok")
P(k, "duch", "Kaing Guek Eav", "KAING Guek Eav", "Duch")
G(k, "cpk", "Communist Party of Kampuchea", "Communist Party of Kampuchea", "CPK", "Khmer Rouge")
G(k, "pra", "People's Representative Assembly")
G(k, "kufns", "Kampuchean United Front for National Salvation")
G(k, "standing_committee", "Standing Committee")
G(k, "southwest_zone", "Southwest Zone")
G(k, "s21", "S-21")
G(k, "rak", "Revolutionary Army of Kampuchea")
L(k, "phnom_penh", "Phnom Penh")
L(k, "cambodia", "Cambodia", "Cambodia", "Democratic Kampuchea")
L(k, "vietnam", "Vietnam")
L(k, "an_giang", "An Giang")
L(k, "trapeang", "Trapeang Thma Dam")
L(k, "jan1dam", "1st January Dam")
L(k, "northwest_zone", "Northwest Zone")
L(k, "central_zone", "Central Zone")
rels(k, [("nuon_chea", "holds_office", "cpk"), ("nuon_chea", "holds_office", "pra"), ("khieu", "holds_office", "cambodia"),
         ("pol_pot", "leads", "cpk"), ("pol_pot", "member_of", "standing_committee"),
         ("nuon_chea", "member_of", "standing_committee"), ("khieu", "member_of", "standing_committee"),
         ("ta_mok", "member_of", "standing_committee"), ("ta_mok", "leads", "southwest_zone"), ("duch", "leads", "s21"),
         ("rak", "part_of", "cpk"), ("cpk", "controls", "phnom_penh"), ("cpk", "controls", "cambodia"),
         ("kufns", "controls", "phnom_penh"), ("nuon_chea", "leads", "s21")])
ev(k, "judgement", "2018-11-16", "day", ["nuon_chea", "khieu"], "today delivers its judgement")
ev(k, "head_of_state", "1976-04", "month", ["khieu", "cambodia"], "from April 1976")
ev(k, "trial_opened", "2014-10-17", "day", ["nuon_chea", "khieu"], "opened on 17 October 2014")
ev(k, "trial_closed", "2017-06-23", "day", ["nuon_chea", "khieu"], "closed with final statements on 23 June 2017")
ev(k, "first_trial", "2014-08-07", "day", ["nuon_chea", "khieu"], "on 7 August 2014")
ev(k, "appeal_upheld", "2016-11-23", "day", ["nuon_chea", "khieu"], "on 23 November 2016")
ev(k, "phnom_penh_taken", "1975-04-17", "day", ["cpk", "phnom_penh"], "on 17 April 1975")
ev(k, "phnom_penh_captured", "1979-01-07", "day", ["vietnam", "kufns", "phnom_penh"], "on 7 January 1979")
ev(k, "pol_pot_died", "1998-04", "month", ["pol_pot"], "died in April 1998")
ev(k, "purges", "1977", "year", ["southwest_zone"], "purged other zones from 1977")
ev(k, "ta_mok_died", "2006-07", "month", ["ta_mok"], "in July 2006")
ev(k, "s21_supervised", "1977", "year", ["nuon_chea", "s21"], "supervised S-21 directly from 1977")
ev(k, "an_giang", "1977-04", "month", ["rak", "an_giang", "vietnam"], "in April 1977")
cl(k, "nuon_chea", "fought to free Cambodia from the Vietnamese, not to kill Cambodians.")
cl(k, "khieu", "knew nothing of the killings at the time")
cl(k, "khieu", "a man of the desk.")
NOISE.append({"source": k, "names": ["Public Affairs Section", "National Road 4", "Chaom Chau", "Porsenchey",
                                     "Neth Pheaktra"]})
ACC += ["EXTRAORDINARY CHAMBERS IN THE COURTS OF CAMBODIA", "ECCC", "Trial Chamber", "Supreme Court Chamber",
        "Case File No", "Co-Prosecutors", "SUMMARY OF JUDGEMENT", "Accused", "Chamber", "Centre", "State Presidium",
        "President of the State Presidium", "Cham", "Vietnamese", "Khmer", "English", "Victims Support Section",
        "NIL Nonn", "President of the Trial Chamber", "Genocide", "Background", "Security centres",
        "Worksites and cooperatives", "Marriage", "Sentence", "The Accused", "Case 001", "Case 002", "Case 002/02",
        "Muslim", "Secretary", "Deputy Secretary", "Cambodians", "Party", "Centre"]
BP[k] = "For more information contact"

# ---------------- u07 Egypt, the Gama'a al-Islamiyya and Luxor: a radio interview transcript ----------------
k = "u07"
P(k, "marsh", "Helen Marsh")
P(k, "fathy", "Karim Fathy")
P(k, "zuhdi", "Karam Zuhdi", "Karam Zuhdi", "Zuhdi")
P(k, "nageh", "Nageh Ibrahim", "Nageh Ibrahim", "Ibrahim")
P(k, "faraj", "Muhammad Abd al-Salam Faraj")
P(k, "islambouli", "Khalid al-Islambouli")
P(k, "sadat", "Anwar Sadat", "Anwar Sadat", "Sadat")
P(k, "rahman", "Omar Abdel Rahman")
P(k, "taha", "Rifa'i Taha", "Rifa'i Taha", "Taha")
P(k, "bin_laden", "Osama bin Laden")
P(k, "mubarak", "Hosni Mubarak", "Hosni Mubarak", "Mubarak")
P(k, "alfi", "Hassan al-Alfi", "Hassan al-Alfi", "al-Alfi")
P(k, "adly", "Habib al-Adly", "Habib al-Adly", "al-Adly")
P(k, "morsi", "Mohamed Morsi", "Mohamed Morsi", "Morsi")
P(k, "zumar", "Tarek al-Zumar")
G(k, "gi", "Gama'a al-Islamiyya", "Gama'a al-Islamiyya", "Gama'a", "Islamic Group")
G(k, "eij", "Egyptian Islamic Jihad")
G(k, "interior_ministry", "Interior Ministry")
G(k, "bdp", "Building and Development Party")
L(k, "luxor", "Luxor")
L(k, "deir", "Deir el-Bahari")
L(k, "temple", "Temple of Hatshepsut")
L(k, "nile", "Nile")
L(k, "egypt", "Egypt")
L(k, "upper_egypt", "Upper Egypt")
L(k, "asyut", "Asyut")
L(k, "minya", "Minya")
L(k, "new_york", "New York")
L(k, "afghanistan", "Afghanistan")
L(k, "addis_ababa", "Addis Ababa")
L(k, "qatar", "Qatar")
rels(k, [("zuhdi", "leads", "gi"), ("nageh", "leads", "gi"), ("gi", "allied_with", "eij"), ("faraj", "leads", "eij"),
         ("islambouli", "opposed_to", "sadat"), ("sadat", "holds_office", "egypt"), ("rahman", "holds_office", "gi"),
         ("taha", "member_of", "gi"), ("gi", "opposed_to", "mubarak"), ("mubarak", "holds_office", "egypt"),
         ("alfi", "leads", "interior_ministry"), ("adly", "leads", "interior_ministry"),
         ("interior_ministry", "opposed_to", "gi"), ("gi", "founded", "bdp"), ("zumar", "holds_office", "bdp")])
ev(k, "luxor", "1997-11-17", "day", ["gi", "deir", "luxor", "temple"], "Twenty years ago today")
ev(k, "sadat_shot", "1981-10-06", "day", ["islambouli", "sadat"], "on 6 October that year")
ev(k, "asyut_uprising", "1981-10-08", "day", ["gi", "asyut"], "in Asyut two days later")
ev(k, "rahman_convicted", "1995", "year", ["rahman", "new_york"], "convicted in New York in 1995")
ev(k, "rahman_died", "2017-02", "month", ["rahman"], "in February of this year")
ev(k, "tourists", "1992", "year", ["gi"], "from 1992 against tourists")
ev(k, "declaration", "1998", "year", ["taha", "bin_laden"], "declaration of 1998")
ev(k, "addis", "1995", "year", ["gi", "mubarak", "addis_ababa"], "In 1995 the Gama'a tried to kill")
ev(k, "initiative", "1997-07", "month", ["gi"], "In July 1997")
ev(k, "zuhdi_tv", "2002", "year", ["zuhdi"], "in 2002")
ev(k, "alfi_dismissed", "1997-11", "approximate", ["mubarak", "alfi", "adly"], "within days of Luxor")
ev(k, "adly_minister", "1997-11", "range", ["adly", "interior_ministry"], "who ran it until 2011", end="2011")
ev(k, "releases", "2003", "range", ["gi"], "between 2003 and 2006", end="2006")
ev(k, "morsi_removed", "2013-07", "month", ["morsi"], "in July 2013")
ev(k, "luxor_memorial", "2017-11-19", "day", ["temple"], "held at the temple on Sunday")
cl(k, "fathy", "It failed, and most of the leadership went to prison.")
cl(k, "fathy", "For the men in the Egyptian prisons he remained the authority, which matters for what came later.")
cl(k, "fathy", "That is the tragedy of Luxor.")
cl(k, "fathy", "The men who went to Deir el-Bahari were opposed to it.")
cl(k, "fathy", "The Gama'a had already said it would stop")
cl(k, "fathy", "The tragedy is that six of its members did not listen.")
cl(k, "zuhdi", "We were wrong, and we say it with our own mouths. Killing a tourist does not bring one soul to God. It only brings the police to our villages.")
NOISE.append({"source": k, "names": ["Oliver Kemp", "Sana Qureshi"]})
ACC += ["MERIDIAN RADIO", "Meridian Radio", "THE EVENING DESK", "The Evening Desk", "Transcript", "Presenter", "Guest",
        "After the Guns", "After the Guns: The Islamic Group's Long Retreat", "The Islamic Group's Long Retreat",
        "Non-Violence Initiative", "Initiative", "Sheikh Omar Abdel Rahman", "Lieutenant", "President", "Dr",
        "Egyptian", "American", "Copts", "Islamist", "END OF SEGMENT", "archive", "in translation", "Helen",
        "Now", "Egyptians", "Sheikh", "Thank", "Through", "Slowly", "Briefly", "Twenty", "Karim", "God"]
ACC += ["Lieutenant Khalid al-Islambouli", "President Anwar Sadat", "Dr Karim Fathy", "President Hosni Mubarak"]
BP[k] = "Transcripts are produced by"

# ---------------- u08 ASALA and the Orly bombing: a blog post with comments ----------------
k = "u08"
P(k, "hagopian", "Hagop Hagopian", "Hagop Hagopian", "Hagopian")
P(k, "ekmekjian", "Levon Ekmekjian")
P(k, "garbidjian", "Varoujan Garbidjian")
P(k, "melkonian", "Monte Melkonian", "Monte Melkonian", "Melkonian")
P(k, "aram", "Aram")
G(k, "asala", "Armenian Secret Army for the Liberation of Armenia", "Armenian Secret Army for the Liberation of Armenia",
  "ASALA")
G(k, "jcag", "Justice Commandos of the Armenian Genocide", "Justice Commandos of the Armenian Genocide", "JCAG")
G(k, "arf", "Armenian Revolutionary Federation", "Armenian Revolutionary Federation", "Dashnak")
G(k, "asala_rm", "ASALA-Revolutionary Movement")
G(k, "turkish_airlines", "Turkish Airlines")
L(k, "orly", "Orly")
L(k, "paris", "Paris")
L(k, "beirut", "Beirut")
L(k, "turkey", "Turkey")
L(k, "vienna", "Vienna")
L(k, "lebanon", "Lebanon")
L(k, "esenboga", "Esenboğa")
L(k, "ankara", "Ankara")
L(k, "creteil", "Créteil")
L(k, "armenia", "Armenia")
L(k, "athens", "Athens")
rels(k, [("hagopian", "founded", "asala"), ("hagopian", "leads", "asala"), ("asala", "opposed_to", "turkish_airlines"),
         ("jcag", "part_of", "arf"), ("ekmekjian", "member_of", "asala"), ("garbidjian", "member_of", "asala"),
         ("melkonian", "reports_to", "hagopian"), ("melkonian", "founded", "asala_rm"), ("aram", "member_of", "asala"),
         ("melkonian", "member_of", "asala"), ("asala", "opposed_to", "asala_rm")])
ev(k, "orly", "1983-07-15", "day", ["asala", "orly", "turkish_airlines"], "Forty years ago today")
ev(k, "asala_founded", "1975", "year", ["hagopian", "asala", "beirut"], "in 1975")
ev(k, "vienna", "1975-10", "month", ["asala", "vienna"], "in October 1975")
ev(k, "esenboga", "1982-08", "month", ["asala", "esenboga", "ankara"], "In August 1982")
ev(k, "ekmekjian_hanged", "1983-01", "month", ["ekmekjian"], "in January 1983")
ev(k, "garbidjian_sentenced", "1985-03", "month", ["garbidjian", "creteil"], "in Créteil in March 1985")
ev(k, "garbidjian_released", "2001", "year", ["garbidjian", "armenia"], "in 2001")
ev(k, "split", "1983", "approximate", ["melkonian", "asala_rm"], "walked out that summer")
ev(k, "hagopian_killed", "1988-04-28", "day", ["hagopian", "athens"], "on 28 April 1988")
ev(k, "correspondence", "2009", "year", ["aram"], "in 2009")
ev(k, "orly_memorial", "2023-07-15", "day", ["orly"], "at the memorial at Orly this afternoon")
cl(k, "melkonian", "a movement that bombs a queue of travellers has stopped being a movement and become a tantrum.")
cl(k, "aram", "We told him that the world would see the dead and not the reason. He said the world had never seen the reason anyway.")
NOISE.append({"source": k, "names": ["Suzanne L.", "Kevork Manoukian", "M. Tanrıverdi", "Los Angeles"]})
ACC += ["Cold Cases of the Cold War", "Cold War", "Daniel Serrat", "Where ASALA came from", "The Esenboğa attack", "Orly and the split",
        "What I still don't understand", "Sources", "Francis P. Hyland", "Armenian Terrorism", "Markar Melkonian",
        "My Brother's Road", "Le Monde", "Turkish", "Armenian", "Palestinian", "Iraqi-born", "Syrian-born",
        "Californian", "Europe", "Orly airport", "Esenboğa airport", "French", "Why Orly", "Jul",
        "Political violence in Europe", "The bombing that broke an armed group"]
BP[k] = "Subscribe to Cold Cases of the Cold War"

W.write()
