"""Builds gold.json for the twenty-third held-out set (heldout23) from the annotations below (run:
python3 eval/heldout23/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a hard-wrapped line puts a line break between two words. Entity surfaces are never split across
lines.

Event ids are unique across the whole set."""
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


# ---------------- h01 China, the Boxers (Yihequan / Yihetuan) and Zhao Sanduo: a kung fu club's history page ----------------
k = "h01"
P(k, "wen", "Wen Jiaqi")
P(k, "zhao_sanduo", "Zhao Sanduo", "Zhao Sanduo", "Chao San-to", "Zhao")
P(k, "liang", "Liang Dehai", "Liang Dehai", "Liang")
P(k, "zhu", "Zhu Hongdeng", "Zhu Hongdeng", "Red Lantern Zhu", "Zhu")
P(k, "yuxian", "Yuxian")
P(k, "yuan", "Yuan Shikai", "Yuan Shikai", "Yüan Shih-k'ai")
P(k, "lin", "Lin Hei'er")
P(k, "cao", "Cao Futian")
P(k, "seymour", "Edward Seymour")
P(k, "ketteler", "Clemens von Ketteler")
P(k, "en_hai", "En Hai")
P(k, "cixi", "Cixi", "Cixi", "Tz'u-hsi")
P(k, "dong", "Dong Fuxiang")
P(k, "zhao_shuqiao", "Zhao Shuqiao")
P(k, "achterberg", "Rosalind Achterberg")
G(k, "boxers", "Boxers", "Boxers", "Yihequan", "Yihetuan")
G(k, "spirit_boxers", "Spirit Boxers")
G(k, "newly_created_army", "Newly Created Army")
G(k, "red_lanterns", "Red Lanterns", "Red Lanterns", "Hongdengzhao")
G(k, "seymour_exp", "Seymour Expedition")
G(k, "gansu_braves", "Gansu Braves")
G(k, "eight_nation", "Eight-Nation Alliance")
L(k, "derby", "Derby")
L(k, "shandong", "Shandong", "Shandong", "Shantung")
L(k, "guan", "Guan county")
L(k, "liyuantun", "Liyuantun")
L(k, "pingyuan", "Pingyuan")
L(k, "zhili", "Zhili", "Zhili", "Chihli")
L(k, "tianjin", "Tianjin", "Tianjin", "Tientsin")
L(k, "beijing", "Beijing")
L(k, "china", "China")
L(k, "xian", "Xi'an")
rels(k, [("zhao_sanduo", "leads", "boxers"), ("zhu", "leads", "spirit_boxers"), ("spirit_boxers", "part_of", "boxers"),
         ("yuxian", "holds_office", "shandong"), ("yuan", "holds_office", "shandong"), ("yuan", "leads", "newly_created_army"),
         ("newly_created_army", "opposed_to", "boxers"), ("lin", "leads", "red_lanterns"), ("red_lanterns", "part_of", "boxers"),
         ("boxers", "reports_to", "cao"), ("seymour", "leads", "seymour_exp"), ("boxers", "opposed_to", "seymour_exp"),
         ("en_hai", "opposed_to", "ketteler"), ("cixi", "holds_office", "china"), ("dong", "leads", "gansu_braves"),
         ("gansu_braves", "allied_with", "boxers"), ("zhao_shuqiao", "holds_office", "china"),
         ("eight_nation", "opposed_to", "boxers")])
ev(k, "plum_village", "1890", "approximate", ["shandong"], "In the 1890s Plum Blossom")
ev(k, "yihequan_named", "1898", "approximate", ["zhao_sanduo", "boxers"], "In the autumn of 1898")
ev(k, "senluo", "1899-10", "month", ["spirit_boxers", "zhu", "pingyuan"], "at the Senluo Temple in October 1899")
ev(k, "zhu_beheaded", "1899-12", "month", ["zhu"], "beheaded in December 1899")
ev(k, "yuxian_recalled", "1899-12", "month", ["yuxian", "shandong"], "was recalled that month")
ev(k, "railways", "1900", "approximate", ["boxers", "tianjin"], "By the spring of 1900")
ev(k, "seymour_left", "1900-06-10", "day", ["seymour_exp", "seymour", "tianjin", "beijing"], "On 10 June 1900")
ev(k, "ketteler_killed", "1900-06-20", "day", ["ketteler", "en_hai", "beijing"], "On 20 June 1900")
ev(k, "war_declared", "1900-06-21", "day", ["cixi", "china"], "The next day the Empress Dowager")
ev(k, "siege_lifted", "1900-08-14", "day", ["eight_nation", "boxers", "tianjin"], "on 14 August 1900")
ev(k, "protocol", "1901-09-07", "day", ["china"], "signed on 7 September 1901")
ev(k, "zhao_shuqiao_died", "1901", "year", ["zhao_shuqiao"], "earlier that year, at the powers' demand")
ev(k, "reprisals", "1900", "year", ["zhao_sanduo"], "the reprisals of 1900")
ev(k, "zhao_rising", "1902", "year", ["zhao_sanduo"], "in 1902, was captured")
ev(k, "club_founded", "2005-04", "month", ["liang", "derby"], "twenty years ago this month")
cl(k, "liang", "He did not start a war. He started a school, and the war came and borrowed it.")
cl(k, "achterberg", "refused food in his cell until he died, which is the one story about him that every source agrees on.")
cl(k, "liang", "Learn the footwork first,")
cl(k, "liang", "and then learn who walked it before you.")
NOISE.append({"source": k, "names": ["Oddfellows Hall", "Whitaker Road", "Midlands Traditional Wushu Federation",
                                     "Pellworth Digital", "Instagram", "Facebook", "YouTube"]})
ACC += ["TANNERSGATE PLUM BLOSSOM KUNG FU CLUB", "Tannersgate Plum Blossom Kung Fu Club", "Tannersgate", "Home", "Classes",
        "Instructors", "Our History", "OUR HISTORY", "Gradings", "Shop", "Contact", "Sifu Wen Jiaqi", "Sifu", "Master Liang Dehai",
        "Master Liang", "Dr. Rosalind Achterberg", "Dr. Achterberg", "Plum Blossom", "Plum Blossom Boxing", "Meihuaquan",
        "Mei-hua ch'üan", "Wade-Giles", "Boxer", "Boxer Protocol", "Boxer secrets", "Fists of Righteousness and Harmony",
        "Militia United in Righteousness", "Holy Mother of the Yellow Lotus", "Senluo Temple", "Catholic", "Qing", "Manchu",
        "Muslim", "German", "Governor", "Governor of Shandong", "Empress Dowager", "Empress Dowager Cixi", "Admiral Edward Seymour",
        "General Dong Fuxiang", "Grand Councillor", "Grand Councillor Zhao Shuqiao", "THE VILLAGE TEACHERS",
        "SPIRIT BOXERS AND RED LANTERNS", "THE SIEGE", "WHAT HAPPENED TO ZHAO SANDUO", "WHY WE TELL IT", "Updated",
        "Saturday", "Page", "New", "The", "In", "When", "So", "Our", "His", "He", "She", "By", "On", "Young", "Troops",
        "Learn", "Master", "April", "June", "August", "September", "October", "December"]
