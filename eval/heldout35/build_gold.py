"""Builds gold.json for the thirty-fifth held-out set (heldout35) from the annotations below (run:
python3 eval/heldout35/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words. Entity surfaces are never split across lines (the bodies keep
each paragraph on one line).

No entity is shared between two sources of this set: the eight articles are about eight unrelated armed risings in
eight regions (the Emmental and the Swiss plateau, the upper Rio Grande country of New Mexico, the hills of Coro,
the Uva highlands, the county of Deux-Montagnes, the Tunisian interior, the parish of St Thomas in the East and the
Mazowe valley) from the 17th to the 19th century, and the only words two of them share are generic ones such as
"British", "French" or "Spanish", which are acceptable. Entity ids are unique across the set; event ids are unique
across the whole set."""
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


# ---------------- i01 Lower Canada, the Patriotes at Saint-Eustache (1837): a public call for tenders ----------------
k = "i01"
P(k, "daoust", "Mireille Daoust-Kerrigan", "Mireille Daoust-Kerrigan", "Daoust-Kerrigan")
P(k, "papineau", "Louis-Joseph Papineau")
P(k, "nelson", "Wolfred Nelson")
P(k, "chenier", "Jean-Olivier Chénier", "Jean-Olivier Chénier", "Jean Olivier Chenier")
P(k, "girod", "Amury Girod", "Amury Girod", "Girod")
P(k, "paquin", "Jacques Paquin")
P(k, "colborne", "John Colborne", "John Colborne", "Colborne", "Vieux Brûlot")
P(k, "globensky", "Maximilien Globensky")
P(k, "brisebois", "Gaétan Brisebois-Acheson")
P(k, "tremblay", "Josée Tremblay-Sauvé")
G(k, "lamothe", "Lamothe-Verchères architectes")
G(k, "conseil", "Conseil du patrimoine religieux")
G(k, "patriotes", "Patriotes")
G(k, "societe", "Société d'histoire de la Rivière-du-Chêne")
L(k, "saint_eustache", "Saint-Eustache")
L(k, "riviere_chene", "Rivière du Chêne")
L(k, "lower_canada", "Lower Canada")
L(k, "richelieu", "Richelieu")
L(k, "saint_denis", "Saint-Denis")
L(k, "saint_charles", "Saint-Charles")
L(k, "deux_montagnes", "Deux-Montagnes")
L(k, "saint_benoit", "Saint-Benoît", "Saint-Benoît", "Grand-Brûlé")
rels(k, [("daoust", "member_of", "lamothe"), ("papineau", "leads", "patriotes"), ("nelson", "leads", "patriotes"),
         ("chenier", "leads", "patriotes"), ("girod", "member_of", "patriotes"), ("patriotes", "controls", "saint_eustache"),
         ("paquin", "holds_office", "saint_eustache"), ("paquin", "opposed_to", "patriotes"),
         ("colborne", "holds_office", "lower_canada"), ("colborne", "opposed_to", "patriotes"),
         ("globensky", "reports_to", "colborne"), ("brisebois", "leads", "societe")])
ev(k, "saint_denis_1837", "1837-11-23", "day", ["nelson", "patriotes", "saint_denis"], "at Saint-Denis on 23 November 1837")
ev(k, "saint_charles_1837", "1837-11-25", "day", ["patriotes", "saint_charles"],
   "two days later the troops routed the Patriotes at Saint-Charles")
ev(k, "saint_eustache_battle", "1837-12-14", "day", ["colborne", "chenier", "patriotes", "globensky", "saint_eustache"],
   "On 14 December 1837 Sir John Colborne")
ev(k, "saint_benoit_burned", "1837-12-15", "day", ["colborne", "saint_benoit"], "The next day Colborne's men burned Saint-Benoît")
ev(k, "girod_death", "1837-12-18", "day", ["girod"], "Girod shot himself on 18 December 1837")
ev(k, "impacts_surveyed", "2025-10", "month", ["daoust", "saint_eustache"], "They were surveyed stone by stone in October 2025")
ev(k, "candlelight_walk", "2025-12", "month", ["societe", "saint_eustache"], "last December's candlelight walk")
cl(k, "daoust", "The impacts are not damage to be made good,")
cl(k, "daoust", "They are the oldest document in the parish archive, and the only one written in stone.")
cl(k, "brisebois", "as long as the stones keep their holes.")
cl(k, "tremblay", "We have a roof to keep over a parish and a memory to keep over a county. The contractor gets both.")
NOISE.append({"source": k, "names": ["Parcelle Numérique inc.", "Parcelle Numérique", "Nordhalle Cloud"]})
ACC += ["AVISMARCHÉS", "AvisMarchés", "Public tenders portal", "Home", "Search notices", "Open tenders", "Awarded contracts",
        "Suppliers", "Help", "Français", "Notices", "Construction", "Heritage masonry", "FSE-2026-03",
        "NOTICE OF CALL FOR TENDERS", "Conservation", "Tender number", "Published", "Closing", "Contracting body",
        "Category", "Procedure", "Public", "Mandatory site visit", "Documents", "OBJECT OF THE CALL",
        "Fabrique de la paroisse de Saint-Eustache", "Fabrique", "the Fabrique", "HERITAGE CONTEXT", "Patriote",
        "the Patriote rising", "Sir John Colborne", "Colborne's", "REQUIREMENTS SPECIFIC TO THE SHOT IMPACTS",
        "A-201", "A-204", "Société", "the Société", "Bidders", "CONDITIONS OF TENDER", "Bids", "Plans", "Work", "Hundreds",
        "As", "About", "Each", "No", "Stones", "For", "The", "In", "On", "They", "Girod's", "Chénier's", "Daoust-Kerrigan's",
        "Jean", "Jean-Olivier"]
