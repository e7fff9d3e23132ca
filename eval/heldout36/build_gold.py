"""Builds gold.json for the thirty-sixth held-out set (heldout36) from the annotations below (run:
python3 eval/heldout36/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words. Entity surfaces are never split across lines (the bodies keep
each paragraph on one line).

No entity is shared between two sources of this set: the eight articles are about eight unrelated armed conflicts in
eight regions (the Akhal oasis, the hills around Krujë, Upper Austria and the Austrian industrial towns, the sugar
country of the Dominican east, the Manding country of West Africa, Rapa Nui, the province of Chimborazo and the
northern Thai town of Phrae) from the 15th to the 20th century, and the only words two of them share are generic ones
such as "British", "French" or "Russian", which are acceptable. Entity ids are unique across the set; event ids are
unique across the whole set."""
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


# ---------------- j01 the Akhal oasis, the Tekke and the sieges of Geok Tepe (1879-1881): historical atlas plate notes ----------------
k = "j01"
P(k, "ovezova", "Nargiza Ovezova-Lindell")
P(k, "annaberdiyeva", "Bahar Annaberdiyeva")
P(k, "lomakin", "Nikolai Lomakin", "Nikolai Lomakin", "Lomakin")
P(k, "berdi_murad", "Berdi Murad Khan")
P(k, "skobelev", "Mikhail Skobelev", "Mikhail Skobelev", "Skobelev", "Skobeleff")
P(k, "kuropatkin", "Aleksei Kuropatkin")
P(k, "petrusevich", "Petrusevich")
P(k, "tykma", "Tykma Serdar", "Tykma Serdar", "Dykma Serdar", "Tekme Sardar")
P(k, "makhtumkuli", "Makhtumkuli Khan", "Makhtumkuli Khan", "Makdum Kuli")
P(k, "nurberdi", "Nurberdi Khan")
P(k, "gylyjov", "Oraz Gylyjov-Sandholm")
G(k, "tekke", "Akhal Tekke", "Akhal Tekke", "Tekke")
G(k, "yomut", "Yomut")
G(k, "mtsu", "Magtymguly Turkmen State University")
L(k, "akhal", "Akhal")
L(k, "krasnovodsk", "Krasnovodsk")
L(k, "merv", "Merv")
L(k, "kopet_dagh", "Kopet Dagh")
L(k, "karakum", "Karakum")
L(k, "atrek", "Atrek")
L(k, "geok_tepe", "Geok Tepe")
L(k, "dengil_tepe", "Dengil Tepe")
L(k, "bami", "Bami")
L(k, "askhabad", "Ashgabat", "Askhabad", "Ashgabat")
L(k, "turkmenistan", "Turkmenistan")
L(k, "st_petersburg", "St Petersburg")
rels(k, [("lomakin", "opposed_to", "tekke"), ("berdi_murad", "leads", "tekke"), ("tekke", "controls", "geok_tepe"),
         ("skobelev", "opposed_to", "tekke"), ("kuropatkin", "reports_to", "skobelev"),
         ("petrusevich", "reports_to", "skobelev"), ("tykma", "leads", "tekke"), ("makhtumkuli", "leads", "tekke"),
         ("skobelev", "controls", "askhabad"), ("annaberdiyeva", "member_of", "mtsu")])
ev(k, "lomakin_march", "1879", "approximate", ["lomakin", "atrek", "akhal"], "In the summer of 1879 General Nikolai Lomakin marched")
ev(k, "first_assault", "1879-09-09", "day", ["lomakin", "tekke", "berdi_murad", "geok_tepe"],
   "On 9 September 1879 he attacked the walled camp at Geok Tepe")
ev(k, "skobelev_command", "1880", "year", ["skobelev"], "The next year Mikhail Skobelev")
ev(k, "siege_lines", "1881-01", "approximate", ["skobelev", "geok_tepe"], "opened in the first days of January 1881")
ev(k, "storming", "1881-01-24", "day", ["skobelev", "tekke", "tykma", "makhtumkuli", "geok_tepe", "dengil_tepe"],
   "On 24 January 1881 (12 January by the Russian calendar of the day)")
ev(k, "askhabad_occupied", "1881-01-30", "day", ["skobelev", "askhabad"], "On 30 January 1881 Skobelev's troops occupied Askhabad")
ev(k, "skobelev_remark", "1882", "year", ["skobelev", "st_petersburg"], "he told an English journalist in St Petersburg in 1882")
ev(k, "mosque_built", "1995", "approximate", ["geok_tepe"], "In the mid-1990s a large mosque was built beside the ruined walls")
ev(k, "aerial_photo", "2019", "year", ["gylyjov"], "was taken by Oraz Gylyjov-Sandholm (2019)")
cl(k, "skobelev", "I hold it as a principle that in Asia the duration of peace is in direct proportion to the slaughter you inflict upon the enemy,")
cl(k, "skobelev", "The harder you hit them, the longer they will be quiet afterwards.")
cl(k, "ovezova", "We drew the flight routes last, and we drew them slowly,")
cl(k, "ovezova", "A single arrow had made a massacre look like a retreat.")
cl(k, "annaberdiyeva", "The walls have mostly melted back into the ground. What the plate can still show is how small the camp was for the number of people inside it.")
NOISE.append({"source": k, "names": ["Quadratdruck Hollern GmbH", "Quadratdruck Hollern", "Steppewind Hosting"]})
ACC += ["KARAVAN CARTOGRAPHIC PRESS", "Karavan Cartographic Press", "Atlases", "Wall maps", "Plate notes", "Teaching packs",
        "Shop", "Log in", "Home", "Historical Atlas of the Transcaspian Frontier", "Transcaspian", "Plates", "Plate 41", "PLATE 41",
        "THE AKHAL OASIS AND THE SIEGES OF GEOK TEPE", "Main map", "Inset B", "Cartography", "Notes", "Plate", "Posted",
        "LEGEND", "Imperial", "ABOUT THIS PLATE", "NOTES TO THE KEYS", "A NOTE FROM THE MAPMAKERS", "Turkmen", "Russian",
        "British", "English", "Tsar", "Tsar's", "Asia", "General Nikolai Lomakin", "Colonel Aleksei Kuropatkin",
        "General Petrusevich", "Lomakin's", "Skobelev's", "The", "In", "On", "He", "By", "Thousands", "Between",
        "Routes", "Tekke villages", "Dr. Bahar Annaberdiyeva", "Magtymguly", "A", "I", "We", "What", "Colonel", "General"]