BP[k] = "TRAIN WITH US"

# ---------------- h02 Mexico, the Cristeros, Gorostieta and the Liga (LNDLR): a corrido lyrics annotation page ----------------
k = "h02"
P(k, "itzel", "Itzel Barragán Ochoa")
P(k, "gorostieta", "Enrique Gorostieta Velarde", "Enrique Gorostieta Velarde", "Gorostieta")
P(k, "gorostieta_father", "Enrique Gorostieta González")
P(k, "huerta", "Victoriano Huerta")
P(k, "calles", "Plutarco Elías Calles")
P(k, "anacleto", "Anacleto González Flores", "Anacleto González Flores", "Anacleto")
P(k, "ramirez", "Victoriano Ramírez", "Victoriano Ramírez", "El Catorce")
P(k, "reyes_vega", "José Reyes Vega", "José Reyes Vega", "Reyes Vega")
P(k, "amaro", "Joaquín Amaro")
P(k, "portes_gil", "Emilio Portes Gil")
P(k, "ruiz", "Leopoldo Ruiz y Flores")
P(k, "morrow", "Dwight Morrow")
P(k, "navarro", "Eusebio Navarro Lomelí")
G(k, "cristeros", "Cristeros")
G(k, "lndlr", "Liga Nacional Defensora de la Libertad Religiosa", "Liga Nacional Defensora de la Libertad Religiosa", "LNDLR",
  "National League for the Defence of Religious Liberty", "League", "Liga")
G(k, "union_popular", "Unión Popular")
G(k, "brigades", "Brigadas Femeninas Santa Juana de Arco")
G(k, "federal_army", "Federal Army")
G(k, "trio", "Trío Cañada Honda")
L(k, "los_altos", "Los Altos")
L(k, "jalisco", "Jalisco")
L(k, "mexico_city", "Mexico City")
L(k, "mexico", "Mexico")
L(k, "guadalajara", "Guadalajara")
L(k, "san_miguel", "San Miguel el Alto")
L(k, "la_barca", "La Barca")
L(k, "tepatitlan", "Tepatitlán")
L(k, "zapopan", "Zapopan")
L(k, "atotonilco", "Atotonilco")
rels(k, [("gorostieta", "leads", "cristeros"), ("gorostieta", "holds_office", "lndlr"), ("lndlr", "leads", "cristeros"),
         ("calles", "holds_office", "mexico"), ("anacleto", "leads", "union_popular"), ("ramirez", "member_of", "cristeros"),
         ("reyes_vega", "member_of", "cristeros"), ("brigades", "part_of", "lndlr"), ("federal_army", "opposed_to", "gorostieta"),
         ("federal_army", "reports_to", "amaro"), ("amaro", "holds_office", "mexico"), ("portes_gil", "holds_office", "mexico"),
         ("navarro", "member_of", "trio")])
ev(k, "gorostieta_command", "1927", "year", ["gorostieta", "cristeros", "los_altos"], "took command of the rebels in Los Altos in 1927")
ev(k, "lndlr_founded", "1925-03", "month", ["lndlr", "mexico_city"], "founded in Mexico City in March 1925")
ev(k, "supreme_commander", "1928", "year", ["gorostieta", "lndlr"], "its supreme commander in 1928")
ev(k, "worship_suspended", "1926-07-31", "day", ["calles", "mexico"], "on 31 July 1926")
ev(k, "manifesto", "1927-01", "month", ["lndlr"], "its manifesto of January 1927")
ev(k, "anacleto_shot", "1927-04-01", "day", ["anacleto", "guadalajara"], "on 1 April 1927")
ev(k, "catorce_shot", "1929", "year", ["ramirez"], "shot by his own side in 1929")
ev(k, "train_attack", "1927-04", "month", ["reyes_vega", "la_barca"], "near La Barca in April 1927")
ev(k, "reyes_killed", "1929", "year", ["reyes_vega", "tepatitlan"], "the battle of Tepatitlán two years later")
ev(k, "brigades_founded", "1927-06", "month", ["brigades", "zapopan", "lndlr"], "founded in Zapopan in June 1927")
ev(k, "gorostieta_killed", "1929-06-02", "day", ["federal_army", "gorostieta", "atotonilco"], "On 2 June 1929, ninety-five years ago today")
ev(k, "arreglos", "1929-06-21", "day", ["portes_gil", "ruiz", "morrow"], "of 21 June 1929")
ev(k, "recorded", "1971", "year", ["trio", "guadalajara"], "in Guadalajara in 1971")
ev(k, "navarro_died", "2023", "year", ["navarro"], "who died last year")
cl(k, "lndlr", "We have not chosen war; the government has chosen it for us, and we accept it as Catholics and as Mexicans.")
cl(k, "navarro", "She sang it at the washing stones,")
cl(k, "navarro", "Nobody taught it to her; she was there.")
cl(k, "itzel", "Ours keeps him a general without a name, which is how my grandfather spoke of him too.")
NOISE.append({"source": k, "names": ["lupita_tepa", "Rodrigo M.", "Arandas", "San Antonio", "Cuernavaca", "Cerro Gordo",
                                     "Valentín de la Sierra", "Monterrey"]})
ACC += ["LETRA VIVA", "Letra Viva", "Letra Viva community", "Browse", "Genres", "Corridos", "Sign in",
        "Corrido del General de Los Altos", "General de Los Altos", "Los Altos de Jalisco", "Verso 1", "Verso 2", "Verso 3",
        "Cristo Rey", "Christ the King", "Church", "Cristero", "Catholic", "Catholics", "Mexicans", "American", "Calles Law",
        "Hacienda del Valle", "hacienda del Valle", "arreglos", "Don Anacleto", "Padre", "Father José Reyes Vega",
        "General Joaquín Amaro", "Secretary of War", "Mexico's Secretary of War", "President of Mexico", "President Emilio Portes Gil",
        "Archbishop Leopoldo Ruiz y Flores", "Joan of Arc", "Annotations", "About this recording", "Credits", "Page",
        "Spanish", "English", "Sunday", "Lyrics", "Translation", "Historians", "Trío", "En", "Don", "Do", "The", "He",
        "His", "Its", "Ours", "Nobody", "She", "They", "We", "In", "On", "April", "June", "July", "January", "March"]
BP[k] = "### COMMENTS (14)"