BP[k] = "TERMS OF USE · PRIVACY · ACCESSIBILITY"


# ---------------- i02 the Emmental, Niklaus Leuenberger and the Swiss peasant war (1653): a dendrochronology report ----------------
k = "i02"
P(k, "tschanz", "Seraina Tschanz-Ochola", "Seraina Tschanz-Ochola", "Tschanz-Ochola")
P(k, "ueli", "Ueli")
P(k, "regula", "Regula Aebersold-Frischknecht")
P(k, "zbinden", "Reto Zbinden-Mutua", "Reto Zbinden-Mutua", "R. Zbinden-Mutua")
P(k, "wyssbrod", "N. Wyssbrod")
P(k, "leuenberger", "Niklaus Leuenberger", "Niklaus Leuenberger", "Leuenberger", "King of the Peasants")
P(k, "schybi", "Christian Schybi", "Christian Schybi", "Schybi")
P(k, "werdmuller", "Conrad Werdmüller")
P(k, "erlach", "Sigmund von Erlach")
P(k, "tribolet", "Samuel Tribolet")
P(k, "gfeller", "Hansruedi Gfeller-Nsimba")
G(k, "denkmalpflege", "Denkmalpflege des Kantons Bern", "Denkmalpflege des Kantons Bern", "Denkmalpflege")
G(k, "huttwil_league", "League of Huttwil", "League of Huttwil", "Huttwiler Bund")
G(k, "tagsatzung", "Tagsatzung")
G(k, "gesellschaft", "Leuenberger-Gesellschaft Rüderswil", "Leuenberger-Gesellschaft Rüderswil", "Leuenberger-Gesellschaft")
L(k, "schonholz", "Schönholz")
L(k, "ruderswil", "Rüderswil")
L(k, "emme", "Emme")
L(k, "bern", "Bern")
L(k, "entlebuch", "Entlebuch")
L(k, "luzern", "Luzern")
L(k, "emmental", "Emmental")
L(k, "escholzmatt", "Escholzmatt")
L(k, "murifeld", "Murifeld")
L(k, "zurich", "Zürich")
L(k, "wohlenschwil", "Wohlenschwil")
L(k, "herzogenbuchsee", "Herzogenbuchsee")
L(k, "trachselwald", "Trachselwald")
L(k, "sursee", "Sursee")
rels(k, [("leuenberger", "leads", "huttwil_league"), ("schybi", "member_of", "huttwil_league"),
         ("huttwil_league", "controls", "emmental"), ("tagsatzung", "opposed_to", "huttwil_league"),
         ("werdmuller", "reports_to", "tagsatzung"), ("werdmuller", "opposed_to", "huttwil_league"),
         ("erlach", "opposed_to", "huttwil_league"), ("tribolet", "holds_office", "trachselwald"),
         ("tschanz", "member_of", "denkmalpflege"), ("gfeller", "leads", "gesellschaft"),
         ("gesellschaft", "backed_by", "denkmalpflege")])
ev(k, "sampling", "2026-01-12", "day", ["schonholz", "zbinden", "wyssbrod"], "On 12 January 2026 we took fourteen cores")
ev(k, "devaluation", "1652-12", "month", ["bern"], "In December 1652 the city of Bern cut the value")
ev(k, "league_sworn", "1653-05-14", "day", ["huttwil_league", "leuenberger"], "On 14 May 1653 delegates of the rural communes")
ev(k, "bern_besieged", "1653-05-22", "day", ["leuenberger", "bern"], "On 22 May 1653 Leuenberger's men besieged Bern")
ev(k, "murifeld_peace", "1653-05-28", "day", ["leuenberger", "murifeld"], "six days later he signed the peace on the Murifeld")
ev(k, "wohlenschwil_battle", "1653-06-03", "day", ["werdmuller", "huttwil_league", "wohlenschwil"],
   "beat the league at Wohlenschwil on 3 June 1653")
ev(k, "herzogenbuchsee_battle", "1653-06-07", "day", ["erlach", "huttwil_league", "herzogenbuchsee"],
   "On 7 June 1653 Bern's own troops")
ev(k, "leuenberger_arrested", "1653-06-09", "day", ["tribolet", "leuenberger"], "arrested Leuenberger on 9 June 1653")
ev(k, "schybi_executed", "1653-07", "month", ["schybi", "sursee"], "Schybi was tortured and executed at Sursee in July")
ev(k, "leuenberger_executed", "1653-09-06", "day", ["leuenberger", "bern"], "beheaded and quartered in Bern on 6 September 1653")
ev(k, "monument_1903", "1903", "year", ["ruderswil"], "In 1903 the village put up the monument")
ev(k, "results_presented", "2026-02-09", "day", ["gesellschaft", "ueli", "regula"],
   "On 9 February 2026 we presented the results")
