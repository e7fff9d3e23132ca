"""Builds gold.json for the twentieth held-out set (heldout20) from the annotations below (run:
python3 eval/heldout20/build_gold.py). Edit here, rebuild, then run check_gold.py.

One of the texts (d07, a law report headnote) is hard-wrapped at 70 columns, so a quote or an event cue can run over a
line break. Quotes and cues below are written with single spaces; `exact` looks each one up in its source with any run
of whitespace allowed between words and writes the text's own characters (line breaks included) into the gold, so
check_gold.py's verbatim test holds. Entity surfaces are never split across lines.

Three entities occur in more than one source and are one gold entity listing all their sources, so cross-article
merging is tested a little: London (d02, d04, d06), the PFLP (d02, d05) and France (d04, d08)."""
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


# ---------------- d01 Korea, the Heroic Corps (Uiyeoldan) in Seoul: a heritage walking-tour leaflet ----------------
k = "d01"
P(k, "kim_won_bong", "Kim Won-bong", "Kim Won-bong", "Kim Won-pong", "Yaksan")
P(k, "kim_chang_suk", "Kim Chang-suk")
P(k, "shin_chae_ho", "Shin Chae-ho")
P(k, "han_ye_seul", "Han Ye-seul")
P(k, "oh_dong_hyun", "Oh Dong-hyun")
P(k, "kim_sang_ok", "Kim Sang-ok", "Kim Sang-ok", "Kim Sangok")
P(k, "tamura", "Tamura")
P(k, "na_seok_ju", "Na Seok-ju", "Na Seok-ju", "Na Sok-chu", "Na")
P(k, "chiang", "Chiang Kai-shek")
P(k, "ji_cheong_cheon", "Ji Cheong-cheon")
P(k, "baek", "Baek Min-jae")
G(k, "uiyeoldan", "Heroic Corps", "Heroic Corps", "Uiyeoldan", "의열단", "義烈團", "Ŭiyŏltan", "Euiyeoldan")
G(k, "kpg", "Korean Provisional Government", "Korean Provisional Government", "Provisional Government")
G(k, "jongno_police", "Jongno Police Station")
G(k, "jongno_gu", "Jongno-gu Office")
G(k, "siksan", "Chōsen Industrial Bank", "Chōsen Industrial Bank", "Siksan Bank")
G(k, "odc", "Oriental Development Company", "Oriental Development Company", "Dongyang Cheoksik", "Dongcheok")
G(k, "kvc", "Korean Volunteer Corps", "Korean Volunteer Corps", "Joseon Uiyongdae")
G(k, "nationalist_army", "Nationalist army")
G(k, "kla", "Korean Liberation Army")
G(k, "hanbit", "Hanbit University")
L(k, "seoul", "Seoul", "Seoul", "Keijō", "Gyeongseong")
L(k, "korea", "Korea")
L(k, "jilin", "Jilin")
L(k, "manchuria", "Manchuria")
L(k, "beijing", "Beijing")
L(k, "shanghai", "Shanghai")
L(k, "china", "China")
L(k, "huam_dong", "Huam-dong")
L(k, "namsan", "Namsan")
L(k, "hyoje_dong", "Hyoje-dong")
L(k, "euljiro", "Euljiro", "Euljiro", "Hwanggeumjeong", "Kogane-machi")
L(k, "hwanghae", "Hwanghae Province")
L(k, "tianjin", "Tianjin")
L(k, "wuhan", "Wuhan")
rels(k, [("kim_won_bong", "founded", "uiyeoldan"), ("kim_won_bong", "leads", "uiyeoldan"),
         ("uiyeoldan", "backed_by", "kim_chang_suk"), ("kim_sang_ok", "member_of", "uiyeoldan"),
         ("kim_sang_ok", "opposed_to", "jongno_police"), ("kim_sang_ok", "opposed_to", "tamura"),
         ("na_seok_ju", "opposed_to", "siksan"), ("na_seok_ju", "opposed_to", "odc"),
         ("na_seok_ju", "member_of", "kpg"), ("na_seok_ju", "member_of", "uiyeoldan"),
         ("na_seok_ju", "reports_to", "kim_chang_suk"), ("kim_won_bong", "founded", "kvc"),
         ("kim_won_bong", "leads", "kvc"), ("kvc", "allied_with", "nationalist_army"),
         ("chiang", "leads", "nationalist_army"), ("kim_won_bong", "member_of", "kla"),
         ("ji_cheong_cheon", "leads", "kla"), ("kla", "part_of", "kpg"), ("baek", "member_of", "hanbit")])
ev(k, "corps_founded", "1919-11-09", "day", ["uiyeoldan", "kim_won_bong", "jilin", "manchuria"],
   "founded on 9 November 1919 in Jilin")
ev(k, "manifesto", "1923-01", "month", ["shin_chae_ho", "uiyeoldan"], "In January 1923 the historian Shin Chae-ho wrote")
ev(k, "march_first", "1919-03-01", "day", ["seoul"], "On 1 March 1919 students read")
ev(k, "han_guiding", "2016", "year", ["han_ye_seul"], "who has led this walk since 2016")
ev(k, "jongno_bomb", "1923-01-12", "day", ["kim_sang_ok", "jongno_police", "uiyeoldan", "seoul"],
   "On the evening of 12 January 1923")
ev(k, "kim_born", "1889", "year", ["kim_sang_ok"], "had been born in 1889")
ev(k, "huam_dong", "1923-01-17", "day", ["kim_sang_ok", "tamura", "huam_dong", "namsan"], "Five days later, on 17 January")
ev(k, "kim_death", "1923-01-22", "day", ["kim_sang_ok", "hyoje_dong"], "Before dawn on 22 January 1923")
ev(k, "panel", "2008", "year", ["jongno_gu", "hyoje_dong"], "put up by the Jongno-gu Office in 2008")
ev(k, "centenary", "2023-01-22", "day", ["kim_sang_ok", "hyoje_dong"], "On Sunday 22 January, the hundredth anniversary")
ev(k, "na_attack", "1926-12-28", "day", ["na_seok_ju", "siksan", "odc", "euljiro"], "On 28 December 1926")
ev(k, "na_death", "1926-12-28", "day", ["na_seok_ju", "euljiro"], "he died that evening")
ev(k, "kvc_founded", "1938-10", "month", ["kim_won_bong", "kvc", "wuhan"], "in Wuhan in October 1938")
ev(k, "kla_deputy", "1942", "year", ["kim_won_bong", "kla"], "In 1942 he became deputy commander")
ev(k, "went_north", "1948", "year", ["kim_won_bong"], "He went north in 1948")
ev(k, "purge", "1958", "year", ["kim_won_bong"], "vanished in a purge in 1958")
cl(k, "shin_chae_ho", "The people are the centre of the revolution, and violence is its only weapon.")
cl(k, "han_ye_seul", "My grandfather used to say that after the First of March nobody he knew believed in petitions any more,")
cl(k, "jongno_gu", "He kept the last bullet for himself, because he had promised his comrades that he would never be questioned.")
cl(k, "baek", "Kim Won-bong is the founder everybody knows and nobody may put on a plinth. That is why this walk ends at statues of the men he sent, and not at his.")
NOISE.append({"source": k, "names": ["Seoul Foundation for Arts and Culture", "Hanul Print", "Mapo", "Bukchon",
                                     "Dongdaemun"]})
