"""Builds gold.json for the thirty-fourth held-out set (heldout34) from the annotations below (run:
python3 eval/heldout34/build_gold.py). Edit here, rebuild, then run check_gold.py.

Quotes and event cues are written with single spaces; `exact` looks each one up in its source with any run of
whitespace allowed between words and writes the text's own characters into the gold, so check_gold.py's verbatim test
holds even where a line break falls between two words. Entity surfaces are never split across lines.

No entity is shared between two sources of this set: the eight articles are about eight unrelated armed risings in
eight regions (the Croatian Zagorje, the Beauvaisis, western Pennsylvania, the Sierra Tarahumara, Natal, the Bolaven
Plateau, the Chichibu valley and the Cumberland Plain around Sydney) from the 14th to the 20th century, and the only
words two of them share are generic ones such as "French", "English" or "Spanish", which are acceptable. Entity ids
are unique across the set; event ids are unique across the whole set."""
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


# ---------------- i01 Zagorje, Matija Gubec and the peasant revolt of 1573: a best man's wedding speech ----------------
k = "i01"
P(k, "thirza", "Thirza")
P(k, "domagoj", "Domagoj Kovačić", "Domagoj Kovačić", "Domagoj")
P(k, "jembrih", "Dario Jembrih", "Dario Jembrih", "Dario")
P(k, "stjepan", "Stjepan Kovačić", "Stjepan Kovačić", "Stjepan")
P(k, "tahy", "Franjo Tahy", "Franjo Tahy", "Ferenc Tahy", "Tahy")
P(k, "maximilian", "Maximilian II")
P(k, "gubec", "Matija Gubec", "Matija Gubec", "Gubec")
P(k, "pasanec", "Ivan Pasanec")
P(k, "mogaic", "Ivan Mogaić")
P(k, "gregoric", "Ilija Gregorić", "Ilija Gregorić", "Gregorić")
P(k, "draskovic", "Juraj Drašković")
P(k, "alapic", "Gašpar Alapić")
P(k, "senoa", "August Šenoa")
P(k, "augustincic", "Antun Augustinčić")
P(k, "santek", "Nikolina Šantek", "Nikolina Šantek", "Nikolina")
P(k, "cradduck", "Gillian Cradduck")
G(k, "uni_zagreb", "University of Zagreb")
G(k, "peasant_league", "Peasant League")
G(k, "uskoks", "Uskoks")
G(k, "museum_uprisings", "Museum of Peasant Uprisings")
L(k, "gornja_stubica", "Gornja Stubica")
L(k, "donja_stubica", "Donja Stubica")
L(k, "stubica", "Stubica")
L(k, "kendal", "Kendal")
L(k, "susedgrad", "Susedgrad")
L(k, "zagorje", "Zagorje")
L(k, "styria", "Styria")
L(k, "carniola", "Carniola")
L(k, "krsko", "Krško")
L(k, "zagreb", "Zagreb")
L(k, "zumberak", "Žumberak")
L(k, "st_marks", "St Mark's Square")
L(k, "orsic_castle", "Oršić Castle")
rels(k, [("jembrih", "member_of", "uni_zagreb"), ("domagoj", "member_of", "uni_zagreb"), ("tahy", "controls", "susedgrad"),
         ("gubec", "leads", "peasant_league"), ("pasanec", "member_of", "peasant_league"),
         ("mogaic", "member_of", "peasant_league"), ("gregoric", "member_of", "peasant_league"),
         ("peasant_league", "opposed_to", "tahy"), ("draskovic", "holds_office", "zagreb"), ("draskovic", "opposed_to", "gubec"),
         ("alapic", "allied_with", "draskovic"), ("uskoks", "allied_with", "draskovic"),
         ("santek", "member_of", "museum_uprisings")])
ev(k, "stjepan_died", "2019", "year", ["stjepan"], "who died in 2019")
ev(k, "tahy_bought", "1564", "year", ["tahy", "susedgrad", "stubica"], "In 1564 a baron called Franjo Tahy")
ev(k, "league_sworn", "1572", "year", ["peasant_league", "gubec", "stubica"], "So in 1572 they swore a secret league")
ev(k, "rising_1573", "1573-01-28", "day", ["peasant_league", "tahy", "zagorje", "styria", "carniola"],
   "The league rose against Tahy and every lord like him on 28 January 1573")
ev(k, "krsko_defeat", "1573-02", "approximate", ["krsko"], "beaten at Krško in the first days of February")
ev(k, "stubica_battle", "1573-02-09", "day", ["gubec", "draskovic", "peasant_league"], "On 9 February 1573 the two armies")
ev(k, "gubec_executed", "1573-02-15", "day", ["gubec", "zagreb", "st_marks"], "on 15 February 1573 he was executed")
ev(k, "gregoric_executed", "1574", "year", ["gregoric"], "put to death in 1574")
ev(k, "senoa_novel", "1877", "year", ["senoa", "gubec"], "When August Šenoa wrote his novel The Peasant Revolt in 1877")
ev(k, "monument_1973", "1973", "year", ["augustincic"], "monument on the hill went up in 1973")
ev(k, "museum_room", "2025", "year", ["museum_uprisings", "orsic_castle"],
   "Since last year the Museum of Peasant Uprisings in Oršić Castle has had a whole new room")
ev(k, "museum_tour", "2026-06-11", "day", ["santek", "museum_uprisings"], "on Thursday Nikolina Šantek")
ev(k, "speech_given", "2026-06-13", "day", ["jembrih"], "So many of you asked for Dario's speech after Saturday")
cl(k, "stjepan", "treated his serfs worse than his dogs, and he was fond of his dogs.")
cl(k, "thirza", "Dario, it's a wedding,")
cl(k, "stjepan", "They lost the battle,")
cl(k, "stjepan", "but they won the argument. It only took three hundred years.")
cl(k, "santek", "the Gubec linden is probably not old enough to have seen 1573, but nobody in Stubica wants to hear that.")
cl(k, "cradduck", "I came for a wedding and got a history lesson. I'd like the same again at the christening.")
NOISE.append({"source": k, "names": ["Tihana Brezovec", "Ivana Pintarić", "Zvonko", "Pozivnica Studio",
                                     "Lidija Zelenjak Fotografija", "Lidija Zelenjak"]})
