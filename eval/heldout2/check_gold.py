#!/usr/bin/env python3
"""Checks gold.json against the corpus: every surface form, quote and event cue occurs in the body of its source
(the text before the boilerplate start), ids resolve, predicates have families, and noise/acceptable/gold names
do not collide. Usage: python3 eval/heldout2/check_gold.py [--unlisted]  (--unlisted: capitalized strings in bodies
that no gold surface, acceptable name or noise name covers, for a reviewer to look over)."""
import json, os, re, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py"))
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
norm, norm_text = score.norm, score.norm_text
gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
files = {f[:3]: f for f in os.listdir(os.path.join(HERE, "corpus")) if f.endswith(".txt")}
text = {k: open(os.path.join(HERE, "corpus", f), encoding="utf-8").read() for k, f in files.items()}
body = {}
errs = []
for k in gold["sources"]:
    if k not in text: errs.append(f"source {k}: no file"); continue
    m = gold["boilerplateStarts"].get(k)
    if m:
        pos = text[k].find(m)
        if pos < 0: errs.append(f"{k}: boilerplate marker not found: {m!r}")
        body[k] = text[k][:pos] if pos >= 0 else text[k]
    else:
        body[k] = text[k]
ids = {e["id"]: e for e in gold["entities"]}
if len(ids) != len(gold["entities"]): errs.append("duplicate entity ids")
def occurs(s, t):
    return re.search(r"(?<![\w-])" + re.escape(s) + r"(?!\w)", t) is not None
for e in gold["entities"]:
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
for r in gold["relations"]:
    for x in (r["s"], r["o"]):
        if x not in ids: errs.append(f"relation end unknown: {x}")
        elif not set(r["sources"]) <= set(ids[x]["sources"]): errs.append(f"relation {r} end {x} not in its source")
    if r["p"] not in fam: errs.append(f"predicate without family: {r['p']}")
keys = set()
for r in gold["relations"]:
    key = (r["s"], r["p"], r["o"], tuple(r["sources"]))
    if key in keys: errs.append(f"duplicate relation {key}")
    keys.add(key)
evids = set()
for ev in gold["events"]:
    if ev["id"] in evids: errs.append(f"duplicate event id {ev['id']}")
    evids.add(ev["id"])
    if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", ev["date"]): errs.append(f"bad date {ev}")
    if ev["cue"] not in body[ev["source"]]: errs.append(f"event cue not in body: {ev['id']} {ev['cue']!r}")
    for x in ev["involves"]:
        if x not in ids: errs.append(f"event {ev['id']}: unknown entity {x}")
        elif ev["source"] not in ids[x]["sources"]: errs.append(f"event {ev['id']}: {x} not in {ev['source']}")
print("\n".join(errs) if errs else "gold OK")
if "--unlisted" in sys.argv:
    cover = allsurf | acc | {norm(n) for b in gold["noise"] for n in b["names"]}
    for k in sorted(body):
        found = set(re.findall(r"\b[A-Z][\w'’\-]*(?:\s+(?:of|the|for|al|bin|de|da|in|and|wal|fi)?\s*[A-Z][\w'’\-]*)*", body[k]))
        miss = sorted(f for f in found if norm(f) not in cover and not any(norm(f) in c.split() or norm(f) in c for c in cover))
        print(k, miss)
sys.exit(1 if errs else 0)