cl(k, "regula", "We have told visitors for forty years that this was his granary. Now we can tell them the wood agrees,")
cl(k, "gfeller", "The wood says 1641. The rest is still a story, and we will tell it as one.")
cl(k, "tschanz", "A granary of 1641 in this condition would be protected even without the peasant war. With it, nobody will argue.")
NOISE.append({"source": k, "names": ["Alpine Tree-Ring Consortium", "Kernholz Software GmbH", "Kernholz Software"]})
ACC += ["HOLZJAHR DENDROLABOR AG", "Holzjahr Dendrolabor AG", "Holzjahr Dendrolabor", "Thun", "Dendrochronology",
        "Wood anatomy", "Building archaeology", "Home", "Services", "Reports", "Sampling guide", "Prices", "Contact",
        "REPORT DL-2026-014", "DL-2026-014", "Speicher", "Client", "Client contact", "Owners", "Sampling", "Report issued",
        "Status", "Final", "COMMISSION", "OBJECT AND METHOD", "RESULTS", "Sample", "Element", "Species", "Rings",
        "Last ring", "Bark edge", "Felling", "RU-01", "RU-02", "RU-03", "RU-04", "RU-05", "RU-06", "RU-07", "RU-08",
        "RU-09", "RU-10", "RU-14", "Sill", "Block", "Door", "Rafter", "N", "E", "INTERPRETATION", "Five",
        "HISTORICAL NOTE", "CONCLUSION AND USE", "Bernese", "Obmann", "Dr. Seraina Tschanz-Ochola", "Dr. Tschanz-Ochola",
        "Dr. Reto Zbinden-Mutua", "Leuenberger's", "Bern's", "Whether", "Report", "The", "In", "On", "We", "A", "With",
        "Now", "Results", "This", "Christian", "Samuel", "Conrad"]
BP[k] = "TERMS OF ENGAGEMENT AND ACCREDITATION"


# ---------------- i03 Uva and Wellassa, Keppetipola and the great rebellion (1817-1818): a typeface specimen page ----------------
k = "i03"
P(k, "wickramaratne", "Nadeesha Wickramaratne-Falk", "Nadeesha Wickramaratne-Falk", "Wickramaratne-Falk")
P(k, "brownrigg", "Robert Brownrigg", "Robert Brownrigg", "Brownrigg")
P(k, "marikar", "Hadji Marikar", "Hadji Marikar", "Haji Marikkar")
P(k, "wilson", "Sylvester Douglas Wilson")
P(k, "wilbawe", "Wilbawe", "Wilbawe", "Doraisamy")
P(k, "keppetipola", "Keppetipola Disawe", "Keppetipola Disawe", "Monarawila Keppetipola", "Keppetipola")
P(k, "madugalle", "Madugalle")
P(k, "wariyapola", "Wariyapola Sumangala")
P(k, "ekanayake", "Sarath Ekanayake-Sandhu")
P(k, "herath", "Chamari Herath-Baxter")
G(k, "uva_council", "Uva Provincial Council")
G(k, "asgiriya", "Asgiriya chapter")
G(k, "ruhuna", "University of Ruhuna")
L(k, "badulla", "Badulla")
L(k, "wellassa", "Wellassa")
L(k, "uva", "Uva")
L(k, "kandy", "Kandy")
L(k, "anuradhapura", "Anuradhapura")
rels(k, [("marikar", "holds_office", "wellassa"), ("wilson", "holds_office", "badulla"), ("keppetipola", "holds_office", "uva"),
         ("keppetipola", "allied_with", "wilbawe"), ("madugalle", "allied_with", "keppetipola"),
         ("wariyapola", "member_of", "asgiriya"), ("brownrigg", "opposed_to", "keppetipola"),
         ("ekanayake", "member_of", "ruhuna"), ("herath", "leads", "uva_council")])
ev(k, "commission_2024", "2024", "year", ["uva_council"], "In 2024 the Uva Provincial Council asked us")
ev(k, "convention_1815", "1815", "year", ["brownrigg"], "In 1815 the chiefs of the hill kingdom signed")
ev(k, "marikar_killed", "1817-10", "month", ["marikar", "wellassa"], "In October 1817 men of Wellassa killed Hadji Marikar")
ev(k, "wilson_killed", "1817-10", "approximate", ["wilson", "badulla"], "was killed a few days later")
ev(k, "keppetipola_captured", "1818-10-28", "day", ["keppetipola", "anuradhapura"], "captured at Anuradhapura on 28 October 1818")
ev(k, "keppetipola_beheaded", "1818-11-26", "day", ["keppetipola", "madugalle", "kandy"],
   "beheaded at Kandy on 26 November 1818")