# ---------------- h03 Lesotho, the Lesotho Liberation Army (LLA) and Ntsu Mokhehle: a press-freedom alert ----------------
k = "h03"
P(k, "palesa", "Palesa Ntšekhe")
P(k, "makhetha", "Teboho Makhetha")
P(k, "thabo", "Thabo Ntšekhe")
P(k, "mokhehle", "Ntsu Mokhehle", "Ntsu Mokhehle", "Ntsu Mokhele", "Mokhehle")
P(k, "jonathan", "Leabua Jonathan", "Leabua Jonathan", "Jonathan")
P(k, "leballo", "Potlako Leballo")
P(k, "lekhanya", "Justin Lekhanya", "Justin Lekhanya", "Lekhanya")
P(k, "sekhesa", "Refiloe Sekhesa")
P(k, "khethiwe", "Dumisani Khethiwe-Mabuza")
G(k, "motse_fm", "Motse FM")
G(k, "lmps", "Lesotho Mounted Police Service", "Lesotho Mounted Police Service", "LMPS")
G(k, "lla", "Lesotho Liberation Army", "Lesotho Liberation Army", "LLA")
G(k, "bcp", "Basutoland Congress Party", "Basutoland Congress Party", "BCP")
G(k, "bnp", "Basotho National Party", "Basotho National Party", "BNP")
G(k, "pac", "Pan Africanist Congress", "Pan Africanist Congress", "PAC")
G(k, "security_police", "South African Security Police")
G(k, "anc", "African National Congress", "African National Congress", "ANC")
G(k, "lpf", "Lesotho Paramilitary Force", "Lesotho Paramilitary Force", "LPF")
G(k, "koeko", "Koeko")
L(k, "lesotho", "Kingdom of Lesotho", "Kingdom of Lesotho", "Lesotho")
L(k, "maseru", "Maseru")
L(k, "libya", "Libya")
L(k, "south_africa", "South Africa")
L(k, "mokhotlong", "Mokhotlong")
rels(k, [("palesa", "member_of", "motse_fm"), ("makhetha", "spokesperson_for", "lmps"), ("thabo", "member_of", "lla"),
         ("lla", "part_of", "bcp"), ("mokhehle", "leads", "bcp"), ("jonathan", "holds_office", "lesotho"),
         ("jonathan", "leads", "bnp"), ("mokhehle", "founded", "lla"), ("lla", "backed_by", "pac"), ("leballo", "leads", "pac"),
         ("leballo", "member_of", "bcp"), ("lla", "backed_by", "security_police"), ("lekhanya", "leads", "lpf"),
         ("lpf", "opposed_to", "lla"), ("koeko", "part_of", "bnp"), ("koeko", "opposed_to", "bcp"),
         ("lekhanya", "opposed_to", "jonathan"), ("mokhehle", "holds_office", "lesotho"), ("sekhesa", "leads", "motse_fm")])
ev(k, "summons", "2026-03-10", "day", ["palesa", "lmps", "maseru"], "On Tuesday Palesa Ntšekhe")
ev(k, "lmps_statement", "2026-03-11", "day", ["lmps"], "In a statement issued the next day")
ev(k, "series_began", "2026-01", "month", ["palesa", "motse_fm"], "The series began airing in January")
ev(k, "thabo_returned", "1990", "year", ["thabo", "lesotho"], "returned to Lesotho in 1990")
ev(k, "election_1970", "1970-01-27", "day", ["bcp", "mokhehle", "jonathan"], "the general election of 27 January 1970")
ev(k, "rising_1974", "1974-01", "month", ["mokhehle"], "in January 1974")
ev(k, "lla_formed", "1974", "year", ["lla", "mokhehle"], "the LLA was formed that year")
ev(k, "sa_backing", "1979", "year", ["lla", "security_police"], "From 1979 the LLA")
ev(k, "district_attacks", "1979", "year", ["lla"], "in the mountain districts that year")
ev(k, "maseru_bombs", "1980", "approximate", ["lla", "maseru"], "in the early 1980s")
ev(k, "coup_1986", "1986-01", "month", ["lekhanya", "jonathan"], "in January 1986")
ev(k, "exiles_home", "1990", "year", ["lla"], "allowed home in 1990")
ev(k, "election_1993", "1993", "year", ["mokhehle", "bcp"], "the 1993 election")
cl(k, "lmps", "may contain information relevant to firearms that were never surrendered and to crimes that are not time-barred.")
cl(k, "makhetha", "no journalist is above the law and none has been arrested.")
cl(k, "palesa", "My father's war is his, not mine. My job is to let the men who fought it, and the families they hurt, speak on the same programme.")
cl(k, "sekhesa", "We have published what we broadcast. The rest belongs to the people who trusted us,")
cl(k, "palesa", "They never named one. They asked about guns buried in 1983 and about who drove me to Mokhotlong.")
cl(k, "palesa", "Episode nine goes out on Sunday as planned, with a former Koeko member on the same bench as an LLA veteran.")
cl(k, "khethiwe", "is the third time in twelve months that Lesotho police have treated historical reporting as a criminal lead.")
NOISE.append({"source": k, "names": ["Angola", "Botswana", "Eswatini", "Malawi", "Mozambique", "Namibia", "Zambia", "Zimbabwe",
                                     "Braamfontein Centre", "Johannesburg"]})
ACC += ["LEKGOTLA MEDIA DEFENCE NETWORK", "Lekgotla Media Defence Network", "LMDN", "Press freedom alerts", "Southern Africa",
        "ALERT LMDN/LS/2026/007", "LMDN/LS/2026/007", "Ms Ntšekhe", "Ntšekhe", "Lesotho Liberation Army (LLA)", "Alert level", "AMBER", "Country",
        "Journalist", "Outlet", "Type of violation", "Alleged actor", "Issued", "Motse FM 97.4", "Maseru Central",
        "Maseru Central police station", "Mehla ea Thunya", "The Time of the Gun", "Senior Superintendent Teboho Makhetha",
        "Senior Superintendent", "Ms Ntšekhe's", "Ntate Ntsu", "Chief Leabua Jonathan", "Prime Minister", "Major-General Justin Lekhanya",
        "Major-General", "Basotho", "Episode", "Parliament", "Ministry of Information, Communications, Science, Technology and Innovation",
        "WHAT HAPPENED", "BACKGROUND: THE LLA", "BACKGROUND", "REACTIONS", "WHAT WE CALL FOR", "Q", "A", "Officers", "She", "My",
        "They", "We", "It", "Its", "In", "On", "After", "From", "According", "Did", "Will", "Episode nine", "Friday", "Tuesday",
        "Sunday", "January", "March"]
BP[k] = "ABOUT THIS ALERT SERVICE"