BP[k] = "RELATED PLATES"


# ---------------- j02 Krujë, Skanderbeg and the League of Lezhë (1443-1468): a climbing route database crag page ----------------
k = "j02"
P(k, "dedja", "Ilir Dedja-Lockyer")
P(k, "qoraj", "Dritan Qoraj-Eklund", "Dritan Qoraj-Eklund", "D. Qoraj-Eklund")
P(k, "mehilli", "Teuta Mëhilli-Strandberg", "Teuta Mëhilli-Strandberg", "T. Mëhilli-Strandberg")
P(k, "skanderbeg", "Gjergj Kastrioti", "Gjergj Kastrioti", "Skanderbeg", "Skënderbeu", "Iskender Bey")
P(k, "murad", "Murad II")
P(k, "dukagjini", "Lekë Dukagjini")
P(k, "ali_pasha", "Ali Pasha")
P(k, "vrana", "Vrana Konti")
P(k, "alfonso", "Alfonso V of Aragon", "Alfonso V of Aragon", "Alfonso V")
P(k, "golemi", "Moisi Golemi")
P(k, "hamza", "Hamza Kastrioti")
P(k, "mehmed", "Mehmed II")
P(k, "ballaban", "Ballaban Pasha")
P(k, "kaceli", "Mimoza Kaceli-Wibmer")
G(k, "klubi", "Klubi Alpin Kruja")
G(k, "league", "League of Lezhë", "League of Lezhë", "League of Alessio")
G(k, "museum", "Gjergj Kastrioti Skënderbeu National Museum")
L(k, "mali_krujes", "Mali i Krujës")
L(k, "keshtjella", "Kështjella Walls")
L(k, "kruje", "Krujë")
L(k, "lezhe", "Lezhë")
L(k, "torvioll", "Torvioll")
L(k, "naples", "Naples")
L(k, "elbasan", "Elbasan")
rels(k, [("qoraj", "founded", "klubi"), ("mehilli", "member_of", "klubi"), ("skanderbeg", "controls", "kruje"),
         ("skanderbeg", "leads", "league"), ("dukagjini", "member_of", "league"), ("skanderbeg", "opposed_to", "ali_pasha"),
         ("murad", "opposed_to", "skanderbeg"), ("vrana", "holds_office", "kruje"), ("skanderbeg", "backed_by", "alfonso"),
         ("alfonso", "holds_office", "naples"), ("golemi", "reports_to", "skanderbeg"), ("golemi", "opposed_to", "skanderbeg"),
         ("hamza", "opposed_to", "skanderbeg"), ("ballaban", "reports_to", "mehmed"), ("kaceli", "member_of", "museum")])
ev(k, "club_founded", "2016", "year", ["qoraj", "klubi"], "which Dritan Qoraj-Eklund founded in 2016")
ev(k, "first_routes", "2019-10", "month", ["klubi", "keshtjella"], "the first twelve routes went up in October 2019")
ev(k, "reequipped", "2025-04", "month", ["klubi", "keshtjella"], "The club re-equipped the whole sector last April")
ev(k, "left_sultan", "1443", "approximate", ["skanderbeg"], "he left the sultan's army in the autumn of 1443")
ev(k, "flag_kruje", "1443-11-28", "day", ["skanderbeg", "kruje"], "on 28 November 1443 raised his own flag over the castle")
ev(k, "league_formed", "1444-03-02", "day", ["league", "skanderbeg", "lezhe"], "On 2 March 1444 the lords of the northern mountains")
ev(k, "torvioll", "1444-06-29", "day", ["skanderbeg", "ali_pasha", "torvioll"], "on 29 June 1444, Skanderbeg beat Ali Pasha's much larger army")
ev(k, "siege_1450", "1450-05", "range", ["murad", "kruje", "vrana", "skanderbeg"],
   "From May to October 1450 Murad II himself marched against Skanderbeg", end="1450-10")