ACC += ["THIRZA & DOMAGOJ", "Thirza & Domagoj", "Gubec linden", "Grandpa Stjepan", "The Peasant Revolt", "King Maximilian II",
        "Ottoman", "Slovene", "Hungarians", "SPEECHES", "Speeches", "Home", "Our story", "The day", "Travel & stay", "Photos",
        "Guestbook", "Posted", "Dobra", "Dobra večer", "Živjeli", "Next", "Previous", "Back", "The father of the bride",
        "Domagoj's", "Thirza's", "Dario's", "Antun Augustinčić's", "For", "Here", "He", "In", "So", "Some", "Their", "Nothing",
        "It", "Every", "Since", "According", "Please", "That", "Your", "Stay", "I", "I'm", "I'd", "If", "And", "When", "A",
        "The", "T"]
BP[k] = "GUESTBOOK (14)"


# ---------------- i02 Beauvaisis, Guillaume Cale and the Jacquerie of 1358: a horse racing racecard ----------------
k = "i02"
P(k, "lemarquand", "Thibault Lemarquand", "Thibault Lemarquand", "T. Lemarquand")
P(k, "vaudrey", "Solène Vaudrey-Aubin", "Solène Vaudrey-Aubin", "S. Vaudrey-Aubin")
P(k, "adebanjo", "Matthias Adebanjo", "Matthias Adebanjo", "M. Adebanjo")
P(k, "cheneviere", "Pierre-Alain Chenevière", "Pierre-Alain Chenevière", "P.-A. Chenevière", "Chenevière")
P(k, "dufresnoy", "Clémence Dufresnoy", "Clémence Dufresnoy", "C. Dufresnoy")
P(k, "kerbrat", "Anaïs Kerbrat", "Anaïs Kerbrat", "A. Kerbrat")
P(k, "lacoste", "Yannick Lacoste-Imbert", "Yannick Lacoste-Imbert", "Y. Lacoste-Imbert")
P(k, "adebanjo_fitz", "Mehdi Adebanjo-Fitz", "Mehdi Adebanjo-Fitz", "M. Adebanjo-Fitz")
P(k, "hautcoeur", "Loïc Hautcoeur", "Loïc Hautcoeur", "L. Hautcoeur")
P(k, "rambaud", "Eugénie Rambaud", "Eugénie Rambaud", "E. Rambaud")
P(k, "szczepanik", "Rafał Szczepanik", "Rafał Szczepanik", "R. Szczepanik")
P(k, "john_ii", "John II")
P(k, "cale", "Guillaume Cale", "Guillaume Cale", "Guillaume Karle", "Cale")
P(k, "marcel", "Étienne Marcel")
P(k, "charles_v", "Charles V")
P(k, "gaston", "Gaston Fébus")
P(k, "grailly", "Jean de Grailly")
P(k, "charles_bad", "Charles the Bad")
P(k, "venette", "Jean de Venette")
P(k, "vasseur", "Gisèle Vasseur-Brunet")
G(k, "jacquerie", "Jacquerie")
G(k, "cercle", "Cercle Historique de Saint-Leu")
L(k, "chantilly", "Chantilly")
L(k, "compiegne", "Compiègne")
L(k, "saint_leu", "Saint-Leu-d'Esserent", "Saint-Leu-d'Esserent", "Saint-Leu")
L(k, "oise", "Oise")
L(k, "poitiers", "Poitiers")
L(k, "beauvaisis", "Beauvaisis")
L(k, "ermenonville", "Ermenonville")
L(k, "meaux", "Market of Meaux")
L(k, "prussia", "Prussia")
L(k, "foix", "Foix")
L(k, "clermont", "Clermont")
rels(k, [("lemarquand", "reports_to", "vaudrey"), ("jacquerie", "controls", "beauvaisis"), ("cale", "leads", "jacquerie"),
         ("cale", "allied_with", "marcel"), ("marcel", "opposed_to", "charles_v"), ("gaston", "holds_office", "foix"),
         ("gaston", "opposed_to", "jacquerie"), ("grailly", "opposed_to", "jacquerie"), ("charles_bad", "opposed_to", "jacquerie"),
         ("vasseur", "member_of", "cercle")])
ev(k, "belle_won", "2026-06-07", "day", ["dufresnoy", "compiegne"], "won at Compiègne on Sunday under Clémence Dufresnoy")
ev(k, "poitiers_1356", "1356", "year", ["john_ii", "poitiers"], "In 1356 the English had captured King John II at Poitiers")
ev(k, "saint_leu_killings", "1358-05-28", "day", ["saint_leu", "jacquerie"], "On 28 May 1358 peasants at Saint-Leu")
ev(k, "castles_burned", "1358-06", "approximate", ["ermenonville", "beauvaisis"], "In the first week of June 1358 castles burned")
ev(k, "meaux_attack", "1358-06-09", "day", ["meaux", "gaston", "grailly", "jacquerie"], "On 9 June 1358 a force of peasants")
ev(k, "cale_seized", "1358-06-10", "day", ["charles_bad", "cale", "clermont", "jacquerie"], "On 10 June 1358 Charles the Bad")
ev(k, "cale_beheaded", "1358-06", "approximate", ["cale", "clermont"], "Cale was beheaded at Clermont a few days later")
ev(k, "marcel_killed", "1358-07-31", "day", ["marcel"], "Étienne Marcel was killed on 31 July 1358")
cl(k, "vaudrey", "She's come out of Sunday bouncing. The draw is wide, but she settles, and 1,800 is her trip.")
cl(k, "cheneviere", "still does silly things in front")
cl(k, "vasseur", "People here still argue about whether the rebels of 1358 were heroes or murderers,")
cl(k, "vasseur", "We asked for the name so that the argument carries on. Last month we put up a plaque by the church; tomorrow afternoon it gets a horse race.")
NOISE.append({"source": k, "names": ["Turfstat Données SAS", "Pronostics Galopin", "Écoute Joueurs Info"]})
ACC += ["LE PETIT TURF", "Le Petit Turf", "RACECARDS", "Racecards", "Results", "Tips", "Form guide", "Stats", "Shop",
        "You are here", "CHANTILLY · RACE 4 OF 8", "PRIX DE SAINT-LEU-D'ESSERENT", "Prix de Saint-Leu-d'Esserent",
        "Prix de Gouvieux", "Prix du Lys", "Maiden", "Class 2", "Handicap", "Going", "Prize money", "Card published",
        "Check", "No", "Horse", "Age", "Wt", "Jockey", "Trainer", "Form", "Forecast", "SPOTLIGHT", "VERDICT",
        "THE RACE NAME", "WHY SAINT-LEU?", "Roi des Étangs", "Jacques Bonhomme", "Belle de Creil", "BELLE DE CREIL",
        "Vent du Thérain", "Quatre Chemins", "Sire de Verberie", "Douce Oise", "Handles", "Her", "Others", "Each-way",
        "King John II", "Count of Foix", "Captal de Buch", "Dauphin", "the Dauphin", "Carmelite", "English", "Charles V's",
        "Solène Vaudrey-Aubin's", "Rafał Szczepanik's", "Jacquerie's", "Next race", "Previous race", "Within",
        "Its", "In", "On", "The", "Two", "Almost", "People", "We", "Last", "She's", "His", "She"]