# ---------------- h04 New Zealand, Te Kooti, the Ringatū and the siege of Ngātapa: a geocache listing ----------------
k = "h04"
P(k, "aroha", "Aroha Tipene-Mulligan", "Aroha Tipene-Mulligan", "Aroha")
P(k, "te_kooti", "Te Kooti Arikirangi Te Turuki", "Te Kooti Arikirangi Te Turuki", "Te Turuki", "Te Kooti")
P(k, "whitmore", "George Whitmore", "George Whitmore", "Whitmore")
P(k, "biggs", "Reginald Biggs")
P(k, "ropata", "Ropata Wahawaha", "Ropata Wahawaha", "Ropata")
P(k, "kereama", "Matiu Kereama")
P(k, "mcdonnell", "Thomas McDonnell")
P(k, "gilbert_mair", "Gilbert Mair", "Gilbert Mair", "Gilbert")
P(k, "william_mair", "William Mair")
P(k, "tawhiao", "Tāwhiao")
G(k, "rongowhakaata", "Rongowhakaata")
G(k, "ringatu", "Ringatū")
G(k, "ngati_porou", "Ngāti Porou")
G(k, "armed_constabulary", "Armed Constabulary")
G(k, "arawa", "Arawa")
L(k, "poverty_bay", "Poverty Bay")
L(k, "ngatapa", "Ngātapa", "Ngātapa", "Ngatapa")
L(k, "waerenga", "Waerenga-a-Hika")
L(k, "chatham", "Chatham Islands", "Chatham Islands", "Wharekauri", "Rēkohu")
L(k, "whareongaonga", "Whareongaonga")
L(k, "ruakituri", "Ruakituri")
L(k, "matawhero", "Matawhero")
L(k, "crimea", "Crimea")
L(k, "mohaka", "Mōhaka")
L(k, "te_porere", "Te Pōrere")
L(k, "urewera", "Urewera")
L(k, "king_country", "King Country")
L(k, "ohiwa", "Ōhiwa")
rels(k, [("te_kooti", "member_of", "rongowhakaata"), ("te_kooti", "founded", "ringatu"), ("whitmore", "opposed_to", "te_kooti"),
         ("te_kooti", "opposed_to", "biggs"), ("ropata", "leads", "ngati_porou"), ("ngati_porou", "opposed_to", "te_kooti"),
         ("whitmore", "leads", "armed_constabulary"), ("armed_constabulary", "opposed_to", "te_kooti"),
         ("mcdonnell", "opposed_to", "te_kooti"), ("gilbert_mair", "leads", "arawa"), ("arawa", "opposed_to", "te_kooti"),
         ("te_kooti", "backed_by", "tawhiao")])
ev(k, "waerenga", "1865-11", "month", ["te_kooti", "waerenga"], "in November 1865")
ev(k, "exiled", "1866-06", "month", ["te_kooti", "chatham"], "in June 1866")
ev(k, "rifleman", "1868-07-04", "day", ["te_kooti", "chatham"], "On 4 July 1868")
ev(k, "landing", "1868-07-10", "day", ["te_kooti", "whareongaonga"], "six days later")
ev(k, "ruakituri", "1868-08", "month", ["whitmore", "te_kooti", "ruakituri"], "in August 1868")
ev(k, "matawhero", "1868-11-09", "range", ["te_kooti", "biggs", "matawhero"], "On the night of 9-10 November 1868", end="1868-11-10")
ev(k, "first_assault", "1868-12", "month", ["ngati_porou", "ropata", "ngatapa"], "failed in December 1868")
ev(k, "siege", "1868-12", "approximate", ["armed_constabulary", "ngati_porou", "whitmore", "ngatapa"], "in the last days of the year")
ev(k, "ngatapa_escape", "1869-01-04", "range", ["te_kooti", "ngatapa"], "On the night of 4-5 January 1869", end="1869-01-05")
ev(k, "mohaka", "1869-04", "month", ["te_kooti", "mohaka"], "in April 1869")
ev(k, "te_porere", "1869-10-04", "day", ["te_kooti", "mcdonnell", "te_porere"], "on 4 October 1869")
ev(k, "hunted", "1869", "range", ["gilbert_mair", "arawa", "te_kooti", "urewera"], "For three more years", end="1872")
ev(k, "king_country", "1872", "year", ["te_kooti", "tawhiao", "king_country"], "From 1872")
ev(k, "pardon", "1883-02", "month", ["te_kooti"], "in February 1883")
ev(k, "te_kooti_died", "1893-04-17", "day", ["te_kooti", "ohiwa"], "on 17 April 1893")
ev(k, "cache_moved", "2025-10", "month", ["aroha"], "after her visit last month")
cl(k, "whitmore", "as strong a place as any I saw in the Crimea.")
cl(k, "kereama", "It is a good thing for people to stand on the road and look up. It is a bad thing for them to walk up as if it were a lookout. Our people died on that hill, on both sides of the palisade.")
cl(k, "aroha", "We moved it two metres back from the road,")
cl(k, "aroha", "Same flax, drier feet.")
NOISE.append({"source": k, "names": ["Tui_and_Toby", "Napier", "Hastings", "geo.ravensworth", "Palmerston North", "ManawatuMarg",
                                     "Reviewer Kākāriki", "Kiwi Cache Atlas"]})
ACC += ["geocaching listing", "New Zealand", "Gisborne", "Traditional Cache", "GC9TKNP", "NGĀTAPA: THE PĀ ON THE RIDGE",
        "THE PĀ ON THE RIDGE", "kowhai_trekkers", "Difficulty", "Terrain", "Size", "Small", "Hidden", "Last updated", "Haqre",
        "Location", "Ngatapa Road", "Status", "Active", "Please", "DESCRIPTION", "Kia", "Kia ora", "DO NOT", "WHO WAS TE KOOTI?",
        "WHO WAS TE KOOTI", "Moriori", "Māori", "Māori King", "Rifleman", "Colonel George Whitmore", "Major Reginald Biggs",
        "MATAWHERO AND NGĀTAPA", "AFTER NGĀTAPA", "THE CACHE", "Lieutenant-Colonel Thomas McDonnell", "Captain Gilbert Mair",
        "Major William Mair", "Mair", "kaumātua", "kaumātua Matiu Kereama", "Te Kooti's", "Locals", "Many", "Our", "Owner's note",
        "Log", "ADDITIONAL HINTS (DECRYPT)", "ADDITIONAL HINTS", "DECRYPT", "Same", "We", "It", "He", "There", "On", "The",
        "A", "For", "From", "As", "After", "January", "February", "April", "June", "July", "August", "October",
        "November", "December"]
BP[k] = "LOGS (142)"