ev(k, "naples_protection", "1451-03", "month", ["skanderbeg", "alfonso"], "In March 1451 Skanderbeg placed himself under the protection")
ev(k, "golemi_defects", "1456", "year", ["golemi", "skanderbeg"], "led an army against him in 1456")
ev(k, "hamza_defects", "1457", "year", ["hamza", "skanderbeg"], "fought against him in 1457")
ev(k, "siege_1466", "1466", "year", ["mehmed", "ballaban", "elbasan", "kruje"], "Mehmed II came in person in 1466")
ev(k, "skanderbeg_died", "1468-01-17", "day", ["skanderbeg", "lezhe"], "Skanderbeg died of a fever at Lezhë on 17 January 1468")
ev(k, "kruje_fell", "1478", "year", ["kruje"], "Krujë fell ten years later, in 1478")
cl(k, "qoraj", "We wanted names that people would have to look up,")
cl(k, "qoraj", "Every route is a small history lesson, and the castle is right there to check your answers.")
cl(k, "mehilli", "took longer to clean than any siege took to fail.")
cl(k, "kaceli", "Climbers come down to the bazaar hungry and curious. We would just like them to come in through the museum door, not over the wall.")
NOISE.append({"source": k, "names": ["granitgoat_77", "Kasper Vinterhjelm", "sidestep.sara", "Alpenkern Systems"]})
ACC += ["VERTIKAL BALKAN", "Vertikal Balkan", "Crags", "Routes", "Topos", "Conditions", "Add a route", "Forum", "Sign in",
        "Areas", "Central Balkans", "Krujë region", "Rock", "Aspect", "Altitude",
        "Approach", "Grades", "Page maintainer", "Last", "OVERVIEW", "A", "Most", "The", "ACCESS AND ETIQUETTE", "Park", "Follow",
        "Climbing", "Take", "ROUTES", "No", "Name", "Grade", "Length", "First", "Eagle Gate", "Goat-Horn Helmet",
        "Forty Thousand at the Gate", "Three Sieges", "The Last Winter", "WHY THE NAMES", "Albanians", "Italian",
        "Taken", "He", "On", "That", "From", "In", "Not", "WHAT CLIMBERS SAY", "We", "Every", "According",
        "Climbers", "CONDITIONS", "Best", "Aragon", "King of Naples", "Kruja", "Skanderbeg's", "Ottoman", "Bey",
        "Pasha", "Ali Pasha's", "Murad"]
BP[k] = "COMMENTS (12)"


# ---------------- j03 Linz, the Schutzbund and the February rising of 1934: an opera house production page ----------------
k = "j03"
P(k, "holzl", "Ingeborg Hölzl-Amadi")
P(k, "ebenhofer", "Wolfram Ebenhofer-Quist")
P(k, "bernaschek", "Richard Bernaschek", "Richard Bernaschek", "Bernaschek")
P(k, "koloman", "Koloman Wallisch", "Koloman Wallisch", "Wallisch")
P(k, "paula", "Paula Wallisch")
P(k, "dollfuss", "Engelbert Dollfuss", "Engelbert Dollfuss", "Dollfuss")
P(k, "fey", "Emil Fey")
P(k, "munichreiter", "Karl Münichreiter")
P(k, "bauer", "Otto Bauer")
P(k, "deutsch", "Julius Deutsch")
P(k, "zehetner", "Florian Zehetner-Nwachukwu")
P(k, "pichlmayr", "Hannelore Pichlmayr-Amankwah")
P(k, "ochieng", "Karanja Ochieng-Gmeiner")
P(k, "aigner", "Lukas Aigner-Wanjohi")
P(k, "kreuzhuber", "Gernot Kreuzhuber")
P(k, "draxler", "Valerie Draxler-Rautenberg")
P(k, "rupprechter", "Marlene Rupprechter")
G(k, "schutzbund", "Republikanischer Schutzbund", "Republikanischer Schutzbund", "Schutzbund")
G(k, "sdap", "Sozialdemokratische Arbeiterpartei", "Sozialdemokratische Arbeiterpartei", "SDAP", "Social Democrats")
G(k, "heimwehr", "Heimwehr")
G(k, "bundesheer", "Bundesheer")
G(k, "vf", "Vaterländische Front")
G(k, "jku", "Johannes Kepler Universität Linz", "Johannes Kepler Universität Linz", "JKU")
L(k, "linz", "Linz")
L(k, "hotel_schiff", "Hotel Schiff")
L(k, "landstrasse", "Landstraße")
L(k, "upper_austria", "Upper Austria")
L(k, "karl_marx_hof", "Karl-Marx-Hof")
L(k, "bruck", "Bruck an der Mur")
L(k, "leoben", "Leoben")
L(k, "steyr", "Steyr")
L(k, "mauthausen", "Mauthausen")
rels(k, [("bernaschek", "leads", "schutzbund"), ("schutzbund", "part_of", "sdap"), ("heimwehr", "opposed_to", "schutzbund"),
         ("schutzbund", "controls", "karl_marx_hof"), ("bundesheer", "opposed_to", "schutzbund"),
         ("koloman", "member_of", "schutzbund"), ("dollfuss", "opposed_to", "schutzbund"), ("dollfuss", "founded", "vf"),
         ("heimwehr", "allied_with", "dollfuss"), ("fey", "leads", "heimwehr"), ("bauer", "member_of", "sdap"),
         ("deutsch", "leads", "schutzbund"), ("zehetner", "member_of", "jku")])
ev(k, "schutzbund_banned", "1933-03-31", "day", ["schutzbund", "dollfuss"], "outlawed by the government of Chancellor Engelbert Dollfuss on 31 March 1933")
ev(k, "vf_founded", "1933-05", "month", ["dollfuss", "vf"], "In May 1933 Dollfuss founded the Vaterländische Front")
ev(k, "fey_rally", "1934-02-11", "day", ["fey", "heimwehr"], "On Sunday, 11 February 1934 Emil Fey")
ev(k, "hotel_schiff_fight", "1934-02-12", "day", ["bernaschek", "schutzbund", "hotel_schiff", "linz"],
   "Shortly after seven in the morning of Monday, 12 February 1934")