ACC += ["JONGNO FOOTSTEPS", "Jongno Footsteps", "종로 발자취", "SELF-GUIDED WALK", "Walk No. 7",
        "BOMBS IN THE CAPITAL", "THE HEROIC CORPS IN SEOUL", "BOMBS IN THE CAPITAL: THE HEROIC CORPS IN SEOUL",
        "BEFORE YOU SET OFF", "STOP 1", "STOP 2", "STOP 3", "STOP 4", "STOP 5", "Stop 1", "Stop 3", "Stop 4", "Stops",
        "TAPGOL PARK", "Tapgol Park", "SITE OF THE JONGNO POLICE STATION", "THE HUAM-DONG STEPS",
        "EULJIRO AND THE ORIENTAL DEVELOPMENT COMPANY", "AFTERWARDS", "Home", "Walks", "Accessibility",
        "Book a guide", "한국어", "Length", "Time", "Terrain", "Leaflet edition", "Text", "Map", "Kim", "Corps",
        "Korean", "Koreans", "Japanese", "English", "Confucian", "Declaration of the Korean Revolution",
        "Declaration of Independence", "First of March", "Jong-ro", "Cheonggyecheon", "Marronnier Park", "Daehak-ro",
        "South", "Professor Baek Min-jae", "Kim Won-bong's", "Please", "Toilets", "Start", "Walk", "Return",
        "Chased", "Older", "Here", "That", "Corps'", "Five", "Before", "Both", "Its", "His", "He", "It", "My", "The", "On", "In", "By",
        "All", "A", "Sunday", "January", "March", "October", "November", "December"]
BP[k] = "BOOKING AND CONTACT"

# ---------------- d02 Sri Lanka and Madras, the EPRLF and the Kodambakkam killings: a remembrance invitation ----------------
k = "d02"
P(k, "padmanabha", "K. Padmanabha", "K. Padmanabha", "Kandasamy Padmanabha", "Padmanabha", "Pathmanabha", "Padmanaba",
  "Ranjan")
P(k, "kirubakaran", "P. Kirubakaran")
P(k, "yogasangari", "K. Yogasangari")
P(k, "perumal", "Varatharaja Perumal", "Varatharaja Perumal", "Varadaraja Perumal", "Perumal")
P(k, "premachandran", "Suresh Premachandran")
P(k, "devananda", "Douglas Devananda", "Douglas Devananda", "Devananda")
P(k, "karunanidhi", "M. Karunanidhi")
P(k, "kumaran", "Selvarajah Kumaran")
P(k, "rajaratnam", "Vasanthi Rajaratnam", "Vasanthi Rajaratnam", "Rajaratnam")
P(k, "thevarajah", "Nirmala Thevarajah", "Nirmala Thevarajah", "Thevarajah")
G(k, "ltte", "Liberation Tigers of Tamil Eelam", "Liberation Tigers of Tamil Eelam", "LTTE", "Tigers")
G(k, "eprlf", "Eelam People's Revolutionary Liberation Front", "Eelam People's Revolutionary Liberation Front", "EPRLF")
G(k, "nepc", "North-Eastern Provincial Council")
G(k, "eros", "Eelam Revolutionary Organisation of Students", "Eelam Revolutionary Organisation of Students", "EROS")
G(k, "pla", "People's Liberation Army", "People's Liberation Army", "PLA")
G(k, "pflp", "Popular Front for the Liberation of Palestine", "Popular Front for the Liberation of Palestine", "PFLP")
G(k, "epdp", "Eelam People's Democratic Party", "Eelam People's Democratic Party", "EPDP")
G(k, "ipkf", "Indian Peace Keeping Force", "Indian Peace Keeping Force", "IPKF")
G(k, "tna_army", "Tamil National Army", "Tamil National Army", "TNA")
G(k, "tna_alliance", "Tamil National Alliance")
G(k, "tansit", "Tamil Nadu Special Investigation Team", "Tamil Nadu Special Investigation Team", "TANSIT")
L(k, "kodambakkam", "Kodambakkam")
L(k, "zackaria", "Zackaria Colony")
L(k, "madras", "Madras", "Madras", "Chennai")
L(k, "kankesanthurai", "Kankesanthurai")
L(k, "london", "London")
L(k, "lebanon", "Lebanon")
L(k, "india", "India")
L(k, "tamil_nadu", "Tamil Nadu")
L(k, "harrow", "Harrow")
rels(k, [("ltte", "opposed_to", "eprlf"), ("ltte", "opposed_to", "padmanabha"), ("ltte", "opposed_to", "kirubakaran"),
         ("ltte", "opposed_to", "yogasangari"), ("padmanabha", "leads", "eprlf"), ("kirubakaran", "holds_office", "nepc"),
         ("yogasangari", "member_of", "eprlf"), ("padmanabha", "founded", "eros"), ("padmanabha", "founded", "eprlf"),
         ("perumal", "founded", "eprlf"), ("premachandran", "founded", "eprlf"), ("devananda", "founded", "eprlf"),
         ("devananda", "leads", "pla"), ("pla", "part_of", "eprlf"), ("pla", "backed_by", "pflp"),
         ("devananda", "leads", "epdp"), ("eprlf", "backed_by", "ipkf"), ("perumal", "holds_office", "nepc"),
         ("perumal", "founded", "tna_army"), ("karunanidhi", "holds_office", "tamil_nadu")])
ev(k, "trustees_met", "2025-05-31", "day", ["harrow"], "who met last Saturday in Harrow")
ev(k, "remembrance", "2025-06-22", "day", ["harrow", "padmanabha"], "join us on Sunday 22 June")
ev(k, "massacre", "1990-06-19", "day", ["ltte", "eprlf", "padmanabha", "kirubakaran", "yogasangari", "kodambakkam",
                                        "zackaria", "madras"], "on the evening of 19 June 1990")
