"""Builds gold.json for the fifth held-out set from the annotations below (run: python3 eval/heldout5/build_gold.py).
Edit here, rebuild, then run check_gold.py."""
import json, yaml, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, "corpus")
srcs = yaml.safe_load(open(f"{C}/sources.yaml"))
gold = {"sources": {f[:3]: {"title": v["title"], "published": str(v["published"])} for f, v in srcs.items()}}
E = []
def ent(src, typ, id, name, *surf):
    for e in E:
        if e["id"] == id:
            e["sources"].append(src)
            for s in surf:
                if s not in e["surface"]: e["surface"].append(s)
            return
    E.append({"id": id, "type": typ, "name": name, "surface": list(surf) or [name], "sources": [src]})
P = lambda s, *a: ent(s, "person", *a)
G = lambda s, *a: ent(s, "group", *a)
L = lambda s, *a: ent(s, "place", *a)
R, EV, CL = [], [], []
def rel(src, s, p, o): R.append({"s": s, "p": p, "o": o, "sources": [src]})
def ev(src, id, date, prec, involves, cue, end=None):
    d = {"id": id, "date": date, "precision": prec, "involves": involves, "source": src, "cue": cue}
    if end: d["endDate"] = end
    EV.append(d)
def cl(src, speaker, quote): CL.append({"speaker": speaker, "source": src, "quote": quote})
ACC, NOISE, BP = [], [], {}


# ---------------- n01 Burkina Faso VDP, wire story with dateline ----------------
k = "n01"
P(k, "traore", "Ibrahim Traoré", "Ibrahim Traoré", "Traoré")
P(k, "ouedraogo", "Jean-Emmanuel Ouédraogo")
P(k, "zongo", "Moussa Zongo")
P(k, "simpore", "Célestin Simporé")
P(k, "sawadogo", "Salif Sawadogo", "Salif Sawadogo", "Ladji")
P(k, "malam_dicko", "Ibrahim Malam Dicko", "Ibrahim Malam Dicko", "Malam Ibrahim Dicko")
P(k, "jafar_dicko", "Jafar Dicko")
P(k, "sanou", "Marie Sanou")
P(k, "kabore", "Roch Marc Christian Kaboré", "Roch Marc Christian Kaboré", "Kaboré")
P(k, "damiba", "Paul-Henri Sandaogo Damiba", "Paul-Henri Sandaogo Damiba", "Damiba")
P(k, "kyelem", "Apollinaire Joachim Kyélem de Tambèla")
G(k, "vdp", "Volunteers for the Defence of the Homeland", "Volunteers for the Defence of the Homeland", "VDP",
  "Volontaires pour la défense de la patrie")
G(k, "bvdp", "Brigade for Vigilance and Patriotic Defence", "Brigade for Vigilance and Patriotic Defence", "BVDP")
G(k, "faf", "Burkinabe Armed Forces")
G(k, "koglweogo", "Koglweogo")
G(k, "ansarul", "Ansarul Islam")
G(k, "sco", "Sahel Civic Observatory")
L(k, "ouagadougou", "Ouagadougou", "OUAGADOUGOU")
L(k, "ougarou", "Ougarou")
L(k, "burkina_faso", "Burkina Faso")
L(k, "ouahigouya", "Ouahigouya")
L(k, "soum", "Soum")
L(k, "djibo", "Djibo")
L(k, "karma", "Karma")
L(k, "fada", "Fada N'Gourma")
for s, p, o in [("vdp", "part_of", "bvdp"), ("bvdp", "part_of", "faf"), ("zongo", "leads", "bvdp"),
                ("zongo", "reports_to", "simpore"), ("simpore", "holds_office", "faf"),
                ("traore", "holds_office", "burkina_faso"), ("ouedraogo", "holds_office", "burkina_faso"),
                ("sawadogo", "member_of", "vdp"), ("malam_dicko", "founded", "ansarul"), ("jafar_dicko", "leads", "ansarul"),
                ("ansarul", "opposed_to", "vdp"), ("ansarul", "controls", "soum"), ("sanou", "member_of", "sco"),
                ("kabore", "holds_office", "burkina_faso"), ("kyelem", "holds_office", "burkina_faso")]:
    rel(k, s, p, o)