ev(k, "munichreiter_hanged", "1934-02-14", "day", ["munichreiter"], "was hanged on 14 February")
ev(k, "wallisch_hanged", "1934-02-19", "day", ["koloman", "leoben"], "hanged at Leoben on 19 February 1934")
ev(k, "bernaschek_escape", "1934-04", "month", ["bernaschek", "linz"], "escaped from the prison in Linz in April 1934")
ev(k, "bernaschek_murdered", "1945-04", "month", ["bernaschek", "mauthausen"], "murdered in the Mauthausen concentration camp in April 1945")
cl(k, "fey", "We will go to work tomorrow, and we will do a thorough job.")
cl(k, "zehetner", "The men in the hotel did not expect to win,")
cl(k, "zehetner", "They expected to be the ones who had not given in without a word, and in that, at least, they were right.")
cl(k, "holzl", "I kept the orchestra to fourteen players,")
cl(k, "holzl", "A hotel is a small place to start a civil war, and the music should never forget that.")
cl(k, "pichlmayr", "Every door on stage is a door you can walk past tomorrow,")
NOISE.append({"source": k, "names": ["Kartenwerk Oberösterreich GmbH", "Kartenwerk Oberösterreich", "Hainzl Privatbrauerei"]})
ACC += ["KAMMEROPER AM RÖMERBERG", "Kammeroper am Römerberg", "Programme", "Tickets", "Ensemble", "Education",
        "Visit us", "Deutsch", "New productions", "Chamber opera", "World premiere", "Music", "Libretto",
        "Sung", "German", "English", "About", "Recommended", "Page", "DATES", "Thu", "Sat", "Wed", "Sun", "Premiere",
        "SYNOPSIS", "Act One", "Act Two", "Morning", "Resi", "PROGRAMME NOTE", "FOUR DAYS IN FEBRUARY", "Chancellor",
        "Chancellor Engelbert Dollfuss", "Styrian", "Bernaschek's", "Schutzbund's", "Within", "Estimates", "Dr.",
        "FROM THE COMPOSER AND THE DIRECTOR", "Director", "CAST AND CREATIVE TEAM", "Musical direction", "Staging",
        "Chamber orchestra of the Kammeroper am Römerberg", "The", "In", "On", "Their", "At", "Shortly", "Every", "They",
        "I", "A"]
BP[k] = "TICKETS, ACCESSIBILITY AND LEGAL"


# ---------------- j04 the Dominican east, the gavilleros and the Marine occupation (1916-1924): a baseball almanac club entry ----------------
k = "j04"
P(k, "mejias", "Yokasta Mejias-Veloz")
P(k, "rijo", "Wáskar Rijo-Dalberg")
P(k, "reynoso", "Yeison Reynoso-Tveit", "Yeison Reynoso-Tveit", "Reynoso-Tveit")
P(k, "knapp", "Harry S. Knapp")
P(k, "evangelista", "Vicente Evangelista", "Vicente Evangelista", "Vicentico")
P(k, "thorpe", "George C. Thorpe")
P(k, "natera", "Ramón Natera", "Ramón Natera", "Natera")
P(k, "peguero", "Martín Peguero")
P(k, "cedano", "Altagracia Cedano-Bergstrom")
G(k, "gavis", "Gavilleros de Hato Mayor", "Gavilleros de Hato Mayor", "Los Gavis", "Gavis")
G(k, "loba", "Liga Oriental de Béisbol Aficionado", "Liga Oriental de Béisbol Aficionado", "LOBA")
G(k, "azucareros", "Azucareros de La Romana")
G(k, "usmc", "United States Marine Corps")
G(k, "gavilleros_este", "Gavilleros del Este")
G(k, "central_romana", "Central Romana")
G(k, "guardia", "Guardia Nacional Dominicana")
G(k, "uce", "Universidad Central del Este", "Universidad Central del Este", "UCE")
L(k, "estadio", "Estadio Ramón Natera")
L(k, "hato_mayor", "Hato Mayor", "Hato Mayor", "Hato Mayor del Rey")
L(k, "dominican_republic", "Dominican Republic")
L(k, "el_seibo", "El Seibo")
L(k, "san_pedro", "San Pedro de Macorís")
rels(k, [("mejias", "leads", "gavis"), ("rijo", "member_of", "gavis"), ("reynoso", "member_of", "gavis"),
         ("gavis", "member_of", "loba"), ("gavis", "opposed_to", "azucareros"), ("knapp", "holds_office", "dominican_republic"),
         ("evangelista", "leads", "gavilleros_este"), ("thorpe", "member_of", "usmc"), ("natera", "reports_to", "evangelista"),
         ("natera", "leads", "gavilleros_este"), ("peguero", "allied_with", "natera"), ("usmc", "opposed_to", "gavilleros_este"),
         ("usmc", "founded", "guardia"), ("cedano", "member_of", "uce")])