BP[k] = "PLAY RESPONSIBLY"


# ---------------- i03 western Pennsylvania, the Whiskey Rebellion of 1794: a trademark register extract ----------------
k = "i03"
P(k, "asare", "Gwendolyn Asare-Penwarden")
P(k, "hamilton", "Alexander Hamilton")
P(k, "ellenberger", "Corinna Ellenberger", "Corinna Ellenberger", "Ellenberger")
P(k, "lenox", "David Lenox")
P(k, "neville", "John Neville")
P(k, "mcfarlane", "James McFarlane", "James McFarlane", "McFarlane")
P(k, "kirkpatrick", "Abraham Kirkpatrick")
P(k, "bradford", "David Bradford")
P(k, "quintanilla", "Anselmo Quintanilla-Roach")
P(k, "washington", "George Washington")
P(k, "lee", "Henry Lee")
P(k, "vigol", "Philip Vigol")
P(k, "mitchell", "John Mitchell")
P(k, "oyelowo", "Jessamy Oyelowo-Brede")
G(k, "chartiers_run", "Chartiers Run Distilling Co. LLC", "Chartiers Run Distilling Co. LLC", "Chartiers Run",
  "CHARTIERS RUN DISTILLING CO. LLC")
G(k, "ostrander", "Ostrander Kell LLP")
G(k, "society", "Chartiers Valley Historical Society", "Chartiers Valley Historical Society",
  "CHARTIERS VALLEY HISTORICAL SOCIETY")
G(k, "mingo", "Mingo Creek Association")
L(k, "finleyville", "Finleyville")
L(k, "pennsylvania", "Pennsylvania")
L(k, "bower_hill", "Bower Hill")
L(k, "chartiers_valley", "Chartiers Valley")
L(k, "braddocks_field", "Braddock's Field")
L(k, "carlisle", "Carlisle")
L(k, "bayou_sara", "Bayou Sara")
rels(k, [("asare", "member_of", "ostrander"), ("ellenberger", "leads", "society"), ("society", "opposed_to", "chartiers_run"),
         ("mingo", "opposed_to", "neville"), ("mcfarlane", "member_of", "mingo"), ("kirkpatrick", "controls", "bower_hill"),
         ("bradford", "leads", "mingo"), ("quintanilla", "founded", "chartiers_run"), ("washington", "opposed_to", "mingo"),
         ("lee", "reports_to", "washington"), ("hamilton", "reports_to", "washington")])
ev(k, "excise_1791", "1791", "year", ["hamilton"], "In 1791 the new federal government laid an excise")
ev(k, "writs_served", "1794-07", "month", ["lenox", "neville"], "In July 1794 a federal marshal, David Lenox")
ev(k, "bower_hill_attack", "1794-07-16", "day", ["mingo", "bower_hill", "neville"], "On 16 July 1794 men of the Mingo Creek Association")
ev(k, "bower_hill_burned", "1794-07-17", "day", ["mcfarlane", "kirkpatrick", "bower_hill"], "The next day some six hundred returned")
ev(k, "mail_robbed", "1794-07-26", "day", ["bradford"], "he had the mail robbed on 26 July 1794")
ev(k, "braddocks_muster", "1794-08-01", "day", ["bradford", "braddocks_field"], "called the muster at Braddock's Field on 1 August 1794")
ev(k, "proclamation", "1794-08-07", "day", ["washington"], "By a proclamation of 7 August 1794")
ev(k, "carlisle_review", "1794-10", "month", ["washington", "carlisle"], "The President reviewed the troops at Carlisle in October 1794")
ev(k, "arrests", "1794-11-13", "day", ["mingo"], "On the night of 13 November 1794 soldiers arrested")
ev(k, "distillery_founded", "2019", "year", ["quintanilla", "chartiers_run"], "founded by the distiller Anselmo Quintanilla-Roach in 2019")
ev(k, "society_meeting", "2026-03", "month", ["quintanilla", "society", "finleyville"],
   "told the meeting the Society held at Finleyville last month")
cl(k, "ellenberger", "Every schoolchild in this valley learns that Tom the Tinker was everybody and nobody,")
cl(k, "ellenberger", "A single company cannot own him.")
cl(k, "asare", "Our mark tells the story of the valley; it does not claim to be the valley,")
cl(k, "quintanilla", "a paragraph of real history on every bottle")
cl(k, "oyelowo", "the deceptiveness ground is the one to watch: a buyer might think the whiskey is made at Bower Hill, and it is not.")
NOISE.append({"source": k, "names": ["Ledgerlight Register Analytics Inc.", "Ledgerlight Register Analytics", "Nimbus Tier Cloud"]})
ACC += ["MARKSCOPE", "Markscope", "Trademark watch and register extracts", "Search", "Watch lists", "Alerts", "Reports", "Help",
        "Signed in as", "REGISTER EXTRACT", "U.S. APPLICATION", "STANDARD CHARACTER MARK", "Extract", "ET", "MARK",
        "TOM THE TINKER", "Tom the Tinker", "Serial no.", "Filed", "Status", "Opposition pending", "Applicant",
        "Attorney of record", "Goods", "Class 33", "Mark type", "Standard characters", "Disclaimer / translation", "None",
        "SIGNIFICANCE STATEMENT", "PROSECUTION HISTORY", "Application filed", "Office action", "Response filed",
        "Published for opposition", "Notice of opposition filed", "Opposition No.", "Answer filed", "OPPOSITION NO.",
        "CHARTIERS VALLEY HISTORICAL SOCIETY v. CHARTIERS RUN DISTILLING CO. LLC", "Grounds", "Summary of the notice of opposition",
        "Summary of the applicant's answer", "Society", "the Society", "Dr. Corinna Ellenberger", "Dr. Ellenberger",
        "Treasury Secretary", "the Treasury Secretary", "President", "the President", "President George Washington",
        "Major Abraham Kirkpatrick", "Spanish", "Farmers", "Anonymous", "MARKSCOPE ANALYST NOTE", "Opposers",
        "RELATED MARKS ON WATCH", "MONONGAHELA MASH", "Monongahela Mash", "Chartiers Run's",
        "John Neville's", "Mingo Creek", "the Mingo Creek men", "According", "Every", "Our", "Two", "By", "It", "In", "On",
        "The", "A", "U.S.", "Mar", "Jun", "Sep", "Nov", "Jan", "Feb"]