# ---------------- h05 Ukraine, Nestor Makhno and the Makhnovshchina (RIAU): a birding trip report ----------------
k = "h05"
P(k, "joost", "Joost Verhelle", "Joost Verhelle")
P(k, "griet", "Griet Verhelle", "Griet Verhelle", "Griet")
P(k, "pelekh", "Oleksandr Pelekh", "Oleksandr Pelekh", "Oleksandr")
P(k, "makhno", "Nestor Makhno", "Nestor Makhno", "Nestor Ivanovych Makhno", "Makhno", "Batko")
P(k, "skoropadskyi", "Pavlo Skoropadskyi")
P(k, "bilash", "Viktor Bilash")
P(k, "dybenko", "Pavel Dybenko")
P(k, "denikin", "Anton Denikin", "Anton Denikin", "Denikin")
P(k, "hryhoriv", "Nykyfor Hryhoriv", "Nykyfor Hryhoriv", "Grigoriev")
P(k, "wrangel", "Pyotr Wrangel")
P(k, "karetnyk", "Semen Karetnyk", "Semen Karetnyk", "Karetnyk")
P(k, "hnatiuk", "Valentyna Hnatiuk")
P(k, "kuzmenko", "Halyna Kuzmenko")
G(k, "usbp", "Ukrainian Society for the Protection of Birds")
G(k, "hetmanate", "Hetmanate")
G(k, "riau", "Revolutionary Insurrectionary Army of Ukraine", "Revolutionary Insurrectionary Army of Ukraine", "RIAU",
  "Makhnovshchina", "Black Army", "Makhnovists")
G(k, "red_army", "Red Army", "Red Army", "Reds")
G(k, "volunteer_army", "Volunteer Army")
G(k, "bolsheviks", "Bolsheviks")
G(k, "russian_army", "Russian Army")
L(k, "huliaipole", "Huliaipole", "Huliaipole", "Gulyai-Pole", "Hulyaipole")
L(k, "zaporizhzhia", "Zaporizhzhia")
L(k, "azov", "Sea of Azov")
L(k, "molochnyi", "Molochnyi estuary")
L(k, "obitochna", "Obitochna Spit")
L(k, "moscow", "Moscow")
L(k, "ukraine", "Ukraine")
L(k, "sentove", "Sentove")
L(k, "peregonovka", "Peregonovka")
L(k, "uman", "Uman")
L(k, "crimea", "Crimea")
L(k, "romania", "Romania")
L(k, "paris", "Paris")
L(k, "berda", "Berda")
L(k, "melitopol", "Melitopol")
L(k, "khortytsia", "Khortytsia")
L(k, "kyiv", "Kyiv")
L(k, "ghent", "Ghent")
L(k, "belgium", "Belgium")
rels(k, [("pelekh", "member_of", "usbp"), ("makhno", "leads", "riau"), ("skoropadskyi", "leads", "hetmanate"),
         ("makhno", "opposed_to", "hetmanate"), ("bilash", "holds_office", "riau"), ("riau", "member_of", "red_army"),
         ("riau", "allied_with", "red_army"), ("denikin", "leads", "volunteer_army"), ("riau", "opposed_to", "volunteer_army"),
         ("riau", "opposed_to", "denikin"), ("makhno", "opposed_to", "hryhoriv"), ("hryhoriv", "opposed_to", "red_army"),
         ("makhno", "allied_with", "bolsheviks"), ("wrangel", "leads", "russian_army"), ("makhno", "opposed_to", "russian_army"),
         ("karetnyk", "member_of", "riau"), ("red_army", "opposed_to", "riau"), ("red_army", "opposed_to", "karetnyk")])
ev(k, "trip", "2019-05", "month", ["joost", "griet", "azov"], "spent eight days last month")
ev(k, "day2", "2019-05-19", "day", ["pelekh", "molochnyi"], "Day 2 (19 May)")
ev(k, "day4", "2019-05-21", "day", ["huliaipole", "hnatiuk", "pelekh"], "Day 4 (21 May)")
ev(k, "makhno_born", "1888", "year", ["makhno", "huliaipole"], "born in Huliaipole in 1888")
ev(k, "prison", "1910", "year", ["makhno", "moscow"], "the years from 1910")
ev(k, "revolution", "1917", "year", ["makhno"], "the revolution of 1917")
ev(k, "army_raised", "1918", "year", ["makhno", "hetmanate", "skoropadskyi"], "In 1918 he raised a peasant army")
ev(k, "joined_reds", "1919-02", "month", ["riau", "red_army", "dybenko"], "In February 1919")
ev(k, "hryhoriv_shot", "1919-07-27", "day", ["makhno", "hryhoriv", "sentove"], "On 27 July 1919")
ev(k, "peregonovka", "1919-09-26", "day", ["riau", "denikin", "peregonovka", "uman"], "On 26 September 1919")
ev(k, "starobilsk", "1920-10", "month", ["makhno", "bolsheviks", "russian_army"], "In October 1920")
ev(k, "crimea", "1920-11", "month", ["karetnyk", "riau", "crimea"], "in November 1920")
ev(k, "red_turn", "1920-11", "month", ["red_army", "riau", "karetnyk"], "Within weeks the Red Army turned on its allies")
ev(k, "romania", "1921-08", "month", ["makhno", "romania"], "in August 1921")
ev(k, "makhno_died", "1934-07-25", "day", ["makhno", "paris"], "on 25 July 1934")
cl(k, "hnatiuk", "For seventy years we were told to call him a bandit. Now tourists want him to be a saint. He was a farmer's son with a machine gun on a cart.")
cl(k, "pelekh", "People come for the anarchist,")
cl(k, "pelekh", "and they leave talking about the skylarks.")
NOISE.append({"source": k, "names": ["Danube Delta", "Vylkove", "Tomasz_ornith", "Askania-Nova", "Steppenweihe", "Utrecht"]})
ACC += ["FIELDNOTES TRIP REPORTS", "Fieldnotes Trip Reports", "Fieldnotes", "Home", "Europe", "Trip report", "Trip report #4471",
        "SOUTHERN UKRAINE", "AZOV SPITS, STEPPE AND HULIAIPOLE, MAY 2019", "AZOV", "Submitted", "Car", "Posted",
        "Rating", "Participants", "Local guide", "Species recorded", "SUMMARY", "DAILY LOG", "A SHORT HISTORY FOR BIRDERS",
        "TAKEAWAYS", "SYSTEMATIC LIST", "Day", "Days", "Monday", "General Anton Denikin", "Baron Pyotr Wrangel", "Baron",
        "Austro-German", "Russian", "Makhnovist", "Starobilsk", "Starobilsk agreement", "Black Sea", "Black Sea steppe",
        "regional bird society", "Sadly", "Rain", "Museum", "Birding", "Fair", "Arrived", "Back", "Within", "With",
        "Pallid Harrier", "Pallid Harriers", "Red-footed Falcon", "Collared Pratincole", "Terek Sandpiper", "Terek Sandpipers",
        "Rooks", "Hooded Crows", "Hoopoe", "Broad-billed Sandpiper", "Slender-billed Gull", "Paddyfield Warbler", "Caspian Tern",
        "Kentish Plover", "Calandra Larks", "Calandra Lark", "Great Black-headed Gull", "Black-winged Pratincole", "Stone-curlew",
        "Long-legged Buzzard", "Tawny Pipit", "Great Bustard", "Mute Swan", "Ruddy Shelduck", "Garganey", "Great Crested Grebe",
        "Pygmy Cormorant", "Dalmatian Pelican", "Little Bittern", "Purple Heron", "Glossy Ibis", "Saker", "Montagu's Harrier",
        "European Roller", "Isabelline Wheatear", "Rose-coloured Starling", "Steppe", "This", "The", "That", "Its", "His", "He",
        "In", "On", "A", "We", "I", "Griet and I", "People", "For", "Now", "May", "June", "July", "August", "September",
        "October", "November", "February"]
