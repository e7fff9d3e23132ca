"""Builds gold.json for the tenth held-out set (heldout9) from the annotations below (run:
python3 eval/heldout9/build_gold.py). Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, rels, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.rels, W.ev, W.cl, W.ACC, W.NOISE, W.BP



# ---------------- s01 Quebec, the FLQ: the SDH subtitle file of a documentary ----------------
k = "s01"
P(k, "cross", "James Richard Cross", "James Richard Cross", "Cross")
P(k, "lanctot", "Jacques Lanctôt", "Jacques Lanctôt", "Lanctôt")
P(k, "carbonneau", "Marc Carbonneau")
P(k, "dubuc", "Hélène Dubuc", "Hélène Dubuc", "DUBUC")
P(k, "vaillancourt", "Marc Vaillancourt")
P(k, "laporte", "Pierre Laporte", "Pierre Laporte", "Laporte")
P(k, "paul_rose", "Paul Rose")
P(k, "jacques_rose", "Jacques Rose")
P(k, "simard", "Francis Simard", "Francis Simard", "Simard")
P(k, "lortie", "Bernard Lortie")
P(k, "lemieux", "Robert Lemieux")
P(k, "bourassa", "Robert Bourassa")
P(k, "drapeau", "Jean Drapeau")
P(k, "trudeau", "Pierre Elliott Trudeau")
P(k, "ouellet", "Gilles Ouellet", "Gilles Ouellet", "OUELLET")
G(k, "flq", "Front de libération du Québec", "Front de libération du Québec", "FLQ")
G(k, "liberation_cell", "Liberation Cell")
G(k, "chenier", "Chénier Cell")
G(k, "ckac", "CKAC")
G(k, "radio_canada", "Radio-Canada")
G(k, "canadian_army", "Canadian Army")
G(k, "sq", "Sûreté du Québec")
G(k, "udem", "Université de Montréal")
L(k, "westmount", "Westmount")
L(k, "montreal", "Montreal")
L(k, "britain", "Britain")
L(k, "cuba", "Cuba")
L(k, "algeria", "Algeria")
L(k, "saint_lambert", "Saint-Lambert")
L(k, "quebec", "Quebec")
L(k, "quebec_city", "Quebec City")
L(k, "ottawa", "Ottawa")
L(k, "saint_hubert", "Saint-Hubert")
L(k, "montreal_north", "Montreal North")
L(k, "havana", "Havana")
L(k, "saint_luc", "Saint-Luc")
L(k, "canada", "Canada")
rels(k, [("liberation_cell", "part_of", "flq"), ("lanctot", "leads", "liberation_cell"),
         ("carbonneau", "member_of", "liberation_cell"), ("liberation_cell", "opposed_to", "cross"),
         ("cross", "holds_office", "britain"), ("chenier", "part_of", "flq"), ("chenier", "opposed_to", "laporte"),
         ("laporte", "holds_office", "quebec"), ("paul_rose", "leads", "chenier"), ("jacques_rose", "leads", "chenier"),
         ("simard", "member_of", "chenier"), ("lortie", "member_of", "chenier"), ("lemieux", "spokesperson_for", "flq"),
         ("bourassa", "holds_office", "quebec"), ("drapeau", "holds_office", "montreal"),
         ("trudeau", "holds_office", "canada"), ("ouellet", "member_of", "sq"), ("vaillancourt", "member_of", "ckac"),
         ("dubuc", "member_of", "udem")])
ev(k, "cross_kidnapped", "1970-10-05", "day", ["liberation_cell", "cross", "westmount", "montreal"], "Fifty years ago today")
ev(k, "flq_bombs", "1963", "approximate", ["flq"], "Since the spring of 1963")
ev(k, "carbonneau_joined", "1970", "approximate", ["carbonneau", "liberation_cell"], "had joined the cell that summer")
ev(k, "manifesto", "1970-10-08", "day", ["radio_canada", "flq"], "three days later, Radio-Canada read the FLQ's manifesto")
ev(k, "laporte_kidnapped", "1970-10-10", "day", ["chenier", "laporte", "saint_lambert"], "On Saturday the 10th")
ev(k, "letter_to_ottawa", "1970-10-15", "day", ["bourassa", "drapeau", "ottawa"], "On 15 October he and the mayor of Montreal")
ev(k, "war_measures", "1970-10-16", "day", ["trudeau"], "In the early hours of Friday 16 October")
ev(k, "laporte_found", "1970-10-17", "day", ["laporte", "saint_hubert"], "The next evening, Laporte's body was found")
ev(k, "lortie_arrested", "1970-11", "month", ["lortie"], "Bernard Lortie was arrested in November")
ev(k, "cross_freed", "1970-12-03", "day", ["cross", "liberation_cell", "montreal_north", "havana"], "On 3 December police surrounded")
ev(k, "saint_luc", "1970-12-28", "day", ["paul_rose", "jacques_rose", "simard", "saint_luc"], "Twenty-five days later")
ev(k, "lanctot_return", "1979", "year", ["lanctot"], "came home from exile in 1979")
ev(k, "rose_parole", "1982", "year", ["paul_rose"], "Paul Rose was paroled in 1982")
cl(k, "liberation_cell", "The diplomat will stay in our hands until all seven of our demands are met.")
cl(k, "dubuc", "The FLQ was never an army. It was a label that a few dozen people used, cell by cell.")
cl(k, "dubuc", "For one evening the FLQ had the whole province listening to it.")
cl(k, "dubuc", "The FLQ disappeared. The question it asked, about Quebec's place in Canada, did not.")
cl(k, "vaillancourt", "They left the envelopes in phone booths and called us to say where.")
cl(k, "bourassa", "A government that bargains with kidnappers will bargain again next month, and the month after.")
cl(k, "ouellet", "We had lists. Hundreds of names. Most of them had never held anything more dangerous than a pamphlet.")
cl(k, "ouellet", "After Laporte, nobody in my unit slept for a week.")
NOISE.append({"source": k, "names": ["Linea Captioning", "Northlight Media Inc", "CBC Archives", "Archives de Montréal",
                                     "Sophie Lemay"]})
ACC += ["Northlight Documentaries", "THE OCTOBER CRISIS", "EIGHTY-FOUR DAYS", "October Crisis", "NARRATOR",
        "CAPTION", "ARCHIVE", "SOUND", "END", "Redpath Crescent", "Premier Robert Bourassa",
        "Prime Minister Pierre Elliott Trudeau", "Quebec's Minister of Labour", "Minister of Labour",
        "War Measures Act", "Liberal", "Rose brothers", "CKAC radio", "Troops"]
BP[k] = "Subtitles by Linea Captioning"

# ---------------- s02 Burundi, the FNL: an encyclopedia's talk page ----------------
k = "s02"
P(k, "gahutu", "Rémi Gahutu", "Rémi Gahutu", "Gahutu")
P(k, "rwasa", "Agathon Rwasa", "Agathon Rwasa", "Rwasa")
P(k, "kossan", "Kabora Kossan")
P(k, "miburo", "Emmanuel Miburo", "Emmanuel Miburo", "Miburo")
P(k, "bigirimana", "Jacques Bigirimana", "Jacques Bigirimana", "Bigirimana")
P(k, "mugabarabona", "Alain Mugabarabona", "Alain Mugabarabona", "Mugabarabona")
P(k, "habimana", "Pasteur Habimana", "Pasteur Habimana", "Habimana")
P(k, "nqakula", "Charles Nqakula")
P(k, "nzabampema", "Aloys Nzabampema")
P(k, "nkurunziza", "Pierre Nkurunziza")
G(k, "fnl", "National Forces of Liberation", "National Forces of Liberation", "FNL")
G(k, "palipehutu", "Palipehutu", "Palipehutu", "Party for the Liberation of the Hutu People")
G(k, "cnl", "National Congress for Freedom", "National Congress for Freedom", "CNL")
G(k, "fnl_nzab", "FNL-Nzabampema")
G(k, "yakutumba", "Mai-Mai Yakutumba")
G(k, "fdn", "National Defence Force", "National Defence Force", "FDN")
G(k, "fab", "Burundian Armed Forces", "Burundian Armed Forces", "FAB")
G(k, "cndd", "CNDD-FDD")
G(k, "national_assembly", "National Assembly")
L(k, "mishamo", "Mishamo")
L(k, "tanzania", "Tanzania")
L(k, "burundi", "Burundi")
L(k, "bujumbura", "Bujumbura")
L(k, "bujumbura_rural", "Bujumbura Rural")
L(k, "rukaramu", "Rukaramu")
L(k, "gatumba", "Gatumba")
L(k, "drc", "DRC")
L(k, "dar", "Dar es Salaam")
L(k, "south_africa", "South Africa")
L(k, "south_kivu", "South Kivu")
L(k, "ruzizi", "Ruzizi plain")
L(k, "ngozi", "Ngozi")
rels(k, [("gahutu", "founded", "palipehutu"), ("fnl", "part_of", "palipehutu"), ("kossan", "leads", "fnl"),
         ("rwasa", "leads", "fnl"), ("rwasa", "leads", "cnl"), ("rwasa", "founded", "cnl"),
         ("bigirimana", "leads", "fnl"), ("mugabarabona", "reports_to", "rwasa"), ("fnl", "opposed_to", "mugabarabona"),
         ("habimana", "spokesperson_for", "fnl"), ("nqakula", "holds_office", "south_africa"),
         ("nzabampema", "leads", "fnl_nzab"), ("nzabampema", "reports_to", "rwasa"),
         ("fnl_nzab", "allied_with", "yakutumba"), ("fdn", "opposed_to", "fnl_nzab"), ("fnl", "opposed_to", "fab"),
         ("fnl", "opposed_to", "cndd"), ("nkurunziza", "holds_office", "burundi"),
         ("rwasa", "holds_office", "national_assembly"), ("fnl", "controls", "bujumbura_rural")])
ev(k, "palipehutu_founded", "1980", "year", ["gahutu", "palipehutu", "mishamo", "tanzania"], "founded by Rémi Gahutu in 1980")
ev(k, "name_dropped", "2009-01", "month", ["fnl", "palipehutu"], "dropped the Palipehutu name in January 2009")
ev(k, "registered", "2009-04", "month", ["fnl"], "registered party in April 2009")
ev(k, "gahutu_died", "1990", "year", ["gahutu", "tanzania"], "died in a Tanzanian prison in 1990")
ev(k, "kossan_ousted", "2001", "year", ["kossan", "rwasa", "fnl"], "until 2001, when Rwasa pushed him out")
ev(k, "rwasa_hiding", "2010", "year", ["rwasa"], "after Rwasa went into hiding in 2010")
ev(k, "miburo_elected", "2010", "year", ["miburo"], "The congress that elected Miburo in 2010")
ev(k, "cnl_registered", "2019-02", "month", ["cnl", "rwasa"], "was registered by the interior ministry last month")
ev(k, "bigirimana_since", "2012", "year", ["bigirimana", "fnl"], "has headed the registered party since 2012")
ev(k, "split_2002", "2002", "year", ["mugabarabona", "rwasa"], "broke away in 2002")
ev(k, "ceasefire_2002", "2002-10-07", "day", ["mugabarabona"], "on 7 October 2002")
ev(k, "rukaramu", "2002-12", "month", ["fnl", "mugabarabona", "rukaramu"], "at Rukaramu in December 2002")
ev(k, "gatumba", "2004-08-13", "day", ["gatumba"], "On the night of 13 August 2004")
ev(k, "habimana_claim", "2004-08-14", "day", ["habimana", "fnl"], "The next day the FNL's spokesman")
ev(k, "ceasefire_2006", "2006-09-07", "day", ["fnl", "dar"], "on 7 September 2006")
ev(k, "nzabampema_since", "2013", "approximate", ["nzabampema", "fnl_nzab", "ruzizi"], "since about 2013")
ev(k, "ngozi_rally", "2019-03-12", "day", ["rwasa", "ngozi"], "held a rally in Ngozi yesterday")
ev(k, "rwasa_elected", "2015", "year", ["rwasa", "national_assembly"], "National Assembly in 2015")
cl(k, "habimana", "was sheltering soldiers who had been shelling our positions from Gatumba.")
cl(k, "rwasa", "The FNL had nothing to do with the killing of civilians at Gatumba. Others used our name.")
cl(k, "rwasa", "will not be anybody's opposition of convenience")
NOISE.append({"source": k, "names": ["Creative Commons Attribution-ShareAlike License", "About WikiAtlas",
                                     "Contact WikiAtlas"]})
ACC += ["Talk", "Article", "View history", "WikiProject Africa", "WikiProject Military history",
        "Burundi task force", "African military history task force", "C-class", "Archives", "Ikiyaga", "Mwaro77",
        "Bujaphile", "Tanganyika Reader", "UTC", "ICG", "WP", "WP:V", "WP:TRUTH", "TRUTH", "Leader", "Leaders",
        "Successor", "Splits", "Attacks", "History", "Support", "Oppose", "Compromise", "Proposal", "Banyamulenge",
        "Congolese", "Tutsi", "Hutu", "Tanzanian", "South African", "Human Rights Watch", "Iwacu",
        "UN Group of Experts", "Group of Experts", "UN", "Comprehensive Ceasefire Agreement",
        "President Pierre Nkurunziza", "Rwasa's FNL", "government's FNL", "National Forces of Liberation (Burundi)",
        "Edit", "Read"]
BP[k] = "This page was last edited"

# ---------------- s03 Guatemala, the URNG: a conflict dataset's codebook entries ----------------
k = "s03"
P(k, "moran", "Rolando Morán", "Rolando Morán", "Morán", "Ricardo Ramírez de León", "Ramírez")
P(k, "asturias", "Rodrigo Asturias", "Rodrigo Asturias", "Asturias", "Gaspar Ilom")
P(k, "miguel_asturias", "Miguel Ángel Asturias")
P(k, "monsanto", "Pablo Monsanto", "Pablo Monsanto", "Monsanto", "Jorge Ismael Soto")
P(k, "turcios", "Luis Turcios Lima")
P(k, "rios_montt", "Efraín Ríos Montt")
P(k, "arzu", "Álvaro Arzú")
G(k, "urng", "Guatemalan National Revolutionary Unity", "Guatemalan National Revolutionary Unity",
  "Unidad Revolucionaria Nacional Guatemalteca", "URNG")
G(k, "general_command", "General Command", "General Command", "Comandancia General")
G(k, "egp", "Guerrilla Army of the Poor", "Guerrilla Army of the Poor", "Ejército Guerrillero de los Pobres", "EGP")
G(k, "orpa", "Revolutionary Organization of the People in Arms", "Revolutionary Organization of the People in Arms",
  "Organización del Pueblo en Armas", "ORPA")
G(k, "far", "Rebel Armed Forces", "Rebel Armed Forces", "Fuerzas Armadas Rebeldes", "FAR")
G(k, "pgt_nucleo", "PGT-Núcleo", "PGT-Núcleo", "Partido Guatemalteco del Trabajo - Núcleo de Dirección Nacional")
G(k, "pgt", "PGT")
G(k, "army", "Guatemalan Army", "Guatemalan Army", "Ejército de Guatemala")
G(k, "pac", "Civil Defence Patrols", "Civil Defence Patrols", "PAC")
G(k, "ceh", "Commission for Historical Clarification", "Commission for Historical Clarification", "CEH")
L(k, "guatemala", "Guatemala")
L(k, "guatemala_city", "Guatemala City")
L(k, "mexico", "Mexico")
L(k, "ixcan", "Ixcán")
L(k, "cuba", "Cuba")
L(k, "el_quiche", "El Quiché")
L(k, "nebaj", "Nebaj")
L(k, "huehuetenango", "Huehuetenango")
L(k, "san_marcos", "San Marcos")
L(k, "quetzaltenango", "Quetzaltenango")
L(k, "peten", "Petén")
rels(k, [("general_command", "part_of", "urng"), ("egp", "part_of", "urng"), ("orpa", "part_of", "urng"),
         ("far", "part_of", "urng"), ("pgt_nucleo", "part_of", "urng"), ("moran", "leads", "egp"),
         ("moran", "founded", "egp"), ("moran", "member_of", "far"), ("egp", "backed_by", "cuba"),
         ("asturias", "leads", "orpa"), ("asturias", "founded", "orpa"), ("asturias", "member_of", "general_command"),
         ("monsanto", "leads", "far"), ("turcios", "leads", "far"), ("pgt_nucleo", "part_of", "pgt"),
         ("pac", "backed_by", "army"), ("rios_montt", "holds_office", "guatemala"), ("arzu", "holds_office", "guatemala")])
ev(k, "urng_formed", "1982-02-07", "day", ["urng"], "announced on 7 February 1982")
ev(k, "peace", "1996-12-29", "day", ["general_command", "arzu", "guatemala_city"], "on 29 December 1996")
ev(k, "urng_party", "1998", "year", ["urng"], "registered as a political party in 1998")
ev(k, "egp_entry", "1972-01-19", "day", ["egp", "ixcan", "mexico"], "1972-01-19")
ev(k, "orpa_public", "1979-09-18", "day", ["orpa"], "1979-09-18")
ev(k, "orpa_formed", "1971", "year", ["orpa", "asturias"], "formed in secret in 1971")
ev(k, "far_formed", "1962-12", "month", ["far"], "1962-12 (m)")
ev(k, "officers_revolt", "1960-11-13", "day", ["far"], "13 November 1960 army officers' revolt")
ev(k, "turcios_died", "1966-10", "month", ["turcios", "guatemala_city"], "in October 1966")
ev(k, "coup", "1982-03-23", "day", ["rios_montt"], "coup of 23 March 1982")
ev(k, "rios_montt_overthrown", "1983-08-08", "day", ["rios_montt"], "overthrown on 8 August 1983")
ev(k, "pac_armed", "1981", "year", ["pac", "army"], "from 1981 onward")
ev(k, "violence", "1981", "range", ["army", "pac"], "Violence against civilians in 1981-1983", end="1983")
ev(k, "ceh_report", "1999-02-25", "day", ["ceh"], "reported on 25 February 1999")
cl(k, "asturias", "We spent eight years preparing and people called us a rumour.")
cl(k, "ceh", "state agents carried out acts of genocide against Mayan communities")
NOISE.append({"source": k, "names": ["AAAD Project Team", "Department of Peace and Conflict Research",
                                     "Nordic Social Research Council"]})
ACC += ["ARMED ACTORS IN THE AMERICAS DATASET", "AAAD", "Codebook", "Section", "Country", "Conflict", "ENTRY",
        "Coding notes", "Note", "ISO", "GTM", "GTM-A01", "GTM-A02", "GTM-A03", "GTM-A04", "GTM-A05", "GTM-C01",
        "GTM-G01", "GTM-G02", "Government of Guatemala", "Agreement on a Firm and Lasting Peace",
        "Firm and Lasting Peace", "President Álvaro Arzú", "General Efraín Ríos Montt", "Nobel", "Ixil", "Mayan",
        "Cuban", "Side A", "Side B", "Change log", "State"]
BP[k] = "Suggested citation"

# ---------------- s04 Cyprus, EOKA: an army headquarters' situation report with an ops-room log ----------------
k = "s04"
P(k, "grivas", "Grivas", "GRIVAS", "DIGHENIS")
P(k, "afxentiou", "Gregoris Afxentiou", "Gregoris AFXENTIOU", "AFXENTIOU", "ZIDROS")
P(k, "ioannou", "Nicos Ioannou", "Nicos IOANNOU")
P(k, "harding", "John Harding", "John HARDING")
P(k, "makarios", "Makarios", "MAKARIOS")
P(k, "kucuk", "Fazil Kucuk", "Fazil KUCUK")
G(k, "eoka", "EOKA")
G(k, "dwr", "1st Bn The Duke of Wellington's Regiment", "1st Bn The Duke of Wellington's Regiment", "1 DWR")
G(k, "inf50", "50 Inf Bde", "50 Inf Bde", "50 INF BDE")
G(k, "cdo45", "45 Cdo RM")
G(k, "special_branch", "Special Branch")
G(k, "cyprus_police", "Cyprus Police")
G(k, "church", "Church of Cyprus")
G(k, "volkan", "Volkan", "VOLKAN")
G(k, "citp", "Cyprus is Turkish Party")
G(k, "mobile_reserve", "Mobile Reserve")
G(k, "auxiliary_police", "Auxiliary Police")
L(k, "nicosia", "Nicosia", "NICOSIA")
L(k, "famagusta", "Famagusta", "FAMAGUSTA")
L(k, "larnaca", "Larnaca", "LARNACA")
L(k, "makheras", "Makheras Monastery", "MAKHERAS MONASTERY", "MAKHERAS")
L(k, "kythrea", "Kythrea", "KYTHREA")
L(k, "limassol", "Limassol", "LIMASSOL")
L(k, "paphos_forest", "Paphos Forest", "PAPHOS FOREST")
L(k, "pitsilia", "Pitsilia", "PITSILIA")
L(k, "troodos", "Troodos", "TROODOS")
L(k, "kykkos", "Kykkos", "KYKKOS")
L(k, "seychelles", "Seychelles", "SEYCHELLES")
L(k, "cyprus", "Cyprus")
rels(k, [("grivas", "leads", "eoka"), ("afxentiou", "member_of", "eoka"), ("afxentiou", "reports_to", "grivas"),
         ("dwr", "opposed_to", "afxentiou"), ("dwr", "part_of", "inf50"), ("eoka", "opposed_to", "ioannou"),
         ("ioannou", "member_of", "cyprus_police"), ("harding", "holds_office", "cyprus"), ("makarios", "leads", "church"),
         ("volkan", "opposed_to", "eoka"), ("kucuk", "leads", "citp"), ("mobile_reserve", "part_of", "cyprus_police"),
         ("special_branch", "part_of", "cyprus_police")])
ev(k, "campaign_start", "1955-04-01", "day", ["eoka"], "1 APR 55")
ev(k, "arrests", "1957-02-18", "range", ["nicosia", "limassol"], "the arrests of 18-20 FEB", end="1957-02-20")
ev(k, "hide_surrounded", "1957-03-03", "day", ["dwr", "afxentiou", "makheras"], "at 030430B")
ev(k, "reward", "1956-08", "month", ["afxentiou"], "since AUG 56")
ev(k, "kykkos_search", "1957-02-27", "day", ["cdo45", "kykkos"], "begun 27 FEB")
ev(k, "curfew", "1957-03-03", "day", ["kythrea"], "imposed 032000B")
ev(k, "curfew_review", "1957-03-05", "day", ["kythrea"], "to be reviewed 051200B")
ev(k, "ioannou_shot", "1957-03-03", "day", ["ioannou", "eoka", "kythrea"], "031140B. KYTHREA")
ev(k, "ioannou_letters", "1957-02", "month", ["ioannou", "eoka"], "two EOKA warning letters in FEB")
ev(k, "bomb", "1957-03-03", "day", ["limassol"], "031915B. LIMASSOL")
ev(k, "leaflets", "1957-03-03", "range", ["grivas", "larnaca"], "Night 3/4 MAR", end="1957-03-04")
ev(k, "boycott", "1957-03-25", "day", ["grivas"], "from 25 MAR")
ev(k, "broadcast", "1957-03-02", "day", ["harding"], "on the evening of 2 MAR")
ev(k, "deported", "1956-03-09", "day", ["makarios", "seychelles"], "9 MAR 56")
ev(k, "volkan_leaflets", "1957-03-02", "day", ["volkan", "nicosia"], "in NICOSIA on 2 MAR")
ev(k, "search_complete", "1957-03-05", "day", ["dwr", "makheras"], "by 051800B")
ev(k, "cordon", "1957-03-06", "day", ["inf50"], "from 06 MAR")
cl(k, "afxentiou", "I will not come out, come and take me.")
cl(k, "grivas", "Our struggle goes on until the Ethnarch comes back to his flock and the island is free to choose.")
cl(k, "harding", "The door to talks is open. It will not be opened by the gun, and it will not be kept open for ever.")
NOISE.append({"source": k, "names": ["R.T. Whitlock", "A.H. Barraclough"]})
ACC += ["SECRET", "PRIORITY", "FROM", "TO", "INFO", "DTG", "SUBJECT", "SITREP", "SITREP NO", "PERIOD",
        "HQ CYPRUS DISTRICT", "HQ Cyprus District", "G OPS", "WAR OFFICE", "MO 4", "HQ MELF",
        "GOVERNMENT HOUSE NICOSIA", "Government House", "51 INF BDE", "16 PARA BDE", "GENERAL", "EOKA ACTIVITY",
        "SECURITY FORCES OPERATIONS", "INCIDENTS", "POLITICAL", "TURKISH COMMUNITY", "CASUALTIES", "INTENTIONS",
        "ANNEX A", "OPS ROOM LOG", "EXTRACT", "SF", "SB", "RE", "PC", "PC Nicos IOANNOU", "Archbishop MAKARIOS",
        "Dr Fazil KUCUK", "Field Marshal Sir John HARDING", "Sir John HARDING", "HE", "HE the Governor of Cyprus",
        "Governor of Cyprus", "Cyprus Radio", "Ethnarch", "Greek", "Greek Cypriot", "Turkish Cypriot", "Turk",
        "British", "Nicosia Police", "NICOSIA DISTRICT", "LIMASSOL-PAPHOS", "Casevac", "Interpreter", "Leaflets",
        "Curfew", "Nil", "Explosion", "Bomb", "Body"]
BP[k] = "Distribution: G Ops"

# ---------------- s05 Italy, the Red Brigades: a history lesson with a source exercise ----------------
k = "s05"
P(k, "curcio", "Renato Curcio", "Renato Curcio", "Curcio")
P(k, "cagol", "Margherita Cagol", "Margherita Cagol", "Cagol")
P(k, "franceschini", "Alberto Franceschini", "Alberto Franceschini", "Franceschini")
P(k, "moretti", "Mario Moretti", "Mario Moretti", "Moretti")
P(k, "rossa", "Guido Rossa")
P(k, "moro", "Aldo Moro", "Aldo Moro", "Moro")
P(k, "andreotti", "Giulio Andreotti")
P(k, "cossiga", "Francesco Cossiga")
P(k, "dalla_chiesa", "Carlo Alberto dalla Chiesa", "Carlo Alberto dalla Chiesa", "dalla Chiesa")
P(k, "dozier", "James Lee Dozier")
P(k, "berlinguer", "Enrico Berlinguer")
P(k, "bassani", "Luigi Bassani")
P(k, "zaccagnini", "Benigno Zaccagnini")
G(k, "br", "Red Brigades", "Red Brigades", "Brigate Rosse", "BR")
G(k, "dc", "Christian Democrats", "Christian Democrats", "DC")
G(k, "pci", "Italian Communist Party", "Italian Communist Party", "PCI")
G(k, "carabinieri", "Carabinieri")
G(k, "br_pcc", "Red Brigades-Fighting Communist Party", "Red Brigades-Fighting Communist Party", "BR-PCC")
G(k, "prima_linea", "Prima Linea")
G(k, "mafia", "Mafia")
G(k, "sit_siemens", "Sit-Siemens")
L(k, "italy", "Italy")
L(k, "milan", "Milan")
L(k, "reggio", "Reggio Emilia")
L(k, "casale", "Casale Monferrato")
L(k, "genoa", "Genoa")
L(k, "rome", "Rome")
L(k, "via_fani", "Via Fani")
L(k, "via_caetani", "Via Caetani")
L(k, "verona", "Verona")
L(k, "padua", "Padua")
L(k, "palermo", "Palermo")
rels(k, [("curcio", "founded", "br"), ("cagol", "founded", "br"), ("franceschini", "founded", "br"),
         ("carabinieri", "opposed_to", "cagol"), ("moretti", "leads", "br"), ("moretti", "member_of", "sit_siemens"),
         ("br", "opposed_to", "rossa"), ("rossa", "member_of", "pci"), ("br", "opposed_to", "moro"),
         ("moro", "holds_office", "dc"), ("moro", "holds_office", "italy"), ("cossiga", "holds_office", "italy"),
         ("berlinguer", "leads", "pci"), ("zaccagnini", "holds_office", "dc"), ("br", "opposed_to", "dozier"),
         ("mafia", "opposed_to", "dalla_chiesa"), ("br", "opposed_to", "pci"), ("dalla_chiesa", "member_of", "carabinieri")])
ev(k, "br_founded", "1970", "year", ["br", "curcio", "cagol", "franceschini", "milan"], "founded in Milan in 1970")
ev(k, "founders_arrested", "1974-09", "month", ["curcio", "franceschini"], "arrested in September 1974")
ev(k, "curcio_freed", "1975-02", "month", ["cagol", "curcio", "casale"], "The next February")
ev(k, "cagol_killed", "1975-06-05", "day", ["cagol", "carabinieri"], "on 5 June 1975")
ev(k, "rossa_killed", "1979-01", "month", ["br", "rossa", "genoa"], "in January 1979")
ev(k, "moro_kidnapped", "1978-03-16", "day", ["br", "moro", "via_fani", "rome"], "On 16 March 1978")
ev(k, "moro_held", "1978-03-16", "range", ["moro", "br"], "Moro was held for fifty-five days", end="1978-05-09")
ev(k, "moro_found", "1978-05-09", "day", ["moro", "via_caetani"], "On 9 May 1978")
ev(k, "cossiga_resigned", "1978-05-11", "day", ["cossiga"], "resigned two days later")
ev(k, "moretti_arrested", "1981-04", "month", ["moretti", "milan"], "arrested in Milan in April 1981")
ev(k, "dozier", "1981-12", "range", ["br", "dozier", "verona", "padua"], "In the winter of 1981-82", end="1982-02")
ev(k, "br_pcc_split", "1985", "approximate", ["br_pcc", "br"], "split from the BR in the mid-1980s")
ev(k, "communique", "1978-03-18", "day", ["br", "rome"], "on 18 March 1978")
ev(k, "bassani_memoir", "2008", "year", ["bassani"], "published in 2008")
ev(k, "moretti_interview", "1993", "year", ["moretti"], "an interview given in 1993")
ev(k, "dalla_chiesa_killed", "1982", "year", ["mafia", "dalla_chiesa", "palermo"], "killed by the Mafia in Palermo in 1982")
cl(k, "br", "We have taken the president of the DC, who for thirty years has governed on behalf of the bosses. He will be tried by a people's court.")
cl(k, "bassani", "We were looking for a prison in a city of three million people. Every day the phones rang with sightings, and every day they led nowhere.")
cl(k, "moro", "I ask my party not to hide behind a principle when a man's life is at stake.")
cl(k, "moretti", "We thought we were speaking to the working class. We were speaking to ourselves.")
NOISE.append({"source": k, "names": ["Lindenfield Educational", "Leeds"]})
ACC += ["MODERN EUROPE IN DEPTH", "A-LEVEL HISTORY ONLINE", "Unit", "Lesson", "Learning objectives", "Key terms",
        "Years of Lead", "anni di piombo", "Historic compromise", "Pentito", "Background", "Source A", "Source B",
        "Source C", "Source D", "Questions", "Teacher's note", "General Carlo Alberto dalla Chiesa", "American",
        "Renault", "Western Europe", "Italian", "BR's"]
BP[k] = "© Modern Europe in Depth"

# ---------------- s06 Assam, ULFA: a forum "ask me anything" thread ----------------
k = "s06"
P(k, "rajkhowa", "Arabinda Rajkhowa", "Arabinda Rajkhowa", "Rajkhowa")
P(k, "baruah", "Paresh Baruah", "Paresh Baruah", "Baruah")
P(k, "chetia", "Anup Chetia")
P(k, "shah", "Amit Shah")
P(k, "sarma", "Himanta Biswa Sarma", "Himanta Biswa Sarma", "Sarma")
P(k, "mahanta", "Prafulla Kumar Mahanta")
G(k, "ulfa", "United Liberation Front of Asom", "United Liberation Front of Asom", "ULFA")
G(k, "ulfa_i", "ULFA (Independent)", "ULFA (Independent)", "ULFA-I")
G(k, "aasu", "All Assam Students' Union", "All Assam Students' Union", "AASU")
G(k, "unlfw", "United National Liberation Front of Western South East Asia",
  "United National Liberation Front of Western South East Asia", "UNLFW")
G(k, "indian_army", "Indian Army")
G(k, "rba", "Royal Bhutan Army")
L(k, "assam", "Assam")
L(k, "guwahati", "Guwahati")
L(k, "bhutan", "Bhutan")
L(k, "delhi", "Delhi")
L(k, "myanmar", "Myanmar")
L(k, "bangladesh", "Bangladesh")
L(k, "dhaka", "Dhaka")
L(k, "india", "India")
L(k, "rang_ghar", "Rang Ghar")
L(k, "sibsagar", "Sibsagar")
L(k, "tinsukia", "Tinsukia")
L(k, "dhemaji", "Dhemaji")
rels(k, [("rajkhowa", "leads", "ulfa"), ("shah", "holds_office", "india"), ("sarma", "holds_office", "assam"),
         ("baruah", "leads", "ulfa_i"), ("baruah", "member_of", "ulfa"), ("rajkhowa", "founded", "ulfa"),
         ("baruah", "founded", "ulfa"), ("chetia", "founded", "ulfa"), ("chetia", "holds_office", "ulfa"),
         ("indian_army", "opposed_to", "ulfa"), ("rba", "opposed_to", "ulfa"), ("mahanta", "holds_office", "aasu"),
         ("mahanta", "holds_office", "assam"), ("mahanta", "opposed_to", "ulfa"), ("ulfa_i", "member_of", "unlfw")])
ev(k, "accord", "2023-12-29", "day", ["rajkhowa", "shah", "sarma", "ulfa"], "on 29 December")
ev(k, "talks_since", "2011", "year", ["ulfa"], "in talks with the government since 2011")
ev(k, "renamed", "2013", "year", ["baruah", "ulfa_i"], "renamed his faction in 2013")
ev(k, "ulfa_founded", "1979-04-07", "day", ["rajkhowa", "baruah", "chetia", "ulfa", "rang_ghar", "sibsagar"], "on 7 April 1979")
ev(k, "disband", "2024-01", "approximate", ["ulfa"], "within a month of the signing")
ev(k, "rajkhowa_handed", "2009", "year", ["rajkhowa", "dhaka", "india"], "after 2009, when Dhaka handed Rajkhowa over")
ev(k, "chetia_handed", "2015-11", "month", ["chetia", "bangladesh"], "in November 2015")
ev(k, "baruah_call", "2023-12-30", "day", ["baruah"], "by phone on Saturday")
ev(k, "bajrang", "1990-11", "month", ["indian_army", "ulfa"], "in November 1990")
ev(k, "rhino", "1991", "year", ["ulfa"], "the following year")
ev(k, "all_clear", "2003-12", "month", ["rba", "ulfa", "bhutan"], "in December 2003")
ev(k, "dhemaji", "2004-08-15", "day", ["dhemaji", "ulfa"], "On Independence Day 2004")
ev(k, "assam_movement", "1979", "range", ["aasu"], "from 1979 to 1985", end="1985")
ev(k, "mahanta_cm", "1985", "year", ["mahanta", "aasu"], "after the 1985 accord")
ev(k, "unlfw_formed", "2015", "year", ["unlfw"], "formed in 2015")
cl(k, "baruah", "An accord signed without the question of sovereignty is not an accord, it is a surrender.")
cl(k, "rajkhowa", "We carry Dhemaji with us, and we will carry it for the rest of our lives.")
cl(k, "sarma", "keep every promise in this document, because this time we wrote the promises ourselves.")
NOISE.append({"source": k, "names": ["Reddit Rules", "Privacy Policy", "User Agreement"]})
ACC += ["r/NortheastIndia", "NortheastIndia", "AMA", "Flair", "Verified", "EDIT", "IST", "Anjali Bora", "OP", "TIL",
        "Home Minister Amit Shah", "Home Minister", "Chief Minister", "Chief Minister of Assam",
        "Memorandum of Settlement", "Operation Bajrang", "Operation Rhino", "Operation All Clear",
        "Independence Day", "Assam Movement", "President's Rule", "Northeast", "Naga", "Manipuri", "Myanmar-China",
        "Posted"]
BP[k] = "About Community"

# ---------------- s07 Nagaland, the NSCN: an archive's finding aid ----------------
k = "s07"
P(k, "lhoungu", "Vikhozo Lhoungu", "Vikhozo Lhoungu", "Lhoungu")
P(k, "phizo", "Angami Zapu Phizo", "Angami Zapu Phizo", "Phizo", "A. Z. Phizo")
P(k, "isak", "Isak Chishi Swu", "Isak Chishi Swu", "Isak")
P(k, "muivah", "Thuingaleng Muivah", "Thuingaleng Muivah", "Muivah", "Th. Muivah")
P(k, "khaplang", "S. S. Khaplang", "S. S. Khaplang", "Khaplang")
P(k, "ravi", "R. N. Ravi")
P(k, "modi", "Narendra Modi")
G(k, "nnc", "Naga National Council", "Naga National Council", "NNC")
G(k, "naga_army", "Naga Army")
G(k, "indian_army", "Indian Army")
G(k, "assam_rifles", "Assam Rifles")
G(k, "nscn", "National Socialist Council of Nagaland", "National Socialist Council of Nagaland", "NSCN")
G(k, "nscn_im", "NSCN (Isak-Muivah)", "NSCN (Isak-Muivah)", "NSCN-IM")
G(k, "nscn_k", "NSCN (Khaplang)", "NSCN (Khaplang)", "NSCN-K")
G(k, "nbcc", "Nagaland Baptist Church Council", "Nagaland Baptist Church Council", "NBCC")
G(k, "fnr", "Forum for Naga Reconciliation", "Forum for Naga Reconciliation", "FNR")
G(k, "dogra", "Dogra Regiment")
L(k, "kohima", "Kohima")
L(k, "khonoma", "Khonoma")
L(k, "naga_hills", "Naga Hills")
L(k, "assam", "Assam")
L(k, "serampore", "Serampore")
L(k, "london", "London")
L(k, "china", "China")
L(k, "myanmar", "Myanmar")
L(k, "india", "India")
L(k, "new_delhi", "New Delhi")
L(k, "delhi", "Delhi")
L(k, "chandel", "Chandel")
L(k, "manipur", "Manipur")
L(k, "camp_hebron", "Camp Hebron")
rels(k, [("phizo", "holds_office", "nnc"), ("naga_army", "part_of", "nnc"), ("naga_army", "opposed_to", "indian_army"),
         ("naga_army", "opposed_to", "assam_rifles"), ("isak", "founded", "nscn"), ("muivah", "founded", "nscn"),
         ("khaplang", "founded", "nscn"), ("isak", "leads", "nscn"), ("muivah", "holds_office", "nscn"),
         ("khaplang", "holds_office", "nscn"), ("nscn_im", "part_of", "nscn"), ("nscn_k", "part_of", "nscn"),
         ("isak", "leads", "nscn_im"), ("muivah", "leads", "nscn_im"), ("khaplang", "leads", "nscn_k"),
         ("nscn_im", "opposed_to", "nscn_k"), ("nscn_k", "opposed_to", "nscn_im"), ("ravi", "holds_office", "india"),
         ("modi", "holds_office", "india"), ("nscn_k", "opposed_to", "dogra"), ("lhoungu", "member_of", "nbcc"),
         ("lhoungu", "founded", "fnr"), ("lhoungu", "member_of", "fnr")])
ev(k, "ordained", "1961", "year", ["lhoungu"], "ordained in 1961")
ev(k, "pastor", "1962", "range", ["lhoungu", "kohima"], "From 1962 to 1994 he was pastor", end="1994")
ev(k, "nbcc_committee", "1985", "year", ["lhoungu", "nbcc"], "from 1985 he sat on the peace committee")
ev(k, "fnr_founded", "2008", "year", ["lhoungu", "fnr"], "In 2008 he was one of the founders")
ev(k, "lhoungu_died", "2016-02-02", "day", ["lhoungu", "kohima"], "on 2 February 2016")
ev(k, "phizo_president", "1950", "year", ["phizo", "nnc"], "whose president from 1950")
ev(k, "independence_declared", "1947-08-14", "day", ["nnc"], "on 14 August 1947")
ev(k, "phizo_london", "1960", "year", ["phizo", "london"], "left for London in 1960")
ev(k, "shillong_accord", "1975-11-11", "day", ["india"], "On 11 November 1975")
ev(k, "nscn_founded", "1980-01-31", "day", ["isak", "muivah", "khaplang", "nscn"], "On 31 January 1980")
ev(k, "nscn_split", "1988-04-30", "day", ["nscn", "nscn_im", "nscn_k"], "On 30 April 1988")
ev(k, "factions_fought", "1990", "range", ["nscn_im", "nscn_k"], "for much of the 1990s", end="1999")
ev(k, "ceasefire_1997", "1997-08-01", "day", ["nscn_im", "india"], "from 1 August 1997")
ev(k, "framework", "2015-08-03", "day", ["muivah", "ravi", "modi", "new_delhi"], "On 3 August 2015")
ev(k, "nscn_k_ceasefire", "2001", "year", ["nscn_k"], "its own ceasefire in 2001")
ev(k, "nscn_k_ended", "2015-03", "month", ["nscn_k"], "ended it in March 2015")
ev(k, "chandel", "2015-06", "month", ["nscn_k", "dogra", "chandel", "manipur"], "three months later")
ev(k, "isak_died", "2016-06-28", "day", ["isak", "delhi"], "Isak died in Delhi on 28 June 2016")
ev(k, "khaplang_died", "2017", "year", ["khaplang", "myanmar"], "Khaplang in Myanmar the following year")
ev(k, "muivah_letter", "1982", "year", ["muivah"], "a letter of 1982")
ev(k, "covenant", "2009-06-13", "day", ["fnr"], "Covenant of Reconciliation, 13 June 2009")
cl(k, "lhoungu", "Brothers who prayed together last year are burying each other's men this spring.")
cl(k, "muivah", "was signed by tired men in the name of people who had not been asked.")
NOISE.append({"source": k, "names": ["Mhasivono Kire", "Daniel Oakes"]})
ACC += ["EASTERN FRONTIER ARCHIVE", "Eastern Frontier Archive", "Vikhozo Lhoungu Papers", "COLLECTION SUMMARY",
        "Title", "Dates", "Extent", "Language", "Call number", "Abstract", "EFA MS", "EFA", "BIOGRAPHICAL NOTE",
        "HISTORICAL NOTE", "SCOPE AND CONTENT", "ARRANGEMENT", "CONTAINER LIST", "RELATED MATERIALS", "Series I",
        "Series II", "Series III", "Series IV", "Series V", "Box", "Folder", "Tenyidie", "Nagamese", "Hindi",
        "English", "Burmese", "Baptist", "Hemi Naga", "Government of India", "Shillong Accord",
        "Framework Agreement", "Covenant of Reconciliation", "Prime Minister Narendra Modi", "Longri Ao",
        "Rev. Longri Ao", "Council of Baptist Churches in Northeast India", "Naga Students' Federation",
        "Naga underground"]
BP[k] = "CONDITIONS GOVERNING ACCESS"

# ---------------- s08 Malaya, the Emergency: a lecture's slide outline with speaker notes ----------------
k = "s08"
P(k, "chin_peng", "Chin Peng")
P(k, "lai_teck", "Lai Teck")
P(k, "gurney", "Henry Gurney", "Henry Gurney", "Gurney")
P(k, "briggs", "Harold Briggs")
P(k, "templer", "Gerald Templer", "Gerald Templer", "Templer")
P(k, "tunku", "Tunku Abdul Rahman", "Tunku Abdul Rahman", "Tunku")
P(k, "marshall", "David Marshall")
P(k, "tan", "Tan Cheng Lock")
G(k, "mcp", "Malayan Communist Party", "Malayan Communist Party", "MCP")
G(k, "mnla", "Malayan National Liberation Army", "Malayan National Liberation Army", "MNLA",
  "Malayan Races Liberation Army", "MRLA")
G(k, "min_yuen", "Min Yuen")
G(k, "mpaja", "Malayan People's Anti-Japanese Army", "Malayan People's Anti-Japanese Army", "MPAJA")
G(k, "force136", "Force 136")
G(k, "umno", "UMNO")
G(k, "mca", "Malayan Chinese Association", "Malayan Chinese Association", "MCA")
L(k, "malaya", "Malaya")
L(k, "london", "London")
L(k, "bangkok", "Bangkok")
L(k, "sungai_siput", "Sungai Siput")
L(k, "perak", "Perak")
L(k, "johore", "Johore")
L(k, "frasers_hill", "Fraser's Hill")
L(k, "singapore", "Singapore")
L(k, "thailand", "Thailand")
L(k, "malaysia", "Malaysia")
L(k, "baling", "Baling")
rels(k, [("chin_peng", "holds_office", "mcp"), ("lai_teck", "holds_office", "mcp"), ("mnla", "part_of", "mcp"),
         ("min_yuen", "part_of", "mcp"), ("mpaja", "backed_by", "force136"), ("mnla", "opposed_to", "gurney"),
         ("gurney", "holds_office", "malaya"), ("templer", "holds_office", "malaya"), ("tunku", "holds_office", "umno"),
         ("marshall", "holds_office", "singapore"), ("tan", "holds_office", "mca"), ("umno", "allied_with", "mca")])
ev(k, "anniversary", "1948-06", "month", ["sungai_siput"], "seventy years ago next month")
ev(k, "mcp_founded", "1930", "year", ["mcp"], "founded 1930")
ev(k, "chin_peng_sg", "1947", "year", ["chin_peng", "mcp"], "(from 1947)")
ev(k, "victory_parade", "1946", "year", ["chin_peng", "london"], "in London in 1946")
ev(k, "lai_teck_vanished", "1947-03", "month", ["lai_teck"], "he disappeared in March 1947")
ev(k, "planters_killed", "1948-06-16", "day", ["sungai_siput", "perak"], "16 June 1948")
ev(k, "emergency_malaya", "1948-06-18", "day", ["malaya"], "across Malaya two days later")
ev(k, "gurney_killed", "1951-10-06", "day", ["mnla", "gurney", "frasers_hill"], "6 October 1951")
ev(k, "briggs_appointed", "1950-04", "month", ["briggs"], "in April 1950")
ev(k, "templer_term", "1952-02", "range", ["templer"], "February 1952 - May 1954", end="1954-05")
ev(k, "elections", "1955", "year", ["umno", "mca"], "1955: Federal elections")
ev(k, "baling", "1955-12-28", "range", ["chin_peng", "tunku", "marshall", "tan", "baling"], "28-29 December 1955", end="1955-12-29")
ev(k, "merdeka", "1957-08-31", "day", ["malaya"], "31 August 1957")
ev(k, "emergency_end", "1960-07-31", "day", ["malaya"], "31 July 1960")
ev(k, "hat_yai", "1989-12-02", "day", ["mcp", "malaysia", "thailand"], "2 December 1989")
ev(k, "chin_peng_died", "2013-09", "month", ["chin_peng", "bangkok"], "in September 2013")
cl(k, "templer", "We will not win this in the jungle. We will win it in the villages, or not at all.")
cl(k, "chin_peng", "We walked out of Baling knowing that we had lost the argument about independence. The Tunku had taken it from us.")
NOISE.append({"source": k, "names": ["Imperial War Museum", "Moodle"]})
ACC += ["Joint Services Command and Staff College", "Elective 7", "Elective", "Counter-insurgency case studies",
        "Lecture 4", "Elective7_L4_Malaya_v3", "Slide", "Speaker notes", "Learning outcomes", "Malayan Emergency",
        "Emergency", "Briggs Plan", "New Villages", "Director of Operations", "High Commissioner",
        "High Commissioner for Malaya", "Sir Henry Gurney", "Lt Gen Sir Harold Briggs", "Gen Sir Gerald Templer",
        "Chief Minister of Singapore", "Alliance", "Merdeka", "Hat Yai", "Hat Yai peace agreement", "Federation",
        "Federal elections", "OBE", "European", "Malayan", "Quote slide", "White areas", "Secretary-General",
        "Japanese", "Chinese"]
BP[k] = "Slide 11 - Further reading"

W.write()
