"""Builds gold.json for the seventeenth held-out set (heldout16) from the annotations below (run:
python3 eval/heldout16/build_gold.py). Edit here, rebuild, then run check_gold.py.

Two of the texts (z03, z06) are hard-wrapped, so a quote or an event cue can run over a line break. Quotes and cues
below are written with single spaces; `exact` looks each one up in its source with any run of whitespace allowed
between words and writes the text's own characters (line breaks included) into the gold, so check_gold.py's verbatim
test holds. Entity surfaces are never split across lines in the corpus.

As in heldout15, a few entities occur in more than one source and are one gold entity listing all its sources: the
United States (z06, z07), Ethiopia (z04, z05), Mengistu Haile Mariam (z04, z05) and Vietnam (written "Viet-Nam" in
z06 and "Vietnam" in z08), so cross-article merging, including of a person and of a spelling variant, is tested."""
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


# ---------------- z01 Russia, BORN: a trial monitor's sentencing summary with numbered counts ----------------
k = "z01"
P(k, "goryachev", "Ilya Goryachev", "Ilya Goryachev", "Goryachev", "Gorjačev")
P(k, "baklagin", "Maxim Baklagin", "Maxim Baklagin", "Baklagin")
P(k, "isaev", "Vyacheslav Isaev", "Vyacheslav Isaev", "Isaev")
P(k, "volkov", "Mikhail Volkov", "Mikhail Volkov", "Volkov")
P(k, "filatov", "Fyodor Filatov")
P(k, "khutorskoy", "Ivan Khutorskoy", "Ivan Khutorskoy", "Khutorskoy")
P(k, "chuvashov", "Eduard Chuvashov", "Eduard Chuvashov", "Chuvashov")
P(k, "markelov", "Stanislav Markelov")
P(k, "baburova", "Anastasia Baburova")
P(k, "tikhonov", "Nikita Tikhonov", "Nikita Tikhonov", "Tikhonov")
P(k, "khasis", "Yevgenia Khasis", "Yevgenia Khasis", "Evgeniya Khasis", "Khasis")
P(k, "volkova", "Daria Volkova")
G(k, "born", "Combat Organisation of Russian Nationalists", "Combat Organisation of Russian Nationalists", "BORN",
  "Boevaya Organizatsiya Russkikh Natsionalistov", "Боевая организация русских националистов")
G(k, "mcc", "Moscow City Court")
G(k, "fsb", "Federal Security Service", "Federal Security Service", "FSB")
G(k, "russky_obraz", "Russky Obraz", "Russky Obraz", "Russkiy Obraz", "Russian Image")
G(k, "supreme_court_ru", "Supreme Court of Russia")
L(k, "moscow", "Moscow")
L(k, "russia", "Russia")
L(k, "serbia", "Serbia")
rels(k, [("goryachev", "founded", "born"), ("goryachev", "leads", "born"), ("baklagin", "member_of", "born"),
         ("isaev", "member_of", "born"), ("volkov", "member_of", "born"), ("tikhonov", "member_of", "born"),
         ("born", "opposed_to", "filatov"), ("born", "opposed_to", "khutorskoy"), ("born", "opposed_to", "chuvashov"),
         ("chuvashov", "holds_office", "mcc"), ("tikhonov", "opposed_to", "markelov"),
         ("tikhonov", "opposed_to", "baburova"), ("fsb", "opposed_to", "tikhonov"), ("fsb", "opposed_to", "khasis"),
         ("goryachev", "leads", "russky_obraz")])
ev(k, "sentence", "2015-07-24", "day", ["mcc", "goryachev", "baklagin", "isaev", "volkov"], "today sentenced")
ev(k, "verdict", "2015-04", "month", ["goryachev", "born"], "In April the jury found")
ev(k, "campaign", "2008-10", "range", ["born", "moscow"], "between October 2008 and April 2010", end="2010-04")
ev(k, "filatov_killed", "2008-10", "month", ["filatov", "born"], "near his home in October 2008")
ev(k, "khutorskoy_killed", "2009-11-16", "day", ["khutorskoy", "born"], "on 16 November 2009")
ev(k, "chuvashov_killed", "2010-04-12", "day", ["chuvashov", "born"], "on 12 April 2010")
ev(k, "markelov_killed", "2009-01-19", "day", ["markelov", "baburova", "tikhonov", "moscow"], "On 19 January 2009")
ev(k, "arrests", "2009-11", "month", ["fsb", "tikhonov", "khasis"], "in November 2009")
ev(k, "tikhonov_sentenced", "2011-05", "month", ["tikhonov", "khasis", "mcc"], "in May 2011")
ev(k, "born_formed", "2008", "approximate", ["born"], "formed around 2008")
ev(k, "left_russia", "2010", "year", ["goryachev", "russia"], "He left Russia in 2010")
ev(k, "detained_serbia", "2013", "year", ["goryachev", "serbia"], "detained in Serbia in 2013")
ev(k, "born_message", "2010-04-13", "day", ["born", "chuvashov"], "The day after Chuvashov was killed")
ev(k, "final_statement", "2015-07-20", "day", ["goryachev"], "On Monday, in his final statement")
ev(k, "appeal_deadline", "2015-08-03", "day", ["supreme_court_ru", "goryachev"], "has ten days to lodge an appeal")
cl(k, "mcc", "set out to frighten into silence anyone who stood against the nationalist movement, the courts included")
cl(k, "born", "a sentence carried out on a judge who served the enemies of the Russian people")
cl(k, "goryachev", "I have never killed anyone, and I have never told anyone to kill. I am here because Tikhonov needed someone to share his sentence with.")
cl(k, "volkova", "Five years ago a case like this would have filled the hall")
cl(k, "volkova", "Today there were more bailiffs than members of the public.")
NOISE.append({"source": k, "names": ["Irina Sokolova", "Brīvības iela", "Riga", "Latvia"]})
ACC += ["OPEN COURT MONITOR", "Open Court Monitor", "English", "Russian", "SENTENCING SUMMARY", "SUMMARY", "THE COUNTS",
        "BACKGROUND", "THE STATEMENTS", "WHAT HAPPENS NEXT", "Case", "Court", "Stage", "Friday", "BORN case",
        "Article 209", "Article 105", "Article 295", "Article 222", "Criminal Code", "Banditry", "Murder",
        "Encroachment", "Illegal", "Cyrillic", "Serbian", "English-language", "Supreme Court", "Russian people",
        "On Monday", "Our", "Today", "Five", "Two", "Some"]