ev(k, "ougarou_attack", "2023-04-26", "day", ["ougarou", "vdp", "burkina_faso"], "in eastern Burkina Faso on Wednesday")
ev(k, "army_statement", "2023-04-27", "day", ["vdp"], "in a statement late on Thursday")
ev(k, "vdp_created", "2020-01", "month", ["vdp"], "created by law in January 2020")
ev(k, "traore_coup", "2022-09", "month", ["traore"], "seized power in September 2022")
ev(k, "recruitment_call", "2022-10", "month", ["traore", "vdp"], "The following month")
ev(k, "mobilisation", "2023-04-13", "day", ["traore", "burkina_faso"], "on April 13")
ev(k, "bvdp_set_up", "2022", "approximate", ["bvdp", "faf"], "in late 2022")
ev(k, "ansarul_founded", "2016", "year", ["ansarul", "malam_dicko"], "founded in 2016")
ev(k, "dicko_died", "2017", "year", ["malam_dicko", "jafar_dicko"], "died in 2017")
ev(k, "djibo_siege", "2022-02", "month", ["ansarul", "djibo"], "since February 2022")
ev(k, "karma_massacre", "2023-04-20", "day", ["karma", "ouahigouya"], "on Thursday of last week")
ev(k, "kabore_overthrown", "2022-01", "month", ["kabore", "damiba"], "overthrown in January 2022")
ev(k, "damiba_ousted", "2022-09", "month", ["damiba", "traore"], "eight months later")
ev(k, "kyelem_assembly", "2023-03", "month", ["kyelem"], "last month")
cl(k, "ouedraogo", "The volunteers are the spearhead of the reconquest of our territory,")
cl(k, "ouedraogo", "Every village that gives us its sons gives itself a future.")
cl(k, "sawadogo", "We go out with thirty rounds each and come back with none. The army sends the trucks, but the trucks do not always come back for us.")
cl(k, "sawadogo", "We are farmers. We did not choose this war, but we will not leave our fields to them,")
cl(k, "sanou", "Arming civilians without training, without pay and without accountability is how you get Karma. The VDP were meant to protect villages; in too many places they have become one more armed faction.")
cl(k, "kyelem", "Those who fall will not be forgotten,")
ACC += ["Sahel Wire", "Captain Ibrahim Traoré", "Lieutenant-Colonel Moussa Zongo", "General Célestin Simporé",
        "Lieutenant-Colonel Paul-Henri Sandaogo Damiba", "Prime Minister Apollinaire Joachim Kyélem de Tambèla",
        "Dozo", "Dozo hunters", "Mossi", "Fulani", "CFA", "A CHAIN OF COMMAND", "THE ENEMY IN THE NORTH", "Burkinabe",
        "Soum province", "French"]
NOISE.append({"source": k, "names": ["Moussa Diallo", "Helen Marsh", "Sahel Wire Trust Principles"]})
BP[k] = "Writing by Moussa Diallo"

# ---------------- n02 Nagorno-Karabakh, UN Security Council meetings-coverage release ----------------
k = "n02"
P(k, "jenca", "Miroslav Jenča", "MIROSLAV JENČA", "Jenča")
P(k, "mirzoyan", "Ararat Mirzoyan", "ARARAT MIRZOYAN", "Mirzoyan")
P(k, "bayramov", "Jeyhun Bayramov", "JEYHUN BAYRAMOV", "Bayramov")
P(k, "pashinyan", "Nikol Pashinyan")
P(k, "shahramanyan", "Samvel Shahramanyan", "Samvel Shahramanyan", "Samvel Shakhramanyan")
P(k, "aliyev", "Ilham Aliyev")
P(k, "nebenzia", "Vassily Nebenzia", "VASSILY NEBENZIA")
P(k, "thomas_greenfield", "Linda Thomas-Greenfield", "LINDA THOMAS-GREENFIELD")
P(k, "colonna", "Catherine Colonna", "CATHERINE COLONNA", "Colonna")
G(k, "az_forces", "Azerbaijani Armed Forces")
G(k, "defence_army", "Nagorno-Karabakh Defence Army", "Nagorno-Karabakh Defence Army", "Defence Army", "Artsakh Defence Army")
G(k, "artsakh", "Republic of Artsakh")
G(k, "russian_pk", "Russian peacekeeping contingent")
G(k, "az_gov", "Government of Azerbaijan")
G(k, "un", "United Nations")
L(k, "nk", "Nagorno-Karabakh", "Nagorno-Karabakh", "Karabakh")
L(k, "azerbaijan", "Azerbaijan")
L(k, "armenia", "Armenia")
L(k, "baku", "Baku")
L(k, "lachin", "Lachin corridor")
L(k, "stepanakert", "Stepanakert", "Stepanakert", "Khankendi")
L(k, "yevlakh", "Yevlakh")
L(k, "dzhanyatag", "Dzhanyatag")
L(k, "russia", "Russian Federation")
L(k, "us", "United States")
L(k, "washington", "Washington")
L(k, "france", "France")
L(k, "albania", "Albania")
L(k, "ghana", "Ghana")
for s, p, o in [("jenca", "holds_office", "un"), ("az_forces", "opposed_to", "defence_army"),
                ("defence_army", "part_of", "artsakh"), ("mirzoyan", "holds_office", "armenia"),
                ("bayramov", "holds_office", "azerbaijan"), ("pashinyan", "holds_office", "armenia"),
                ("aliyev", "holds_office", "azerbaijan"), ("shahramanyan", "leads", "artsakh"),
                ("nebenzia", "holds_office", "russia"), ("thomas_greenfield", "holds_office", "us"),
                ("colonna", "holds_office", "france")]:
    rel(k, s, p, o)