BP[k] = "OTHER REPORTS FROM UKRAINE"

# ---------------- h06 India, Gorkhaland, Subhash Ghisingh and the GNLF: a tea merchant's estate page ----------------
k = "h06"
P(k, "imogen", "Imogen Halden")
P(k, "sonam", "Sonam Lhamu Tamang")
P(k, "ghisingh", "Subhash Ghisingh", "Subhash Ghisingh", "Subhas Ghising", "Ghisingh")
P(k, "bishnu", "Bishnu Maya Rai")
P(k, "gurung", "Bimal Gurung", "Bimal Gurung", "Gurung")
P(k, "man_ghising", "Man Ghising")
G(k, "gorkha_rifles", "Gorkha Rifles")
G(k, "indian_army", "Indian Army")
G(k, "gnlf", "Gorkha National Liberation Front", "Gorkha National Liberation Front", "GNLF")
G(k, "wb_gov", "West Bengal government", "West Bengal government", "government of West Bengal")
G(k, "cpim", "Communist Party of India (Marxist)", "Communist Party of India (Marxist)", "CPI(M)")
G(k, "crpf", "Central Reserve Police Force", "Central Reserve Police Force", "CRPF")
G(k, "dghc", "Darjeeling Gorkha Hill Council", "Darjeeling Gorkha Hill Council", "DGHC")
G(k, "gjm", "Gorkha Janmukti Morcha", "Gorkha Janmukti Morcha", "GJM")
G(k, "dsga", "Darjeeling Small Growers' Alliance")
L(k, "rongdhung", "Rongdhung")
L(k, "kurseong", "Kurseong")
L(k, "darjeeling", "Darjeeling")
L(k, "west_bengal", "West Bengal")
L(k, "india", "India")
L(k, "kolkata", "Kolkata")
L(k, "manju", "Manju Tea Estate")
L(k, "kalimpong", "Kalimpong")
L(k, "new_delhi", "New Delhi")
rels(k, [("ghisingh", "member_of", "gorkha_rifles"), ("gorkha_rifles", "part_of", "indian_army"), ("ghisingh", "founded", "gnlf"),
         ("gnlf", "opposed_to", "wb_gov"), ("gnlf", "opposed_to", "cpim"), ("crpf", "opposed_to", "gnlf"),
         ("ghisingh", "leads", "dghc"), ("gurung", "member_of", "gnlf"), ("gurung", "founded", "gjm"),
         ("man_ghising", "leads", "gnlf")])
ev(k, "cupping", "2025", "approximate", ["imogen"], "cupped eleven Darjeeling lots this summer")
ev(k, "coop_bought", "2011", "year", ["rongdhung", "kolkata"], "from a Kolkata company in 2011")
ev(k, "ghisingh_born", "1936", "year", ["ghisingh", "manju"], "born on the Manju Tea Estate in 1936")
ev(k, "army_service", "1954", "range", ["ghisingh", "gorkha_rifles", "indian_army"], "from 1954 to 1960", end="1960")
ev(k, "gnlf_founded", "1980", "year", ["gnlf", "ghisingh"], "He founded the Gorkha National Liberation Front (GNLF) in 1980")
ev(k, "agitation", "1986", "range", ["gnlf", "wb_gov", "cpim"], "From 1986 to 1988", end="1988")
ev(k, "kalimpong_firing", "1986-07-27", "day", ["crpf", "gnlf", "kalimpong"], "On 27 July 1986")
ev(k, "accord", "1988-08-22", "day", ["ghisingh", "wb_gov", "dghc"], "on 22 August 1988")
ev(k, "dghc_chair", "1988", "range", ["ghisingh", "dghc"], "for the next twenty years", end="2008")
ev(k, "bishnu_since", "1979", "year", ["bishnu", "rongdhung"], "plucked at Rongdhung since 1979")
ev(k, "gjm_founded", "2007", "year", ["gjm", "gurung", "ghisingh"], "founded in 2007")
ev(k, "shutdown", "2017-06", "month", ["gjm"], "In June 2017")
ev(k, "ghisingh_died", "2015-01", "month", ["ghisingh", "new_delhi"], "in January 2015")
ev(k, "joined_alliance", "2023", "year", ["dsga"], "Two years ago the cooperative joined")
cl(k, "imogen", "It tastes like the garden finally got a quiet year,")
cl(k, "bishnu", "We say 'before the bandh' and 'after the bandh' the way other people say before and after the war,")
cl(k, "bishnu", "The bandh that took our children's school year was Ghisingh's. The one that took our tea was Gurung's.")
cl(k, "sonam", "Every pound you pay for this tin is a day the garden did not have to close.")
NOISE.append({"source": k, "names": ["Frome", "Gareth", "Aberystwyth", "Castleton Moonlight", "Nilgiri Frost", "Assam Halmari Gold",
                                     "England and Wales"]})
ACC += ["HALDEN & PIKE", "Halden & Pike", "Halden & Pike Ltd", "TEA MERCHANTS SINCE 1998", "Shop all", "Shop", "Black tea",
        "Oolong", "Green", "Gifts", "Our gardens", "Journal", "Second flush", "RONGDHUNG ESTATE SECOND FLUSH 2025", "FTGFOP1",
        "MUSCATEL HILL", "Add to basket", "In stock", "Picked June 2025", "Lot RD-DJ-2025-41", "Elevation", "TASTING NOTES",
        "ABOUT THE GARDEN", "WHY WE WRITE ABOUT POLITICS ON A TEA PAGE", "BREWING", "OUR PROMISE", "Bright", "Our buyer",
        "Gorkha", "Gorkhas", "Nepali", "Nepali-speaking", "Gorkhaland", "Darjeeling hills", "Darjeeling Hill Accord",
        "central government", "bandh", "Customers", "Every", "Free", "Its", "It", "He", "His", "The", "That", "Two", "We",
        "According", "About", "From", "On", "In", "June", "July", "August", "January"]
BP[k] = "DELIVERY & RETURNS"

# ---------------- h07 Morocco, the Rif War, Abd el-Krim and the Republic of the Rif: a cryptic crossword blog ----------------
k = "h07"
P(k, "alhambra", "Alhambra")
P(k, "teodora", "Teodora Blackwood-Nkemelu")
P(k, "silvestre", "Manuel Fernández Silvestre", "Manuel Fernández Silvestre", "Silvestre")
P(k, "abd_el_krim", "Muhammad ibn Abd al-Karim al-Khattabi", "Muhammad ibn Abd al-Karim al-Khattabi", "Abd el-Krim", "Abdelkrim",
  "Muhammad")