ev(k, "born", "1951-11-19", "day", ["padmanabha", "kankesanthurai"], "born in Kankesanthurai on 19 November 1951")
ev(k, "london", "1976", "year", ["padmanabha", "london", "eros"], "He studied in London from 1976")
ev(k, "eprlf_founded", "1980", "year", ["eprlf", "padmanabha", "perumal", "premachandran", "devananda"],
   "In 1980 he founded the EPRLF")
ev(k, "camps_overrun", "1986", "approximate", ["ltte", "eprlf"], "In late 1986 the Tigers overran")
ev(k, "split", "1987", "year", ["devananda", "epdp"], "in 1987 Devananda's faction broke away")
ev(k, "accord", "1987-07", "month", ["eprlf"], "Indo-Sri Lanka Accord of July 1987")
ev(k, "elections", "1988-11", "month", ["eprlf", "ipkf"], "provincial elections of November 1988")
ev(k, "chief_minister", "1988-12-10", "day", ["perumal", "nepc"], "on 10 December 1988")
ev(k, "tna_raised", "1989", "year", ["perumal", "tna_army"], "In 1989 Perumal raised")
ev(k, "tna_collapse", "1990", "year", ["tna_army", "ipkf"], "withdrew the following year")
ev(k, "eelam_resolution", "1990-03-01", "day", ["perumal"], "On 1 March 1990 Perumal moved")
ev(k, "dismissal", "1991-01", "month", ["karunanidhi", "tamil_nadu"], "dismissed in January 1991")
ev(k, "verdict", "1998-11-22", "day", ["tansit", "madras"], "on 22 November 1998")
ev(k, "kumaran_spoke", "2024", "year", ["kumaran"], "told our gathering last year")
ev(k, "thevarajah_book", "2024", "year", ["thevarajah"], "appeared last year")
cl(k, "kumaran", "I heard the grenades and then I heard nothing at all. For thirty-four years I have been trying to fill that silence with their names.")
cl(k, "thevarajah", "He was the rare leader of that decade who was ready to lose an argument.")
cl(k, "rajaratnam", "Please bring photographs,")
cl(k, "rajaratnam", "Every year someone brings a picture we have never seen, and every year the family is grateful.")
NOISE.append({"source": k, "names": ["Wembley Park", "Rayners Lane", "Sri Lanka"]})
ACC += ["PADMANABHA MEMORIAL TRUST", "Padmanabha Memorial Trust", "பத்மநாபா நினைவு அறக்கட்டளை", "Registered charity",
        "Newsletter", "INVITATION", "THIYAGIGAL THINAM", "Thiyagigal Thinam", "MARTYRS' DAY", "Martyrs' Day",
        "Date", "Venue", "Entry", "RSVP", "Kenton", "Kenton Community Hall", "Kenton station", "Vegetarian",
        "Trustees", "Trustee", "Indo-Sri Lanka Accord", "Chief Minister", "Eelam", "Tamil", "Indian", "MP",
        "PROGRAMME", "Mrs Vasanthi Rajaratnam", "Mrs Rajaratnam", "Chair of Trustees", "Dr Nirmala Thevarajah",
        "Dr Thevarajah", "Harrow Tamil youth choir", "Ranjan and the politics of the possible", "Lighting", "Welcome",
        "Reading", "Remembrance", "Songs", "Tea", "Open", "Closing", "Meal", "Children", "Parking", "Dear",
        "Thirty-five", "Among", "It", "We", "He", "If", "Please", "With", "The", "On", "In", "As", "Every", "I",
        "Sunday", "Saturday", "June", "March", "July", "November", "December", "January"]
BP[k] = "ABOUT THE TRUST"

# ---------------- d03 Guinea-Bissau, the PAIGC's war: a philatelic agency's new-issue bulletin (Markdown) ----------------
k = "d03"
P(k, "cassama", "Nadir Cassamá")
P(k, "sekou_toure", "Sékou Touré")
P(k, "coutinho", "Coutinho e Lima")
P(k, "vieira", "João Bernardo Vieira", "João Bernardo Vieira", "Nino")
P(k, "sanha", "Braima Sanhá")
P(k, "amilcar", "Amílcar Cabral", "Amílcar Cabral", "Cabral")
P(k, "pereira", "Aristides Pereira")
P(k, "luis_cabral", "Luís Cabral")
P(k, "kani", "Inocêncio Kani")
G(k, "pna", "People's National Assembly")
G(k, "paigc", "PAIGC", "PAIGC", "African Party for the Independence of Guinea and Cape Verde",
  "Partido Africano da Independência da Guiné e Cabo Verde")
G(k, "pide", "PIDE")
G(k, "farp", "FARP", "FARP", "Forças Armadas Revolucionárias do Povo")
G(k, "paf", "Portuguese Air Force")
G(k, "portuguese_army", "Portuguese Army")
G(k, "council_of_state", "Council of State")
L(k, "guinea_bissau", "Guinea-Bissau", "Guinea-Bissau", "Republic of Guinea-Bissau")
L(k, "madina", "Madina do Boé")
L(k, "boe", "Boé")
L(k, "bissau", "Bissau")
L(k, "pidjiguiti", "Pidjiguiti", "Pidjiguiti", "Pijiguiti")
L(k, "conakry", "Conakry")
L(k, "guinea", "Guinea")
L(k, "tite", "Tite")
L(k, "soviet_union", "Soviet Union")
L(k, "guiledje", "Guiledje", "Guiledje", "Guileje")
L(k, "portugal", "Portugal")
L(k, "lisbon", "Lisbon")
rels(k, [("paigc", "backed_by", "guinea"), ("sekou_toure", "holds_office", "guinea"), ("farp", "part_of", "paigc"),
         ("paigc", "backed_by", "soviet_union"), ("farp", "opposed_to", "portuguese_army"),
         ("coutinho", "member_of", "portuguese_army"), ("vieira", "member_of", "farp"),
         ("vieira", "holds_office", "guinea_bissau"), ("amilcar", "founded", "paigc"), ("amilcar", "leads", "paigc"),
         ("pereira", "founded", "paigc"), ("luis_cabral", "founded", "paigc"), ("kani", "opposed_to", "amilcar"),
         ("kani", "member_of", "paigc"), ("luis_cabral", "holds_office", "council_of_state"),
         ("pereira", "leads", "paigc")])
