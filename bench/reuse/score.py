#!/usr/bin/env python3
"""Scores reuse detection in a database ingested from a make_corpus.py corpus.

Usage: score.py --truth DIR/truth.json --db FILE.db [--label NAME] [--json OUT.json] [--list-misses KIND]

For each copied paragraph of the truth, the passage of its copy article that holds it is found by
text (the passage Sources.Text[Start:End] with most overlap with the paragraph; the splitter may
merge or split paragraphs). That passage's link (Passages.ReusedFromSourceNum) is then:
  orig     the true original source
  copy     another copy article that copied the same original paragraph (acceptable; counted apart)
  wrong    any other source
  missed   no link
recall = (orig + copy) / count. "eligible" leaves out paragraphs the linker cannot see: the copy's
or the original's passage is not body (only body passages are fingerprinted), or has under 12 words.

Columns: elig(ible), orig/copy/wrong/missed as above, recall% over all, elig-rec% over eligible, right-psg
(linked to the very passage of the original that holds the paragraph), notbody (copy or original passage
not body), merged (the copy's passage holds more than the paragraph), and over eligible paragraphs:
samp (mean sampled shingles of the copy's passage), inorig (share of those the original's stored ones
hold: the linker needs half), <2 (passages with fewer than two sampled shingles).

Every other link is a false one: from a filler passage (copy articles' text not copied from anything,
including the control articles), or between two originals. Each link is also checked against the
text: "text-backed" when at least half of the passage's five-word shingles (all of them, not a
sample) occur in the linked source, i.e. the link would be made from an exact shingle count.
"""
import argparse
import json
import sqlite3
import struct
import sys
from collections import Counter, defaultdict

from words import words_norm

MIN_WORDS = 12  # Fingerprint.MinWords


