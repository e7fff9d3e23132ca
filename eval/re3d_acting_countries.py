#!/usr/bin/env python3
"""What re3d's named-view entity scores would be under its acting-country convention.

re3d types a country that acts ("the United States said", "Turkey agreed") as Organisation; the atlas keeps one entity
per country, typed place (real/'s gold types countries as places too, and the map needs them). This script takes the
predictions of export_spans.py, retypes as Organisation only those mentions that are a country's name (any name or
alias of a `country` row of the gazetteer, plus the common abbreviations) AND overlap a gold Organisation span, and
writes the result for score_re3d.py. Nothing else changes, so the difference between the two runs is the convention.

Usage (from the project root, after the re3d commands in docs/quality.md):
    python3 eval/re3d_acting_countries.py /tmp/re3d-pred.json > /tmp/re3d-pred-acting.json
    python3 ../shared/eval/score_re3d.py --pred /tmp/re3d-pred-acting.json
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, "..", "..", "shared", "eval")
sys.path.insert(0, EVAL)
from score_re3d import is_named, overlaps  # noqa: E402

GAZETTEER = os.path.join(HERE, "..", "src", "MilitiaAtlas.Ingestion", "Data", "gazetteer.tsv")


def country_names():
    names = {"U.S.", "US", "USA", "U.S.A.", "UK", "U.K."}
    with open(GAZETTEER, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "country":
                names.add(cols[1])
                names.update(a for a in cols[6].split("|") if a)
    return names


def main():
    preds = json.load(open(sys.argv[1], encoding="utf-8"))
    gold_path = sys.argv[2] if len(sys.argv) > 2 else "/tmp/re3d-gold.json"
    gold = {d["id"]: d for d in json.load(open(gold_path, encoding="utf-8"))}
    countries = country_names()
    retyped = 0
    out = []
    for d in preds:
        g = gold[d["id"]]
        text = g["text"]
        orgs = [(e["begin"], e["end"]) for e in g["entities"]
                if e["type"] == "Organisation" and e.get("confidence", 1.0) >= 0.5 and is_named(e["value"])]
        spans = []
        for s in d["spans"]:
            span = (int(s["begin"]), int(s["end"]))
            if s["type"] == "Location" and text[span[0]:span[1]] in countries and any(overlaps(span, o) for o in orgs):
                s = dict(s, type="Organisation")
                retyped += 1
            spans.append(s)
        out.append({"id": d["id"], "spans": spans})
    json.dump(out, sys.stdout)
    sys.stderr.write("retyped %d country mentions that re3d's gold tags Organisation\n" % retyped)


if __name__ == "__main__":
    main()