ev(k, "proclamation", "1973-09-24", "day", ["pna", "guinea_bissau", "madina"], "at Madina do Boé on 24 September 1973")
ev(k, "pidjiguiti", "1959-08-03", "day", ["pide", "pidjiguiti", "bissau"], "On 3 August 1959")
ev(k, "armed_struggle", "1959-09", "month", ["paigc", "conakry"], "at a meeting in September 1959")
ev(k, "tite", "1963-01-23", "day", ["paigc", "tite"], "The first attack came on 23 January 1963")
ev(k, "strela", "1973", "approximate", ["paigc", "soviet_union"], "from the Soviet Union in early 1973")
ev(k, "guiledje_siege", "1973-05-18", "day", ["farp", "guiledje"], "From 18 May 1973 the FARP shelled")
ev(k, "guiledje_withdrawal", "1973-05-22", "day", ["coutinho", "portuguese_army", "guiledje"], "on 22 May its commander")
ev(k, "photo", "1972", "year", ["amilcar", "conakry"], "a photograph taken in Conakry in 1972")
ev(k, "paigc_founded", "1956-09-19", "day", ["amilcar", "pereira", "luis_cabral", "paigc", "bissau"],
   "in Bissau on 19 September 1956")
ev(k, "cabral_killed", "1973-01-20", "day", ["amilcar", "kani", "conakry"], "on the night of 20 January 1973")
ev(k, "congress", "1973-07", "month", ["pereira", "paigc"], "second congress in July 1973")
ev(k, "recognition", "1974-09-10", "day", ["portugal", "guinea_bissau"], "on 10 September 1974")
cl(k, "sanha", "I was seventeen and I carried mortar shells on my head from the border,")
cl(k, "sanha", "When they told us the Portuguese had gone, nobody believed it until we walked in and found their coffee still warm.")
cl(k, "amilcar", "Tell no lies, claim no easy victories.")
cl(k, "cassama", "We chose the dockworkers for the first stamp because the war began with them, not with a rifle,")
cl(k, "cassama", "A stamp travels. I wanted the dockworkers of 1959 to travel too.")
NOISE.append({"source": k, "names": ["São Tomé e Príncipe", "Moçambique", "Rua dos Correeiros"]})
ACC += ["LUSOPHONE PHILATELIC AGENCY", "AGÊNCIA FILATÉLICA LUSÓFONA", "Lusophone Philatelic Agency",
        "Agência Filatélica Lusófona", "Agency", "New Issues Bulletin", "Home", "New issues", "Standing orders",
        "First day covers", "Archive", "50 YEARS OF THE PROCLAMATION OF THE STATE",
        "Set of four stamps", "Issue date", "Correios da Guiné-Bissau", "Guiné-Bissau", "Cape Verde", "Cabo Verde",
        "Guiné", "Portuguese", "Soviet", "Pidjiguiti, 3 de Agosto de 1959", "Guiledje, Maio de 1973",
        "Madina do Boé, 24 de Setembro de 1973", "Dockworkers", "Strela", "Major Coutinho e Lima",
        "President Sékou Touré", "Carnation Revolution", "Miniature sheet", "Unidade e Luta", "Unity and Struggle",
        "Technical details", "Issuing authority", "Values", "West African CFA franc", "CFA", "Design", "Printing",
        "Stamp size", "Perforation", "Sheets", "First day cancellations", "F", "Fighters", "Each", "On", "The",
        "He", "A", "I", "We", "When", "From", "Tell", "September", "August", "January", "May", "July"]
BP[k] = "### HOW TO ORDER"

# ---------------- d04 Georgia, the August Uprising of 1924: a university course week page (Markdown) ----------------
k = "d04"
P(k, "gelashvili", "Tamar Gelashvili", "Tamar Gelashvili", "Gelashvili")
P(k, "zhordania", "Noe Zhordania", "Noe Zhordania", "Zhordania", "Jordania")
P(k, "cholokashvili", "Kakutsa Cholokashvili", "Kakutsa Cholokashvili", "Cholokashvili", "Qaqutsa",
  "Kaikhosro Cholokashvili", "Kaikhosro", "Kakutsa")
P(k, "chavchavadze", "Spiridon Chavchavadze")
P(k, "tsereteli", "Giorgi Tsereteli")
P(k, "pugachev", "Semyon Pugachev")
P(k, "stalin", "Stalin")
P(k, "beria", "Lavrenti Beria")
P(k, "khomeriki", "Noe Khomeriki")
P(k, "jugheli", "Valiko Jugheli")
P(k, "ordzhonikidze", "Sergo Ordzhonikidze", "Sergo Ordzhonikidze", "Ordzhonikidze", "Orjonikidze")
P(k, "mgaloblishvili", "Irakli Mgaloblishvili")
P(k, "ravenscroft", "Helen Ravenscroft")
G(k, "red_army", "Red Army")
G(k, "drg", "Democratic Republic of Georgia")
G(k, "cheka", "Cheka", "Cheka", "Georgian Cheka", "GPU")
G(k, "shepitsulebi", "shepitsulebi", "shepitsulebi", "შეფიცულები", "Oath of Fealty")
G(k, "damkom", "Committee for the Independence of Georgia", "Committee for the Independence of Georgia", "Damkom",
  "Parity Committee")
G(k, "mensheviks", "Georgian Social Democratic (Menshevik) Party")
G(k, "interim_gov", "Interim Government of Georgia")
G(k, "peoples_guard", "People's Guard")
G(k, "zakkraikom", "Transcaucasian Regional Committee")
L(k, "tiflis", "Tiflis", "Tiflis", "Tbilisi")
L(k, "leuville", "Leuville-sur-Orge")
L(k, "paris", "Paris")
L(k, "georgia", "Georgia")
L(k, "khevsureti", "Khevsureti")
L(k, "chechnya", "Chechnya")
L(k, "chiatura", "Chiatura")
L(k, "guria", "Guria")
L(k, "batumi", "Batumi")
L(k, "senaki", "Senaki")
L(k, "abasha", "Abasha")
L(k, "moscow", "Moscow")
L(k, "france", "France")
L(k, "london", "London")
rels(k, [("zhordania", "holds_office", "drg"), ("cholokashvili", "leads", "shepitsulebi"),
         ("mensheviks", "leads", "damkom"), ("chavchavadze", "member_of", "damkom"),
         ("cholokashvili", "member_of", "damkom"), ("tsereteli", "leads", "interim_gov"),
         ("pugachev", "member_of", "red_army"), ("beria", "member_of", "cheka"), ("cheka", "opposed_to", "khomeriki"),
         ("cheka", "opposed_to", "jugheli"), ("khomeriki", "holds_office", "drg"), ("jugheli", "leads", "peoples_guard"),
         ("ordzhonikidze", "leads", "zakkraikom")])