ev(k, "skull_returned", "1954", "year", ["keppetipola"], "returned in 1954")
ev(k, "gazette_2017", "2017-12", "month", ["keppetipola"], "In December 2017 a government gazette")
ev(k, "signs_up", "2025-11", "month", ["badulla"], "went up along the memorial walk in Badulla last November")
cl(k, "wickramaratne", "Most bilingual families are a Latin face with a second script bolted on,")
cl(k, "wickramaratne", "We started from the other end, and the Latin had to learn to sit down.")
cl(k, "wickramaratne", "The drawing office kept a print of the gazette on the wall,")
cl(k, "wickramaratne", "It reminded us that letters decide who is called a traitor.")
cl(k, "ekanayake", "The spelling of the chiefs' names changes from one archive to the next,")
cl(k, "ekanayake", "A typeface cannot fix that, but it can at least set both spellings well.")
cl(k, "herath", "Our grandchildren will read these names in their own letters. That was the point of the whole exercise.")
NOISE.append({"source": k, "names": ["Lankapay Gateway", "Lankapay", "Tallyhaus", "Postbird Mail", "Postbird"]})
ACC += ["AKURU TYPE CO.", "Akuru Type Co.", "Akuru Type", "Akuru", "Fonts", "In use", "Custom work", "Journal", "Licensing",
        "Cart", "Wellassa Text", "Wellassa Display", "Sinhalese", "Latin", "Version", "Released", "OpenType",
        "TRY IT", "Type here", "The quick brown fox", "THE FAMILY", "Light", "Regular", "Italic", "Medium", "Bold", "Black",
        "Sizes shown", "ABOUT THIS TYPEFACE", "WHY THE NAME", "Kandyan Convention", "the Kandyan Convention", "Kandyan",
        "British", "Sir Robert Brownrigg", "Major Sylvester Douglas Wilson", "Disawe", "Tooth Relic", "the Tooth Relic",
        "Keppetipola's", "Prof. Sarath Ekanayake-Sandhu", "THE MEMORIAL WALK", "SPECIFICATIONS", "Scripts", "Formats",
        "Numerals", "Licences", "OTF", "TTF", "WOFF2", "Western", "Central European", "Desktop", "Council", "the Council",
        "Most", "Instead", "Our", "Two", "To", "The", "In", "It", "We", "A"]
BP[k] = "LICENSING, PRIVACY AND SITE NOTICES"


# ---------------- i04 Mashonaland, Charwe Nyakasikana (Mbuya Nehanda) and the rising of 1896-1897: a baby name page ----------------
k = "i04"
P(k, "charwe", "Charwe Nyakasikana", "Charwe Nyakasikana", "Charwe", "Nehanda")
P(k, "kaguvi", "Kaguvi", "Kaguvi", "Gumboreshumba")
P(k, "rhodes", "Cecil Rhodes")
P(k, "pollard", "Henry Hawkins Pollard", "Henry Hawkins Pollard", "Pollard")
P(k, "vera", "Yvonne Vera")
P(k, "musarurwa", "Tendai Musarurwa-Fleming")
P(k, "chiweshe", "Farai Chiweshe-Okello")
P(k, "chimbindi", "Rudo Chimbindi-Askew")
G(k, "bsac", "British South Africa Company", "British South Africa Company", "BSAC")
G(k, "msu", "Midlands State University")
L(k, "mazowe", "Mazowe")
L(k, "mashonaland", "Mashonaland")
L(k, "luton", "Luton")
L(k, "coventry", "Coventry")
rels(k, [("rhodes", "founded", "bsac"), ("bsac", "controls", "mashonaland"), ("charwe", "opposed_to", "bsac"),
         ("kaguvi", "opposed_to", "bsac"), ("kaguvi", "allied_with", "charwe"), ("pollard", "member_of", "bsac"),
         ("pollard", "holds_office", "mazowe"), ("chimbindi", "member_of", "msu")])
ev(k, "occupation_1890", "1890", "year", ["bsac", "mashonaland", "rhodes"], "In 1890 the British South Africa Company")
ev(k, "shona_rising", "1896-06", "month", ["charwe", "kaguvi"], "In June 1896, a few months after the Ndebele had risen")
ev(k, "pollard_killed", "1896-06", "month", ["pollard", "mazowe", "charwe"], "was killed by Nehanda's followers that same month")
ev(k, "rising_broken", "1897", "approximate", ["bsac"], "By the end of 1897 the Company's forces had broken the rising")
ev(k, "nehanda_captured", "1897-12", "month", ["charwe"], "Nehanda was captured in December 1897")
ev(k, "hanged_1898", "1898-04-27", "day", ["charwe", "kaguvi"], "hanged on 27 April 1898")
ev(k, "vera_novel", "1993", "year", ["vera"], "In 1993 the novelist Yvonne Vera published Nehanda")
ev(k, "statue_2021", "2021-05", "month", ["charwe"], "In May 2021 a bronze statue of Mbuya Nehanda was unveiled")
ev(k, "daughter_born", "2026-03", "month", ["musarurwa"], "who was born last March")
cl(k, "musarurwa", "My grandmother told me the story every time it rained,")
cl(k, "musarurwa", "I wanted my daughter to carry a name that people have to ask about.")
cl(k, "musarurwa", "My uncle said it was too heavy a name for a baby,")
cl(k, "musarurwa", "I told him she would grow into it.")
cl(k, "chiweshe", "At school she can be Rumbi. When she is ready, she has Nehanda.")
cl(k, "chimbindi", "Charwe was a woman who was hanged. Nehanda is a spirit who was there before her and, people believe, after her. A name can honour both, but a history page should not confuse them.")
NOISE.append({"source": k, "names": ["MamaOfThree_Harlow", "kuda.p", "Shingai Mhlanga-Larsson", "Cradlebook Media Ltd",
                                     "Cradlebook Media", "Arbeta Cloud"]})
ACC += ["NAMEROOTS", "NameRoots", "Browse A–Z", "Girls", "Boys", "Unisex", "By origin", "Name lists", "Forum", "Sign in",
        "Names", "Origin", "Shona", "Girl", "Girl's name", "AT A GLANCE", "Gender", "Pronunciation",
        "Short forms", "Handa", "Nena", "Popularity", "Rising", "Saved by", "MEANING", "Mbuya Nehanda", "Mbuya",
        "THE NEHANDA OF 1896", "Ndebele", "Sekuru Kaguvi", "Sekuru", "BSAC's", "Nehanda's", "Company", "the Company",
        "Company's", "Pollard's", "POPULARITY ON NAMEROOTS", "Year", "Babies", "Rank", "Shona-origin", "PARENTS' STORIES",
        "Rumbi", "A NOTE ON ACCURACY", "Dr. Rudo Chimbindi-Askew", "SIMILAR NAMES", "Tariro", "Rutendo", "Chiedza",
        "Nyasha", "Vimbai", "Ruvimbo", "Older", "Among", "By", "Not", "She", "My", "At", "When", "I", "In", "The", "A"]