BP[k] = "ABOUT THIS EXTRACT"


# ---------------- i04 Sierra Tarahumara, Cruz Chávez and the Tomóchic rebellion (1891-1892): a community survey results report ----------------
k = "i04"
P(k, "teresa", "Teresa Urrea", "Teresa Urrea", "La Santa de Cabora")
P(k, "cruz", "Cruz Chávez")
P(k, "carrillo", "Lauro Carrillo")
P(k, "rangel", "José María Rangel")
P(k, "porfirio", "Porfirio Díaz")
P(k, "frias", "Heriberto Frías")
P(k, "bustillos", "Rogelio Bustillos Arvizu")
P(k, "ontiveros", "Fidencio Ontiveros")
P(k, "ledezma", "Teresita Ledezma Chávez")
P(k, "anchondo", "Maribel Anchondo Baeza")
G(k, "uach", "Universidad Autónoma de Chihuahua", "Universidad Autónoma de Chihuahua", "UACH")
G(k, "teresistas", "teresistas")
G(k, "ejido", "Ejido Tomóchic")
G(k, "secretaria", "Secretaría de Cultura")
L(k, "tomochic", "Tomóchic")
L(k, "sierra_tarahumara", "Sierra Tarahumara")
L(k, "ciudad_guerrero", "Ciudad Guerrero")
L(k, "chihuahua", "Chihuahua")
L(k, "arizona", "Arizona")
L(k, "clifton", "Clifton")
rels(k, [("cruz", "leads", "teresistas"), ("carrillo", "holds_office", "chihuahua"), ("carrillo", "opposed_to", "cruz"),
         ("rangel", "opposed_to", "cruz"), ("rangel", "reports_to", "porfirio"), ("bustillos", "leads", "ejido"),
         ("ontiveros", "holds_office", "tomochic"), ("anchondo", "member_of", "uach")])
ev(k, "tomochic_rising", "1891-12", "month", ["tomochic", "cruz", "teresistas"], "In December 1891 its people rose against the state")
ev(k, "teresa_expelled", "1892", "year", ["teresa", "arizona"], "In 1892 the government expelled Teresa Urrea")
ev(k, "rangel_routed", "1892-09-02", "day", ["rangel", "cruz", "tomochic"], "On 2 September 1892 the villagers routed a federal column")
ev(k, "siege", "1892-10-20", "range", ["tomochic", "cruz"], "From 20 to 29 October 1892 some twelve hundred soldiers besieged Tomóchic",
   end="1892-10-29")
ev(k, "novel_1893", "1893", "year", ["frias"], "published the novel Tomóchic in 1893")
ev(k, "teresa_died", "1906", "year", ["teresa", "clifton", "arizona"], "Teresa Urrea died in Clifton, Arizona, in 1906")
ev(k, "public_meeting", "2026-02-28", "day", ["bustillos", "ontiveros", "ledezma", "anchondo"], "From the public meeting on 28 February")
ev(k, "results_presented", "2026-03-11", "day", ["secretaria"], "to the state's Secretaría de Cultura last Wednesday")
cl(k, "bustillos", "The ejido lost land to the surveyors before anyone fired a shot,")
cl(k, "bustillos", "If the centre forgets the land, it forgets why.")
cl(k, "ontiveros", "Cruz Chávez was a man of faith who broke with the Church. Both halves of that sentence are true, and a centre should hold both.")
cl(k, "ledezma", "only if it stays in Tomóchic")
cl(k, "anchondo", "People are not asking for a monument. They are asking for a place where the village can argue with itself.")
NOISE.append({"source": k, "names": ["Formulario Abierto", "Imprenta Sierra Azul", "Eréndira Loya Carbajal"]})
ACC += ["COMITÉ PRO CENTRO DE INTERPRETACIÓN TOMÓCHIC", "Comité Pro Centro de Interpretación Tomóchic",
        "Community consultation on the Tomóchic interpretation centre", "RESULTS REPORT", "Report CPT-2026-02",
        "Fieldwork", "Respondents", "Survey design", "Contents", "Department of History", "WHY A CONSULTATION",
        "Why a consultation", "WHO ANSWERED", "Who answered", "HEADLINE RESULTS", "Headline results", "THE NAME",
        "The name", "WHAT PEOPLE SAID", "What people said", "NEXT STEPS", "Next steps", "Age", "Women", "Men", "Other",
        "Lives in the ejido", "Q3", "Q5", "Q7", "Which", "The siege of October 1892", "Daily life in the sierra before 1891",
        "Don't know", "Should", "Would", "Yes", "No", "Not sure", "Maybe", "Centro Cruz Chávez", "Tomóchic 1892",
        "¡Viva el poder de Dios!", "Viva", "Dios", "God", "the Church", "Church", "General José María Rangel",
        "President Porfirio Díaz", "Father Fidencio Ontiveros", "Dr. Maribel Anchondo Baeza", "From", "Among", "Put", "My",
        "She", "If", "People", "Both", "Most", "When", "For", "This", "The", "In", "On", "A", "R-0117", "R-0288", "English",
        "Cruz Chávez's", "Teresa Urrea's"]
BP[k] = "AVISO DE PRIVACIDAD / PRIVACY NOTICE"