ev(k, "operation_launched", "2023-09-19", "day", ["az_forces", "defence_army", "nk"], "that on Tuesday")
ev(k, "cessation_agreed", "2023-09-20", "day", ["russian_pk", "defence_army"], "The following day")
ev(k, "trilateral_statement", "2020-11-09", "day", ["russian_pk"], "9 November 2020")
ev(k, "war_2020", "2020-09-27", "range", ["nk", "russian_pk"], "between 27 September and 10 November 2020", end="2020-11-10")
ev(k, "yevlakh_talks", "2023-09-21", "day", ["yevlakh", "az_gov"], "met earlier today in Yevlakh")
ev(k, "lachin_closed", "2022-12", "month", ["lachin"], "closed since December 2022")
ev(k, "peacekeepers_killed", "2023-09-20", "day", ["russian_pk", "dzhanyatag"], "killed on Wednesday")
ev(k, "shahramanyan_took_office", "2023-09-10", "day", ["shahramanyan", "artsakh"], "on 10 September")
cl(k, "jenca", "Any population movement must be voluntary, safe and dignified. People must not be forced to choose between their homes and their safety,")
cl(k, "mirzoyan", "What we are witnessing is not a counter-terrorism operation. It is the use of force to complete an ethnic cleansing,")
cl(k, "mirzoyan", "Armenia has no troops in Nagorno-Karabakh. The Armenians of Nagorno-Karabakh defended themselves, and they were left alone to do so.")
cl(k, "bayramov", "Azerbaijan is ready to guarantee the rights and security of the Armenian residents of Karabakh as equal citizens,")
cl(k, "nebenzia", "Our peacekeepers did everything in their power. They were not sent to fight a war on anyone's behalf,")
cl(k, "thomas_greenfield", "There is no military solution to this conflict,")
cl(k, "colonna", "the right of the Armenians of Nagorno-Karabakh to live in their homes, in safety and dignity, is not negotiable.")
ACC += ["SECURITY COUNCIL", "Security Council", "Council", "Council President", "Mr. Jenča", "Mr. Mirzoyan",
        "Mr. Bayramov", "Ms. Colonna", "Prime Minister Nikol Pashinyan", "President Ilham Aliyev",
        "International Court of Justice", "Constitution of Azerbaijan", "Assistant Secretary-General", "Europe",
        "Central Asia", "Americas", "Minister for Foreign Affairs", "Minister for Europe and Foreign Affairs", "Armenian",
        "Armenians", "Azerbaijani", "Briefing", "Statements", "Armenian parliament", "MEETING", "SC/15421", "PM",
        "Artsakh", "Briefer"]
NOISE.append({"source": k, "names": ["Meetings Coverage and Press Releases", "United Nations Department of Global Communications"]})
BP[k] = "* *** *"
fam = {
 "leads": [
  "leads",
  "commands",
  "heads",
  "founded",
  "leader_of"
 ],
 "founded": [
  "founded",
  "co_founded",
  "leads"
 ],
 "part_of": [
  "part_of",
  "member_of",
  "subsidiary_of",
  "successor_of",
  "founded_from"
 ],
 "member_of": [
  "member_of",
  "part_of",
  "employed_by",
  "works_for",
  "affiliated_with",
  "holds_office",
  "commands"
 ],
 "backed_by": [
  "backed_by",
  "supported_by",
  "funded_by",
  "sponsored_by",
  "allied_with",
  "affiliated_with"
 ],
 "advises": [
  "advises",
  "supports",
  "allied_with",
  "affiliated_with",
  "associated_with"
 ],
 "spokesperson_for": [
  "spokesperson_for",
  "member_of",
  "employed_by",
  "works_for",
  "represents"
 ],
 "allied_with": [
  "allied_with",
  "affiliated_with",
  "associated_with"
 ],
 "holds_office": [
  "holds_office",
  "leads",
  "member_of",
  "employed_by",
  "represents",
  "works_for"
 ],
 "reports_to": [
  "reports_to",
  "commanded_by",
  "member_of",
  "part_of",
  "subordinate_of"
 ],
 "controls": [
  "controls"
 ],
 "opposed_to": [
  "opposed_to"
 ]
}
gold.update({"entities": E, "acceptable": sorted(set(ACC), key=lambda a: (a.lower(), a)), "noise": NOISE, "relations": R,
             "predicateFamilies": fam, "events": EV, "claims": CL, "reuse": [], "boilerplateStarts": BP})
json.dump(gold, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(E), len(R), len(EV), len(CL))