BP[k] = "COMMENTS (23)"


# ---------------- i05 the Tunisian interior, Ali Ben Ghedhahem and the mejba revolt (1864): fashion show notes ----------------
k = "i05"
P(k, "selima", "Selima Ben Romdhane-Ekström", "Selima Ben Romdhane-Ekström", "Ben Romdhane-Ekström")
P(k, "sadok", "Sadok Bey")
P(k, "khaznadar", "Mustapha Khaznadar", "Mustapha Khaznadar", "Khaznadar")
P(k, "ghedhahem", "Ali Ben Ghedhahem", "Ali Ben Ghedhahem", "Ben Ghedhahem", "Ali Ben Ghdahem", "Bey el-Ouma")
P(k, "zarrouk", "Ahmed Zarrouk")
P(k, "fraj", "Mabrouka Fraj-Nilsson")
P(k, "ayari", "Hichem Ayari-Coleman")
P(k, "karoui", "Inès Karoui")
P(k, "jebali", "Oumaima Jebali")
P(k, "sfar", "Amel Sfar")
P(k, "ghazi", "Lobna Ghazi")
G(k, "inp", "Institut National du Patrimoine")
G(k, "majer", "Majer")
G(k, "fraichiche", "Fraichiche")
G(k, "jlass", "Jlass")
G(k, "hemamma", "Hemamma")
G(k, "cooperative", "Coopérative des Tisseuses de Thala")
G(k, "univ_kairouan", "Université de Kairouan")
L(k, "sbeitla", "Sbeïtla", "Sbeïtla", "Sbeitla", "Sufetula")
L(k, "thala", "Thala")
L(k, "kasserine", "Kasserine")
L(k, "oueslatia", "Oueslatia")
L(k, "bargou", "Bargou")
L(k, "kairouan", "Kairouan")
L(k, "sidi_bouzid", "Sidi Bouzid")
L(k, "cap_bon", "Cap Bon")
L(k, "monastir", "Monastir")
L(k, "msaken", "Msaken")
L(k, "la_goulette", "La Goulette")
rels(k, [("ghedhahem", "leads", "majer"), ("fraichiche", "allied_with", "ghedhahem"), ("jlass", "allied_with", "ghedhahem"),
         ("hemamma", "allied_with", "ghedhahem"), ("ghedhahem", "opposed_to", "sadok"), ("khaznadar", "reports_to", "sadok"),
         ("zarrouk", "reports_to", "sadok"), ("fraj", "leads", "cooperative"), ("ayari", "member_of", "univ_kairouan")])
ev(k, "mejba_doubled", "1863", "year", ["sadok", "khaznadar"], "In 1863 the government of Sadok Bey")
ev(k, "ghedhahem_born", "1814", "year", ["ghedhahem", "sbeitla"], "was born at Sbeitla in 1814")
ev(k, "revolt_declared", "1864-04", "month", ["ghedhahem", "fraichiche", "jlass", "hemamma", "sadok"],
   "in April 1864 Ben Ghedhahem and his allies declared their revolt")
ev(k, "coast_punished", "1864", "approximate", ["zarrouk", "monastir", "msaken"], "In the autumn of 1864 General Ahmed Zarrouk")
ev(k, "ghedhahem_escaped", "1865", "year", ["ghedhahem"], "escaped across the western border in 1865")
ev(k, "ghedhahem_taken", "1866", "year", ["ghedhahem"], "was taken in 1866")
ev(k, "ghedhahem_died", "1867-10", "month", ["ghedhahem", "la_goulette"], "He died in prison at La Goulette in October 1867")
ev(k, "cooperative_founded", "2019", "year", ["cooperative"], "a group of thirty-one weavers founded in 2019")
ev(k, "last_fitting", "2026-01", "month", ["fraj"], "at the last fitting, in January")
cl(k, "fraj", "My mother wove margoum for the tourists and for the dowry,")
cl(k, "fraj", "For this, we wove for a story. The women worked faster.")
cl(k, "ayari", "Fashion usually borrows the costume and forgets the tax,")
cl(k, "ayari", "This time the tax is the whole subject, and I think Ben Ghedhahem would have liked the coats better than the banners.")
cl(k, "selima", "A coat can carry anything. That is what coats are for.")
NOISE.append({"source": k, "names": ["Halfa Relations", "Qantara Pictures"]})
ACC += ["SELIMA B.R.", "Selima B.R.", "Collections", "The workshop", "Stockists", "Press", "Journal", "Français",
        "Show notes", "MEJBA", "Mejba", "Autumn–Winter 2026", "Archaeological site of Sbeïtla", "Menswear", "Seated",
        "FROM THE DESIGNER", "THE STORY BEHIND THE NAME", "the Bey", "Bey", "Bey's", "the Bey's", "Khaznadar's",
        "General Ahmed Zarrouk", "French", "THE CLOTH", "LOOKS", "Blanket", "Burnous", "Wide", "Column", "Tailored",
        "Tunic", "Final", "A HISTORIAN'S VIEW", "Dr. Hichem Ayari-Coleman", "Fashion", "CREDITS", "Styling", "Casting",
        "Music", "Hair", "His", "He", "All", "This", "When", "My", "For", "I", "The", "In", "A", "Ali", "Ahmed", "Mustapha"]