P(k, "mhamed", "Mhamed Abd el-Krim", "Mhamed Abd el-Krim", "Mhamed")
P(k, "millan_astray", "José Millán-Astray")
P(k, "franco", "Francisco Franco")
P(k, "lyautey", "Hubert Lyautey")
P(k, "petain", "Philippe Pétain", "Philippe Pétain", "Pétain")
P(k, "primo", "Miguel Primo de Rivera")
P(k, "raisuni", "Ahmed al-Raisuni")
P(k, "ibarrola", "Mercedes Ibarrola Quintana")
P(k, "sheean", "Vincent Sheean")
G(k, "army_of_africa", "Spanish Army of Africa", "Spanish Army of Africa", "Army of Africa")
G(k, "spanish_legion", "Spanish Legion")
G(k, "french_foreign_legion", "French Foreign Legion")
G(k, "regulares", "Regulares")
G(k, "french_army", "French Army")
G(k, "rif_republic", "Republic of the Rif", "Republic of the Rif", "Republic")
G(k, "jebala", "Jebala")
L(k, "annual", "Annual")
L(k, "rif", "Rif")
L(k, "morocco", "Morocco")
L(k, "targuist", "Targuist")
L(k, "reunion", "Réunion")
L(k, "france", "France")
L(k, "port_said", "Port Said")
L(k, "cairo", "Cairo")
L(k, "melilla", "Melilla")
L(k, "ouergha", "Ouergha")
L(k, "madrid", "Madrid")
L(k, "spain", "Spain")
L(k, "chefchaouen", "Chefchaouen", "Chefchaouen", "Xauen")
L(k, "alhucemas", "Alhucemas")
L(k, "ajdir", "Ajdir")
rels(k, [("silvestre", "leads", "army_of_africa"), ("abd_el_krim", "opposed_to", "army_of_africa"),
         ("millan_astray", "founded", "spanish_legion"), ("spanish_legion", "part_of", "army_of_africa"),
         ("franco", "leads", "spanish_legion"), ("abd_el_krim", "opposed_to", "french_army"), ("lyautey", "holds_office", "morocco"),
         ("petain", "leads", "french_army"), ("abd_el_krim", "leads", "rif_republic"), ("mhamed", "holds_office", "rif_republic"),
         ("primo", "holds_office", "spain"), ("rif_republic", "opposed_to", "raisuni"), ("raisuni", "leads", "jebala")])
ev(k, "annual", "1921-07-22", "day", ["abd_el_krim", "army_of_africa", "silvestre", "annual"], "Exactly a hundred years ago today")
ev(k, "surrender", "1926-05-27", "day", ["abd_el_krim", "targuist", "reunion"], "on 27 May 1926")
ev(k, "port_said", "1947", "year", ["abd_el_krim", "port_said", "cairo"], "In 1947, on the way to France")
ev(k, "abd_el_krim_died", "1963-02-06", "day", ["abd_el_krim", "cairo"], "on 6 February 1963")
ev(k, "jailed", "1915", "year", ["abd_el_krim", "melilla"], "jailed him in 1915")
ev(k, "legion_founded", "1920", "year", ["spanish_legion", "millan_astray"], "founded in 1920")
ev(k, "franco_command", "1923", "year", ["franco", "spanish_legion"], "commanded it from 1923")
ev(k, "ouergha", "1925-04", "month", ["abd_el_krim", "french_army", "ouergha"], "in April 1925")
ev(k, "petain_command", "1925", "approximate", ["petain", "french_army", "morocco"], "in Morocco that summer")
ev(k, "republic", "1923-02", "month", ["rif_republic", "abd_el_krim", "mhamed"], "proclaimed in February 1923")
ev(k, "primo", "1923-09", "month", ["primo", "spain"], "In September 1923")
ev(k, "xauen", "1924", "approximate", ["chefchaouen", "primo"], "late in 1924")
ev(k, "raisuni_captured", "1925-01", "month", ["rif_republic", "raisuni"], "In January 1925")
ev(k, "raisuni_died", "1925-04", "month", ["raisuni"], "died in their hands that April")
ev(k, "alhucemas", "1925-09-08", "day", ["alhucemas"], "on 8 September 1925")
ev(k, "ajdir_fell", "1925", "approximate", ["ajdir"], "fell within weeks")
cl(k, "alhambra", "I wanted a grid where every theme word could also be an ordinary word. ANNUAL was the gift that started it.")
cl(k, "ibarrola", "broke the Spanish monarchy in slow motion; it just took eight years to hit the floor.")
cl(k, "abd_el_krim", "I did not want a war with Spain. I wanted Spain to go home,")
NOISE.append({"source": k, "names": ["Wrenhollow_solver", "Margit", "Dunedin", "crypticcolin", "Quillnest", "Leeds"]})
ACC += ["ACROSS & DOWN DECODED", "Across & Down Decoded", "Daily", "Halyard", "the Halyard", "Halyard Cryptic No. 4,117",
        "Halyard Cryptic", "Archive", "Setters", "Glossary", "About", "Blogged", "Solving", "Definitions", "Anagram", "PREAMBLE",
        "ACROSS", "DOWN", "THE THEME, FOR THOSE WHO WANT IT", "General Manuel Fernández Silvestre", "General", "YEARLY",
        "MOUNTAINS", "ISLAND", "ENCLAVE", "FOREIGN FORCE", "MOROCCAN TROOPS", "MARSHAL",
        "LEGION", "FIR", "MEL", "ILL", "A", "ET", "PAIN", "SURE GAL RE", "Double", "Reversal",
        "Berber", "Moroccan", "Riffians", "Riffian", "Spanish", "French", "American", "Resident-General", "Resident-General in Morocco",
        "Franco-Spanish", "Legion", "Lovely", "Thanks", "Keep", "Several", "Soldiers", "After", "According", "Alhambra's",
        "Thursday", "The", "This", "In", "It", "He", "I", "July", "May", "February", "September", "January", "April"]
BP[k] = "COMMENTS (38)"