# ---------------- i05 Natal, Bambatha kaMancinza and the rising of 1906: a heritage object export permit application ----------------
k = "i05"
P(k, "dlamini", "Zanele Dlamini-Vosloo", "Zanele Dlamini-Vosloo", "Z. Dlamini-Vosloo")
P(k, "ngcobo", "Mandla Ngcobo-Farrant")
P(k, "lanyon", "Arthur Lanyon", "Arthur Lanyon", "Lanyon")
P(k, "mccallum", "Henry McCallum", "Henry McCallum", "McCallum")
P(k, "bambatha", "Bambatha kaMancinza", "Bambatha kaMancinza", "Bambatha")
P(k, "magwababa", "Magwababa")
P(k, "dinuzulu", "Dinuzulu kaCetshwayo", "Dinuzulu kaCetshwayo", "Dinuzulu")
P(k, "sigananda", "Sigananda kaZulu", "Sigananda kaZulu", "Sigananda")
P(k, "mehlokazulu", "Mehlokazulu kaSihayo")
P(k, "mckenzie", "Duncan McKenzie", "Duncan McKenzie", "McKenzie")
P(k, "sandqvist", "Karin Sandqvist-Mbanefo")
P(k, "zondi_majola", "Bhekizizwe Zondi-Majola")
P(k, "du_plessis", "Riana du Plessis-Ntuli")
P(k, "radebe", "Lungile Radebe-Hofmeyr")
G(k, "umvoti_museum", "Umvoti Valley Heritage Museum")
G(k, "carbineers", "Natal Carbineers")
G(k, "zondi", "Zondi")
G(k, "cube", "amaCube")
G(k, "skeppsbron", "Skeppsbron Museum of Global History")
G(k, "zondi_council", "Zondi Traditional Council")
G(k, "field_force", "Natal Field Force")
L(k, "greytown", "Greytown")
L(k, "umvoti", "Umvoti")
L(k, "richmond", "Richmond")
L(k, "natal", "Natal")
L(k, "mpanza", "Mpanza")
L(k, "usuthu", "Usuthu")
L(k, "nkandla", "Nkandla")
L(k, "mome", "Mome Gorge", "Mome Gorge", "Mome")
L(k, "gothenburg", "Gothenburg")
rels(k, [("lanyon", "member_of", "carbineers"), ("mccallum", "holds_office", "natal"), ("bambatha", "leads", "zondi"),
         ("bambatha", "opposed_to", "magwababa"), ("sigananda", "leads", "cube"), ("sigananda", "allied_with", "bambatha"),
         ("mehlokazulu", "allied_with", "bambatha"), ("mckenzie", "reports_to", "mccallum"), ("mckenzie", "opposed_to", "bambatha"),
         ("dlamini", "member_of", "umvoti_museum"), ("sandqvist", "member_of", "skeppsbron"),
         ("zondi_majola", "leads", "zondi_council"), ("mckenzie", "leads", "field_force"), ("carbineers", "part_of", "field_force"),
         ("umvoti_museum", "backed_by", "zondi_council")])
ev(k, "poll_tax", "1905", "year", ["natal"], "In 1905 the colonial parliament passed a poll tax")
ev(k, "tax_due", "1906-01", "month", ["natal"], "first due in January 1906")
ev(k, "richmond_killings", "1906-02", "month", ["richmond"], "In February 1906 two policemen were killed near Richmond")
ev(k, "martial_law", "1906-02-09", "day", ["mccallum", "natal"], "on 9 February 1906 Sir Henry McCallum")
ev(k, "mpanza_ambush", "1906-04-04", "day", ["bambatha", "mpanza"], "on 4 April 1906 ambushed a police patrol")
ev(k, "may_pursuit", "1906-05", "month", ["mckenzie", "bambatha"], "through May McKenzie's columns moved against Bambatha")
ev(k, "mome_battle", "1906-06-10", "day", ["mome", "bambatha", "mckenzie"], "At Mome Gorge, on 10 June 1906")
ev(k, "sigananda_died", "1906-07", "month", ["sigananda"], "Sigananda surrendered and died in custody in July 1906")
ev(k, "dinuzulu_arrested", "1907-12", "month", ["dinuzulu"], "Dinuzulu was arrested in December 1907")
ev(k, "dinuzulu_convicted", "1909", "year", ["dinuzulu"], "convicted in 1909 of harbouring rebels")
ev(k, "shield_given", "1962", "year", ["umvoti_museum", "zondi", "mpanza"], "was given to the museum in 1962")
ev(k, "condition_check", "2026-04-28", "day", ["du_plessis"], "condition-checked on 28 April 2026")
cl(k, "lanyon", "Mome. Nobody here will talk to us, and I do not blame them.")
cl(k, "zondi_majola", "Our grandfathers' shield may travel, as long as it comes home, and as long as the visitors in Gothenburg are told whose shield it is.")
cl(k, "dlamini", "We hesitated over the album,")
cl(k, "dlamini", "It was made by the side that won. But it is also the clearest record we have of what was done at Mome, and the council agreed it should be seen.")
cl(k, "radebe", "Items 1 and 3 meet the threshold for a temporary permit with conditions; item 2 should travel only if a certified scan stays here.")
NOISE.append({"source": k, "names": ["Indlela Digital Services (Pty) Ltd", "Indlela Digital Services", "PayGate Umfula",
                                     "Kagiso Maponya-Steyn"]})
ACC += ["HERITAGE OBJECTS PERMITS", "Heritage Objects Permits", "ONLINE APPLICATION RECORD", "Applicant portal",
        "My applications", "Guidance notes", "Fees", "Contact the permits unit", "FORM HOP-3", "HOP-3", "HOP3/2026/0147",
        "APPLICATION FOR A PERMIT TO EXPORT HERITAGE OBJECTS TEMPORARILY", "Case reference", "Status", "Submitted",
        "PART A", "APPLICANT", "A1", "A2", "A3", "Institution", "Responsible officer", "Courier", "Curator",
        "Collections Manager", "PART B", "OBJECTS", "Item", "Description", "Date", "Size", "Value", "ZAR",
        "Photograph", "Poll", "Isihlangu", "Trooper Arthur Lanyon", "Trooper Lanyon", "PART C", "STATEMENT OF SIGNIFICANCE",
        "Zulu", "Zulu-speakers", "English", "Bambatha Rebellion", "the Bambatha Rebellion", "impi yamakhanda",
        "Sir Henry McCallum", "Colonel Duncan McKenzie", "McKenzie's", "Bambatha's", "Lanyon's", "PART D",
        "PURPOSE, DESTINATION AND DURATION", "Loan", "Counting Heads: Taxes and Resistance, 1896-1915", "Counting Heads",
        "Borrower's curator", "Dr. Karin Sandqvist-Mbanefo", "PART E", "CONSULTATION", "Nkosi Bhekizizwe Zondi-Majola",
        "Nkosi", "PART F", "CONDITION, PACKING AND COURIER", "Album", "PART G", "DECLARATION", "Signed",
        "ASSESSOR'S FILE NOTE", "Complete", "Items", "Our", "It", "But", "His", "He", "There", "More", "The", "In", "I",
        "We", "All", "At", "Zondi family"]