BP[k] = "PRESS CONTACT AND IMAGE RIGHTS"


# ---------------- i06 the hills of Coro, José Leonardo Chirino and the insurrection of 1795: a minor planet naming proposal ----------------
k = "i06"
P(k, "colina", "Yuleisy Colina-Haugen", "Yuleisy Colina-Haugen", "Y. Colina-Haugen")
P(k, "urdaneta", "Eudomar Urdaneta-Bakke", "Eudomar Urdaneta-Bakke", "E. Urdaneta-Bakke")
P(k, "chirino", "José Leonardo Chirino", "José Leonardo Chirino", "Chirino", "José Leonardo Chirinos")
P(k, "telleria", "José Tellería")
P(k, "gonzalez", "José Caridad González")
P(k, "iturbe", "Juan Manuel Iturbe")
P(k, "valderrain", "Mariano Ramírez Valderrain", "Mariano Ramírez Valderrain", "Ramírez Valderrain")
P(k, "zarraga", "Yarubí Zárraga-Pettersen")
P(k, "sierralta", "Oswaldo Sierralta-Brenninkmeyer")
G(k, "mpc", "Minor Planet Center", "Minor Planet Center", "MPC")
G(k, "loangos", "Loangos")
G(k, "audiencia", "Real Audiencia")
G(k, "unefm", "Universidad Nacional Experimental Francisco de Miranda",
  "Universidad Nacional Experimental Francisco de Miranda", "UNEFM")
G(k, "wgsbn", "Working Group Small Bodies Nomenclature", "Working Group Small Bodies Nomenclature", "WGSBN")
G(k, "iau", "International Astronomical Union")
L(k, "cerro_santa_ana", "Cerro Santa Ana")
L(k, "paraguana", "Paraguaná")
L(k, "sierra_de_coro", "Sierra de Coro")
L(k, "curimagua", "Curimagua")
L(k, "coro", "Coro", "Coro", "Santa Ana de Coro")
L(k, "macanillas", "Macanillas")
rels(k, [("chirino", "reports_to", "telleria"), ("telleria", "holds_office", "coro"), ("gonzalez", "leads", "loangos"),
         ("chirino", "allied_with", "gonzalez"), ("iturbe", "holds_office", "coro"), ("valderrain", "holds_office", "coro"),
         ("valderrain", "opposed_to", "chirino"), ("zarraga", "member_of", "unefm"), ("wgsbn", "part_of", "iau")])
ev(k, "discovery", "2019-10-07", "day", ["colina", "urdaneta", "cerro_santa_ana"], "on the night of 7 October 2019")
ev(k, "numbered", "2025-03", "month", ["mpc"], "numbered by the Minor Planet Center (MPC) in March 2025")
ev(k, "iturbe_tax", "1790", "year", ["iturbe", "coro"], "had enforced harshly since 1790")
ev(k, "rising_1795", "1795-05-10", "day", ["chirino", "gonzalez", "macanillas"], "on 10 May 1795 the rising broke out at Macanillas")
ev(k, "march_on_coro", "1795-05", "approximate", ["coro", "valderrain", "chirino"],
   "Within days some three hundred rebels marched on Santa Ana de Coro")
ev(k, "chirino_captured", "1795-08", "month", ["chirino"], "he was captured in August 1795")
ev(k, "chirino_hanged", "1796-12-10", "day", ["chirino", "audiencia"], "hanged in the capital of the captaincy on 10 December 1796")
ev(k, "assembly_vote", "2026-02-14", "day", ["colina", "zarraga", "sierralta"],
   "The proposal was approved by the general assembly last Saturday")
ev(k, "submitted", "2026-02-16", "day", ["wgsbn", "iau"], "of the International Astronomical Union, on Monday")
cl(k, "colina", "We find these rocks in the dark, and for once we get to decide who is remembered in the dark,")
cl(k, "zarraga", "The citation had to fit in a few lines, so it leaves out José Caridad González, and that troubles me,")
cl(k, "zarraga", "If we ever get a second rock, it is his.")
cl(k, "sierralta", "Chirino did more for the people of this peninsula than any astronomer,")
cl(k, "sierralta", "But the point is taken, and the next name will be a scientist's.")
NOISE.append({"source": k, "names": ["Punto Fijo", "Médano Digital"]})
ACC += ["ASOCIACIÓN ASTRONÓMICA DE PARAGUANÁ", "Asociación Astronómica de Paraguaná", "Inicio", "Observatorio",
        "Actividades", "Descubrimientos", "Socios", "Contacto", "English", "Discoveries", "Naming proposals", "AAP-N-007",
        "NAMING PROPOSAL AAP-N-007", "(614275) CHIRINO", "(614275) Chirino", "Status", "THE OBJECT", "Designation",
        "Type", "Main-belt", "Orbit", "AU", "Estimated diameter", "Station", "Discovery credit", "TC218", "PROPOSED CITATION",
        "Black", "Indigenous", "French", "Dutch", "Captured", "WHY THIS NAME", "Haciendas", "Chirino's", "WHAT MEMBERS SAID",
        "Dr. Yarubí Zárraga-Pettersen", "Two", "NEXT STEPS", "Decisions", "If", "Our", "It", "Among", "Back", "Some", "His",
        "The", "We", "But", "José", "José Leonardo", "Leonardo"]
