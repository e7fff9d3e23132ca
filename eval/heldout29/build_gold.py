"""Builds gold.json for the twenty-ninth held-out set (heldout29) from the annotations below (run:
python3 eval/heldout29/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words. Entity surfaces are never split across lines.

No entity is shared between two sources of this set: the eight articles are about eight unrelated conflicts on five
continents (the only names two of them share are generic words such as "French", which are acceptable). Entity ids are
therefore local to each article but kept unique across the set. Event ids are unique across the whole set."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, rels, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.rels, W.ACC, W.NOISE, W.BP

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = {f[:3]: open(os.path.join(HERE, "corpus", f), encoding="utf-8").read()
        for f in os.listdir(os.path.join(HERE, "corpus")) if f.endswith((".txt", ".md"))}


def exact(k, s):
    """The verbatim span of source k that matches s when whitespace runs are treated as equal."""
    m = re.search(r"\s+".join(re.escape(w) for w in s.split()), TEXT[k])
    if not m:
        raise SystemExit(f"{k}: not found in text: {s[:60]!r}")
    return m.group(0)


def ev(k, id, date, prec, involves, cue, end=None):
    W.ev(k, id, date, prec, involves, exact(k, cue), end=end)


def cl(k, speaker, quote):
    W.cl(k, speaker, exact(k, quote))


# ---------------- i01 Grão-Pará, the Cabanos and the Cabanagem (1835-1840): a samba school's parade theme synopsis ----------------
k = "i01"
P(k, "quaresma", "Telma Ribeiro Quaresma")
P(k, "lobato", "Ademir Sarmento Lobato")
P(k, "batista_campos", "João Batista Gonçalves Campos", "João Batista Gonçalves Campos", "Batista Campos")
P(k, "antonio_vinagre", "Antônio Vinagre", "Antônio Vinagre", "Antônio")
P(k, "lobo", "Bernardo Lobo de Sousa")
P(k, "malcher", "Félix Clemente Malcher", "Félix Clemente Malcher", "Malcher")
P(k, "francisco_vinagre", "Francisco Vinagre")
P(k, "angelim", "Eduardo Angelim", "Eduardo Angelim", "Angelim")
P(k, "rodrigues", "Manuel Jorge Rodrigues")
P(k, "andrea", "Francisco José de Sousa Soares de Andréa", "Francisco José de Sousa Soares de Andréa", "Andréa")
P(k, "niemeyer", "Oscar Niemeyer")
P(k, "pinheiro", "Jurandir Malato Pinheiro")
G(k, "cabanos", "Cabanos")
G(k, "empire_brazil", "Empire of Brazil")
G(k, "regency", "Regency")
G(k, "ufpa", "Universidade Federal do Pará", "Universidade Federal do Pará", "UFPA")
L(k, "belem", "Belém")
L(k, "grao_para", "Grão-Pará")
L(k, "rio", "Rio de Janeiro", "Rio de Janeiro", "Rio")
L(k, "acara", "Acará")
L(k, "ceara", "Ceará")
rels(k, [("cabanos", "opposed_to", "empire_brazil"), ("batista_campos", "advises", "cabanos"), ("antonio_vinagre", "leads", "cabanos"), ("cabanos", "opposed_to", "lobo"),
         ("lobo", "holds_office", "grao_para"), ("malcher", "holds_office", "grao_para"),
         ("francisco_vinagre", "holds_office", "grao_para"), ("malcher", "opposed_to", "francisco_vinagre"),
         ("francisco_vinagre", "opposed_to", "malcher"), ("angelim", "holds_office", "grao_para"), ("angelim", "leads", "cabanos"),
         ("cabanos", "controls", "belem"), ("andrea", "opposed_to", "cabanos"), ("lobato", "member_of", "ufpa")])
ev(k, "cabanagem", "1835", "range", ["cabanos", "grao_para"], "from 1835 to 1840", end="1840")
ev(k, "batista_died", "1834-12-31", "day", ["batista_campos"], "on 31 December 1834")
ev(k, "belem_taken", "1835-01-07", "day", ["cabanos", "antonio_vinagre", "lobo", "belem", "acara"], "Before dawn on 7 January 1835")
ev(k, "malcher_killed", "1835-02", "month", ["malcher", "francisco_vinagre", "belem"], "in February 1835")
ev(k, "handover", "1835-07", "month", ["francisco_vinagre", "rodrigues", "belem"], "Manuel Jorge Rodrigues in July")
ev(k, "belem_retaken", "1835-08-14", "day", ["cabanos", "antonio_vinagre", "belem"], "On 14 August 1835")
ev(k, "andrea_entered", "1836-05-13", "day", ["andrea", "belem"], "On 13 May 1836")
ev(k, "angelim_captured", "1836-10", "month", ["angelim"], "captured in October 1836")
ev(k, "amnesty_1840", "1840", "year", ["cabanos"], "until an amnesty in 1840")
ev(k, "memorial_opened", "1985", "year", ["niemeyer", "belem"], "opened for the 150th anniversary in 1985")
ev(k, "first_round", "2025-07-05", "day", ["pinheiro"], "sung at the quadra last Saturday")
cl(k, "quaresma", "I grew up hearing that the Cabanos were bandits. My grandmother said they were the first time the poor of this city governed it, even for nine months,")
cl(k, "quaresma", "The avenue is the only history book some people will open this year. So we will not hide the blood, and we will not hide the dignity either.")
cl(k, "lobato", "Angelim was brave and very young, but the Cabanagem was never one man's revolt. Write the canoe men into the samba, not only the presidents.")
NOISE.append({"source": k, "names": ["Açaí do Ver-o-Peso Distribuidora", "Rádio Marajoara Digital", "Construtora Tapajós Norte",
                                     "Travessa Padre Eutíquio", "Marinalva Cunha", "Cametá", "Rafa Souza", "Icoaraci",
                                     "Grêmio Recreativo Escola de Samba Filhos do Igarapé", "Manguezal Web", "Ananindeua"]})
ACC += ["G.R.E.S. FILHOS DO IGARAPÉ", "FILHOS DO IGARAPÉ", "Filhos do Igarapé", "BELÉM DO PARÁ", "Belém do Pará",
        "Cabanagem", "CABANAGEM FOREVER", "Memorial da Cabanagem", "Memorial", "cabano", "cabanas", "Vinagres", "Portuguese",
        "Indigenous", "Black", "Amazonian", "Prof. Ademir Sarmento Lobato", "Marshal Manuel Jorge Rodrigues",
        "General Francisco José de Sousa Soares de Andréa", "Carnaval 2026", "Enredo 2026", "ENREDO 2026", "Enredo",
        "Carnavalesca", "CARNAVALESCA", "Comissão de frente", "Baianas", "Ala 01", "Ala 07", "Ala 12", "Carro 01", "Carro 03",
        "Carro 05", "CABANOS: THE PEOPLE WHO TOOK BELÉM", "THE PEOPLE WHO TOOK BELÉM", "Início", "A Escola", "Alas", "Bateria",
        "Ensaios", "Loja", "Contato", "PT", "EN", "Synopsis", "English", "ABOUT THIS SYNOPSIS", "SECTOR", "THE HUTS ON THE RIVERBANK",
        "THE NIGHT OF 7 JANUARY", "BROTHERS AT WAR", "THE RETURN AND THE RED BANNER", "THE LONG RETREAT", "WINGS AND FLOATS",
        "WORD FROM THE CARNAVALESCA", "FROM OUR HISTORIAN", "Historical", "Official", "Released", "Every", "Home", "Our",
        "Before", "Then", "Most", "Bands", "Write", "So", "My", "For", "Ceará-born"]
BP[k] = "PARCEIROS E PATROCINADORES"

# ---------------- i02 Jharkhand, Sidhu and Kanhu Murmu and the Santhal Hul (1855-1856): a school's morning assembly script ----------------
k = "i02"
P(k, "soren_tirkey", "Anjali Soren-Tirkey")
P(k, "hansda", "Ritika Hansda")
P(k, "besra", "Aman Besra")
P(k, "marandi", "Priyanshu Marandi")
P(k, "tudu", "Karan Tudu")
P(k, "kisku", "Sneha Kisku")
P(k, "mahato", "Rekha Mahato")
P(k, "hembrom", "Barnabas Hembrom-Xalxo")
P(k, "sidhu", "Sidhu Murmu", "Sidhu", "Sido")
P(k, "kanhu", "Kanhu Murmu", "Kanhu")
P(k, "chand", "Chand Murmu", "Chand")
P(k, "bhairav", "Bhairav Murmu")
P(k, "phulo", "Phulo Murmu", "Phulo")
P(k, "jhano", "Jhano Murmu", "Jhano")
P(k, "dutta", "Mahesh Lal Dutta")
P(k, "yule", "George Yule")
G(k, "east_indian_railway", "East Indian Railway")
G(k, "bengal_army", "Bengal Army")
G(k, "skmu", "Sido Kanhu Murmu University")
L(k, "ghatshila", "Ghatshila", "GHATSHILA")
L(k, "jharkhand", "Jharkhand")
L(k, "rajmahal", "Rajmahal Hills")
L(k, "damin", "Damin-i-Koh")
L(k, "bhognadih", "Bhognadih")
L(k, "sahibganj", "Sahibganj")
L(k, "calcutta", "Calcutta")
L(k, "panchkathia", "Panchkathia")
L(k, "ganges", "Ganges")
L(k, "bhagalpur", "Bhagalpur")
L(k, "murshidabad", "Murshidabad")
L(k, "pirpainti", "Pirpainti")
L(k, "santhal_parganas", "Santhal Parganas")
L(k, "dumka", "Dumka")
L(k, "ranchi", "Ranchi")
rels(k, [("sidhu", "opposed_to", "dutta"), ("sidhu", "opposed_to", "east_indian_railway"), ("bengal_army", "opposed_to", "sidhu"),
         ("bengal_army", "opposed_to", "kanhu"), ("yule", "holds_office", "santhal_parganas"),
         ("santhal_parganas", "part_of", "jharkhand"), ("hembrom", "member_of", "skmu")])
ev(k, "bhognadih_gathering", "1855-06-30", "day", ["bhognadih", "sidhu", "kanhu"], "On 30 June 1855 thousands of Santhals gathered at Bhognadih")
ev(k, "panchkathia", "1855-07-07", "day", ["dutta", "sidhu", "panchkathia"], "On 7 July 1855, at Panchkathia")
ev(k, "pirpainti", "1855-07", "approximate", ["pirpainti"], "In mid-July 1855")
ev(k, "martial_law", "1855-11-10", "day", ["bengal_army"], "proclaimed on 10 November 1855")
ev(k, "martial_law_lifted", "1856-01-03", "day", ["bengal_army"], "lifted on 3 January 1856")
ev(k, "sidhu_captured", "1855-08", "month", ["sidhu"], "captured in August 1855")
ev(k, "kanhu_caught", "1856-02", "month", ["kanhu"], "caught in February 1856")
ev(k, "district_made", "1855-12", "month", ["santhal_parganas", "yule"], "In December 1855 the government made")
ev(k, "jharkhand_formed", "2000-11-15", "day", ["santhal_parganas", "jharkhand"], "on 15 November 2000")
ev(k, "skmu_founded", "1992", "year", ["skmu"], "founded in 1992")
ev(k, "museum_visit", "2025-06-24", "day", ["hembrom", "ranchi"], "Last Tuesday Class VIII visited the tribal museum")
cl(k, "sidhu", "We will not pay the moneylender twice for the same rice. We walk to Calcutta and tell the great men what is done to us.")
cl(k, "kanhu", "And if their police stop us on the road, we will not go home.")
cl(k, "hembrom", "The British records call him Sido and the songs call him Sidhu. Both are right, as long as you remember what he stood for.")
cl(k, "mahato", "Sidhu and Kanhu were not rich and they were not educated in our sense, but they refused to accept that injustice was normal. That is the lesson for a school: ask questions, and ask them together.")
NOISE.append({"source": k, "names": ["Sukhdeo Pradhan", "Farzana Quadri", "Mau Bhandar Road", "East Singhbhum",
                                     "Subarnarekha Digital", "Jamshedpur"]})
ACC += ["SAL LEAF PUBLIC SCHOOL", "Sal Leaf Public School", "CBSE", "Hul", "HUL", "Hul Diwas", "HUL DIWAS", "Hul Johar",
        "Santhal", "Santhals", "Santali", "Company", "Thakur", "Creator", "British", "Murmu", "Hamara Jharkhand",
        "Mrs. Anjali Soren-Tirkey", "Mrs. Rekha Mahato", "Dr. Barnabas Hembrom-Xalxo", "Principal", "National Anthem",
        "ANCHOR", "ANCHOR 1", "ANCHOR 2", "Anchor 2", "NARRATOR", "VIII-B", "Class VIII", "Jharna", "Houses",
        "MORNING ASSEMBLY SCRIPT", "ORDER OF THE ASSEMBLY", "THOUGHT FOR THE DAY", "SPECIAL FEATURE", "THE HUL OF 1855",
        "QUIZ", "NEWS HEADLINES", "PRINCIPAL'S ADDRESS", "Special", "Thought", "Prayer", "Quiz", "Pledge", "Lines", "News",
        "Circulars", "Assemblies", "Parents' Portal", "Events", "Gallery", "Fee Payment", "Affiliated", "Class", "Duration",
        "Venue", "Main Ground", "Multipurpose Hall", "Teacher", "Circulated", "Good", "Today", "Let", "Sal", "Debts", "Within",
        "Troops", "Estimates", "But", "And", "Name", "Which", "Monsoon", "Both", "Agreed", "Please", "Thank",
        "Sahibganj district"]
BP[k] = "STAFF NOTES AND DUTY ROSTER"

# ---------------- i03 Kimberley, Jandamarra and the Bunuba resistance (1894-1897): a council's place-naming public notice ----------------
k = "i03"
P(k, "whitlock", "Renee Whitlock-Baird")
P(k, "jandamarra", "Jandamarra", "Jandamarra", "Pigeon", "Sandawarra")
P(k, "richardson", "William Richardson", "William Richardson", "Richardson")
P(k, "ellemarra", "Ellemarra")
P(k, "burke", "Burke")
P(k, "gibbs", "Gibbs")
P(k, "minko", "Minko Mick")
P(k, "pedersen", "Howard Pedersen")
P(k, "woorunmurra", "Banjo Woorunmurra")
P(k, "nangkiriny", "Dorothy Nangkiriny-Cox")
P(k, "ellery", "Grant Ellery-Moss")
G(k, "bunuba", "Bunuba")
G(k, "derby_youth_forum", "Derby Youth Forum")
L(k, "derby", "Derby")
L(k, "napier", "Napier Range", "Napier Range", "Balili")
L(k, "lillimooloora", "Lillimooloora")
L(k, "windjana", "Windjana Gorge", "Windjana Gorge", "Bandilngan")
L(k, "tunnel_creek", "Tunnel Creek", "Tunnel Creek", "Baraa")
L(k, "pilbara", "Pilbara")
L(k, "fitzroy_river", "Fitzroy River", "Fitzroy")
L(k, "lennard", "Lennard River")
rels(k, [("jandamarra", "member_of", "bunuba"), ("jandamarra", "reports_to", "richardson"), ("ellemarra", "member_of", "bunuba"),
         ("jandamarra", "opposed_to", "richardson"), ("jandamarra", "opposed_to", "burke"), ("jandamarra", "opposed_to", "gibbs"),
         ("minko", "opposed_to", "jandamarra"), ("woorunmurra", "member_of", "bunuba")])
ev(k, "council_meeting", "2025-10-28", "day", ["derby"], "At its ordinary meeting last Tuesday")
ev(k, "captives_1894", "1894", "approximate", ["richardson", "ellemarra", "bunuba", "lillimooloora"], "In late 1894 Richardson and his trackers captured")
ev(k, "richardson_killed", "1894-10-31", "day", ["jandamarra", "richardson", "lillimooloora"], "On 31 October 1894, 131 years ago today")
ev(k, "stockmen_killed", "1894-11-10", "day", ["jandamarra", "burke", "gibbs", "windjana"], "On 10 November 1894")
ev(k, "windjana_fight", "1894-11-16", "day", ["bunuba", "ellemarra", "jandamarra", "windjana"], "On 16 November 1894")
ev(k, "jandamarra_killed", "1897-04-01", "day", ["jandamarra", "minko", "tunnel_creek"], "on 1 April 1897")
ev(k, "bunuba_resistance", "1894", "range", ["bunuba"], "from 1894 to 1897", end="1897")
ev(k, "book_1995", "1995", "year", ["pedersen", "woorunmurra"], "Bunuba Resistance (1995)")
ev(k, "neck_chains", "1890", "approximate", ["derby", "fitzroy_river", "lennard"], "in neck chains in the 1890s")
cl(k, "nangkiriny", "For a long time our kids heard the name Pigeon from other people's mouths, like he was a bird or a joke. Jandamarra is his proper name. Put it in the town where they brought our old people in chains, and let the kids read it on the way to the jetty.")
cl(k, "ellery", "is not about taking sides in 1894. It is about telling the whole story in the place where half of it happened.")
NOISE.append({"source": k, "names": ["Fitzroy Crossing", "Nyikina", "Worrorra", "Pindan Creative", "Broome"]})
ACC += ["DERBY-LENNARD SHIRE COUNCIL", "Derby-Lennard Shire Council", "Council", "Councillor", "Shire", "Have Your Say",
        "Jandamarra Reserve", "JANDAMARRA RESERVE (BUNUBA)", "JANDAMARRA RESERVE", "Lot 512", "Loch Street",
        "Jandamarra and the Bunuba Resistance", "Bunuba Resistance", "Bunuba elders' reference group", "Aboriginal",
        "Constable William Richardson", "Constable Richardson", "Elder Dorothy Nangkiriny-Cox", "Councillor Grant Ellery-Moss",
        "PUBLIC NOTICE PN-2025/07", "PN-2025/07", "PROPOSED NAMING OF A COMMUNITY RESERVE", "Coordinator Community Places",
        "THE PROPOSAL", "WHO WAS JANDAMARRA?", "WHY THIS NAME AND THIS PLACE", "SPELLING AND PRONUNCIATION", "HOW TO COMMENT",
        "Home", "Services", "Notices", "Careers", "Contact", "Accept", "Manage", "Open", "Place", "Notice", "Consultation",
        "Settlers", "As", "Later", "What", "He", "Most", "The", "All", "Submissions", "Put", "For", "It"]
BP[k] = "RELATED NOTICES"

# ---------------- i04 Tambov, Alexander Antonov and the Antonovshchina (1920-1922): a historical gazetteer's code-repository issue thread ----------------
k = "i04"
P(k, "kravtsova", "Olesya Kravtsova-Lind")
P(k, "mikkelsen", "Tobias Mikkelsen")
P(k, "petrosyan", "Ruzanna Petrosyan")
P(k, "brennecke", "Nadia Brennecke-Orlova")
P(k, "antonov", "Alexander Antonov", "Alexander Antonov", "Aleksandr Stepanovich Antonov", "Antonov")
P(k, "antonov_ovseenko", "Vladimir Antonov-Ovseenko", "Vladimir Antonov-Ovseenko", "Antonov-Ovseenko", "Antonov-Ovseyenko")
P(k, "dmitry", "Dmitry Antonov", "Dmitry")
P(k, "tukhachevsky", "Mikhail Tukhachevsky", "Mikhail Tukhachevsky", "Tukhachevsky", "Tukhachevskii")
P(k, "ishin", "Ivan Ishin")
P(k, "tokmakov", "Pyotr Tokmakov")
P(k, "uborevich", "Ieronim Uborevich")
P(k, "kotovsky", "Grigory Kotovsky", "Grigory Kotovsky", "Kotovsky")
P(k, "kakurin", "Nikolai Kakurin")
P(k, "stalin", "Stalin")
G(k, "sr_party", "Socialist Revolutionary Party", "Socialist Revolutionary", "SRs")
G(k, "plenipotentiary", "Plenipotentiary Commission")
G(k, "stk", "Union of Working Peasantry", "Union of Working Peasantry", "Soyuz trudovogo krestyanstva", "STK")
G(k, "partisan_army", "Partisan Army")
G(k, "red_army", "Red Army")
L(k, "tambov_province", "Tambov Governorate", "Tambov province", "Tambov Governorate", "Tambov guberniia")
L(k, "tambov", "Tambov")
L(k, "moscow", "Moscow")
L(k, "khitrovo", "Khitrovo")
L(k, "nizhny_shibryai", "Nizhny Shibryai", "Nizhny Shibryai", "Nizhnii Shibriai")
L(k, "inzhavino", "Inzhavino")
L(k, "kirsanov", "Kirsanov")
L(k, "borisoglebsk", "Borisoglebsk")
rels(k, [("antonov", "member_of", "sr_party"), ("antonov_ovseenko", "leads", "plenipotentiary"),
         ("plenipotentiary", "opposed_to", "antonov"), ("ishin", "member_of", "stk"), ("stk", "allied_with", "sr_party"), ("partisan_army", "part_of", "stk"),
         ("partisan_army", "controls", "kirsanov"), ("tokmakov", "leads", "partisan_army"), ("antonov", "leads", "partisan_army"),
         ("tukhachevsky", "member_of", "red_army"), ("red_army", "opposed_to", "antonov"), ("tukhachevsky", "opposed_to", "antonov"),
         ("uborevich", "reports_to", "tukhachevsky"), ("kotovsky", "reports_to", "tukhachevsky"), ("kotovsky", "opposed_to", "antonov"),
         ("kakurin", "reports_to", "tukhachevsky")])
ev(k, "khitrovo", "1920-08-19", "day", ["khitrovo"], "1920-08-19")
ev(k, "tukhachevsky_appointed", "1921-04-27", "day", ["tukhachevsky", "tambov"], "1921-04-27")
ev(k, "gas_order", "1921-06-12", "day", ["tukhachevsky", "tambov"], "1921-06-12 | day | Order No. 0116")
ev(k, "antonov_killed", "1922-06-24", "day", ["antonov", "dmitry", "nizhny_shibryai"], "1922-06-24")
ev(k, "commission_sent", "1921", "approximate", ["antonov_ovseenko", "plenipotentiary", "moscow", "tambov"], "sent to Tambov in early 1921")
ev(k, "inzhavino_robbery", "1908-11", "month", ["antonov", "inzhavino"], "at Inzhavino station in November 1908")
ev(k, "antonov_freed", "1917", "year", ["antonov"], "freed him in 1917")
ev(k, "underground", "1918", "year", ["antonov"], "He went underground in 1918")
ev(k, "requisitions", "1920", "year", ["tambov_province"], "the requisitions of 1920")
ev(k, "winter_1920", "1920", "approximate", ["partisan_army", "kirsanov"], "By the winter of 1920-21 the Partisan Army held")
ev(k, "tokmakov_killed", "1921", "approximate", ["tokmakov", "partisan_army"], "killed in the spring of 1921")
ev(k, "kotovsky_fights", "1921", "approximate", ["kotovsky", "antonov"], "in the early summer of 1921")
ev(k, "army_broke_up", "1921", "approximate", ["partisan_army"], "by the end of the summer the Partisan Army had broken up")
ev(k, "tukhachevsky_shot", "1937-06-12", "day", ["tukhachevsky", "stalin"], "Tukhachevsky on 12 June 1937")
ev(k, "antonov_ovseenko_shot", "1938", "year", ["antonov_ovseenko", "stalin"], "Antonov-Ovseenko in 1938")
cl(k, "tukhachevsky", "The forests where the bandits are hiding are to be cleared with poison gas. This must be calculated carefully, so that the cloud of gas spreads through the whole forest and destroys everything hiding there.")
cl(k, "brennecke", "Be careful with the gas. The order is real and chemical shells were sent to Tambov, but how many were fired and how many people they killed is still argued over. Record the order as a fact and the casualties as disputed.")
NOISE.append({"source": k, "names": ["Makhno", "Makhnovshchina", "Kronstadt", "Green armies", "Frankfurt am Main"]})
ACC += ["codeforge", "openhist", "rus-civwar-gazetteer", "okl", "tmikkelsen", "rpetrosyan", "gazetteer-ci[bot]",
        "gazetteer-ci", "Antonovshchina", "Bolshevik", "Soviet", "February Revolution", "Central Black Earth",
        "Library of Congress", "Gregorian", "English", "Order No. 0116", "Red", "Dr. Nadia Brennecke-Orlova",
        "Tambov rising", "Tambov districts", "Code", "Issues", "Pull", "Pull requests", "Discussions", "Actions", "Wiki",
        "Security", "Sign", "Open", "Labels", "Milestone", "Our", "They", "Please", "While", "Sources", "Background",
        "When", "By", "In", "Around", "Two", "Same", "For", "My", "Note", "Agreed", "Be", "Record", "She", "Build", "Checks",
        "Checks passed", "Tambov rising (1920-1922)"]
BP[k] = "RELATED ISSUES"

# ---------------- i05 Burma, Saya San and the Galon rising (1930-1932): a tattoo studio's flash design page ----------------
k = "i05"
P(k, "naw", "Naw Eh Say Paw")
P(k, "zaw", "Zaw Min Htet")
P(k, "saya_san", "Saya San", "Saya San", "Hsaya San", "Yar Kyaw")
P(k, "innes", "Charles Innes")
P(k, "ba_maw", "Ba Maw")
G(k, "galon_army", "Galon Army", "Galon Army", "Galon Tat", "Galons")
G(k, "gcba", "General Council of Burmese Associations", "General Council of Burmese Associations", "GCBA")
G(k, "bmp", "Burma Military Police")
L(k, "fort_wayne", "Fort Wayne")
L(k, "indiana", "Indiana", "INDIANA")
L(k, "lower_burma", "Lower Burma")
L(k, "upper_burma", "Upper Burma")
L(k, "burma", "Burma", "Burma", "Myanmar")
L(k, "india", "India")
L(k, "shwebo", "Shwebo")
L(k, "tharrawaddy", "Tharrawaddy", "Tharrawaddy", "Thayarwady")
L(k, "rangoon", "Rangoon", "Rangoon", "Yangon")
L(k, "insein", "Insein")
L(k, "pyapon", "Pyapon")
L(k, "henzada", "Henzada")
L(k, "shan_states", "Shan States")
rels(k, [("burma", "part_of", "india"), ("saya_san", "member_of", "gcba"), ("saya_san", "leads", "galon_army"),
         ("innes", "holds_office", "burma"), ("bmp", "opposed_to", "galon_army")])
ev(k, "galon_rising", "1930-12-22", "day", ["galon_army", "tharrawaddy"], "94 years ago today, on 22 December 1930")
ev(k, "annexation_1886", "1886", "year", ["burma"], "since the annexation of 1886")
ev(k, "saya_san_born", "1876-10-24", "day", ["saya_san", "shwebo"], "born Yar Kyaw on 24 October 1876")
ev(k, "gcba_joined", "1920", "approximate", ["saya_san", "gcba"], "In the 1920s he is believed to have joined")
ev(k, "rice_collapse", "1930", "year", ["saya_san"], "After the rice price collapsed in 1930")
ev(k, "saya_san_captured", "1931-08", "month", ["saya_san", "shan_states"], "captured there in August 1931")
ev(k, "saya_san_hanged", "1931-11-28", "day", ["saya_san", "tharrawaddy"], "on 28 November 1931")
ev(k, "bands_broken", "1932", "year", ["galon_army"], "broken up in 1932")
ev(k, "studio_since", "2016", "year", ["naw", "fort_wayne"], "tattooed in Fort Wayne since 2016")
cl(k, "naw", "My grandfather had a small galon on his shoulder from a village tattooist near Pyapon. He never talked about 1930, but he never let anyone laugh at it either,")
cl(k, "naw", "When I draw this bird I draw it for the people who believed it would protect them. I do not draw it as a joke, and I ask you not to wear it as one.")
cl(k, "zaw", "We checked every date with two books. If you find a mistake, tell us at the counter and we will fix it.")
NOISE.append({"source": k, "names": ["Daniel K.", "Auburn", "Mya Thandar", "Indianapolis", "Jesse R.", "Shwe Hintha Tattoo LLC",
                                     "Wells St", "Allen County Department of Health"]})
ACC += ["SHWE HINTHA TATTOO", "Shwe Hintha Tattoo", "Heritage Series", "Galon", "GALON", "Garuda", "Burmese", "Buddhist",
        "British", "Shan", "Karen", "Ko Zaw Min Htet", "Sir Charles Innes", "Dr. Ba Maw", "THE BIRD THAT KILLS THE NAGA",
        "Artists", "Flash", "Booking", "Aftercare", "AFTERCARE", "FAQ", "Shop", "OK", "Posted", "Artist", "Historical", "Size",
        "Style", "Sessions", "From", "Deposit", "Request", "Ask", "THE DESIGN", "THE HISTORY BEHIND THE BIRD", "ARTIST'S NOTE",
        "A NOTE ON RESPECT", "Protective", "This", "If", "Follow", "No", "Gold", "We", "In", "The", "Many", "Over", "Today",
        "When", "My", "He", "After", "By", "Saya San's", "Tharrawaddy district", "Tharrawaddy jail"]
BP[k] = "REVIEWS (27)"

# ---------------- i06 Madagascar, the MDRM, PANAMA and JINA in the 1947 rising: a diaspora association's printable memory calendar ----------------
k = "i06"
P(k, "hanta", "Hanta Rakotomalala-Vidal")
P(k, "raseta", "Joseph Raseta", "Joseph Raseta", "Raseta")
P(k, "ravoahangy", "Joseph Ravoahangy", "Joseph Ravoahangy", "Ravoahangy")
P(k, "rabemananjara", "Jacques Rabemananjara", "Jacques Rabemananjara", "Rabemananjara")
P(k, "coppet", "Jules Marcel de Coppet")
P(k, "chevigne", "Pierre de Chevigné")
P(k, "razafindrabe", "Victorien Razafindrabe")
P(k, "monja_jaona", "Monja Jaona")
P(k, "rakotondrabe", "Samuel Rakotondrabe")
P(k, "faly", "Faly Andrianjafy")
G(k, "mdrm", "Mouvement démocratique de la rénovation malgache", "MDRM", "Mouvement démocratique de la rénovation malgache",
  "Democratic Movement for Malagasy Renewal")
G(k, "panama", "Parti national malgache", "PANAMA", "Parti national malgache")
G(k, "jina", "Jeunesse nationaliste", "JINA", "Jeunesse nationaliste")
G(k, "padesm", "Parti des déshérités de Madagascar", "PADESM", "Parti des déshérités de Madagascar")
G(k, "monima", "MONIMA")
G(k, "national_assembly", "French National Assembly")
G(k, "lyon2", "Université Lumière Lyon 2")
L(k, "lyon", "Lyon")
L(k, "france", "France")
L(k, "madagascar", "Madagascar")
L(k, "moramanga", "Moramanga")
L(k, "manakara", "Manakara")
L(k, "tananarive", "Antananarivo", "Tananarive", "Antananarivo")
L(k, "paris", "Paris")
rels(k, [("france", "controls", "madagascar"), ("raseta", "member_of", "mdrm"), ("ravoahangy", "member_of", "mdrm"),
         ("rabemananjara", "member_of", "mdrm"), ("raseta", "member_of", "national_assembly"),
         ("ravoahangy", "member_of", "national_assembly"), ("rabemananjara", "member_of", "national_assembly"),
         ("panama", "opposed_to", "padesm"), ("padesm", "backed_by", "france"), ("padesm", "opposed_to", "mdrm"), ("jina", "opposed_to", "padesm"), ("coppet", "holds_office", "madagascar"),
         ("chevigne", "holds_office", "madagascar"), ("monja_jaona", "founded", "monima"), ("rakotondrabe", "leads", "panama"),
         ("faly", "member_of", "lyon2")])
ev(k, "workshop", "2026-02-21", "day", ["hanta"], "at a workshop last Saturday")
ev(k, "rising_1947", "1947-03-29", "day", ["panama", "jina", "moramanga", "manakara"], "On the night of 29 March 1947")
ev(k, "colony_1896", "1896", "year", ["france", "madagascar"], "a French colony since 1896")
ev(k, "telegram", "1947-03-27", "day", ["raseta", "ravoahangy", "rabemananjara", "mdrm"], "Two days before the attacks")
ev(k, "april_1947", "1947-04", "month", ["ravoahangy", "tananarive"], "In April 1947 the fighting spread")
ev(k, "raseta_arrested", "1947", "approximate", ["raseta", "paris"], "was arrested that summer")
ev(k, "moramanga_station", "1947-05-05", "day", ["moramanga", "mdrm"], "On the night of 5 May 1947")
ev(k, "chevigne_took_over", "1948-02", "month", ["chevigne", "coppet"], "from February 1948 under his successor")
ev(k, "razafindrabe_died", "1948", "year", ["razafindrabe"], "by most accounts of his wounds, in 1948")
ev(k, "monima_founded", "1958", "year", ["monja_jaona", "monima"], "in 1958, founded the MONIMA party")
ev(k, "rakotondrabe_shot", "1948-07", "month", ["rakotondrabe", "tananarive"], "was shot in July 1948")
ev(k, "verdict", "1948-10", "month", ["raseta", "ravoahangy", "rabemananjara"], "In October 1948 the court sentenced")
ev(k, "surrender_1949", "1949-02", "month", ["madagascar"], "By February 1949 the last fighters had surrendered")
ev(k, "independence_1960", "1960-06-26", "day", ["madagascar"], "independent on 26 June 1960")
ev(k, "deputies_home", "1960", "year", ["raseta", "ravoahangy", "rabemananjara"], "the three deputies came home that year")
cl(k, "hanta", "Our grandparents said very little about 1947. Some were ashamed, some were afraid, most were simply tired. A calendar is a small thing, but it puts the dates on the kitchen wall where the children will ask about them.")
cl(k, "faly", "Nobody counted the dead in the forest. When you see a precise number, ask who made it and why.")
NOISE.append({"source": k, "names": ["Ville de Lyon", "Fonds associatif", "Radio Pluriel", "Librairie Vavaka", "Villeurbanne",
                                     "rue Saint-Polycarpe", "Saint-Polycarpe", "OVH", "Roubaix"]})
ACC += ["TSIAHY 47", "Tsiahy 47", "Tsiahy", "Association franco-malgache de mémoire", "Malagasy", "French", "French army",
        "Dr. Faly Andrianjafy", "Maison des Associations", "Lyon 7e", "place des Terreaux", "Terreaux", "parc de Gerland",
        "Gerland", "Ny Fanjakana sy ny Vahoaka", "MEMORY CALENDAR", "MEMORY CALENDAR, MARCH TO MAY 2026",
        "A WORD BEFORE YOU PRINT", "THE LONGER STORY", "MARCH 2026", "APRIL 2026", "MAY 2026", "SAT", "SUN", "MON", "WED",
        "TUE", "Moramanga station", "Accueil", "Qui sommes-nous", "Agenda", "Ressources", "Adhérer", "Contact", "FR", "MG",
        "EN", "Printable", "Print", "Prepared", "Published", "English", "Key", "Every", "This", "Vigil", "Bring", "The",
        "Two", "In", "On", "It", "Reading", "Family", "Under", "Among", "Estimates", "By", "Our", "Nobody", "When", "A4"]
BP[k] = "ADHÉRER / JOIN US"

# ---------------- i07 Jeju, the WPSK and the Northwest Youth League in the April 3 rising (1947-1954): an essay prize's call for entries ----------------
k = "i07"
P(k, "kim_dal_sam", "Kim Dal-sam", "Kim Dal-sam", "Kim Tal-sam", "Lee Seung-jin")
P(k, "dean", "William F. Dean")
P(k, "kim_ik_ryeol", "Kim Ik-ryeol")
P(k, "park_jin_gyeong", "Park Jin-gyeong")
P(k, "lee_deok_gu", "Lee Deok-gu", "Lee Deok-gu", "Yi Tŏk-ku")
P(k, "rhee", "Syngman Rhee")
P(k, "roh", "Roh Moo-hyun")
P(k, "ko", "Ko Eun-ha")
P(k, "hyun", "Hyun Jae-seok")
P(k, "boo", "Boo Seon-hwa")
G(k, "nwyl", "Northwest Youth League", "Northwest Youth League", "Seobuk Cheongnyeondan")
G(k, "wpsk", "Workers' Party of South Korea", "Workers' Party of South Korea", "WPSK", "Namnodang", "South Korean Labor Party")
G(k, "usamgik", "US Army Military Government in Korea", "US Army Military Government in Korea", "USAMGIK")
G(k, "constabulary", "Korean Constabulary", "Constabulary")
G(k, "ninth_regiment", "9th Regiment")
G(k, "fourteenth_regiment", "14th Regiment")
G(k, "second_regiment", "2nd Regiment")
G(k, "jnu", "Jeju National University")
L(k, "jeju", "Jeju")
L(k, "jeju_city", "Jeju City")
L(k, "south_korea", "South Korea")
L(k, "ora_ri", "Ora-ri")
L(k, "yeosu", "Yeosu")
L(k, "bukchon", "Bukchon-ri")
L(k, "hallasan", "Hallasan")
L(k, "osaka", "Osaka")
L(k, "seogwipo", "Seogwipo")
rels(k, [("wpsk", "opposed_to", "nwyl"), ("nwyl", "backed_by", "rhee"), ("kim_dal_sam", "leads", "wpsk"), ("usamgik", "controls", "south_korea"),
         ("dean", "leads", "usamgik"), ("kim_ik_ryeol", "leads", "ninth_regiment"), ("ninth_regiment", "part_of", "constabulary"),
         ("park_jin_gyeong", "leads", "ninth_regiment"), ("lee_deok_gu", "leads", "wpsk"), ("lee_deok_gu", "member_of", "wpsk"),
         ("rhee", "holds_office", "south_korea"), ("roh", "holds_office", "south_korea"), ("ko", "member_of", "jnu")])
ev(k, "open_day", "2025-03-01", "day", ["jeju"], "at the Trust's open day last Saturday")
ev(k, "shooting_1947", "1947-03-01", "day", ["jeju_city"], "On 1 March 1947 police fired")
ev(k, "april_3", "1948-04-03", "day", ["wpsk", "nwyl", "kim_dal_sam", "jeju"], "Before dawn on 3 April 1948")
ev(k, "election_1948", "1948-05-10", "day", ["usamgik", "south_korea"], "the separate election called for 10 May 1948")
ev(k, "usamgik_ends", "1948-08", "month", ["usamgik", "south_korea"], "which governed South Korea until August 1948")
ev(k, "ceasefire_talks", "1948-04-28", "day", ["kim_ik_ryeol", "kim_dal_sam"], "On 28 April 1948")
ev(k, "ora_ri_burned", "1948-05-01", "day", ["ora_ri"], "on 1 May 1948")
ev(k, "park_killed", "1948-06-18", "day", ["park_jin_gyeong"], "on 18 June 1948")
ev(k, "kim_left", "1948-08", "month", ["kim_dal_sam"], "left for the North in August 1948")
ev(k, "yeosu_mutiny", "1948-10-19", "day", ["fourteenth_regiment", "yeosu"], "On 19 October 1948")
ev(k, "martial_law_jeju", "1948-11-17", "day", ["jeju"], "On 17 November 1948")
ev(k, "bukchon_massacre", "1949-01-17", "day", ["second_regiment", "bukchon"], "On 17 January 1949")
ev(k, "lee_killed", "1949-06", "month", ["lee_deok_gu"], "killed in June 1949")
ev(k, "hallasan_reopened", "1954-09-21", "day", ["hallasan"], "until 21 September 1954")
ev(k, "special_act", "2000-01", "month", ["south_korea"], "A special act in January 2000")
ev(k, "apology", "2003-10-31", "day", ["roh"], "on 31 October 2003")
ev(k, "memorial_day", "2014", "year", ["south_korea"], "since 2014 April 3 has been a national memorial day")
cl(k, "ko", "We do not want essays that only repeat numbers. The numbers are in the report. We want you to find one person, one village, one silence, and write it so that a stranger will remember it,")
cl(k, "ko", "You may be angry. You should be accurate.")
NOISE.append({"source": k, "names": ["Camellia Letters", "Samdo-dong", "Jeju Special Self-Governing Province", "Olle Pixel"]})
ACC += ["CAMELLIA ARCHIVE TRUST", "Camellia Archive Trust", "Trust", "DONGBAEK YOUTH ESSAY PRIZE 2025", "Dongbaek Youth Essay Prize",
        "dongbaek", "4·3", "Korea", "North", "Korean", "English", "Japanese", "KST", "KRW", "KOR", "ENG", "Prof. Ko Eun-ha",
        "Dr. Hyun Jae-seok", "Ms. Boo Seon-hwa", "Major General William F. Dean", "Lieutenant Colonel Kim Ik-ryeol",
        "Colonel Park Jin-gyeong", "President Syngman Rhee", "President Roh Moo-hyun", "April 3", "CALL FOR ENTRIES",
        "WHY THIS PRIZE", "BACKGROUND FOR ENTRANTS", "ESSAY QUESTIONS", "THE JUDGES", "A WORD FROM THE CHAIR",
        "FREQUENTLY ASKED QUESTIONS", "About", "Archive", "Oral Histories", "Education", "Essay Prize", "News", "Donate",
        "Published", "Closing", "Open", "Languages", "Length", "Prizes", "Download", "Read", "The", "Entrants", "On", "A",
        "Many", "Before", "Their", "They", "It", "Kim", "Thousands", "Interview", "What", "Write", "May", "Yes", "No",
        "Several", "One", "You", "We", "Incident", "Jeju people", "Jeju's"]
BP[k] = "NEWS FROM THE TRUST"

# ---------------- i08 Lebanon, Fatah al-Islam and the siege of Nahr al-Bared (2007): an architecture award's jury citation ----------------
k = "i08"
P(k, "abssi", "Shaker al-Abssi", "Shaker al-Abssi", "Shakir al-Absi", "Al-Abssi")
P(k, "foley", "Laurence Foley")
P(k, "siniora", "Fouad Siniora")
P(k, "suleiman", "Michel Suleiman", "Michel Suleiman", "Suleiman")
P(k, "taha", "Abu Salim Taha")
P(k, "khoury_adwan", "Rami Khoury-Adwan")
P(k, "sabbagh", "Lina Sabbagh")
P(k, "mansour_hajj", "Tarek Mansour-Hajj")
P(k, "tannous", "Samir Tannous-Ghazal")
P(k, "mawed", "Fatima Mawed")
G(k, "fai", "Fatah al-Islam")
G(k, "fatah_intifada", "Fatah al-Intifada")
G(k, "lebanese_army", "Lebanese Army")
G(k, "unrwa", "UNRWA", "UNRWA", "United Nations Relief and Works Agency for Palestine Refugees in the Near East")
G(k, "hakoura", "Atelier Hakoura")
G(k, "bureau_issa", "Bureau Issa Structural")
G(k, "aub", "American University of Beirut")
G(k, "al_qaeda", "al-Qaeda")
L(k, "nahr_al_bared", "Nahr al-Bared", "Nahr al-Bared", "Nahr el-Bared")
L(k, "tripoli", "Tripoli")
L(k, "lebanon", "Lebanon")
L(k, "beirut", "Beirut")
L(k, "palestine", "Palestine")
L(k, "jordan", "Jordan")
L(k, "amman", "Amman")
L(k, "syria", "Syria")
L(k, "damascus", "Damascus")
L(k, "amioun", "Amioun")
L(k, "beddawi", "Beddawi")
L(k, "orthosia", "Orthosia")
rels(k, [("abssi", "founded", "fai"), ("fai", "opposed_to", "lebanese_army"), ("lebanese_army", "opposed_to", "fai"),
         ("suleiman", "leads", "lebanese_army"), ("suleiman", "holds_office", "lebanon"), ("siniora", "holds_office", "lebanon"),
         ("taha", "spokesperson_for", "fai"), ("fai", "controls", "nahr_al_bared"), ("khoury_adwan", "member_of", "hakoura"),
         ("sabbagh", "member_of", "hakoura"), ("mansour_hajj", "member_of", "hakoura"), ("tannous", "member_of", "aub")])
ev(k, "camp_fell", "2007-09-02", "day", ["lebanese_army", "fai", "nahr_al_bared"], "Eighteen years ago today, on 2 September 2007")
ev(k, "camp_set_up", "1949", "year", ["nahr_al_bared", "palestine"], "was set up in 1949")
ev(k, "fai_appeared", "2006", "approximate", ["fai", "nahr_al_bared"], "In late 2006 a small armed group")
ev(k, "foley_killed", "2002", "year", ["foley", "amman", "abssi"], "for the 2002 killing")
ev(k, "amioun_robbery", "2007-05-19", "day", ["amioun"], "On 19 May 2007 a bank in Amioun")
ev(k, "tripoli_raid", "2007-05-20", "day", ["tripoli", "fai", "lebanese_army"], "the next day, 20 May 2007")
ev(k, "suleiman_president", "2008-05", "month", ["suleiman", "lebanon"], "President of Lebanon in May 2008")
ev(k, "orthosia_found", "2008", "year", ["orthosia", "nahr_al_bared"], "cleared the rubble in 2008")
ev(k, "rebuilding", "2009", "year", ["nahr_al_bared"], "Rebuilding began in 2009")
ev(k, "moved_in", "2023", "year", ["mawed"], "moved into the block in 2023")
ev(k, "ceremony", "2025-08-28", "day", ["beirut"], "at the Forum's symposium in Beirut last Thursday")
cl(k, "tannous", "We have seen many reconstruction projects that are efficient and empty. This one is efficient and full,")
cl(k, "tannous", "The architects let the residents decide where their doors would be. After a siege, that is not a detail.")
cl(k, "sabbagh", "We did not design a new camp. We drew the old one again, with better water, better light and stairs a grandmother can climb.")
cl(k, "mawed", "My son was born in Beddawi in a school classroom. Now he has a window. I want him to know both.")
NOISE.append({"source": k, "names": ["Souk al-Khayyatin", "Mar Mikhael", "Leila Qassem", "Jonas Edberg", "Malmö", "Nour Haidar",
                                     "Saida", "Hamra", "Karim Sfeir Studio", "LBEF"]})
ACC += ["MASHRIQ HOUSING AWARD 2025", "Mashriq Housing Award", "Levant Built Environment Forum", "Forum", "NORTH LEBANON",
        "North Lebanon", "Palestinian", "Lebanese", "American", "Block C7", "Courtyard Block C7",
        "COURTYARD BLOCK C7 AND COMMUNITY HALL, NAHR AL-BARED CAMP, NORTH LEBANON", "Prof. Samir Tannous-Ghazal",
        "General Michel Suleiman", "Prime Minister Fouad Siniora", "Housing and Community", "PROJECT DATA", "JURY CITATION",
        "THE CONTEXT", "THE JURY'S REMARKS", "ARCHITECTS' STATEMENT", "FROM A RESIDENT", "Awards", "Winners", "Jury",
        "Shortlist", "Symposium", "Subscribe", "Cookie", "OK", "Winner", "Location", "Client", "Architects", "Structure",
        "Community", "Completed", "Dwellings", "Shops", "Hall", "Gross", "Eighteen", "What", "The", "Families", "Nothing",
        "That", "In", "It", "On", "Under", "When", "Most", "Rebuilding", "We", "After", "My", "Now", "Nahr al-Bared's"]
BP[k] = "MORE FROM THE AWARDS"

# month and day names and other words that the --unlisted review showed, acceptable in any source
ACC += ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Theme", "Prof", "Some",
        "I'll", "Islam's", "Trust's", "Forum's", "Constabulary's"]

W.write()