# ---------------- h08 Buffalo, the Fenian Brotherhood, John O'Neill and Ridgeway (1866): a parish bulletin ----------------
k = "h08"
P(k, "coughlin", "Brendan Coughlin")
P(k, "michael", "Michael Keough")
P(k, "o_mahony", "John O'Mahony", "John O'Mahony", "O'Mahony")
P(k, "stephens", "James Stephens")
P(k, "roberts", "William R. Roberts")
P(k, "sweeny", "Thomas W. Sweeny")
P(k, "o_neill", "John O'Neill", "John O'Neill", "O'Neill")
P(k, "booker", "Alfred Booker")
P(k, "daniel", "Daniel Keough")
P(k, "cornelius", "Cornelius")
P(k, "foster", "George Foster")
P(k, "brannigan", "Aileen Brannigan-Ochoa")
G(k, "fenian_brotherhood", "Fenian Brotherhood", "Fenian Brotherhood", "Fenians", "Brotherhood")
G(k, "irb", "Irish Republican Brotherhood", "Irish Republican Brotherhood", "IRB")
G(k, "senate_wing", "Senate wing")
G(k, "fenian_ira", "Irish Republican Army")
G(k, "queens_own", "Queen's Own Rifles")
G(k, "battalion_13", "13th Battalion")
G(k, "uoft", "University of Toronto")
G(k, "missisquoi", "Missisquoi Home Guard")
G(k, "canisius", "Canisius University")
L(k, "buffalo", "Buffalo")
L(k, "first_ward", "First Ward")
L(k, "new_york", "New York")
L(k, "ireland", "Ireland")
L(k, "dublin", "Dublin")
L(k, "canada", "Canada")
L(k, "niagara", "Niagara River")
L(k, "black_rock", "Black Rock")
L(k, "fort_erie", "Fort Erie")
L(k, "bna", "British North America")
L(k, "ridgeway", "Ridgeway", "Ridgeway", "Lime Ridge")
L(k, "toronto", "Toronto")
L(k, "hamilton", "Hamilton")
L(k, "vermont", "Vermont")
L(k, "eccles_hill", "Eccles Hill")
L(k, "quebec", "Quebec")
L(k, "united_states", "United States")
L(k, "omaha", "Omaha")
rels(k, [("o_mahony", "founded", "fenian_brotherhood"), ("stephens", "founded", "irb"), ("fenian_brotherhood", "allied_with", "irb"),
         ("roberts", "leads", "senate_wing"), ("senate_wing", "part_of", "fenian_brotherhood"), ("sweeny", "holds_office", "senate_wing"),
         ("o_neill", "leads", "fenian_ira"), ("fenian_ira", "part_of", "fenian_brotherhood"), ("o_neill", "opposed_to", "queens_own"),
         ("o_neill", "opposed_to", "battalion_13"), ("booker", "leads", "queens_own"), ("booker", "leads", "battalion_13"),
         ("daniel", "member_of", "fenian_ira"), ("o_neill", "holds_office", "fenian_brotherhood"),
         ("missisquoi", "opposed_to", "o_neill"), ("foster", "holds_office", "united_states"), ("brannigan", "member_of", "canisius")])
ev(k, "fenians_founded", "1858", "year", ["fenian_brotherhood", "o_mahony", "new_york"], "founded in New York in 1858")
ev(k, "irb_founded", "1858", "year", ["irb", "stephens", "dublin"], "founded in Dublin that same year")
ev(k, "rising_1848", "1848", "year", ["o_mahony"], "the rising of 1848")
ev(k, "split", "1865", "year", ["fenian_brotherhood", "senate_wing", "roberts"], "In 1865 it split")
ev(k, "crossing", "1866-05-31", "day", ["o_neill", "fenian_ira", "niagara", "black_rock", "fort_erie"], "On the night of May 31, 1866")
ev(k, "ridgeway", "1866-06-02", "day", ["o_neill", "queens_own", "battalion_13", "booker", "ridgeway"], "On June 2, 1866")
ev(k, "fort_erie_action", "1866-06-02", "day", ["fenian_brotherhood", "fort_erie"], "That same afternoon")
ev(k, "withdrawal", "1866-06-03", "day", ["o_neill", "niagara"], "Early the next morning")
ev(k, "president", "1868", "year", ["o_neill", "fenian_brotherhood"], "president of the Fenian Brotherhood in 1868")
ev(k, "eccles_hill", "1870-05-25", "day", ["o_neill", "missisquoi", "eccles_hill", "foster", "vermont"], "on May 25, 1870")
ev(k, "oneill_died", "1878-01", "month", ["o_neill", "omaha"], "in January 1878")
ev(k, "brannigan_talk", "2024", "year", ["brannigan"], "Knights of Columbus council last year")
ev(k, "battlefield_walk", "2025-05-31", "day", ["michael", "ridgeway"], "Last Saturday, Deacon Keough")
cl(k, "coughlin", "A parish that eats together stays together,")
cl(k, "coughlin", "and a parish that washes up together stays holy.")
cl(k, "o_neill", "We are here as the foes of British rule in Ireland, not as the enemies of the people of Canada.")
cl(k, "brannigan", "a defeat dressed up as a victory, and everyone on both banks knew it.")
NOISE.append({"source": k, "names": ["Ohio Street", "Quinlan & Daughters Funeral Home", "Kowalczyk Plumbing", "Mulrooney's Tavern",
                                     "Lakeside Print & Copy", "Holy Angels Credit Union", "Lakefront Parish Press"]})
ACC += ["OUR LADY OF THE HARBOR PARISH", "Our Lady of the Harbor Parish", "Our Lady of the Harbor", "NY", "Diocese of Buffalo",
        "WEEKLY BULLETIN", "THE MOST HOLY TRINITY", "Most Holy Trinity", "MASS SCHEDULE", "Saturday Vigil", "Sunday", "Weekdays",
        "Confessions", "FROM THE PASTOR'S DESK", "Dear", "Father Brendan Coughlin", "Father Brendan", "Vacation Bible School",
        "PARISH HISTORY CORNER: THE FENIANS OF 1866", "PARISH HISTORY CORNER", "THE FENIANS OF 1866", "Deacon Michael Keough",
        "Deacon Keough", "Deacon", "Keough", "Civil War", "Union", "Colonel John O'Neill", "Lieutenant-Colonel Alfred Booker",
        "Battle of Lime Ridge", "Canadians", "Canadian", "British", "Irish", "American", "USS Michigan", "Michigan",
        "Fulton Street", "Holy Cross Cemetery", "Church", "Historian Dr. Aileen Brannigan-Ochoa", "Dr. Aileen Brannigan-Ochoa",
        "Knights of Columbus", "Peace Bridge", "PARISH NOTES", "Pray", "Margaret Dunleavy", "Tomás Reyes", "Ann and Frank Pietrowski",
        "Frank Pietrowski", "Catholic Charities", "Second", "Thank", "Sign-up", "Family", "Among", "Nine", "Not", "If",
        "One", "On", "In", "It", "He", "Its", "They", "That", "The", "Early", "Call", "PM", "AM", "May", "June", "January"]
BP[k] = "BULLETIN DEADLINE"

# sentence-initial and heading words that the --unlisted review showed, acceptable in any source
ACC += ["Missionaries", "Fourteen", "Contributor", "Radio", "Exactly", "French Army in Morocco", "At", "Last", "Arrived",
        "Kingdom", "Nine", "Pray"]

W.write()