BP[k] = "About Open Court Monitor"

# ---------------- z02 Nigeria, Maitatsine: a Markdown dataset README ----------------
k = "z02"
P(k, "marwa", "Muhammadu Marwa", "Muhammadu Marwa", "Mohammed Marwa", "Marwa", "Maitatsine", "Mai Tatsine")
P(k, "rimi", "Abubakar Rimi", "Abubakar Rimi", "Rimi")
P(k, "shagari", "Shehu Shagari", "Shehu Shagari", "Shagari")
P(k, "aniagolu", "Anthony Aniagolu")
P(k, "makaniki", "Musa Makaniki", "Musa Makaniki", "Makaniki")
G(k, "yan_tatsine", "'Yan Tatsine", "'Yan Tatsine", "Yan Tatsine")
G(k, "prp", "People's Redemption Party", "People's Redemption Party", "PRP")
G(k, "npn", "National Party of Nigeria", "National Party of Nigeria", "NPN")
G(k, "npf", "Nigeria Police Force")
G(k, "army_ng", "Nigerian Army")
G(k, "tribunal", "Kano Disturbances Tribunal of Inquiry")
L(k, "kano", "Kano")
L(k, "nigeria", "Nigeria")
L(k, "marwa_town", "Marwa")
L(k, "cameroon", "Cameroon")
L(k, "kano_state", "Kano State")
L(k, "yan_awaki", "Yan Awaki")
L(k, "lagos", "Lagos")
L(k, "jimeta", "Jimeta")
L(k, "yola", "Yola")
L(k, "bulumkutu", "Bulumkutu")
L(k, "maiduguri", "Maiduguri")
L(k, "gombe", "Gombe")
rels(k, [("marwa", "founded", "yan_tatsine"), ("marwa", "leads", "yan_tatsine"), ("rimi", "holds_office", "kano_state"),
         ("rimi", "member_of", "prp"), ("yan_tatsine", "opposed_to", "npf"), ("shagari", "holds_office", "nigeria"),
         ("army_ng", "opposed_to", "yan_tatsine"), ("aniagolu", "leads", "tribunal"), ("makaniki", "leads", "yan_tatsine")])
ev(k, "kano_fighting", "1980-12-18", "range", ["yan_tatsine", "kano", "marwa"], "between 18 and 29 December 1980",
   end="1980-12-29")
ev(k, "settled", "1945", "approximate", ["marwa", "kano"], "around 1945")
ev(k, "ultimatum", "1980-11", "approximate", ["rimi", "yan_tatsine", "yan_awaki", "kano_state"], "In late November 1980")
ev(k, "first_clash", "1980-12-18", "day", ["yan_tatsine", "npf"], "On 18 December 1980")
ev(k, "rising_broken", "1980-12-29", "day", ["army_ng", "yan_tatsine", "kano"], "by 29 December")
ev(k, "broadcast", "1980-12-29", "day", ["shagari"], "In a broadcast on 29 December")
ev(k, "rimi_remarks", "1981-01", "month", ["rimi"], "in January 1981")
ev(k, "report", "1981", "year", ["tribunal"], "submitted in 1981")
ev(k, "jimeta", "1984-02", "approximate", ["makaniki", "yan_tatsine", "jimeta", "yola", "army_ng"], "in late February 1984")
ev(k, "bulumkutu", "1982-10", "month", ["bulumkutu", "maiduguri"], "in October 1982")
ev(k, "gombe", "1985-04", "month", ["gombe"], "in April 1985")
ev(k, "seminar", "2021-01-12", "day", ["kano"], "on 12 January 2021")
cl(k, "tribunal", "a fortress built inside a city that did not know it was there")
cl(k, "shagari", "law and order has been fully restored in Kano")
cl(k, "rimi", "We warned them, and we warned Lagos")
NOISE.append({"source": k, "names": ["Zainab Lawal", "Tunde Adeyemi", "Ibrahim Danjuma", "Arewa House", "Kaduna",
                                     "Sahel Archives Trust"]})
ACC += ["kano1980", "Contents", "File", "What it holds", "Background", "Codebook", "Column", "Meaning", "Known issues",
        "Roadmap", "Hausa", "Hausa-language", "Quranic", "Muslim", "ISO", "Actor", "K80", "Governor", "President",
        "Justice", "Version", "English", "Figures", "Many", "Three", "Every", "Those", "Other", "Rimi's", "Marwa's",
        "Bayero University Kano", "Bayero University", "Shahuci", "Shahuci playground", "Maitatsine uprising",
        "Mohammed", "Muhammadu", "Kano State government"]
BP[k] = "## How to cite"

# ---------------- z03 Indonesia, Jamaah Imran and the Woyla hijacking: an aviation security case summary ----------------
k = "z03"
P(k, "rante", "Herman Rante", "Herman Rante", "Rante")
P(k, "kirang", "Achmad Kirang", "Achmad Kirang", "Kirang")
P(k, "imran", "Imran bin Muhammad Zein")
P(k, "kartosoewirjo", "Sekarmadji Maridjan Kartosoewirjo", "Sekarmadji Maridjan Kartosoewirjo", "Kartosuwiryo",
  "Kartosoewirjo")
