#!/usr/bin/env python3
"""Checks gold.json against the corpus: every surface form, quote and event cue occurs in the body of its source
(the text before the boilerplate start), ids resolve, predicates have families, dates fit their precision, the
boilerplate marker occurs exactly once, sources.yaml and gold agree, each article is 500-1100 words, and gold,
acceptable and noise names do not collide. Then it builds a synthetic "perfect" export from the gold (the method of
../../shared/eval/real/check_real_gold.py) and checks that score.py gives it full marks.
Usage: python3 eval/check_gold.py eval/heldoutN [--unlisted]  (--unlisted: capitalized strings in bodies that no gold
surface, acceptable name or noise name covers, for a reviewer to look over)."""
import json, os, re, sys, subprocess, tempfile, importlib.util
import yaml
# The held-out set to check: the folder given first (eval/heldout3, eval/heldout4, ...).
HERE = os.path.abspath(next(a for a in sys.argv[1:] if not a.startswith("--")))
SCORER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "score.py")
spec = importlib.util.spec_from_file_location("score", SCORER)
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
norm, norm_text = score.norm, score.norm_text
GOLD = os.path.join(HERE, "gold.json")
gold = json.load(open(GOLD, encoding="utf-8"))
CORPUS = os.path.join(HERE, "corpus")
files = {f[:3]: f for f in os.listdir(CORPUS) if f.endswith((".txt", ".md"))}
text = {k: open(os.path.join(CORPUS, f), encoding="utf-8").read() for k, f in files.items()}
body = {}
errs = []
# sources, sources.yaml, word counts
meta = yaml.safe_load(open(os.path.join(CORPUS, "sources.yaml"), encoding="utf-8"))
if set(gold["sources"]) != set(files): errs.append(f"gold sources {sorted(gold['sources'])} != files {sorted(files)}")
for k, f in files.items():
    m = meta.get(f)
    if not m: errs.append(f"{f}: missing from sources.yaml"); continue
    for field in ("title", "outlet", "published", "url"):
        if not m.get(field): errs.append(f"{f}: sources.yaml lacks {field}")
    if k in gold["sources"] and str(m["published"]) != gold["sources"][k]["published"]:
        errs.append(f"{f}: published differs from gold")
    n = len(text[k].split())
    if not 500 <= n <= 1100: errs.append(f"{f}: {n} words")
for k in gold["sources"]:
    if k not in text: errs.append(f"source {k}: no file"); continue
    m = gold["boilerplateStarts"].get(k)
    if m:
        pos = text[k].find(m)
        if pos < 0: errs.append(f"{k}: boilerplate marker not found: {m!r}")
        elif text[k].count(m) != 1: errs.append(f"{k}: boilerplate marker occurs {text[k].count(m)} times")
        body[k] = text[k][:pos] if pos >= 0 else text[k]
    else:
        body[k] = text[k]
ids = {e["id"]: e for e in gold["entities"]}
if len(ids) != len(gold["entities"]): errs.append("duplicate entity ids")
def occurs(s, t):
    return re.search(r"(?<![\w-])" + re.escape(s) + r"(?!\w)", t) is not None
for e in gold["entities"]:
    if e["type"] not in ("person", "group", "place"): errs.append(f"{e['id']}: bad type")
    for k in e["sources"]:
        if k not in body: errs.append(f"{e['id']}: unknown source {k}"); continue
        if not any(occurs(s, body[k]) for s in e["surface"]):
            errs.append(f"{e['id']}: no surface in body of {k}")
    for s in e["surface"]:
        if not any(occurs(s, body[k]) for k in e["sources"] if k in body):
            errs.append(f"{e['id']}: surface {s!r} not in the body of any of its sources")
# the same normalized surface must not name two different gold entities of one type
seen = {}
for e in gold["entities"]:
    for s in set(norm(x) for x in e["surface"] + [e["name"]]):
        other = seen.setdefault((e["type"], s), e["id"])
        if other != e["id"]: errs.append(f"surface {s!r} names both {other} and {e['id']}")