ev(k, "tiflis_taken", "1921-02-25", "day", ["red_army", "tiflis"], "on 25 February 1921")
ev(k, "renamed", "1936", "year", ["tiflis"], "Tbilisi since 1936")
ev(k, "forests", "1922-03", "month", ["cholokashvili", "shepitsulebi"], "took to the forests in March 1922")
ev(k, "khevsureti", "1922", "year", ["cholokashvili", "khevsureti"], "in the mountains of Khevsureti in 1922")
ev(k, "planned", "1924-08-29", "day", ["damkom"], "two in the morning of 29 August 1924")
ev(k, "chiatura", "1924-08-28", "day", ["chiatura", "interim_gov", "tsereteli"], "a day early, on 28 August")
ev(k, "retaken", "1924-08-29", "day", ["red_army", "pugachev", "cheka", "chiatura", "senaki", "abasha"],
   "Senaki and Abasha from 29 August")
ev(k, "over", "1924-09-05", "day", ["red_army", "damkom"], "by 5 September organised resistance was over")
ev(k, "died", "1930", "year", ["cholokashvili", "france"], "died in France in 1930")
ev(k, "appeal", "1924-08", "month", ["damkom"], "the Damkom's appeal of August 1924")
ev(k, "cheka_report", "1924-09-09", "day", ["cheka"], "Cheka report of 9 September 1924")
cl(k, "stalin", "Kronstadt.")
cl(k, "ordzhonikidze", "we went too far")
cl(k, "damkom", "Georgia will rise as one, from the sea to Khevsureti,")
cl(k, "gelashvili", "Nobody in 1924 expected the rising to win by itself. The question is what they thought would happen next, and who they thought would come.")
NOISE.append({"source": k, "names": ["Disability Advisory Service", "Beckwith Library", "Student Hub"]})
ACC += ["Department of History", "Ashgrove University", "Course home", "Syllabus", "Weekly pages", "Reading list",
        "Assessment", "Announcements", "HIST 3417", "Insurgents and Empires",
        "Rebellion in the Soviet Borderlands", "Week 6", "Week 4", "August Uprising", "Convenor", "Lecture",
        "Seminars", "Beckwith Building", "Page last updated", "Overview", "The rising", "Before the lecture",
        "Required reading", "Seminar questions", "A note on names", "Assessment this week", "Dr Tamar Gelashvili",
        "Dr Gelashvili", "Colonel Kakutsa Cholokashvili", "General Spiridon Chavchavadze", "Prince Giorgi Tsereteli",
        "Menshevik", "Mensheviks", "Soviet", "Georgian", "Committee", "Kronstadt", "Caucasus", "The Sworn Men",
        "Partisan War in Soviet Georgia", "Soviet Georgia", "Journal of Borderland History",
        "Kronstadt in the Caucasus?", "Course reader", "Sworn Men", "Source", "Ordzhonikidze and Orjonikidze",
        "Zhordania and Jordania", "Tiflis and Tbilisi", "Kakutsa, Qaqutsa and Kaikhosro Cholokashvili", "Use",
        "Compare", "Why", "Was", "Read", "Pay", "Red", "Through", "Stalin summed", "As", "Georgian names",
        "For", "You", "We", "This", "The", "In", "After", "Nobody", "Monday", "Thursday", "Friday", "February",
        "March", "August", "September", "October"]
BP[k] = "### COURSE POLICIES AND SUPPORT"

# ---------------- d05 Denmark, the Blekingegade Gang and the Købmagergade robbery: a reading group guide ----------------
k = "d05"
P(k, "lindhardt", "Sofie Lindhardt", "Sofie Lindhardt", "Lindhardt")
P(k, "hald", "Peter Hald")
P(k, "hansen", "Jesper Egtved Hansen")
P(k, "habash", "George Habash")
P(k, "appel", "Gotfred Appel", "Gotfred Appel", "Appel")
P(k, "jensen", "Jens Holger Jensen")
P(k, "jorgensen", "Niels Jørgensen", "Niels Jørgensen", "Jørgensen", "Joergensen")
P(k, "lauesen", "Torkil Lauesen", "Torkil Lauesen", "Lauesen")
P(k, "nielsen", "Carsten Nielsen")
P(k, "dalsgaard", "Henning Dalsgaard", "Henning Dalsgaard", "Dalsgaard")
G(k, "copenhagen_police", "Copenhagen Police")
G(k, "ka", "Kommunistisk Arbejdsgruppe", "Kommunistisk Arbejdsgruppe", "KA", "M-KA")
G(k, "pflp", "Popular Front for the Liberation of Palestine", "Popular Front for the Liberation of Palestine", "PFLP")
G(k, "kak", "Kommunistisk Arbejdskreds", "Kommunistisk Arbejdskreds", "KAK", "Communist Working Circle")
G(k, "kuf", "Kommunistisk Ungdomsforbund", "Kommunistisk Ungdomsforbund", "KUF")
G(k, "pet", "Politiets Efterretningstjeneste", "Politiets Efterretningstjeneste", "PET")
G(k, "gang", "Blekingegade Gang", "Blekingegade Gang", "Blekingegadebanden", "Blekinge Street Gang")
G(k, "aftenposten", "Aftenposten Øst")
L(k, "copenhagen", "Copenhagen", "Copenhagen", "København")
L(k, "amager", "Amager")
rels(k, [("hansen", "member_of", "copenhagen_police"), ("pflp", "backed_by", "ka"),
         ("habash", "founded", "pflp"), ("appel", "founded", "kak"), ("appel", "leads", "kak"), ("kuf", "part_of", "kak"),
         ("jensen", "member_of", "kak"), ("copenhagen_police", "opposed_to", "jorgensen"),
         ("copenhagen_police", "opposed_to", "lauesen"), ("jorgensen", "member_of", "ka"), ("lauesen", "member_of", "ka"),
         ("nielsen", "member_of", "ka"), ("gang", "part_of", "ka"), ("dalsgaard", "member_of", "pet"),
         ("lindhardt", "member_of", "aftenposten")])
