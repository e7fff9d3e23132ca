"""Builds gold.json for the twenty-fourth held-out set (heldout24) from the annotations below (run:
python3 eval/heldout24/build_gold.py). Edit here, rebuild, then run check_gold.py.

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


# ---------------- i01 France, the Vendée war and the Catholic and Royal Army: a chess club newsletter column ----------------
k = "i01"
P(k, "fairweather", "Niall Fairweather-Osei")
P(k, "meenakshi", "Meenakshi Venkataraman", "Meenakshi Venkataraman", "Meenakshi")
P(k, "merand", "Anne-Laure Mérand", "Anne-Laure Mérand", "Mérand")
P(k, "chauviere", "Gildas Chauvière", "Gildas Chauvière", "Chauvière")
P(k, "cathelineau", "Jacques Cathelineau", "Jacques Cathelineau", "Cathelineau")
P(k, "bonchamps", "Charles de Bonchamps", "Charles de Bonchamps", "Bonchamps")
P(k, "delbee", "Maurice d'Elbée", "Maurice d'Elbée", "d'Elbée")
P(k, "lescure", "Louis de Lescure")
P(k, "larochejaquelein", "Henri de La Rochejaquelein", "Henri de La Rochejaquelein", "La Rochejaquelein")
P(k, "stofflet", "Jean-Nicolas Stofflet", "Jean-Nicolas Stofflet", "Stofflet")
P(k, "kleber", "Jean-Baptiste Kléber")
P(k, "westermann", "François-Joseph Westermann", "François-Joseph Westermann", "Westermann")
P(k, "turreau", "Louis-Marie Turreau")
P(k, "charette", "François Athanase Charette de La Contrie", "François Athanase Charette de La Contrie", "Charette")
P(k, "travot", "Jean-Pierre Travot")
P(k, "jean_chouan", "Jean Cottereau", "Jean Cottereau", "Jean Chouan")
P(k, "david_dangers", "David d'Angers", "David d'Angers", "David")
G(k, "echiquier_mauges", "Échiquier Club des Mauges")
G(k, "convention", "National Convention")
G(k, "cra", "Catholic and Royal Army", "Catholic and Royal Army", "Armée catholique et royale", "Whites")
G(k, "army_west", "Army of the West", "Army of the West", "Armée de l'Ouest")
G(k, "infernal_columns", "infernal columns", "infernal columns", "colonnes infernales")
G(k, "army_marais", "Army of the Marais")
G(k, "chouans", "Chouans")
L(k, "saint_florent", "Saint-Florent-le-Vieil", "Saint-Florent-le-Vieil", "Saint-Florent")
L(k, "loire", "Loire")
L(k, "anjou", "Anjou")
L(k, "vendee", "Vendée")
L(k, "paris", "Paris")
L(k, "le_pin", "Le Pin-en-Mauges")
L(k, "cholet", "Cholet")
L(k, "mauges", "Mauges")
L(k, "bocage", "Bocage")
L(k, "poitou", "Poitou")
L(k, "saumur", "Saumur")
L(k, "nantes", "Nantes")
L(k, "granville", "Granville")
L(k, "le_mans", "Le Mans")
L(k, "savenay", "Savenay")
L(k, "noirmoutier", "Noirmoutier")
L(k, "nuaille", "Nuaillé")
L(k, "la_jaunaye", "La Jaunaye")
L(k, "angers", "Angers")
rels(k, [("merand", "member_of", "echiquier_mauges"), ("cra", "controls", "mauges"),
         ("cathelineau", "leads", "cra"), ("bonchamps", "leads", "cra"), ("delbee", "leads", "cra"), ("lescure", "leads", "cra"),
         ("larochejaquelein", "leads", "cra"), ("stofflet", "member_of", "cra"), ("delbee", "holds_office", "cra"),
         ("army_west", "opposed_to", "cra"), ("kleber", "member_of", "army_west"), ("westermann", "member_of", "army_west"),
         ("turreau", "leads", "army_west"), ("turreau", "leads", "infernal_columns"), ("charette", "leads", "army_marais"),
         ("army_marais", "allied_with", "cra"), ("jean_chouan", "leads", "chouans")])
ev(k, "open_des_mauges", "2023-10-06", "range", ["meenakshi", "fairweather", "saint_florent"], "played from 6 to 8 October",
   end="2023-10-08")
ev(k, "town_walk", "2023-10-07", "day", ["chauviere", "saint_florent"], "on the Saturday evening")
ev(k, "round_four", "2023-10-08", "day", ["meenakshi", "merand"], "on the Sunday morning")
ev(k, "conscription_riot", "1793-03-12", "day", ["saint_florent", "convention"], "On 12 March 1793")
ev(k, "cholet_taken", "1793-03-14", "day", ["cathelineau", "cholet"], "Two days later a carter")
ev(k, "mauges_held", "1793-04", "approximate", ["cra", "mauges"], "By the end of April")
ev(k, "saumur", "1793-06-09", "day", ["cra", "saumur"], "took Saumur on 9 June 1793")
ev(k, "nantes_attack", "1793-06-29", "day", ["cathelineau", "nantes"], "on 29 June")
ev(k, "cathelineau_died", "1793-07-14", "day", ["cathelineau"], "died on 14 July")
ev(k, "cholet_battle", "1793-10-17", "day", ["army_west", "cra", "bonchamps", "cholet"], "On 17 October 1793")
ev(k, "loire_crossing", "1793-10-18", "day", ["cra", "larochejaquelein", "loire"], "The next day the survivors")
ev(k, "le_mans", "1793-12-12", "range", ["army_west", "le_mans"], "at Le Mans on 12-13 December", end="1793-12-13")
ev(k, "savenay", "1793-12-23", "day", ["army_west", "savenay"], "at Savenay on 23 December 1793")
ev(k, "delbee_shot", "1794-01", "approximate", ["delbee", "noirmoutier"], "early in January 1794")
ev(k, "larochejaquelein_killed", "1794-01-28", "day", ["larochejaquelein", "nuaille"], "on 28 January")
ev(k, "infernal_columns", "1794-01", "range", ["turreau", "infernal_columns", "army_west"], "From January to May 1794",
   end="1794-05")
ev(k, "la_jaunaye", "1795", "year", ["charette", "la_jaunaye"], "at La Jaunaye in 1795")
ev(k, "charette_captured", "1796-03", "month", ["charette", "travot"], "in March 1796")
ev(k, "charette_shot", "1796-03-29", "day", ["charette", "nantes"], "shot in Nantes on 29 March")
ev(k, "stofflet_shot", "1796-02", "month", ["stofflet", "angers"], "a month before")
ev(k, "tomb", "1825", "year", ["david_dangers", "bonchamps"], "finished in 1825")
cl(k, "merand", "I castled into the fire because that is where my pieces were,")
cl(k, "merand", "It is very Vendéen, no?")
cl(k, "meenakshi", "I was lost twice and only noticed once,")
cl(k, "chauviere", "Here everyone has a great-great-grandfather on one side or the other, and sometimes on both,")
cl(k, "bonchamps", "Grâce aux prisonniers!")
cl(k, "larochejaquelein", "If I advance, follow me; if I retreat, kill me; if I die, avenge me.")
cl(k, "westermann", "There is no more Vendée.")
cl(k, "chauviere", "Chess players like stories where one move changes everything,")
cl(k, "chauviere", "This is the only one I know that is true.")
NOISE.append({"source": k, "names": ["St Barnabas Church Hall", "Mill Lane", "Neville Eddowes", "Brenda Salkeld",
                                     "Radek Wierzbicki", "Lichess", "Quillford Copy Centre"]})
ACC += ["HARNLEY VALE CHESS CLUB", "Harnley Vale Chess Club", "Harnley Vale", "NEWSLETTER", "NOVEMBER", "English Chess Federation",
        "IN THIS ISSUE", "Club championship", "Junior corner", "On the road", "ON THE ROAD", "Whites and Blues on the Loire",
        "WHITES AND BLUES ON THE LOIRE", "Whites and Blues", "Puzzle of the month", "PUZZLE OF THE MONTH", "Open des Mauges", "THE GAME",
        "French Defence", "Winawer", "Poisoned Pawn Variation", "Poisoned Pawn", "THE HISTORY ROUND THE CORNER", "Blues", "Channel",
        "Vendéen", "General Jean-Pierre Travot", "General Louis-Marie Turreau", "General", "Grâce", "Grâce aux prisonniers", "White",
        "Black", "English", "Affiliated", "After", "Before", "First", "Here", "If", "Next", "Six", "There", "This", "Two", "Within",
        "From", "Saturday", "Sunday", "Nc3", "Bb4", "Bb5", "Bd3", "Nh4", "Bxb5", "Bxc3", "Ne2", "Nbc6", "Ne7", "Nxd4", "Nf5", "O-O",
        "Bc6", "Qd3", "Qf2", "Bd7", "Qg4", "Qc7", "Qxg7", "Rg8", "Qxh7", "Qxd4", "Rb1", "O-O-O", "Rb3", "Qa5", "Rxb5", "Qxa3",
        "Bd3 Nh4", "Ne2 Nbc6", "Nxd4 Nxd4", "O-O Bc6", "Qf2 Bd7", "Qxd4 Nf5", "Qxg7 Rg8", "Rb1 O-O-O", "Rb3 Qa5", "Nc3 Bb4",
        "Qg4 Qc7", "Rxb5 Qxa3", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
BP[k] = "CLUB NIGHTS & CONTACTS"


# ---------------- i02 Russia, Pugachev's rebellion, the Yaik Cossacks and Salavat Yulayev: a museum loan schedule ----------------
k = "i02"
P(k, "raudsepp", "Liisa Raudsepp-Kovaleva", "Liisa Raudsepp-Kovaleva", "Raudsepp-Kovaleva")
P(k, "mcquarrie", "Fiona McQuarrie-Carrick")
P(k, "roskilly", "Rhodri Roskilly-Lamb")
P(k, "pugachev", "Yemelyan Ivanovich Pugachev", "Yemelyan Ivanovich Pugachev", "Pugachev", "Emelka Pugatschew")
P(k, "peter_iii", "Peter III")
P(k, "catherine", "Catherine II", "Catherine II", "Catherine")
P(k, "zarubin", "Ivan Zarubin", "Ivan Zarubin", "Chika")
P(k, "chernyshev", "Zakhar Chernyshev")
P(k, "salavat", "Salavat Yulayev", "Salavat Yulayev", "Salavat")
P(k, "yulay", "Yulay Aznalin")
P(k, "bibikov", "Alexander Bibikov", "Alexander Bibikov", "Bibikov")
P(k, "ustinya", "Ustinya Kuznetsova")
P(k, "michelson", "Ivan Michelson", "Ivan Michelson", "Johann von Michelsohnen", "Michelson")
P(k, "suvorov", "Alexander Suvorov")
P(k, "panin", "Pyotr Panin")
P(k, "pushkin", "Alexander Pushkin", "Alexander Pushkin", "Pushkin")
P(k, "perov", "Vasily Perov")
G(k, "vaher_borodina", "Vaher-Borodina Collection")
G(k, "yaik_cossacks", "Yaik Cossacks", "Yaik Cossacks", "Ural Cossacks")
G(k, "pugachevites", "Pugachevites")
G(k, "military_college", "Military College", "Military College", "Voennaya kollegiya")
G(k, "war_college", "War College")
L(k, "tallinn", "Tallinn")
L(k, "zimoveyskaya", "Zimoveyskaya")
L(k, "don", "Don")
L(k, "russia", "Russia")
L(k, "orenburg", "Orenburg")
L(k, "ufa", "Ufa")
L(k, "yaitsky_gorodok", "Yaitsky Gorodok", "Yaitsky Gorodok", "Uralsk", "Oral")
L(k, "bashkiria", "Bashkiria")
L(k, "kazan", "Kazan")
L(k, "volga", "Volga")
L(k, "tsaritsyn", "Tsaritsyn")
L(k, "simbirsk", "Simbirsk")
L(k, "moscow", "Moscow")
L(k, "yaik_river", "Yaik River", "Yaik River", "Ural River")
L(k, "kazakhstan", "Kazakhstan")
L(k, "rogervik", "Rogervik", "Rogervik", "Paldiski")
L(k, "estonia", "Estonia")
L(k, "britain", "Britain")
L(k, "stockholm", "Stockholm")
rels(k, [("raudsepp", "member_of", "vaher_borodina"), ("pugachev", "leads", "pugachevites"),
         ("yaik_cossacks", "member_of", "pugachevites"), ("pugachev", "opposed_to", "catherine"),
         ("catherine", "holds_office", "russia"), ("catherine", "opposed_to", "peter_iii"),
         ("catherine", "leads", "war_college"), ("military_college", "part_of", "pugachevites"),
         ("zarubin", "reports_to", "pugachev"), ("chernyshev", "holds_office", "war_college"),
         ("salavat", "member_of", "pugachevites"), ("yulay", "member_of", "pugachevites"),
         ("bibikov", "opposed_to", "pugachevites"), ("pugachevites", "controls", "bashkiria"),
         ("michelson", "opposed_to", "pugachevites"), ("panin", "opposed_to", "pugachevites")])
ev(k, "pugachev_born", "1742", "approximate", ["pugachev", "zimoveyskaya"], "born about 1742")
ev(k, "appeared_yaik", "1773", "year", ["pugachev", "yaik_cossacks"], "in 1773 appeared among the Yaik Cossacks")
ev(k, "peter_murdered", "1762", "year", ["peter_iii", "catherine"], "murdered in 1762")
ev(k, "yaik_revolt", "1772", "year", ["yaik_cossacks"], "had rebelled in 1772")
ev(k, "first_manifesto", "1773-09-17", "day", ["pugachev", "yaik_cossacks"], "on 17 September 1773")
ev(k, "orenburg_siege", "1773-10", "range", ["pugachevites", "orenburg"], "from October 1773 to March 1774", end="1774-03")
ev(k, "salavat_joined", "1773-11", "month", ["salavat", "pugachevites"], "In November 1773")
ev(k, "orenburg_relieved", "1774-03", "month", ["bibikov", "orenburg"], "broke the siege of Orenburg in March 1774")
ev(k, "bibikov_died", "1774-04", "month", ["bibikov"], "died of fever in April 1774")
ev(k, "married", "1774-02", "month", ["pugachev", "ustinya", "yaitsky_gorodok"], "In February 1774")
ev(k, "bashkiria_held", "1774", "approximate", ["pugachevites", "bashkiria"], "By the summer of 1774")
ev(k, "kazan_burned", "1774-07-12", "day", ["pugachevites", "kazan"], "On 12 July 1774")
ev(k, "kazan_defeat", "1774-07-12", "day", ["michelson", "pugachevites", "kazan"], "the same day")
ev(k, "tsaritsyn", "1774-08-25", "day", ["michelson", "pugachev", "tsaritsyn"], "on 25 August 1774")
ev(k, "pugachev_seized", "1774-09", "month", ["pugachev", "yaitsky_gorodok"], "In September 1774")
ev(k, "salavat_taken", "1774-11", "month", ["salavat"], "two months later")
ev(k, "executed", "1775-01-10", "day", ["pugachev", "moscow"], "on 10 January 1775")
ev(k, "renamed", "1775-01", "month", ["catherine", "yaik_river", "yaik_cossacks", "yaitsky_gorodok"], "Later that month")
ev(k, "salavat_died", "1800", "year", ["salavat", "rogervik"], "died there in 1800")
ev(k, "engraving", "1775", "approximate", ["pugachev"], "German, c. 1775")
ev(k, "serf_manifesto", "1774-07-31", "day", ["pugachev"], "manifesto dated 31 July 1774")
ev(k, "bow_bought", "1998", "year", ["vaher_borodina", "stockholm"], "in Stockholm in 1998")
ev(k, "reward_notice", "1774", "year", ["pugachev", "kazan"], "Kazan, 1774")
ev(k, "pushkin_history", "1834", "year", ["pushkin", "pugachev"], "History of Pugachev (1834)")
ev(k, "perov_painting", "1879", "year", ["perov", "pugachev"], "(painted 1879)")
cl(k, "raudsepp", "Every object in this loan was made by someone who had to decide, in 1774, whether the man at the gates was an emperor or a runaway Cossack. We would like visitors to feel that decision.")
cl(k, "pugachev", "Forgive me, Orthodox people.")
cl(k, "roskilly", "the first in Britain to put Pugachev's own paper beside the paper that hunted him.")
cl(k, "pugachev", "freedom and liberty, to be forever Cossacks, without recruit levies, poll tax or other money taxes")
NOISE.append({"source": k, "names": ["Mart Kivisild", "Triin Lepp", "Sian Annesley-Moyo", "Orrisdale Fine Art Logistics",
                                     "England and Wales"]})
ACC += ["HALVERGATE MUSEUM", "Halvergate Museum", "Halvergate", "Museum", "Registration Department", "LOAN AGREEMENT", "SCHEDULE",
        "INTERPRETATION NOTE", "OBJECTS", "VALUES AND SPECIAL CONDITIONS", "SPECIAL CONDITIONS", "Pretenders", "False Tsars",
        "Pretenders: False Tsars, Cossacks and the Edge of Empire", "Edge of Empire", "Gallery 4", "Lender", "Borrower",
        "Curator of Russian Material", "Registrar", "PART A", "PART B", "PART C", "Item", "Items", "Value", "EUR", "Special Condition",
        "Credit", "Total", "Etching", "Light", "Acquired", "Said", "Lent", "Loan", "Exhibition", "Dr Liisa Raudsepp-Kovaleva",
        "Dr Rhodri Roskilly-Lamb", "Count Chernyshev", "Count Pyotr Panin", "Count", "General Alexander Bibikov",
        "General Alexander Suvorov", "Lieutenant-Colonel Ivan Michelson", "Empress of Russia", "Empress", "Peter Fyodorovich",
        "Bolotnaya Square", "Old Style", "Don Cossack", "Cossack", "Cossacks", "Yaik Cossack", "Bashkir", "German", "Baltic",
        "Orthodox", "History of Pugachev", "Pugachev's Judgement", "KB-G-0117", "KB-M-0031", "KB-A-0209", "KB-A-0212", "KB-D-0056",
        "KB-B-0310", "KB-P-0008", "According", "Every", "Forgive", "His", "Later", "One", "The German", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
BP[k] = "EXECUTION"

# ---------------- i03 Sierra Leone, the Hut Tax War and Bai Bureh of Kasseh: a theatre programme ----------------
k = "i03"
P(k, "fatmata", "Fatmata Conteh-Ainsley")
P(k, "isatu", "Isatu Jalloh-Reed")
P(k, "alimamy", "Alimamy Bangura-Tate", "Alimamy Bangura-Tate", "Alimamy")
P(k, "toby", "Toby Ellingworth")
P(k, "piers", "Piers Anstruther-Gough")
P(k, "alusine", "Alusine Komba")
P(k, "nneka", "Nneka Achebe-Morland")
P(k, "olumide", "Olumide Kamara-Hext")
P(k, "turay", "Abu Bakarr Turay")
P(k, "bai_bureh", "Bai Bureh", "Bai Bureh", "Kebalai")
P(k, "cardew", "Frederic Cardew", "Frederic Cardew", "Frederick Cardew", "Cardew")
P(k, "sharpe", "Wilfred Sharpe", "Wilfred Sharpe", "Sharpe")
P(k, "chalmers", "David Chalmers", "David Chalmers", "Chalmers")
P(k, "chamberlain", "Joseph Chamberlain")
P(k, "nyagua", "Nyagua")
P(k, "kpana_lewis", "Kpana Lewis")
G(k, "fourah_bay", "Fourah Bay College")
G(k, "frontier_police", "Frontier Police")
G(k, "wir", "West India Regiment", "West India Regiment", "WIR")
G(k, "west_african_regiment", "West African Regiment")
L(k, "freetown", "Freetown")
L(k, "britain", "Britain")
L(k, "sierra_leone", "Sierra Leone")
L(k, "india", "India")
L(k, "south_africa", "South Africa")
L(k, "kasseh", "Kasseh")
L(k, "port_loko", "Port Loko")
L(k, "karene", "Karene")
L(k, "gold_coast", "Gold Coast", "Gold Coast", "Ghana")
rels(k, [("turay", "member_of", "fourah_bay"), ("cardew", "holds_office", "sierra_leone"), ("bai_bureh", "holds_office", "kasseh"),
         ("sharpe", "holds_office", "karene"), ("bai_bureh", "opposed_to", "frontier_police"),
         ("cardew", "leads", "frontier_police"), ("wir", "opposed_to", "bai_bureh"), ("chamberlain", "holds_office", "britain"),
         ("cardew", "backed_by", "chamberlain"), ("chalmers", "reports_to", "chamberlain")])
ev(k, "rehearsals", "2024-07", "month", ["olumide"], "When we opened the rehearsal room in July")
ev(k, "protectorate", "1896-08-31", "day", ["britain", "sierra_leone"], "took effect on 31 August 1896")
ev(k, "hut_tax", "1898-01-01", "day", ["cardew", "sierra_leone"], "from 1 January 1898")
ev(k, "war_began", "1898-02", "month", ["sharpe", "frontier_police", "bai_bureh"], "In February 1898")
ev(k, "mende_rising", "1898-04", "approximate", ["sierra_leone"], "In late April 1898")
ev(k, "bai_bureh_captured", "1898-11-11", "day", ["bai_bureh", "west_african_regiment", "port_loko"], "On 11 November 1898")
ev(k, "exile", "1899", "year", ["bai_bureh", "nyagua", "kpana_lewis", "gold_coast"], "In 1899 Bai Bureh")
ev(k, "home", "1905", "year", ["bai_bureh", "kasseh"], "allowed home in 1905")
ev(k, "bai_bureh_died", "1908", "year", ["bai_bureh"], "He died three years later")
ev(k, "kasseh_trip", "2019", "year", ["fatmata", "kasseh"], "in 2019, after a trip to Kasseh")
ev(k, "reading", "2022-03", "month", ["fatmata"], "in March 2022")
cl(k, "bai_bureh", "I will pay when the Governor comes and asks me himself.")
cl(k, "alimamy", "He is not a statue in this play, he is a tired old man who is very good at war,")
cl(k, "cardew", "the work of traders in Freetown who do not wish to see the chiefs obey the law")
cl(k, "chalmers", "a burden the people neither understood nor could bear")
cl(k, "fatmata", "I started writing this in 2019, after a trip to Kasseh with my grandmother. The first version was a rehearsed reading in March 2022, and it was too polite.")
cl(k, "turay", "Polite is the colonial archive's voice. Bai Bureh's voice survives mostly in songs and in what old men told their grandsons.")
cl(k, "fatmata", "So the Griot opens the play, not the Governor.")
cl(k, "turay", "Good. Cardew wrote everything down. That is exactly why he should not get the first word.")
NOISE.append({"source": k, "names": ["Wendham Foundation", "Harcastle Trust", "Sierra Leone Diaspora Arts Collective",
                                     "Bankside Costume Hire", "Lantern Yard", "Joanna Brightmore-Asante",
                                     "Marcus Delahaye"]})
ACC += ["TAMARIND ROAD THEATRE COMPANY", "Tamarind Road Theatre Company", "Tamarind Road", "World premiere", "CAST", "CREATIVE TEAM",
        "Writer", "Director", "Designer", "DIRECTOR'S NOTE", "A NOTE ON THE HISTORY", "IN CONVERSATION", "Griot", "Chorus",
        "Sergeant of Police", "Governor", "Governor Frederic Cardew", "Colonel Frederic Cardew", "Captain Sharpe",
        "Captain Wilfred Sharpe", "Sir David Chalmers", "Dr Abu Bakarr Turay", "Governor of Sierra Leone", "Colonial Secretary",
        "Crown", "Temne", "Mende", "Sherbro", "Bai", "Running", "Contains", "Good", "Polite", "So", "That", "They", "This", "Where",
        "Twenty-four", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
BP[k] = "THANK YOU"

# ---------------- i04 Mongolia, Ungern-Sternberg's Asiatic Cavalry Division and Urga (1921): game mod patch notes ----------------
k = "i04"
P(k, "tuyaa", "Tuyaa Ganbold")
P(k, "dashdondog", "Saruul Dashdondog", "Saruul Dashdondog", "Dashdondog")
P(k, "ungern", "Roman von Ungern-Sternberg", "Roman von Ungern-Sternberg", "Roman Fyodorovich von Ungern-Sternberg", "Ungern",
  "Mad Baron")
P(k, "semyonov", "Grigory Semyonov", "Grigory Semyonov", "Semyonov")
P(k, "xu_shuzheng", "Xu Shuzheng")
P(k, "bogd_khan", "Bogd Khan")
P(k, "rezukhin", "Boris Rezukhin", "Boris Rezukhin", "Rezukhin")
P(k, "sipailov", "Leonid Sipailov", "Leonid Sipailov", "Sipailov")
P(k, "sukhbaatar", "Damdin Sükhbaatar", "Damdin Sükhbaatar", "Sükhbaatar", "Sukhe Bator")
P(k, "choibalsan", "Khorloogiin Choibalsan", "Khorloogiin Choibalsan", "Choibalsan")
P(k, "shchetinkin", "Pyotr Shchetinkin", "Pyotr Shchetinkin", "Shchetinkin")
P(k, "ossendowski", "Ferdynand Ossendowski", "Ferdynand Ossendowski", "Ossendowski")
G(k, "acd", "Asiatic Cavalry Division", "Asiatic Cavalry Division", "ACD")
G(k, "mpp", "Mongolian People's Party", "Mongolian People's Party", "MPP")
G(k, "num", "National University of Mongolia")
G(k, "beiyang", "Beiyang Army")
G(k, "mpa", "Mongolian People's Army")
G(k, "red_army", "Red Army")
L(k, "urga", "Urga", "Urga", "Niislel Khüree", "Ulaanbaatar")
L(k, "kyakhta", "Kyakhta", "Kyakhta", "Kiakhta")
L(k, "maimachen", "Maimachen", "Maimachen", "Altanbulag")
L(k, "selenga", "Selenga")
L(k, "graz", "Graz")
L(k, "transbaikalia", "Transbaikalia")
L(k, "dauria", "Dauria")
L(k, "mongolia", "Mongolia", "Mongolia", "Outer Mongolia")
L(k, "siberia", "Siberia")
L(k, "troitskosavsk", "Troitskosavsk")
L(k, "novosibirsk", "Novonikolayevsk", "Novonikolayevsk", "Novosibirsk")
rels(k, [("dashdondog", "member_of", "num"), ("ungern", "leads", "acd"), ("ungern", "reports_to", "semyonov"),
         ("semyonov", "controls", "transbaikalia"), ("beiyang", "controls", "mongolia"),
         ("acd", "opposed_to", "beiyang"), ("bogd_khan", "holds_office", "mongolia"), ("bogd_khan", "backed_by", "acd"),
         ("ungern", "controls", "urga"), ("rezukhin", "member_of", "acd"), ("sipailov", "holds_office", "acd"),
         ("mpa", "part_of", "mpp"), ("sukhbaatar", "leads", "mpa"), ("choibalsan", "member_of", "mpp"),
         ("mpp", "backed_by", "red_army"), ("mpa", "opposed_to", "beiyang"), ("sukhbaatar", "opposed_to", "beiyang"),
         ("red_army", "opposed_to", "ungern"), ("mpa", "opposed_to", "ungern"), ("shchetinkin", "opposed_to", "acd")])
ev(k, "urga_taken", "1921-02-04", "day", ["acd", "ungern", "urga"], "A hundred years ago today")
ev(k, "ulaanbaatar_renamed", "1924", "year", ["urga"], "Ulaanbaatar since 1924")
ev(k, "ungern_born", "1886-01", "month", ["ungern", "graz"], "born in Graz in January 1886")
ev(k, "into_mongolia", "1920-10", "month", ["ungern", "acd", "dauria", "mongolia"], "In October 1920 he led")
ev(k, "xu_march", "1919", "year", ["xu_shuzheng", "beiyang", "urga"], "march on Urga in 1919")
ev(k, "first_assaults", "1920-10", "range", ["acd", "urga"], "in October and November 1920", end="1920-11")
ev(k, "bogd_restored", "1921-02", "month", ["ungern", "bogd_khan"], "later that month")
ev(k, "mpp_congress", "1921-03", "month", ["mpp", "kyakhta"], "at Kyakhta (Kiakhta) in March 1921")
ev(k, "maimachen", "1921-03-18", "day", ["mpa", "sukhbaatar", "beiyang", "maimachen"], "On 18 March 1921")
ev(k, "northern_campaign", "1921-05", "month", ["ungern", "siberia"], "In May 1921")
ev(k, "troitskosavsk", "1921-06", "month", ["red_army", "mpa", "ungern", "troitskosavsk"], "at Troitskosavsk in June")
ev(k, "urga_entered", "1921-07-06", "day", ["red_army", "mpa", "urga"], "on 6 July 1921")
ev(k, "ungern_captured", "1921-08", "month", ["rezukhin", "ungern", "shchetinkin"], "In August 1921")
ev(k, "ungern_shot", "1921-09-15", "day", ["ungern", "novosibirsk"], "on 15 September 1921")
ev(k, "beasts_men_gods", "1922", "year", ["ossendowski", "ungern"], "Beasts, Men and Gods (1922)")
ev(k, "patch_31", "2020-10", "month", ["tuyaa"], "Patch 3.1 last October")
ev(k, "first_release", "2017", "year", ["tuyaa"], "first release in 2017")
cl(k, "tuyaa", "For three years players have told us Ungern is the most fun faction and the least true one,")
cl(k, "tuyaa", "This patch is about fixing the second part without ruining the first.")
cl(k, "dashdondog", "We are not trying to make him nicer or nastier,")
cl(k, "dashdondog", "We are trying to make the Mongolians visible.")
cl(k, "ungern", "fought for the kings of the East and the West, and lost to both")
cl(k, "ossendowski", "a warrior monk who had mislaid his monastery")
NOISE.append({"source": k, "names": ["orkhon_rider", "steppewolf_1921", "Erdenet", "Tannu Uriankhai", "Iron Steppe Workshop",
                                     "Vardøger Interactive"]})
ACC += ["Khüree 1921", "A Hundred Winters", "Iron Steppe", "Total-conversion", "Changelog", "Download", "Previous versions", "Wiki", "Bug tracker",
        "Sain baina uu", "Highlights", "Historical notes", "Added", "Changed", "Fixed", "Known issues", "Reworked Ungern", "New",
        "Baron", "Baron Roman von Ungern-Sternberg", "Baron Ungern", "Ataman Grigory Semyonov", "Ataman", "General Boris Rezukhin",
        "Colonel Leonid Sipailov", "Dr. Saruul Dashdondog", "Dr. Dashdondog", "Russian Civil War", "Russian", "Baltic German",
        "Chinese", "Mongol", "Mongols", "Mongolians", "Mongolian", "Buddhist", "Jews", "Bolsheviks", "Soviet", "Soviet Siberia",
        "Polish", "English", "White", "Beasts, Men and Gods", "The Living Buddha Returns", "Living Buddha", "Reign of Terror",
        "Red Army AI", "khadag_art", "Hotfix", "Patch", "Event", "Leaders", "Crash", "Thank", "Who", "Tried", "According", "His",
        "This", "Released Thursday", "Thursday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
BP[k] = "## Comments (57)"

# ---------------- i05 Indonesia, the Java War, Diponegoro and Kyai Maja: a tour operator's itinerary ----------------
k = "i05"
P(k, "ratna", "Ratna Wulandari Hadisoemarto", "Ratna Wulandari Hadisoemarto", "Ratna", "Hadisoemarto")
P(k, "diponegoro", "Diponegoro", "Diponegoro", "Raden Mas Mustahar")
P(k, "hamengkubuwono_iii", "Hamengkubuwono III")
P(k, "kyai_maja", "Kyai Maja", "Kyai Maja", "Kiai Mojo")
P(k, "sentot", "Sentot Alibasah Prawirodirjo", "Sentot Alibasah Prawirodirjo", "Sentot")
P(k, "de_kock", "Hendrik Merkus de Kock", "Hendrik Merkus de Kock", "de Kock")
P(k, "pieneman", "Nicolaas Pieneman", "Nicolaas Pieneman", "Pieneman")
P(k, "raden_saleh", "Raden Saleh")
P(k, "slamet", "Slamet Widodo")
P(k, "tenri", "Andi Tenri Abeng")
P(k, "willem_alexander", "Willem-Alexander")
P(k, "jokowi", "Joko Widodo")
G(k, "dutch_army", "Dutch East Indies Army")
G(k, "ugm", "Gadjah Mada University")
L(k, "indonesia", "Indonesia")
L(k, "yogyakarta", "Yogyakarta", "Yogyakarta", "Jogja")
L(k, "magelang", "Magelang")
L(k, "makassar", "Makassar", "Makassar", "Ujung Pandang")
L(k, "central_java", "Central Java")
L(k, "tegalrejo", "Tegalrejo")
L(k, "selarong", "Selarong")
L(k, "bantul", "Bantul")
L(k, "kulon_progo", "Kulon Progo")
L(k, "minahasa", "Minahasa")
L(k, "sumatra", "Sumatra")
L(k, "semarang", "Semarang")
L(k, "batavia", "Batavia", "Batavia", "Jakarta")
L(k, "manado", "Manado")
L(k, "spermonde", "Spermonde islands")
L(k, "netherlands", "Netherlands")
rels(k, [("diponegoro", "opposed_to", "dutch_army"), ("ratna", "member_of", "ugm"), ("hamengkubuwono_iii", "holds_office", "yogyakarta"),
         ("kyai_maja", "advises", "diponegoro"), ("sentot", "reports_to", "diponegoro"), ("diponegoro", "controls", "central_java"),
         ("de_kock", "leads", "dutch_army"), ("de_kock", "opposed_to", "diponegoro"), ("sentot", "member_of", "dutch_army"),
         ("willem_alexander", "holds_office", "netherlands"), ("jokowi", "holds_office", "indonesia")])
ev(k, "java_war", "1825", "range", ["diponegoro", "dutch_army", "central_java"], "Between 1825 and 1830", end="1830")
ev(k, "first_group", "2019", "year", ["ratna"], "Our first group walked this route in 2019")
ev(k, "diponegoro_born", "1785-11-11", "day", ["diponegoro"], "on 11 November 1785")
ev(k, "tegalrejo_attack", "1825-07-20", "day", ["diponegoro", "tegalrejo"], "On 20 July 1825")
ev(k, "selarong", "1825-07", "approximate", ["diponegoro", "selarong"], "Within days the prince")
ev(k, "countryside_held", "1826", "year", ["diponegoro", "central_java"], "By 1826")
ev(k, "benteng_stelsel", "1827", "year", ["de_kock", "dutch_army"], "from 1827")
ev(k, "maja_captured", "1828-11", "month", ["kyai_maja", "minahasa"], "in November 1828")
ev(k, "sentot_defected", "1829-10", "month", ["sentot"], "in October 1829")
ev(k, "magelang_talks", "1830-03", "month", ["diponegoro", "de_kock", "magelang"], "In March 1830, during the Eid holiday")
ev(k, "arrest", "1830-03-28", "day", ["diponegoro", "de_kock", "magelang"], "On 28 March 1830")
ev(k, "museum_reopened", "2024-06", "month", ["magelang"], "reopened last month")
ev(k, "pieneman_painting", "1835", "approximate", ["pieneman", "diponegoro"], "(c. 1835)")
ev(k, "saleh_painting", "1857", "year", ["raden_saleh", "diponegoro"], "(1857)")
ev(k, "sailed", "1830-05-04", "day", ["diponegoro", "batavia"], "on 4 May 1830")
ev(k, "manado", "1830-06", "month", ["diponegoro", "manado"], "he reached Manado in June")
ev(k, "ujung_pandang", "1971", "range", ["makassar"], "from 1971 to 1999", end="1999")
ev(k, "to_makassar", "1833-07", "month", ["diponegoro", "makassar"], "In July 1833")
ev(k, "diponegoro_died", "1855-01-08", "day", ["diponegoro", "makassar"], "on 8 January 1855")
ev(k, "kris_returned", "2020-03", "month", ["willem_alexander", "jokowi"], "in March 2020")
cl(k, "ratna", "People expect a battlefield tour, and there are hardly any battlefields. It was a war of villages, roads and loyalties, so that is what we visit,")
cl(k, "slamet", "Pieneman painted a surrender. Raden Saleh painted a betrayal. Magelang has never been in any doubt which one happened.")
cl(k, "diponegoro", "as a guest, and was kept as a thief")
cl(k, "tenri", "They still speak a little Javanese at weddings,")
NOISE.append({"source": k, "names": ["Civil Aviation Authority", "Larchmont Mews", "Malmesbury", "PT Rembulan Wisata Nusantara",
                                     "Prawirotaman", "Instagram", "Facebook", "Hester M.", "Ludlow", "Ayr"]})
ACC += ["REMBULAN JOURNEYS", "Rembulan Journeys", "Tours", "Destinations", "Our leaders", "Dates & prices", "Journal", "Contact",
        "IN THE FOOTSTEPS OF DIPONEGORO", "THE JAVA WAR TRAIL", "IN THE FOOTSTEPS OF DIPONEGORO: THE JAVA WAR TRAIL", "Java War",
        "Activity", "Maximum", "Next", "From GBP", "GBP", "OVERVIEW", "ITINERARY", "Day", "Pangeran Diponegoro", "Prince Diepo Negoro",
        "Diepo Negoro", "General De Kock", "Lieutenant-General Hendrik Merkus de Kock", "Sultan Hamengkubuwono III", "Sultan",
        "Pak Slamet Widodo", "Pak Slamet", "Pak", "Dr Ratna Wulandari Hadisoemarto", "Dr Hadisoemarto", "King Willem-Alexander",
        "President Joko Widodo", "Babad Diponegoro", "Fort Rotterdam", "Sasana Wiratama", "Kampung Jawa", "National Museum",
        "Resident", "Eid", "Islamic", "Muslim", "Javanese", "Dutch", "The Submission of Prince Diepo Negoro to General De Kock",
        "The Arrest of Pangeran Diponegoro", "WHAT'S INCLUDED", "Arrive Yogyakarta", "Depart", "Optional", "Welcome", "Passed",
        "Here", "They", "This", "Within", "Your", "Our Magelang", "Small-group", "Andi", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
BP[k] = "IMPORTANT INFORMATION AND BOOKING CONDITIONS"

# ---------------- i06 United States, Tecumseh's Confederacy, Tenskwatawa and Tippecanoe: a real-estate listing ----------------
k = "i06"
P(k, "lorna", "Lorna Vandermeer")
P(k, "deborah", "Deborah Kincaid-Ruelas")
P(k, "tecumseh", "Tecumseh", "Tecumseh", "Tecumtha")
P(k, "tenskwatawa", "Tenskwatawa", "Tenskwatawa", "Lalawethika", "Shawnee Prophet", "Prophet")
P(k, "harrison", "William Henry Harrison", "William Henry Harrison", "Harrison")
P(k, "castellanos", "Jerome Castellanos-Pike")
P(k, "brock", "Isaac Brock", "Isaac Brock", "Brock")
P(k, "procter", "Henry Procter", "Henry Procter", "Procter")
P(k, "johnson", "Richard Mentor Johnson", "Richard Mentor Johnson", "Johnson")
G(k, "wabash_hearth", "Wabash Hearth Realty")
G(k, "shawnee", "Shawnee")
G(k, "confederacy", "Tecumseh's Confederacy", "Tecumseh's Confederacy", "Confederacy")
G(k, "potawatomi", "Potawatomi")
G(k, "kickapoo", "Kickapoo")
G(k, "british_army", "British Army")
G(k, "army_northwest", "U.S. Army of the Northwest")
L(k, "indiana", "Indiana")
L(k, "tippecanoe_county", "Tippecanoe County")
L(k, "battle_ground", "Battle Ground")
L(k, "tippecanoe_river", "Tippecanoe River")
L(k, "lafayette", "Lafayette")
L(k, "old_northwest", "Old Northwest")
L(k, "prophetstown", "Prophetstown")
L(k, "wabash", "Wabash River", "Wabash River", "Wabash")
L(k, "canada", "Canada")
L(k, "gulf_coast", "Gulf Coast")
L(k, "indiana_territory", "Indiana Territory")
L(k, "vincennes", "Vincennes")
L(k, "britain", "Britain")
L(k, "upper_canada", "Upper Canada")
L(k, "detroit", "Detroit")
L(k, "queenston_heights", "Queenston Heights")
L(k, "thames", "Thames River")
L(k, "moraviantown", "Moraviantown")
L(k, "kansas", "Kansas")
L(k, "united_states", "United States")
rels(k, [("deborah", "member_of", "wabash_hearth"), ("tecumseh", "member_of", "shawnee"), ("tenskwatawa", "member_of", "shawnee"),
         ("tecumseh", "founded", "confederacy"), ("tecumseh", "leads", "confederacy"), ("potawatomi", "member_of", "confederacy"),
         ("kickapoo", "member_of", "confederacy"), ("harrison", "holds_office", "indiana_territory"),
         ("tenskwatawa", "opposed_to", "harrison"), ("confederacy", "allied_with", "british_army"), ("tecumseh", "allied_with", "brock"),
         ("brock", "leads", "british_army"), ("procter", "leads", "british_army"), ("harrison", "leads", "army_northwest"),
         ("harrison", "opposed_to", "procter"), ("harrison", "opposed_to", "tecumseh"), ("johnson", "opposed_to", "tecumseh"),
         ("harrison", "holds_office", "united_states")])
ev(k, "farm_bought", "1964", "year", ["lorna"], "bought the farm in 1964")
ev(k, "new_roof", "2019", "year", ["lorna"], "well pump in 2019")
ev(k, "open_house", "2024-11-09", "day", ["deborah"], "this Saturday from 1 to 3 PM")
ev(k, "vision", "1805", "year", ["tenskwatawa"], "after a vision in 1805")
ev(k, "prophetstown", "1808", "year", ["tecumseh", "tenskwatawa", "prophetstown"], "In 1808 the brothers")
ev(k, "fort_wayne_treaty", "1809-09", "month", ["harrison"], "In September 1809")
ev(k, "vincennes", "1810-08", "month", ["tecumseh", "harrison", "vincennes"], "in August 1810")
ev(k, "tippecanoe", "1811-11-07", "day", ["tenskwatawa", "harrison"], "on November 7, 1811")
ev(k, "prophetstown_burned", "1811-11-08", "day", ["harrison", "prophetstown"], "the next day they burned Prophetstown")
ev(k, "war_1812", "1812", "year", ["confederacy", "british_army", "britain"], "came in 1812")
ev(k, "detroit", "1812-08-16", "day", ["tecumseh", "brock", "detroit"], "on August 16, 1812")
ev(k, "brock_killed", "1812-10", "month", ["brock", "queenston_heights"], "in October 1812")
ev(k, "thames", "1813-10-05", "day", ["harrison", "tecumseh", "procter", "johnson", "thames"], "on October 5, 1813")
ev(k, "campaign_1836", "1836", "year", ["johnson"], "in the 1836 campaign")
ev(k, "tenskwatawa_died", "1836", "year", ["tenskwatawa", "kansas"], "that same year, 1836")
ev(k, "inauguration", "1841-03", "month", ["harrison"], "in March 1841")
ev(k, "harrison_died", "1841-04", "month", ["harrison"], "died a month later")
cl(k, "lorna", "We raised three kids and a lot of sweet corn here,")
cl(k, "lorna", "Somebody should get to watch the fog come off the river the way we did.")
cl(k, "lorna", "are included in the price.")
cl(k, "tecumseh", "Sell a country! Why not sell the air, the clouds and the great sea, as well as the earth?")
cl(k, "castellanos", "cost the Prophet his reputation and cost Tecumseh his base in a single morning.")
NOISE.append({"source": k, "names": ["Kestrelwood Lending", "Columbia St", "Midwest Regional MLS", "West Lafayette",
                                     "Prophets Rock Rd", "Otterbein Ln", "Brookston"]})
ACC += ["HomeRidge", "Buy", "Rent", "Sell", "Home loans", "Find an agent", "ABOUT THIS HOME", "A PIECE OF HISTORY", "FEATURES & DETAILS",
        "Interior", "Exterior", "Utilities", "Schools", "Annual", "Wabash Bend Rd", "Italianate", "Prophetstown State Park", "Listing",
        "Listed Thursday", "Built", "MLS", "Buyers", "Original", "Warriors", "Americans", "American", "Native", "British",
        "Colonel Johnson", "Colonel Richard Mentor Johnson", "Major-General Isaac Brock", "Major-General Henry Procter",
        "Governor of Indiana Territory", "Governor", "President", "Treaty of Fort Wayne", "Fort Wayne", "White House",
        "Tippecanoe and Tyler Too", "Tyler", "Tippecanoe", "Rumpsey", "Rumpsey dumpsey", "Kentucky", "South", "Vandermeer",
        "Tippecanoe School Corporation", "PM", "Saturday", "Thursday", "His", "This", "When", "While", "Why", "From", "According",
        "Before", "Somebody", "Home", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
BP[k] = "PAYMENT CALCULATOR"

# ---------------- i07 Australia, the Eureka Stockade, the Ballarat Reform League and Peter Lalor: a job advertisement ----------------
k = "i07"
P(k, "tolhurst", "Philippa Tolhurst-Ng")
P(k, "scobie", "James Scobie")
P(k, "bentley", "James Bentley")
P(k, "humffray", "John Basson Humffray")
P(k, "hotham", "Charles Hotham")
P(k, "rede", "Robert Rede")
P(k, "lalor", "Peter Lalor", "Peter Lalor", "Lalor")
P(k, "mcgill", "James McGill")
P(k, "thomas", "John Wellesley Thomas")
P(k, "seekamp", "Henry Seekamp")
P(k, "carboni", "Raffaello Carboni", "Raffaello Carboni", "Carboni")
P(k, "john_joseph", "John Joseph")
P(k, "quennell_rowe", "Aiden Quennell-Rowe")
G(k, "brl", "Ballarat Reform League", "Ballarat Reform League", "League")
G(k, "rangers", "Independent Californian Rangers")
G(k, "reg12", "12th Regiment")
G(k, "reg40", "40th Regiment")
G(k, "ballarat_times", "Ballarat Times")
G(k, "legislative_council", "Legislative Council")
G(k, "legislative_assembly", "Legislative Assembly")
G(k, "art_gallery_ballarat", "Art Gallery of Ballarat")
L(k, "ballarat", "Ballarat", "Ballarat", "Ballaarat")
L(k, "victoria", "Victoria")
L(k, "bakery_hill", "Bakery Hill")
L(k, "melbourne", "Melbourne")
L(k, "australia", "Australia")
rels(k, [("humffray", "holds_office", "brl"), ("hotham", "holds_office", "victoria"), ("rede", "holds_office", "ballarat"),
         ("mcgill", "leads", "rangers"), ("thomas", "leads", "reg12"), ("thomas", "leads", "reg40"),
         ("thomas", "opposed_to", "lalor"), ("reg12", "opposed_to", "lalor"), ("reg40", "opposed_to", "lalor"),
         ("seekamp", "holds_office", "ballarat_times"), ("lalor", "member_of", "legislative_council"),
         ("lalor", "holds_office", "legislative_assembly")])
ev(k, "gold_found", "1851", "year", ["ballarat"], "in 1851")
ev(k, "scobie_killed", "1854-10-07", "day", ["scobie", "bentley"], "In the early hours of 7 October 1854")
ev(k, "hotel_burned", "1854-10-17", "day", ["bentley"], "on 17 October a crowd")
ev(k, "league_formed", "1854-11-11", "day", ["brl", "humffray", "bakery_hill"], "On 11 November 1854")
ev(k, "licences_burned", "1854-11-29", "day", ["bakery_hill"], "On 29 November")
ev(k, "lalor_chosen", "1854-11-30", "day", ["lalor", "rede"], "The next day, after one more licence hunt")
ev(k, "rangers_left", "1854-12-02", "day", ["mcgill", "rangers"], "on the Saturday night")
ev(k, "stockade_attack", "1854-12-03", "day", ["thomas", "lalor", "reg12", "reg40"], "At dawn on Sunday 3 December 1854")
ev(k, "amputation", "1854-12-03", "day", ["lalor"], "amputated that night")
ev(k, "seekamp_jailed", "1855", "approximate", ["seekamp"], "early in 1855")
ev(k, "treason_trials", "1855-02", "range", ["carboni", "john_joseph", "melbourne"], "in February and March 1855", end="1855-03")
ev(k, "council", "1855", "year", ["lalor", "legislative_council"], "Later in 1855")
ev(k, "speaker", "1880", "year", ["lalor", "legislative_assembly"], "in 1880 he became Speaker")
ev(k, "carboni_book", "1855", "year", ["carboni"], "The Eureka Stockade (1855)")
ev(k, "curator_joined", "2016", "year", ["quennell_rowe"], "joined the Trust in 2016")
cl(k, "tolhurst", "Eureka is the one morning in Australian history that everyone has an opinion about and almost nobody has read about,")
cl(k, "tolhurst", "We need a curator who can change the second half of that sentence.")
cl(k, "brl", "that it is the inalienable right of every citizen to have a voice in making the laws he is called on to obey")
cl(k, "lalor", "We swear by the Southern Cross to stand truly by each other and fight to defend our rights and liberties.")
cl(k, "seekamp", "the birth of Australian independence")
cl(k, "quennell_rowe", "small, argumentative and far more international than the legend")
NOISE.append({"source": k, "names": ["Wadawurrung", "Yarrowee Parade", "Ballarat East", "LinkedIn", "Instagram"]})
ACC += ["GOLDFIELDS STOCKADE HERITAGE TRUST", "Goldfields Stockade Heritage Trust", "Trust", "Careers", "Current vacancies",
        "CURATOR, EUREKA COLLECTIONS", "Curator", "Eureka Collections", "Position", "Reference", "Classification", "Level 5",
        "Museums and Galleries Award", "Salary", "Location", "Hours", "Closing date", "ABOUT THE TRUST", "THE COLLECTION AND ITS STORY",
        "ABOUT THE ROLE", "KEY SELECTION CRITERIA", "WHAT WE OFFER", "Eureka", "Eureka Stockade", "Eureka Hotel", "Eureka lead",
        "Southern Cross", "Chief Executive", "Sir Charles Hotham", "Governor of Victoria", "Governor", "Resident Commissioner",
        "Captain John Wellesley Thomas", "Dr Aiden Quennell-Rowe", "Speaker", "Australian", "American", "African American", "Irish",
        "Italian", "Scottish", "Working with Children Check", "Kneeling", "Thirteen", "Every", "They", "Later", "Build", "Curate",
        "Demonstrated", "Excellent", "Knowledge", "Lead", "Supervise", "Full", "Sunday", "Saturday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
BP[k] = "HOW TO APPLY"

# ---------------- i08 Brazil, the cangaço, Lampião and Maria Bonita at Angico: a library catalogue record ----------------
k = "i08"
P(k, "mendonca", "Leandro Gouveia de Mendonça", "Leandro Gouveia de Mendonça", "Mendonça, Leandro Gouveia de", "Mendonça")
P(k, "dantas", "Amaro Dantas", "Amaro Dantas", "Dantas, Amaro")
P(k, "lampiao", "Lampião", "Lampião", "Virgulino Ferreira da Silva")
P(k, "maria_bonita", "Maria Bonita", "Maria Bonita", "Maria Gomes de Oliveira", "Maria de Déa")
P(k, "corisco", "Corisco", "Corisco", "Cristino Gomes da Silva Cleto", "Diabo Louro")
P(k, "sinho_pereira", "Sinhô Pereira")
P(k, "cicero", "Cícero Romão Batista", "Cícero Romão Batista", "Padre Cícero")
P(k, "floro", "Floro Bartolomeu", "Floro Bartolomeu", "Floro")
P(k, "prestes", "Luís Carlos Prestes")
P(k, "uchoa", "Pedro de Albuquerque Uchoa")
P(k, "fernandes", "Rodolfo Fernandes")
P(k, "vargas", "Getúlio Vargas")
P(k, "bezerra", "João Bezerra")
P(k, "rufino", "José Rufino")
P(k, "dada", "Dadá", "Dadá", "Sérgia Ribeiro da Silva")
P(k, "ockendon", "Harriet Ockendon")
P(k, "ockendon_vaz", "Imelda Ockendon-Vaz")
G(k, "patriotic_battalion", "Patriotic Battalion", "Patriotic Battalion", "Batalhão Patriótico")
G(k, "prestes_column", "Prestes Column", "Prestes Column", "Column")
G(k, "pmal", "Alagoas Military Police")
L(k, "juazeiro", "Juazeiro do Norte")
L(k, "ceara", "Ceará")
L(k, "brazil", "Brazil")
L(k, "sao_francisco", "São Francisco")
L(k, "angico", "Grota do Angico", "Grota do Angico", "Angico")
L(k, "serra_talhada", "Serra Talhada", "Serra Talhada", "Vila Bela")
L(k, "pernambuco", "Pernambuco")
L(k, "rio", "Rio de Janeiro")
L(k, "mossoro", "Mossoró")
L(k, "rio_grande_do_norte", "Rio Grande do Norte")
L(k, "bahia", "Bahia")
L(k, "poco_redondo", "Poço Redondo")
L(k, "sergipe", "Sergipe")
L(k, "piranhas", "Piranhas")
L(k, "salvador", "Salvador")
L(k, "caruaru", "Caruaru")
rels(k, [("lampiao", "reports_to", "sinho_pereira"), ("cicero", "holds_office", "juazeiro"), ("floro", "founded", "patriotic_battalion"),
         ("prestes", "leads", "prestes_column"), ("lampiao", "member_of", "patriotic_battalion"), ("lampiao", "opposed_to", "fernandes"),
         ("fernandes", "holds_office", "mossoro"), ("vargas", "holds_office", "brazil"), ("bezerra", "member_of", "pmal"),
         ("pmal", "opposed_to", "lampiao"), ("pmal", "opposed_to", "maria_bonita"), ("corisco", "reports_to", "lampiao"),
         ("rufino", "opposed_to", "corisco")])
ev(k, "lampiao_born", "1898", "year", ["lampiao", "serra_talhada"], "born in 1898")
ev(k, "under_sinho", "1920", "approximate", ["lampiao", "sinho_pereira"], "from around 1920")
ev(k, "took_over", "1922", "year", ["lampiao", "sinho_pereira"], "left the sertão in 1922")
ev(k, "juazeiro", "1926-03", "month", ["lampiao", "juazeiro", "uchoa", "cicero", "patriotic_battalion"], "In March 1926")
ev(k, "mossoro", "1927-06-13", "day", ["lampiao", "mossoro", "fernandes"], "On 13 June 1927")
ev(k, "bahia", "1928", "year", ["lampiao", "bahia", "sao_francisco"], "In 1928 Lampião")
ev(k, "maria_joined", "1930", "year", ["maria_bonita", "lampiao"], "in 1930 Maria Gomes de Oliveira")
ev(k, "estado_novo", "1937-11", "month", ["vargas", "brazil"], "in November 1937")
ev(k, "angico", "1938-07-28", "day", ["pmal", "bezerra", "lampiao", "maria_bonita", "angico"], "At dawn on 28 July 1938")
ev(k, "heads_buried", "1969", "year", ["lampiao", "maria_bonita", "salvador"], "buried in 1969")
ev(k, "corisco_killed", "1940-05-25", "day", ["corisco", "rufino"], "on 25 May 1940")
ev(k, "dada_died", "1994", "year", ["dada"], "lived until 1994")
ev(k, "collected", "1971", "year", ["ockendon", "caruaru"], "at the Caruaru market in 1971")
ev(k, "donated", "2008", "year", ["ockendon_vaz"], "to the Library in 2008")
cl(k, "cicero", "Quem matou não mate mais, quem roubou não roube mais")
cl(k, "lampiao", "stay in the cangaço while there are men who want me dead")
cl(k, "mendonca", "I did not know Lampião, but I knew men who fed him and men who hunted him, and I wrote what both of them told me.")
cl(k, "ockendon_vaz", "My mother bought them by the armful, for pennies, and read them aloud to us in the car in both languages.")
NOISE.append({"source": k, "names": ["João Martins de Athayde", "Rodolfo Coelho Cavalcante", "Minelvino Francisco Silva",
                                     "Harbour Road", "Port Aldwick"]})
ACC += ["BRIGHTWATER UNIVERSITY LIBRARIES", "Brightwater University Libraries", "Brightwater University", "Search", "Browse",
        "Special Collections", "My account", "Ask a librarian", "Catalogue", "Latin American Popular Print", "Record", "Staff view",
        "Cite", "Export", "Print", "Title", "Variant title", "Author", "Other names", "Published", "Description", "Series", "Language",
        "Call number", "Location", "Special Collections Reading Room", "NOTES", "General note", "Summary", "Historical note",
        "Quoted text", "Author's note", "Provenance", "Condition", "SUBJECTS", "Genre/form", "HOLDINGS",
        "A Grota do Angico, ou, O fim do Rei do Cangaço", "A Grota do Angico", "O fim do Rei do Cangaço", "Fim do Rei do Cangaço",
        "Rei do Cangaço", "Folhetaria Estrela do Cariri", "Cariri", "Literatura de cordel", "Cordel literature", "Chapbooks, Brazilian",
        "Woodcuts", "Brigands and robbers", "Cangaceiros", "cangaço", "sertão", "Estado Novo", "Nina Rodrigues Institute",
        "Blond Devil", "Padre", "Padre Cícero Romão Batista", "Lieutenant João Bezerra", "Dr Harriet Ockendon", "President of Brazil", "Northeast",
        "Brazil, Northeast", "Portuguese", "Brazilian", "Poetry", "Verse", "Library", "Library use only", "Barcode", "Imprint",
        "Staples", "Final stanza", "Foi-se", "Quem", "Whoever", "Their", "His", "After", "Interviewed", "Collected", "SPC PQ9697",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
BP[k] = "SIMILAR ITEMS"

W.write()