allsurf = {norm(s) for e in gold["entities"] for s in e["surface"] + [e["name"]]}
acc = {norm(a) for a in gold["acceptable"]}
for a in acc & allsurf: errs.append(f"acceptable name is also a gold surface: {a!r}")
for blk in gold["noise"]:
    for n in blk["names"]:
        if norm(n) in allsurf: errs.append(f"noise name is a gold surface: {n!r}")
        if norm(n) in acc: errs.append(f"noise name is also acceptable: {n!r}")
        if n not in text[blk["source"]]: errs.append(f"noise name not in text of {blk['source']}: {n!r}")
for c in gold["claims"]:
    if c["speaker"] not in ids: errs.append(f"claim speaker unknown: {c['speaker']}")
    elif c["source"] not in ids[c["speaker"]]["sources"]: errs.append(f"claim speaker {c['speaker']} not in {c['source']}")
    if c["quote"] not in body[c["source"]]: errs.append(f"quote not verbatim in body of {c['source']}: {c['quote'][:50]!r}")
    if norm_text(c["quote"]) not in norm_text(body[c["source"]]): errs.append(f"quote not found normalized: {c['quote'][:50]!r}")
fam = gold["predicateFamilies"]
CONTRACT = {"leads", "founded", "commands", "member_of", "part_of", "spokesperson_for", "backed_by", "allied_with",
            "opposed_to", "reports_to", "holds_office", "advises", "located_in", "controls"}
for r in gold["relations"]:
    for x in (r["s"], r["o"]):
        if x not in ids: errs.append(f"relation end unknown: {x}")
        elif not set(r["sources"]) <= set(ids[x]["sources"]): errs.append(f"relation {r} end {x} not in its source")
    if r["p"] not in fam: errs.append(f"predicate without family: {r['p']}")
    if r["p"] not in CONTRACT: errs.append(f"predicate not in the export contract: {r['p']}")
    if r["s"] == r["o"]: errs.append(f"relation to itself: {r}")
keys = set()
for r in gold["relations"]:
    key = (r["s"], r["p"], r["o"], tuple(r["sources"]))
    if key in keys: errs.append(f"duplicate relation {key}")
    keys.add(key)
DATE_RE = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}",
           "range": r"\d{4}(-\d\d(-\d\d)?)?", "approximate": r"\d{4}(-\d\d(-\d\d)?)?"}