BP[k] = "PROTECTION OF PERSONAL INFORMATION"


# ---------------- i06 Bolaven Plateau, Ong Kaeo, Ong Kommadam and the Phu Mi Bun rising (1901-1936): an ESIA cultural heritage chapter ----------------
k = "i06"
P(k, "ong_kaeo", "Ong Kaeo", "Ong Kaeo", "Ong Keo")
P(k, "ong_man", "Ong Man")
P(k, "dauplay", "Jean Dauplay")
P(k, "kommadam", "Ong Kommadam", "Ong Kommadam", "Ong Kommandam")
P(k, "sithon", "Sithon Kommadam")
P(k, "bounmy", "Bounmy Keomanivong")
P(k, "khamla", "Khamla Vongphachanh")
P(k, "phongsavanh", "Phongsavanh Sengdara")
P(k, "anousone", "Anousone Siphandone-Arbuthnot")
G(k, "sekong_dept", "Sekong Provincial Department of Information, Culture and Tourism")
G(k, "phu_mi_bun", "Phu Mi Bun")
G(k, "garde", "Garde Indigène")
L(k, "bolaven", "Bolaven Plateau")
L(k, "thateng", "Thateng")
L(k, "sekong", "Sekong")
L(k, "nong_mek", "Nong Mek")
L(k, "mekong", "Mekong")
L(k, "khemmarat", "Khemmarat")
L(k, "savannakhet", "Savannakhet")
L(k, "saravane", "Saravane", "Saravane", "Salavan")
L(k, "tayun", "Mount Tayun")
rels(k, [("ong_kaeo", "leads", "phu_mi_bun"), ("ong_man", "member_of", "phu_mi_bun"), ("garde", "opposed_to", "phu_mi_bun"),
         ("dauplay", "holds_office", "saravane"), ("kommadam", "reports_to", "ong_kaeo"), ("kommadam", "controls", "bolaven"),
         ("khamla", "member_of", "sekong_dept"), ("phongsavanh", "holds_office", "nong_mek")])
ev(k, "walkover", "2026-01-12", "range", ["thateng", "bolaven"], "from 12 to 16 January 2026", end="2026-01-16")
ev(k, "consultation", "2026-01-21", "day", ["nong_mek", "sekong_dept", "khamla"], "held a consultation meeting at Nong Mek on 21 January 2026")
ev(k, "uprising", "1901", "range", ["phu_mi_bun", "bolaven"], "Between 1901 and 1936 these uplands", end="1936")
ev(k, "french_1893", "1893", "year", ["mekong"], "After the French took the east bank of the Mekong in 1893")
ev(k, "escort_attack", "1901-04", "month", ["ong_kaeo", "phu_mi_bun"], "in April 1901 Ong Kaeo's men attacked")
ev(k, "khemmarat_sacked", "1902-03-30", "day", ["ong_man", "khemmarat"], "sacked Khemmarat on 30 March 1902")
ev(k, "savannakhet_march", "1902-04", "month", ["savannakhet", "garde", "phu_mi_bun"], "In April 1902 some two thousand marchers")
ev(k, "terms_1907", "1907", "year", ["ong_kaeo"], "Ong Kaeo came to terms with the French in 1907")
ev(k, "ong_kaeo_killed", "1910-11", "month", ["ong_kaeo", "dauplay", "kommadam"], "In November 1910, by most accounts, he was killed")
ev(k, "kommadam_killed", "1936", "year", ["kommadam"], "was killed by colonial troops in 1936")
cl(k, "bounmy", "My grandfather carried rice for Ong Kommadam's men,")
cl(k, "bounmy", "Nobody wrote his name down, so we say it at the spirit house every year.")
cl(k, "khamla", "Do not move the turbine at NB-41 a little. Move it a lot. That hill is where people remember the holy man.")
cl(k, "anousone", "None of the sites below is protected by law. All of them are protected by memory, which is harder to mitigate.")
NOISE.append({"source": k, "names": ["Geomatica Mekong Partners", "Lanexang Language Services", "Vilayvanh Douangchak"]})
ACC += ["NORTHERN BOLAVEN WIND POWER PROJECT", "Northern Bolaven Wind Power Project", "Northern Bolaven Wind Power Co., Ltd.",
        "Northern Bolaven Wind Power Co.", "Tessera Environmental Asia", "Tessera", "Environmental and Social Impact Assessment",
        "Volume II", "Chapter 11", "Chapter 14", "Cultural Heritage", "Draft for public disclosure", "Rev. C", "Rev. D",
        "Document no.", "NBW-ESIA-V2-11-C", "Prepared for", "Prepared by", "INTRODUCTION", "STUDY AREA AND METHOD",
        "HISTORICAL BASELINE: THE PHU MI BUN UPRISING", "THE PHU MI BUN UPRISING", "WHAT WE HEARD", "SITES OF SIGNIFICANCE",
        "IMPACTS AND MITIGATION", "French", "English-language", "révolte des Bolovens", "Holy Man's Rebellion",
        "the Holy Man's Rebellion", "Alak", "Laven", "Pho Thao", "Pho Thao Bounmy Keomanivong", "Ms. Khamla Vongphachanh",
        "Mr. Phongsavanh Sengdara", "Dr. Anousone Siphandone-Arbuthnot", "Tessera's", "Ong Kaeo's", "Ong Kommadam's",
        "Nong Mek's", "ID", "Site", "Type", "Sensitivity", "Nearest asset", "CH-01", "CH-02", "CH-03", "CH-04", "High",
        "Medium", "Access", "Turbine", "Ruined", "Line", "Spirit", "Laydown", "NB-41", "Annex 11-B", "Elders", "He",
        "When", "His", "After", "Between", "On", "In", "The", "This", "It", "At", "Do", "Move", "That", "None", "All",
        "My", "Nobody", "A", "MW", "T-22", "R7", "L2"]