BP[k] = "Asociación Astronómica de Paraguaná · Asociación civil sin fines de lucro"


# ---------------- i07 St Thomas in the East, Paul Bogle and the Morant Bay rising (1865): a parish burial register transcription ----------------
k = "i07"
P(k, "grandison", "Marcia Grandison-Pyke")
P(k, "ebanks", "Delroy Ebanks-Lindahl")
P(k, "lindo", "Hyacinth Lindo")
P(k, "ketelhodt", "Maximilian von Ketelhodt", "Maximilian August von Ketelhodt", "Maximilian von Ketelhodt", "Ketelhodt")
P(k, "herschell", "Victor Herschell")
P(k, "cooke", "S. Cooke")
P(k, "price", "Charles Price")
P(k, "morrison", "Icilda Morrison")
P(k, "pusey", "Maud Pusey")
P(k, "rennals", "Obadiah Rennals")
P(k, "trewhella", "W. Trewhella")
P(k, "bogle", "Paul Bogle", "Paul Bogle", "Bogle")
P(k, "hitchins", "Edward Hitchins")
P(k, "eyre", "Edward John Eyre", "Edward John Eyre", "Eyre")
P(k, "fyfe", "Alexander Fyfe")
P(k, "ramsay", "Gordon Ramsay")
P(k, "gordon", "George William Gordon")
P(k, "bogle_whyte", "Lurline Bogle-Whyte")
G(k, "registrar", "Registrar General's Department")
G(k, "native_baptist", "Native Baptist")
G(k, "volunteers", "St Thomas in the East Volunteers")
G(k, "maroons", "Maroons")
G(k, "assembly", "House of Assembly")
G(k, "committee", "Stony Gut Heritage Committee")
L(k, "st_thomas", "St Thomas in the East", "St Thomas in the East", "St Thomas-in-the-East")
L(k, "morant_bay", "Morant Bay")
L(k, "port_morant", "Port Morant")
L(k, "bath", "Bath")
L(k, "yallahs", "Yallahs")
L(k, "stony_gut", "Stony Gut")
L(k, "moore_town", "Moore Town")
rels(k, [("bogle", "member_of", "native_baptist"), ("hitchins", "leads", "volunteers"), ("volunteers", "opposed_to", "bogle"),
         ("ketelhodt", "holds_office", "st_thomas"), ("eyre", "opposed_to", "bogle"), ("fyfe", "leads", "maroons"),
         ("maroons", "opposed_to", "bogle"), ("gordon", "member_of", "assembly"), ("gordon", "allied_with", "bogle"),
         ("bogle_whyte", "leads", "committee")])
ev(k, "court_house_rescue", "1865-10-07", "day", ["morant_bay"], "On 7 October 1865 a crowd at the court house")
ev(k, "police_overpowered", "1865-10-10", "day", ["bogle", "stony_gut"], "on 10 October the police who came to arrest him")
ev(k, "morant_bay_rising", "1865-10-11", "day", ["bogle", "morant_bay", "volunteers", "ketelhodt", "hitchins"],
   "On 11 October 1865 Bogle led several hundred men")
ev(k, "martial_law", "1865-10-13", "day", ["eyre"], "proclaimed martial law in the county on 13 October 1865")
ev(k, "four_buried", "1865-10-14", "day", ["ketelhodt", "herschell", "cooke", "price"], "the four men buried together on 14 October")
ev(k, "gordon_hanged", "1865-10-23", "day", ["gordon", "morant_bay"], "He was hanged on 23 October 1865")
ev(k, "bogle_captured", "1865-10-23", "day", ["bogle", "maroons"], "The Maroons captured Bogle on 23 October")
ev(k, "bogle_hanged", "1865-10-24", "day", ["bogle", "morant_bay"], "he was hanged at the burnt court house the next day")
ev(k, "eyre_recalled", "1866", "year", ["eyre"], "Eyre was recalled in 1866")
ev(k, "national_heroes", "1969", "year", ["bogle", "gordon"], "In 1969 Paul Bogle and George William Gordon")
ev(k, "wreath_2025", "2025-10-11", "day", ["bogle_whyte", "committee", "morant_bay"],
   "laid a wreath at the court house this morning")
cl(k, "grandison", "I have transcribed perhaps twenty thousand burials. These four lines took me an afternoon,")
cl(k, "grandison", "It is the gaps around them that take the time.")
cl(k, "ebanks", "People will search this page for Bogle and not find him. That absence is the record too.")
cl(k, "bogle_whyte", "We are not asking the register to say what it never said,")
cl(k, "bogle_whyte", "We are asking people to read the empty space.")
NOISE.append({"source": k, "names": ["Blue Hole Foundation", "Kingfisher Webworks"]})
ACC += ["EASTERN PARISHES ROOTS", "Eastern Parishes Roots", "Home", "Parishes", "Baptisms", "Marriages", "Burials",
        "How to search", "Volunteers", "Donate", "Log in", "Register 4", "BURIALS IN THE PARISH OF ST THOMAS IN THE EAST",
        "Transcribed", "ABOUT THIS TRANSCRIPTION", "No", "Name", "Abode", "Buried", "Age", "By whom", "Oct",
        "TRANSCRIBER'S NOTE ON ENTRIES 482 TO 485", "Warrants", "Captain Edward Hitchins", "Baron Maximilian von Ketelhodt",
        "Baron", "Governor Edward John Eyre", "Bogle's", "Deacon Bogle", "Deacon", "VOLUNTEERS' REMARKS", "People",
        "None", "After", "These", "They", "It", "I", "We", "The", "In", "On", "He", "Maximilian", "Victor", "Charles",
        "George", "William", "Edward", "Alexander", "Gordon"]