ev(k, "gavis_founded", "1968", "year", ["gavis"], "The Gavilleros de Hato Mayor were founded in 1968")
ev(k, "joined_loba", "1974", "year", ["gavis", "loba"], "The club joined the LOBA in 1974")
ev(k, "first_title", "1979", "year", ["gavis"], "won its first title five years later")
ev(k, "sixth_title", "2025-08", "month", ["gavis", "azucareros", "reynoso"], "Last August the Gavis beat the Azucareros de La Romana")
ev(k, "ballpark_built", "1991", "year", ["estadio"], "The ballpark, built in 1991")
ev(k, "ballpark_renamed", "2017", "year", ["estadio", "evangelista"], "took its present name in 2017")
ev(k, "marines_landed", "1916-05", "month", ["usmc", "dominican_republic"], "In May 1916 the United States Marine Corps landed in the country")
ev(k, "knapp_governor", "1916", "approximate", ["knapp", "dominican_republic"], "by the end of that year Rear Admiral Harry S. Knapp")
ev(k, "vicentico_surrender", "1917-07", "approximate", ["evangelista", "thorpe", "el_seibo"], "in the first days of July 1917 Vicentico rode into the fortress at El Seibo")
ev(k, "vicentico_shot", "1917-07-06", "day", ["evangelista"], "On 6 July 1917 he was shot dead")
ev(k, "peguero_rose", "1918-03-24", "day", ["peguero"], "who took to the hills on 24 March 1918")
ev(k, "guardia_founded", "1917", "year", ["usmc", "guardia"], "in 1917 it founded the Guardia Nacional Dominicana")
ev(k, "amnesty", "1922", "year", ["gavilleros_este"], "In 1922, after months of talks and the offer of an amnesty")
ev(k, "marines_left", "1924-09", "month", ["usmc"], "The last marines left in September 1924")
cl(k, "mejias", "When a visiting team calls us bandits, we say thank you,")
cl(k, "mejias", "That is the whole point of the name.")
cl(k, "cedano", "For sixty years the word was an insult in print and a compliment in the bleachers,")
cl(k, "cedano", "The bleachers won.")
cl(k, "rijo", "My great-grandfather cut cane for the mill and hid food for Natera's men. I manage a ball club. It is the same town.")
NOISE.append({"source": k, "names": ["Editora Batey Grande", "Diamante Datos", "Guayacán Web"]})
ACC += ["ALMANAQUE BEISBOLERO DEL ESTE", "Almanaque Beisbolero del Este", "Almanaque", "the Almanaque", "ONLINE EDITION",
        "Clubs", "Ballparks", "Players", "Season records", "Leaders", "Buy the print edition",
        "Also", "Founded", "League", "Ballpark", "Colours", "League titles", "Entry", "CLUB OFFICERS", "SEASON",
        "President", "Manager", "Pitching coach", "SEASON RECORDS", "Year", "Finish", "Playoffs", "ABOUT THE CLUB",
        "THE NAME", "Dominican", "Rear Admiral Harry S. Knapp", "Lieutenant Colonel George C. Thorpe", "Dr.", "Last",
        "Men", "His", "For", "When", "That", "Manager Wáskar Rijo-Dalberg", "The", "In", "On", "My", "I", "It",
        "La Romana", "Natera's", "gavilleros", "W–L"]
BP[k] = "RELATED ENTRIES"


# ---------------- j05 the Manding country, Samori Ture and the wars against the French (1882-1898): a trading card checklist ----------------
k = "j05"
P(k, "kourouma", "Nènè Kourouma-Sjöberg")
P(k, "kaba", "Lansana Kaba-Faucompré")
P(k, "samori", "Samori Ture", "Samori Ture", "Samory Touré", "Samori")
P(k, "keme", "Kémé Brema")
P(k, "tieba", "Tiéba Traoré", "Tiéba Traoré", "Tiéba")
P(k, "babemba", "Babemba Traoré")
P(k, "borgnis", "Gustave Borgnis-Desbordes")
P(k, "archinard", "Louis Archinard")
P(k, "gouraud", "Henri Gouraud", "Henri Gouraud", "Gouraud")
P(k, "dabo", "Alhassane Dabo-Crowley")
G(k, "wassoulou", "Wassoulou Empire")
G(k, "kenedougou", "Kénédougou")
G(k, "irhm", "Institut de Recherche en Histoire du Manding", "Institut de Recherche en Histoire du Manding", "IRHM")
G(k, "card_exchange", "Kankan Card Exchange")
L(k, "manyambaladugu", "Manyambaladugu")
L(k, "bissandugu", "Bissandugu")
L(k, "woyowayanko", "Woyowayanko")
L(k, "bamako", "Bamako")
L(k, "sikasso", "Sikasso")
L(k, "kankan", "Kankan")
L(k, "dabakala", "Dabakala")
L(k, "guelemou", "Guélémou")
L(k, "gabon", "Gabon")
L(k, "ndjole", "Ndjolé")
rels(k, [("samori", "founded", "wassoulou"), ("keme", "reports_to", "samori"), ("keme", "opposed_to", "borgnis"),
         ("tieba", "leads", "kenedougou"), ("samori", "opposed_to", "tieba"), ("babemba", "leads", "kenedougou"),
         ("babemba", "controls", "sikasso"), ("archinard", "opposed_to", "samori"), ("archinard", "controls", "kankan"),
         ("gouraud", "opposed_to", "samori"), ("kaba", "member_of", "irhm"), ("dabo", "leads", "card_exchange")])
ev(k, "samori_born", "1830", "approximate", ["samori", "manyambaladugu"], "Born around 1830 at Manyambaladugu")
ev(k, "almamy_title", "1884", "year", ["samori"], "in 1884 he took the title of Almamy")
ev(k, "woyowayanko", "1882-04-02", "day", ["keme", "borgnis", "woyowayanko"], "On 2 April 1882, on the Woyowayanko stream near Bamako")
ev(k, "sikasso_siege", "1887", "range", ["samori", "tieba", "sikasso"], "Samori besieged Tiéba in Sikasso from 1887 to 1888", end="1888")
ev(k, "sikasso_fell", "1898-05-01", "day", ["babemba", "sikasso"], "until it fell on 1 May 1898")
ev(k, "kankan_occupied", "1891-04", "month", ["archinard", "kankan", "bissandugu"], "His column occupied Kankan in April 1891")
ev(k, "samori_captured", "1898-09-29", "day", ["gouraud", "samori", "guelemou"], "on 29 September 1898, his men surprised Samori's camp at Guélémou")
ev(k, "samori_died", "1900-06-02", "day", ["samori", "ndjole", "gabon"], "died at Ndjolé on 2 June 1900")
cl(k, "kourouma", "We argued for a month about whether the French officers should have cards at all,")
cl(k, "kourouma", "In the end we gave them cards, but we gave them the smaller frame.")
cl(k, "kaba", "Children will trade these in the schoolyard,")
cl(k, "kaba", "If one of them learns to spell Woyowayanko, the set has done its work.")
cl(k, "dabo", "Nobody wants him, so nobody will give him up.")
NOISE.append({"source": k, "names": ["koro_collects", "Mamadi Sylla-Oyelaran", "cardgranny_dakar", "Kartonka Print s.r.o.",
                                     "Kartonka Print", "Nyota Pay"]})