def fingerprint(text, modulus):
    """Fingerprint.Of: FNV-1a 64 over each five-word shingle (UTF-16 units, a space after each word), the hashes
    in the residue class 0 mod modulus, else the smallest (signed) hash; none under MIN_WORDS words."""
    w = words_norm(text)
    if len(w) < MIN_WORDS:
        return set()
    enc = [[u for u in struct.unpack(f"<{len(x.encode('utf-16-le')) // 2}H", x.encode("utf-16-le"))] for x in w]
    out, fallback = set(), None
    for i in range(len(w) - 4):
        h = 14695981039346656037
        for word in enc[i:i + 5]:
            for u in word:
                h = ((h ^ u) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
            h = ((h ^ 32) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
        signed = h - (1 << 64) if h >= 1 << 63 else h
        if h % modulus == 0:
            out.add(signed)
        fallback = signed if fallback is None else min(fallback, signed)
    return out or {fallback}


def stored_hashes(blob):
    return set(struct.unpack(f">{len(blob) // 8}q", blob)) if blob else set()


def infer_modulus(blobs):
    """The sampling modulus of the build that wrote the database: the largest power of two that divides
    nearly all stored hashes (the rest are the fallbacks of passages with no sampled shingle)."""
    hashes = [h for b in blobs for h in stored_hashes(b)]
    for m in (64, 32, 16, 8, 4, 2):
        if hashes and sum(1 for h in hashes if h % m == 0) >= 0.9 * len(hashes):
            return m
    return 1


def shingles(text, k=5):
    w = words_norm(text)
    return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}


def locate(text, needle, hint=0):
    """Char span of needle in text: exact, else by whitespace-insensitive search; None when absent."""
    i = text.find(needle, hint)
    if i < 0:
        i = text.find(needle)
    if i >= 0:
        return i, i + len(needle)
    # Whitespace may differ (e.g. a line-broken original paragraph joined with spaces by make_corpus).
    import re
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def best_passage(passages, span):
    """The passage with most overlap with span, and every passage it touches."""
    a, b = span
    best, best_ov, touched = None, 0, []
    for p in passages:
        ov = min(b, p["end"]) - max(a, p["start"])
        if ov > 0:
            touched.append(p)
            if ov > best_ov:
                best, best_ov = p, ov
    return best, touched


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--label", default="")
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument("--list-misses", metavar="KIND", help="print the missed eligible paragraphs of this kind (or 'all')")
    ap.add_argument("--list-false", action="store_true", help="print every false and wrong-source link")
    a = ap.parse_args()
    truth = json.load(open(a.truth, encoding="utf-8"))

    db = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
    src = {}
    for num, key, text, published, blob in db.execute("SELECT Num, FileKey, Text, Published, Shingles FROM Sources"):
        src[num] = {"num": num, "key": key, "text": text, "published": published, "passages": [], "blob": blob}
    modulus = infer_modulus([s["blob"] for s in src.values()])
    by_key = {s["key"]: s for s in src.values()}
    passages = {}
    for snum, ordinal, start, end, kind, rsrc, rord in db.execute(
            'SELECT SourceNum, Ordinal, Start, "End", Kind, ReusedFromSourceNum, ReusedFromOrdinal FROM Passages ORDER BY SourceNum, Ordinal'):
        p = {"src": snum, "ord": ordinal, "start": start, "end": end, "kind": kind, "link": (rsrc, rord) if rsrc is not None else None}
        p["text"] = src[snum]["text"][start:end]
        src[snum]["passages"].append(p)
        passages[(snum, ordinal)] = p

    # The Python fingerprint must agree with the app's, or the sampled-shingle figures below mean nothing.
    agree = sum(1 for s in src.values()
                if set().union(set(), *[fingerprint(p["text"], modulus) for p in s["passages"] if p["kind"] == "body"]) == stored_hashes(s["blob"]))

    missing = [t["file"] for t in truth["articles"] if t["file"] not in by_key]
    if missing:
        sys.exit(f"{len(missing)} copy articles are not in the database, e.g. {missing[:3]}")

    # Which copy articles copied each original paragraph.
    copiers = defaultdict(set)
    for t in truth["articles"]:
        for c in t["copies"]:
            copiers[(c["original_file"], c["original_text"])].add(t["file"])

    kinds = list(truth["kinds"])
    rows = {k: Counter() for k in kinds}
    copied = set()  # passages that hold (part of) a copied paragraph
    misses = []
    wrongs = []
    for t in truth["articles"]:
        s = by_key[t["file"]]
        hint = 0
        for c in t["copies"]:
            row = rows[c["kind"]]
            row["count"] += 1
            span = locate(s["text"], c["text"], hint)
            if span is None:
                row["not_located"] += 1
                continue
            hint = span[1]
            p, touched = best_passage(s["passages"], span)
            if p is None:
                row["not_located"] += 1
                continue
            row["split"] += len(touched) > 1
            copied.update((q["src"], q["ord"]) for q in touched)
            row["merged"] += (p["end"] - p["start"]) > (span[1] - span[0]) + 2
            o = by_key[c["original_file"]]
            ospan = locate(o["text"], c["original_text"])
            op, _ = best_passage(o["passages"], ospan) if ospan else (None, 0)
            eligible = (p["kind"] == "body" and len(words_norm(p["text"])) >= MIN_WORDS
                        and op is not None and op["kind"] == "body" and len(words_norm(op["text"])) >= MIN_WORDS)
            row["eligible"] += eligible
            if eligible:
                fp, ofp = fingerprint(p["text"], modulus), stored_hashes(o["blob"])
                row["sampled"] += len(fp)
                row["sampled_in_orig"] += len(fp & ofp)
                row["under_2"] += len(fp) < 2
            if p["kind"] != "body":
                row["copy_not_body"] += 1
            if op is None or op["kind"] != "body":
                row["orig_not_body"] += 1
            if p["link"] is None:
                outcome = "missed"
            else:
                target = src[p["link"][0]]["key"]
                if target == c["original_file"]:
                    outcome = "orig"
                    row["right_passage"] += op is not None and p["link"][1] == op["ord"]
                elif target in copiers[(c["original_file"], c["original_text"])]:
                    outcome = "copy"
                else:
                    outcome = "wrong"
            row[outcome] += 1
            if outcome == "wrong":
                wrongs.append((c["kind"], t["file"], c, p, src[p["link"][0]]["key"]))
            if eligible:
                row["eligible_found"] += outcome in ("orig", "copy")
                if outcome == "missed":
                    misses.append((c["kind"], t["file"], c, p, op))
                    # No sampled shingle: the passage keeps only its smallest hash, which a longer original passage
                    # (with sampled shingles of its own) never stores.
                    row["missed_fallback"] += not (fp & {h for h in fp if h % modulus == 0})

    # Links the truth does not account for.
    false_links = Counter()
    false_by_n = defaultdict(Counter)
    false_list = []
    copy_files = {t["file"] for t in truth["articles"]}
    for p in passages.values():
        if p["link"] is None or (p["src"], p["ord"]) in copied:
            continue
        key = src[p["src"]]["key"]
        target = passages.get(p["link"])
        frm = "filler" if key in copy_files else "original"
        to = "copy" if src[p["link"][0]]["key"] in copy_files else "original"
        sh = shingles(p["text"])
        backed = bool(sh) and len(sh & shingles(src[p["link"][0]]["text"])) >= len(sh) / 2
        false_links[(frm, to, bool(backed))] += 1
        n = len(fingerprint(p["text"], modulus))
        false_by_n[frm]["1" if n <= 1 else "2" if n == 2 else "3-4" if n <= 4 else "5+"] += 1
        false_list.append((key, p["ord"], src[p["link"][0]]["key"], p["link"][1], bool(backed), p["text"], target["text"] if target else ""))

    total = Counter()
    for r in rows.values():
        total.update(r)
    links_from_copies = sum(r["orig"] + r["copy"] + r["wrong"] for r in rows.values())
    filler_false = sum(v for (frm, _, _), v in false_links.items() if frm == "filler")
    orig_false = sum(v for (frm, _, _), v in false_links.items() if frm == "original")
    correct = total["orig"] + total["copy"]
    precision = correct / (correct + total["wrong"] + filler_false) if correct + total["wrong"] + filler_false else 0.0
    filler_passages = sum(1 for t in truth["articles"] for p in by_key[t["file"]]["passages"]
                          if p["kind"] == "body" and (p["src"], p["ord"]) not in copied)

    def pct(x, n):
        return f"{100 * x / n:5.1f}" if n else "    -"

    label = f" [{a.label}]" if a.label else ""
    print(f"reuse detection{label}: {len(truth['articles'])} copy articles, {total['count']} copied paragraphs, db {a.db}")
    print(f"sampling modulus (inferred from the stored shingles): {modulus}; the Python fingerprint matches the stored one for {agree} of {len(src)} sources")
    head = f"{'kind':<10} {'count':>5} {'elig':>5} {'orig':>5} {'copy':>5} {'wrong':>5} {'missed':>6} {'recall%':>8} {'elig-rec%':>9} {'right-psg':>9} {'notbody':>7} {'merged':>6} {'samp':>5} {'inorig':>6} {'<2':>4}"
    print(head)
    print("-" * len(head))
    for k in kinds + ["all"]:
        r = total if k == "all" else rows[k]
        found = r["orig"] + r["copy"]
        print(f"{k:<10} {r['count']:>5} {r['eligible']:>5} {r['orig']:>5} {r['copy']:>5} {r['wrong']:>5} {r['missed']:>6} "
              f"{pct(found, r['count']):>8} {pct(r['eligible_found'], r['eligible']):>9} {r['right_passage']:>9} "
              f"{r['copy_not_body'] + r['orig_not_body']:>7} {r['merged']:>6} "
              f"{r['sampled'] / max(1, r['eligible']):>5.1f} {r['sampled_in_orig'] / max(1, r['sampled']):>6.2f} {r['under_2']:>4}")
    print()
    if total["missed_fallback"]:
        print(f"eligible misses whose passage has no sampled shingle (only the fallback hash, which a longer original passage never stores): "
              f"{total['missed_fallback']} (" + ", ".join(f"{k} {rows[k]['missed_fallback']}" for k in kinds if rows[k]["missed_fallback"]) + ")")
    print(f"links from copied paragraphs: {links_from_copies} ({correct} right: {total['orig']} to the original, {total['copy']} to another copy; {total['wrong']} wrong source)")
    print(f"false links from filler passages ({filler_passages} body passages, {sum(1 for t in truth['articles'] if t['control'])} control articles): {filler_false}"
          + "".join(f"; to {to} {n} ({'text-backed' if b else 'not text-backed'})" for (frm, to, b), n in sorted(false_links.items()) if frm == "filler"))
    if false_by_n["filler"]:
        print("  by sampled shingles of the linked filler passage: " + ", ".join(f"{k}: {false_by_n['filler'][k]}" for k in ("1", "2", "3-4", "5+")))
    print(f"links between originals (not in the truth; real reuse among re3d/seeds when text-backed): {orig_false}"
          + "".join(f"; {'text-backed' if b else 'not text-backed'} {n}" for (frm, to, b), n in sorted(false_links.items()) if frm == "original"))
    print(f"precision of links from copy articles: {correct}/{correct + total['wrong'] + filler_false} = {precision:.3f}")
    if total["not_located"]:
        print(f"warning: {total['not_located']} copied paragraphs not found in their article's stored text")

    if a.list_misses:
        for kind, f, c, p, op in misses:
            if a.list_misses in ("all", kind):
                fp = fingerprint(p["text"], modulus)
                hits = len(fp & stored_hashes(by_key[c["original_file"]]["blob"]))
                print(f"\nMISSED {kind} ({c['detail']}) {f} p{p['ord']} <- {c['original_file']} p{op['ord']}: "
                      f"{hits} of {len(fp)} sampled shingles in the original")
                print(f"  copy passage: {p['text'][:300]}")
                print(f"  orig passage: {op['text'][:300]}")
    if a.list_false:
        for kind, f, c, p, target in wrongs:
            print(f"\nWRONG SOURCE {kind} {f} p{p['ord']} -> {target} p{p['link'][1]} (original {c['original_file']})\n  {p['text'][:300]}")
        for key, o, tkey, to, b, text, ttext in false_list:
            print(f"\nFALSE {key} p{o} -> {tkey} p{to} ({'text-backed' if b else 'not text-backed'})\n  {text[:300]}\n  {ttext[:300]}")

    if a.json:
        out = {"label": a.label, "db": a.db, "modulus": modulus, "kinds": {k: dict(rows[k]) for k in kinds}, "all": dict(total),
               "false_links": {f"{frm}->{to}{' text-backed' if b else ''}": n for (frm, to, b), n in false_links.items()},
               "filler_false": filler_false, "original_false": orig_false, "precision": precision}
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