BP[k] = "COPYRIGHT, CORRECTIONS AND SUPPORT"


# ---------------- i08 New Mexico, Popé and the knotted cords of 1680: a patent publication page ----------------
k = "i08"
P(k, "roybal", "Ezequiel Roybal-Tsosie")
P(k, "abeyta", "Kendra Abeyta-Moulder")
P(k, "hartsell", "Gwynne Hartsell")
P(k, "trevino", "Juan Francisco Treviño")
P(k, "pope", "Popé", "Popé", "Po'pay")
P(k, "tupatu", "Luis Tupatú")
P(k, "catua", "Nicolás Catua")
P(k, "omtua", "Pedro Omtua")
P(k, "otermin", "Antonio de Otermín", "Antonio de Otermín", "Otermín")
P(k, "fragua", "Cliff Fragua")
P(k, "chavarria", "Loretta Chavarria-Rhys")
P(k, "tafoya", "Delfina Tafoya-Brenner")
G(k, "knotwise", "Knotwise Learning, Inc.", "Knotwise Learning, Inc.", "Knotwise Learning")
G(k, "brandvold", "Brandvold & Espinosa LLP")
L(k, "los_lunas", "Los Lunas")
L(k, "new_mexico", "New Mexico")
L(k, "santa_fe", "Santa Fe")
L(k, "ohkay_owingeh", "Ohkay Owingeh")
L(k, "taos", "Taos")
L(k, "picuris", "Picuris")
L(k, "tesuque", "Tesuque")
L(k, "statuary_hall", "National Statuary Hall")
rels(k, [("roybal", "member_of", "knotwise"), ("abeyta", "member_of", "knotwise"), ("trevino", "holds_office", "new_mexico"),
         ("otermin", "holds_office", "new_mexico"), ("pope", "opposed_to", "otermin"), ("tupatu", "allied_with", "pope"),
         ("tupatu", "holds_office", "picuris"), ("pope", "controls", "santa_fe")])
ev(k, "arrests_1675", "1675", "year", ["trevino", "santa_fe"], "In 1675 the Spanish governor of New Mexico")
ev(k, "runners_caught", "1680-08-09", "day", ["catua", "omtua", "tesuque"], "On 9 August 1680 two of the runners")
ev(k, "rising_1680", "1680-08-10", "day", ["pope", "tesuque"], "the towns rose a day early, on 10 August 1680")
ev(k, "santa_fe_abandoned", "1680-08-21", "day", ["otermin", "santa_fe"], "On 21 August 1680 Otermín abandoned the town")
ev(k, "spanish_return", "1692", "year", ["santa_fe", "pope"], "until the Spanish returned in 1692")
ev(k, "santa_fe_held", "1680", "range", ["pope", "santa_fe"], "Popé and his allies held Santa Fe for twelve years", end="1692")
ev(k, "pope_died", "1688", "approximate", ["pope"], "Popé himself died around 1688")
ev(k, "statue_2005", "2005", "year", ["pope", "fragua", "statuary_hall"], "In 2005 a marble statue of Popé")
ev(k, "study_2019", "2019", "year", ["chavarria"], "in her study of the revolt (2019)")
ev(k, "consent_letter", "2024-02-08", "day", ["tafoya", "ohkay_owingeh"], "In her letter of 8 February 2024")
cl(k, "chavarria", "The knotted cord was a calendar that every town could hold in one hand,")
cl(k, "chavarria", "It told everyone the same date and told the governor nothing.")
cl(k, "tafoya", "A counting cord is a good thing to give a child. We asked only that no one sell it as a copy of the cords of 1680, and the applicant agreed.")
NOISE.append({"source": k, "names": ["Pinecrest Toys LLC", "Pinecrest Toys", "Haptiq Labs Oy", "Haptiq Labs",
                                     "Brailleworks GmbH", "Brailleworks", "Claimsight Data Services"]})
ACC += ["CLAIMSIGHT", "Claimsight", "Search", "Advanced search", "Classifications", "Alerts", "Help", "Sign in", "Results",
        "US 12,523,417 B2", "Legal status", "Active", "Granted", "Application", "Inventors", "Assignee",
        "Attorney, agent or firm", "Primary examiner", "ABSTRACT", "DESCRIPTION", "BACKGROUND", "Pueblo Revolt",
        "the Pueblo Revolt", "Spanish", "Tewa", "Jemez", "Franciscan", "Capitol", "the Capitol", "Governor",
        "Popé's", "Existing", "SUMMARY", "DETAILED DESCRIPTION", "FIG", "FIG. 1", "FIG. 2", "CLAIMS", "Pulling", "Runners",
        "Every", "About", "Among", "Each", "The", "In", "On", "A", "Luis", "Pedro", "Antonio", "Juan Francisco", "Nicolás"]
BP[k] = "CITED BY (3) · SIMILAR DOCUMENTS · LEGAL EVENTS"

# month and day names and other words that the --unlisted review showed, acceptable in any source
ACC += ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "December's", "Local",
        "That", "Page", "Within", "Counting", "G09B", "G04F"]

W.write()