ACC += ["BAOBAB HERITAGE CARDS", "Baobab Heritage Cards", "Sets", "Checklists", "Where to buy", "Trade board",
        "Classroom packs", "Cart", "Resisters of the Savanna", "RESISTERS OF THE SAVANNA", "SERIES 2", "Series 2",
        "Series 1", "CHECKLIST", "Release date", "Parallels", "Set design", "Historical consultant", "ABOUT SERIES 2",
        "Manding", "SUBSET", "THE ALMAMY'S WARS", "Almamy", "the Almamy", "No", "Card", "Type", "Portrait", "Battle",
        "Place", "Adversary", "CARD BACKS", "SELECTED", "Also", "Born", "Dyula", "From", "His", "He", "French",
        "Samori's", "King of Kénédougou", "Tiéba's", "The", "It", "A", "On", "WHAT THE TEAM SAYS", "We", "In",
        "Prof. Lansana Kaba-Faucompré", "Prof.", "Children", "If", "Collectors", "Nobody", "Woyowayanko, 1882",
        "Sikasso, 1887–1888", "Guélémou, 1898"]
BP[k] = "WHERE TO BUY"


# ---------------- j06 Rapa Nui, Angata and the rising of 1914: a craft brewery tap list ----------------
k = "j06"
P(k, "tuki", "Rahiti Tuki-Larsen")
P(k, "angata", "María Angata Veri Tahi", "María Angata Veri Tahi", "Angata")
P(k, "roussel", "Hippolyte Roussel")
P(k, "edmunds", "Percy Edmunds", "Percy Edmunds", "Edmunds")
P(k, "hangaoa", "Daniel Antonio Hangaoa", "Daniel Antonio Hangaoa", "Hangaoa")
P(k, "routledge", "Katherine Routledge")
P(k, "teao", "Mahina Teao-Bergstrom")
P(k, "haoa", "Viki Haoa-Beaumont")
G(k, "miru", "Miru")
G(k, "picpus", "Picpus Fathers")
G(k, "explotadora", "Compañía Explotadora de la Isla de Pascua", "Compañía Explotadora de la Isla de Pascua", "Explotadora")
G(k, "williamson", "Williamson, Balfour & Co.")
G(k, "mana", "Mana Expedition")
G(k, "consejo", "Consejo de Ancianos")
G(k, "mapse", "Museo Antropológico Padre Sebastián Englert", "Museo Antropológico Padre Sebastián Englert", "MAPSE")
L(k, "hanga_roa", "Hanga Roa")
L(k, "mataveri", "Mataveri")
L(k, "vaitea", "Vaitea")
L(k, "rano_raraku", "Rano Raraku")
L(k, "mangareva", "Mangareva")
L(k, "valparaiso", "Valparaíso")
L(k, "rapa_nui", "Rapa Nui")
rels(k, [("angata", "member_of", "miru"), ("roussel", "member_of", "picpus"), ("explotadora", "part_of", "williamson"),
         ("explotadora", "controls", "rapa_nui"), ("edmunds", "member_of", "explotadora"), ("angata", "opposed_to", "explotadora"),
         ("hangaoa", "allied_with", "angata"), ("hangaoa", "opposed_to", "explotadora"), ("routledge", "leads", "mana"),
         ("teao", "member_of", "consejo"), ("haoa", "member_of", "mapse")])
ev(k, "angata_born", "1853", "approximate", ["angata", "miru"], "was born around 1853 into the Miru clan")
ev(k, "to_mangareva", "1871", "year", ["angata", "roussel", "mangareva"], "she went to Mangareva in 1871")
ev(k, "came_home", "1879-10", "month", ["angata"], "in October 1879 she came home to teach")
ev(k, "vision", "1914", "approximate", ["angata"], "In the southern winter of 1914 Angata")
ev(k, "letter", "1914-06", "month", ["angata", "edmunds", "explotadora", "mataveri"], "At the end of June 1914 a letter in her name reached Percy Edmunds")
ev(k, "baquedano", "1914-08", "month", ["hangaoa", "hanga_roa"], "In August 1914 the navy training ship General Baquedano")
ev(k, "angata_died", "1914-12", "month", ["angata", "hanga_roa"], "she died at Hanga Roa in December 1914")
cl(k, "tuki", "We did not want to put her on a can like a mascot,")
cl(k, "tuki", "We asked the family first, and the family said yes, but make it a good beer.")
cl(k, "teao", "She was not asking for a revolution,")
cl(k, "teao", "She was asking for her grandchildren to eat.")
cl(k, "haoa", "The sheep company wrote the record for fifty years. Angata's letter is one of the few pages we have in our own voice.")
NOISE.append({"source": k, "names": ["Cocina Tahai", "Pago Rano", "Tongariki Link"]})
ACC += ["TE AVA BREWING CO.", "Te Ava Brewing Co.", "Te Ava Brewing", "Te Ava", "Taproom", "On tap",
        "Bottles", "Brewery tours", "Find us", "Español", "Vananga Rapa Nui", "ON TAP THIS WEEK", "Updated", "Tuesday",
        "Sunday", "Growler", "TAP 1", "TAP 2", "TAP 3", "TAP 4", "TAP 5", "Mataveri Lager", "Pale", "ABV", "IBU", "Our",
        "Named", "Vaitea Red", "Red", "Toasty", "Angata 1914", "Farmhouse", "Brewed", "Dry", "Pours", "Rano Raraku Stout",
        "Oatmeal", "Roast", "Nitro", "Fridays", "Guest", "Rotating", "ABOUT THE NAME", "ANGATA 1914", "Father",
        "Father Hippolyte Roussel", "As", "By", "God", "British", "General Baquedano", "Its", "Dr.", "For", "Angata's",
        "Explotadora's", "A", "We", "She", "The", "In", "From"]