ev(k, "robbery", "1988-11-03", "day", ["copenhagen", "hansen", "ka"], "Thursday 3 November 1988")
ev(k, "hansen_died", "1988-11-03", "day", ["hansen"], "He died that evening")
ev(k, "lyrskovgade", "1972-12", "month", ["ka", "pflp"], "since December 1972, when they robbed")
ev(k, "kak_founded", "1963", "year", ["appel", "kak"], "founded in 1963")
ev(k, "kak_split", "1978", "year", ["kak", "appel", "pflp"], "The organisation split in 1978")
ev(k, "ka_formed", "1978-09-03", "day", ["ka"], "formed on 3 September 1978")
ev(k, "jensen_died", "1980-09-15", "day", ["jensen"], "died in a car crash on 15 September 1980")
ev(k, "arrests", "1989-04-13", "day", ["copenhagen_police", "jorgensen", "lauesen", "ka", "pet"], "On 13 April 1989")
ev(k, "nielsen_crash", "1989-05", "month", ["nielsen", "amager"], "in May 1989 Carsten Nielsen")
ev(k, "sentences", "1991", "year", ["jorgensen", "lauesen"], "which ended in 1991")
cl(k, "lindhardt", "Because nearly every book so far has been about the robbers. I wanted to write about the morning itself: the guard, the driver, the two young constables, the woman at the bakery across the street.")
cl(k, "lindhardt", "He said something I have not been able to forget,")
cl(k, "dalsgaard", "We spent eleven years looking for a conspiracy and found it in a traffic accident.")
cl(k, "lindhardt", "Two agreed to talk, on condition that I quoted nothing from them directly. I kept that promise.")
NOISE.append({"source": k, "names": ["Skagen", "Aarhus", "Vesterbrogade", "Nordlys Press ApS"]})
ACC += ["NORDLYS PRESS", "Nordlys Press", "Reading Group Guides", "Home", "Book clubs", "Guides",
        "A Morning in Købmagergade", "READING GROUP GUIDE", "A MORNING IN KØBMAGERGADE", "Morgenen i Købmagergade",
        "Idealists, Robbers and the Death of a Young Policeman", "Danish", "Paperback", "Published", "ABOUT THIS GUIDE",
        "BACKGROUND", "THE AUTHOR", "IN CONVERSATION WITH SOFIE LINDHARDT", "QUESTIONS FOR DISCUSSION",
        "FURTHER READING AND VIEWING", "Købmagergade", "Lyrskovgade", "Blekingegade", "Kongevejen", "Rigshospitalet",
        "Manifest", "Blekingegade commission", "English", "English-language", "Why", "Did", "What", "How", "Is",
        "Whose", "Try", "Two", "Then", "Because", "At", "They", "He", "KA held", "One", "No", "The", "In", "On",
        "A", "I", "Thursday", "November", "December", "September", "April", "May", "October"]
BP[k] = "MORE READING GROUP GUIDES FROM NORDLYS PRESS"

# ---------------- d06 Trinidad, the Jamaat al Muslimeen at the Red House: a travel guidebook section ----------------
k = "d06"
P(k, "ramdeen", "Anisa Ramdeen")
P(k, "abu_bakr", "Yasin Abu Bakr", "Yasin Abu Bakr", "Abu Bakr", "Lennox Phillip")
P(k, "abdullah", "Bilaal Abdullah")
P(k, "robinson", "A.N.R. Robinson", "A.N.R. Robinson", "Robinson")
P(k, "des_vignes", "Leo Des Vignes")
P(k, "dookeran", "Winston Dookeran")
P(k, "simmons", "David Simmons")
P(k, "eric_williams", "Eric Williams")
P(k, "lezama", "Claire Lezama")
G(k, "jam", "Jamaat al Muslimeen", "Jamaat al Muslimeen", "Jamaat-al-Muslimeen", "Muslimeen")
G(k, "ttps", "Trinidad and Tobago Police Service")
G(k, "ttt", "Trinidad and Tobago Television", "Trinidad and Tobago Television", "TTT")
G(k, "nar", "National Alliance for Reconstruction", "National Alliance for Reconstruction", "NAR")
G(k, "ttdf", "Trinidad and Tobago Defence Force", "Trinidad and Tobago Defence Force", "TTDF")
G(k, "commission", "Commission of Enquiry into the 1990 coup")
L(k, "port_of_spain", "Port of Spain")
L(k, "tt", "Trinidad and Tobago")
L(k, "london", "London")
L(k, "diego_martin", "Diego Martin")
rels(k, [("abu_bakr", "founded", "jam"), ("abu_bakr", "leads", "jam"), ("jam", "opposed_to", "ttps"),
         ("abdullah", "member_of", "jam"), ("jam", "opposed_to", "robinson"), ("jam", "opposed_to", "ttt"),
         ("robinson", "holds_office", "tt"), ("robinson", "leads", "nar"), ("des_vignes", "member_of", "nar"),
         ("ttdf", "opposed_to", "jam"), ("dookeran", "holds_office", "tt"), ("simmons", "leads", "commission")])
ev(k, "built", "1907", "year", ["port_of_spain"], "dates from 1907")
ev(k, "water_riots", "1903", "year", ["port_of_spain"], "Water Riots of 1903")
ev(k, "reopened", "2020-01", "month", ["port_of_spain"], "reopened in January 2020")
ev(k, "jam_founded", "1982", "year", ["jam", "abu_bakr"], "was founded in 1982")
ev(k, "raid", "1988", "year", ["jam"], "In 1988 the police raided")
ev(k, "coup", "1990-07-27", "day", ["jam", "abu_bakr", "abdullah", "robinson", "ttt", "ttps", "port_of_spain"],
   "Friday 27 July 1990")
ev(k, "surrender", "1990-08-01", "day", ["jam", "dookeran"], "On 1 August the men surrendered")
ev(k, "report", "2014-03", "month", ["commission", "simmons"], "delivered its report in March 2014")
ev(k, "abu_bakr_died", "2021-10", "month", ["abu_bakr"], "he died in October 2021")
ev(k, "robinson_president", "1997", "range", ["robinson", "tt"], "from 1997 to 2003", end="2003")
ev(k, "williams_lectures", "1950", "approximate", ["eric_williams"], "in the 1950s")
cl(k, "ramdeen", "People always ask me where the prime minister lay,")
cl(k, "ramdeen", "I show them. Then I show them where the Speaker's mace was kept, because that survived too.")
cl(k, "robinson", "attack with full force")
cl(k, "commission", "a failure of intelligence and of nerve")
cl(k, "lezama", "I was a schoolgirl in Diego Martin in July 1990 and spent the curfew listening to the radio under the kitchen table,")
cl(k, "lezama", "Walking into that chamber still makes my hands cold.")
NOISE.append({"source": k, "names": ["Queen's Park Savannah", "Fort George", "Maracas Bay", "Bridgetown",
                                     "Leeward & Windward Publishing"]})
