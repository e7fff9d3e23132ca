"""Builds gold.json for the twenty-sixth held-out set (heldout26) from the annotations below (run:
python3 eval/heldout26/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words. Entity surfaces are never split across lines.

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


# ---------------- i01 Uruguay, Aparicio Saravia and the Blancos (1904): a resin figure kit's instruction leaflet ----------------
k = "i01"
P(k, "saravia", "Aparicio Saravia", "Aparicio Saravia", "Aparício Saraiva", "Aparicio")
P(k, "gumersindo", "Gumersindo Saravia", "Gumersindo Saravia", "Gumersindo")
P(k, "basilicio", "Basilicio Saravia", "Basilicio Saravia", "Basilisio")
P(k, "batlle", "José Batlle y Ordóñez", "José Batlle y Ordóñez", "Batlle")
P(k, "vazquez", "Eduardo Vázquez", "Eduardo Vázquez", "Vázquez")
P(k, "munoz", "Basilio Muñoz")
P(k, "galarza", "Pablo Galarza")
P(k, "castelli", "Renata Castelli Brun")
P(k, "irazabal", "Facundo Irazábal Mórtola")
P(k, "prates", "Valentina Prates Saraiva")
P(k, "lasarte", "Iñaki Lasarte Bidegain")
G(k, "blancos", "Partido Nacional", "Partido Nacional", "Blancos")
G(k, "colorados", "Partido Colorado", "Partido Colorado", "Colorados")
G(k, "ejercito", "Ejército Nacional")
G(k, "northern_army", "Northern Army")
G(k, "federalists", "Federalists", "Federalists", "Maragatos")
L(k, "montevideo", "Montevideo")
L(k, "uruguay", "Uruguay")
L(k, "masoller", "Masoller")
L(k, "cerro_largo", "Cerro Largo")
L(k, "rio_grande_do_sul", "Rio Grande do Sul")
L(k, "brazil", "Brazil")
L(k, "mansavillagra", "Mansavillagra")
L(k, "tupambae", "Tupambaé")
rels(k, [("saravia", "leads", "blancos"), ("batlle", "leads", "colorados"), ("batlle", "holds_office", "uruguay"),
         ("batlle", "leads", "ejercito"), ("blancos", "opposed_to", "ejercito"), ("gumersindo", "leads", "federalists"),
         ("saravia", "leads", "federalists"), ("basilicio", "member_of", "colorados"), ("basilicio", "member_of", "ejercito"),
         ("basilicio", "opposed_to", "saravia"), ("vazquez", "leads", "northern_army"), ("vazquez", "holds_office", "uruguay"),
         ("northern_army", "part_of", "ejercito"), ("northern_army", "opposed_to", "blancos"), ("munoz", "leads", "blancos"),
         ("galarza", "member_of", "ejercito")])
ev(k, "masoller", "1904-09-01", "day", ["saravia", "blancos", "northern_army", "vazquez", "masoller"],
   "On 1 September 1904, one hundred and twenty years ago today")
ev(k, "batlle_elected", "1903-03-01", "day", ["batlle", "uruguay"], "elected President on 1 March 1903")
ev(k, "into_brazil", "1893", "year", ["saravia", "gumersindo", "brazil"], "In 1893 Aparicio crossed into Brazil")
ev(k, "gumersindo_shot", "1894-08-10", "day", ["gumersindo", "federalists"], "shot on 10 August 1894")
ev(k, "basilicio_1904", "1904", "year", ["basilicio", "saravia"], "in 1904 he took the government's side against Aparicio")
ev(k, "rising_1897", "1897-03", "month", ["saravia", "blancos"], "The first began in March 1897")
ev(k, "pact_la_cruz", "1897-09", "month", ["saravia", "blancos"], "ended in September 1897")
ev(k, "rising_1904", "1904-01-01", "day", ["saravia", "blancos", "batlle"], "The second began on 1 January 1904")
ev(k, "mansavillagra", "1904", "approximate", ["blancos", "mansavillagra"], "at Mansavillagra early in 1904")
ev(k, "tupambae", "1904-06", "month", ["blancos", "tupambae"], "at Tupambaé in June 1904")
ev(k, "saravia_died", "1904-09-10", "day", ["saravia"], "died nine days later")
ev(k, "acegua", "1904-09-24", "day", ["munoz", "galarza"], "on 24 September 1904")
ev(k, "kit_released", "2023-10", "month", ["montevideo"], "at the Montevideo model show last October")
cl(k, "castelli", "made him the easiest man on the field to find, and he knew it.")
cl(k, "irazabal", "I wanted a man who has been in the saddle for three days, not a parade figure,")
cl(k, "lasarte", "A Pampero figure should look as if it has a story behind it,")
cl(k, "lasarte", "This one has the oldest story in the country.")
NOISE.append({"source": k, "names": ["Rambla Hobby Distribución", "Figueres", "Blandengue", "Gaucho Chasqui",
                                     "Government Infantryman"]})
ACC += ["PAMPERO MINIATURES", "Pampero Miniatures", "Pampero", "KIT PM54-019", "PM54-019", "LANCERO BLANCO, MASOLLER 1904",
        "LANCERO BLANCO", "White Lancer", "White Lancer, Battle of Masoller", "Battle of Masoller", "Saravia", "Saraiva", "Blanco",
        "Colorado", "Federalist", "Pact of La Cruz", "La Cruz", "Peace of Aceguá", "Aceguá", "President", "Minister of War",
        "General Eduardo Vázquez", "General Pablo Galarza", "Dr. Renata Castelli Brun", "HISTORICAL NOTE", "BEFORE YOU START",
        "ASSEMBLY", "PAINTING GUIDE", "STEP", "THANK YOU", "Sculptor", "Box art", "Scale", "Instruction", "Unpainted", "Wash",
        "Remove", "Wear", "Test-fit", "Use", "Glue", "Check", "Add", "Leave", "Fit", "Fold", "Hat", "Poncho", "Chiripá", "Boots",
        "Lance", "Many", "Families", "Late", "Our", "On", "In", "For", "Not", "His", "He", "The", "This", "According", "Command",
        "Please", "September", "October", "March", "January", "June", "August"]
BP[k] = "CUSTOMER SERVICE AND SAFETY"

# ---------------- i02 Kazakhstan, the 1916 Turgai revolt and Amangeldy Imanov: a museum's visitor reviews page ----------------
k = "i02"
P(k, "amangeldy", "Amangeldy Imanov", "Amangeldy Imanov", "Amankeldi Imanuly", "Amangeldy")
P(k, "iman", "Iman Dulatuly")
P(k, "kenesary", "Kenesary Kasymov")
P(k, "nicholas", "Nicholas II")
P(k, "abdulgaffar", "Abdulgaffar Zhanbosynov")
P(k, "lavrentiev", "A. D. Lavrentiev", "A. D. Lavrentiev", "Lavrentiev")
P(k, "bokeikhanov", "Alikhan Bokeikhanov", "Alikhan Bokeikhanov", "Bokeikhanov")
P(k, "baitursynov", "Akhmet Baitursynov")
P(k, "dulatov", "Mirjakip Dulatov", "Mirjakip Dulatov", "Dulatov")
P(k, "dzhangildin", "Alibi Dzhangildin")
P(k, "dauren", "Dauren Sapargaliyev")
P(k, "aigerim", "Aigerim Seitkali")
P(k, "ramazan", "Ramazan Amangeldiev")
P(k, "hedda", "Hedda Skjelbred-Ørstad", "Hedda Skjelbred-Ørstad", "Hedda")
P(k, "keiki", "Keiki")
P(k, "gulnar", "Gulnar Zhaksylykova")
P(k, "marat", "Marat Iskakov")
G(k, "museum", "Amangeldy Imanov Memorial Museum")
G(k, "alash", "Alash")
G(k, "alash_orda", "Alash Orda")
G(k, "bolsheviks", "Bolsheviks")
G(k, "red_army", "Red Army")
L(k, "amangeldy_village", "Amangeldy")
L(k, "kazakhstan", "Kazakhstan")
L(k, "kostanay_region", "Kostanay Region")
L(k, "kostanay", "Kostanay")
L(k, "russian_empire", "Russian Empire")
L(k, "russia", "Russia")
L(k, "turgai", "Turgai", "Turgai", "Torgai")
L(k, "batbakkara", "Batbakkara")
L(k, "tromso", "Tromsø")
L(k, "norway", "Norway")
L(k, "astana", "Astana")
rels(k, [("amangeldy", "reports_to", "abdulgaffar"), ("lavrentiev", "opposed_to", "amangeldy"), ("nicholas", "holds_office", "russia"),
         ("bokeikhanov", "leads", "alash"), ("bokeikhanov", "founded", "alash"), ("baitursynov", "founded", "alash"),
         ("dulatov", "founded", "alash"), ("alash", "founded", "alash_orda"), ("bokeikhanov", "leads", "alash_orda"),
         ("amangeldy", "member_of", "bolsheviks"), ("amangeldy", "holds_office", "turgai"), ("dzhangildin", "member_of", "bolsheviks"),
         ("amangeldy", "allied_with", "red_army"), ("amangeldy", "opposed_to", "alash_orda"), ("aigerim", "member_of", "museum"),
         ("gulnar", "holds_office", "museum")])
ev(k, "amangeldy_born", "1873", "year", ["amangeldy"], "born near here in 1873")
ev(k, "kenesary_war", "1840", "approximate", ["iman", "kenesary"], "in the 1840s")
ev(k, "decree", "1916-06-25", "day", ["nicholas"], "On 25 June 1916")
ev(k, "sardarbek", "1916", "approximate", ["abdulgaffar", "amangeldy"], "Later that autumn")
ev(k, "turgai_siege", "1916-10", "approximate", ["amangeldy", "turgai"], "In late October 1916")
ev(k, "winter_fighting", "1916", "range", ["lavrentiev", "amangeldy"], "through the winter of 1916-17", end="1917")
ev(k, "alash_founded", "1917", "year", ["alash", "bokeikhanov", "baitursynov", "dulatov"], "In 1917 the three founded the Alash party")
ev(k, "alash_orda", "1917-12", "month", ["alash", "alash_orda", "bokeikhanov"], "in December 1917")
ev(k, "joined_bolsheviks", "1918", "year", ["amangeldy", "bolsheviks"], "In 1918 he joined the Bolsheviks")
ev(k, "amangeldy_killed", "1919", "approximate", ["amangeldy", "turgai"], "in the spring of 1919")
ev(k, "drove_out", "2024-07-05", "day", ["dauren", "kostanay"], "We drove out from Kostanay yesterday")
ev(k, "ramazan_killed", "1941", "year", ["ramazan"], "killed at the front in 1941")
cl(k, "aigerim", "Because in 1916 the enemy came with a list of names, and in 1918 the enemy was a question about the future.")
cl(k, "gulnar", "has not changed a single date on its panels since 1991,")
NOISE.append({"source": k, "names": ["Torgai Regional Hotel", "Sarykopa Lake Nature Reserve", "Arkalyk Museum of Local Lore",
                                     "WayStation Travel Media Ltd."]})
ACC += ["Qazaq", "WAYSTATION", "WayStation", "Asia", "Things to do", "Hotels", "Restaurants", "Forums", "Sign in", "History museum",
        "Save", "Share", "Write a review", "ABOUT", "REVIEWS", "Sort by", "Most recent", "Filter", "All languages", "Written",
        "Visited", "Travelled", "Helpful", "Response from Gulnar Zhaksylykova, Director", "Director", "Responded", "Showing", "Next",
        "Khan", "Khan Kenesary Kasymov", "General A. D. Lavrentiev", "Tsar", "February Revolution", "Kazakh", "Kazakhs", "Russian",
        "Keiki batyr", "batyr", "sardarbek", "Bolshevik", "Amankeldi", "Imanov", "English", "Kelip turyńyz", "Dear Hedda",
        "Captions", "Nowhere", "Worth", "Remarkable", "Interesting", "Mondays", "Tue-Sun", "Adults", "Six", "Not", "Our", "When",
        "There", "Do", "My", "The", "His", "He", "In", "On", "We", "I", "Dear", "June", "July", "April", "May", "October",
        "December"]
BP[k] = "NEARBY ATTRACTIONS"

# ---------------- i03 Vietnam, Đề Thám and the Yên Thế insurgents: a history channel's video page ----------------
k = "i03"
P(k, "de_tham", "Hoàng Hoa Thám", "Hoàng Hoa Thám", "Đề Thám", "De Tham", "Trương Văn Nghĩa", "Trương Văn Thám")
P(k, "khue", "Trịnh Minh Khuê")
P(k, "thorburn", "Ellis Thorburn")
P(k, "de_nam", "Lương Văn Nắm", "Lương Văn Nắm", "Đề Nắm")
P(k, "phan_boi_chau", "Phan Bội Châu")
P(k, "dang_thi_nhu", "Đặng Thị Nhu")
P(k, "hoang_thi_the", "Hoàng Thị Thế")
P(k, "luong_tam_ky", "Lương Tam Kỳ")
G(k, "yen_the_army", "Yên Thế army")
G(k, "nghia_hung", "Nghĩa Hưng")
G(k, "duy_tan", "Duy Tân Hội", "Duy Tân Hội", "Modernisation Society")
G(k, "tonkinese_rifles", "Tonkinese Rifles", "Tonkinese Rifles", "tirailleurs tonkinois")
G(k, "troupes_coloniales", "Troupes coloniales")
G(k, "black_flag", "Black Flag Army")
G(k, "institute", "Institute of History")
L(k, "yen_the", "Yên Thế")
L(k, "bac_giang", "Bắc Giang")
L(k, "hanoi", "Hanoi")
L(k, "tonkin", "Tonkin")
L(k, "phon_xuong", "Phồn Xương")
L(k, "ho_lay", "Hố Lẩy")
L(k, "vietnam", "Vietnam")
L(k, "france", "France")
rels(k, [("de_nam", "leads", "yen_the_army"), ("de_tham", "member_of", "yen_the_army"), ("de_tham", "leads", "yen_the_army"),
         ("de_tham", "leads", "nghia_hung"), ("phan_boi_chau", "founded", "duy_tan"), ("duy_tan", "allied_with", "de_tham"),
         ("tonkinese_rifles", "part_of", "troupes_coloniales"), ("troupes_coloniales", "opposed_to", "yen_the_army"),
         ("luong_tam_ky", "opposed_to", "de_tham"), ("luong_tam_ky", "member_of", "black_flag"), ("khue", "member_of", "institute")])
ev(k, "de_tham_killed", "1913-02-10", "day", ["de_tham", "yen_the", "luong_tam_ky"], "A hundred and ten years ago today, on 10 February 1913")
ev(k, "filmed", "2022", "approximate", ["phon_xuong", "khue"], "We filmed at Phồn Xương last spring")
ev(k, "de_nam_army", "1880", "approximate", ["de_nam", "yen_the_army"], "led the Yên Thế army in the 1880s")
ev(k, "de_nam_killed", "1892", "year", ["de_nam", "de_tham", "yen_the_army"], "after Đề Nắm was killed in 1892")
ev(k, "truce_1894", "1894", "approximate", ["de_tham", "phon_xuong"], "Late in 1894")
ev(k, "truce_1897", "1897", "year", ["de_tham"], "a second truce followed in 1897")
ev(k, "duy_tan_founded", "1904", "year", ["phan_boi_chau", "duy_tan"], "founded the Duy Tân Hội (Modernisation Society) in 1904")
ev(k, "poison_plot", "1908-06-27", "day", ["tonkinese_rifles", "hanoi"], "On the evening of 27 June 1908")
ev(k, "offensive_1909", "1909-01", "month", ["troupes_coloniales", "yen_the_army"], "In January 1909")
ev(k, "nhu_captured", "1909", "year", ["dang_thi_nhu"], "was captured that year")
cl(k, "thorburn", "because the French used it first, and they meant it as an insult.")
cl(k, "khue", "The French files call him a pirate on one page and negotiate with him like a prince on the next. That contradiction is the whole story.")
cl(k, "khue", "No one can show that. What we can show is that his men were waiting outside Hanoi that night.")
NOISE.append({"source": k, "names": ["@thuhien_bg", "@colonel_of_nothing", "@linh.t.saigon", "Bibliothèque nationale de France",
                                     "Gallica", "Archives nationales d'outre-mer", "Aix-en-Provence", "Nhã Nam", "Streetscape Stories"]})
ACC += ["VIDARBOR", "Vidarbor", "Home", "Trending", "Subscriptions", "Library", "History", "Search", "Subscribe", "Premiered",
        "Share", "Save", "Clip", "Banyan Hall History", "Banyan Hall", "The Tiger of Yên Thế", "Tiger of Yên Thế", "DESCRIPTION",
        "CHAPTERS", "SUMMARY", "TRANSCRIPT EXCERPT", "CREDITS", "Introduction", "A name that is a rank", "Commander Thám", "Đề",
        "đề đốc", "Thám", "Hoàng", "Dr. Trịnh Minh Khuê", "DR. TRỊNH MINH KHUÊ", "NARRATOR", "NARRATOR (ELLIS THORBURN)", "Script", "Research", "Archive", "Music", "French", "Vietnamese", "Hanoi citadel", "Lương",
        "How Vietnam", "The French", "No", "So", "That", "What", "Twice", "At", "On", "In", "For", "This", "We", "His", "A", "Feb",
        "February", "June", "January"]
BP[k] = "1,208 Comments"

# ---------------- i04 Malawi, John Chilembwe and the Nyasaland rising of 1915: a museum's conservation condition report ----------------
k = "i04"
P(k, "chilembwe", "John Chilembwe", "John Chilembwe", "Chilembwe")
P(k, "yakobo", "Yakobo Chisale")
P(k, "esnart", "Esnart Chisale")
P(k, "dunmore_okeke", "Rosamund Dunmore-Okeke", "Rosamund Dunmore-Okeke", "Dunmore-Okeke")
P(k, "booth", "Joseph Booth")
P(k, "wj_livingstone", "William Jervis Livingstone")
P(k, "al_bruce", "Alexander Livingstone Bruce")
P(k, "david_livingstone", "David Livingstone")
P(k, "smith", "George Smith")
G(k, "pim", "Providence Industrial Mission", "Providence Industrial Mission", "PIM")
G(k, "zim", "Zambezi Industrial Mission")
G(k, "vts", "Virginia Theological Seminary and College")
G(k, "nbc", "National Baptist Convention")
G(k, "bruce_estates", "A. L. Bruce Estates")
G(k, "alc", "African Lakes Corporation")
G(k, "nvr", "Nyasaland Volunteer Reserve", "Nyasaland Volunteer Reserve", "NVR")
G(k, "kar", "King's African Rifles", "King's African Rifles", "KAR")
L(k, "zomba", "Zomba")
L(k, "malawi", "Malawi")
L(k, "mbombwe", "Mbombwe")
L(k, "chiradzulu", "Chiradzulu")
L(k, "nyasaland", "Nyasaland Protectorate", "Nyasaland Protectorate", "Nyasaland")
L(k, "united_states", "United States")
L(k, "lynchburg", "Lynchburg")
L(k, "magomero", "Magomero")
L(k, "blantyre", "Blantyre")
L(k, "pea", "Portuguese East Africa")
L(k, "mulanje", "Mulanje")
rels(k, [("chilembwe", "founded", "pim"), ("yakobo", "member_of", "pim"), ("booth", "founded", "zim"), ("chilembwe", "member_of", "vts"),
         ("pim", "backed_by", "nbc"), ("wj_livingstone", "holds_office", "bruce_estates"), ("chilembwe", "opposed_to", "bruce_estates"),
         ("chilembwe", "opposed_to", "alc"), ("nvr", "opposed_to", "chilembwe"), ("kar", "opposed_to", "chilembwe"),
         ("smith", "holds_office", "nyasaland")])
ev(k, "pim_founded", "1900", "year", ["chilembwe", "pim", "mbombwe"], "Protectorate, in 1900")
ev(k, "to_united_states", "1897", "year", ["booth", "chilembwe", "united_states"], "to the United States in 1897")
ev(k, "letter_1914", "1914-11", "month", ["chilembwe"], "In November 1914")
ev(k, "magomero_attack", "1915-01-23", "day", ["chilembwe", "bruce_estates", "wj_livingstone", "magomero"], "On the night of 23 January 1915")
ev(k, "blantyre_raid", "1915-01-24", "day", ["chilembwe", "alc", "blantyre"], "In the early hours of 24 January")
ev(k, "mbombwe_repulse", "1915-01-25", "day", ["nvr", "kar", "chilembwe", "mbombwe"], "at Mbombwe on 25 January")
ev(k, "mbombwe_taken", "1915-01-26", "day", ["nvr", "kar", "mbombwe"], "they took it the following day")
ev(k, "chilembwe_killed", "1915-02-03", "day", ["chilembwe", "mulanje"], "on 3 February 1915")
ev(k, "book_hidden", "1915-01", "month", ["yakobo"], "into the hills in January 1915")
ev(k, "book_delivered", "2025-01-17", "day", ["esnart"], "last Friday")
cl(k, "chilembwe", "invited to shed our innocent blood in this world's war")
cl(k, "esnart", "It is not a relic. It is a hymn book that somebody had to hide.")
cl(k, "dunmore_okeke", "Open it once, at the page the lender chose, and leave it there,")
NOISE.append({"source": k, "names": ["Canal Row", "Kasia Wendt", "Regional Museums Collections Network"]})
ACC += ["NORTHBROOK MUSEUM OF WORLD CULTURES", "Northbrook Museum of World Cultures", "Northbrook Museum", "Museum",
        "Collections Care and Conservation", "OBJECT CONDITION REPORT", "INCOMING LOAN", "Report no.", "Date of examination",
        "Examined by", "Senior Paper Conservator", "Purpose", "Incoming", "Thangata", "Thangata: Land, Labour and the Rising of 1915",
        "OBJECT", "Object", "Hymn", "Chinyanja", "Lender's reference", "Lender", "Date", "Printed", "Materials", "Paper",
        "Dimensions", "Inscription", "CONDITION SUMMARY", "Fair", "Stable", "DETAILED CONDITION", "Covers", "Spine", "Text",
        "Inscriptions", "Odour", "HISTORY AND SIGNIFICANCE", "RECOMMENDATIONS", "SIGN-OFF", "Examined", "Lender's agent",
        "Courier present", "R. Dunmore-Okeke", "E. Chisale", "Chisale", "Livingstone", "Bruce", "Nyasaland Times", "Baptist",
        "African American", "English", "Europeans", "Governor", "Governor of Nyasaland", "Sir George Smith", "John Chilembwe Day",
        "Display", "Support", "Relative", "Re-examine", "Yes", "No", "Not", "Small", "Moderate", "According", "Family",
        "As", "The", "This", "In", "On", "A", "H", "W", "D", "January", "February", "November", "Friday"]
BP[k] = "Form CR-2 (rev. 2019)"

# ---------------- i05 Spain, the First Carlist War and Zumalacárregui: a cross-stitch pattern's historical note ----------------
k = "i05"
P(k, "olaizola", "Maite Olaizola")
P(k, "ferdinand", "Ferdinand VII")
P(k, "don_carlos", "Carlos María Isidro de Borbón", "Carlos María Isidro de Borbón", "Don Carlos", "Carlos V")
P(k, "isabel", "Isabel II")
P(k, "maria_cristina", "María Cristina")
P(k, "tomas", "Tomás de Zumalacárregui", "Tomás de Zumalacárregui", "Tomás Zumalakarregi", "Tío Tomás")
P(k, "miguel_antonio", "Miguel Antonio Zumalacárregui", "Miguel Antonio Zumalacárregui", "Miguel Antonio")
P(k, "jauregui", "Gaspar de Jáuregui")
P(k, "evans", "George de Lacy Evans")
P(k, "cabrera", "Ramón Cabrera")
P(k, "espoz", "Francisco Espoz y Mina")
P(k, "grino", "María Griñó")
P(k, "espartero", "Baldomero Espartero")
P(k, "maroto", "Rafael Maroto")
P(k, "garmendia", "Nerea Garmendia Lasa")
P(k, "urquiola", "Amaia Urquiola")
G(k, "carlists", "Carlists")
G(k, "cristinos", "Cristinos")
G(k, "chapelgorris", "Chapelgorris")
G(k, "legion", "British Auxiliary Legion")
G(k, "requete", "Requeté")
G(k, "zuma_museum", "Zumalakarregi Museum")
L(k, "tolosa", "Tolosa")
L(k, "spain", "Spain")
L(k, "navarre", "Navarre")
L(k, "ormaiztegi", "Ormaiztegi")
L(k, "gipuzkoa", "Gipuzkoa")
L(k, "bilbao", "Bilbao")
L(k, "begona", "Begoña")
L(k, "cegama", "Cegama", "Cegama", "Zegama")
L(k, "tortosa", "Tortosa")
rels(k, [("don_carlos", "leads", "carlists"), ("tomas", "leads", "carlists"), ("ferdinand", "holds_office", "spain"),
         ("isabel", "holds_office", "spain"), ("maria_cristina", "holds_office", "spain"), ("miguel_antonio", "holds_office", "spain"),
         ("cristinos", "opposed_to", "carlists"), ("jauregui", "leads", "chapelgorris"), ("chapelgorris", "part_of", "cristinos"),
         ("evans", "leads", "legion"), ("legion", "allied_with", "cristinos"), ("cabrera", "member_of", "carlists"),
         ("espoz", "opposed_to", "grino"), ("espartero", "leads", "cristinos"), ("maroto", "member_of", "carlists"),
         ("requete", "part_of", "carlists"), ("garmendia", "member_of", "zuma_museum")])
ev(k, "first_carlist_war", "1833", "range", ["carlists", "cristinos"], "(1833-1840)", end="1840")
ev(k, "ferdinand_died", "1833-09-29", "day", ["ferdinand"], "died on 29 September 1833")
ev(k, "legion_raised", "1835", "year", ["legion", "evans"], "raised in 1835")
ev(k, "tomas_wounded", "1835-06-15", "day", ["tomas", "bilbao", "begona"], "On 15 June 1835")
ev(k, "tomas_died", "1835-06-24", "day", ["tomas", "cegama"], "on 24 June 1835, 190 years ago today")
ev(k, "grino_shot", "1836-02", "month", ["grino", "espoz", "cabrera", "tortosa"], "in February 1836")
ev(k, "vergara", "1839-08-31", "day", ["espartero", "maroto", "cristinos", "carlists"], "on 31 August 1839")
ev(k, "requete_1936", "1936", "year", ["requete"], "wore them again in 1936")
cl(k, "olaizola", "I copied the layout of a badge in a family collection in Tolosa,")
cl(k, "olaizola", "but I straightened the lettering, because the original stitcher clearly ran out of thread.")
cl(k, "garmendia", "were made by mothers and sisters, not by the army, and every one of them is a little different.")
cl(k, "urquiola", "The heart took me one evening; the letters took me a week.")
NOISE.append({"source": k, "names": ["Jo P.", "Leeds", "Koldo E.", "Donostia", "Vendange"]})
ACC += ["THE STITCHERY LEDGER", "The Stitchery Ledger", "Stitchery Ledger", "Shop", "Free", "Techniques", "Journal", "Basket",
        "Pattern HL-212", "HL-212", "Detente", "Detente bala", "Detente, bala, el Corazón de Jesús está conmigo",
        "Sacred Heart", "Heart of Jesus", "Corazón de Jesús", "Carlist", "Cristino", "Designed", "Instant PDF", "PDF",
        "Add to basket", "Stitch", "Finished", "Suggested", "Colours", "DMC", "Aida", "French", "French knots", "Skill",
        "Intermediate", "ABOUT THIS DESIGN", "THE HISTORY BEHIND IT", "FLOSS KEY", "INSTRUCTIONS", "TESTER'S NOTE",
        "First Carlist War", "Carlist wars", "King Ferdinand VII", "Queen Isabel II", "Basque", "Basque provinces",
        "Uncle Tomás", "Zumalacárregui", "Zumalakarregi", "Tomás", "Convention of Vergara", "Vergara", "Tiger of the Maestrazgo",
        "Maestrazgo", "Dr. Nerea Garmendia Lasa", "Find", "Work", "Backstitch", "To", "Badges", "Among", "A", "The", "This", "His",
        "Their", "Our", "We", "He", "In", "On", "According", "Stop", "Jesus", "September", "June", "February", "August"]
BP[k] = "REVIEWS (27)"

# ---------------- i06 Hawaiʻi, the 1895 counter-revolution, Nowlein and Robert Wilcox: a history Q&A site thread ----------------
k = "i06"
P(k, "grabarczyk", "Wojciech Grabarczyk")
P(k, "robert_wilcox", "Robert Wilcox", "Robert Wilcox", "Robert William Wilcox", "Robert W. Wilcox")
P(k, "nowlein", "Samuel Nowlein", "Samuel Nowlein", "Nowlein")
P(k, "liliuokalani", "Liliʻuokalani", "Liliʻuokalani", "Liliuokalani")
P(k, "dole", "Sanford B. Dole")
P(k, "kalakaua", "Kalākaua")
P(k, "carter", "Charles L. Carter")
P(k, "hitchcock", "Edward G. Hitchcock")
P(k, "kauwila", "Leilani Kauwila")
P(k, "makanui", "Kalena Makanui")
P(k, "gn_wilcox", "George Norton Wilcox")
P(k, "kaaihue", "Malia Kaʻaihue")
P(k, "kealoha_sandvik", "Jonah Kealoha-Sandvik")
G(k, "committee_of_safety", "Committee of Safety")
G(k, "provisional_government", "Provisional Government")
G(k, "republic_of_hawaii", "Republic of Hawaii", "Republic of Hawaii", "Republic")
G(k, "royal_guard", "Royal Guard")
G(k, "citizens_guard", "Citizens' Guard")
G(k, "national_guard", "National Guard of Hawaii")
G(k, "us_congress", "US Congress")
G(k, "home_rule", "Home Rule Party")
L(k, "hawaii", "Hawaiʻi", "Hawaiʻi", "Hawaii")
L(k, "united_states", "United States")
L(k, "italy", "Italy")
L(k, "diamond_head", "Diamond Head")
L(k, "moiliili", "Mōʻiliʻili")
L(k, "manoa", "Mānoa")
L(k, "kauai", "Kauaʻi")
L(k, "maui", "Maui")
rels(k, [("committee_of_safety", "opposed_to", "liliuokalani"), ("committee_of_safety", "founded", "provisional_government"),
         ("dole", "leads", "republic_of_hawaii"), ("liliuokalani", "holds_office", "hawaii"), ("nowlein", "leads", "royal_guard"),
         ("robert_wilcox", "reports_to", "nowlein"), ("kalakaua", "holds_office", "hawaii"), ("citizens_guard", "opposed_to", "nowlein"),
         ("national_guard", "opposed_to", "nowlein"), ("hitchcock", "holds_office", "republic_of_hawaii"),
         ("robert_wilcox", "member_of", "us_congress"), ("robert_wilcox", "member_of", "home_rule"), ("gn_wilcox", "holds_office", "hawaii")])
ev(k, "overthrow", "1893-01-17", "day", ["liliuokalani", "committee_of_safety"], "on 17 January 1893")
ev(k, "republic_proclaimed", "1894-07-04", "day", ["republic_of_hawaii", "dole"], "on 4 July 1894")
ev(k, "annexation", "1898", "year", ["united_states", "hawaii"], "annexed Hawaii in 1898")
ev(k, "guard_disbanded", "1893", "year", ["royal_guard", "nowlein"], "disbanded in 1893")
ev(k, "rising_1889", "1889-07-30", "day", ["robert_wilcox", "kalakaua"], "on 30 July 1889")
ev(k, "carter_shot", "1895-01-06", "day", ["carter", "diamond_head"], "On the night of 6 January 1895, exactly 130 years ago today")
ev(k, "diamond_head_fight", "1895-01-07", "day", ["citizens_guard", "national_guard", "nowlein", "diamond_head", "moiliili"],
   "The next day the Citizens' Guard")
ev(k, "manoa_fight", "1895-01-09", "day", ["citizens_guard", "national_guard", "nowlein", "manoa"], "on 9 January at Mānoa")
ev(k, "wilcox_elected", "1900", "year", ["robert_wilcox", "us_congress", "home_rule"], "in 1900 he was elected")
ev(k, "queen_arrested", "1895-01-16", "day", ["liliuokalani"], "arrested on 16 January 1895")
ev(k, "abdication", "1895-01-24", "day", ["liliuokalani"], "on 24 January 1895")
ev(k, "gn_wilcox_minister", "1892", "year", ["gn_wilcox"], "for a few months in 1892")
cl(k, "kauwila", "Nowlein ran the fighting. Wilcox ran the story.")
cl(k, "kaaihue", "Half the letters filed under Robert in our index are George's,")
cl(k, "kaaihue", "and half of George's are about sugar prices.")
NOISE.append({"source": k, "names": ["Kingdom of Hawaii", "Honolulu Rifles", "Grover Cleveland", "Ned Kelly", "Hindsight Network Inc"]})
ACC += ["HINDSIGHT", "Hindsight", "Questions", "Tags", "Users", "Unanswered", "Ask Question", "Log in", "Sign up", "Asked",
        "Modified", "Viewed", "Answers", "Sorted by", "Highest score", "Accepted answer", "Short", "Background", "The plot",
        "The fighting", "Why his name", "Comment", "Great", "Bonus", "Wilcox", "Robert", "George's", "Wilcox rebellion",
        "Queen", "Queen Liliʻuokalani", "King Kalākaua", "Dr. Leilani Kauwila", "Territory of Hawaii", "Washington Place",
        "USS Boston", "Boston", "New England", "Hawaiian", "Hawaiians", "American", "American-descended", "Kingdom",
        "Minister of the Interior", "Worth", "Every", "Was", "Why", "I'm", "My", "That", "He", "She", "Short version", "Guns",
        "The", "Their", "By", "As", "On", "In", "pono_historian", "Your Answer", "Post", "January", "July"]
BP[k] = "Not the answer you're looking for?"

# ---------------- i07 Taiwan, the Musha Incident (1930) and Mona Rudao: a hiking trail guide ----------------
k = "i07"
P(k, "tsai", "Tsai Yu-ting")
P(k, "mona_rudao", "Mona Rudao", "Mona Rudao", "Mouna Rudao")
P(k, "tadao_mona", "Tadao Mona")
P(k, "yoshimura", "Yoshimura")
P(k, "hanaoka_ichiro", "Hanaoka Ichirō", "Hanaoka Ichirō", "Dakis Nomin")
P(k, "hanaoka_jiro", "Hanaoka Jirō", "Hanaoka Jirō", "Dakis Nawi")
P(k, "ishizuka", "Ishizuka Eizō")
P(k, "walis_pawan", "Walis Pawan", "Walis Pawan", "Walis")
P(k, "hsu", "Hsu Shu-fen")
G(k, "tgdaya", "Tgdaya", "Tgdaya", "Tkdaya")
G(k, "toda", "Toda")
G(k, "government_general", "Government-General of Taiwan", "Government-General of Taiwan", "Government-General")
G(k, "taiwan_army", "Taiwan Army")
G(k, "taihoku", "Taihoku Imperial University", "Taihoku Imperial University", "National Taiwan University")
L(k, "nantou", "Nantou County")
L(k, "renai", "Ren'ai Township")
L(k, "lushan", "Lushan", "Lushan", "Lushan Hot Springs")
L(k, "wushe", "Wushe", "Wushe", "Musha")
L(k, "mahebu", "Mahebu", "Mahebu", "Mehebu", "Mhebu")
L(k, "puli", "Puli")
L(k, "qingliu", "Qingliu", "Qingliu", "Kawanakajima")
L(k, "taiwan", "Taiwan")
rels(k, [("mona_rudao", "holds_office", "mahebu"), ("mona_rudao", "member_of", "tgdaya"), ("mona_rudao", "leads", "tgdaya"),
         ("hanaoka_ichiro", "member_of", "government_general"), ("hanaoka_jiro", "member_of", "government_general"),
         ("government_general", "opposed_to", "mona_rudao"), ("taiwan_army", "opposed_to", "mona_rudao"),
         ("toda", "backed_by", "government_general"), ("toda", "opposed_to", "tgdaya"), ("ishizuka", "holds_office", "government_general")])
ev(k, "wedding", "1930-10", "approximate", ["tadao_mona", "yoshimura"], "Early in October 1930")
ev(k, "musha_attack", "1930-10-27", "day", ["mona_rudao", "tgdaya", "wushe"], "At dawn on 27 October 1930")
ev(k, "remains_found", "1933", "year", ["mona_rudao", "taihoku"], "found by hunters in 1933")
ev(k, "reburial", "1974", "year", ["mona_rudao", "wushe"], "buried at Wushe in 1974")
ev(k, "second_musha", "1931-04", "month", ["toda", "tgdaya"], "In April 1931")
ev(k, "relocation", "1931-05", "month", ["tgdaya", "qingliu"], "In May 1931")
ev(k, "ishizuka_resigned", "1931-01", "month", ["ishizuka", "government_general"], "resigned in January 1931")
ev(k, "trail_reopened", "2024-03", "month", ["wushe"], "reopened last month")
cl(k, "walis_pawan", "This is a forest, and it is also a grave.")
cl(k, "walis_pawan", "People come for the statue,")
cl(k, "walis_pawan", "but the story is up here, where the houses were.")
cl(k, "hsu", "is closed every time the wind goes above force 8, and after every earthquake.")
NOISE.append({"source": k, "names": ["Hehuanshan East Peak", "Aowanda Maple Trail", "Sun Link Sea Ridge", "TrailNotes Media", "Taichung"]})
ACC += ["TRAILNOTES TAIWAN", "TrailNotes Taiwan", "TrailNotes", "Hiking guides", "Maps", "Trail conditions", "Shop", "Log in",
        "Home", "Central Mountains", "MAHEBU OLD TRAIL", "Mahebu Old Trail", "Lushan Hot Springs to Wushe", "Route guide",
        "Updated", "Photos", "Map", "GPX", "Distance", "Ascent", "Time", "Difficulty", "Moderate", "Best", "Best season",
        "Permits", "Trailhead", "Water", "Nantou Bus", "OVERVIEW", "ROUTE", "HISTORY: THE MUSHA INCIDENT", "HISTORY",
        "THE MUSHA INCIDENT", "Musha Incident", "Second Musha Incident", "Musha public school", "ON THE TRAIL", "PRACTICAL NOTES",
        "Seediq", "Mandarin", "English", "Japanese", "Han Taiwanese", "Governor-General", "Governor-General of Taiwan", "Mona",
        "Hanaoka", "Dakis", "Suspension", "Cliff", "Junction", "Memorial", "Local", "Low", "Last", "Walk", "Buses", "Allow",
        "Start", "There", "Dogs", "Please", "Both", "Two", "About", "Under", "Early", "At", "In", "We", "He", "His", "This",
        "The", "According", "People", "April", "October", "May", "January"]
BP[k] = "MORE HIKES NEAR PULI"

# ---------------- i08 Iran, the siege of Tabriz (1908-09) and Sattar Khan: a translated memoir excerpt with notes ----------------
k = "i08"
P(k, "yusef", "Yusef Kalantari Tabrizi", "Yusef Kalantari Tabrizi", "Yusef Kalantari")
P(k, "parvin", "Parvin Hosseinzadeh Clark")
P(k, "bahram", "Bahram Kalantari")
P(k, "hajji_mirza_hasan", "Hajji Mirza Hasan")
P(k, "sattar_khan", "Sattar Khan", "Sattar Khan", "Sattār Khān", "Səttar xan")
P(k, "baqer_khan", "Baqer Khan", "Baqer Khan", "Bāqer Khān", "Bagher Khan")
P(k, "ain_od_dowleh", "Ain od-Dowleh", "Ain od-Dowleh", "ʿEyn-al-Dowleh")
P(k, "rahim_khan", "Rahim Khan Chalabianlu", "Rahim Khan Chalabianlu", "Rahim Khan")
P(k, "baskerville", "Howard Baskerville", "Howard Baskerville", "Baskerville")
P(k, "liakhov", "Vladimir Liakhov", "Vladimir Liakhov", "Lyakhov")
P(k, "mohammad_ali_shah", "Mohammad Ali Shah")
P(k, "yeprem_khan", "Yeprem Khan")
G(k, "cossack_brigade", "Persian Cossack Brigade")
G(k, "majles", "Majles")
G(k, "anjoman", "Anjoman of Tabriz", "Anjoman of Tabriz", "Anjoman")
G(k, "constitutionalists", "Constitutionalists")
G(k, "dashnaktsutyun", "Dashnaktsutyun", "Dashnaktsutyun", "Armenian Revolutionary Federation")
G(k, "memorial_school", "American Memorial School")
G(k, "bakhtiari", "Bakhtiari")
L(k, "tabriz", "Tabriz")
L(k, "tehran", "Tehran")
L(k, "amirkhiz", "Amirkhiz")
L(k, "khiyaban", "Khiyaban")
L(k, "devechi", "Devechi")
L(k, "iran", "Iran")
L(k, "russia", "Russia")
L(k, "aras", "Aras")
L(k, "caucasus", "Caucasus")
L(k, "baku", "Baku")
L(k, "qaramalek", "Qaramalek")
L(k, "julfa", "Julfa")
L(k, "qaradagh", "Qaradagh")
L(k, "azerbaijan", "Azerbaijan")
L(k, "gilan", "Gilan")
rels(k, [("liakhov", "leads", "cossack_brigade"), ("cossack_brigade", "opposed_to", "majles"), ("mohammad_ali_shah", "holds_office", "iran"),
         ("baqer_khan", "reports_to", "sattar_khan"), ("sattar_khan", "leads", "constitutionalists"), ("sattar_khan", "holds_office", "anjoman"),
         ("ain_od_dowleh", "opposed_to", "constitutionalists"), ("rahim_khan", "opposed_to", "constitutionalists"),
         ("constitutionalists", "backed_by", "dashnaktsutyun"), ("baskerville", "member_of", "memorial_school"),
         ("baskerville", "member_of", "constitutionalists"), ("bakhtiari", "opposed_to", "mohammad_ali_shah"),
         ("constitutionalists", "opposed_to", "mohammad_ali_shah"), ("yeprem_khan", "opposed_to", "sattar_khan"),
         ("yeprem_khan", "member_of", "dashnaktsutyun")])
ev(k, "memoir_written", "1940", "approximate", ["yusef", "tehran"], "in the 1940s")
ev(k, "notebooks_brought", "2023", "approximate", ["bahram", "parvin"], "brought me the three notebooks last spring")
ev(k, "majles_shelled", "1908-06-23", "day", ["cossack_brigade", "liakhov", "majles", "mohammad_ali_shah"], "On 23 June 1908")
ev(k, "roads_closed", "1909-02", "month", ["tabriz"], "From February 1909")
ev(k, "baskerville_killed", "1909-04-19", "day", ["baskerville", "qaramalek"], "He fell on 19 April 1909")
ev(k, "siege_lifted", "1909-04", "approximate", ["tabriz", "julfa"], "At the end of April 1909")
ev(k, "anjoman_formed", "1906", "year", ["anjoman"], "was formed in 1906")
ev(k, "baskerville_joined", "1909", "approximate", ["baskerville", "constitutionalists"], "in the spring of 1909")
ev(k, "tehran_taken", "1909-07", "month", ["bakhtiari", "constitutionalists", "mohammad_ali_shah", "tehran", "gilan"], "In July 1909")
ev(k, "atabak_park", "1910-08", "month", ["yeprem_khan", "sattar_khan"], "In August 1910")
ev(k, "sattar_died", "1914-11-09", "day", ["sattar_khan"], "on 9 November 1914")
cl(k, "bahram", "told the flag story at every wedding, and never once the same way.")
cl(k, "sattar_khan", "Tell the consul that I want seven nations to come under the flag of Iran,")
cl(k, "sattar_khan", "I will not go under the flag of Russia.")
cl(k, "baskerville", "The only difference between me and these people is my place of birth, and that is not a big difference.")
NOISE.append({"source": k, "names": ["Caravanserai Translation Trust", "Ani Sarkissian-Holt", "Rezan Dilgeş", "Gyumri"]})
ACC += ["CARAVANSERAI REVIEW", "Caravanserai Review", "Caravanserai", "Middle East", "Home", "Issues", "Translators", "Subscribe",
        "The Flag", "Eleven Months in Amirkhiz", "Persian", "Memoir", "Translator's introduction", "Chapter Four",
        "Chapter Four: The Flag", "Notes", "Dr. Bahram Kalantari", "Kalantari", "Mirza Hasan", "Sattar", "Sardar", "Sardar-e Melli",
        "National Commander", "Salar-e Melli", "Mister Baskerville", "Prince Ain od-Dowleh", "Shah", "the Shah", "Cossacks",
        "Russian", "Armenians", "Georgians", "Muslims", "American", "Qajar", "Princeton", "Presbyterian", "Atabak Park",
        "Square", "Men", "Years", "When", "Within", "From", "Then", "At", "He", "I", "We", "My", "The", "By", "In", "On", "Most",
        "According", "June", "April", "February", "July", "August", "November", "March"]
BP[k] = "**Support independent translation.**"

# sentence-initial and heading words that the --unlisted review showed, acceptable in any source
ACC += ["Brazilian", "Africans", "Azerbaijani", "Because", "Half", "Newspapers", "Open", "Translated", "Was", "Later",
        "Queen's Royal Guard", "Alash party", "Basilicio", "Iran's"]

W.write()