BP[k] = "TASTING FLIGHTS, FOOD AND POLICIES"


# ---------------- j07 Chimborazo, Fernando Daquilema and the Cacha rising (1871-1872): a municipal road closure advisory ----------------
k = "j07"
P(k, "guaman", "Segundo Guamán-Sørensen")
P(k, "daquilema", "Fernando Daquilema", "Fernando Daquilema", "Daquilema", "Ñucanchi Jatun Apu")
P(k, "garcia_moreno", "Gabriel García Moreno", "Gabriel García Moreno", "García Moreno")
P(k, "rivera", "Rudecindo Rivera")
P(k, "morocho", "José Morocho")
P(k, "larrea", "Rafael Larrea Checa")
P(k, "manuela", "Manuela León")
P(k, "vallejo", "Miguel Vallejo")
P(k, "tenesaca", "Blanca Tenesaca-Hargreaves")
P(k, "chafla", "Teodomiro Chafla-Ostrowski")
G(k, "gad_cacha", "GAD Parroquial de Cacha")
G(k, "federacion", "Federación de Comunidades de Cacha")
G(k, "cooperativa", "Cooperativa de Ahorro y Crédito Fernando Daquilema")
G(k, "unach", "Universidad Nacional de Chimborazo", "Universidad Nacional de Chimborazo", "UNACH")
G(k, "asamblea", "Asamblea Nacional")
L(k, "cacha", "Cacha")
L(k, "yaruquies", "Yaruquíes")
L(k, "riobamba", "Riobamba")
L(k, "parque_maldonado", "Parque Maldonado")
L(k, "el_rosario", "El Rosario")
L(k, "quera", "Quera")
L(k, "chimborazo", "Chimborazo")
L(k, "ambato", "Ambato")
L(k, "punin", "Punín")
rels(k, [("morocho", "reports_to", "daquilema"), ("larrea", "holds_office", "chimborazo"), ("larrea", "opposed_to", "daquilema"),
         ("garcia_moreno", "opposed_to", "daquilema"), ("manuela", "allied_with", "daquilema"), ("tenesaca", "leads", "gad_cacha"),
         ("gad_cacha", "allied_with", "federacion"), ("gad_cacha", "backed_by", "cooperativa"), ("chafla", "member_of", "unach")])
ev(k, "route_agreed", "2025-12-09", "day", ["gad_cacha", "cacha"], "were agreed with the parish council of Cacha on Tuesday")
ev(k, "cacha_rising", "1871-12-18", "day", ["daquilema", "cacha", "rivera", "garcia_moreno"], "On 18 December 1871 the people of Cacha rose")
ev(k, "yaruquies_attacked", "1871-12-19", "day", ["yaruquies", "larrea", "daquilema"], "The next day some two thousand rebels attacked Yaruquíes")
ev(k, "state_of_siege", "1871-12-21", "range", ["garcia_moreno", "chimborazo"],
   "On 21 December García Moreno put the province under a state of siege that lasted until 13 March 1872", end="1872-03-13")
ev(k, "manuela_shot", "1872-01-08", "day", ["manuela"], "Manuela León was shot on 8 January 1872")
ev(k, "daquilema_shot", "1872-04-08", "day", ["daquilema", "yaruquies"], "shot in the square of Yaruquíes on 8 April 1872")
ev(k, "heroine_2010", "2010", "year", ["asamblea", "manuela"], "In 2010 the Asamblea Nacional named Manuela León a national heroine")
ev(k, "parish_1980", "1980", "year", ["cacha"], "which became a parish in its own right in 1980")
cl(k, "tenesaca", "We walk the road they walked, but we walk it in daylight and with the traffic stopped,")
cl(k, "tenesaca", "That is already a kind of victory.")
cl(k, "chafla", "The rising lasted only a few weeks,")
cl(k, "chafla", "but every family in Cacha can still tell you which hill their people stood on.")
cl(k, "guaman", "Plan for delays of up to forty minutes on the southern approaches to the city.")
NOISE.append({"source": k, "names": ["Ruta Viva S.A.", "Ruta Viva", "Kallpa SMS"]})
ACC += ["GAD MUNICIPAL DEL CANTÓN RIOBAMBA", "GAD Municipal del Cantón Riobamba", "GAD Municipal",
        "Dirección de Gestión de Movilidad, Tránsito y Transporte", "Home", "Traffic advisories", "Public transport",
        "Parking", "Licences", "Contact", "Español", "TRAFFIC ADVISORY DMTT-2025-118", "DMTT-2025-118", "Temporary",
        "Daquilema Commemorative March", "Issued", "Applies", "Status", "SUMMARY", "Roads", "The", "CLOSURES", "Section",
        "Road", "Closed", "Diversion", "No", "ASSISTANCE", "Civil", "Ambulances", "Via", "Calle de la Iglesia", "Circunvalación", "Av. 9 de Octubre",
        "Av. Unidad Nacional", "Buses", "WHY THE MARCH", "President", "President Gabriel García Moreno", "Puruhá",
        "They", "On", "At", "In", "WHAT THE ORGANISERS SAY", "We", "That", "Dr.", "Ing.", "Plan", "Daquilema's"]