P(k, "prem", "Prem Tinsulanonda", "Prem Tinsulanonda", "Prem")
P(k, "suharto", "Suharto", "Suharto", "Soeharto")
P(k, "moerdani", "Benny Moerdani", "Benny Moerdani", "Moerdani", "Murdani")
P(k, "panjaitan", "Sintong Panjaitan", "Sintong Panjaitan", "Panjaitan")
G(k, "garuda", "Garuda Indonesia")
G(k, "jamaah_imran", "Jamaah Imran")
G(k, "komando_jihad", "Komando Jihad")
G(k, "darul_islam", "Darul Islam", "Darul Islam", "Negara Islam Indonesia", "NII", "Islamic State of Indonesia")
G(k, "tii", "Tentara Islam Indonesia", "Tentara Islam Indonesia", "TII")
G(k, "abri", "Indonesian Armed Forces", "Indonesian Armed Forces", "ABRI", "Angkatan Bersenjata Republik Indonesia")
G(k, "kopassandha", "Kopassandha", "Kopassandha", "Komando Pasukan Sandi Yudha")
G(k, "army_id", "Indonesian Army")
L(k, "jakarta", "Jakarta")
L(k, "medan", "Medan")
L(k, "palembang", "Palembang")
L(k, "penang", "Penang")
L(k, "malaysia", "Malaysia")
L(k, "bangkok", "Bangkok")
L(k, "west_java", "West Java")
L(k, "middle_east", "Middle East")
L(k, "bandung", "Bandung")
L(k, "indonesia", "Indonesia")
L(k, "colombo", "Colombo")
L(k, "libya", "Libya")
L(k, "thailand", "Thailand")
rels(k, [("rante", "member_of", "garuda"), ("kirang", "member_of", "kopassandha"), ("imran", "leads", "jamaah_imran"),
         ("kartosoewirjo", "founded", "darul_islam"), ("tii", "part_of", "darul_islam"),
         ("jamaah_imran", "opposed_to", "garuda"), ("kopassandha", "opposed_to", "jamaah_imran"),
         ("prem", "holds_office", "thailand"), ("suharto", "holds_office", "indonesia"),
         ("moerdani", "holds_office", "abri"), ("kopassandha", "part_of", "army_id"),
         ("panjaitan", "member_of", "kopassandha"), ("panjaitan", "reports_to", "moerdani")])
ev(k, "hijacking", "1981-03-28", "day", ["garuda", "jamaah_imran", "palembang", "rante"], "On Saturday 28 March 1981")
ev(k, "on_ground", "1981-03-28", "range", ["bangkok"], "from 28 to 31 March", end="1981-03-31")
ev(k, "assault", "1981-03-31", "day", ["kopassandha", "jamaah_imran", "rante", "kirang", "bangkok", "panjaitan"],
   "In the early hours of 31 March")
ev(k, "circle_formed", "1979", "approximate", ["jamaah_imran", "bandung", "imran"], "formed around 1979")
ev(k, "kj_prosecutions", "1977", "year", ["komando_jihad"], "since 1977")
ev(k, "di_proclaimed", "1949", "year", ["darul_islam", "kartosoewirjo"], "proclaimed in 1949")
ev(k, "kartosoewirjo_executed", "1962", "year", ["kartosoewirjo", "tii", "west_java"], "captured and executed in 1962")
ev(k, "cicendo", "1981-03-11", "day", ["jamaah_imran", "bandung"], "On 11 March 1981")
ev(k, "landed_bangkok", "1981-03-28", "day", ["bangkok"], "on the evening of 28 March")
ev(k, "demands", "1981-03-29", "day", ["jamaah_imran"], "The following day the hijackers passed their demands")
ev(k, "team_arrived", "1981-03-30", "day", ["kopassandha", "bangkok"], "arrived in Bangkok on 30 March")
ev(k, "garuda_statement", "1981-04-01", "day", ["garuda", "rante"], "In a statement on 1 April")
ev(k, "memorial", "2021-03-28", "day", ["garuda", "rante", "kirang", "jakarta"], "on Sunday")
cl(k, "jamaah_imran", "our brothers held for the struggle at Cicendo and for the faith")
cl(k, "prem", "Thailand will not let its airports become a market for hostages")
cl(k, "moerdani", "The aircraft will not leave Bangkok")
cl(k, "moerdani", "and neither will they.")
cl(k, "panjaitan", "We had one chance, and three minutes to use it")
cl(k, "garuda", "a captain who put his passengers before himself to the very end")
NOISE.append({"source": k, "names": ["R. Hartono", "M. Lindqvist", "Toulouse"]})
ACC += ["AVIATION SECURITY CASE FILES", "Aviation Security Case Files", "Case summary", "Unlawful interference",
        "Revised", "GARUDA INDONESIA FLIGHT 206", "McDonnell Douglas", "DC-9", "PK-GNJ", "WOYLA",
        "Woyla", "Hijacking", "Status", "SYNOPSIS", "THE GROUP", "HISTORY OF THE FLIGHT", "THE RESPONSE",
        "FINDINGS", "COMMEMORATION", "Seizure", "Authority", "Assault", "Flight 206", "Don Mueang",
        "Don Mueang airport", "Cicendo", "Cicendo police post", "Holy War Command", "Imran's congregation",
        "Republic", "Islamic", "Islamist", "Indonesian", "Libyan", "Libyan government", "Thai", "US",
        "Prime Minister", "Prime Minister Prem Tinsulanonda", "President", "President Suharto", "Lieutenant Colonel",
        "Lieutenant Colonel Sintong Panjaitan", "Captain", "Captain Rante", "Accounts", "Several", "Soon",
        "Four", "Men", "One", "All", "Their", "Garuda"]
BP[k] = "DOCUMENT CONTROL"

# ---------------- z04 Ethiopia, the EPRP and the Red Terror: a think-tank commentary with footnotes ----------------
k = "z04"
P(k, "mengistu", "Mengistu Haile Mariam", "Mengistu Haile Mariam", "Mengistu Hailemariam", "Mengistu")
P(k, "berhane", "Berhane Meskel Redda")
P(k, "tesfaye", "Tesfaye Debessay")
P(k, "kiflu", "Kiflu Tadesse")
P(k, "haile_selassie", "Haile Selassie")
P(k, "haile_fida", "Haile Fida")
P(k, "teferi", "Teferi Bante")
P(k, "tsehay", "Tsehay Wolde")
P(k, "hailemariam", "Hailemariam Desalegn", "Hailemariam Desalegn", "Hailemariam")
G(k, "eprp", "Ethiopian People's Revolutionary Party", "Ethiopian People's Revolutionary Party", "EPRP",
  "Ye-Ityopya Hizbawi Abyotawi Party", "EHAPA")