BP[k] = "DISCLOSURE, LIMITATIONS AND COPYRIGHT"


# ---------------- i07 Chichibu, the Konmintō and the incident of 1884: an ekiden relay race report ----------------
k = "i07"
P(k, "hirose", "Naoki Hirose-Pendry")
P(k, "takizawa", "Sota Takizawa", "Sota Takizawa", "Takizawa", "S. Takizawa")
P(k, "fujinami", "Daichi Fujinami", "Daichi Fujinami", "Fujinami", "D. Fujinami")
P(k, "inagaki", "Sora Inagaki", "Sora Inagaki", "S. Inagaki")
P(k, "arakawa", "Michiko Arakawa-Doyle")
P(k, "morohoshi", "Kaede Morohoshi", "Kaede Morohoshi", "K. Morohoshi")
P(k, "tashiro", "Tashiro Eisuke", "Tashiro Eisuke", "Eisuke Tashiro", "Tashiro")
P(k, "inoue", "Inoue Denzō", "Inoue Denzō", "Itō Fusajirō")
P(k, "kato", "Katō Orihei")
P(k, "kikuchi", "Kikuchi Kanbei")
P(k, "ishizaka", "Tomoko Ishizaka")
for pid, name in [("kuwabara", "H. Kuwabara"), ("asami", "T. Asami"), ("odagiri", "Y. Odagiri"), ("nishimaki", "K. Nishimaki"),
                  ("tsutsumi", "M. Tsutsumi"), ("hoshino", "R. Hoshino"), ("kanzaki", "A. Kanzaki"), ("ebihara", "S. Ebihara"),
                  ("yanase", "M. Yanase"), ("tokiwa", "N. Tokiwa"), ("oshima", "H. Oshima")]:
    P(k, pid, name)
G(k, "ogano_club", "Ogano Town Runners Club", "Ogano Town Runners Club", "Ogano")
G(k, "yokoze", "Yokoze Mountain Runners", "Yokoze Mountain Runners", "Yokoze")
G(k, "minano_club", "Minano Silk Striders", "Minano Silk Striders", "Minano")
G(k, "fire_brigade", "Shimoyoshida Volunteer Fire Brigade")
G(k, "konminto", "Konmintō", "Konmintō", "Poor People's Party")
G(k, "jiyuto", "Jiyūtō")
G(k, "takasaki", "Takasaki garrison")
G(k, "ekiden_committee", "Konmintō Memorial Ekiden Committee")
L(k, "omiya", "Ōmiya")
L(k, "muku", "Muku Shrine")
L(k, "yoshida", "Yoshida")
L(k, "ogano", "Ogano")
L(k, "minano", "Minano")
L(k, "chichibu", "Chichibu")
L(k, "shinshu", "Shinshū")
L(k, "shimoyoshida", "Shimoyoshida")
L(k, "jumonji", "Jūmonji Pass")
L(k, "higashimagi", "Higashimagi-no-hara")
L(k, "hokkaido", "Hokkaido")
rels(k, [("takizawa", "member_of", "ogano_club"), ("fujinami", "member_of", "yokoze"), ("inagaki", "member_of", "minano_club"),
         ("arakawa", "member_of", "yokoze"), ("morohoshi", "leads", "ogano_club"), ("tashiro", "leads", "konminto"),
         ("inoue", "member_of", "jiyuto"), ("inoue", "member_of", "konminto"), ("kato", "reports_to", "tashiro"),
         ("kikuchi", "member_of", "konminto"), ("konminto", "controls", "omiya"), ("takasaki", "opposed_to", "konminto"),
         ("ishizaka", "leads", "ekiden_committee")])
ev(k, "ekiden_2025", "2025-11-02", "day", ["ogano_club", "yokoze", "morohoshi", "omiya"], "Sunday's twelfth Konmintō Memorial Ekiden")
ev(k, "leg_record_2019", "2019", "year", ["inagaki", "minano_club"], "had set in 2019")
ev(k, "tashiro_asked", "1884-09", "month", ["tashiro", "konminto"], "In September 1884 the indebted farmers")
ev(k, "muku_gathering", "1884-10-31", "day", ["muku", "shimoyoshida", "konminto"], "On the evening of 31 October 1884")
ev(k, "omiya_taken", "1884-11-01", "day", ["omiya", "ogano", "konminto"], "On 1 November 1884 they marched through Ogano and took Ōmiya")
ev(k, "tashiro_left", "1884-11-04", "day", ["tashiro"], "Tashiro left the headquarters on 4 November")
ev(k, "jiyuto_dissolved", "1884-10", "approximate", ["jiyuto"], "who had dissolved their party at the end of October 1884")
ev(k, "higashimagi_defeat", "1884-11-09", "day", ["kikuchi", "higashimagi", "shinshu"], "beaten at Higashimagi-no-hara on 9 November 1884")
ev(k, "tashiro_arrested", "1884-11-15", "day", ["tashiro"], "Tashiro was arrested on 15 November")
ev(k, "tashiro_executed", "1885-05-17", "day", ["tashiro"], "executed on 17 May 1885")
ev(k, "inoue_deathbed", "1918", "year", ["inoue"], "only on his deathbed in 1918")
cl(k, "takizawa", "I wanted the shrine behind me before I could start thinking,")
cl(k, "fujinami", "I saw the Ogano sash and stopped feeling my legs,")
cl(k, "fujinami", "That's the only tactic I've got.")
cl(k, "arakawa", "We have the best anchor in the valley. Fourteen seconds is a lifetime.")
cl(k, "morohoshi", "I have been second in this race three times,")
cl(k, "morohoshi", "I was not doing it a fourth.")
cl(k, "ishizaka", "We don't ask the runners to think about 1884 while they race,")
cl(k, "ishizaka", "We ask them to look at the valley on the way. The story is in the valley.")
NOISE.append({"source": k, "names": ["Hanako Wakamatsu", "Yuji Mabuchi", "Lapcount Timing", "Sakura Nodes"]})
ACC += ["CHICHIBU HILLS RUNNING NEWS", "Chichibu Hills Running News", "Race reports", "Ekiden", "Results", "Calendar",
        "Club finder", "Submit a result", "RACE REPORT", "RESULT", "Konmintō Memorial Ekiden", "LEG 1", "LEG 2", "LEG 3",
        "LEG 4", "LEG 5", "LEG", "Leg", "Yoshida bridge", "WHY THIS ROUTE?", "SPLITS", "Western", "Home", "By", "They",
        "The", "Here", "It", "Eleven", "What", "On", "For", "In", "We", "Full", "Photos", "I", "Police", "Yokoze's", "Ogano's",
        "Tashiro's", "Konmintō's", "Kikuchi Kanbei's", "That's", "I've", "Fourteen", "new government, abundant virtue"]