BP[k] = "CONTACT AND LEGAL NOTICE"


# ---------------- j08 Phrae, the Tai Yai rising of 1902: a meetup event page ----------------
k = "j08"
P(k, "ploy", "Ploy Siriwattana-Hoelscher", "Ploy Siriwattana-Hoelscher", "Ploy")
P(k, "anucha", "Anucha Kaewmanee-Treadwell", "Anucha Kaewmanee-Treadwell", "Anucha")
P(k, "chulalongkorn", "Chulalongkorn", "Chulalongkorn", "Rama V")
P(k, "phaka_mong", "Phaka Mong", "Phaka Mong", "Phakamong")
P(k, "sala_po_chai", "Sala Po Chai", "Sala Po Chai", "Salaphochai")
P(k, "ratcharitthanon", "Phraya Ratcharitthanon")
P(k, "thepphawong", "Phiriya Thepphawong", "Phiriya Thepphawong", "Thepphawong", "Theppawong")
P(k, "surasakmontri", "Surasakmontri", "Surasakmontri", "Surasak Montri")
P(k, "schau", "Gustav Schau")
P(k, "jensen", "Hans Jensen")
P(k, "leonowens", "Louis Leonowens")
P(k, "lung_hom", "Lung Hom Saengkham")
G(k, "walkers", "Yom River History Walkers")
G(k, "maejo", "Maejo University Phrae Campus")
G(k, "gendarmerie", "Provincial Gendarmerie")
G(k, "tai_yai_assoc", "Tai Yai Cultural Association of Phrae")
L(k, "khum_chao_luang", "Khum Chao Luang")
L(k, "phrae", "Phrae")
L(k, "wat_luang", "Wat Luang")
L(k, "lampang", "Lampang")
L(k, "luang_prabang", "Luang Prabang", "Luang Prabang", "Luang Phrabang")
rels(k, [("ploy", "founded", "walkers"), ("anucha", "member_of", "maejo"), ("phaka_mong", "allied_with", "sala_po_chai"),
         ("phaka_mong", "opposed_to", "ratcharitthanon"), ("sala_po_chai", "opposed_to", "ratcharitthanon"),
         ("ratcharitthanon", "holds_office", "phrae"), ("phaka_mong", "controls", "phrae"), ("thepphawong", "holds_office", "phrae"),
         ("surasakmontri", "reports_to", "chulalongkorn"), ("surasakmontri", "opposed_to", "phaka_mong"),
         ("schau", "leads", "gendarmerie"), ("jensen", "member_of", "gendarmerie"), ("lung_hom", "leads", "tai_yai_assoc")])
ev(k, "speaker_confirmed", "2026-05-19", "day", ["anucha"], "Dr. Anucha confirmed yesterday")
ev(k, "phrae_rising", "1902-07-25", "day", ["phaka_mong", "sala_po_chai", "ratcharitthanon", "phrae"],
   "In the early morning of 25 July 1902")
ev(k, "order_restored", "1902-08-14", "day", ["phrae", "surasakmontri"], "Order was restored in the town by 14 August 1902")
ev(k, "bands_end", "1904-05-22", "day", ["phrae"], "Smaller bands kept fighting in the hills until 22 May 1904")
ev(k, "november_walk", "2025-11", "month", ["walkers"], "Last November's walk to the teak houses")
cl(k, "anucha", "For a hundred years the rising was told as a story of bandits and a disloyal prince,")
cl(k, "anucha", "The government reports are more honest than the textbooks. They admit that the taxes were the spark.")
cl(k, "lung_hom", "Our families came here to trade, not to fight,")
cl(k, "lung_hom", "But when the new officials came, they treated every Tai Yai man as a thief.")
cl(k, "ploy", "Wear shoes you can walk in, bring water, and please do not climb on the city wall.")
NOISE.append({"source": k, "names": ["Nattapong K.", "Jiranan Boonmak-Ellery", "Tom R.", "Kanokwan P.",
                                     "Gatherly Technologies Pte. Ltd.", "Gatherly Technologies", "Baht Bridge"]})
ACC += ["Gatherly", "Find events", "Start a group", "Messages", "Notifications", "Profile", "Events",
        "TALK AND WALK", "THE PHRAE RISING OF 25 JULY 1902", "Hosted", "Public", "When", "Where", "Meet", "Cost",
        "Language", "Thai", "English", "Posted", "DETAILS", "Our", "Dr.", "Dr. Anucha", "Dr. Anucha Kaewmanee-Treadwell",
        "WHAT HAPPENED IN 1902", "At", "Under", "King Chulalongkorn", "Tai Yai", "Shan", "British", "Siamese", "Danish",
        "Chao", "Chaophraya", "Chaophraya Surasakmontri", "Chao Phiriya Thepphawong", "Phaka Mong's", "Officers",
        "Order", "Smaller", "Spellings", "FROM THE SPEAKER AND OUR FRIENDS", "For", "The", "They", "But", "Wear",
        "Last", "RSVP", "In", "Phraya", "Lung"]
BP[k] = "ATTENDEES (38)"

# month and day names and other words that the --unlisted review showed, acceptable in any source
ACC += ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

W.write()