ACC += ["WINDWARD HANDBOOKS", "Windward Handbooks", "TRINIDAD & TOBAGO", "Trinidad & Tobago", "Chapter 2",
        "Sights", "Previous", "Next", "Woodford Square", "The Cathedral of the Holy Trinity",
        "Cathedral of the Holy Trinity", "THE RED HOUSE", "Red House", "The Red House", "Top sight",
        "Abercromby Street", "Guided tours", "Parliament", "Parliament of Trinidad and Tobago", "House",
        "House of Representatives", "Rotunda", "Beaux-Arts", "Trinidadians", "Speaker", "BOX",
        "THE SIX DAYS OF JULY 1990", "Who", "What", "How", "No. 1 Mucurapo Road", "Mucurapo Road", "Islam",
        "Police Headquarters", "St Vincent Street", "Maraval Road", "Prime Minister A.N.R. Robinson",
        "Court of Appeal", "Privy Council", "Barbadian", "Sir David Simmons", "President of Trinidad and Tobago",
        "Tip", "Security", "Large", "Dress", "Getting", "City Gate", "Woodbrook", "Nearby", "Frederick Street",
        "Author's", "Mon-Fri", "Free", "Allow", "Most", "Tours", "Twenty-four", "Forty-two", "Seventy-two",
        "Soldiers", "Abu Bakr never", "Water Riots", "In", "It", "The", "On", "A", "I", "Walking", "People", "Friday", "July",
        "August", "January", "March", "October"]
BP[k] = "UPDATES AND CORRECTIONS"

# ---------------- d07 Malaysia, Al-Ma'unah and the Sauk siege: a law report headnote, hard-wrapped ----------------
k = "d07"
P(k, "amin", "Mohd Amin bin Mohd Razali", "Mohd Amin bin Mohd Razali", "Mohamed Amin Mohamed Razali")
P(k, "zulkefli", "ZULKEFLI AHMAD MAKINUDIN")
P(k, "sagadevan", "R. Sagadevan", "R. Sagadevan", "Sagadevan")
P(k, "mathew", "Mathew anak Medan", "Mathew anak Medan", "Mathew")
P(k, "zaini", "Zaini Mohamad Said")
P(k, "razak", "Abdul Razak Mohd Yusoff")
P(k, "zahit", "Zahit Muslim")
P(k, "jamaludin", "Jamaludin Darus")
P(k, "mohtar", "Mohtar Abdullah")
P(k, "karpal", "Karpal Singh")
P(k, "farah", "Farah Nadia Ismail")
G(k, "al_maunah", "Al-Ma'unah", "Al-Ma'unah", "Persaudaraan Ilmu Dalam Al-Ma'unah", "Brotherhood of Inner Power",
  "Al-Maunah")
G(k, "army", "Malaysian Army")
G(k, "wataniah", "Rejimen Askar Wataniah", "Rejimen Askar Wataniah", "Territorial Army")
G(k, "special_branch", "Special Branch")
G(k, "pdrm", "Royal Malaysian Police", "Royal Malaysian Police", "Polis Diraja Malaysia", "PDRM")
G(k, "ggk", "22nd Grup Gerak Khas", "22nd Grup Gerak Khas", "22 GGK")
G(k, "vat69", "VAT 69")
L(k, "kuala_lumpur", "KUALA LUMPUR")
L(k, "kuala_rhui", "Kuala Rhui")
L(k, "gerik", "Gerik", "Gerik", "Grik")
L(k, "perak", "Perak")
L(k, "bukit_jenalik", "Bukit Jenalik")
L(k, "sauk", "Sauk")
L(k, "kuala_kangsar", "Kuala Kangsar")
L(k, "malaysia", "Malaysia")
rels(k, [("amin", "member_of", "army"), ("amin", "leads", "al_maunah"), ("al_maunah", "opposed_to", "wataniah"),
         ("al_maunah", "opposed_to", "sagadevan"), ("al_maunah", "opposed_to", "mathew"),
         ("sagadevan", "member_of", "special_branch"), ("special_branch", "part_of", "pdrm"),
         ("mathew", "member_of", "ggk"), ("ggk", "part_of", "army"), ("zaini", "member_of", "army"),
         ("razak", "member_of", "vat69"), ("vat69", "part_of", "pdrm"), ("zahit", "member_of", "al_maunah"),
         ("jamaludin", "member_of", "al_maunah"), ("mohtar", "holds_office", "malaysia")])
ev(k, "heist", "2000-07-02", "day", ["al_maunah", "wataniah", "kuala_rhui", "gerik", "perak"],
   "In the early hours of 2 July 2000")
ev(k, "hostages", "2000-07-03", "day", ["al_maunah", "sagadevan", "mathew", "special_branch"], "On 3 July the sect seized")
ev(k, "siege", "2000-07-03", "range", ["al_maunah", "bukit_jenalik"], "from 3 July 2000 to 6 July 2000", end="2000-07-06")
ev(k, "sauk_surrender", "2000-07-06", "day", ["al_maunah", "zaini", "razak", "vat69"], "The stand-off ended on 6 July")
ev(k, "charged", "2000-08-08", "day", ["al_maunah"], "charged on 8 August 2000")
ev(k, "pleas", "2000-12", "month", ["al_maunah"], "were sentenced in December 2000")
ev(k, "sentence", "2001-12-28", "day", ["amin", "zahit", "jamaludin", "zulkefli"], "Sentence (28 December 2001)")
cl(k, "zulkefli", "all the accused, directly or indirectly, were involved in the object of Al-Ma'unah, which was to bring down the Government through violence.")
cl(k, "zulkefli", "I cannot contemplate what would have befallen the people of this multiracial country had Al-Ma'unah achieved its object.")
cl(k, "zulkefli", "chose not to give evidence and offered the court nothing but his silence")
cl(k, "karpal", "Nothing in the circumstances called for the death penalty,")
NOISE.append({"source": k, "names": ["Lexmara Legal Publishing Sdn Bhd", "Petaling Jaya"]})
ACC += ["PENINSULAR CRIMINAL LAW REPORTS", "Peninsular Criminal Law Reports", "PCLR", "Subscriber edition",
        "PUBLIC PROSECUTOR", "Public Prosecutor", "ORS", "HIGH COURT MALAYA",
        "High Court", "MALAYA", "CRIMINAL TRIAL NO", "DECEMBER", "GROUNDS DELIVERED", "JANUARY", "CRIMINAL LAW",
        "CRIMINAL PROCEDURE", "Penal Code", "Yang di-Pertuan Agong", "Federal Constitution", "Government",
        "HEADNOTE", "Held", "Sentence", "Per curiam", "Cases referred to", "Legislation referred to", "Counsel",
        "Editorial note", "Aung Hla v. Emperor", "Aung Hla", "Emperor", "Rangoon High Court",
        "Public Prosecutor v. Lau Kee Hoo", "Lau Kee Hoo", "Federal Court", "Attorney General",
        "Attorney General of Malaysia", "Mr Karpal Singh", "Post 2", "Battalion 304",
        "Lieutenant-General Zaini Mohamad Said", "Assistant Superintendent Abdul Razak Mohd Yusoff",
        "Detective Corporal R. Sagadevan", "Trooper Mathew anak Medan", "Security", "Twenty-nine", "Ten", "One",
        "Duress", "Whether", "Death", "Principles", "Role", "Public", "Common", "Seizure", "Armed", "Waging",
        "Reported", "Nothing", "Printed", "It", "They", "The", "On", "In", "For", "Outside", "Passing", "July", "August", "December"]
