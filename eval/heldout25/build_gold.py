"""Builds gold.json for the twenty-fifth held-out set (heldout25) from the annotations below (run:
python3 eval/heldout25/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words (the screenplay's dialogue is wrapped). Entity surfaces are
never split across lines.

Event ids are unique across the whole set."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, rels, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.rels, W.ACC, W.NOISE, W.BP

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = {f[:3]: open(os.path.join(HERE, "corpus", f), encoding="utf-8").read()
        for f in os.listdir(os.path.join(HERE, "corpus")) if f.endswith((".txt", ".md"))}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]


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


# ---------------- j01 Scotland, the Jacobite risings of 1689 and 1745-46: a folk album's liner notes ----------------
k = "j01"
P(k, "morven", "Morven Achterlonie", "Morven Achterlonie", "Morven")
P(k, "fergus", "Fergus Ferrie-Nakamura")
P(k, "mowbray", "Catriona Mowbray-Quayle")
P(k, "walter_scott", "Walter Scott")
P(k, "skirving", "Adam Skirving")
P(k, "boulton", "Harold Boulton", "Harold Boulton", "Boulton")
P(k, "william_glen", "William Glen")
P(k, "nairne", "Carolina Oliphant", "Carolina Oliphant", "Lady Nairne")
P(k, "james_vii", "James VII", "James VII", "James II")
P(k, "claverhouse", "John Graham of Claverhouse", "John Graham of Claverhouse", "Viscount Dundee", "Bonnie Dundee",
  "Bluidy Clavers", "Claverhouse")
P(k, "mackay", "Hugh Mackay")
P(k, "charles", "Charles Edward Stuart", "Charles Edward Stuart", "Bonnie Prince Charlie", "Young Pretender", "Charles")
P(k, "james_viii", "James Francis Edward Stuart", "James Francis Edward Stuart", "Old Pretender", "James VIII")
P(k, "murray", "Lord George Murray", "Lord George Murray", "Murray")
P(k, "cope", "John Cope", "John Cope", "Johnnie Cope", "Cope")
P(k, "lochiel", "Donald Cameron of Lochiel", "Donald Cameron of Lochiel", "Gentle Lochiel", "Lochiel")
P(k, "louis_xv", "Louis XV")
P(k, "george_ii", "George II")
P(k, "cumberland", "William Augustus, Duke of Cumberland", "William Augustus", "Duke of Cumberland", "Butcher Cumberland",
  "Cumberland")
P(k, "wade", "George Wade")
P(k, "hawley", "Henry Hawley")
P(k, "osullivan", "John William O'Sullivan")
P(k, "flora", "Flora MacDonald")
P(k, "anne_macleod", "Anne MacLeod")
P(k, "laurence_oliphant", "Laurence Oliphant")
G(k, "covenanters", "Covenanters")
G(k, "jacobite_army", "Jacobite army", "Jacobite army", "Jacobites")
G(k, "clan_cameron", "Clan Cameron", "Clan Cameron", "Camerons")
G(k, "british_army", "British Army")
G(k, "irish_picquets", "Irish Picquets")
G(k, "royal_ecossais", "Royal Écossais")
L(k, "dundee", "Dundee")
L(k, "perth", "Perth")
L(k, "angus", "Angus")
L(k, "culloden", "Culloden")
L(k, "england", "England")
L(k, "killiecrankie", "Killiecrankie")
L(k, "eriskay", "Eriskay")
L(k, "glenfinnan", "Glenfinnan")
L(k, "edinburgh", "Edinburgh")
L(k, "prestonpans", "Prestonpans")
L(k, "berwick", "Berwick")
L(k, "east_lothian", "East Lothian")
L(k, "france", "France")
L(k, "derby", "Derby")
L(k, "london", "London")
L(k, "great_britain", "Great Britain")
L(k, "falkirk_muir", "Falkirk Muir")
L(k, "highlands", "Highlands")
L(k, "drumossie_moor", "Drumossie Moor")
L(k, "inverness", "Inverness")
L(k, "south_uist", "South Uist")
L(k, "benbecula", "Benbecula")
L(k, "skye", "Skye")
L(k, "loch_nan_uamh", "Loch nan Uamh")
L(k, "rome", "Rome")
L(k, "glasgow", "Glasgow")
rels(k, [("claverhouse", "opposed_to", "covenanters"), ("claverhouse", "opposed_to", "mackay"),
         ("charles", "leads", "jacobite_army"), ("murray", "holds_office", "jacobite_army"),
         ("jacobite_army", "opposed_to", "cope"), ("lochiel", "leads", "clan_cameron"),
         ("clan_cameron", "member_of", "jacobite_army"), ("louis_xv", "holds_office", "france"),
         ("jacobite_army", "backed_by", "france"), ("george_ii", "holds_office", "great_britain"),
         ("cumberland", "leads", "british_army"), ("jacobite_army", "opposed_to", "hawley"),
         ("jacobite_army", "opposed_to", "british_army"), ("british_army", "opposed_to", "jacobite_army"),
         ("osullivan", "reports_to", "charles"), ("irish_picquets", "member_of", "jacobite_army"),
         ("royal_ecossais", "member_of", "jacobite_army"), ("laurence_oliphant", "reports_to", "charles")])
ev(k, "recorded", "2020-10", "month", ["fergus", "angus"], "We recorded it last October")
ev(k, "james_driven_out", "1688", "year", ["james_vii"], "driven from his thrones in 1688")
ev(k, "killiecrankie", "1689-07-27", "day", ["claverhouse", "mackay", "killiecrankie"], "On 27 July 1689 at Killiecrankie")
ev(k, "scott_words", "1830", "year", ["walter_scott"], "Walter Scott's words came in 1830")
ev(k, "eriskay", "1745-07-23", "day", ["charles", "eriskay"], "landed on Eriskay on 23 July 1745")
ev(k, "glenfinnan", "1745-08-19", "day", ["charles", "james_viii", "glenfinnan"], "On 19 August he raised the standard")
ev(k, "edinburgh", "1745-09-17", "day", ["jacobite_army", "edinburgh"], "took Edinburgh on 17 September 1745")
ev(k, "prestonpans", "1745-09-21", "day", ["jacobite_army", "cope", "prestonpans"], "four days later at Prestonpans")
ev(k, "lochiel_died", "1748-10", "month", ["lochiel", "france"], "died there in October 1748")
ev(k, "derby", "1745-12-04", "day", ["jacobite_army", "derby"], "By 4 December 1745 the Jacobites had reached Derby")
ev(k, "council_of_war", "1745-12-05", "day", ["murray"], "At a council of war the next day")
ev(k, "turned_north", "1745-12-06", "day", ["jacobite_army"], "On 6 December it turned north again")
ev(k, "falkirk", "1746-01-17", "day", ["jacobite_army", "hawley", "falkirk_muir"], "at Falkirk Muir on 17 January 1746")
ev(k, "culloden", "1746-04-16", "day", ["jacobite_army", "british_army", "cumberland", "drumossie_moor"], "On 16 April 1746")
ev(k, "over_the_sea", "1746-06", "month", ["flora", "charles", "benbecula", "skye"], "In June 1746 Flora MacDonald")
ev(k, "flora_held", "1747", "year", ["flora", "london"], "held in London until 1747")
ev(k, "boulton_words", "1884", "year", ["boulton", "anne_macleod"], "wrote the words in 1884")
ev(k, "sailed_for_france", "1746-09-20", "day", ["charles", "loch_nan_uamh", "france"], "from Loch nan Uamh on 20 September 1746")
ev(k, "charles_died", "1788-01-31", "day", ["charles", "rome"], "died in Rome on 31 January 1788")
ev(k, "nairne_born", "1766", "year", ["nairne"], "was born in 1766")
ev(k, "nairne_died", "1845", "year", ["nairne"], "died in 1845")
cl(k, "morven", "We grew up singing these songs at ceilidhs without knowing who half the people in them were,")
cl(k, "morven", "Then you find out Johnnie Cope was a real man who lost a real battle before breakfast, and the songs stop being wallpaper.")
cl(k, "fergus", "Most of these songs were written long after the fighting, by people who never met a Jacobite. Lady Nairne was born twenty years after Culloden, and Boulton was a Victorian gentleman with a good ear.")
cl(k, "fergus", "So this is a record about memory as much as about war. We recorded it last October in a cold church hall in Angus, which felt right.")
cl(k, "charles", "I am come home.")
cl(k, "murray", "had done all that could be asked of it, and more")
cl(k, "murray", "was certainly not right for Highlanders")
NOISE.append({"source": k, "names": ["St Fergna's Hall", "Kirriemuir", "Lachlan Dowie-Petrakis", "Gravelhill Studio",
                                     "Senga Pittendrigh", "Ruaraidh Blaikie", "Ishbel Quarrier", "Eòghann Struthers",
                                     "Wharfside Lane", "Leith"]})
ACC += ["KELPIE ROW RECORDS", "Kelpie Row Records", "Kelpie Row", "KRR", "CD", "DIGITAL", "THE DRUMOSSIE LANTERNS",
        "Drumossie Lanterns", "WAE'S ME", "Wae's Me", "Songs of the 'Forty-Five", "'Forty-Five", "Forty-Five", "TRACK LISTING",
        "Hey, Johnnie Cope", "HEY, JOHNNIE COPE", "Lochiel's Awa' tae France", "LOCHIEL'S AWA' TAE FRANCE", "Derby Wednesday",
        "DERBY WEDNESDAY", "The Skye Boat Song", "Skye Boat Song", "THE SKYE BOAT SONG",
        "Wae's Me for Prince Charlie", "WAE'S ME FOR PRINCE CHARLIE", "Prince Charlie", "Will Ye No Come Back Again",
        "WILL YE NO COME BACK AGAIN", "M. Achterlonie", "F. Ferrie-Nakamura", "ABOUT THIS RECORD",
        "THE SONGS AND THEIR STORIES", "Dr Catriona Mowbray-Quayle", "Jacobite", "Catholic", "King James VII",
        "Highland", "Highland clans", "Highlanders", "General Hugh Mackay", "Sir John Cope", "Sir Harold Boulton",
        "King George II", "Field Marshal George Wade", "General Henry Hawley", "Culloden House", "Betty Burke",
        "English", "English Jacobites", "French", "Irish", "Scottish", "Victorian", "Gask", "Lady", "Duke", "Told",
        "Released", "Most", "Then", "Notes", "Among", "After", "Cover", "Design", "Mixed", "Recorded",
        "Unauthorised", "All", "trad", "King", "Lord", "In", "She", "When"] + MONTHS
BP[k] = "RECORDING CREDITS"

# ---------------- j02 China, the Taiping Heavenly Kingdom, Shi Dakai and the Xiang Army: an online bookshop's product page ----------------
k = "j02"
P(k, "trevannion", "Wen-Li Trevannion-Tran", "Wen-Li Trevannion-Tran", "Trevannion-Tran")
P(k, "pennycook", "Aurelia Pennycook")
P(k, "hong", "Hong Xiuquan", "Hong Xiuquan", "Hung Hsiu-ch'üan", "Hong")
P(k, "jesus", "Jesus")
P(k, "shi_dakai", "Shi Dakai")
P(k, "feng_yunshan", "Feng Yunshan")
P(k, "yang_xiuqing", "Yang Xiuqing")
P(k, "wei_changhui", "Wei Changhui", "Wei Changhui", "Wei")
P(k, "zeng_guofan", "Zeng Guofan", "Zeng Guofan", "Tseng Kuo-fan")
P(k, "li_hongzhang", "Li Hongzhang")
P(k, "ward", "Frederick Townsend Ward", "Frederick Townsend Ward", "Ward")
P(k, "gordon", "Charles George Gordon", "Charles George Gordon", "Chinese Gordon")
P(k, "hong_rengan", "Hong Rengan")
P(k, "zeng_guoquan", "Zeng Guoquan")
P(k, "li_xiucheng", "Li Xiucheng")
G(k, "god_worshippers", "God Worshipping Society", "God Worshipping Society", "Bai Shangdi Hui")
G(k, "taiping", "Taiping Heavenly Kingdom", "Taiping Heavenly Kingdom", "Taiping Tianguo", "Heavenly Kingdom", "Taiping")
G(k, "qing", "Qing dynasty", "Qing dynasty", "Qing")
G(k, "xiang_army", "Xiang Army", "Xiang Army", "Hunan Army")
G(k, "huai_army", "Huai Army")
G(k, "eva", "Ever Victorious Army")
G(k, "cinder_post", "The Cinder Post", "The Cinder Post")
L(k, "guangxi", "Guangxi", "Guangxi", "Kwangsi")
L(k, "nanjing", "Nanjing", "Nanjing", "Nanking", "Tianjing")
L(k, "dadu_river", "Dadu River")
L(k, "guangdong", "Guangdong")
L(k, "jintian", "Jintian")
L(k, "chengdu", "Chengdu")
L(k, "shanghai", "Shanghai")
L(k, "hong_kong", "Hong Kong")
rels(k, [("hong", "founded", "taiping"), ("hong", "leads", "taiping"), ("feng_yunshan", "founded", "god_worshippers"),
         ("hong", "leads", "god_worshippers"), ("yang_xiuqing", "reports_to", "hong"), ("taiping", "controls", "nanjing"),
         ("wei_changhui", "opposed_to", "yang_xiuqing"), ("hong", "opposed_to", "wei_changhui"),
         ("shi_dakai", "member_of", "taiping"), ("qing", "opposed_to", "shi_dakai"), ("zeng_guofan", "founded", "xiang_army"),
         ("xiang_army", "opposed_to", "taiping"), ("huai_army", "opposed_to", "taiping"), ("li_hongzhang", "leads", "huai_army"),
         ("eva", "allied_with", "li_hongzhang"), ("ward", "founded", "eva"), ("gordon", "leads", "eva"),
         ("hong_rengan", "holds_office", "taiping"), ("zeng_guoquan", "opposed_to", "taiping"), ("li_xiucheng", "member_of", "taiping")])
ev(k, "hong_fever", "1837", "year", ["hong"], "after a fever in 1837")
ev(k, "kingdom_proclaimed", "1851-01", "month", ["god_worshippers", "taiping", "hong", "jintian"], "In January 1851")
ev(k, "nanjing_taken", "1853-03", "month", ["taiping", "nanjing"], "took Nanjing (Nanking) in March 1853")
ev(k, "tianjing_incident", "1856-09", "month", ["wei_changhui", "yang_xiuqing"], "In September 1856")
ev(k, "shi_left", "1857", "year", ["shi_dakai", "nanjing"], "left Tianjing in 1857")
ev(k, "shi_trapped", "1863-06", "month", ["qing", "shi_dakai", "dadu_river", "chengdu"], "at the Dadu River in June 1863")
ev(k, "xiang_army_raised", "1853", "year", ["zeng_guofan", "xiang_army"], "raised from 1853")
ev(k, "ward_killed", "1862", "year", ["ward"], "after Ward was killed in 1862")
ev(k, "gordon_command", "1863-03", "month", ["gordon", "eva"], "took command in March 1863")
ev(k, "hong_rengan_pm", "1859", "year", ["hong_rengan", "taiping"], "prime minister of the Heavenly Kingdom in 1859")
ev(k, "hong_died", "1864-06-01", "day", ["hong", "nanjing"], "died in Tianjing on 1 June 1864")
ev(k, "tianjing_stormed", "1864-07-19", "day", ["zeng_guoquan", "taiping", "nanjing"], "On 19 July 1864")
ev(k, "li_caught", "1864-07", "approximate", ["li_xiucheng"], "was caught a few days later")
ev(k, "li_executed", "1864-08-07", "day", ["li_xiucheng"], "executed on 7 August 1864")
ev(k, "nanjing_research", "2023-04", "month", ["trevannion", "nanjing"], "I spent April in Nanjing")
cl(k, "pennycook", "A furious, humane, enormous book about faith and what it costs.")
cl(k, "cinder_post", "Trevannion-Tran makes the bloodiest civil war of the nineteenth century feel like something that happened to people rather than to a map,")
cl(k, "trevannion", "Hong is unknowable. He spent the last ten years of his reign inside his palace writing commentaries on the Bible. I wanted someone who believed, and then slowly stopped believing, and kept marching anyway.")
cl(k, "trevannion", "I spent April in Nanjing, mostly in the museum in the old Taiping palace, and then followed Shi Dakai's route west as far as the Dadu River. My great-grandmother's family were Hakka from Guangxi. She used to say that in her village nobody ever asked which side your grandfather had been on.")
cl(k, "li_xiucheng", "trusted his brothers and no one else")
NOISE.append({"source": k, "names": ["The Ferryman of Yangzhou", "Yangzhou", "Delphine Acheson-Rui", "Oskar Feldhammer",
                                     "Red Lanterns, White Bones", "bookwyrm_ely", "Marigold Thistlewood", "Chandlers Yard",
                                     "Bristol"]})
ACC += ["Inkwell & Quay Books", "Inkwell & Quay", "INKWELL & QUAY", "Inkwell", "Quay Books", "New & Notable", "Fiction",
        "Non-fiction", "Historical fiction", "Historical Fiction", "China", "THE WING KING'S ROAD", "The Wing King's Road",
        "A Novel", "Quillon House", "RRP", "UK", "DESCRIPTION", "EDITORIAL REVIEWS", "A CONVERSATION WITH THE AUTHOR",
        "FROM THE AUTHOR'S HISTORICAL NOTE", "PRODUCT DETAILS", "ISBN-13", "Hardback",
        "The Salt Commissioner's Daughter", "The Meridian Review", "Meridian Review", "Hakka", "God", "God the Father", "Bible",
        "Heavenly King", "Heavenly Capital", "East King", "North King", "Wing King", "Loyal King", "Shield King",
        "Jintian uprising", "Qing banner armies", "American", "British", "Western", "English", "Best-sellers rank", "Books",
        "Basket", "Gift cards", "Sign in", "Home", "Children's", "Published", "Publisher", "Dimensions", "Language",
        "In", "Within", "When", "Why", "How", "Under", "Older", "Around", "Estimates", "She", "Taiping's",
        "Usually", "Free UK delivery", "Add to basket", "Add to wish list"] + MONTHS
BP[k] = "CUSTOMERS WHO BOUGHT THIS ITEM ALSO BOUGHT"

# ---------------- j03 Tanzania, the Maji Maji War of 1905-07: a Swahili course unit ----------------
k = "j03"
P(k, "zawadi", "Zawadi Mwakalinga-Fenn")
P(k, "hana", "Hana Pettifer-Lund")
P(k, "ndunguru", "Gaudence Ndunguru")
P(k, "gotzen", "Gustav Adolf von Götzen")
P(k, "kinjikitile", "Kinjikitile Ngwale", "Kinjikitile Ngwale", "Kinjikitile", "Kinjeketile")
P(k, "songea_mbano", "Songea Mbano")
P(k, "mkwawa", "Mkwawa")
P(k, "zelewski", "Emil von Zelewski", "Emil von Zelewski", "Zelewski")
P(k, "nyerere", "Julius Nyerere")
P(k, "ebrahim_hussein", "Ebrahim Hussein")
G(k, "schutztruppe", "Schutztruppe")
G(k, "ngoni", "Ngoni", "Ngoni", "Wangoni")
G(k, "hehe", "Hehe", "Hehe", "Wahehe")
G(k, "tanu", "Tanganyika African National Union", "Tanganyika African National Union", "TANU")
L(k, "tanganyika", "Tanganyika")
L(k, "german_east_africa", "German East Africa", "German East Africa", "Afrika Mashariki ya Kijerumani")
L(k, "ngarambe", "Ngarambe")
L(k, "matumbi_hills", "Matumbi Hills")
L(k, "mahenge", "Mahenge")
L(k, "songea", "Songea")
L(k, "lugalo", "Lugalo")
L(k, "kalenga", "Kalenga")
L(k, "germany", "Germany", "Germany", "Ujerumani")
rels(k, [("gotzen", "holds_office", "german_east_africa"), ("songea_mbano", "leads", "ngoni"), ("mkwawa", "leads", "hehe"),
         ("mkwawa", "opposed_to", "schutztruppe"), ("mkwawa", "opposed_to", "zelewski"), ("zelewski", "member_of", "schutztruppe"),
         ("nyerere", "founded", "tanu")])
ev(k, "maji_maji_war", "1905", "range", ["german_east_africa", "schutztruppe"], "the Maji Maji War of 1905-1907", end="1907")
ev(k, "commemoration_recording", "2022-02", "month", ["hana", "ndunguru", "songea"], "during last month's commemoration")
ev(k, "cotton_uprooted", "1905-07", "approximate", ["matumbi_hills"], "At the end of July 1905")
ev(k, "kinjikitile_hanged", "1905-08-04", "day", ["kinjikitile"], "hanged him on 4 August 1905")
ev(k, "mahenge_attack", "1905-08-30", "day", ["mahenge"], "On 30 August 1905")
ev(k, "war_ended", "1907", "year", ["schutztruppe"], "The war ended in 1907")
ev(k, "songea_hanged", "1906-02-27", "day", ["songea_mbano", "songea"], "were hanged on 27 February 1906")
ev(k, "lugalo", "1891-08", "month", ["mkwawa", "hehe", "zelewski", "schutztruppe", "lugalo"], "in August 1891")
ev(k, "mkwawa_died", "1898", "year", ["mkwawa"], "Mkwawa shot himself in 1898")
ev(k, "skull_returned", "1954", "year", ["mkwawa", "kalenga", "germany"], "returned to Kalenga in 1954")
ev(k, "tanu_founded", "1954", "year", ["nyerere", "tanu"], "(TANU) that same year")
ev(k, "independence", "1961", "year", ["nyerere", "tanganyika"], "to independence in 1961")
ev(k, "kinjeketile_play", "1969", "year", ["ebrahim_hussein", "kinjikitile"], "Ebrahim Hussein's 1969 play")
cl(k, "zawadi", "Every Tanzanian child learns this story at primary school. Learners of Swahili should know it too, because its words are still used every day.")
cl(k, "hana", "Shikamoo, Mzee. Hili ni kaburi la nani?")
cl(k, "ndunguru", "Marahaba. Hili ni kaburi la pamoja. Hapa walizikwa viongozi walionyongwa na Wajerumani tarehe 27 Februari 1906.")
cl(k, "hana", "Je, Songea Mbano yuko hapa pia?")
cl(k, "ndunguru", "Ndiyo. Mji huu umepewa jina lake. Yeye alikuwa nduna wa Wangoni.")
cl(k, "hana", "Na Mkwawa je? Nilisoma habari zake.")
cl(k, "ndunguru", "Mkwawa alikuwa mtawala wa Wahehe. Wapiganaji wake waliishinda Schutztruppe huko Lugalo. Fuvu lake lilipelekwa Ujerumani, na lilirudishwa Kalenga.")
cl(k, "hana", "Asante sana kwa maelezo.")
cl(k, "ndunguru", "Karibu tena. Kila mwaka mwezi Februari tunawakumbuka mashujaa wetu hapa.")
cl(k, "nyerere", "the first time our peoples stood up as one")
NOISE.append({"source": k, "names": ["Neema Lusekelo", "Baraka Tillya"]})
ACC += ["KISWAHILI HATUA KWA HATUA", "Kiswahili Hatua kwa Hatua", "Hatua", "Open Swahili course", "Swahili", "Level B1",
        "Course home", "Units", "Audio", "Teachers' notes", "Forum", "Log in", "Unit 14", "Somo la Kumi na Nne", "Somo",
        "HISTORIA YETU", "VITA VYA MAJI MAJI", "Vita vya Maji Maji", "Maji Maji", "Maji Maji War", "Maji Maji Memorial Museum",
        "TEACHER'S INTRODUCTION", "Dr Zawadi Mwakalinga-Fenn", "KUSOMA", "Reading", "TAFSIRI", "Translation", "MSAMIATI",
        "Vocabulary", "MAZUNGUMZO", "Conversation", "CULTURAL NOTE", "SARUFI", "Grammar", "MAZOEZI", "Exercises", "HANA",
        "NDUNGURU", "Gavana", "Gavana Gustav Adolf von Götzen", "Governor", "Governor Gustav Adolf von Götzen", "Wajerumani",
        "Kijerumani", "Germans", "German", "Matumbi", "Tanzanian", "Mzee", "Shikamoo", "Marahaba", "Asante", "Karibu",
        "Mwaka", "Serikali", "Katika", "Alisema", "Mwishoni", "Julai", "Agosti", "Februari", "Tarehe", "Vita", "Jeshi", "Njaa",
        "Hili", "Hapa", "Je", "Ndiyo", "Mji", "Yeye", "Na", "Nilisoma", "Wapiganaji", "Fuvu", "Kila", "Jibu", "Hunger",
        "Every", "Learners", "Our", "For", "Subject", "With", "Translate", "Listen", "The Germans", "Mazoezi"] + MONTHS
BP[k] = "ABOUT THIS COURSE"

# ---------------- j04 Finland, the civil war of 1918 and the Battle of Tampere: a parish sermon ----------------
k = "j04"
P(k, "riikka", "Riikka Lindroos-Mackintosh")
P(k, "jesus", "Jesus", "Jesus", "Christ")
P(k, "svinhufvud", "Pehr Evind Svinhufvud")
P(k, "manner", "Kullervo Manner")
P(k, "mannerheim", "Carl Gustaf Emil Mannerheim", "Carl Gustaf Emil Mannerheim", "Mannerheim")
P(k, "von_der_goltz", "Rüdiger von der Goltz")
P(k, "salmela", "Hugo Salmela")
P(k, "hilja", "Hilja Rautanen")
P(k, "thomas", "Thomas")
P(k, "eeva", "Eeva Halttunen-Shaw")
G(k, "red_guards", "Red Guards", "Red Guards", "punakaarti", "Reds")
G(k, "white_guards", "White Guards", "White Guards", "suojeluskunta", "Whites")
G(k, "senate", "Senate")
G(k, "peoples_delegation", "Finnish People's Delegation")
G(k, "jagers", "Jägers")
G(k, "baltic_division", "Baltic Sea Division")
G(k, "swedish_brigade", "Swedish Brigade")
G(k, "vapriikki", "Vapriikki")
L(k, "tampere", "Tampere", "Tampere", "Tammerfors")
L(k, "finland", "Finland")
L(k, "helsinki", "Helsinki", "Helsinki", "Helsingfors")
L(k, "vaasa", "Vaasa", "Vaasa", "Vasa")
L(k, "antrea", "Antrea")
L(k, "soviet_russia", "Soviet Russia")
L(k, "germany", "Germany", "German Empire")
L(k, "hanko", "Hanko", "Hanko", "Hangö")
L(k, "kalevankangas", "Kalevankangas")
L(k, "tammela", "Tammela")
L(k, "viipuri", "Viipuri", "Viipuri", "Vyborg")
L(k, "suomenlinna", "Suomenlinna")
L(k, "tammisaari", "Tammisaari", "Tammisaari", "Ekenäs")
rels(k, [("svinhufvud", "leads", "senate"), ("red_guards", "controls", "helsinki"), ("manner", "leads", "peoples_delegation"),
         ("white_guards", "part_of", "senate"), ("mannerheim", "leads", "white_guards"), ("red_guards", "backed_by", "soviet_russia"),
         ("jagers", "backed_by", "germany"), ("jagers", "member_of", "white_guards"), ("white_guards", "backed_by", "germany"),
         ("von_der_goltz", "leads", "baltic_division"), ("baltic_division", "opposed_to", "red_guards"),
         ("red_guards", "controls", "tampere"), ("white_guards", "opposed_to", "red_guards"),
         ("swedish_brigade", "allied_with", "white_guards"), ("salmela", "member_of", "red_guards"), ("eeva", "member_of", "vapriikki")])
ev(k, "tampere_surrender", "1918-04-06", "day", ["red_guards", "tampere"], "on 6 April 1918")
ev(k, "independence_declared", "1917-12-06", "day", ["finland", "senate", "svinhufvud"], "on 6 December 1917")
ev(k, "finland_war_began", "1918-01", "approximate", ["red_guards", "helsinki", "peoples_delegation"], "At the end of January 1918")
ev(k, "sword_order", "1918-02-23", "day", ["mannerheim", "antrea"], "At Antrea station on 23 February 1918")
ev(k, "hanko_landing", "1918-04-03", "day", ["baltic_division", "von_der_goltz", "hanko"], "landed at Hanko (Hangö) on 3 April")
ev(k, "helsinki_taken", "1918-04-13", "day", ["baltic_division", "red_guards", "helsinki"], "ten days later")
ev(k, "whites_reach_tampere", "1918-03-23", "day", ["white_guards", "tampere"], "reached its edges on 23 March")
ev(k, "maundy_thursday", "1918-03-28", "day", ["white_guards", "red_guards", "swedish_brigade", "kalevankangas"],
   "On Maundy Thursday, 28 March 1918")
ev(k, "salmela_killed", "1918-04", "approximate", ["salmela"], "early in April")
ev(k, "viipuri_fell", "1918-04-29", "day", ["viipuri"], "fell on 29 April")
ev(k, "victory_parade", "1918-05-16", "day", ["mannerheim", "helsinki"], "on 16 May Mannerheim rode")
ev(k, "prison_camps", "1918", "approximate", ["kalevankangas", "suomenlinna", "tammisaari"], "In the prison camps that summer")
ev(k, "manner_died", "1939", "year", ["manner", "soviet_russia"], "died in a Soviet labour camp in 1939")
ev(k, "hilja_letter", "1958", "year", ["hilja"], "Forty years later she wrote")
ev(k, "bible_study", "2017", "approximate", ["eeva"], "Last autumn our Bible study group")
ev(k, "wreaths", "2018-04-06", "day", ["kalevankangas"], "On Friday at Kalevankangas")
cl(k, "jesus", "Peace be with you.")
cl(k, "mannerheim", "before lawful order reigns in the land")
cl(k, "hilja", "We did not speak of the spring of 1918 at home. Father would not have the word 'Red' said at the table, and Mother would not have the word 'White'.")
cl(k, "hilja", "But every April he walked out to Kalevankangas alone, and every April he came back and said nothing, and we children knew where he had been.")
cl(k, "thomas", "Unless I see the mark of the nails in his hands, I will not believe.")
cl(k, "eeva", "The war lasted three and a half months, and the silence lasted three generations,")
NOISE.append({"source": k, "names": ["Veli-Pekka Saarnio", "Marjatta Kivelä", "Kirkkokatu"]})
ACC += ["ST HENRIK'S INTERNATIONAL CONGREGATION", "St Henrik's International Congregation", "St Henrik's",
        "Evangelical Lutheran Church of Finland", "Evangelical Lutheran Church", "Worship", "Sermons", "Music",
        "Children & Families", "Contact", "Second Sunday of Easter", "Easter", "PEACE BE WITH YOU", "Peace Be With You",
        "Old Church", "The Revd Dr Riikka Lindroos-Mackintosh", "Revd", "Readings", "Acts", "John", "Father", "Son",
        "Holy Spirit", "Amen", "Bible", "General Carl Gustaf Emil Mannerheim", "General Rüdiger von der Goltz", "General",
        "Tsar", "Finnish", "Finns", "Finnish-born", "Swedish-speakers", "Swedish", "Russian", "Soviet", "Red", "White",
        "Red Guard", "Maundy Thursday", "Bloody Maundy Thursday", "Tampella", "Mother", "Volunteers", "Hundreds", "Neither",
        "Within", "Last", "That", "Preached", "Friday", "Sunday", "Wednesdays", "Holy Communion", "Privacy statement",
        "Cookie settings", "Children's club", "Next Sunday", "In", "On", "At"] + MONTHS
BP[k] = "NOTICES"

# ---------------- j05 Cuba, the war of 1895-98, Martí, Maceo and the Liberation Army: a restaurant's story-and-menu page ----------------
k = "j05"
P(k, "evaristo", "Evaristo Quiñones", "Evaristo Quiñones", "Evaristo")
P(k, "marti", "José Martí", "José Martí", "Martí")
P(k, "gomez", "Máximo Gómez", "Máximo Gómez", "Gómez")
P(k, "maceo", "Antonio Maceo", "Antonio Maceo", "Maceo", "Bronze Titan", "Titán de Bronce")
P(k, "martinez_campos", "Arsenio Martínez Campos")
P(k, "caridad", "Caridad Quiñones")
P(k, "weyler", "Valeriano Weyler")
P(k, "roosevelt", "Theodore Roosevelt")
P(k, "garcia", "Calixto García", "Calixto García", "García")
P(k, "shafter", "William Shafter")
P(k, "marisol", "Marisol Quiñones-Abernethy")
G(k, "prc", "Cuban Revolutionary Party", "Cuban Revolutionary Party", "Partido Revolucionario Cubano", "PRC")
G(k, "liberation_army", "Liberation Army", "Liberation Army", "Ejército Libertador")
G(k, "rough_riders", "Rough Riders")
G(k, "us_army", "U.S. Army")
L(k, "ybor_city", "Ybor City")
L(k, "tampa", "Tampa")
L(k, "cuba", "Cuba")
L(k, "baire", "Baire")
L(k, "dos_rios", "Dos Ríos")
L(k, "mangos_de_baragua", "Mangos de Baraguá", "Mangos de Baraguá", "Baraguá")
L(k, "mantua", "Mantua")
L(k, "spain", "Spain")
L(k, "san_pedro", "San Pedro")
L(k, "punta_brava", "Punta Brava")
L(k, "havana", "Havana")
L(k, "united_states", "United States")
L(k, "oriente", "Oriente")
L(k, "santiago", "Santiago")
rels(k, [("marti", "founded", "prc"), ("marti", "holds_office", "prc"), ("gomez", "holds_office", "liberation_army"),
         ("maceo", "holds_office", "liberation_army"), ("weyler", "holds_office", "cuba"),
         ("united_states", "opposed_to", "spain"), ("roosevelt", "member_of", "rough_riders"),
         ("garcia", "member_of", "liberation_army"), ("garcia", "allied_with", "us_army"), ("garcia", "allied_with", "shafter"),
         ("shafter", "leads", "us_army"), ("prc", "backed_by", "evaristo")])
ev(k, "marti_in_ybor", "1891-11", "month", ["marti", "evaristo", "ybor_city"], "In November 1891")
ev(k, "prc_founded", "1892-04-10", "day", ["marti", "prc"], "on 10 April 1892")
ev(k, "cuba_war_began", "1895-02-24", "day", ["baire", "cuba"], "The war began on 24 February 1895")
ev(k, "marti_killed", "1895-05-19", "day", ["marti", "dos_rios"], "on 19 May 1895")
ev(k, "invasion_of_the_west", "1895-10", "range", ["maceo", "gomez", "liberation_army", "mangos_de_baragua", "mantua"],
   "from October 1895 to January 1896", end="1896-01")
ev(k, "protest_of_baragua", "1878", "year", ["maceo", "martinez_campos", "mangos_de_baragua"], "in 1878, when the Spanish commander")
ev(k, "cafe_opened", "1961", "year", ["caridad"], "opened it on Ninth Avenue in 1961")
ev(k, "weyler_arrived", "1896-02", "month", ["weyler", "spain", "cuba"], "to govern Cuba in February 1896")
ev(k, "maceo_killed", "1896-12-07", "day", ["maceo", "san_pedro", "punta_brava"], "on 7 December 1896")
ev(k, "maine", "1898-02", "month", ["havana"], "In February 1898 the USS Maine")
ev(k, "war_with_spain", "1898-04", "month", ["united_states", "spain"], "that April the United States went to war")
ev(k, "rough_riders_tampa", "1898-06", "month", ["rough_riders", "roosevelt", "tampa"], "in June 1898")
ev(k, "santiago_surrender", "1898-07-17", "day", ["santiago", "garcia"], "when Santiago surrendered on 17 July 1898")
cl(k, "marti", "with all, and for the good of all")
cl(k, "maceo", "No, we do not understand each other,")
cl(k, "marisol", "This place is about the people who paid for that war a dollar at a time,")
cl(k, "marisol", "They never saw Cuba free, and they never stopped believing it would be.")
NOISE.append({"source": k, "names": ["Belarmino Pardo-Vanterpool", "East 9th Avenue", "Café Baraguá LLC"]})
ACC += ["CAFÉ BARAGUÁ", "Café Baraguá", "Cuban kitchen & bakery", "HOME", "MENU", "OUR STORY", "CATERING", "RESERVE A TABLE",
        "Viva Cuba Libre", "Cuba Libre", "Grito de Baire", "cry of Baire", "Seventh Avenue", "Ninth Avenue", "Liceo Cubano",
        "Delegate", "Dominican-born", "Dominican", "Cuban", "Cubans", "Spanish", "Spaniard", "Americans", "American",
        "mambises", "Ten Years' War", "USS Maine", "Maine", "Lieutenant Colonel Theodore Roosevelt", "General Calixto García",
        "General William Shafter", "General", "Butcher", "DESAYUNO", "SANDWICHES", "PLATOS FUERTES", "DULCES", "CAFÉ",
        "Tostada Gómez", "Huevos Baraguá", "El Titán", "The Cuban", "The Lector", "Lector", "Medianoche", "Ropa vieja",
        "Lechón asado", "Picadillo a la Martí", "Arroz con pollo", "Flan de leche", "Tres leches", "Cafecito", "Cortadito",
        "Colada", "Swiss", "Guava", "AM", "PM", "Saturday", "Tonight", "Dinner", "Live music", "Our", "They", "Because",
        "Why", "Why Baraguá", "In", "Open today", "Liberation Army's"] + MONTHS
BP[k] = "ALLERGEN & FOOD SAFETY NOTICE"

# ---------------- j06 Japan, the Satsuma Rebellion of 1877 and Saigō Takamori: a screenplay excerpt ----------------
k = "j06"
P(k, "haruka", "Haruka Delacroix-Imai")
P(k, "saigo", "Saigō Takamori", "Saigō Takamori", "Takamori Saigō", "Nanshū", "Saigō")
P(k, "meiji", "Emperor Meiji")
P(k, "kirino", "Kirino Toshiaki", "Kirino Toshiaki", "Nakamura Hanjirō")
P(k, "shinohara", "Shinohara Kunimoto")
P(k, "okubo", "Ōkubo Toshimichi", "Ōkubo Toshimichi", "Ōkubo")
P(k, "tani", "Tani Tateki")
P(k, "yamagata", "Yamagata Aritomo")
P(k, "kawaji", "Kawaji Toshiyoshi")
P(k, "beppu", "Beppu Shinsuke", "Beppu Shinsuke", "Beppu", "Shinsuke")
G(k, "shigakko", "Shigakkō")
G(k, "meiji_government", "Meiji government")
G(k, "satsuma_army", "Satsuma army")
G(k, "imperial_army", "Imperial Japanese Army", "Imperial Japanese Army", "Imperial Army")
G(k, "kumamoto_garrison", "Kumamoto garrison")
G(k, "tokyo_police", "Tokyo Metropolitan Police")
G(k, "battotai", "Battōtai")
L(k, "korea", "Korea")
L(k, "kagoshima", "Kagoshima")
L(k, "kumamoto", "Kumamoto")
L(k, "tabaruzaka", "Tabaruzaka")
L(k, "kyushu", "Kyushu")
L(k, "shiroyama", "Shiroyama")
L(k, "tokyo", "Tokyo")
L(k, "satsuma", "Satsuma")
L(k, "tosa", "Tosa")
L(k, "japan", "Japan")
rels(k, [("meiji", "holds_office", "japan"), ("saigo", "founded", "shigakko"), ("kirino", "leads", "shigakko"),
         ("shinohara", "leads", "shigakko"), ("okubo", "leads", "meiji_government"), ("saigo", "leads", "satsuma_army"),
         ("shigakko", "part_of", "satsuma_army"), ("satsuma_army", "opposed_to", "kumamoto_garrison"),
         ("kumamoto_garrison", "part_of", "imperial_army"), ("tani", "leads", "kumamoto_garrison"),
         ("yamagata", "leads", "imperial_army"), ("imperial_army", "opposed_to", "satsuma_army"), ("imperial_army", "opposed_to", "saigo"),
         ("kawaji", "founded", "tokyo_police"), ("battotai", "part_of", "tokyo_police"),
         ("meiji_government", "opposed_to", "satsuma_army")])
ev(k, "table_read", "2019-10", "month", ["haruka"], "last month's table read")
ev(k, "restoration", "1868", "year", ["meiji", "saigo"], "on the throne in 1868")
ev(k, "saigo_left_government", "1873-10", "month", ["saigo", "korea"], "In October 1873")
ev(k, "shigakko_founded", "1874", "year", ["saigo", "shigakko", "kagoshima"], "in 1874 he founded the Shigakkō")
ev(k, "police_founded", "1874", "year", ["kawaji", "tokyo_police"], "Tokyo Metropolitan Police in 1874")
ev(k, "arsenal_ship", "1877-01", "month", ["okubo", "meiji_government", "kagoshima"], "In January 1877 the Meiji government")
ev(k, "arsenal_raid", "1877-01-30", "day", ["shigakko", "kirino", "kagoshima"], "Kagoshima, 30 January 1877.")
ev(k, "march_north", "1877-02", "month", ["saigo", "satsuma_army"], "In February Saigō marched north")
ev(k, "kumamoto_siege", "1877-02-22", "range", ["satsuma_army", "kumamoto_garrison", "tani"],
   "from 22 February until a relief force broke through in mid-April", end="1877-04")
ev(k, "tabaruzaka", "1877-03", "month", ["imperial_army", "yamagata", "satsuma_army", "battotai", "tabaruzaka"], "at Tabaruzaka in March")
ev(k, "shiroyama", "1877-09-24", "day", ["meiji_government", "satsuma_army", "saigo", "beppu", "shiroyama"], "at dawn on 24 September 1877")
ev(k, "okubo_murdered", "1878-05", "month", ["okubo", "tokyo"], "the following May")
ev(k, "saigo_pardoned", "1889", "year", ["saigo"], "pardoned in 1889")
cl(k, "kirino", "It was bought with Satsuma rice. You cannot steal what is already yours.")
cl(k, "saigo", "Shimatta.")
cl(k, "saigo", "You have decided for me, then.")
cl(k, "tani", "I am a Tosa man with a Satsuma enemy and the Emperor's castle. I find that simplifies things.")
cl(k, "yamagata", "He will not stop at Kumamoto.")
cl(k, "okubo", "He will. He cannot leave a castle behind him. I have known him since we were boys.")
cl(k, "okubo", "Send everything.")
cl(k, "saigo", "Shin-don, mō koko de yoka.")
NOISE.append({"source": k, "names": ["Bramwell Oduya", "Castellane Artists", "Kingly Street", "Writers Guild of Great Britain"]})
ACC += ["REVISED DRAFT", "BLUE PAGES", "Kinkō Bay Pictures", "Kinkō Bay", "WRITER'S NOTE TO READERS", "Scenes",
        "Western", "shogunate", "Meiji", "Emperor", "Emperor's", "Emperor's castle", "Home Minister", "Home Minister Ōkubo Toshimichi",
        "Major General Tani Tateki", "MAJOR GENERAL TANI TATEKI", "Major General", "Chinese", "Kumamoto Castle",
        "KUMAMOTO CASTLE", "Satsuma man", "FADE IN", "EXT", "INT", "GOVERNMENT ARSENAL", "NIGHT", "DAY", "SUPER",
        "STUDENTS", "STUDENT", "KIRINO", "SAIGŌ'S HOUSE", "GARDEN",
        "A MESSENGER", "MESSENGER", "NORTH WALL", "TANI", "HOME MINISTRY", "YAMAGATA",
        "CONT'D", "CUT TO", "CUT TO BLACK", "CAVE MOUTH", "PRE-DAWN", "FLASH FORWARD", "SUBTITLE", "END OF EXCERPT", "Sensei", "Shimatta", "Shin-don", "Telegraph", "Lanterns", "Rain", "Smoke", "Guns",
        "Forty", "Students", "Pushed", "In", "The", "He", "I", "You", "It", "Send"] + MONTHS
BP[k] = "This screenplay is the confidential property"

# ---------------- j07 India, the rebellion of 1857-58, Rani Lakshmibai and Tatya Tope: a PhD thesis's front matter ----------------
k = "j07"
P(k, "sharvari", "Sharvari Deshmukh-Tregarthen")
P(k, "kirkbride", "Hermione Kirkbride")
P(k, "vasant", "Vasant Deshmukh")
P(k, "lakshmibai", "Lakshmibai", "Lakshmibai", "Manikarnika Tambe", "Rani of Jhansi", "Ranee of Jhansi")
P(k, "erskine", "Walter Erskine")
P(k, "rose", "Hugh Rose", "Hugh Rose", "Lord Strathnairn", "Rose")
P(k, "tatya", "Tatya Tope", "Tatya Tope", "Tantia Topee")
P(k, "nana", "Nana Sahib", "Nana Sahib", "Dhondu Pant")
P(k, "scindia", "Jayajirao Scindia", "Jayajirao Scindia", "Scindia", "Sindhia")
P(k, "gangadhar", "Gangadhar Rao")
P(k, "dalhousie", "Lord Dalhousie")
P(k, "bahadur_shah", "Bahadur Shah Zafar")
P(k, "man_singh", "Man Singh")
P(k, "bose", "Subhas Chandra Bose")
P(k, "lakshmi_swaminathan", "Lakshmi Swaminathan")
G(k, "eic", "East India Company", "East India Company", "EIC", "Company")
G(k, "ciff", "Central India Field Force", "Central India Field Force", "CIFF")
G(k, "reg12", "12th Bengal Native Infantry", "12th Bengal Native Infantry", "12th BNI")
G(k, "bengal_army", "Bengal Army")
G(k, "hussars8", "8th Hussars")
G(k, "ina", "Indian National Army", "Indian National Army", "INA")
G(k, "rani_regiment", "Rani of Jhansi Regiment")
L(k, "bundelkhand", "Bundelkhand")
L(k, "jhansi", "Jhansi")
L(k, "saugor", "Saugor")
L(k, "gwalior", "Gwalior")
L(k, "london", "London")
L(k, "new_delhi", "New Delhi")
L(k, "kanpur", "Kanpur", "Kanpur", "Cawnpore")
L(k, "kalpi", "Kalpi", "Kalpi", "Calpee")
L(k, "shivpuri", "Shivpuri", "Shivpuri", "Seepree")
L(k, "india", "India")
L(k, "meerut", "Meerut")
L(k, "delhi", "Delhi")
L(k, "betwa", "Betwa")
L(k, "agra", "Agra")
L(k, "kotah", "Kotah-ki-Serai")
L(k, "narwar", "Narwar")
rels(k, [("eic", "controls", "jhansi"), ("erskine", "holds_office", "eic"), ("rose", "leads", "ciff"),
         ("gangadhar", "holds_office", "jhansi"), ("dalhousie", "holds_office", "india"), ("reg12", "part_of", "bengal_army"),
         ("bengal_army", "part_of", "eic"), ("lakshmibai", "holds_office", "jhansi"), ("tatya", "reports_to", "nana"),
         ("ciff", "opposed_to", "lakshmibai"), ("rose", "opposed_to", "tatya"), ("ciff", "opposed_to", "tatya"), ("rose", "opposed_to", "lakshmibai"),
         ("lakshmibai", "allied_with", "tatya"), ("lakshmibai", "controls", "gwalior"), ("tatya", "controls", "gwalior"),
         ("scindia", "holds_office", "gwalior"), ("scindia", "allied_with", "eic"), ("hussars8", "opposed_to", "lakshmibai"),
         ("man_singh", "holds_office", "narwar"), ("bose", "leads", "ina"), ("rani_regiment", "part_of", "ina"),
         ("ina", "founded", "rani_regiment"), ("lakshmi_swaminathan", "leads", "rani_regiment")])
ev(k, "rebellion", "1857", "range", ["bundelkhand", "jhansi"], "the rebellion of 1857-58 in Bundelkhand", end="1858")
ev(k, "lakshmibai_born", "1828", "approximate", ["lakshmibai"], "c. 1828")
ev(k, "annexation", "1854-03", "month", ["eic", "jhansi", "dalhousie"], "had annexed Jhansi in March 1854")
ev(k, "rani_commits", "1858", "approximate", ["lakshmibai"], "Only in early 1858")
ev(k, "gangadhar_died", "1853-11", "month", ["gangadhar", "jhansi"], "until his death in November 1853")
ev(k, "mutiny_jhansi", "1857-06-05", "day", ["reg12", "jhansi"], "on 5 June 1857")
ev(k, "jokhan_bagh", "1857-06-08", "day", ["jhansi"], "at the Jokhan Bagh on 8 June")
ev(k, "meerut", "1857-05-10", "day", ["meerut"], "at Meerut on 10 May 1857")
ev(k, "jhansi_siege", "1858-03-23", "day", ["ciff", "lakshmibai", "jhansi"], "in Jhansi from 23 March 1858")
ev(k, "betwa", "1858-04-01", "day", ["rose", "ciff", "tatya", "betwa"], "On 1 April, at the Betwa")
ev(k, "jhansi_stormed", "1858-04-03", "day", ["ciff", "jhansi"], "on 3 April it stormed the city")
ev(k, "gwalior_taken", "1858-06-01", "day", ["lakshmibai", "tatya", "scindia", "gwalior"], "took Gwalior on 1 June 1858")
ev(k, "rani_killed", "1858-06-18", "day", ["lakshmibai", "hussars8", "kotah"], "on 18 June 1858 at Kotah-ki-Serai")
ev(k, "tatya_hanged", "1859-04-18", "day", ["tatya", "man_singh", "shivpuri"], "hanged at Shivpuri on 18 April 1859")
ev(k, "rani_regiment_raised", "1943", "year", ["ina", "rani_regiment", "bose"], "raised in 1943")
cl(k, "lakshmibai", "no troops of my own and no orders from anyone")
cl(k, "kirkbride", "Read the pension files before the dispatches.")
cl(k, "vasant", "She was not a goddess,")
cl(k, "vasant", "She was a very good administrator who ran out of choices.")
cl(k, "rose", "the best and bravest military leader of the rebels")
NOISE.append({"source": k, "names": ["Ieuan Molyneux-Baird", "Quarrendon Road", "Library Building"]})
ACC += ["Eastmarch Research Repository", "Eastmarch", "University of Eastmarch", "Faculty of Arts and Humanities",
        "Department of History", "History", "Theses", "Thesis", "PhD", "PDF", "Browse", "Search", "Deposit", "Help", "Home",
        "Deposited", "Open access", "WIDOW, QUEEN, REBEL", "WIDOW", "QUEEN", "REBEL", "RANI LAKSHMIBAI", "Rani Lakshmibai",
        "THE JHANSI STATE AND THE CENTRAL INDIA CAMPAIGN", "Central India", "Doctor of Philosophy", "ABSTRACT",
        "ACKNOWLEDGEMENTS", "LIST OF ABBREVIATIONS", "NOTE ON NAMES AND TRANSLITERATION", "SYNOPSIS OF CHAPTERS", "Chapter",
        "Rani", "Ranee", "Raja", "Raja Gangadhar Rao", "Raja of Narwar", "Maharaja", "Maharaja Jayajirao Scindia",
        "Major Walter Erskine", "Major-General Sir Hugh Rose", "Sir Hugh Rose", "Professor Hermione Kirkbride",
        "Governor-General", "Governor-General of India", "Mughal", "Indian", "British", "Europeans", "sepoys",
        "British Library", "BL", "Asian and African reading room", "National Archives of India", "NAI", "India Office Records",
        "IOR", "Parliamentary Papers", "PP", "Bengal Native Infantry", "BNI", "Ashworth-Dastur Trust", "Jhansi fort",
        "Jokhan Bagh", "doctrine of lapse", "Company columns", "Read", "She", "Only", "Together", "When", "My", "This",
        "The Rani", "In", "On"] + MONTHS
BP[k] = "REPOSITORY NOTICE"

# ---------------- j08 Libya, the Senussi resistance, Omar al-Mukhtar and Graziani: a pub quiz answer sheet ----------------
k = "j08"
P(k, "cormac", "Cormac Ossory-Patel")
P(k, "wanis", "Wanis Elfeitouri", "Wanis Elfeitouri", "Wanis")
P(k, "rommel", "Rommel")
P(k, "mukhtar", "Omar al-Mukhtar", "Omar al-Mukhtar", "Umar al-Mukhtar", "Omar Mukhtar", "Mukhtar", "Sheikh of the Martyrs")
P(k, "grand_senussi", "Muhammad ibn Ali al-Senussi", "Muhammad ibn Ali al-Senussi", "Grand Senussi")
P(k, "idris", "Idris al-Senussi", "Idris al-Senussi", "Idris I", "Idris")
P(k, "gaddafi", "Muammar Gaddafi", "Muammar Gaddafi", "Gaddafi")
P(k, "graziani", "Rodolfo Graziani", "Rodolfo Graziani", "Graziani")
P(k, "badoglio", "Pietro Badoglio", "Pietro Badoglio", "Badoglio")
P(k, "quinn", "Anthony Quinn")
P(k, "reed", "Oliver Reed")
P(k, "akkad", "Moustapha Akkad")
P(k, "steiger", "Rod Steiger")
P(k, "mussolini", "Benito Mussolini")
G(k, "senussi", "Senussi order", "Senussi order", "Sanusiyya", "Senussi")
G(k, "royal_italian_army", "Royal Italian Army", "Royal Italian Army", "Regio Esercito")
L(k, "benghazi", "Benghazi")
L(k, "italy", "Italy")
L(k, "libya", "Libya")
L(k, "ottoman_empire", "Ottoman Empire")
L(k, "tripoli", "Tripoli")
L(k, "cyrenaica", "Cyrenaica", "Cyrenaica", "Cirenaica")
L(k, "mecca", "Mecca")
L(k, "sahara", "Sahara")
L(k, "egypt", "Egypt")
L(k, "jebel_akhdar", "Jebel Akhdar", "Jebel Akhdar", "Green Mountain")
L(k, "el_agheila", "El Agheila")
L(k, "jaghbub", "Jaghbub", "Jaghbub", "Giarabub")
L(k, "kufra", "Kufra", "Kufra", "Cufra")
L(k, "slonta", "Slonta")
L(k, "suluq", "Suluq", "Suluq", "Soluch")
L(k, "rome", "Rome")
rels(k, [("grand_senussi", "founded", "senussi"), ("senussi", "controls", "cyrenaica"), ("idris", "leads", "senussi"),
         ("idris", "holds_office", "libya"), ("gaddafi", "opposed_to", "idris"), ("mukhtar", "member_of", "senussi"),
         ("mukhtar", "reports_to", "idris"), ("mukhtar", "opposed_to", "royal_italian_army"),
         ("graziani", "holds_office", "cyrenaica"), ("badoglio", "holds_office", "libya"), ("graziani", "leads", "royal_italian_army"),
         ("graziani", "reports_to", "badoglio"), ("graziani", "opposed_to", "mukhtar"), ("graziani", "controls", "kufra"),
         ("gaddafi", "holds_office", "libya")])
ev(k, "asked_since_christmas", "2022-12", "month", ["wanis"], "since last Christmas")
ev(k, "italian_invasion", "1911-10", "month", ["italy", "tripoli"], "in October 1911")
ev(k, "senussi_founded", "1837", "year", ["grand_senussi", "senussi", "mecca"], "founded in 1837")
ev(k, "idris_exile", "1922", "year", ["idris", "egypt"], "went into exile in Egypt in 1922")
ev(k, "libya_independent", "1951-12-24", "day", ["libya", "idris"], "on 24 December 1951")
ev(k, "gaddafi_coup", "1969", "year", ["gaddafi", "idris"], "in a coup in 1969")
ev(k, "mukhtar_born", "1858", "approximate", ["mukhtar"], "born around 1858")
ev(k, "mukhtar_commands", "1923", "year", ["mukhtar", "senussi", "jebel_akhdar"], "From 1923")
ev(k, "graziani_vice_governor", "1930", "year", ["graziani", "cyrenaica"], "as vice-governor in 1930")
ev(k, "badoglio_governor", "1929", "year", ["badoglio", "libya"], "governed Libya from 1929")
ev(k, "camps", "1930", "range", ["graziani", "jebel_akhdar", "el_agheila"], "between 1930 and 1933", end="1933")
ev(k, "kufra_fell", "1931-01", "month", ["kufra", "senussi", "graziani"], "fell to the Italians in January 1931")
ev(k, "mukhtar_captured", "1931-09-11", "day", ["mukhtar", "slonta"], "on 11 September 1931")
ev(k, "mukhtar_sentenced", "1931-09-15", "day", ["mukhtar", "benghazi"], "on 15 September 1931")
ev(k, "mukhtar_hanged", "1931-09-16", "day", ["mukhtar", "suluq"], "92 years ago this Saturday")
ev(k, "film", "1981", "year", ["quinn", "akkad", "mukhtar"], "the 1981 film")
ev(k, "film_on_italian_tv", "2009", "year", ["gaddafi", "rome", "italy"], "on Italian television in 2009")
cl(k, "wanis", "Everybody in this pub knows who Rommel was and nobody knows who Omar al-Mukhtar was,")
cl(k, "wanis", "That is the wrong way round.")
cl(k, "mukhtar", "We do not surrender. We win or we die.")
NOISE.append({"source": k, "names": ["Quizteama Aguilera", "The Usual Suspects", "Dot Mallinder", "Les Quizerables",
                                     "Tamsin Oakhurst", "Tanner's Row", "Wickhurst"]})
ACC += ["THE LAMPLIGHTER'S ARMS", "The Lamplighter's Arms", "Lamplighter's Arms", "TUESDAY QUIZ", "Tuesday Quiz",
        "Quizmaster's answer sheet", "Week 37", "FOR THE QUIZMASTER ONLY", "ROUND 5 OF 6", "SPECIALIST ROUND",
        "LION OF THE DESERT", "Lion of the Desert", "Cormac", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10",
        "Notes", "Bonus", "Sufi", "Quran", "The Quran", "Koran", "Italian", "Italians", "Libyan", "Libyans", "Egyptian",
        "King Idris", "Sheikh", "Martyrs", "Christmas", "Tuesday", "Saturday", "Why", "Name", "Which", "Who", "Near",
        "Before", "From", "Founded", "Directed", "Everybody", "Read", "Set", "That", "So", "In", "A", "The"] + MONTHS
BP[k] = "HOUSE RULES AND SMALL PRINT"

W.write()