BP[k] = "COMMENTS (6)"


# ---------------- i08 Sydney, Pemulwuy and the Bidjigal resistance (1790-1802): a golf club's hole-by-hole course guide ----------------
k = "i08"
P(k, "pemulwuy", "Pemulwuy")
P(k, "mcintyre", "John McIntyre", "John McIntyre", "McIntyre")
P(k, "phillip", "Arthur Phillip")
P(k, "tench", "Watkin Tench")
P(k, "king", "Philip Gidley King")
P(k, "hacking", "Henry Hacking")
P(k, "banks", "Joseph Banks")
P(k, "tedbury", "Tedbury")
P(k, "marsters", "Noreen Marsters-Webb")
P(k, "petridis", "Warwick Petridis-Lowry")
P(k, "voukelatos", "Dale Voukelatos")
G(k, "bidjigal", "Bidjigal")
G(k, "nsw_corps", "New South Wales Corps")
G(k, "deerubbin", "Deerubbin Local Aboriginal Land Council")
L(k, "duck_river", "Duck River")
L(k, "toongabbie", "Toongabbie")
L(k, "sydney", "Sydney")
L(k, "botany_bay", "Botany Bay")
L(k, "georges_river", "Georges River")
L(k, "parramatta_river", "Parramatta River")
L(k, "hawkesbury", "Hawkesbury")
L(k, "parramatta", "Parramatta")
L(k, "nsw", "New South Wales")
rels(k, [("pemulwuy", "member_of", "bidjigal"), ("mcintyre", "reports_to", "phillip"), ("tench", "reports_to", "phillip"),
         ("tench", "opposed_to", "bidjigal"), ("nsw_corps", "opposed_to", "pemulwuy"), ("king", "holds_office", "nsw"),
         ("king", "opposed_to", "pemulwuy"), ("marsters", "member_of", "deerubbin")])
ev(k, "hole_renamed", "2021", "year", ["pemulwuy"], "In 2021 the club renamed the seventh")
ev(k, "mcintyre_speared", "1790-12", "month", ["pemulwuy", "mcintyre"], "first appears in the colonial record in December 1790")
ev(k, "tench_party", "1790-12", "approximate", ["tench", "phillip", "bidjigal"], "against the Bidjigal later that month")
ev(k, "mcintyre_died", "1791-01", "month", ["mcintyre"], "McIntyre died of his wound in January 1791")
ev(k, "toongabbie_raid", "1797-03", "month", ["pemulwuy", "toongabbie", "parramatta", "nsw_corps"],
   "In March 1797 he led about a hundred warriors")
ev(k, "king_order", "1801-05", "month", ["king", "parramatta", "georges_river"], "In May 1801 Philip Gidley King")
ev(k, "outlawed", "1801-11", "month", ["king", "pemulwuy"], "in November 1801 he outlawed Pemulwuy")
ev(k, "pemulwuy_shot", "1802-06-02", "day", ["pemulwuy", "hacking"], "On 2 June 1802 Pemulwuy was shot dead")
ev(k, "tedbury_fought", "1805", "approximate", ["tedbury"], "fought on until about 1805")
ev(k, "smoking_ceremony", "2026-02-15", "day", ["petridis"], "at last Sunday's smoking ceremony on the seventh tee")
cl(k, "marsters", "People ask why a golf club would name a hole after a man the governor outlawed,")
cl(k, "marsters", "I tell them this was his country before it was anyone's fairway.")
cl(k, "petridis", "Every member who plays this hole learns one name they didn't know. That's a start.")
cl(k, "voukelatos", "Give it until Easter,")
cl(k, "voukelatos", "And please repair your pitch marks.")
NOISE.append({"source": k, "names": ["Fairway Cartography Pty Ltd", "Fairway Cartography", "Westlink Print Co.", "TeeSheet Online"]})
ACC += ["DUCK RIVER GOLF CLUB", "Duck River Golf Club", "Duck River Golf Club Ltd", "Members", "Visitors", "Book a tee time",
        "Course guide", "Competitions", "Functions", "Pro shop", "Contact", "COURSE GUIDE 2026: HOLE BY HOLE", "HOLE BY HOLE",
        "Par", "Blue", "White", "Red", "Course rating", "Slope", "Guide updated", "Local rules", "ACKNOWLEDGEMENT OF COUNTRY",
        "Dharug", "Elders", "THE FRONT NINE", "The Creek", "Red Gums", "Brickfield", "Duck Crossing", "Heron Flat",
        "Government Farm", "The Paddock", "Home Turn", "The Gully", "Index", "Gentle", "Keep", "Green", "Drive", "Bunker",
        "The", "All", "Walkers", "Long", "Out", "Elevated", "Read", "Wide", "Reachable", "Halfway", "HERITAGE NOTE",
        "HERITAGE NOTE: THE SEVENTH HOLE", "THE SEVENTH HOLE", "British", "Aboriginal", "Governor Arthur Phillip",
        "Captain Watkin Tench", "Sir Joseph Banks", "Aunty Noreen Marsters-Webb", "Aunty", "Pemulwuy's", "Arthur Phillip's",
        "FROM THE COURSE SUPERINTENDENT", "Easter", "Through", "Soldiers", "People", "Every", "His", "In", "On", "I", "You",
        "And", "Give", "That's"]
BP[k] = "CLUB INFORMATION AND CONDITIONS OF PLAY"

# month and day names and other words that the --unlisted review showed, acceptable in any source
ACC += ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Sunday's", "Dauphin's",
        "Trooper Lanyon's", "French-officered", "President's Treasury Secretary", "At"]

W.write()