G(k, "derg", "Derg", "Derg", "Provisional Military Administrative Council", "PMAC", "Dergue")
G(k, "epra", "Ethiopian People's Revolutionary Army", "Ethiopian People's Revolutionary Army", "EPRA")
G(k, "tplf", "Tigray People's Liberation Front")
G(k, "meison", "All-Ethiopia Socialist Movement", "All-Ethiopia Socialist Movement", "MEISON", "Me'ison")
G(k, "spo", "Special Prosecutor's Office")
G(k, "fhc", "Federal High Court")
G(k, "fsc", "Federal Supreme Court")
L(k, "addis_ababa", "Addis Ababa")
L(k, "ethiopia", "Ethiopia")
L(k, "assimba", "Assimba")
L(k, "tigray", "Tigray")
L(k, "zimbabwe", "Zimbabwe")
rels(k, [("berhane", "founded", "eprp"), ("tesfaye", "founded", "eprp"), ("kiflu", "founded", "eprp"),
         ("derg", "opposed_to", "haile_selassie"), ("haile_selassie", "holds_office", "ethiopia"),
         ("epra", "part_of", "eprp"), ("tplf", "opposed_to", "epra"), ("haile_fida", "leads", "meison"),
         ("meison", "allied_with", "derg"), ("eprp", "opposed_to", "meison"), ("derg", "opposed_to", "eprp"),
         ("mengistu", "leads", "derg"), ("mengistu", "opposed_to", "teferi"), ("teferi", "leads", "derg"),
         ("hailemariam", "holds_office", "ethiopia")])
ev(k, "speech", "1977-04", "month", ["mengistu", "addis_ababa", "eprp"], "Forty years ago this month")
ev(k, "red_terror", "1977", "range", ["derg", "eprp"], "between 1977 and 1978", end="1978")
ev(k, "eprp_founded", "1972", "year", ["eprp"], "was founded in 1972")
ev(k, "deposed", "1974-09", "month", ["derg", "haile_selassie"], "in September 1974")
ev(k, "epra_front", "1975", "year", ["epra", "assimba", "tigray"], "in 1975")
ev(k, "epra_expelled", "1978", "year", ["tplf", "epra", "tigray"], "in 1978 the Tigray People's Liberation Front")
ev(k, "meison_break", "1977-08", "month", ["meison", "derg"], "until August 1977")
ev(k, "attempt", "1976-09", "month", ["mengistu"], "in September 1976")
ev(k, "teferi_killed", "1977-02-03", "day", ["teferi", "mengistu"], "on 3 February 1977")
ev(k, "peak", "1977", "approximate", ["derg", "eprp"], "in late 1977")
ev(k, "spo_set_up", "1992", "year", ["spo"], "set up in 1992")
ev(k, "conviction", "2006-12", "month", ["mengistu", "fhc"], "In December 2006")
ev(k, "death_sentence", "2008-05", "month", ["mengistu", "fsc"], "in May 2008")
ev(k, "fled", "1991-05", "month", ["mengistu", "zimbabwe"], "in May 1991")
ev(k, "brothers_killed", "1977", "year", ["tsehay"], "killed in 1977")
ev(k, "remembrance", "2017-04-22", "day", ["addis_ababa"], "on Saturday")
cl(k, "kiflu", "underestimated the Derg and overestimated itself")
cl(k, "tsehay", "You cannot ask the victims to share the blame with the men who shot them")
cl(k, "tsehay", "That is what the Derg said then.")
cl(k, "eprp", "a crime against a whole generation that no court has finished judging")
NOISE.append({"source": k, "names": ["The Generation", "Amnesty International", "African Union", "Nairobi"]})
ACC += ["HORN POLICY FORUM", "Horn Policy Forum", "Commentary", "Tuesday", "Red Terror", "The Red Terror",
        "Meron Assefa", "By Meron Assefa", "Senior Fellow", "Revolution Square", "Colonel",
        "Colonel Mengistu Haile Mariam", "Amharic", "French", "English", "Emperor", "Emperor Haile Selassie",
        "Eritrean", "Who the EPRP were", "The other left", "Memory and justice", "What the government should do",
        "Red Terror Martyrs' Memorial Museum", "Prime Minister", "Prime Minister Hailemariam Desalegn", "Former",
        "Bodies", "Others", "Some", "Yet", "When", "Its", "Ethiopian", "Mengistu's", "Hailemariam's"]
BP[k] = "Notes and sources"