evids = set()
for ev in gold["events"]:
    if ev["id"] in evids: errs.append(f"duplicate event id {ev['id']}")
    evids.add(ev["id"])
    if not re.fullmatch(DATE_RE.get(ev["precision"], "x"), ev["date"]): errs.append(f"bad date/precision {ev}")
    if ev["precision"] == "range" and not ev.get("endDate"): errs.append(f"range without endDate: {ev['id']}")
    if ev["cue"] not in body[ev["source"]]: errs.append(f"event cue not in body: {ev['id']} {ev['cue']!r}")
    if not ev["involves"]: errs.append(f"event {ev['id']} involves nobody")
    for x in ev["involves"]:
        if x not in ids: errs.append(f"event {ev['id']}: unknown entity {x}")
        elif ev["source"] not in ids[x]["sources"]: errs.append(f"event {ev['id']}: {x} not in {ev['source']}")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def perfect_export():
    """An export that states exactly what the gold states, with correct UTF-16 offsets (each relation's evidence
    is the source's title line, each event's the cue, each claim the gold quote)."""
    sources, claims, entities, relations, events = [], [], [], [], []
    for k, f in sorted(files.items()):
        t = text[k]
        bpos = t.find(gold["boilerplateStarts"].get(k, "\0")) if gold["boilerplateStarts"].get(k) else -1
        passages = []
        for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", t):
            start = utf16_len(t[:m.start()])
            kind = "boilerplate" if 0 <= bpos <= m.start() else "body"
            passages.append({"id": f"{k}p{len(passages)}", "start": start, "end": start + utf16_len(m.group(0)),
                             "kind": kind, "reusedFrom": None})
        sources.append({"id": "S" + k, "file": f, "title": gold["sources"][k]["title"],
                        "published": gold["sources"][k]["published"], "text": t, "passages": passages})
    for e in gold["entities"]:
        entities.append({"id": "E" + e["id"], "type": e["type"], "name": e["name"],
                         "aliases": [s for s in e["surface"] if s != e["name"]], "mentionCount": 1})

    def add_claim(k, quote, speaker=None):
        i = text[k].find(quote)
        if i < 0: raise SystemExit(f"perfect export: cannot anchor {quote[:40]!r} in {k}")
        start = utf16_len(text[k][:i])
        cid = f"C{len(claims)}"
        claims.append({"id": cid, "sourceId": "S" + k, "passageId": None, "start": start,
                       "end": start + utf16_len(quote), "quote": quote,
                       "speakerId": ("E" + speaker) if speaker else None, "entityIds": []})
        return cid
    for c in gold["claims"]:
        add_claim(c["source"], c["quote"], c["speaker"])
    for i, r in enumerate(gold["relations"]):
        cid = add_claim(r["sources"][0], text[r["sources"][0]].split("\n", 1)[0])
        relations.append({"id": f"R{i}", "subjectId": "E" + r["s"], "predicate": r["p"], "objectId": "E" + r["o"],
                          "claimIds": [cid]})
    for i, ev in enumerate(gold["events"]):
        cid = add_claim(ev["source"], ev["cue"])
        events.append({"id": f"V{i}", "date": ev["date"], "endDate": ev.get("endDate"), "precision": ev["precision"],
                       "dateText": ev["cue"], "summary": ev["id"], "participantIds": ["E" + x for x in ev["involves"]],
                       "placeIds": [], "claimIds": [cid]})
    return {"formatVersion": 1, "generatedAt": None, "sources": sources, "entities": entities, "mentions": [],
            "claims": claims, "relations": relations, "events": events}


if not errs:
    with tempfile.TemporaryDirectory() as td:
        pe = os.path.join(td, "perfect.json")
        json.dump(perfect_export(), open(pe, "w", encoding="utf-8"), ensure_ascii=False)
        out = subprocess.run([sys.executable, SCORER, GOLD, pe], capture_output=True, text=True)
        if out.returncode != 0:
            errs.append("score.py failed on the perfect export: " + out.stderr[-300:])
        else:
            res = dict(l.split(": ", 1) for l in out.stdout.splitlines() if ": " in l and not l.startswith("summary"))
            n = len(files)
            want = {"sources_matched": f"{n}/{n}", "published_dates": f"{n}/{n}", "entity_recall": "1.0",
                    "entity_precision": "1.0", "alias_merge": "1.0", "over_merged_entities": "0", "noise_entities": "0",
                    "citation_integrity": "1.0", "claims_found": "1.0", "claims_attributed": "1.0",
                    "relation_recall": "1.0", "relation_precision": "1.0", "event_recall": "1.0"}
            bad = {k: (res.get(k), v) for k, v in want.items() if res.get(k) != v}
            if bad or not res.get("boilerplate_leaks", "x/").startswith("0/"):
                errs.append(f"perfect export does not score full marks: {bad} {res.get('boilerplate_leaks')}")
            else:
                print("perfect export: " + out.stdout.strip().splitlines()[-1])
print("\n".join(errs) if errs else f"gold OK: {len(gold['sources'])} sources, {len(gold['entities'])} entities, "
      f"{len(gold['relations'])} relations, {len(gold['events'])} events, {len(gold['claims'])} claims")
if "--unlisted" in sys.argv:
    cover = allsurf | acc | {norm(n) for b in gold["noise"] for n in b["names"]}
    for k in sorted(body):
        found = set(re.findall(r"\b[A-Z][\w'’\-]*(?:\s+(?:of|the|for|al|bin|de|da|del|in|and|wal|fi|des|pour|la|le|du|ye|e)?\s*[A-Z][\w'’\-]*)*", body[k]))
        miss = sorted(f for f in found if norm(f) not in cover and not any(norm(f) in c.split() or norm(f) in c for c in cover))
        print(k, miss)
sys.exit(1 if errs else 0)
