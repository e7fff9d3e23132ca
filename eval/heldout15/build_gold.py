"""Builds gold.json for the sixteenth held-out set (heldout15) from the annotations below (run:
python3 eval/heldout15/build_gold.py). Edit here, rebuild, then run check_gold.py.

Two of the texts (y03, y05) are hard-wrapped, so a quote or an event cue can run over a line break. Quotes and cues
below are written with single spaces; `exact` looks each one up in its source with any run of whitespace allowed
between words and writes the text's own characters (line breaks included) into the gold, so check_gold.py's verbatim
test holds. Entity surfaces are never split across lines in the corpus.

Unlike heldout14, a few places occur in more than one source (the United States in y01, y05 and y07; Rome in y05 and
y06): each is one gold entity listing all its sources, so cross-article merging of those names is tested."""
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


# ---------------- y01 Brazil, the ALN and the MR-8: a history podcast transcript with time stamps ----------------
k = "y01"
P(k, "marsh", "Helen Marsh", "Helen Marsh", "HELEN MARSH")
P(k, "resende", "Paulo Resende", "Paulo Resende", "PAULO RESENDE")
P(k, "elbrick", "Charles Burke Elbrick", "Charles Burke Elbrick", "Elbrick")
P(k, "marighella", "Carlos Marighella", "Carlos Marighella", "Marighella")
P(k, "che", "Che Guevara")
P(k, "virgilio", "Virgílio Gomes da Silva", "Virgílio Gomes da Silva", "Jonas")
P(k, "camara", "Joaquim Câmara Ferreira", "Joaquim Câmara Ferreira", "Câmara Ferreira", "Toledo")
P(k, "franklin", "Franklin Martins", "Franklin Martins", "Franklin")
P(k, "cid", "Cid Benjamin")
P(k, "gabeira", "Fernando Gabeira", "Fernando Gabeira", "Gabeira")
P(k, "costa", "Artur da Costa e Silva")
P(k, "palmeira", "Vladimir Palmeira")
P(k, "dirceu", "José Dirceu")
P(k, "bezerra", "Gregório Bezerra")
P(k, "fleury", "Sérgio Paranhos Fleury")
P(k, "lula", "Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "Lula")
G(k, "mr8", "MR-8", "MR-8", "Revolutionary Movement 8th October", "Movimento Revolucionário 8 de Outubro",
  "Dissidência Comunista da Guanabara", "DI-GB")
G(k, "aln", "National Liberation Action", "National Liberation Action", "ALN", "Ação Libertadora Nacional")
G(k, "pcb", "Brazilian Communist Party", "Brazilian Communist Party", "PCB")
G(k, "oban", "Operação Bandeirante", "Operação Bandeirante", "Oban")
G(k, "dops", "DOPS")
G(k, "chamber", "Chamber of Deputies")
G(k, "pv", "Green Party", "Green Party", "Partido Verde")
G(k, "cnv", "National Truth Commission")
L(k, "united_states", "United States")
L(k, "brazil", "Brazil")
L(k, "botafogo", "Botafogo")
L(k, "rio", "Rio de Janeiro", "Rio de Janeiro", "Rio")
L(k, "sao_paulo", "São Paulo")
L(k, "bolivia", "Bolivia")
L(k, "niteroi", "Niterói")
L(k, "rio_comprido", "Rio Comprido")
L(k, "mexico", "Mexico")
L(k, "cuba", "Cuba")
L(k, "havana", "Havana")
L(k, "araguaia", "Araguaia")
rels(k, [("mr8", "allied_with", "aln"), ("mr8", "opposed_to", "elbrick"), ("aln", "opposed_to", "elbrick"),
         ("elbrick", "holds_office", "united_states"), ("marighella", "founded", "aln"), ("marighella", "leads", "aln"),
         ("marighella", "member_of", "pcb"), ("virgilio", "member_of", "aln"), ("camara", "member_of", "aln"),
         ("camara", "reports_to", "marighella"), ("camara", "leads", "aln"), ("franklin", "member_of", "mr8"),
         ("cid", "member_of", "mr8"), ("gabeira", "member_of", "mr8"), ("costa", "holds_office", "brazil"),
         ("oban", "opposed_to", "virgilio"), ("dops", "opposed_to", "marighella"), ("fleury", "member_of", "dops"),
         ("fleury", "opposed_to", "marighella"), ("franklin", "holds_office", "brazil"), ("lula", "holds_office", "brazil"),
         ("gabeira", "member_of", "chamber"), ("gabeira", "member_of", "pv")])
ev(k, "kidnapping", "1969-09-04", "day", ["elbrick", "mr8", "aln", "botafogo", "rio"], "on the afternoon of 4 September 1969")
ev(k, "che_captured", "1967", "year", ["che", "bolivia"], "captured in Bolivia, in 1967")
ev(k, "pcb_break", "1967", "year", ["marighella", "pcb"], "He broke with the party in 1967")
ev(k, "aln_founded", "1968", "year", ["marighella", "aln"], "the following year he founded the ALN")
ev(k, "stroke", "1969-08", "approximate", ["costa"], "had a stroke at the end of August")
ev(k, "prisoners_flown", "1969-09-06", "day", ["mexico", "palmeira", "dirceu", "bezerra"], "flown to Mexico on 6 September")
ev(k, "released", "1969-09-07", "day", ["elbrick"], "The next evening the kidnappers left Elbrick")
ev(k, "film", "1997", "year", ["gabeira"], "in 1997 it became a film")
ev(k, "jonas_arrested", "1969-09-29", "day", ["virgilio", "oban", "sao_paulo"], "arrested in São Paulo on 29 September")
ev(k, "gabeira_captured", "1970-01", "month", ["gabeira", "sao_paulo"], "captured in São Paulo in January 1970")
ev(k, "gabeira_exchanged", "1970-06", "month", ["gabeira"], "the following June he was one of forty prisoners")
ev(k, "marighella_killed", "1969-11-04", "day", ["marighella", "dops", "fleury", "sao_paulo"], "On 4 November 1969")
ev(k, "camara_died", "1970-10", "month", ["camara"], "died in custody in October 1970")
ev(k, "amnesty", "1979", "year", ["brazil"], "after the 1979 amnesty")
ev(k, "gabeira_returned", "1979", "year", ["gabeira"], "Gabeira came home that year")
ev(k, "cnv_report", "2014-12", "month", ["cnv"], "whose report came out in December 2014")
ev(k, "next_episode", "2019-09-11", "day", ["araguaia"], "next Wednesday")
cl(k, "resende", "Two groups did it together.")
cl(k, "marsh", "Gabeira is the name people know, because of the book and the film.")
cl(k, "resende", "Right, and he is often described as one of the leaders. He wasn't.")
cl(k, "elbrick", "They were young and very sure of themselves")
cl(k, "elbrick", "and I think they were also very frightened.")
cl(k, "marsh", "I keep seeing claims that Havana was behind it.")
cl(k, "resende", "But I've been through what is open in the Brazilian and American archives, and nothing shows the Cubans knew about Rio in advance.")
cl(k, "resende", "I wouldn't write that they backed it.")
cl(k, "resende", "The repression was terrible, and fast.")
cl(k, "aln", "the first time the dictatorship had to read our words on its own radio")
NOISE.append({"source": k, "names": ["Ruth Okafor", "Dan Whitley", "The Lowland Quartet", "Radio Nacional Memoria",
                                     "Marques", "J. Teixeira", "Lamarca", "VPR"]})
ACC += ["OPEN ARCHIVE", "Open Archive", "Episode", "Four days in September", "Released", "Machine transcript",
        "Time stamps", "Cadillac", "Volkswagen", "Brazilian", "American", "Portuguese", "Cubans", "West German",
        "President Artur da Costa e Silva", "President Luiz Inácio Lula da Silva", "President", "Alameda Casa Branca",
        "Maracanã stadium", "Maracanã", "Da Silva", "Congress", "Latin America"]
BP[k] = "[Part one of the transcript ends here.]"

# ---------------- y02 Myanmar, the KNU and KNLA at Myawaddy: a Telegram channel monitoring digest ----------------
k = "y02"
P(k, "taw_nee", "Saw Taw Nee")
P(k, "srettha", "Srettha Thavisin")
P(k, "johnny", "Saw Johnny")
P(k, "kwe_htoo_win", "Saw Kwe Htoo Win")
P(k, "chit_thu", "Saw Chit Thu", "Saw Chit Thu", "Chit Thu")
P(k, "zaw_min_tun", "Zaw Min Tun")
G(k, "knu", "Karen National Union", "Karen National Union", "KNU")
G(k, "knla", "Karen National Liberation Army", "Karen National Liberation Army", "KNLA")
G(k, "lib275", "Light Infantry Battalion 275", "Light Infantry Battalion 275", "LIB 275")
G(k, "cobra", "Cobra Column")
G(k, "brigade6", "6th Brigade")
G(k, "kna", "Karen National Army", "Karen National Army", "KNA", "Karen Border Guard Force", "BGF")
G(k, "naresuan", "Naresuan Task Force")
G(k, "rta", "Royal Thai Army")
G(k, "dkba", "Democratic Karen Buddhist Army", "Democratic Karen Buddhist Army", "DKBA")
L(k, "myawaddy", "Myawaddy", "Myawaddy", "Myawadi")
L(k, "mae_sot", "Mae Sot")
L(k, "thailand", "Thailand")
L(k, "myanmar", "Myanmar")
L(k, "thingannyinaung", "Thingannyinaung", "Thingannyinaung", "Thingan Nyi Naung")
L(k, "thee_kay_kee", "Thee Kay Kee", "Thee Kay Kee", "Thee Kay Khee")
L(k, "moei", "Moei")
L(k, "kawkareik", "Kawkareik")
L(k, "bangkok", "Bangkok")
L(k, "tak", "Tak")
L(k, "karen_state", "Karen State", "Karen State", "Kayin State", "Kawthoolei")
L(k, "shwe_kokko", "Shwe Kokko")
rels(k, [("knla", "part_of", "knu"), ("knla", "opposed_to", "lib275"), ("cobra", "opposed_to", "lib275"),
         ("brigade6", "opposed_to", "lib275"), ("cobra", "allied_with", "knla"), ("brigade6", "part_of", "knla"),
         ("taw_nee", "spokesperson_for", "knu"), ("taw_nee", "holds_office", "knu"), ("johnny", "leads", "knla"),
         ("kwe_htoo_win", "leads", "knu"), ("chit_thu", "leads", "kna"), ("kna", "controls", "shwe_kokko"),
         ("srettha", "holds_office", "thailand"), ("naresuan", "part_of", "rta")])
ev(k, "coup", "2021", "year", ["myanmar"], "since the 2021 coup")
ev(k, "lib275_taken", "2024-04-11", "day", ["knla", "lib275", "thee_kay_kee", "cobra", "brigade6", "myawaddy"],
   "on Thursday, the base of Light Infantry Battalion 275")
ev(k, "thingannyinaung_surrender", "2024-04-05", "day", ["thingannyinaung", "knu", "kawkareik"], "surrendered today")
ev(k, "srettha_remarks", "2024-04-09", "day", ["srettha", "bangkok", "thailand"], "09 Apr 2024 14:30")
ev(k, "johnny_front", "2024-04-10", "day", ["johnny", "knla"], "at the front yesterday")
ev(k, "kna_statement", "2024-04-11", "day", ["kna", "chit_thu"], "11 Apr 2024 17:40")
ev(k, "zaw_min_tun_tv", "2024-04-11", "day", ["zaw_min_tun", "thee_kay_kee"], "11 Apr 2024 20:00")
ev(k, "border_committee", "2024-04-15", "day", ["mae_sot", "thailand", "myanmar"], "will meet in Mae Sot on Monday")
ev(k, "knu_formed", "1947", "year", ["knu"], "The KNU was formed in 1947")
ev(k, "knu_armed", "1949-01", "month", ["knu"], "took up arms against the central government in January 1949")
ev(k, "dkba_split", "1994-12", "month", ["dkba", "knu"], "broke away from the KNU in December 1994")
ev(k, "kna_renamed", "2024-01", "month", ["kna"], "which until January called itself")
cl(k, "taw_nee", "We do not want to run a border town for traders. We want the army out of Karen villages, and Myawaddy is how you do that.")
cl(k, "srettha", "Thailand will not take sides, but we will not close the door on people running from bombs.")
cl(k, "knu", "the last door of the junta in Myawaddy")
cl(k, "kna", "stands with no side in this war")
cl(k, "zaw_min_tun", "temporary relocation")
cl(k, "zaw_min_tun", "when the time is right")
cl(k, "naresuan", "no armed person will be allowed to cross the Moei")
NOISE.append({"source": k, "names": ["Chiang Mai", "Borderline Monitoring", "Hannah Lwin", "Tom Aldous", "K. Suriya",
                                     "Irrawaddy Live", "Frontier Feeds"]})
ACC += ["BORDERLINE CHANNEL WATCH", "Digest", "Telegram", "Facebook", "X", "Burmese", "Karen", "Thai", "UTC",
        "TOP LINE", "ITEMS", "KNU Official", "Yangon Patriot", "Yangon", "Kawthoolei Today", "Mae Sot Update",
        "Myawaddy Eye", "Karen National Army statement", "MRTV", "MRTV monitoring", "Padoh Saw Taw Nee", "Padoh", "Saw",
        "Thai Prime Minister Srettha Thavisin", "Prime Minister", "General Saw Johnny", "Padoh Saw Kwe Htoo Win",
        "Colonel Saw Chit Thu", "Major General Zaw Min Tun", "Second Thai-Myanmar Friendship Bridge",
        "Friendship Bridge", "Thai-Myanmar", "Myanmar-Thailand", "DESK NOTES", "WHAT TO WATCH", "Asian Highway",
        "Kawkareik-Myawaddy road", "Mr", "English", "KNU-aligned", "KNA men"]
BP[k] = "ABOUT THIS DIGEST"

# ---------------- y03 Turkey, the TKP/ML and TİKKO: a plain-text email newsletter, hard-wrapped ----------------
k = "y03"
P(k, "erdogan", "Recep Tayyip Erdoğan")
P(k, "kilicdaroglu", "Kemal Kılıçdaroğlu")
P(k, "perincek", "Doğu Perinçek", "Doğu Perinçek", "Perinçek")
P(k, "kaypakkaya", "İbrahim Kaypakkaya", "İbrahim Kaypakkaya", "Ibrahim Kaypakkaya", "IBRAHIM KAYPAKKAYA", "Kaypakkaya")
P(k, "ataturk", "Mustafa Kemal")
P(k, "ali_haydar", "Ali Haydar Yıldız")
P(k, "ozkan", "Mert Özkan", "Mert Özkan", "Özkan")
P(k, "selin", "Selin Yıldız")
G(k, "chp", "Republican People's Party", "Republican People's Party", "CHP")
G(k, "vatan", "Patriotic Party", "Patriotic Party", "Vatan Partisi")
G(k, "tkpml", "TKP/ML", "TKP/ML", "Communist Party of Turkey/Marxist-Leninist", "Türkiye Komünist Partisi/Marksist-Leninist")
G(k, "tikko", "TİKKO", "TİKKO", "Workers' and Peasants' Liberation Army of Turkey", "Türkiye İşçi Köylü Kurtuluş Ordusu")
G(k, "tiikp", "TİİKP", "TİİKP", "Revolutionary Workers' and Peasants' Party of Turkey", "Türkiye İhtilalci İşçi Köylü Partisi")
G(k, "jandarma", "Jandarma")
G(k, "mkp", "Maoist Communist Party", "Maoist Communist Party", "MKP")
L(k, "turkey", "Turkey")
L(k, "diyarbakir", "Diyarbakır")
L(k, "karakaya", "Karakaya")
L(k, "alaca", "Alaca")
L(k, "corum", "Çorum")
L(k, "istanbul", "Istanbul")
L(k, "dersim", "Dersim", "Dersim", "Tunceli")
L(k, "ankara", "Ankara")
L(k, "vartinik", "Vartinik")
rels(k, [("erdogan", "holds_office", "turkey"), ("kilicdaroglu", "leads", "chp"), ("perincek", "leads", "vatan"),
         ("perincek", "leads", "tiikp"), ("kaypakkaya", "member_of", "tiikp"), ("kaypakkaya", "founded", "tkpml"),
         ("kaypakkaya", "leads", "tkpml"), ("tikko", "part_of", "tkpml"), ("ali_haydar", "member_of", "tikko"),
         ("jandarma", "opposed_to", "kaypakkaya")])
ev(k, "election", "2023-05-14", "day", ["turkey", "erdogan", "kilicdaroglu"], "Last Sunday's vote")
ev(k, "runoff", "2023-05-28", "day", ["turkey", "erdogan", "kilicdaroglu"], "a run-off on 28 May")
ev(k, "kaypakkaya_died", "1973-05-18", "day", ["kaypakkaya", "diyarbakir"], "On 18 May 1973")
ev(k, "kaypakkaya_born", "1949", "year", ["kaypakkaya", "karakaya", "alaca", "corum"], "born in 1949")
ev(k, "memorandum", "1971-03-12", "day", ["turkey"], "the army's memorandum of 12 March 1971")
ev(k, "break", "1972", "year", ["kaypakkaya", "tiikp"], "He broke with it the next year")
ev(k, "tkpml_founded", "1972-04", "month", ["kaypakkaya", "tkpml", "tikko"], "In April 1972")
ev(k, "renamed", "1935", "year", ["dersim"], "since 1935")
ev(k, "vartinik_clash", "1973-01", "approximate", ["tikko", "vartinik", "ali_haydar", "kaypakkaya", "jandarma"],
   "In late January 1973")
ev(k, "mkp_split", "1994", "year", ["mkp", "tkpml"], "in 1994 a faction broke away")
ev(k, "commemorations", "2023-05-20", "day", ["istanbul", "karakaya"], "on Saturday")
cl(k, "kaypakkaya", "a republic for the landlords and the officers, not for the people who till the land")
cl(k, "ozkan", "He was a theorist who died before he could become a commander")
cl(k, "ozkan", "The party has been living off his texts for fifty years.")
cl(k, "ozkan", "never more than a few dozen people in the mountains")
cl(k, "tkpml", "the teacher who showed us the road to the mountains")
cl(k, "selin", "My grandfather taught in a school near Vartinik that winter. All he would ever say about it was that there were soldiers everywhere and nobody said anything.")
NOISE.append({"source": k, "names": ["Gülay Demirtaş", "New Left Quarterly", "Brighton", "United Kingdom"]})
ACC += ["Anatolia Notes", "ANATOLIA NOTES", "From", "Subject", "Date", "Thu", "Issue", "Defne Whitcombe",
        "Edited by Defne Whitcombe", "IN THIS ISSUE", "AFTER THE FIRST ROUND", "FIFTY YEARS AGO TODAY",
        "After the first round", "Fifty years ago today", "What we are reading", "President Recep Tayyip Erdoğan",
        "Maoist", "Turkish", "Kemalism", "Kurdish", "Alevi", "Accounts", "Commemorations", "Either", "Kemal"]
BP[k] = "3. WHAT WE ARE READING"

# ---------------- y04 Kenya, Mungiki: an NGO field report in Markdown with a casualty table ----------------
k = "y04"
P(k, "njenga", "Maina Njenga", "Maina Njenga", "Njenga")
P(k, "nyakio", "Virginia Nyakio")
P(k, "michuki", "John Michuki")
P(k, "gitau", "Njuguna Gitau Njuguna")
P(k, "waruinge", "Ndura Waruinge")
P(k, "kingara", "Oscar Kamau Kingara")
P(k, "oulu", "John Paul Oulu")
P(k, "alston", "Philip Alston", "Philip Alston", "Alston")
P(k, "hussein_ali", "Mohammed Hussein Ali")
P(k, "kiraithe", "Eric Kiraithe")
P(k, "kibaki", "Mwai Kibaki")
G(k, "mungiki", "Mungiki")
G(k, "kenya_police", "Kenya Police")
G(k, "parliament", "Parliament")
G(k, "kenda_kenda", "Kenda Kenda")
G(k, "kwekwe", "Kwekwe")
G(k, "knchr", "Kenya National Commission on Human Rights")
G(k, "oscar_foundation", "Oscar Foundation Free Legal Aid Clinic")
G(k, "un", "UN")
L(k, "kenya", "Kenya")
L(k, "nairobi", "Nairobi")
L(k, "central_province", "Central Province")
L(k, "rift_valley", "Rift Valley")
L(k, "mathare", "Mathare")
L(k, "kayole", "Kayole")
L(k, "dandora", "Dandora")
L(k, "thika", "Thika")
L(k, "nakuru", "Nakuru")
L(k, "kirinyaga", "Kirinyaga")
L(k, "karatina", "Karatina")
L(k, "gathaithi", "Gathaithi")
L(k, "naivasha", "Naivasha")
rels(k, [("njenga", "founded", "mungiki"), ("njenga", "leads", "mungiki"), ("waruinge", "holds_office", "mungiki"),
         ("gitau", "spokesperson_for", "mungiki"), ("kenya_police", "opposed_to", "mungiki"),
         ("michuki", "holds_office", "kenya"), ("alston", "holds_office", "un"), ("kingara", "leads", "oscar_foundation"),
         ("oulu", "member_of", "oscar_foundation"), ("hussein_ali", "holds_office", "kenya_police"),
         ("kiraithe", "spokesperson_for", "kenya_police"), ("kibaki", "holds_office", "kenya")])
ev(k, "period", "2009-01-01", "range", ["mungiki", "nairobi", "central_province", "rift_valley"],
   "Between 1 January and 26 June 2009", end="2009-06-26")
ev(k, "mungiki_founded", "1987", "approximate", ["mungiki", "njenga", "rift_valley"], "founded around 1987")
ev(k, "banned", "2002", "year", ["mungiki"], "The government banned it in 2002")
ev(k, "njenga_jailed", "2006", "year", ["njenga"], "in prison since 2006")
ev(k, "nyakio_murdered", "2009-04", "month", ["nyakio"], "In April his wife, Virginia Nyakio, was found murdered")
ev(k, "crackdown", "2007-06", "month", ["kenya_police", "mungiki", "nairobi", "central_province"],
   "The current campaign began in June 2007")
ev(k, "michuki_parliament", "2007-06", "month", ["michuki", "parliament"], "told Parliament that month")
ev(k, "gathaithi", "2009-04-20", "day", ["gathaithi", "kirinyaga", "kenda_kenda"], "on the night of 20 April")
ev(k, "knchr_report", "2008", "year", ["knchr", "kwekwe"], "in its 2008 report")
ev(k, "kingara_killed", "2009-03-05", "day", ["kingara", "oulu", "nairobi"], "on 5 March")
ev(k, "alston_visit", "2009-02", "month", ["alston", "kenya"], "during his visit to Kenya in February")
ev(k, "alston_report", "2009-05", "month", ["alston", "hussein_ali"], "published last month")
ev(k, "kiraithe_call", "2009-06-24", "day", ["kiraithe"], "on 24 June")
ev(k, "revenge_attacks", "2008-01", "month", ["nakuru", "naivasha"], "in January 2008")
ev(k, "police_review", "2009-07", "month", ["kenya_police"], "by the end of July")
cl(k, "michuki", "These people have chosen the language of the panga, and the state will answer in a language they understand.")
cl(k, "gitau", "at war with the children of the poor")
cl(k, "waruinge", "are either dead, in prison or in the matatu business")
cl(k, "kiraithe", "was either a gang fight or a lawful operation against armed criminals")
cl(k, "kiraithe", "Nobody has ever shown me a body that the police cannot account for.")
cl(k, "kiraithe", "a story invented by Mungiki's lawyers")
NOISE.append({"source": k, "names": ["Faith Wanjiru", "Peter Otieno", "Amina Hassan", "Grace Mwende", "Open Justice Trust",
                                     "Nordic Rights Fund", "Kibera"]})
ACC += ["Bodies by the roadside", "Field report", "Utetezi Field Monitors", "Utetezi", "Summary", "Background",
        "What we found", "Official responses", "Recommendations", "Kikuyu", "Month", "Area", "Killings documented",
        "Last seen in police custody", "Body found", "Total", "January", "February", "March", "April", "May", "June",
        "University of Nairobi", "UN Special Rapporteur", "Special Rapporteur", "Commissioner of Police",
        "Major General Mohammed Hussein Ali", "Major General", "Police spokesman Eric Kiraithe", "President Mwai Kibaki",
        "President", "Alston report", "Mungiki suspects", "FR-09", "Central", "Rift Valley provinces", "Tuesday"]
BP[k] = "## About Utetezi Field Monitors"

# ---------------- y05 The Abu Nidal Organization: a declassified intelligence assessment with redactions ----------------
k = "y05"
P(k, "abu_nidal", "Sabri Khalil al-Banna", "Sabri Khalil al-Banna", "Abu Nidal", "Abu Nidhal", "Abou Nidal", "al-Banna")
P(k, "hassan", "Hassan al-Banna")
P(k, "arafat", "Yasir Arafat", "Yasir Arafat", "Arafat")
P(k, "isa", "Abd al-Rahman Isa")
P(k, "sartawi", "Issam Sartawi")
P(k, "argov", "Shlomo Argov")
P(k, "abu_iyad", "Salah Khalaf", "Salah Khalaf", "Abu Iyad")
P(k, "qadhafi", "Muammar Qadhafi", "Muammar Qadhafi", "Gaddafi", "Kadhafi")
P(k, "reagan", "Reagan")
G(k, "ano", "Abu Nidal Organization", "Abu Nidal Organization", "ANO", "Fatah Revolutionary Council", "FRC",
  "Black June", "Arab Revolutionary Brigades", "Revolutionary Organization of Socialist Muslims")
G(k, "el_al", "El Al")
G(k, "fatah", "Fatah")
G(k, "plo", "Palestine Liberation Organization", "Palestine Liberation Organization", "PLO")
G(k, "mb", "Muslim Brotherhood")
G(k, "socint", "Socialist International")
L(k, "rome", "Rome")
L(k, "vienna", "Vienna")
L(k, "jaffa", "Jaffa")
L(k, "egypt", "Egypt")
L(k, "baghdad", "Baghdad")
L(k, "israel", "Israel")
L(k, "london", "London")
L(k, "albufeira", "Albufeira")
L(k, "portugal", "Portugal")
L(k, "malta", "Malta")
L(k, "iraq", "Iraq")
L(k, "iran", "Iran")
L(k, "damascus", "Damascus")
L(k, "syria", "Syria")
L(k, "libya", "Libya")
L(k, "united_states", "United States")
L(k, "beirut", "Beirut")
L(k, "europe", "Europe")
L(k, "middle_east", "Middle East")
L(k, "palestine", "Palestine")
rels(k, [("abu_nidal", "founded", "ano"), ("abu_nidal", "leads", "ano"), ("abu_nidal", "member_of", "fatah"),
         ("ano", "opposed_to", "el_al"), ("ano", "opposed_to", "sartawi"), ("ano", "opposed_to", "argov"),
         ("sartawi", "member_of", "plo"), ("argov", "holds_office", "israel"), ("arafat", "leads", "plo"),
         ("fatah", "part_of", "plo"), ("abu_iyad", "reports_to", "arafat"), ("abu_iyad", "member_of", "fatah"),
         ("hassan", "founded", "mb"), ("ano", "backed_by", "iraq"), ("ano", "backed_by", "libya"),
         ("qadhafi", "holds_office", "libya"), ("reagan", "holds_office", "united_states")])
ev(k, "airports", "1985-12-27", "day", ["ano", "el_al", "rome", "vienna"], "on 27 December")
ev(k, "born", "1937", "year", ["abu_nidal", "jaffa"], "born in Jaffa in 1937")
ev(k, "mb_founded", "1928", "year", ["hassan", "mb", "egypt"], "in Egypt in 1928")
ev(k, "ano_break", "1974", "year", ["abu_nidal", "arafat", "fatah", "ano"], "broke with Yasir Arafat in 1974")
ev(k, "sartawi_killed", "1983-04-10", "day", ["sartawi", "ano", "albufeira", "portugal", "socint"], "on 10 April 1983")
ev(k, "argov_shot", "1982-06-03", "day", ["argov", "ano", "london"], "on 3 June 1982")
ev(k, "egyptair", "1985-11-23", "day", ["malta", "egypt"], "to Malta on 23 November")
ev(k, "iraq_support", "1974", "range", ["iraq", "ano"], "sheltered and funded the ANO from 1974", end="1983-11")
ev(k, "expelled", "1983-11", "month", ["ano", "iraq", "baghdad"], "expelled it in November 1983")
ev(k, "libya_support", "1985", "approximate", ["libya", "ano"], "since at least mid-1985")
ev(k, "tunisians_expelled", "1985", "approximate", ["libya"], "expelled from Libya last summer")
ev(k, "qadhafi_speech", "1986-01-02", "day", ["qadhafi"], "in a speech on 2 January")
ev(k, "executive_order", "1986-01-07", "day", ["reagan", "united_states", "libya"], "executive order of Tuesday")
ev(k, "interview", "1985-10", "month", ["abu_nidal"], "magazine in October")
ev(k, "frc_statement", "1985-12-31", "day", ["ano", "beirut"], "on 31 December")
ev(k, "outlook", "1986-01", "range", ["ano", "europe", "middle_east"], "in the first half of 1986", end="1986-06")
ev(k, "update_due", "1986-02-15", "day", ["ano"], "by 15 February")
cl(k, "qadhafi", "heroic operations by the sons of Palestine")
cl(k, "abu_nidal", "Every Arab who shakes hands with the enemy is a target, whatever his title.")
cl(k, "ano", "the heroes of Rome and Vienna")
NOISE.append({"source": k, "names": ["R. Callahan", "M. Osterberg", "Ms. Devlin", "NSC", "CIA/DI", "DIA", "IPS"]})
ACC += ["S E C R E T", "DECLASSIFIED IN PART", "Authority", "EO", "Review case", "Exemptions applied",
        "UNITED STATES DEPARTMENT OF STATE", "BUREAU OF INTELLIGENCE AND RESEARCH", "INTELLIGENCE ASSESSMENT",
        "INR/TA", "SUBJECT", "SUMMARY", "NAMES AND LEADERSHIP", "TARGETS", "STATE SUPPORT", "THE GROUP'S OWN LINE",
        "OUTLOOK", "INR", "Leonardo da Vinci", "Leonardo da Vinci airport", "Schwechat", "Schwechat airport",
        "Palestinian", "Palestinians", "Israelis", "Western Europe", "Arab", "French", "British", "Israeli", "Egyptian", "Egyptian government",
        "Syrian", "Syrian officials", "Tunisian", "Libyan", "Libyan authorities", "American", "West German",
        "EgyptAir", "EgyptAir Flight 648", "Colonel", "Colonel Muammar Qadhafi", "President Reagan", "President",
        "The President's executive order", "Press", "Below", "Its", "All", "Arafat's security chief"]
BP[k] = "Drafted: INR/TA"

# ---------------- y06 Italy, the Nuclei Armati Rivoluzionari: a wiki-style article with infobox and [edit] links ----------------
k = "y06"
P(k, "valerio", "Valerio Fioravanti", "Valerio Fioravanti", "Fioravanti", "Giusva")
P(k, "cristiano", "Cristiano Fioravanti")
P(k, "mambro", "Francesca Mambro", "Francesca Mambro", "Mambro")
P(k, "alibrandi", "Alessandro Alibrandi", "Alessandro Alibrandi", "Alibrandi")
P(k, "anselmi", "Franco Anselmi", "Franco Anselmi", "Anselmi")
P(k, "evangelista", "Francesco Evangelista")
P(k, "amato", "Mario Amato")
P(k, "mangiameli", "Francesco Mangiameli")
P(k, "ciavardini", "Luigi Ciavardini")
P(k, "gelli", "Licio Gelli", "Licio Gelli", "Gelli")
P(k, "musumeci", "Pietro Musumeci")
P(k, "belmonte", "Giuseppe Belmonte")
P(k, "cavallini", "Gilberto Cavallini")
P(k, "bellini", "Paolo Bellini", "Paolo Bellini", "Bellini")
P(k, "ortolani", "Umberto Ortolani")
P(k, "damato", "Federico Umberto D'Amato")
P(k, "tedeschi", "Mario Tedeschi")
G(k, "nar", "Nuclei Armati Rivoluzionari", "Nuclei Armati Rivoluzionari", "NAR", "Armed Revolutionary Nuclei")
G(k, "fdg", "Fronte della Gioventù")
G(k, "msi", "Italian Social Movement", "Italian Social Movement", "MSI")
G(k, "tp", "Terza Posizione")
G(k, "carabinieri", "Carabinieri")
G(k, "cassation", "Court of Cassation")
G(k, "p2", "Propaganda Due", "Propaganda Due", "P2")
G(k, "sismi", "SISMI")
G(k, "assise", "Corte d'Assise")
G(k, "avanguardia", "Avanguardia Nazionale")
G(k, "uar", "Office of Confidential Affairs")
G(k, "interior", "Interior Ministry")
L(k, "italy", "Italy")
L(k, "rome", "Rome")
L(k, "veneto", "Veneto")
L(k, "bologna", "Bologna")
rels(k, [("valerio", "founded", "nar"), ("cristiano", "founded", "nar"), ("alibrandi", "founded", "nar"),
         ("anselmi", "founded", "nar"), ("valerio", "leads", "nar"), ("mambro", "leads", "nar"),
         ("mambro", "member_of", "nar"), ("fdg", "part_of", "msi"), ("nar", "opposed_to", "evangelista"),
         ("nar", "opposed_to", "amato"), ("valerio", "opposed_to", "mangiameli"), ("mambro", "opposed_to", "mangiameli"),
         ("mangiameli", "leads", "tp"), ("carabinieri", "opposed_to", "valerio"), ("ciavardini", "member_of", "nar"),
         ("cavallini", "member_of", "nar"), ("gelli", "leads", "p2"), ("musumeci", "member_of", "sismi"),
         ("belmonte", "member_of", "sismi"), ("bellini", "member_of", "avanguardia"), ("damato", "leads", "uar"),
         ("uar", "part_of", "interior")])
ev(k, "active", "1977", "range", ["nar", "rome", "italy"], "between 1977 and 1981", end="1981")
ev(k, "nar_founded", "1977", "year", ["nar", "valerio", "cristiano", "alibrandi", "anselmi", "rome"], "formed in Rome in 1977")
ev(k, "anselmi_killed", "1978-03-06", "day", ["anselmi"], "on 6 March 1978")
ev(k, "mambro_joined", "1979", "approximate", ["mambro", "nar"], "joined around 1979")
ev(k, "evangelista_killed", "1980-05-28", "day", ["evangelista", "nar", "rome"], "on 28 May")
ev(k, "amato_killed", "1980-06-23", "day", ["amato", "nar"], "on 23 June the magistrate")
ev(k, "mangiameli_killed", "1980-09-09", "day", ["mangiameli", "valerio", "mambro", "tp"], "On 9 September 1980")
ev(k, "valerio_captured", "1981-02-05", "day", ["valerio", "carabinieri", "veneto"], "on 5 February 1981")
ev(k, "alibrandi_killed", "1981-12-05", "day", ["alibrandi", "rome"], "on 5 December 1981")
ev(k, "mambro_arrested", "1982-03-05", "day", ["mambro"], "on 5 March 1982")
ev(k, "cristiano_arrested", "1981", "year", ["cristiano"], "arrested in 1981")
ev(k, "married", "1985", "year", ["valerio", "mambro"], "married in prison in 1985")
ev(k, "bologna_bombing", "1980-08-02", "day", ["bologna"], "At 10:25 on 2 August 1980")
ev(k, "cassation_ruling", "1995-11-23", "day", ["cassation", "valerio", "mambro"], "on 23 November 1995")
ev(k, "ciavardini_final", "2007", "year", ["ciavardini"], "his conviction became final in 2007")
ev(k, "cavallini_sentenced", "2020-01", "month", ["cavallini", "assise", "bologna"], "In January 2020")
ev(k, "bellini_sentenced", "2022-04-06", "day", ["bellini", "assise"], "On 6 April 2022")
NOISE.append({"source": k, "names": ["Years of Lead", "Piazza Fontana", "Italicus Express", "Ordine Nuovo", "Marchetti",
                                     "Ferraresi", "Telese", "Bianconi", "Corriere della Sera", "l'Unità", "la Repubblica",
                                     "ANSA", "Il Resto del Carlino", "Princeton University Press"]})
ACC += ["Openpedia", "From Openpedia", "NAR (disambiguation)", "Also known as", "Dates of operation", "Founders",
        "Leaders", "Active regions", "Ideology", "Neo-fascism", "Notable attacks", "Bologna station bombing", "Status",
        "Defunct", "Contents", "History", "Bologna massacre", "Trials", "Later trials", "See also", "References",
        "edit", "English", "Italian", "Roman", "Sicilian", "Masonic", "Bologna Centrale", "Bologna Centrale station",
        "Second World War", "General Pietro Musumeci", "Colonel Giuseppe Belmonte", "General", "Colonel",
        "Telephone", "Claims", "After", "Both", "Its", "The", "This"]
BP[k] = "See also[edit]"

# ---------------- y07 Jamaica, the Shower Posse: a ministry press release with notes to editors ----------------
k = "y07"
P(k, "coke", "Christopher Michael Coke", "Christopher Michael Coke", "Christopher Coke", "CHRISTOPHER COKE", "Coke", "Dudus")
P(k, "jim_brown", "Lester Lloyd Coke", "Lester Lloyd Coke", "Jim Brown")
P(k, "blake", "Vivian Blake")
P(k, "miller", "Al Miller", "Al Miller", "Miller")
P(k, "nelson", "Dwight Nelson")
P(k, "ellington", "Owen Ellington")
P(k, "witter", "Earl Witter")
P(k, "golding", "Bruce Golding")
G(k, "jcf", "Jamaica Constabulary Force", "Jamaica Constabulary Force", "JCF")
G(k, "mobile_reserve", "Mobile Reserve")
G(k, "fellowship", "Fellowship Tabernacle")
G(k, "shower_posse", "Shower Posse", "Shower Posse", "Presidential Click")
G(k, "jdf", "Jamaica Defence Force", "Jamaica Defence Force", "JDF")
G(k, "jlp", "Jamaica Labour Party")
G(k, "doj", "United States Department of Justice")
L(k, "kingston", "Kingston")
L(k, "jamaica", "Jamaica")
L(k, "united_states", "United States")
L(k, "tivoli", "Tivoli Gardens")
L(k, "west_kingston", "West Kingston", "West Kingston", "Western Kingston")
L(k, "st_andrew", "St Andrew")
rels(k, [("jcf", "opposed_to", "coke"), ("mobile_reserve", "part_of", "jcf"), ("ellington", "holds_office", "jcf"),
         ("miller", "leads", "fellowship"), ("nelson", "holds_office", "jamaica"), ("jim_brown", "founded", "shower_posse"),
         ("blake", "founded", "shower_posse"), ("coke", "leads", "shower_posse"), ("shower_posse", "controls", "tivoli"),
         ("witter", "holds_office", "jamaica"), ("golding", "holds_office", "jamaica"), ("golding", "leads", "jlp"),
         ("golding", "holds_office", "west_kingston")])
ev(k, "arrest", "2010-06-22", "day", ["coke", "jcf", "mobile_reserve", "kingston", "miller"], "yesterday afternoon")
ev(k, "briefing", "2010-06-22", "day", ["ellington"], "Police Headquarters last night")
ev(k, "handover", "2010-06-24", "day", ["coke", "united_states"], "on Thursday")
ev(k, "authority_signed", "2010-05-18", "day", ["coke"], "on May 18")
ev(k, "indictment", "2009-08", "month", ["coke", "doj"], "in August 2009")
ev(k, "posse_founded", "1980", "approximate", ["shower_posse", "jim_brown", "blake"], "founded around 1980")
ev(k, "jim_brown_died", "1992-02", "month", ["jim_brown"], "in February 1992")
ev(k, "emergency", "2010-05-23", "day", ["kingston", "st_andrew"], "on May 23")
ev(k, "tivoli_operation", "2010-05-24", "day", ["tivoli", "jdf"], "On May 24")
cl(k, "coke", "taken this decision in the interest of the people of Western Kingston, who have suffered enough")
cl(k, "nelson", "This was a clean arrest, without a shot fired, and that is how it should be")
cl(k, "nelson", "The law has taken its course, as it must for every Jamaican.")
cl(k, "ellington", "We did not negotiate with anybody. He was stopped at a checkpoint like any other motorist.")
NOISE.append({"source": k, "names": ["JIS", "Andrea Spence-Dunbar", "Oxford Road", "Corporate Area", "Crime Stop",
                                     "Department of Correctional Services", "Passport, Immigration and Citizenship Agency",
                                     "@MNSJamaica"]})
ACC += ["MINISTRY OF NATIONAL SECURITY", "Ministry of National Security", "Ministry", "Government of Jamaica",
        "PRESS RELEASE", "For immediate release", "Ref", "IN CUSTODY", "HANDOVER TO UNITED STATES SET FOR THURSDAY",
        "BACKGROUND", "Mandela Highway", "United States Embassy", "Embassy", "Reverend Al Miller",
        "the Reverend Al Miller", "Reverend", "Mr. Miller", "Minister of National Security", "Minister of Justice",
        "Minister", "Senator the Hon. Dwight Nelson", "Senator", "Hon", "Commissioner of Police Owen Ellington",
        "Commissioner of Police", "Commissioner", "Police Headquarters", "Southern District of New York",
        "General Penitentiary", "Public Defender", "Prime Minister Bruce Golding", "Prime Minister",
        "Member of Parliament", "Opposition", "President", "Jamaican", "Calls"]
BP[k] = "-ENDS-"

# ---------------- y08 Rwanda, the FDLR: a translated German judgment excerpt with marginal numbers ----------------
k = "y08"
P(k, "murwanashyaka", "Ignace Murwanashyaka", "Ignace Murwanashyaka", "Murwanashyaka")
P(k, "musoni", "Straton Musoni", "Straton Musoni", "Musoni")
P(k, "mudacumura", "Sylvestre Mudacumura", "Sylvestre Mudacumura", "Mudacumura")
P(k, "kagame", "Paul Kagame")
P(k, "mbarushimana", "Callixte Mbarushimana")
P(k, "bazeye", "La Forge Fils Bazeye")
G(k, "fdlr", "Forces Démocratiques de Libération du Rwanda", "Forces Démocratiques de Libération du Rwanda", "FDLR",
  "Democratic Forces for the Liberation of Rwanda")
G(k, "foca", "Forces Combattantes Abacunguzi", "Forces Combattantes Abacunguzi", "FOCA")
G(k, "rpf", "Rwandan Patriotic Front", "Rwandan Patriotic Front", "RPF")
G(k, "exfar", "ex-FAR")
G(k, "bka", "Federal Criminal Police Office", "Federal Criminal Police Office", "Bundeskriminalamt", "BKA")
G(k, "rdf", "Rwanda Defence Force", "Rwanda Defence Force", "RDF")
G(k, "icc", "International Criminal Court", "International Criminal Court", "ICC")
G(k, "pretrial", "Pre-Trial Chamber")
G(k, "bgh", "Federal Court of Justice", "Federal Court of Justice", "Bundesgerichtshof")
L(k, "butare", "Butare")
L(k, "rwanda", "Rwanda")
L(k, "mannheim", "Mannheim")
L(k, "neuffen", "Neuffen")
L(k, "drc", "Democratic Republic of the Congo")
L(k, "kigali", "Kigali")
L(k, "germany", "Germany")
L(k, "busurungi", "Busurungi")
L(k, "walikale", "Walikale")
L(k, "north_kivu", "North Kivu")
L(k, "paris", "Paris")
rels(k, [("murwanashyaka", "leads", "fdlr"), ("musoni", "holds_office", "fdlr"), ("foca", "part_of", "fdlr"),
         ("mudacumura", "leads", "foca"), ("mudacumura", "reports_to", "murwanashyaka"), ("kagame", "holds_office", "rwanda"),
         ("kagame", "leads", "rpf"), ("bka", "opposed_to", "murwanashyaka"), ("bka", "opposed_to", "musoni"),
         ("rdf", "opposed_to", "fdlr"), ("fdlr", "opposed_to", "rpf"), ("mbarushimana", "holds_office", "fdlr"),
         ("bazeye", "spokesperson_for", "fdlr"), ("pretrial", "part_of", "icc")])
ev(k, "trial", "2011-05-04", "range", ["murwanashyaka", "musoni"], "between 4 May 2011 and today", end="2015-09-28")
ev(k, "murwanashyaka_born", "1963", "year", ["murwanashyaka", "butare"], "born 1963 in Butare")
ev(k, "musoni_born", "1961", "year", ["musoni", "rwanda"], "born 1961 in Rwanda")
ev(k, "fdlr_founded", "2000", "year", ["fdlr", "drc"], "founded in 2000")
ev(k, "genocide", "1994", "year", ["rwanda", "rpf"], "the genocide of 1994")
ev(k, "to_germany", "1989", "year", ["murwanashyaka", "germany"], "came to Germany in 1989")
ev(k, "president_since", "2001", "year", ["murwanashyaka", "fdlr"], "president of the FDLR since 2001")
ev(k, "musoni_vp", "2004", "year", ["musoni", "fdlr"], "from 2004 until his arrest")
ev(k, "arrests", "2009-11-17", "day", ["murwanashyaka", "musoni", "bka"], "on 17 November 2009")
ev(k, "umoja_wetu", "2009-01", "range", ["rdf", "fdlr"], "In January and February 2009", end="2009-02")
ev(k, "congolese_campaign", "2009-03", "month", ["fdlr"], "From March 2009")
ev(k, "busurungi", "2009-05-09", "range", ["foca", "busurungi", "walikale", "north_kivu"],
   "in the night of 9 to 10 May 2009", end="2009-05-10")
ev(k, "press_release", "2009-05-11", "day", ["fdlr"], "In a press release dated 11 May 2009")
ev(k, "mbarushimana_arrested", "2010-10", "month", ["mbarushimana", "paris", "icc"], "in October 2010")
ev(k, "charges_declined", "2011-12", "month", ["icc", "pretrial", "mbarushimana"], "in December 2011")
ev(k, "appeal_deadline", "2015-10-05", "day", ["bgh"], "within one week of its pronouncement")
cl(k, "fdlr", "a legitimate response to the aggression of the coalition")
cl(k, "murwanashyaka", "I am a politician, not a soldier. I have never given an order to kill a civilian, and I never would.")
cl(k, "musoni", "regretted nothing that he had done for the refugees")
NOISE.append({"source": k, "names": ["Great Lakes Justice Archive", "Leiden", "M. de Vries", "K. Uwase"]})
ACC += ["HIGHER REGIONAL COURT STUTTGART", "OBERLANDESGERICHT STUTTGART", "Higher Regional Court Stuttgart",
        "Oberlandesgericht Stuttgart", "Criminal Senate", "5th Criminal Senate", "Senate", "Case no", "StE",
        "JUDGMENT", "EXCERPT", "Unofficial English", "English", "Marginal", "Rn", "IN THE NAME OF THE PEOPLE",
        "Dr.", "Dr. Ignace Murwanashyaka", "Dr. Murwanashyaka", "REASONS", "FINDINGS", "THE ACCUSED'S STATEMENTS",
        "The organisation", "The accused", "The events of 2009", "Other persons", "General", "President Paul Kagame",
        "President", "Rwandan", "Congolese", "Congolese army", "Umoja Wetu", "Revision", "German", "Stuttgart",
        "Their", "Throughout", "Both", "From", "In", "The", "I", "II", "III", "IV", "A", "B", "C"]
BP[k] = "Translator's note:"

W.write()