# ---------------- z05 Somaliland, the SNM: a question-and-answer explainer ----------------
k = "z05"
P(k, "barre", "Mohamed Siad Barre", "Mohamed Siad Barre", "Siad Barre", "Maxamed Siyaad Barre", "Barre")
P(k, "silanyo", "Ahmed Mohamed Mohamoud", "Ahmed Mohamed Mohamoud", "Silanyo", "Axmed Maxamed Maxamuud Siilaanyo")
P(k, "tuur", "Abdirahman Ahmed Ali Tuur")
P(k, "bihi", "Muse Bihi Abdi", "Muse Bihi Abdi", "Muuse Biixi Cabdi")
P(k, "mengistu", "Mengistu Haile Mariam", "Mengistu Haile Mariam", "Mengistu")
P(k, "morgan", "Mohamed Said Hersi", "Mohamed Said Hersi", "Morgan")
P(k, "hodan", "Hodan Warsame")
P(k, "aidid", "Mohamed Farah Aidid")
G(k, "snm", "Somali National Movement", "Somali National Movement", "SNM", "Dhaqdhaqaaqa Wadaniga Soomaaliyeed")
G(k, "kulmiye", "Kulmiye")
G(k, "sna", "Somali National Army")
G(k, "africa_watch", "Africa Watch")
G(k, "usc", "United Somali Congress", "United Somali Congress", "USC")
G(k, "spm", "Somali Patriotic Movement", "Somali Patriotic Movement", "SPM")
G(k, "ssdf", "Somali Salvation Democratic Front", "Somali Salvation Democratic Front", "SSDF")
L(k, "somaliland", "Somaliland", "Somaliland", "Republic of Somaliland", "State of Somaliland")
L(k, "somalia", "Somalia", "Somalia", "Somali Republic")
L(k, "london", "London")
L(k, "ethiopia", "Ethiopia")
L(k, "burao", "Burao", "Burao", "Burco")
L(k, "hargeisa", "Hargeisa", "Hargeisa", "Hargeysa")
L(k, "mogadishu", "Mogadishu")
rels(k, [("barre", "holds_office", "somalia"), ("silanyo", "leads", "snm"), ("tuur", "leads", "snm"),
         ("tuur", "holds_office", "somaliland"), ("silanyo", "holds_office", "somaliland"),
         ("silanyo", "founded", "kulmiye"), ("bihi", "member_of", "snm"), ("bihi", "holds_office", "somaliland"),
         ("snm", "backed_by", "ethiopia"), ("mengistu", "holds_office", "ethiopia"), ("snm", "opposed_to", "sna"),
         ("morgan", "member_of", "sna"), ("morgan", "opposed_to", "snm"), ("snm", "allied_with", "usc"),
         ("snm", "allied_with", "spm"), ("aidid", "leads", "usc"), ("usc", "opposed_to", "barre")])
ev(k, "anniversary", "2021-05-18", "day", ["somaliland"], "On Tuesday Somaliland marks")
ev(k, "snm_founded", "1981-04-06", "day", ["snm", "london"], "on 6 April 1981")
ev(k, "coup", "1969", "year", ["barre"], "since a coup in 1969")
ev(k, "silanyo_chair", "1984", "range", ["silanyo", "snm"], "from 1984 to 1990", end="1990")
ev(k, "tuur_president", "1991", "year", ["tuur", "somaliland"], "first president in 1991")
ev(k, "silanyo_president", "2010", "range", ["silanyo", "somaliland"], "from 2010 to 2017", end="2017")
ev(k, "kulmiye_founded", "2002", "year", ["silanyo", "kulmiye"], "in 2002 he had founded")
ev(k, "accord", "1988-04", "month", ["mengistu", "barre", "ethiopia"], "In April 1988")
ev(k, "burao_attack", "1988-05-27", "day", ["snm", "sna", "burao"], "On 27 May 1988")
ev(k, "hargeisa_entered", "1988-05-31", "day", ["snm", "hargeisa"], "four days later")
ev(k, "africa_watch_report", "1990-01", "month", ["africa_watch"], "published in January 1990")
ev(k, "alliance", "1990", "year", ["snm", "usc", "spm"], "In 1990 the SNM agreed")
ev(k, "barre_ousted", "1991-01-26", "day", ["usc", "aidid", "barre", "mogadishu"], "on 26 January 1991")
ev(k, "declaration", "1991-05-18", "day", ["snm", "somaliland", "burao"], "What happened on 18 May 1991?")
ev(k, "independence_1960", "1960-06-26", "day", ["somaliland"], "on 26 June 1960")
ev(k, "union_1960", "1960-07-01", "day", ["somaliland"], "on 1 July 1960")
ev(k, "bihi_statement", "2021-05-16", "day", ["bihi"], "In a statement on Sunday")
ev(k, "celebrations", "2021-05-18", "day", ["hargeisa"], "Celebrations are planned in Hargeisa on Tuesday")
ev(k, "elections", "2021-05-31", "day", ["somaliland"], "on 31 May")
ev(k, "last_vote", "2005", "year", ["somaliland"], "since 2005")
cl(k, "snm", "a democratic Somalia in which no clan rules over another")
cl(k, "hodan", "We lived under the bridge for a week. When we came back there was no street left to come back to.")
cl(k, "silanyo", "We did not fight to divide Somalia")
cl(k, "silanyo", "We fought because Somalia had decided to destroy us.")
cl(k, "bihi", "a victory that our martyrs paid for, not a gift from anyone")
NOISE.append({"source": k, "names": ["Berbera", "Horn of Africa", "Ngong Road", "Nairobi"]})
ACC += ["EAST AFRICA WEEKLY", "East Africa Weekly", "EXPLAINERS", "Explainers Desk", "Monday", "Tuesday", "Sunday",
        "Somali", "Isaaq", "Ethiopian", "Italian", "British", "President", "President Mohamed Siad Barre",
        "President Muse Bihi Abdi", "General", "General Mohamed Said Hersi", "General Mohamed Farah Aidid",
        "A Government at War with Its Own People", "Butcher of Hargeisa",
        "What was the SNM", "Who led it", "Was it a clan militia", "Who backed it", "What happened in 1988",
        "Who was", "How did the war end", "What became of the SNM", "What happens next", "Its", "Talks", "With",
        "Survivors", "Historians", "Celebrations", "No", "Here"]
BP[k] = "Related: Somaliland's Berbera port deal explained"

