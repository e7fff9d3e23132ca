"""Builds gold.json for the seventh held-out set from the annotations below (run: python3 eval/heldout7/build_gold.py).
Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.ev, W.cl, W.ACC, W.NOISE, W.BP


# ---------------- q01 Chiapas, EZLN communiqué (an armed group's own statement, hostile tone) ----------------
k = "q01"
P(k, "moises", "Moisés")
P(k, "marcos", "Marcos", "Marcos", "Rafael Sebastián Guillén Vicente", "Galeano", "SupGaleano")
P(k, "sheinbaum", "Claudia Sheinbaum")
P(k, "ramirez", "Eduardo Ramírez Aguilar")
P(k, "ramona", "Ramona")
G(k, "ezln", "Zapatista Army of National Liberation", "Zapatista Army of National Liberation",
  "ZAPATISTA ARMY OF NATIONAL LIBERATION", "Ejército Zapatista de Liberación Nacional", "EZLN")
G(k, "ccri", "Clandestine Revolutionary Indigenous Committee – General Command",
  "Clandestine Revolutionary Indigenous Committee – General Command",
  "CLANDESTINE REVOLUTIONARY INDIGENOUS COMMITTEE – GENERAL COMMAND", "Clandestine Revolutionary Indigenous Committee",
  "CCRI-CG")
G(k, "mascara_roja", "Máscara Roja")
G(k, "abejas", "Las Abejas")
G(k, "guard", "National Guard")
G(k, "sedena", "Secretariat of National Defense")
G(k, "cjng", "Jalisco New Generation Cartel", "Jalisco New Generation Cartel", "CJNG", "Jalisco cartel")
G(k, "sinaloa", "Sinaloa Cartel")
G(k, "pakal", "Pakal force", "Pakal force", "Pakal")
G(k, "orcao", "Regional Organization of Coffee Growers of Ocosingo", "Regional Organization of Coffee Growers of Ocosingo",
  "ORCAO")
G(k, "pyj", "Paz y Justicia")
L(k, "acteal", "Acteal")
L(k, "chiapas", "Chiapas")
L(k, "mexico", "Mexico", "Mexico", "MEXICO")
L(k, "san_cristobal", "San Cristóbal de las Casas")
L(k, "ocosingo", "Ocosingo")
L(k, "margaritas", "Las Margaritas")
L(k, "altamirano", "Altamirano")
L(k, "comalapa", "Frontera Comalapa")
L(k, "chicomuselo", "Chicomuselo")
L(k, "tuxtla", "Tuxtla Gutiérrez")
L(k, "moises_gandhi", "Moisés Gandhi")
L(k, "oventik", "Oventik")
for s, p, o in [("mascara_roja", "opposed_to", "abejas"), ("sheinbaum", "holds_office", "mexico"), ("guard", "part_of", "sedena"),
                ("cjng", "opposed_to", "sinaloa"), ("cjng", "controls", "chicomuselo"), ("ramirez", "holds_office", "chiapas"),
                ("ramirez", "founded", "pakal"), ("orcao", "backed_by", "chiapas"), ("marcos", "reports_to", "ccri"),
                ("marcos", "member_of", "ezln"), ("ccri", "part_of", "ezln"), ("ccri", "leads", "ezln"),
                ("ramona", "member_of", "ezln"), ("moises", "spokesperson_for", "ezln"), ("moises", "leads", "ezln")]:
    rel(k, s, p, o)
ev(k, "acteal_massacre", "1997-12-22", "day", ["mascara_roja", "abejas", "acteal"], "twenty-eight years ago today")
ev(k, "uprising", "1994-01-01", "day", ["ezln", "san_cristobal", "ocosingo", "margaritas", "altamirano"], "on January 1, 1994")
ev(k, "san_andres", "1996-02-16", "day", ["ezln"], "signed on February 16, 1996")
ev(k, "sheinbaum_takes_office", "2024-10-01", "day", ["sheinbaum"], "since October 1, 2024")
ev(k, "pakal_created", "2025", "approximate", ["ramirez", "pakal"], "early this year")
ev(k, "ramirez_interview", "2025-01", "month", ["ramirez"], "told the newspapers in January")
ev(k, "orcao_attack", "2025-12-11", "day", ["orcao", "moises_gandhi"], "on the night of December 11")
ev(k, "orcao_radio", "2025-12-16", "day", ["orcao", "ocosingo"], "Last Tuesday")
ev(k, "autonomy_restructured", "2023-11", "month", ["ezln"], "In November 2023")
ev(k, "marcos_named", "1995-02", "month", ["marcos"], "in February 1995")
ev(k, "ramona_died", "2006-01", "month", ["ramona"], "died in January 2006")
ev(k, "encounter", "2025-12-26", "range", ["oventik"], "From December 26, 2025, to January 2, 2026", end="2026-01-02")
cl(k, "ramirez", "Chiapas will no longer be a land of impunity.")
cl(k, "orcao", "the Zapatistas started it, as they always do.")
cl(k, "ramona", "Nothing for us, everything for everyone.")
ACC += ["Zapatista", "Zapatistas", "COMMUNIQUÉ", "THE WAR ABOVE AND THE WAR BELOW", "Sixth", "Sisters", "FIRST", "SECOND",
        "THIRD", "FOURTH", "FIFTH", "San Andrés Accords", "Señora Claudia Sheinbaum", "Autonomous Rebel Zapatista Municipalities",
        "Good Government Councils", "Local Autonomous Governments", "Subcomandante Insurgente Marcos",
        "Capitán Insurgente Marcos", "Sup Marcos", "Sup", "Comandanta Ramona", "Encounter of Rebellions and Resistances",
        "Mexican Southeast", "Subcomandante Insurgente Moisés", "Spokesperson", "Jalisco",
        "Clandestine Revolutionary Indigenous Committee – General Command of the Zapatista Army of National Liberation"]
NOISE.append({"source": k, "names": ["Palabra Abajo", "Ana Xochitl Ruiz", "Tomás Kinich"]})
BP[k] = "Translated from Spanish by"

# ---------------- q02 Congo-Brazzaville, Pool: translated radio and press monitoring digest ----------------
k = "q02"
P(k, "ntumi", "Frédéric Bintsamou", "Frédéric Bintsamou", "Ntumi", "Ntoumi", "NTUMI")
P(k, "mboulou", "Raymond Mboulou")
P(k, "moungalla", "Thierry Moungalla", "Thierry Moungalla", "Moungalla")
P(k, "sassou", "Denis Sassou Nguesso", "Denis Sassou Nguesso", "Sassou-Nguesso", "Sassou")
P(k, "mbemba", "Jean-Claude Mbemba", "Jean-Claude Mbemba", "Mbemba")
P(k, "b_kolelas", "Bernard Kolélas")
P(k, "p_kolelas", "Guy-Brice Parfait Kolélas")
P(k, "lissouba", "Pascal Lissouba")
P(k, "nkounkou", "Albertine Nkounkou")
G(k, "ninjas", "Ninjas", "Ninjas", "Nsiloulou")
G(k, "fac", "Congolese Armed Forces")
G(k, "cnr", "National Council of Republicans")
G(k, "cocoyes", "Cocoyes")
G(k, "cobras", "Cobras")
G(k, "wfp", "World Food Programme")
G(k, "semaine", "La Semaine Africaine")
G(k, "un", "United Nations", "UN")
L(k, "congo", "Congo-Brazzaville", "Congo-Brazzaville", "CONGO-BRAZZAVILLE")
L(k, "kinkala", "Kinkala", "Kinkala", "KINKALA")
L(k, "pool", "Pool Department", "Pool Department", "Pool")
L(k, "brazzaville", "Brazzaville")
L(k, "mindouli", "Mindouli", "Mindouli", "MINDOULI")
L(k, "mayama", "Mayama")
L(k, "vinza", "Vinza")
L(k, "paris", "Paris")
L(k, "kinshasa", "Kinshasa")
for s, p, o in [("mboulou", "holds_office", "congo"), ("ntumi", "leads", "ninjas"), ("ntumi", "member_of", "ninjas"),
                ("fac", "opposed_to", "ninjas"), ("moungalla", "holds_office", "congo"), ("sassou", "holds_office", "congo"),
                ("mbemba", "member_of", "cnr"), ("ntumi", "founded", "cnr"), ("b_kolelas", "leads", "ninjas"),
                ("b_kolelas", "holds_office", "brazzaville"), ("lissouba", "leads", "cocoyes"), ("sassou", "leads", "cobras"),
                ("ninjas", "allied_with", "cocoyes"), ("ninjas", "opposed_to", "cobras"), ("ninjas", "controls", "mayama")]:
    rel(k, s, p, o)
ev(k, "ceasefire_signed", "2017-12-23", "day", ["kinkala", "pool", "mboulou", "ntumi"], "this afternoon in Kinkala")
ev(k, "war_since", "2016-04", "month", ["ntumi", "pool"], "since April 2016")
ev(k, "mbemba_signed", "2017-12-23", "day", ["mbemba", "kinkala"], "signed yesterday in Kinkala")
ev(k, "war_1997", "1997", "year", ["ninjas", "cocoyes", "cobras"], "the 1997 war")
ev(k, "ntumi_named_delegate", "2007", "year", ["ntumi", "sassou"], "in 2007 was named")
ev(k, "election_2016", "2016-03", "month", ["p_kolelas", "ntumi"], "election of March 2016")
ev(k, "agreement_2003", "2003", "year", ["ninjas"], "the 2003 agreement")
ev(k, "mayama_held", "2017-12-21", "day", ["ninjas", "mayama", "vinza"], "on Thursday a Ninja unit")
ev(k, "mindouli_bombing", "2016", "approximate", ["fac", "mindouli"], "in the spring of 2016, which")
ev(k, "nkounkou_statement", "2017-12-20", "day", ["nkounkou", "mindouli"], "said on Wednesday")
ev(k, "wfp_resumes", "2017-08", "month", ["wfp"], "resumed deliveries to the area in August")
cl(k, "moungalla", "Today the Republic has turned the page of violence in the Pool. The door remains open to all those who lay down their arms.")
cl(k, "moungalla", "never wanted war with his own people.")
cl(k, "mbemba", "We signed for the people of the Pool, who have suffered too much. But the pastor will not come out of the forest until the warrant against him is lifted.")
cl(k, "semaine", "punished the people of the Pool for the crimes of a few.")
cl(k, "nkounkou", "until the young men with guns are gone from the forest.")
ACC += ["GLOBAL MEDIA WATCH – AFRICA DESK", "Global Media Watch", "Daily", "Contents", "State", "Government", "Weekly",
        "Displaced", "GOVERNMENT", "SPOKESMAN", "WEEKLY", "DISPLACED FAMILIES", "Radio Congo", "Télé Congo", "RFI",
        "Radio Okapi", "Congolese", "Republic", "Pastor Ntumi", "Pasteur Ntoumi", "Ninja", "Minister of the Interior",
        "Minister of Communication", "President Denis Sassou Nguesso", "President Sassou-Nguesso", "Presenter",
        "Correspondent", "Video", "National Road No 1", "Catholic", "Sister Albertine Nkounkou", "Source", "Text", "Excerpt",
        "Summary", "French", "Kinkala prefecture", "Pool ceasefire", "UN-sponsored"]
NOISE.append({"source": k, "names": ["Patrice Oyono"]})
BP[k] = "Compiled and distributed by Global Media Watch"

# ---------------- q03 Nigeria, IPOB and the ESN: fact-check article with claim/verdict boxes ----------------
k = "q03"
P(k, "kanu", "Nnamdi Kanu", "Nnamdi Kanu", "Kanu")
P(k, "ojukwu", "Chukwuemeka Odumegwu-Ojukwu")
P(k, "ekpa", "Simon Ekpa", "Simon Ekpa", "Ekpa")
P(k, "nwosu", "Obinna Nwosu", "Obinna Nwosu", "Nwosu")
P(k, "anene", "Tochukwu Anene")
P(k, "powerful", "Emma Powerful")
G(k, "esn", "Eastern Security Network", "Eastern Security Network", "ESN")
G(k, "ipob", "Indigenous People of Biafra", "Indigenous People of Biafra", "IPOB")
G(k, "nigerian_army", "Nigerian Army")
G(k, "frontline", "Biafra Frontline Update")
G(k, "radio_biafra", "Radio Biafra")
G(k, "fhc", "Federal High Court")
G(k, "brgie", "Biafra Republic Government in Exile", "Biafra Republic Government in Exile", "BRGIE")
G(k, "ebubeagu", "Ebube Agu", "Ebube Agu", "Ebubeagu")
G(k, "lionheart", "Lion Heart Pictures")
G(k, "div82", "82 Division")
G(k, "dss", "Department of State Services")
L(k, "orlu", "Orlu")
L(k, "imo", "Imo State", "Imo State", "Imo")
L(k, "enugu_state", "Enugu State")
L(k, "enugu", "Enugu")
L(k, "nigeria", "Nigeria")
L(k, "biafra", "Biafra")
L(k, "abuja", "Abuja")
L(k, "london", "London")
L(k, "finland", "Finland")
L(k, "lahti", "Lahti")
L(k, "ebonyi", "Ebonyi")
L(k, "nsukka", "Nsukka")
L(k, "orsu", "Orsu")
L(k, "ihiala", "Ihiala")
for s, p, o in [("kanu", "founded", "ipob"), ("kanu", "leads", "radio_biafra"), ("ojukwu", "holds_office", "biafra"),
                ("kanu", "founded", "esn"), ("esn", "part_of", "ipob"), ("ekpa", "holds_office", "brgie"),
                ("ebubeagu", "opposed_to", "esn"), ("nwosu", "leads", "lionheart"), ("div82", "part_of", "nigerian_army"),
                ("anene", "spokesperson_for", "div82"), ("div82", "opposed_to", "esn"), ("powerful", "spokesperson_for", "ipob")]:
    rel(k, s, p, o)
ev(k, "video_posted", "2025-09-14", "day", ["frontline"], "on 14 September")
ev(k, "film_shot", "2022-03", "month", ["enugu_state"], "in March 2022")
ev(k, "ipob_founded", "2012", "year", ["ipob", "kanu"], "founded in 2012")
ev(k, "biafra_war", "1967", "range", ["ojukwu", "biafra"], "from 1967 to 1970", end="1970")
ev(k, "ipob_designated", "2017-09", "month", ["fhc", "ipob", "abuja"], "in September 2017")
ev(k, "esn_created", "2020-12", "month", ["kanu", "esn"], "In December 2020")
ev(k, "kanu_arrested", "2021-06", "month", ["kanu", "nigeria"], "in June 2021")
ev(k, "ekpa_arrested", "2024-11", "month", ["ekpa", "lahti"], "in November 2024")
ev(k, "ebubeagu_set_up", "2021-04", "month", ["ebubeagu"], "in April 2021")
ev(k, "youtube_upload", "2022-05", "month", ["lionheart"], "on YouTube in May 2022")
ev(k, "nwosu_call", "2025-09-16", "day", ["nwosu"], "by phone on Tuesday")
ev(k, "anene_statement", "2025-09-17", "day", ["anene", "div82"], "said on Wednesday")
ev(k, "esn_camp_raids", "2025-08", "month", ["div82", "esn", "orsu", "ihiala"], "in Orsu and Ihiala in August")
ev(k, "powerful_statement", "2025-09-16", "day", ["powerful", "ipob"], "two days after the clip appeared")
cl(k, "frontline", "ESN don take Orlu barracks, Nigeria army run.")
cl(k, "nwosu", "Those are my actors and that is my truck. We burned it ourselves,")
cl(k, "anene", "there is no army base in Orlu that has fallen or can fall.")
cl(k, "powerful", "IPOB does not need film tricks to tell the world the truth,")
cl(k, "powerful", "fake news from the Ekpa camp.")
cl(k, "ekpa", "Biafra is rising.")
ACC += ["FACTCHECK HUB NIGERIA", "FactCheck Hub Nigeria", "FactCheck Hub", "Chiamaka Eze-Obi", "CLAIM", "VERDICT", "FALSE",
        "THE CLAIM", "WHO ARE IPOB AND THE ESN", "WHAT THE VIDEO SHOWS", "WHAT THE ARMY AND IPOB SAID", "THE VERDICT",
        "Facebook", "X", "WhatsApp", "YouTube", "Nollywood", "British-Nigerian", "Mazi Kanu", "Major Tochukwu Anene",
        "Operation Udo Ka", "Blood on the Niger", "Behind the scenes", "Sources", "Interview", "Statement", "Finnish",
        "IPOB's", "Orlu barracks", "Nigeria army", "Fact check", "Biafra separatists", "Nigerian"]
NOISE.append({"source": k, "names": ["Adaeze Nwankwo", "International Fact-Checking Network"]})
BP[k] = "Have you seen a claim you want us to check?"

# ---------------- q04 Sikh militant groups: UK parliamentary written questions and answers ----------------
k = "q04"
P(k, "bains", "Harjit Bains")
P(k, "marchbank", "Helen Marchbank")
P(k, "sukhdev", "Sukhdev Singh Babbar")
P(k, "parmar", "Talwinder Singh Parmar", "Talwinder Singh Parmar", "Parmar")
P(k, "beant", "Beant Singh")
P(k, "wadhawa", "Wadhawa Singh Babbar", "Wadhawa Singh Babbar", "Wadhwa Singh Babbar")
P(k, "ashby", "Roland Ashby")
P(k, "rode", "Lakhbir Singh Rode")
P(k, "penhallow", "Penhallow")
P(k, "nijjar", "Hardeep Singh Nijjar", "Hardeep Singh Nijjar", "Nijjar")
P(k, "tilsley", "Tilsley")
P(k, "trudeau", "Justin Trudeau")
P(k, "jaishankar", "S. Jaishankar")
P(k, "panjwar", "Paramjit Singh Panjwar")
P(k, "neeta", "Ranjit Singh Neeta")
G(k, "labour", "Labour")
G(k, "conservative", "Conservative")
G(k, "home_office", "Home Office")
G(k, "bk", "Babbar Khalsa", "Babbar Khalsa", "BK", "Babbar Khalsa International", "BKI")
G(k, "punjab_police", "Punjab Police")
G(k, "gov_india", "Government of India")
G(k, "isyf", "International Sikh Youth Federation", "International Sikh Youth Federation", "ISYF")
G(k, "nia", "National Investigation Agency")
G(k, "sikh_federation", "Sikh Federation (UK)")
G(k, "fcdo", "Foreign, Commonwealth and Development Office", "Foreign, Commonwealth and Development Office", "Foreign Office")
G(k, "ktf", "Khalistan Tiger Force", "Khalistan Tiger Force", "KTF")
G(k, "kcf", "Khalistan Commando Force", "Khalistan Commando Force", "KCF")
G(k, "kzf", "Khalistan Zindabad Force")
G(k, "sikh_council", "Sikh Council UK")
L(k, "uk", "United Kingdom", "United Kingdom", "UK")
L(k, "india", "India")
L(k, "punjab", "Punjab")
L(k, "canada", "Canada")
L(k, "chandigarh", "Chandigarh")
L(k, "pakistan", "Pakistan")
L(k, "surrey", "Surrey")
L(k, "british_columbia", "British Columbia")
L(k, "lahore", "Lahore")
for s, p, o in [("bains", "member_of", "labour"), ("ashby", "member_of", "conservative"), ("marchbank", "holds_office", "home_office"),
                ("tilsley", "holds_office", "fcdo"), ("sukhdev", "founded", "bk"), ("parmar", "founded", "bk"),
                ("parmar", "leads", "bk"), ("punjab_police", "opposed_to", "parmar"), ("bk", "opposed_to", "beant"),
                ("beant", "holds_office", "punjab"), ("wadhawa", "leads", "bk"), ("rode", "founded", "isyf"),
                ("rode", "leads", "isyf"), ("nijjar", "leads", "ktf"), ("trudeau", "holds_office", "canada"),
                ("jaishankar", "holds_office", "india"), ("panjwar", "leads", "kcf"), ("neeta", "leads", "kzf")]:
    rel(k, s, p, o)
ev(k, "commons_questions_tabled", "2025-11-03", "day", ["bains", "ashby"], "tabled on 3 November 2025")
ev(k, "commons_answered", "2025-11-11", "day", ["marchbank", "home_office"], "Answered on 11 November 2025")
ev(k, "bk_proscribed", "2001-03", "month", ["bk", "uk"], "since March 2001")
ev(k, "bk_founded", "1978", "year", ["bk", "sukhdev", "parmar"], "founded in 1978")
ev(k, "air_india_bombing", "1985-06-23", "day", ["bk", "parmar"], "on 23 June 1985")
ev(k, "parmar_killed", "1992-10", "month", ["parmar", "punjab_police"], "in October 1992")
ev(k, "beant_assassinated", "1995-08-31", "day", ["beant", "bk", "chandigarh"], "on 31 August 1995")
ev(k, "list_published", "2025-12", "month", ["home_office"], "next month")
ev(k, "nia_statement", "2025-10-02", "day", ["nia", "isyf"], "on 2 October")
ev(k, "isyf_proscribed", "2001-03", "month", ["isyf"], "was proscribed in March 2001")
ev(k, "isyf_removed", "2016-03", "month", ["isyf"], "removed from the list in March 2016")
ev(k, "rode_died", "2023-12", "month", ["rode", "pakistan"], "in December 2023")
ev(k, "lords_question_tabled", "2025-10-28", "day", ["penhallow"], "tabled on 28 October 2025")
ev(k, "lords_answered", "2025-11-10", "day", ["tilsley", "fcdo"], "Answered on 10 November 2025")
ev(k, "nijjar_killed", "2023-06-18", "day", ["nijjar", "surrey", "british_columbia"], "on 18 June 2023")
ev(k, "trudeau_statement", "2023-09", "month", ["trudeau", "canada"], "In September of that year")
ev(k, "jaishankar_talks", "2024", "year", ["jaishankar"], "last year")
ev(k, "panjwar_killed", "2023-05", "month", ["panjwar", "lahore"], "in May 2023")
ev(k, "fco_letter", "2025-08", "month", ["fcdo", "sikh_council"], "to that effect in August")
cl(k, "nia", "has been revived abroad as a front for the Babbar Khalsa.")
cl(k, "sikh_federation", "ends fifteen years in which British Sikhs were treated as suspects.")
ACC += ["Written questions, answers and statements", "UK Parliament", "Proscribed Organisations", "Question", "Answer",
        "Home Department", "Secretary of State for the Home Department", "Terrorism Act 2000", "Sikh", "Sikhs",
        "British Sikhs", "Khalistan", "Air India Flight 182", "Air India", "Chief Minister of Punjab",
        "Wolverhampton North East", "Sutton Coldfield South", "Sir Roland Ashby", "House of Lords", "Canadian House of Commons",
        "House of Commons", "His Majesty's Government", "Mr Nijjar", "Lord Penhallow", "Baroness Tilsley",
        "Prime Minister of Canada", "Foreign Secretary", "Indian External Affairs Minister", "Indian", "Canadian",
        "My Lords", "UIN", "Minister of State", "Government", "Pakistan-based", "Sikh separatist", "Asked", "Answered",
        "BKI's", "ISYF's", "Indian state of Punjab", "Canadian partners", "Lord"]
NOISE.append({"source": k, "names": ["Petra Lindqvist", "Table Office", "Open Parliament Licence"]})
BP[k] = "Parliamentary copyright 2025"

# ---------------- q05 Bosnia and Croatia, ICTY fugitives: EU Council common position with an annex list ----------------
k = "q05"
P(k, "gotovina", "Ante Gotovina")
P(k, "del_ponte", "Carla Del Ponte", "Carla Del Ponte", "Del Ponte")
P(k, "plassnik", "U. Plassnik", "U. PLASSNIK")
P(k, "karadzic", "Radovan Karadžić", "KARADŽIĆ, Radovan", "KARADZIC, Radovan")
P(k, "mladic", "Ratko Mladić", "MLADIĆ, Ratko", "MLADIC, Ratko", "MLADIĆ", "Mladić")
P(k, "tolimir", "Zdravko Tolimir", "TOLIMIR, Zdravko")
P(k, "zupljanin", "Stojan Župljanin", "ŽUPLJANIN, Stojan", "ZUPLJANIN, Stojan")
P(k, "hadzic", "Goran Hadžić", "HADŽIĆ, Goran", "HADZIC, Goran")
P(k, "jankovic", "Milorad Janković", "JANKOVIĆ, Milorad", "Kum")
G(k, "icty", "International Criminal Tribunal for the former Yugoslavia",
  "International Criminal Tribunal for the former Yugoslavia", "ICTY")
G(k, "council_eu", "Council of the European Union", "COUNCIL OF THE EUROPEAN UNION")
G(k, "eu", "European Union")
G(k, "split_md", "Split Military District")
G(k, "croatian_army", "Croatian Army", "Croatian Army", "HV")
G(k, "drina", "Drina Corps")
G(k, "vrs", "Army of Republika Srpska", "Army of Republika Srpska", "VRS", "Vojska Republike Srpske")
G(k, "main_staff", "Main Staff")
G(k, "un", "United Nations", "United Nations")
G(k, "unsc", "United Nations Security Council")
G(k, "eufor", "European Union Force in Bosnia and Herzegovina", "European Union Force in Bosnia and Herzegovina", "EUFOR")
G(k, "sfor", "Stabilisation Force", "Stabilisation Force", "SFOR")
G(k, "nato", "NATO")
G(k, "sds", "Serb Democratic Party", "Serb Democratic Party", "SDS")
G(k, "csb", "Regional Security Services Centre")
G(k, "crisis_staff", "Crisis Staff of the Autonomous Region of Krajina")
L(k, "tenerife", "Tenerife")
L(k, "spain", "Spain")
L(k, "the_hague", "The Hague")
L(k, "bih", "Bosnia and Herzegovina")
L(k, "scg", "Serbia and Montenegro")
L(k, "srebrenica", "Srebrenica")
L(k, "rs", "Republika Srpska")
L(k, "petnjica", "Petnjica")
L(k, "savnik", "Šavnik")
L(k, "montenegro", "Montenegro")
L(k, "bozinovici", "Božinovići")
L(k, "kalinovik", "Kalinovik")
L(k, "glamoc", "Glamoč")
L(k, "maslovare", "Maslovare")
L(k, "kotor_varos", "Kotor Varoš")
L(k, "banja_luka", "Banja Luka")
L(k, "pacetin", "Pačetin")
L(k, "vukovar", "Vukovar")
L(k, "croatia", "Croatia")
L(k, "rsk", "Republic of Serbian Krajina", "Republic of Serbian Krajina", "RSK")
L(k, "novi_sad", "Novi Sad")
L(k, "han_pijesak", "Han Pijesak")
L(k, "brussels", "Brussels")
for s, p, o in [("gotovina", "leads", "split_md"), ("split_md", "part_of", "croatian_army"), ("del_ponte", "holds_office", "icty"),
                ("drina", "part_of", "vrs"), ("drina", "controls", "srebrenica"), ("unsc", "part_of", "un"),
                ("eufor", "part_of", "eu"), ("plassnik", "holds_office", "council_eu"), ("karadzic", "founded", "sds"),
                ("karadzic", "holds_office", "sds"), ("karadzic", "holds_office", "rs"), ("karadzic", "leads", "vrs"),
                ("mladic", "leads", "main_staff"), ("mladic", "leads", "vrs"), ("main_staff", "part_of", "vrs"),
                ("tolimir", "holds_office", "main_staff"), ("tolimir", "reports_to", "mladic"), ("zupljanin", "leads", "csb"),
                ("zupljanin", "member_of", "crisis_staff"), ("hadzic", "holds_office", "rsk"), ("jankovic", "member_of", "drina")]:
    rel(k, s, p, o)
ev(k, "adopted", "2006-03-13", "day", ["council_eu"], "of 13 March 2006")
ev(k, "cp_2004", "2004-10-11", "day", ["council_eu"], "On 11 October 2004")
ev(k, "gotovina_indicted", "2001", "year", ["gotovina", "icty"], "indicted by the Tribunal in 2001")
ev(k, "operation_storm", "1995-08", "month", ["gotovina", "split_md"], "in August 1995")
ev(k, "gotovina_arrested", "2005-12-07", "day", ["gotovina", "tenerife", "spain"], "on 7 December 2005")
ev(k, "gotovina_transferred", "2005-12-10", "day", ["gotovina", "the_hague"], "three days later")
ev(k, "del_ponte_briefing", "2006-02-28", "day", ["del_ponte", "council_eu"], "On 28 February 2006")
ev(k, "srebrenica_captured", "1995-07", "month", ["drina", "vrs", "srebrenica"], "in July 1995")
ev(k, "resolution_1503", "2003", "year", ["unsc"], "1503 (2003)")
ev(k, "eufor_takeover", "2004-12-02", "day", ["eufor", "sfor"], "on 2 December 2004")
ev(k, "sds_founded", "1990", "year", ["karadzic", "sds"], "(SDS) in 1990")
ev(k, "first_indictments", "1995-07-24", "day", ["karadzic", "mladic", "icty"], "on 24 July 1995")
ev(k, "mladic_command", "1992-05", "range", ["mladic", "main_staff"], "from May 1992 to late 1996", end="1996")
ev(k, "srebrenica_indictment", "1995-11-16", "day", ["mladic", "icty", "srebrenica"], "on 16 November 1995")
ev(k, "tolimir_indicted", "2005-02-08", "day", ["tolimir", "icty"], "on 8 February 2005")
ev(k, "zupljanin_indicted", "1999", "year", ["zupljanin", "icty"], "Indicted by the ICTY in 1999")
ev(k, "hadzic_president", "1992-02", "range", ["hadzic", "rsk"], "from February 1992 to December 1993", end="1993-12")
ev(k, "hadzic_indicted", "2004-05", "month", ["hadzic", "icty"], "in May 2004")
ev(k, "hadzic_fled", "2004-07", "month", ["hadzic", "novi_sad"], "in July 2004")
cl(k, "del_ponte", "Mladić is within reach of anyone who truly wishes to find him.")
ACC += ["L 72/18 EN Official Journal of the European Union", "Official Journal of the European Union", "Official Journal",
        "EN", "COUNCIL COMMON POSITION", "Common Position", "CFSP", "Treaty on European Union", "Article 15", "Article 1",
        "Article 2", "Article 3", "Whereas", "Operation Storm", "Ms Del Ponte", "Bosniak", "HAS ADOPTED THIS COMMON POSITION",
        "ANNEX", "Annex", "List of persons referred to in Article 1", "Son of Vuk", "Vuk", "Date of birth", "Place of birth",
        "Other information", "Supreme Commander", "Assistant Commander for Intelligence and Security", "Chief", "President",
        "Council", "Tribunal", "For the Council", "The President", "Done at Brussels", "Prosecutor of the ICTY",
        "Commander of the Main Staff", "NATO-led", "VRS Main Staff", "Indicted",
        "Autonomous Region of Krajina", "United Nations safe area of Srebrenica", "States"]
BP[k] = "(1) OJ L 315"

# ---------------- q06 Casamance, MFDC: television news script with supers and SOT cues ----------------
k = "q06"
P(k, "coly", "Ousmane Coly", "OUSMANE COLY", "COLY")
P(k, "ndiaye", "Ibrahima Ndiaye", "IBRAHIMA NDIAYE", "NDIAYE")
P(k, "badiate", "César Atoute Badiate", "César Atoute Badiate", "CÉSAR ATOUTE BADIATE", "Badiate", "BADIATE")
P(k, "badji", "Mariama Badji", "MARIAMA BADJI", "BADJI")
P(k, "diamacoune", "Augustin Diamacoune Senghor")
P(k, "sadio", "Salif Sadio", "Salif Sadio", "Sadio")
P(k, "jammeh", "Yahya Jammeh")
P(k, "embalo", "Umaro Sissoco Embaló")
P(k, "faye", "Bassirou Diomaye Faye")
P(k, "sonko", "Ousmane Sonko")
G(k, "mfdc", "Movement of Democratic Forces of Casamance", "Movement of Democratic Forces of Casamance", "MFDC")
G(k, "saf", "Senegalese Armed Forces")
G(k, "atika", "Atika")
G(k, "hi", "Humanity & Inclusion")
G(k, "cnams", "National Mine Action Centre for Senegal", "National Mine Action Centre for Senegal", "CNAMS")
G(k, "front_nord", "Front Nord")
G(k, "front_sud", "Front Sud")
G(k, "ecomig", "ECOMIG")
G(k, "ecowas", "ECOWAS")
L(k, "senegal", "Senegal")
L(k, "casamance", "Casamance")
L(k, "ziguinchor", "Ziguinchor")
L(k, "mandina", "Mandina Mancagne")
L(k, "gambia", "Gambia")
L(k, "bissau", "Bissau")
L(k, "guinea_bissau", "Guinea-Bissau")
L(k, "bignona", "Bignona", "Bignona", "BIGNONA")
for s, p, o in [("mfdc", "opposed_to", "saf"), ("diamacoune", "leads", "mfdc"), ("atika", "part_of", "mfdc"),
                ("coly", "member_of", "hi"), ("saf", "opposed_to", "front_nord"), ("sadio", "leads", "front_nord"),
                ("front_nord", "part_of", "mfdc"), ("front_nord", "opposed_to", "ecomig"), ("ecomig", "part_of", "ecowas"),
                ("sadio", "backed_by", "jammeh"), ("jammeh", "holds_office", "gambia"), ("ndiaye", "spokesperson_for", "saf"),
                ("front_sud", "part_of", "mfdc"), ("badiate", "leads", "front_sud"), ("embalo", "holds_office", "guinea_bissau"),
                ("faye", "holds_office", "senegal"), ("sonko", "holds_office", "senegal"), ("sonko", "holds_office", "ziguinchor")]:
    rel(k, s, p, o)
ev(k, "mfdc_war_since", "1982", "year", ["mfdc", "senegal"], "since 1982")
ev(k, "diamacoune_died", "2007", "year", ["diamacoune"], "until his death in 2007")
ev(k, "army_offensive", "2022-03", "month", ["saf", "front_nord", "sadio", "gambia"], "in March 2022")
ev(k, "ecomig_soldiers_killed", "2022-01", "month", ["front_nord", "ecomig", "sadio", "gambia"], "Two months earlier")
ev(k, "bissau_deal", "2023-05", "month", ["front_sud", "badiate", "embalo", "bissau"], "In May 2023")
ev(k, "weapons_handed_in", "2023", "year", ["front_sud"], "later that year")
ev(k, "faye_takes_office", "2024-04", "month", ["faye"], "in April 2024")
ev(k, "badji_return", "2024", "year", ["badji", "mandina"], "Returned to Mandina Mancagne in 2024")
ev(k, "government_statement", "2025-02-10", "day", ["senegal"], "On Monday")
ev(k, "land_titles", "2025-03", "month", ["senegal"], "next month")
ev(k, "mine_free_target", "2028", "year", ["senegal", "casamance"], "by 2028")
cl(k, "coly", "We found eleven mines in this field alone. The farmers knew where some of them were. They walked around them for twenty years.")
cl(k, "ndiaye", "The bases of the armed bands in the north have been dismantled. What remains is a question of security, not of war.")
cl(k, "badiate", "We did not surrender. We chose peace because our people were tired, and because the young people need schools, not rifles.")
cl(k, "badji", "I was born here. My children were born in Ziguinchor. Now we have come back, but I still tell them to stay on the path.")
ACC += ["SAHEL ATLANTIC TELEVISION – ENGLISH SERVICE", "SAHEL ATLANTIC TELEVISION", "Sahel Atlantic Television",
        "ENGLISH SERVICE", "EVENING BULLETIN", "RUNNING ORDER ITEM", "SLUG", "TX DATE", "REPORTER", "Awa Diatta", "AWA DIATTA",
        "CAMERA", "Lamine Sagna", "EDITOR", "Khadija Mbaye", "TRT", "STATUS", "APPROVED FOR AIR", "ANCHOR ON CAM", "ANCHOR",
        "TAKE VT", "NATS", "VO", "SUPER", "SOT", "SOT COLY", "SOT NDIAYE", "SOT BADIATE", "SOT BADJI", "ARCHIVE",
        "ARMY CONVOY", "COURTESY DIRPA", "DIRPA", "COL. IBRAHIMA NDIAYE", "Spokesman", "Team leader", "Commander",
        "Father Augustin Diamacoune Senghor", "Catholic", "French", "West African", "Gambian", "Senegalese",
        "President Bassirou Diomaye Faye", "STANDUP", "BACK TO ANCHOR", "ANCHOR TAG", "END OF ITEM", "Africa", "Africa's",
        "DEMINING", "Returned", "SENEGAL-CASAMANCE", "Front Sud, MFDC"]
NOISE.append({"source": k, "names": ["Ndeye Rokhaya Faye", "Jean-Baptiste Mendy", "Moustapha Kane"]})
BP[k] = "SCRIPT NOTES"

# ---------------- q07 East Timor 1999: numbered social-media thread with replies ----------------
k = "q07"
P(k, "habibie", "B.J. Habibie")
P(k, "eurico", "Eurico Guterres", "Eurico Guterres", "Eurico")
P(k, "de_sousa", "Manuel de Sousa")
P(k, "tavares", "João da Silva Tavares")
P(k, "wiranto", "Wiranto")
P(k, "manuel_c", "Manuel Carrascalão")
P(k, "manelito", "Manelito Carrascalão")
P(k, "xanana", "Xanana Gusmão", "Xanana Gusmão", "Gusmao")
P(k, "tmr", "Taur Matan Ruak", "Taur Matan Ruak", "TMR")
P(k, "martin", "Ian Martin", "Ian Martin", "Martin")
P(k, "madeira", "Hilário Madeira")
P(k, "cosgrove", "Peter Cosgrove")
P(k, "vieira", "Sérgio Vieira de Mello")
P(k, "ramos_horta", "José Ramos-Horta")
P(k, "a_guterres", "António Guterres")
G(k, "aitarak", "Aitarak")
G(k, "bmp", "Besi Merah Putih", "Besi Merah Putih", "BMP")
G(k, "laksaur", "Laksaur")
G(k, "ppi", "Pro-Integration Fighters", "Pro-Integration Fighters", "PPI")
G(k, "tni", "TNI")
G(k, "kopassus", "Kopassus")
G(k, "falintil", "FALINTIL", "FALINTIL", "Falintil")
G(k, "cnrt", "CNRT")
G(k, "un", "United Nations", "UN")
G(k, "unamet", "UNAMET")
G(k, "interfet", "INTERFET")
G(k, "untaet", "UNTAET")
G(k, "supreme_court", "Supreme Court")
G(k, "cavr", "CAVR")
L(k, "east_timor", "East Timor", "East Timor", "Timor-Leste")
L(k, "indonesia", "Indonesia")
L(k, "dili", "Dili")
L(k, "jakarta", "Jakarta")
L(k, "liquica", "Liquiçá")
L(k, "covalima", "Covalima")
L(k, "suai", "Suai")
for s, p, o in [("eurico", "leads", "aitarak"), ("de_sousa", "leads", "bmp"), ("tavares", "leads", "ppi"),
                ("aitarak", "part_of", "ppi"), ("bmp", "part_of", "ppi"), ("laksaur", "part_of", "ppi"),
                ("ppi", "backed_by", "tni"), ("ppi", "backed_by", "kopassus"), ("kopassus", "part_of", "tni"),
                ("wiranto", "leads", "tni"), ("wiranto", "holds_office", "indonesia"), ("habibie", "holds_office", "indonesia"),
                ("aitarak", "opposed_to", "manuel_c"), ("aitarak", "opposed_to", "manelito"), ("falintil", "opposed_to", "indonesia"),
                ("falintil", "part_of", "cnrt"), ("xanana", "leads", "falintil"), ("tmr", "reports_to", "xanana"),
                ("tmr", "leads", "falintil"), ("unamet", "part_of", "un"), ("martin", "leads", "unamet"),
                ("laksaur", "opposed_to", "madeira"), ("cosgrove", "leads", "interfet"), ("un", "founded", "untaet"),
                ("vieira", "leads", "untaet"), ("ramos_horta", "holds_office", "cnrt"), ("ramos_horta", "spokesperson_for", "cnrt"),
                ("ramos_horta", "holds_office", "east_timor"), ("a_guterres", "holds_office", "un")]:
    rel(k, s, p, o)
ev(k, "ballot", "1999-08-30", "day", ["east_timor", "indonesia"], "25 years ago today")
ev(k, "habibie_offer", "1999-01", "approximate", ["habibie"], "in late January 1999")
ev(k, "liquica_church", "1999-04-06", "day", ["bmp", "liquica"], "On 6 April")
ev(k, "carrascalao_house", "1999-04-17", "day", ["aitarak", "manuel_c", "manelito", "dili"], "Eleven days later")
ev(k, "eurico_sentenced", "2002", "year", ["eurico"], "ad hoc court in 2002")
ev(k, "eurico_acquitted", "2008", "year", ["eurico", "supreme_court"], "on appeal in 2008")
ev(k, "falintil_war", "1975", "year", ["falintil", "indonesia"], "since 1975")
ev(k, "xanana_captured", "1992", "year", ["xanana", "jakarta"], "his capture in 1992")
ev(k, "result_announced", "1999-09-04", "day", ["martin", "unamet", "dili"], "Five days after the vote")
ev(k, "suai_church", "1999-09-06", "day", ["laksaur", "suai", "madeira"], "On 6 September")
ev(k, "xanana_released", "1999-09-07", "day", ["xanana"], "On 7 September")
ev(k, "interfet_lands", "1999-09-20", "day", ["interfet", "cosgrove", "dili"], "On 20 September")
ev(k, "untaet_set_up", "1999-10", "month", ["un", "untaet"], "In October the UN set up")
ev(k, "independence", "2002-05-20", "day", ["east_timor"], "on 20 May 2002")
ev(k, "antonio_guterres_arrives", "2024-08-29", "day", ["a_guterres", "dili"], "arrived in Dili yesterday")
ev(k, "candlelight_walk", "2024-08-30", "day", ["dili"], "tonight")
ev(k, "survivor_interviews", "2019", "year", ["suai"], "Survivors I met in 2019")
cl(k, "eurico", "whoever betrays integration will answer to Aitarak.")
cl(k, "tmr", "if we had fired one shot, the world would have called it a civil war.")
cl(k, "xanana", "I am free, but my people are not,")
ACC += ["Inês Soares", "ines_soares_hist", "Historian", "Tetun", "PT", "EN", "Thread", "Aug", "Timorese",
        "President B.J. Habibie", "Gen. Wiranto", "Maj. Gen. Peter Cosgrove", "Father Hilário Madeira",
        "UN Secretary-General António Guterres", "Mahkota hotel", "Mahkota", "British", "Australian-led", "Indonesian",
        "Chega!", "Chega", "Corrections", "Sources", "Almost", "Most", "Nobody", "A", "Through", "Within", "Among", "By",
        "Survivors", "Bring", "If", "Its", "Jakarta expected", "UN Secretary-General", "Secretary-General"]
NOISE.append({"source": k, "names": ["Jorge Amaral", "Sarah Whitcombe", "Rui Baptista", "Becora"]})
BP[k] = "Post your reply"

# ---------------- q08 Tajikistan's civil war: a book review ----------------
k = "q08"
P(k, "nazarova", "Dilorom Nazarova", "Dilorom Nazarova", "Nazarova")
P(k, "safarov", "Sangak Safarov", "Sangak Safarov", "Safarov")
P(k, "rahmon", "Emomali Rahmon", "Emomali Rahmon", "Emomali Rahmonov", "Rahmon", "Rahmonov", "Rakhmonov")
P(k, "nuri", "Said Abdullo Nuri", "Said Abdullo Nuri", "Nuri")
P(k, "turajonzoda", "Akbar Turajonzoda", "Akbar Turajonzoda", "Turajonzoda")
P(k, "piriz", "Ramiro Píriz-Ballón")
P(k, "yeltsin", "Boris Yeltsin")
P(k, "namangani", "Juma Namangani")
P(k, "yoldosh", "Tohir Yo'ldosh", "Tohir Yo'ldosh", "Yo'ldosh", "Tahir Yuldashev")
P(k, "ziyoev", "Mirzo Ziyoev")
P(k, "kabiri", "Muhiddin Kabiri")
G(k, "irp", "Islamic Renaissance Party", "Islamic Renaissance Party", "IRP", "Islamic Renaissance Party of Tajikistan", "IRPT")
G(k, "popular_front", "Popular Front of Tajikistan", "Popular Front of Tajikistan", "Popular Front")
G(k, "div201", "201st Motor Rifle Division")
G(k, "supreme_soviet", "Supreme Soviet")
G(k, "uto", "United Tajik Opposition", "United Tajik Opposition", "UTO")
G(k, "border_troops", "Russian Border Troops")
G(k, "un", "United Nations", "UN")
G(k, "unmot", "UNMOT")
G(k, "cnr_tj", "Commission on National Reconciliation")
G(k, "imu", "Islamic Movement of Uzbekistan")
G(k, "supreme_court_tj", "Supreme Court of Tajikistan")
L(k, "tajikistan", "Tajikistan")
L(k, "central_asia", "Central Asia")
L(k, "dushanbe", "Dushanbe")
L(k, "moscow", "Moscow")
L(k, "kulob", "Kulob", "Kulob", "Kulyab")
L(k, "germany", "Germany")
L(k, "hisor", "Hisor")
L(k, "uzbekistan", "Uzbekistan")
L(k, "khujand", "Khujand")
L(k, "afghanistan", "Afghanistan")
L(k, "panj", "Panj")
L(k, "khost", "Khost")
L(k, "mashhad", "Mashhad")
L(k, "tavildara", "Tavildara")
L(k, "soviet_union", "Soviet Union")
L(k, "russia", "Russia")
for s, p, o in [("safarov", "founded", "popular_front"), ("safarov", "leads", "popular_front"),
                ("popular_front", "backed_by", "div201"), ("popular_front", "backed_by", "uzbekistan"),
                ("popular_front", "controls", "dushanbe"), ("rahmon", "holds_office", "supreme_soviet"),
                ("rahmon", "holds_office", "tajikistan"), ("irp", "part_of", "uto"), ("nuri", "leads", "uto"),
                ("nuri", "leads", "irp"), ("turajonzoda", "reports_to", "nuri"), ("uto", "opposed_to", "border_troops"),
                ("piriz", "holds_office", "un"), ("unmot", "part_of", "un"), ("nuri", "leads", "cnr_tj"),
                ("namangani", "allied_with", "uto"), ("namangani", "founded", "imu"), ("yoldosh", "founded", "imu"),
                ("ziyoev", "member_of", "uto"), ("kabiri", "leads", "irp")]:
    rel(k, s, p, o)
ev(k, "war_began", "1992-05", "month", ["tajikistan", "dushanbe"], "It began in May 1992")
ev(k, "moscow_agreement", "1997-06-27", "day", ["rahmon", "nuri", "uto", "moscow"], "on 27 June 1997")
ev(k, "book_published", "2025-09", "month", ["nazarova"], "published last month")
ev(k, "dushanbe_taken", "1992-12", "month", ["popular_front", "dushanbe"], "by December 1992")
ev(k, "safarov_died", "1993-03", "month", ["safarov"], "in March 1993")
ev(k, "khujand_session", "1992-11", "month", ["rahmon", "supreme_soviet", "khujand"], "in November 1992")
ev(k, "rahmon_renamed", "2007-03", "month", ["rahmon"], "in March 2007")
ev(k, "border_post_12", "1993-07-13", "day", ["uto", "border_troops"], "on 13 July 1993")
ev(k, "un_talks", "1993", "range", ["piriz", "un"], "from 1993 to 1996", end="1996")
ev(k, "unmot_sent", "1994-12", "month", ["unmot", "tajikistan"], "in December 1994")
ev(k, "turajonzoda_interview", "2019", "year", ["turajonzoda", "nazarova"], "told her in 2019")
ev(k, "imu_founded", "1998", "year", ["namangani", "yoldosh", "imu"], "in 1998 founded")
ev(k, "ziyoev_killed", "2009", "year", ["ziyoev"], "killed in 2009")
ev(k, "nuri_died", "2006", "year", ["nuri"], "in 2006")
ev(k, "irpt_banned", "2015", "year", ["supreme_court_tj", "irp"], "In 2015")
ev(k, "paperback", "2026", "approximate", ["nazarova"], "next spring")
cl(k, "nazarova", "a man who believed that every problem in the state could be solved by the methods of the prison yard.")
cl(k, "rahmon", "the most precious gift our people gave themselves,")
cl(k, "turajonzoda", "We did not trust Rakhmonov,")
cl(k, "turajonzoda", "but we trusted that he was as tired as we were.")
ACC += ["THE NORTHERN REVIEW OF BOOKS", "The Northern Review of Books", "Northern Review of Books", "Books & Arts", "History",
        "The Orchard and the Pass", "Orchard and the Pass", "Meridian Press", "Thomas Ellery-Vance", "Pamiri", "Front",
        "Russian", "Russians", "Soviet", "General Agreement", "Afghan", "Uzbek", "Western", "Kalashnikovs", "English",
        "Tavildara valley", "Panj river", "IRP's", "UTO's", "Front's", "Tajikistan's Civil War", "UN's", "Hoji",
        "Hoji Akbar Turajonzoda",
        "Reviewed", "By Dilorom Nazarova", "Pamiri forces"]
NOISE.append({"source": k, "names": ["Calder & Lowe", "Steppe Roads"]})
BP[k] = "The reviewer is a former Moscow correspondent"

W.write()