BP[k] = "REPORTER'S NOTES AND SUBSCRIBER SERVICES"

# ---------------- d08 Marseilles 1934, IMRO and the Ustaše: a film archive's newsreel catalogue record ----------------
k = "d08"
P(k, "alexander", "King Alexander", "King Alexander", "Alexander I")
P(k, "barthou", "Louis Barthou", "Louis Barthou", "Barthou")
P(k, "piollet", "Piollet")
P(k, "chernozemski", "Vlado Chernozemski", "Vlado Chernozemski", "Chernozemski", "Chernozemsky",
  "Velichko Dimitrov Kerin")
P(k, "hadzhidimov", "Dimo Hadzhidimov")
P(k, "mihailov", "Ivan Mihailov", "Ivan Mihailov", "Mihailov", "Vancho Mihaylov")
P(k, "pavelic", "Ante Pavelić", "Ante Pavelić", "Pavelić")
P(k, "mussolini", "Mussolini")
P(k, "kralj", "Mijo Kralj")
P(k, "pospisil", "Zvonimir Pospišil")
P(k, "rajic", "Ivan Rajić")
P(k, "kvaternik", "Eugen Kvaternik")
P(k, "pennicott", "Ruth Pennicott")
P(k, "petrovski", "Goran Petrovski", "Goran Petrovski", "Petrovski")
G(k, "imro", "Internal Macedonian Revolutionary Organization", "Internal Macedonian Revolutionary Organization",
  "IMRO", "VMRO")
G(k, "ustase", "Ustaše", "Ustaše", "Ustasha")
G(k, "fox", "Fox Movietone News")
G(k, "ryg", "Royal Yugoslav Government")
G(k, "league", "League of Nations")
G(k, "skopje_uni", "University of Skopje")
L(k, "marseilles", "Marseilles")
L(k, "yugoslavia", "Yugoslavia")
L(k, "france", "France")
L(k, "united_kingdom", "United Kingdom")
L(k, "kamenitsa", "Kamenitsa")
L(k, "bulgaria", "Bulgaria")
L(k, "sofia", "Sofia")
L(k, "italy", "Italy")
L(k, "aix", "Aix-en-Provence")
L(k, "geneva", "Geneva")
L(k, "netherlands", "Netherlands")
L(k, "germany", "Germany")
L(k, "britain", "Britain")
L(k, "united_states", "United States")
L(k, "macedonia", "Macedonia")
rels(k, [("alexander", "holds_office", "yugoslavia"), ("barthou", "holds_office", "france"),
         ("chernozemski", "opposed_to", "alexander"), ("piollet", "opposed_to", "chernozemski"),
         ("chernozemski", "member_of", "imro"), ("chernozemski", "opposed_to", "hadzhidimov"),
         ("mihailov", "leads", "imro"), ("imro", "allied_with", "ustase"), ("pavelic", "leads", "ustase"),
         ("ustase", "backed_by", "italy"), ("kralj", "member_of", "ustase"), ("pospisil", "member_of", "ustase"),
         ("rajic", "member_of", "ustase"), ("kvaternik", "member_of", "ustase"), ("petrovski", "member_of", "skopje_uni")])
ev(k, "assassination", "1934-10-09", "day", ["alexander", "barthou", "chernozemski", "imro", "marseilles"],
   "On 9 October 1934 King Alexander")
ev(k, "barthou_died", "1934-10-09", "day", ["barthou"], "dies within the hour")
ev(k, "chernozemski_born", "1897", "year", ["chernozemski", "kamenitsa", "bulgaria"], "in 1897 at Kamenitsa")
ev(k, "joined", "1922", "year", ["chernozemski", "imro"], "in 1922 and was its most trusted gunman")
ev(k, "hadzhidimov", "1924", "year", ["chernozemski", "hadzhidimov", "sofia", "imro"], "in 1924 he killed")
ev(k, "trial", "1936-02", "month", ["kralj", "pospisil", "rajic", "pavelic", "kvaternik", "aix"], "in February 1936")
ev(k, "league", "1934", "approximate", ["league", "geneva", "ryg"], "in Geneva that winter")
ev(k, "shown_abroad", "1934-10", "month", ["britain", "united_states"], "within days")
ev(k, "memoir", "1958", "year", ["mihailov"], "Writing in 1958")
ev(k, "record_revised", "2024-10", "month", ["petrovski"], "revised in October 2024")
cl(k, "ryg", "the hand that struck at Marseilles was armed beyond our borders,")
cl(k, "pennicott", "Later prints cut the close shots of the King. Ours is one of perhaps three that keep them, which is why researchers keep coming back to it.")
cl(k, "mihailov", "the decision was taken for Macedonia, and for Macedonia alone")
cl(k, "petrovski", "You can see the moment a state visit becomes an international crisis, frame by frame,")
NOISE.append({"source": k, "names": ["Belgrade", "Helen Whitlow", "Rights Desk"]})
ACC += ["HARBOUR LANE FILM & SOUND ARCHIVE", "Harbour Lane Film & Sound Archive", "Collections search", "Newsreels",
        "Record", "CATALOGUE RECORD", "Title", "ASSASSINATION OF KING ALEXANDER AT MARSEILLES",
        "Alternative titles", "Marseilles Tragedy", "L'attentat de Marseille", "Marseille", "Date of event",
        "Release", "Production", "Duration", "Format", "Language", "English", "French", "Serbo-Croat",
        "Record status", "SUMMARY", "SHOT LIST", "CONTEXT", "SUBJECTS", "ACCESS", "Title card", "Dubrovnik",
        "Old Port", "La Canebière", "King", "The King", "Lieutenant-Colonel Piollet", "Czechoslovak", "Bulgarian",
        "Macedonian", "Croatian", "Yugoslav", "British", "Dr Goran Petrovski", "Assassinations", "Royalty",
        "Terrorism", "Viewing", "Nitrate", "Crowd", "Crowds", "Close", "End", "Ballistic", "Historians", "Three",
        "Later", "Ours", "Mounted", "Revised", "Writing", "King Alexander I", "You", "By", "He", "It", "The", "On", "In", "A", "October", "February"]
BP[k] = "CITE THIS RECORD"

W.write()