# ---------------- z06 South Vietnam, the Binh Xuyen: a 1955 Senate committee print (staff study mission) ----------------
k = "z06"
P(k, "bay_vien", "Le Van Vien", "Le Van Vien", "Bay Vien", "Lê Văn Viễn", "Bảy Viễn")
P(k, "diem", "Ngo Dinh Diem", "Ngo Dinh Diem", "Ngô Đình Diệm")
P(k, "nhu", "Ngo Dinh Nhu")
P(k, "bao_dai", "Bao Dai")
P(k, "lai_van_sang", "Lai Van Sang")
P(k, "soai", "Tran Van Soai")
P(k, "ba_cut", "Le Quang Vinh", "Le Quang Vinh", "Ba Cut")
P(k, "pham_cong_tac", "Pham Cong Tac")
P(k, "the", "Trinh Minh The")
P(k, "ely", "Paul Ely", "Paul Ely", "Ely")
P(k, "minh", "Duong Van Minh")
P(k, "collins", "J. Lawton Collins")
G(k, "bx", "Binh Xuyen", "Binh Xuyen", "Bình Xuyên", "BINH XUYEN")
G(k, "viet_minh", "Viet Minh")
G(k, "fec", "French Expeditionary Corps")
G(k, "police_vn", "National Police and Surete")
G(k, "hoa_hao", "Hoa Hao", "Hoa Hao", "Hòa Hảo")
G(k, "cao_dai", "Cao Dai")
G(k, "front", "United Front of Nationalist Forces")
G(k, "vna", "Vietnamese National Army")
L(k, "saigon", "Saigon")
L(k, "cholon", "Cholon")
L(k, "france", "France")
L(k, "vietnam", "Viet-Nam")
L(k, "rung_sat", "Rung Sat")
L(k, "united_states", "United States")
L(k, "washington", "Washington")
rels(k, [("bay_vien", "leads", "bx"), ("bx", "allied_with", "fec"), ("bx", "opposed_to", "viet_minh"),
         ("lai_van_sang", "member_of", "bx"), ("lai_van_sang", "holds_office", "police_vn"),
         ("bx", "controls", "cholon"), ("bx", "backed_by", "bao_dai"), ("bao_dai", "holds_office", "vietnam"),
         ("bx", "part_of", "front"), ("hoa_hao", "part_of", "front"), ("soai", "leads", "hoa_hao"),
         ("ba_cut", "leads", "hoa_hao"), ("pham_cong_tac", "leads", "cao_dai"), ("the", "member_of", "cao_dai"),
         ("the", "opposed_to", "bx"), ("bx", "opposed_to", "vna"), ("vna", "opposed_to", "bx"),
         ("minh", "member_of", "vna"), ("diem", "holds_office", "vietnam"), ("nhu", "advises", "diem"),
         ("ely", "holds_office", "france"), ("collins", "holds_office", "united_states")])
ev(k, "mission", "1955-04-20", "range", ["saigon", "cholon"], "from April 20 to May 9, 1955", end="1955-05-09")
ev(k, "rallied", "1948", "year", ["bx", "viet_minh", "fec"], "From 1948")
ev(k, "police_concession", "1954", "year", ["bx", "police_vn"], "In 1954 the Binh Xuyen paid")
ev(k, "casino_license", "1955-01", "approximate", ["diem", "bx"], "late in January")
ev(k, "front_formed", "1955-03-04", "day", ["bx", "hoa_hao", "front"], "On March 4")
ev(k, "the_rallied", "1955-02", "month", ["the"], "in February")
ev(k, "front_ultimatum", "1955-03-21", "day", ["front", "diem"], "On March 21")
ev(k, "night_attack", "1955-03-29", "day", ["bx", "vna", "saigon"], "On the night of March 29")
ev(k, "truce", "1955-03-30", "day", ["ely"], "a truce the following day")
ev(k, "battle", "1955-04-28", "day", ["vna", "bx", "cholon", "minh"], "on April 28")
ev(k, "driven_out", "1955-05-02", "day", ["vna", "bx"], "by May 2")
ev(k, "bx_broadcast", "1955-05-03", "day", ["bx"], "The following day, a Binh Xuyen broadcast")
ev(k, "rung_sat_retreat", "1955-05", "month", ["bx", "rung_sat"], "retreated last month")
ev(k, "the_killed", "1955-05-03", "day", ["the", "bx"], "On May 3")
ev(k, "diem_meeting", "1955-05-05", "day", ["diem"], "on May 5")
ev(k, "collins_returned", "1955-04-20", "day", ["collins", "washington"], "returned to Washington on April 20")
ev(k, "consultations", "1955-07-20", "day", ["vietnam"], "from July 20, 1955")
cl(k, "ely", "France will not fire on anyone in Saigon")
cl(k, "ely", "but France cannot keep two armies apart forever.")
cl(k, "bx", "a family enterprise of the Ngo brothers, paid for in dollars")
cl(k, "diem", "The sects are not political parties. They are businesses with armies, and no state can share its police with a gambling house.")
NOISE.append({"source": k, "names": ["Howard R. Tilley", "Margaret E. Dunne", "Superintendent of Documents",
                                     "Government Printing", "Southeast Asia Documents Project", "Ithaca"]})
ACC += ["84th Congress", "1st Session", "COMMITTEE PRINT", "THE CRISIS OF THE SECTS IN SOUTH VIET-NAM",
        "SOUTH VIET-NAM", "REPORT OF A STAFF STUDY MISSION", "SAIGON AND CHOLON",
        "COMMITTEE ON FOREIGN RELATIONS", "UNITED STATES SENATE", "JUNE", "Archive note",
        "Vietnamese", "INTRODUCTION", "THE UNITED FRONT", "THE FIGHTING", "THE GOVERNMENT",
        "CONCLUSIONS AND RECOMMENDATIONS", "Government", "Prime Minister", "Chief of State", "General",
        "General Paul Ely", "General Tran Van Soai", "General Trinh Minh The", "General J. Lawton Collins",
        "Colonel", "Colonel Duong Van Minh", "Commissioner General", "French", "American", "Geneva",
        "Geneva agreements", "Grand Monde", "Independence Palace", "Tan Thuan", "Tan Thuan bridge", "Ngo brothers",
        "President of the United States", "Saigon-Cholon", "South Viet-Nam", "all-Viet-Nam", "Troops", "The",
        "Its", "It", "Until", "From", "On", "In", "I", "II", "III", "IV", "V", "VI"]
BP[k] = "STAFF OF THE MISSION"

