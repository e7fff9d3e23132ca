#!/usr/bin/env python3
"""Scores MilitiaAtlas relations against re3d's gold relations (FightingAgainst, AlliesOf, InChargeOf, BelongsTo).

Usage: score_re3d_relations.py GOLD.json EXPORT.json   (GOLD from ../shared/eval/re3d_to_gold.py)

Each predicted relation is expanded into one instance per evidence claim: the subject's and the object's
mention spans inside that claim. A predicted instance matches a gold relation of the mapped type in the same
document when a subject span overlaps the gold source span and an object span overlaps the gold target span
(either direction for the symmetric AlliesOf). Gold relations are those with confidence >= 0.5.
Precision = matched instances / instances; recall = matched gold relations / gold relations.
"""
import collections, json, sys

MAP = {  # our predicate -> re3d type
    "leads": "InChargeOf", "commands": "InChargeOf", "founded": "InChargeOf",
    "member_of": "BelongsTo", "part_of": "BelongsTo", "spokesperson_for": "BelongsTo", "holds_office": "BelongsTo",
    "allied_with": "AlliesOf", "backed_by": "AlliesOf",
    "opposed_to": "FightingAgainst",
}
TYPES = ("FightingAgainst", "AlliesOf", "InChargeOf", "BelongsTo")


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    gold = json.load(open(sys.argv[1], encoding="utf-8"))
    exp = json.load(open(sys.argv[2], encoding="utf-8"))
    doc = {s["id"]: s["file"].rsplit(".", 1)[0] for s in exp["sources"]}
    claims = {c["id"]: c for c in exp["claims"]}
    spans = collections.defaultdict(list)  # (sourceId, entityId) -> [(start, end)]
    for m in exp["mentions"]:
        spans[(m["sourceId"], m["entityId"])].append((m["start"], m["end"]))

    golds = collections.defaultdict(list)
    for d in gold:
        for r in d.get("relations", []):
            if r["type"] in TYPES and r.get("confidence", 1.0) >= 0.5:
                golds[d["id"]].append(r)

    instances, matched_gold = [], set()
    for rel in exp["relations"]:
        t = MAP.get(rel["predicate"])
        if not t:
            continue
        for cid in rel["claimIds"]:
            c = claims[cid]
            cs = (c["start"], c["end"])
            subj = [s for s in spans[(c["sourceId"], rel["subjectId"])] if overlaps(s, cs)]
            obj = [s for s in spans[(c["sourceId"], rel["objectId"])] if overlaps(s, cs)]
            hit = False
            for i, g in enumerate(golds.get(doc[c["sourceId"]], [])):
                if g["type"] != t:
                    continue
                gs, gt = (g["source_begin"], g["source_end"]), (g["target_begin"], g["target_end"])
                fwd = any(overlaps(s, gs) for s in subj) and any(overlaps(o, gt) for o in obj)
                rev = t == "AlliesOf" and any(overlaps(s, gt) for s in subj) and any(overlaps(o, gs) for o in obj)
                if fwd or rev:
                    hit = True
                    matched_gold.add((doc[c["sourceId"]], i))
            instances.append((t, hit))

    print("| re3d type | gold | predicted instances | precision | recall |")
    print("|---|---:|---:|---:|---:|")
    tot_g = tot_p = tot_hit = tot_mg = 0
    for t in TYPES:
        g = sum(1 for rs in golds.values() for r in rs if r["type"] == t)
        p = [h for (tt, h) in instances if tt == t]
        mg = sum(1 for (d, i) in matched_gold if golds[d][i]["type"] == t)
        prec = sum(p) / len(p) if p else 0.0
        rec = mg / g if g else 0.0
        print(f"| {t} | {g} | {len(p)} | {prec:.3f} | {rec:.3f} |")
        tot_g += g; tot_p += len(p); tot_hit += sum(p); tot_mg += mg
    print(f"| all four | {tot_g} | {tot_p} | {tot_hit / tot_p if tot_p else 0:.3f} | {tot_mg / tot_g if tot_g else 0:.3f} |")


if __name__ == "__main__":
    main()
