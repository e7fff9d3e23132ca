"""Builds gold.json for the fifth held-out set from the annotations below (run: python3 eval/heldout5/build_gold.py).
Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.ev, W.cl, W.ACC, W.NOISE, W.BP


# ---------------- n01 Burkina Faso VDP, wire story with dateline ----------------
k = "n01"
P(k, "traore", "Ibrahim Traoré", "Ibrahim Traoré", "Traoré")
P(k, "ouedraogo", "Jean-Emmanuel Ouédraogo")
P(k, "zongo", "Moussa Zongo")
P(k, "simpore", "Célestin Simporé")
P(k, "sawadogo", "Salif Sawadogo", "Salif Sawadogo", "Ladji")
P(k, "malam_dicko", "Ibrahim Malam Dicko", "Ibrahim Malam Dicko", "Malam Ibrahim Dicko")
P(k, "jafar_dicko", "Jafar Dicko")
P(k, "sanou", "Marie Sanou")
P(k, "kabore", "Roch Marc Christian Kaboré", "Roch Marc Christian Kaboré", "Kaboré")
P(k, "damiba", "Paul-Henri Sandaogo Damiba", "Paul-Henri Sandaogo Damiba", "Damiba")
P(k, "kyelem", "Apollinaire Joachim Kyélem de Tambèla")
G(k, "vdp", "Volunteers for the Defence of the Homeland", "Volunteers for the Defence of the Homeland", "VDP",
  "Volontaires pour la défense de la patrie")
G(k, "bvdp", "Brigade for Vigilance and Patriotic Defence", "Brigade for Vigilance and Patriotic Defence", "BVDP")
G(k, "faf", "Burkinabe Armed Forces")
G(k, "koglweogo", "Koglweogo")
G(k, "ansarul", "Ansarul Islam")
G(k, "sco", "Sahel Civic Observatory")
L(k, "ouagadougou", "Ouagadougou", "OUAGADOUGOU")
L(k, "ougarou", "Ougarou")
L(k, "burkina_faso", "Burkina Faso")
L(k, "ouahigouya", "Ouahigouya")
L(k, "soum", "Soum")
L(k, "djibo", "Djibo")
L(k, "karma", "Karma")
L(k, "fada", "Fada N'Gourma")
for s, p, o in [("vdp", "part_of", "bvdp"), ("bvdp", "part_of", "faf"), ("zongo", "leads", "bvdp"),
                ("zongo", "reports_to", "simpore"), ("simpore", "holds_office", "faf"),
                ("traore", "holds_office", "burkina_faso"), ("ouedraogo", "holds_office", "burkina_faso"),
                ("sawadogo", "member_of", "vdp"), ("malam_dicko", "founded", "ansarul"), ("jafar_dicko", "leads", "ansarul"),
                ("ansarul", "opposed_to", "vdp"), ("ansarul", "controls", "soum"), ("sanou", "member_of", "sco"),
                ("kabore", "holds_office", "burkina_faso"), ("kyelem", "holds_office", "burkina_faso")]:
    rel(k, s, p, o)
ev(k, "ougarou_attack", "2023-04-26", "day", ["ougarou", "vdp", "burkina_faso"], "in eastern Burkina Faso on Wednesday")
ev(k, "army_statement", "2023-04-27", "day", ["vdp"], "in a statement late on Thursday")
ev(k, "vdp_created", "2020-01", "month", ["vdp"], "created by law in January 2020")
ev(k, "traore_coup", "2022-09", "month", ["traore"], "seized power in September 2022")
ev(k, "recruitment_call", "2022-10", "month", ["traore", "vdp"], "The following month")
ev(k, "mobilisation", "2023-04-13", "day", ["traore", "burkina_faso"], "on April 13")
ev(k, "bvdp_set_up", "2022", "approximate", ["bvdp", "faf"], "in late 2022")
ev(k, "ansarul_founded", "2016", "year", ["ansarul", "malam_dicko"], "founded in 2016")
ev(k, "dicko_died", "2017", "year", ["malam_dicko", "jafar_dicko"], "died in 2017")
ev(k, "djibo_siege", "2022-02", "month", ["ansarul", "djibo"], "since February 2022")
ev(k, "karma_massacre", "2023-04-20", "day", ["karma", "ouahigouya"], "on Thursday of last week")
ev(k, "kabore_overthrown", "2022-01", "month", ["kabore", "damiba"], "overthrown in January 2022")
ev(k, "damiba_ousted", "2022-09", "month", ["damiba", "traore"], "eight months later")
ev(k, "kyelem_assembly", "2023-03", "month", ["kyelem"], "last month")
cl(k, "ouedraogo", "The volunteers are the spearhead of the reconquest of our territory,")
cl(k, "ouedraogo", "Every village that gives us its sons gives itself a future.")
cl(k, "sawadogo", "We go out with thirty rounds each and come back with none. The army sends the trucks, but the trucks do not always come back for us.")
cl(k, "sawadogo", "We are farmers. We did not choose this war, but we will not leave our fields to them,")
cl(k, "sanou", "Arming civilians without training, without pay and without accountability is how you get Karma. The VDP were meant to protect villages; in too many places they have become one more armed faction.")
cl(k, "kyelem", "Those who fall will not be forgotten,")
ACC += ["Sahel Wire", "Captain Ibrahim Traoré", "Lieutenant-Colonel Moussa Zongo", "General Célestin Simporé",
        "Lieutenant-Colonel Paul-Henri Sandaogo Damiba", "Prime Minister Apollinaire Joachim Kyélem de Tambèla",
        "Dozo", "Dozo hunters", "Mossi", "Fulani", "CFA", "A CHAIN OF COMMAND", "THE ENEMY IN THE NORTH", "Burkinabe",
        "Soum province", "French"]
NOISE.append({"source": k, "names": ["Moussa Diallo", "Helen Marsh", "Sahel Wire Trust Principles"]})
BP[k] = "Writing by Moussa Diallo"

# ---------------- n02 Nagorno-Karabakh, UN Security Council meetings-coverage release ----------------
k = "n02"
P(k, "jenca", "Miroslav Jenča", "MIROSLAV JENČA", "Jenča")
P(k, "mirzoyan", "Ararat Mirzoyan", "ARARAT MIRZOYAN", "Mirzoyan")
P(k, "bayramov", "Jeyhun Bayramov", "JEYHUN BAYRAMOV", "Bayramov")
P(k, "pashinyan", "Nikol Pashinyan")
P(k, "shahramanyan", "Samvel Shahramanyan", "Samvel Shahramanyan", "Samvel Shakhramanyan")
P(k, "aliyev", "Ilham Aliyev")
P(k, "nebenzia", "Vassily Nebenzia", "VASSILY NEBENZIA")
P(k, "thomas_greenfield", "Linda Thomas-Greenfield", "LINDA THOMAS-GREENFIELD")
P(k, "colonna", "Catherine Colonna", "CATHERINE COLONNA", "Colonna")
G(k, "az_forces", "Azerbaijani Armed Forces")
G(k, "defence_army", "Nagorno-Karabakh Defence Army", "Nagorno-Karabakh Defence Army", "Defence Army", "Artsakh Defence Army")
G(k, "artsakh", "Republic of Artsakh")
G(k, "russian_pk", "Russian peacekeeping contingent")
G(k, "az_gov", "Government of Azerbaijan")
G(k, "un", "United Nations")
L(k, "nk", "Nagorno-Karabakh", "Nagorno-Karabakh", "Karabakh")
L(k, "azerbaijan", "Azerbaijan")
L(k, "armenia", "Armenia")
L(k, "baku", "Baku")
L(k, "lachin", "Lachin corridor")
L(k, "stepanakert", "Stepanakert", "Stepanakert", "Khankendi")
L(k, "yevlakh", "Yevlakh")
L(k, "dzhanyatag", "Dzhanyatag")
L(k, "russia", "Russian Federation")
L(k, "united_states", "United States")
L(k, "washington", "Washington")
L(k, "france", "France")
L(k, "albania", "Albania")
L(k, "ghana", "Ghana")
for s, p, o in [("jenca", "holds_office", "un"), ("az_forces", "opposed_to", "defence_army"),
                ("defence_army", "part_of", "artsakh"), ("mirzoyan", "holds_office", "armenia"),
                ("bayramov", "holds_office", "azerbaijan"), ("pashinyan", "holds_office", "armenia"),
                ("aliyev", "holds_office", "azerbaijan"), ("shahramanyan", "leads", "artsakh"),
                ("nebenzia", "holds_office", "russia"), ("thomas_greenfield", "holds_office", "united_states"),
                ("colonna", "holds_office", "france")]:
    rel(k, s, p, o)
ev(k, "operation_launched", "2023-09-19", "day", ["az_forces", "defence_army", "nk"], "that on Tuesday")
ev(k, "cessation_agreed", "2023-09-20", "day", ["russian_pk", "defence_army"], "The following day")
ev(k, "trilateral_statement", "2020-11-09", "day", ["russian_pk"], "9 November 2020")
ev(k, "war_2020", "2020-09-27", "range", ["nk", "russian_pk"], "between 27 September and 10 November 2020", end="2020-11-10")
ev(k, "yevlakh_talks", "2023-09-21", "day", ["yevlakh", "az_gov"], "met earlier today in Yevlakh")
ev(k, "lachin_closed", "2022-12", "month", ["lachin"], "closed since December 2022")
ev(k, "peacekeepers_killed", "2023-09-20", "day", ["russian_pk", "dzhanyatag"], "killed on Wednesday")
ev(k, "shahramanyan_took_office", "2023-09-10", "day", ["shahramanyan", "artsakh"], "on 10 September")
cl(k, "jenca", "Any population movement must be voluntary, safe and dignified. People must not be forced to choose between their homes and their safety,")
cl(k, "mirzoyan", "What we are witnessing is not a counter-terrorism operation. It is the use of force to complete an ethnic cleansing,")
cl(k, "mirzoyan", "Armenia has no troops in Nagorno-Karabakh. The Armenians of Nagorno-Karabakh defended themselves, and they were left alone to do so.")
cl(k, "bayramov", "Azerbaijan is ready to guarantee the rights and security of the Armenian residents of Karabakh as equal citizens,")
cl(k, "nebenzia", "Our peacekeepers did everything in their power. They were not sent to fight a war on anyone's behalf,")
cl(k, "thomas_greenfield", "There is no military solution to this conflict,")
cl(k, "colonna", "the right of the Armenians of Nagorno-Karabakh to live in their homes, in safety and dignity, is not negotiable.")
ACC += ["SECURITY COUNCIL", "Security Council", "Council", "Council President", "Mr. Jenča", "Mr. Mirzoyan",
        "Mr. Bayramov", "Ms. Colonna", "Prime Minister Nikol Pashinyan", "President Ilham Aliyev",
        "International Court of Justice", "Constitution of Azerbaijan", "Assistant Secretary-General", "Europe",
        "Central Asia", "Americas", "Minister for Foreign Affairs", "Minister for Europe and Foreign Affairs", "Armenian",
        "Armenians", "Azerbaijani", "Briefing", "Statements", "Armenian parliament", "MEETING", "SC/15421", "PM",
        "Artsakh", "Briefer"]
NOISE.append({"source": k, "names": ["Meetings Coverage and Press Releases", "United Nations Department of Global Communications"]})
BP[k] = "* *** *"
# ---------------- n03 Kosovo KLA (historical), timeline ----------------
k = "n03"
P(k, "thaci", "Hashim Thaçi", "Hashim Thaçi", "Thaçi", "Gjarpri")
P(k, "jashari", "Adem Jashari")
P(k, "rugova", "Ibrahim Rugova")
P(k, "muje", "Mujë Krasniqi")
P(k, "haradinaj", "Ramush Haradinaj", "Ramush Haradinaj", "Haradinaj")
P(k, "jakup", "Jakup Krasniqi", "Jakup Krasniqi", "Krasniqi")
P(k, "bukoshi", "Bujar Bukoshi")
P(k, "ahmet_k", "Ahmet Krasniqi")
P(k, "milosevic", "Slobodan Milošević")
P(k, "walker", "William Walker")
P(k, "ceku", "Agim Çeku", "Agim Çeku", "Çeku")
P(k, "ahmeti", "Ali Ahmeti")
P(k, "marty", "Dick Marty")
P(k, "veseli", "Kadri Veseli", "Kadri Veseli", "Veseli")
P(k, "selimi", "Rexhep Selimi", "Rexhep Selimi", "Selimi")
P(k, "kehoe", "Gregory Kehoe")
G(k, "kla", "Kosovo Liberation Army", "Kosovo Liberation Army", "KLA", "Ushtria Çlirimtare e Kosovës", "UÇK")
G(k, "ksc", "Kosovo Specialist Chambers")
G(k, "lpk", "Popular Movement for Kosovo", "Popular Movement for Kosovo", "LPK")
G(k, "ldk", "Democratic League of Kosovo", "Democratic League of Kosovo", "LDK")
G(k, "saj", "Special Anti-Terrorist Unit", "Special Anti-Terrorist Unit", "SAJ")
G(k, "fark", "Armed Forces of the Republic of Kosovo", "Armed Forces of the Republic of Kosovo", "FARK")
G(k, "osce", "Organization for Security and Co-operation in Europe", "Organization for Security and Co-operation in Europe", "OSCE")
G(k, "kvm", "Kosovo Verification Mission")
G(k, "nato", "NATO")
G(k, "vj", "Yugoslav Army", "Yugoslav Army", "VJ")
G(k, "croatian_army", "Croatian Army")
G(k, "kfor", "KFOR")
G(k, "tmk", "Kosovo Protection Corps", "Kosovo Protection Corps", "TMK")
G(k, "pdk", "Democratic Party of Kosovo", "Democratic Party of Kosovo", "PDK")
G(k, "aak", "Alliance for the Future of Kosovo", "Alliance for the Future of Kosovo", "AAK")
G(k, "ucpmb", "Liberation Army of Preševo, Medveđa and Bujanovac", "Liberation Army of Preševo, Medveđa and Bujanovac", "UÇPMB")
G(k, "nla", "National Liberation Army", "National Liberation Army", "NLA")
G(k, "coe", "Council of Europe")
L(k, "drenica", "Drenica")
L(k, "the_hague", "The Hague")
L(k, "switzerland", "Switzerland")
L(k, "germany", "Germany")
L(k, "prekaz", "Prekaz", "Prekaz", "Prekazi")
L(k, "llaushe", "Llaushë", "Llaushë", "Lauša")
L(k, "likoshan", "Likoshan")
L(k, "qirez", "Qirez")
L(k, "dukagjin", "Dukagjin")
L(k, "tirana", "Tirana")
L(k, "malisheve", "Malishevë", "Malishevë", "Mališevo")
L(k, "racak", "Račak")
L(k, "rambouillet", "Rambouillet")
L(k, "france", "France")
L(k, "kumanovo", "Kumanovo")
L(k, "kosovo", "Kosovo")
L(k, "serbia", "Serbia")
L(k, "north_macedonia", "North Macedonia")
L(k, "albania", "Albania")
for s, p, o in [("kla", "backed_by", "lpk"), ("rugova", "leads", "ldk"), ("muje", "member_of", "kla"),
                ("jashari", "member_of", "kla"), ("saj", "opposed_to", "jashari"), ("kla", "controls", "drenica"),
                ("haradinaj", "member_of", "kla"), ("jakup", "spokesperson_for", "kla"), ("bukoshi", "founded", "fark"),
                ("fark", "opposed_to", "kla"), ("ahmet_k", "leads", "fark"), ("walker", "leads", "kvm"),
                ("kvm", "part_of", "osce"), ("thaci", "member_of", "kla"), ("nato", "opposed_to", "vj"),
                ("ceku", "leads", "kla"), ("ceku", "member_of", "croatian_army"), ("kfor", "part_of", "nato"),
                ("ceku", "leads", "tmk"), ("thaci", "founded", "pdk"), ("haradinaj", "founded", "aak"),
                ("ahmeti", "leads", "nla"), ("thaci", "holds_office", "kosovo"), ("veseli", "member_of", "kla"),
                ("selimi", "member_of", "kla")]:
    rel(k, s, p, o)
ev(k, "kla_origins", "1993", "year", ["lpk", "jashari", "prekaz"], "1993 —")
ev(k, "first_attacks", "1996", "year", ["kla"], "1996 —")
ev(k, "llaushe_funeral", "1997-11-28", "day", ["kla", "muje", "llaushe", "drenica"], "28 November 1997 —")
ev(k, "likoshan_qirez", "1998-02-28", "range", ["saj", "likoshan", "qirez", "drenica"], "28 February – 1 March 1998 —", end="1998-03-01")
ev(k, "prekaz_siege", "1998-03-05", "range", ["saj", "jashari", "prekaz"], "5–7 March 1998 —", end="1998-03-07")
ev(k, "kla_growth", "1998", "approximate", ["kla", "drenica", "haradinaj", "jakup"], "Spring 1998 —")
ev(k, "fark_dukagjin", "1998-06", "month", ["fark", "bukoshi", "dukagjin", "kla"], "June 1998 —")
ev(k, "ahmet_k_killed", "1998-09", "month", ["ahmet_k", "tirana"], "later that year, in September")
ev(k, "summer_offensive", "1998", "approximate", ["malisheve", "kla"], "Summer 1998 —")
ev(k, "milosevic_agrees", "1998-10", "month", ["milosevic", "osce"], "October 1998 —")
ev(k, "racak_massacre", "1999-01-15", "day", ["racak"], "15 January 1999 —")
ev(k, "walker_visit", "1999-01-16", "day", ["walker", "racak", "kvm"], "the next morning")
ev(k, "rambouillet_talks", "1999-02", "month", ["thaci", "rambouillet", "kla"], "February 1999 —")
ev(k, "nato_bombing", "1999-03-24", "range", ["nato", "vj"], "24 March 1999 —", end="1999-06-10")
ev(k, "ceku_chief_of_staff", "1999-05", "month", ["ceku", "kla"], "May 1999 —")
ev(k, "kumanovo_agreement", "1999-06-09", "day", ["nato", "kumanovo"], "9 June 1999 —")
ev(k, "kla_disbands", "1999-09-20", "day", ["kla", "kfor", "tmk"], "20 September 1999 —")
ev(k, "aak_founded", "2000-04", "month", ["haradinaj", "aak"], "April 2000 —")
ev(k, "ucpmb_nla", "2000", "range", ["ucpmb", "nla", "ahmeti"], "2000–2001 —", end="2001")
ev(k, "independence", "2008-02-17", "day", ["kosovo", "thaci"], "on 17 February")
ev(k, "thaci_pm", "2008-01", "month", ["thaci"], "prime minister since January")
ev(k, "marty_report", "2010-12", "month", ["marty", "coe", "albania"], "December 2010 —")
ev(k, "ksc_created", "2015-08", "month", ["ksc", "kosovo"], "votes in August")
ev(k, "thaci_resigns", "2020-11-05", "day", ["thaci", "ksc"], "5 November 2020 —")
ev(k, "arrests", "2020-11-05", "day", ["veseli", "selimi", "jakup"], "The same day")
ev(k, "trial_opens", "2023-04-03", "day", ["thaci", "veseli", "selimi", "jakup", "ksc"], "opens today")
cl(k, "muje", "Serbia is massacring Albanians. The KLA is the only force that is fighting for the liberation and national unity of Kosovo!")
cl(k, "jakup", "We will fight until Kosovo is free, whatever the West decides,")
cl(k, "walker", "I do not hesitate to describe the event as a massacre, obviously a crime against humanity.")
cl(k, "thaci", "I am resigning to protect the integrity of the presidency of Kosovo,")
cl(k, "kehoe", "My client led a liberation army, not a criminal enterprise,")
ACC += ["Balkan Ledger", "Balkan Ledger research desk", "TIMELINE", "THE UNDERGROUND YEARS", "THE WAR", "THE AFTERLIFE",
        "Albanian", "Albanians", "Kosovo Albanian", "Serbian", "Hamëz", "Komandanti Legjendar", "Legendary Commander",
        "Homeland Calling", "Military Technical Agreement", "Preševo", "Medveđa", "Bujanovac", "Yugoslav", "West",
        "Dukagjin zone", "Drenica valley", "Snake", "Yugoslav President Slobodan Milošević", "President of Kosovo",
        "Kosovo government-in-exile", "Swiss", "Jashari family compound"]
NOISE.append({"source": k, "names": ["Human Rights Watch", "Tim Judah", "Yale University Press", "Arben Hoxha",
                                     "Jelena Marković", "Under Orders"]})
BP[k] = "Sources used for this timeline"

# ---------------- n04 Western Sahara Polisario, think-tank Q&A explainer ----------------
k = "n04"
P(k, "ghali", "Brahim Ghali", "Brahim Ghali", "Ghali", "Ibrahim Ghali")
P(k, "el_ouali", "El-Ouali Mustapha Sayed", "El-Ouali Mustapha Sayed", "El-Ouali", "El Uali Mustafa Sayed")
P(k, "abdelaziz", "Mohamed Abdelaziz")
P(k, "mohamed_brahim", "Mohamed Brahim")
P(k, "gaddafi", "Muammar Gaddafi")
P(k, "de_mistura", "Staffan de Mistura")
P(k, "m6", "Mohammed VI")
P(k, "sidi_omar", "Sidi Omar")
P(k, "trump", "Donald Trump")
P(k, "sanchez", "Pedro Sánchez")
P(k, "macron", "Emmanuel Macron")
P(k, "mansour", "Leila Mansour")
G(k, "polisario", "Polisario Front", "Polisario Front", "Polisario",
  "Popular Front for the Liberation of Saguia el-Hamra and Río de Oro",
  "Frente Popular de Liberación de Saguía el Hamra y Río de Oro")
G(k, "sadr", "Sahrawi Arab Democratic Republic", "Sahrawi Arab Democratic Republic", "SADR")
G(k, "spla", "Sahrawi People's Liberation Army", "Sahrawi People's Liberation Army", "SPLA")
G(k, "minurso", "MINURSO")
G(k, "un", "United Nations", "United Nations", "UN")
G(k, "far", "Royal Armed Forces", "Royal Armed Forces", "FAR")
G(k, "alg_gov", "Algerian government")
G(k, "rcsd", "Rabat Centre for Strategic Dialogue")
L(k, "western_sahara", "Western Sahara")
L(k, "morocco", "Morocco")
L(k, "spain", "Spain")
L(k, "el_khanga", "El Khanga")
L(k, "bir_lehlou", "Bir Lehlou")
L(k, "nouakchott", "Nouakchott")
L(k, "mauritania", "Mauritania")
L(k, "guerguerat", "Guerguerat")
L(k, "tindouf", "Tindouf")
L(k, "rabouni", "Rabouni")
L(k, "libya", "Libya")
L(k, "algeria", "Algeria")
L(k, "new_york", "New York")
L(k, "united_states", "United States")
L(k, "israel", "Israel")
L(k, "france", "France")
L(k, "liberated_territories", "Liberated Territories")
for s, p, o in [("el_ouali", "founded", "polisario"), ("ghali", "founded", "polisario"), ("ghali", "leads", "polisario"),
                ("ghali", "holds_office", "sadr"), ("abdelaziz", "leads", "polisario"), ("polisario", "opposed_to", "spain"),
                ("mauritania", "opposed_to", "polisario"), ("mauritania", "allied_with", "morocco"),
                ("spla", "part_of", "polisario"), ("minurso", "part_of", "un"), ("spla", "opposed_to", "far"),
                ("mohamed_brahim", "member_of", "spla"), ("polisario", "backed_by", "alg_gov"),
                ("polisario", "backed_by", "libya"), ("de_mistura", "holds_office", "un"), ("m6", "holds_office", "morocco"),
                ("sidi_omar", "spokesperson_for", "polisario"), ("trump", "holds_office", "united_states"),
                ("sanchez", "holds_office", "spain"), ("macron", "holds_office", "france"),
                ("polisario", "controls", "liberated_territories"), ("mansour", "member_of", "rcsd")]:
    rel(k, s, p, o)
ev(k, "council_vote", "2025-10-31", "day", ["un", "morocco", "western_sahara", "minurso"], "last Friday")
ev(k, "ceasefire_1991", "1991", "year", ["polisario"], "since the 1991 ceasefire")
ev(k, "polisario_founded", "1973-05-10", "day", ["polisario", "el_ouali", "ghali"], "on 10 May 1973")
ev(k, "el_khanga_raid", "1973-05-20", "day", ["polisario", "el_khanga", "spain"], "Ten days later")
ev(k, "ghali_leader", "2016-07", "month", ["ghali", "polisario"], "Since July 2016")
ev(k, "sadr_proclaimed", "1976-02-27", "day", ["sadr", "polisario", "bir_lehlou"], "on 27 February 1976")
ev(k, "abdelaziz_death", "2016-05", "month", ["abdelaziz"], "his death in May 2016")
ev(k, "el_ouali_killed", "1976-06", "month", ["el_ouali", "nouakchott"], "killed in June 1976")
ev(k, "mauritania_peace", "1979-08", "month", ["mauritania", "polisario"], "in August 1979")
ev(k, "ceasefire_period", "1991", "range", ["spla", "minurso"], "From 1991 to 2020", end="2020")
ev(k, "guerguerat", "2020-11-13", "day", ["guerguerat", "polisario"], "On 13 November 2020")
ev(k, "algerian_backing", "1975", "year", ["alg_gov", "polisario"], "since 1975")
ev(k, "king_address", "2025-10-31", "day", ["m6", "morocco"], "the same evening")
ev(k, "us_recognition", "2020-12", "month", ["united_states", "trump", "morocco", "israel"], "In December 2020")
ev(k, "spain_shift", "2022-03", "month", ["sanchez", "spain"], "In March 2022")
ev(k, "france_shift", "2024-07", "month", ["france", "macron"], "Two years later, in July 2024")
ev(k, "congress_due", "2026", "year", ["ghali"], "next year")
cl(k, "mohamed_brahim", "We have nothing left to lose. The wall can be crossed, and we will keep crossing it.")
cl(k, "m6", "After fifty years of sacrifice, we are opening a new chapter in the consolidation of Morocco's territorial integrity,")
cl(k, "polisario", "changes nothing on the ground and nothing in international law.")
cl(k, "sidi_omar", "that decides the outcome before the talks begin.")
cl(k, "mansour", "The Polisario's problem is no longer Morocco's army. It is time, and a generation in the camps that has never seen the sea.")
ACC += ["EXPLAINER", "President Donald Trump", "Maghreb Programme", "Nordic Institute for Security Studies", "Security Council",
        "Council", "Sahrawi", "Sahrawis", "Spanish", "Moroccan", "Resolution 2797", "Secretary-General",
        "King Mohammed VI", "President Emmanuel Macron", "Saguia el-Hamra", "Río de Oro", "Q"]
NOISE.append({"source": k, "names": ["Hanna Lindqvist", "Per Axelsson"]})
BP[k] = "About the author"

# ---------------- n05 El Salvador MS-13 and Barrio 18, sanctions notice ----------------
k = "n05"
P(k, "nelson", "Brian E. Nelson")
P(k, "luna", "Osiris Luna Meza", "Osiris Luna Meza", "Luna Meza")
P(k, "marroquin", "Carlos Amílcar Marroquín Chica", "Carlos Amílcar Marroquín Chica", "Marroquín Chica")
P(k, "bukele", "Nayib Bukele")
P(k, "funes", "Mauricio Funes")
P(k, "mijango", "Raúl Mijango")
P(k, "henriquez", "Borromeo Enrique Henríquez Solórzano", "Borromeo Enrique Henríquez Solórzano", "Henríquez Solórzano",
  "Diablito de Hollywood", "DIABLITO")
P(k, "canales", "Élmer Canales Rivera", "Élmer Canales Rivera", "Canales Rivera", "Crook de Hollywood")
P(k, "mojica", "Carlos Ernesto Mojica Lechuga", "Carlos Ernesto Mojica Lechuga", "Mojica Lechuga", "El Viejo Lin")
G(k, "treasury", "U.S. Department of the Treasury", "U.S. Department of the Treasury", "Treasury")
G(k, "ofac", "Office of Foreign Assets Control", "Office of Foreign Assets Control", "OFAC")
G(k, "ms13", "MS-13", "MS-13", "Mara Salvatrucha")
G(k, "barrio18", "Barrio 18", "Barrio 18", "18th Street gang")
G(k, "dgcp", "General Directorate of Penal Centers", "General Directorate of Penal Centers", "DGCP")
G(k, "ministry_justice", "Ministry of Justice and Public Security")
G(k, "social_fabric", "Reconstruction of the Social Fabric Unit")
G(k, "ranfla", "Ranfla Nacional")
G(k, "hollywood", "Hollywood Locos Salvatrucha")
G(k, "surenos", "Sureños")
G(k, "revolucionarios", "Revolucionarios")
G(k, "fmln", "Farabundo Martí National Liberation Front", "Farabundo Martí National Liberation Front", "FMLN")
L(k, "washington", "Washington", "WASHINGTON")
L(k, "el_salvador", "El Salvador")
L(k, "los_angeles", "Los Angeles")
L(k, "central_america", "Central America")
L(k, "zacatecoluca", "Zacatecoluca")
L(k, "san_salvador", "San Salvador")
L(k, "izalco", "Izalco")
L(k, "united_states", "United States")
for s, p, o in [("ofac", "part_of", "treasury"), ("nelson", "holds_office", "treasury"),
                ("luna", "holds_office", "ministry_justice"), ("luna", "holds_office", "dgcp"),
                ("dgcp", "part_of", "ministry_justice"), ("marroquin", "leads", "social_fabric"),
                ("bukele", "holds_office", "el_salvador"), ("ms13", "opposed_to", "barrio18"),
                ("surenos", "opposed_to", "revolucionarios"), ("funes", "holds_office", "el_salvador"),
                ("mijango", "member_of", "fmln"), ("ranfla", "part_of", "ms13"), ("henriquez", "member_of", "ranfla"),
                ("henriquez", "leads", "hollywood"), ("hollywood", "part_of", "ms13"), ("canales", "member_of", "ranfla"),
                ("canales", "reports_to", "henriquez"), ("mojica", "leads", "surenos")]:
    rel(k, s, p, o)
ev(k, "designation", "2021-12-08", "day", ["ofac", "luna", "marroquin", "henriquez", "canales", "mojica"], "Today, the U.S. Department")
ev(k, "negotiations", "2019", "year", ["luna", "marroquin"], "Since 2019")
ev(k, "el_faro_audio", "2021-08", "month", ["marroquin"], "In August")
ev(k, "bukele_took_office", "2019-06-01", "day", ["bukele"], "on June 1, 2019")
ev(k, "bukele_post", "2021-12-06", "day", ["bukele"], "On Monday")
ev(k, "ms13_founded", "1980", "approximate", ["ms13", "los_angeles"], "in about 1980")
ev(k, "tco_designation", "2012-10", "month", ["ofac", "ms13"], "In October 2012")
ev(k, "barrio18_split", "2005", "year", ["barrio18", "surenos", "revolucionarios"], "split in 2005")
ev(k, "gang_truce", "2012-03", "month", ["funes", "mijango", "ms13", "barrio18"], "In March 2012")
ev(k, "truce_collapsed", "2013", "year", ["ms13", "barrio18"], "The truce collapsed the following year")
ev(k, "henriquez_held", "2004", "year", ["henriquez", "zacatecoluca"], "since 2004")
ev(k, "henriquez_indicted", "2021-01", "month", ["henriquez"], "in January 2021")
cl(k, "nelson", "Today's action makes clear that officials who trade public safety for political advantage with violent gangs will face consequences,")
cl(k, "nelson", "The people of El Salvador deserve better.")
cl(k, "bukele", "There is no pact with the gangs and there never was. What there is, is a government that is winning.")
ACC += ["PRESS RELEASES", "Executive Order 13581", "E.O. 13818", "Section 7031(c)", "Department of State",
        "Under Secretary of the Treasury for Terrorism and Financial Intelligence",
        "Vice Minister of Justice and Public Security", "President Nayib Bukele", "President Mauricio Funes", "El Faro",
        "Salvadoran", "Eastern District of New York", "Zacatecoluca maximum-security prison", "Izalco prison", "TCO",
        "GLOMAG", "SECRET NEGOTIATIONS", "BACKGROUND ON MS-13 AND BARRIO 18", "DESIGNATED GANG LEADERS",
        "IDENTIFYING INFORMATION", "SANCTIONS IMPLICATIONS", "Individuals", "DOB", "POB", "Gender Male", "Linked To",
        "JY-0519", "U.S.", "Borromeo Enrique", "Elmer", "Carlos Ernesto", "Osiris", "Carlos Amilcar", "Dec", "Mar", "Feb", "Jun", "Oct"]
NOISE.append({"source": k, "names": ["Treasury Public Affairs", "Recent Actions"]})
BP[k] = "###"

# ---------------- n06 Algeria GIA (historical), radio interview transcript ----------------
k = "n06"
P(k, "dunn", "Claire Dunn")
P(k, "benmansour", "Karim Benmansour", "Karim Benmansour", "BENMANSOUR")
P(k, "zouabri", "Antar Zouabri", "Antar Zouabri", "Zouabri", "Zuabri", "Abu Talha")
P(k, "abbassi_madani", "Abbassi Madani")
P(k, "belhadj", "Ali Belhadj")
P(k, "chadli", "Chadli Bendjedid")
P(k, "mezrag", "Madani Mezrag")
P(k, "zitouni", "Djamel Zitouni", "Djamel Zitouni", "Zitouni")
P(k, "laribi", "Ahmed Laribi", "Ahmed Laribi", "LARIBI")
P(k, "zeroual", "Liamine Zéroual", "Liamine Zéroual", "ZÉROUAL")
P(k, "hattab", "Hassan Hattab")
P(k, "bouteflika", "Abdelaziz Bouteflika")
G(k, "gia", "Armed Islamic Group", "Armed Islamic Group", "GIA", "Groupe Islamique Armé")
G(k, "fis", "Islamic Salvation Front", "Islamic Salvation Front", "FIS")
G(k, "ais", "Islamic Salvation Army", "Islamic Salvation Army", "AIS")
G(k, "anp", "People's National Army", "People's National Army", "ANP")
G(k, "gld", "Self-Defence Groups", "Self-Defence Groups", "GLD")
G(k, "gspc", "Salafist Group for Preaching and Combat", "Salafist Group for Preaching and Combat", "GSPC")
L(k, "bentalha", "Bentalha")
L(k, "algiers", "Algiers")
L(k, "sahara", "Sahara")
L(k, "tibhirine", "Tibhirine")
L(k, "rais", "Raïs")
L(k, "kabylie", "Kabylie")
L(k, "boufarik", "Boufarik")
L(k, "algeria", "Algeria")
for s, p, o in [("abbassi_madani", "founded", "fis"), ("abbassi_madani", "leads", "fis"), ("belhadj", "founded", "fis"),
                ("ais", "part_of", "fis"), ("mezrag", "leads", "ais"), ("zitouni", "leads", "gia"),
                ("zouabri", "leads", "gia"), ("gia", "opposed_to", "ais"), ("hattab", "member_of", "gia"),
                ("hattab", "founded", "gspc"), ("anp", "opposed_to", "zouabri"), ("gld", "backed_by", "anp"),
                ("zeroual", "holds_office", "algeria"), ("bouteflika", "holds_office", "algeria"),
                ("chadli", "holds_office", "algeria")]:
    rel(k, s, p, o)
ev(k, "bentalha_massacre", "1997-09-22", "day", ["bentalha", "algiers"], "Twenty-five years ago tonight")
ev(k, "gia_appeared", "1992", "year", ["gia"], "appeared in 1992")
ev(k, "fis_founded", "1989", "year", ["fis", "abbassi_madani", "belhadj"], "founded in 1989")
ev(k, "fis_first_round", "1991-12", "month", ["fis"], "In December 1991")
ev(k, "process_stopped", "1992-01", "month", ["chadli"], "In January 1992")
ev(k, "fis_banned", "1992-03", "month", ["fis", "sahara"], "banned in March 1992")
ev(k, "gia_fights_ais", "1994", "year", ["gia", "ais"], "from 1994")
ev(k, "zitouni_emir", "1994", "year", ["zitouni", "gia"], "In 1994 Djamel Zitouni")
ev(k, "air_france_hijack", "1994-12-24", "day", ["gia", "algiers"], "on Christmas Eve 1994")
ev(k, "tibhirine_kidnap", "1996-03", "month", ["gia", "tibhirine"], "in March 1996")
ev(k, "monks_deaths", "1996-05", "month", ["gia"], "two months later")
ev(k, "zitouni_killed", "1996-07", "month", ["zitouni"], "killed in July 1996")
ev(k, "rais_massacre", "1997-08-28", "range", ["rais"], "on the night of 28 to 29 August 1997", end="1997-08-29")
ev(k, "truce_announced", "1997-09-21", "day", ["mezrag", "ais"], "The day before Bentalha")
ev(k, "truce_begins", "1997-10-01", "day", ["ais"], "from 1 October 1997")
ev(k, "zeroual_address", "1997-10", "month", ["zeroual"], "October 1997")
ev(k, "laribi_interview", "2017", "year", ["laribi", "bentalha"], "this programme in 2017")
ev(k, "gspc_founded", "1998", "year", ["hattab", "gspc", "gia"], "In 1998 Hassan Hattab")
ev(k, "bouteflika_elected", "1999-04", "month", ["bouteflika"], "in April 1999")
ev(k, "civil_concord_referendum", "1999-09-16", "day", ["bouteflika", "ais"], "on 16 September 1999")
ev(k, "zouabri_killed", "2002-02-08", "day", ["zouabri", "anp", "boufarik"], "on 8 February 2002")
cl(k, "zouabri", "there is no neutrality in the war we are waging.")
cl(k, "laribi", "They came at midnight and they had lists. I hid on the roof with my son. I could hear my neighbours calling for the army, and nobody came.")
cl(k, "mezrag", "suspend all combat operations")
cl(k, "mezrag", "unmask the enemies of Islam who hide behind it.")
cl(k, "zeroual", "The state will not bargain with those who cut the throats of children. Algeria will stand.")
cl(k, "benmansour", "It had become a sect.")
cl(k, "benmansour", "It means that a society can survive something unbearable without ever being allowed to talk about it.")
cl(k, "benmansour", "I think that silence is the last wound of the black decade.")
ACC += ["RADIO MERIDIAN", "Radio Meridian", "THE LONG VIEW", "PRESENTER", "MUSIC", "ARCHIVE", "GMT",
        "Dr Karim Benmansour", "Maghreb", "Algerians", "Algerian", "French", "Islam", "Air France", "Civil Concord",
        "Civil Concord law", "President Chadli Bendjedid", "President Liamine Zéroual", "Claire", "Karim", "London",
        "Programme transcript", "Presenter", "Guest", "Broadcast", "black decade"]
NOISE.append({"source": k, "names": ["Tom Ashby"]})
BP[k] = "This transcript was produced from"

# ---------------- n07 Niger Delta MEND, blog post with comments ----------------
k = "n07"
P(k, "agbinibo", "Mudoch Agbinibo")
P(k, "gbomo", "Jomo Gbomo")
P(k, "okah", "Henry Okah", "Henry Okah", "Okah")
P(k, "tompolo", "Government Ekpemupolo", "Government Ekpemupolo", "Tompolo")
P(k, "dokubo", "Mujahid Dokubo-Asari", "Mujahid Dokubo-Asari", "Dokubo-Asari", "Asari Dokubo")
P(k, "ateke", "Ateke Tom")
P(k, "obasanjo", "Olusegun Obasanjo")
P(k, "yaradua", "Umaru Musa Yar'Adua")
P(k, "perez", "Perez Tonye", "Perez Tonye", "General Pawpaw")
P(k, "buhari", "Muhammadu Buhari", "Muhammadu Buhari", "Buhari")
G(k, "nda", "Niger Delta Avengers", "Niger Delta Avengers", "NDA", "Avengers")
G(k, "chevron", "Chevron")
G(k, "shell", "Shell")
G(k, "mend", "Movement for the Emancipation of the Niger Delta", "Movement for the Emancipation of the Niger Delta", "MEND")
G(k, "jtf", "Joint Task Force", "Joint Task Force", "JTF")
G(k, "ndpvf", "Niger Delta People's Volunteer Force", "Niger Delta People's Volunteer Force", "NDPVF")
G(k, "ndv", "Niger Delta Vigilante", "Niger Delta Vigilante", "NDV")
G(k, "efcc", "Economic and Financial Crimes Commission", "Economic and Financial Crimes Commission", "EFCC")
G(k, "nigerian_army", "Nigerian Army")
L(k, "nigeria", "Nigeria")
L(k, "niger_delta", "Niger Delta")
L(k, "okan", "Okan")
L(k, "delta_state", "Delta State")
L(k, "angola", "Angola")
L(k, "johannesburg", "Johannesburg")
L(k, "abuja", "Abuja")
L(k, "camp5", "Camp 5")
L(k, "gbaramatu", "Gbaramatu")
L(k, "warri", "Warri")
L(k, "port_harcourt", "Port Harcourt")
L(k, "forcados", "Forcados")
L(k, "oporoza", "Oporoza")
for s, p, o in [("agbinibo", "spokesperson_for", "nda"), ("nda", "opposed_to", "chevron"), ("nda", "opposed_to", "shell"),
                ("mend", "opposed_to", "shell"), ("gbomo", "spokesperson_for", "mend"), ("okah", "leads", "mend"),
                ("tompolo", "member_of", "mend"), ("tompolo", "controls", "camp5"), ("jtf", "opposed_to", "mend"),
                ("dokubo", "founded", "ndpvf"), ("ateke", "leads", "ndv"), ("ndv", "opposed_to", "ndpvf"),
                ("obasanjo", "holds_office", "nigeria"), ("yaradua", "holds_office", "nigeria"),
                ("buhari", "holds_office", "nigeria"), ("perez", "member_of", "mend")]:
    rel(k, s, p, o)
ev(k, "okan_attack", "2016-05-04", "day", ["nda", "chevron", "okan", "delta_state"], "On Wednesday of last week")
ev(k, "agbinibo_post", "2016-05-04", "day", ["agbinibo", "nda"], "that night")
ev(k, "mend_emerged", "2006-01", "month", ["mend", "shell"], "in January 2006")
ev(k, "okah_arrested", "2007-09", "month", ["okah", "angola"], "in September 2007")
ev(k, "okah_convicted", "2013-01", "month", ["okah", "johannesburg"], "In January 2013")
ev(k, "abuja_bombs", "2010-10-01", "day", ["mend", "abuja"], "on 1 October 2010")
ev(k, "camp5_overrun", "2009-05", "month", ["jtf", "camp5", "mend", "tompolo"], "in May 2009")
ev(k, "ndpvf_founded", "2003", "year", ["dokubo", "ndpvf"], "in 2003, and")
ev(k, "turf_war", "2003", "range", ["ndv", "ndpvf"], "in 2003 and 2004", end="2004")
ev(k, "obasanjo_peace", "2004-10", "month", ["obasanjo", "ndv", "ndpvf"], "in October 2004")
ev(k, "amnesty_announced", "2009-06-25", "day", ["yaradua"], "on 25 June 2009")
ev(k, "amnesty_window", "2009-08-06", "range", ["tompolo", "ateke", "dokubo"], "from 6 August to 4 October 2009", end="2009-10-04")
ev(k, "perez_interview", "2015", "year", ["perez"], "last year")
ev(k, "buhari_office", "2015-05", "month", ["buhari"], "in May 2015")
ev(k, "tompolo_wanted", "2016-01", "month", ["tompolo", "efcc"], "In January 2016")
ev(k, "nda_announced", "2016-02", "month", ["nda", "shell", "forcados"], "The following month")
ev(k, "oporoza_search", "2016-05-06", "day", ["nigerian_army", "oporoza"], "Last Friday")
cl(k, "agbinibo", "This is a warning to the Federal Government and its foreign partners. The Delta will not be ransomed again.")
cl(k, "gbomo", "It must be clear that the Nigerian government cannot protect the oil workers or assets. Leave our land or die in it.")
cl(k, "okah", "I am not a terrorist. I fought for my people and I will say so until I die,")
cl(k, "perez", "The amnesty was never about peace. It was about payroll. As long as the money came, the pipes were safe.")
cl(k, "perez", "When the money stops, somebody else will pick up the gun. Not us. Somebody younger.")
ACC += ["DELTA DISPATCHES", "Home", "About", "Archive", "Contact", "Tari Ebiere", "Twitter",
        "Brigadier-General Mudoch Agbinibo", "Alhaji Mujahid Dokubo-Asari", "President Olusegun Obasanjo",
        "President Umaru Musa Yar'Adua", "Federal Government", "Nigerian", "Delta", "Security", "The amnesty",
        "What changed in 2016", "A short history of MEND", "Pawpaw", "Gbaramatu kingdom", "Forcados export terminal",
        "Filed under", "Posted", "Here"]
NOISE.append({"source": k, "names": ["okon_ph", "Ebi Douglas", "Chidi A.", "Goodluck Jonathan", "NNPC", "Facebook", "WhatsApp"]})
BP[k] = "Share this:"

# ---------------- n08 Cabo Delgado insurgency, Markdown feature with section heads and pull quotes ----------------
k = "n08"
P(k, "assane", "Fátima Assane", "Fátima Assane", "Assane")
P(k, "abu_yasir", "Abu Yasir Hassan")
P(k, "ibn_omar", "Bonomade Machude Omar", "Bonomade Machude Omar", "Ibn Omar")
P(k, "nyusi", "Filipe Nyusi", "Filipe Nyusi", "Nyusi")
P(k, "dyck", "Lionel Dyck")
P(k, "rwivanga", "Ronald Rwivanga")
P(k, "cumbe", "Ana Cumbe")
G(k, "totalenergies", "TotalEnergies")
G(k, "aswj", "Ahlu Sunnah Wal Jama'a", "Ahlu Sunnah Wal Jama'a", "ASWJ", "al-Shabaab", "Islamic State Mozambique Province", "ISMP")
G(k, "cislamo", "Islamic Council of Mozambique")
G(k, "islamic_state", "Islamic State")
G(k, "rdf", "Rwanda Defence Force", "Rwanda Defence Force", "RDF")
G(k, "fadm", "Mozambique Armed Defence Forces", "Mozambique Armed Defence Forces", "FADM")
G(k, "sadc", "Southern African Development Community", "Southern African Development Community", "SADC")
G(k, "samim", "SAMIM")
G(k, "dag", "Dyck Advisory Group", "Dyck Advisory Group", "DAG")
G(k, "prm", "Mozambique Republic Police", "Mozambique Republic Police", "PRM")
G(k, "iom", "International Organization for Migration", "International Organization for Migration", "IOM")
G(k, "mis", "Maputo Institute for Social Studies")
L(k, "palma", "Palma")
L(k, "cabo_delgado", "Cabo Delgado")
L(k, "macomia", "Macomia")
L(k, "afungi", "Afungi")
L(k, "pemba", "Pemba")
L(k, "mocimboa", "Mocímboa da Praia", "Mocímboa da Praia", "Mocímboa")
L(k, "mozambique", "Mozambique")
L(k, "united_states", "United States")
L(k, "kigali", "Kigali")
L(k, "mucojo", "Mucojo")
L(k, "quiterajo", "Quiterajo")
for s, p, o in [("aswj", "part_of", "islamic_state"), ("abu_yasir", "leads", "aswj"), ("ibn_omar", "member_of", "aswj"),
                ("aswj", "controls", "mocimboa"), ("nyusi", "holds_office", "mozambique"), ("rdf", "allied_with", "fadm"),
                ("samim", "part_of", "sadc"), ("dyck", "leads", "dag"), ("prm", "backed_by", "dag"),
                ("rwivanga", "spokesperson_for", "rdf"), ("fadm", "opposed_to", "ibn_omar"), ("cumbe", "member_of", "mis")]:
    rel(k, s, p, o)
ev(k, "palma_attack", "2021-03-24", "day", ["palma", "afungi"], "Three years ago today")
ev(k, "force_majeure", "2021-04", "month", ["totalenergies", "afungi"], "declared force majeure in April 2021")
ev(k, "aswj_began", "2015", "approximate", ["aswj", "mocimboa", "cislamo"], "in about 2015")
ev(k, "aswj_first_attacks", "2017-10-05", "day", ["aswj", "mocimboa"], "on 5 October 2017")
ev(k, "is_pledge", "2019", "year", ["aswj", "islamic_state"], "In 2019")
ev(k, "us_names_leader", "2021-03", "month", ["united_states", "abu_yasir", "aswj"], "In March 2021")
ev(k, "mocimboa_seized", "2020-08", "month", ["ibn_omar", "mocimboa", "aswj"], "in August 2020")
ev(k, "rdf_deployed", "2021-07", "month", ["rdf", "nyusi", "cabo_delgado"], "In July 2021")
ev(k, "mocimboa_retaken", "2021-08-08", "day", ["rdf", "fadm", "mocimboa"], "on 8 August 2021")
ev(k, "samim_deployed", "2021-08", "month", ["samim", "sadc"], "the same month")
ev(k, "rwivanga_statement", "2024-03", "month", ["rwivanga", "rdf", "kigali"], "this month")
ev(k, "samim_departure", "2024-07", "month", ["samim"], "due to leave by July")
ev(k, "ibn_omar_killed", "2023-10", "month", ["ibn_omar", "fadm", "macomia"], "In October 2023")
ev(k, "mucojo_overrun", "2024-02", "month", ["mucojo", "quiterajo", "macomia"], "Last month")
ev(k, "displacement", "2024", "approximate", ["iom"], "in the first weeks of this year")
cl(k, "assane", "We thought the soldiers would come. For three days nobody came")
cl(k, "assane", "My house is still standing. My husband is not,")
cl(k, "assane", "I will go back when the road is safe, not before.")
cl(k, "rwivanga", "We are not leaving until the job is done, and the job is not done,")
cl(k, "nyusi", "The head of the snake has been cut off,")
cl(k, "cumbe", "You cannot bomb your way out of a war that began in the mosques and the markets")
cl(k, "cumbe", "The young men of Mocímboa joined because nobody else was offering them anything.")
ACC += ["Inês Machava", "Brigadier General Ronald Rwivanga", "President Filipe Nyusi", "Mozambique LNG",
        "Mozambique LNG project", "Amarula", "Amarula hotel", "Somali", "Rwandan", "Rwandans", "Zimbabwean", "Tanzanian",
        "Maputo", "The attack", "Who are the insurgents?", "The foreign forces", "The death of Ibn Omar", "Still fighting",
        "Afungi peninsula", "South African"]
NOISE.append({"source": k, "names": ["Southern Africa Reporting Fund", "Gas, land and anger in Palma", "The Rwandan model"]})
BP[k] = "*This feature was supported by"

W.write()