# ---------------- z07 Philippines, the Magdalo mutiny: a plain-text export of an RSS feed ----------------
k = "z07"
P(k, "reyes", "Angelo Reyes", "Angelo Reyes", "Reyes")
P(k, "corpus", "Victor Corpus")
P(k, "arroyo", "Gloria Macapagal Arroyo", "Gloria Macapagal Arroyo", "Arroyo")
P(k, "macapagal", "Diosdado Macapagal")
P(k, "trillanes", "Antonio Trillanes IV", "Antonio Trillanes IV", "Trillanes")
P(k, "abaya", "Narciso Abaya")
P(k, "datumanong", "Simeon Datumanong")
P(k, "honasan", "Gregorio Honasan", "Gregorio Honasan", "Honasan", "Gringo")
P(k, "lucero", "Daniel Lucero")
P(k, "aguinaldo", "Emilio Aguinaldo")
P(k, "gambala", "Gerardo Gambala")
P(k, "maestrecampo", "Milo Maestrecampo")
P(k, "faeldon", "Nicanor Faeldon")
G(k, "afp", "Armed Forces of the Philippines", "Armed Forces of the Philippines", "AFP", "Sandatahang Lakas ng Pilipinas")
G(k, "isafp", "Intelligence Service of the Armed Forces of the Philippines",
  "Intelligence Service of the Armed Forces of the Philippines", "ISAFP")
G(k, "ram", "Reform the Armed Forces Movement", "Reform the Armed Forces Movement", "RAM")
G(k, "pma", "Philippine Military Academy")
G(k, "magdalo", "Magdalo", "Magdalo", "Bagong Katipuneros")
G(k, "katipunan", "Katipunan")
L(k, "philippines", "Philippines")
L(k, "makati", "Makati")
L(k, "spain", "Spain")
L(k, "manila", "Manila")
L(k, "mindanao", "Mindanao")
L(k, "davao", "Davao City")
L(k, "united_states", "United States")
rels(k, [("reyes", "holds_office", "philippines"), ("corpus", "holds_office", "isafp"), ("isafp", "part_of", "afp"),
         ("trillanes", "leads", "magdalo"), ("trillanes", "spokesperson_for", "magdalo"), ("abaya", "leads", "afp"),
         ("datumanong", "holds_office", "philippines"), ("honasan", "holds_office", "philippines"),
         ("honasan", "leads", "ram"), ("lucero", "spokesperson_for", "afp"), ("aguinaldo", "member_of", "katipunan"),
         ("gambala", "member_of", "magdalo"), ("maestrecampo", "member_of", "magdalo"),
         ("faeldon", "member_of", "magdalo"), ("arroyo", "holds_office", "philippines"),
         ("macapagal", "holds_office", "philippines")])
ev(k, "reyes_statement", "2003-07-28", "day", ["reyes"], "this morning")
ev(k, "commission_order", "2003-07-30", "day", ["arroyo"], "on Wednesday creating")
ev(k, "mutiny_ended", "2003-07-27", "day", ["magdalo", "makati", "trillanes", "abaya"], "ended tonight")
ev(k, "coup_1987", "1987-08", "month", ["honasan", "ram"], "August 1987")
ev(k, "coup_1989", "1989-12", "month", ["honasan", "ram"], "December 1989")
ev(k, "katipunan_revolt", "1896", "year", ["katipunan", "spain", "aguinaldo"], "in 1896")
ev(k, "deadline", "2003-07-27", "day", ["arroyo", "magdalo"], "until 5 p.m. today")
ev(k, "arroyo_in_office", "2001-01", "month", ["arroyo", "philippines"], "since January 2001")
ev(k, "occupation", "2003-07-27", "day", ["magdalo", "makati"], "shortly after 1 a.m. today")
ev(k, "davao_bombings", "2003-03", "range", ["davao"], "in March and April", end="2003-04")
cl(k, "reyes", "I will answer every accusation before the commission, and I will not do it from a hotel lobby full of explosives")
cl(k, "trillanes", "We came to be heard, not to take power. We have been heard.")
cl(k, "abaya", "dealt with according to military law")
cl(k, "honasan", "I did not know about this, I was not there, and I sent no one.")
cl(k, "lucero", "The situation is contained. Not a single shot has been fired, and we intend to keep it that way")
cl(k, "arroyo", "There will be no negotiation on the basis of threats")
cl(k, "magdalo", "for the soldier in the field who is sold out by his own generals")
NOISE.append({"source": k, "names": ["Business", "Sports", "Showbiz", "Regions", "Ma. Teresa Villanueva",
                                     "MWS Publisher"]})
ACC += ["FeedKeeper", "Feed", "URL", "Exported", "Items", "HTML", "ITEM", "Manila Wire Service", "Nation", "RSS",
        "title", "pubDate", "link", "description", "Mon", "Sun", "Jul", "Palace", "Malacañang", "Wednesday",
        "Supreme Court", "Articles of War", "Defense Secretary", "Defense Secretary Angelo Reyes",
        "Brigadier General", "Brigadier General Victor Corpus", "President", "President Arroyo",
        "President Gloria Macapagal Arroyo", "former President Diosdado Macapagal", "Navy", "Navy Lieutenant",
        "Navy Lieutenant Senior Grade Antonio Trillanes IV", "Lieutenant Senior Grade", "AFP Chief of Staff",
        "AFP Chief of Staff General Narciso Abaya", "Chief of Staff", "General", "Justice Secretary",
        "Justice Secretary Simeon Datumanong", "Senator", "Senator Gregorio Honasan", "AFP spokesman",
        "Lieutenant Colonel", "Lieutenant Colonel Daniel Lucero", "Army Captain", "Marine Captain", "Filipino",
        "Ayala Center", "Oakwood", "Oakwood Premier", "Magdalo group", "Muslim", "Mutiny", "Mutineers", "Armed",
        "Who", "Honasan denies link to mutineers", "Reyes says he will not resign", "Besides", "Several",
        "Officials", "Some", "No", "Its", "He", "Before", "The", "state of rebellion", "new Katipuneros"]
BP[k] = "# End of items"

# ---------------- z08 Iran, the Fedai guerrillas at Siahkal: a magazine long read with subheads and pull quotes ----------------
k = "z08"
P(k, "safaei", "Ali Akbar Safaei Farahani")
P(k, "jazani", "Bijan Jazani", "Bijan Jazani", "Jazani")
P(k, "kamali", "Parvaneh Kamali", "Parvaneh Kamali", "Kamali")
P(k, "ahmadzadeh", "Masoud Ahmadzadeh", "Masoud Ahmadzadeh", "Mas'ud Ahmadzadeh", "Ahmadzadeh")
P(k, "pouyan", "Amir Parviz Pouyan", "Amir Parviz Pouyan", "Pouyan")
P(k, "shah", "Mohammad Reza Pahlavi")
P(k, "hamid_ashraf", "Hamid Ashraf")
P(k, "dehghani", "Ashraf Dehghani", "Ashraf Dehghani", "Dehghani")
P(k, "behrouz", "Behrouz Dehghani")
P(k, "naderipour", "Bahman Naderipour", "Bahman Naderipour", "Tehrani")
P(k, "kaveh", "Kaveh")
G(k, "jungle", "Jungle Group")
G(k, "tudeh", "Tudeh Party")
G(k, "gendarmerie", "Imperial Iranian Gendarmerie")
G(k, "oipfg", "Organisation of Iranian People's Fedai Guerrillas", "Organisation of Iranian People's Fedai Guerrillas",
  "OIPFG", "Sazman-e Cherikha-ye Fadai-ye Khalq-e Iran", "سازمان چریک‌های فدایی خلق ایران", "Fadaiyan-e Khalq",
  "Fedaiyan")
G(k, "savak", "SAVAK")
G(k, "majority", "Majority", "Majority", "Aksariyat")
G(k, "minority", "Minority", "Minority", "Aqaliyat")
L(k, "siahkal", "Siahkal", "Siahkal", "Siyahkal")
L(k, "gilan", "Gilan")
L(k, "iran", "Iran")
L(k, "tehran", "Tehran")
L(k, "germany", "Germany")
L(k, "cuba", "Cuba")
L(k, "vietnam", "Vietnam", "Vietnam")
L(k, "berlin", "Berlin")
rels(k, [("safaei", "leads", "jungle"), ("jazani", "member_of", "tudeh"), ("gendarmerie", "opposed_to", "jungle"),
         ("ahmadzadeh", "founded", "oipfg"), ("pouyan", "founded", "oipfg"), ("savak", "opposed_to", "pouyan"),
         ("shah", "holds_office", "iran"), ("hamid_ashraf", "leads", "oipfg"), ("savak", "opposed_to", "hamid_ashraf"),
         ("dehghani", "member_of", "oipfg"), ("dehghani", "leads", "oipfg"), ("savak", "opposed_to", "behrouz"),
         ("savak", "opposed_to", "jazani"), ("naderipour", "member_of", "savak"),
         ("naderipour", "opposed_to", "jazani"), ("majority", "allied_with", "tudeh")])
ev(k, "siahkal_attack", "1971-02-08", "day", ["jungle", "siahkal", "gilan"],
   "Fifty years ago today, on the evening of 8 February 1971")
ev(k, "into_forest", "1970", "approximate", ["jungle", "gilan"], "in the autumn of 1970")
ev(k, "jazani_arrest", "1968", "year", ["jazani"], "before his arrest in 1968")
ev(k, "manhunt", "1971-02-09", "day", ["gendarmerie", "jungle"], "The following day, gendarmes and soldiers")
ev(k, "executions", "1971-03", "month", ["tehran", "jungle"], "In March 1971")
ev(k, "oipfg_formed", "1971-04", "month", ["oipfg", "ahmadzadeh", "pouyan"], "In April 1971")
ev(k, "pouyan_killed", "1971-05", "month", ["pouyan", "savak", "tehran"], "in May 1971")
ev(k, "ahmadzadeh_executed", "1972-03", "month", ["ahmadzadeh"], "executed in March 1972")
ev(k, "ashraf_killed", "1976-06-29", "day", ["hamid_ashraf", "savak", "tehran"], "on 29 June 1976")
ev(k, "oipfg_campaign", "1971", "range", ["oipfg"], "from 1971 to 1979", end="1979")
ev(k, "dehghani_escape", "1973", "year", ["dehghani"], "escaped from prison in 1973")
ev(k, "behrouz_died", "1971", "year", ["behrouz", "savak"], "died in custody in 1971")
ev(k, "jazani_killed", "1975-04-19", "day", ["jazani", "savak"], "On 19 April 1975")
ev(k, "naderipour_trial", "1979", "year", ["naderipour"], "at his trial in 1979")
ev(k, "emerged", "1979-02", "month", ["oipfg"], "in February 1979")
ev(k, "split", "1980-06", "month", ["oipfg", "majority", "minority"], "In June 1980")
ev(k, "crackdown", "1983", "year", ["tudeh", "majority"], "In 1983")
ev(k, "berlin_meeting", "2021-02-13", "day", ["berlin", "kamali"], "on Saturday")
cl(k, "kamali", "They were not fighting to win that night. They were fighting to be seen")
cl(k, "savak", "killed while trying to escape")
cl(k, "kaveh", "We were students. We had read about Cuba and Vietnam, and we thought that a few rifles in the forest would wake the whole country up.")
cl(k, "kaveh", "What woke up was SAVAK. Within a year, half the people I had sat in a room with were dead or in prison.")
cl(k, "oipfg", "the spark that the Shah's police could not put out, and that no later government has been able to put out either")
cl(k, "kamali", "The families do not want monuments")
cl(k, "kamali", "They want the files.")
NOISE.append({"source": k, "names": ["Omid Rahbar", "Caspian", "Shiraz", "Qasr"]})
ACC += ["MERIDIAN REVIEW", "Meridian Review", "THE LONG READ", "Leila Farzaneh", "By Leila Farzaneh", "Monday",
        "Iranian", "Iranian calendar", "Bahman", "Persian", "Shah", "the Shah", "Fedai", "Fedais",
        "The team in the forest", "A new organisation", "Shot on the hill", "After the revolution",
        "Caspian Oral History Project", "Evin", "Evin prison", "Islamic Republic", "Villagers", "Within",
        "Among", "Nothing", "Exiles", "Her", "One", "The", "Fifty"]
BP[k] = "---"

W.write()
