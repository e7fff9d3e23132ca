#!/usr/bin/env python3
"""Builds a corpus for measuring reuse (copied-paragraph) detection, and its ground truth.

Usage: make_corpus.py --out DIR [--seed N] [--app "dotnet /tmp/reuse-bin/MilitiaAtlas.Web.dll"]

Everything is made at run time from real text outside the repository; none of it is committed
(the re3d documents carry their own licences: measurement only).

    DIR/1-originals/   the re3d documents (via shared/eval/re3d_corpus.py) and the seed articles,
                       with one sources.yaml (the seeds' dates; re3d gives none)
    DIR/2-copies/      copy articles: a title line, then filler paragraphs from the app's own
                       synthetic generator (tools/MilitiaAtlas.CorpusGen, unrelated to re3d and the seeds) with 1-3
                       paragraphs taken from the originals in between, each transformed one way;
                       some articles copy nothing (precision controls). sources.yaml dates them
                       all after every original.
    DIR/truth.json     for each copy article, each copied paragraph as written, its kind, and
                       the original file and paragraph.

The folders are named so that `ingest DIR` stores every original before any copy.
Stdlib only; deterministic for a given --seed (and the same app build's generator).
"""
import argparse
import datetime
import json
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

from words import words_norm

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# How many copied paragraphs of each kind. Short paragraphs get more: they are where sampling bites.
KINDS = {
    "exact": 80,
    "light": 80,      # about one word in 15 replaced or dropped
    "heavy": 80,      # about one word in 6 replaced
    "truncated": 80,  # first half only, at a sentence or word boundary
    "sentence": 80,   # one sentence dropped, or one (filler) sentence added
    "case": 80,       # case, punctuation and quote changes only
    "short": 160,     # paragraphs of 12-30 words, copied exactly
}
CONTROLS = 40        # copy articles with no copied paragraph
MAX_USES = 3         # an original paragraph is copied at most this often

# Replacement words for edits: plain vocabulary, no source text.
VOCAB = """about across again against almost already also although always among another around
because before behind being below beside between beyond both brief broad called careful certain
clear close common control country course current daily decision during early enough entire
every evening family field final following force former forward further general great group
growing heavy however important indeed instead large later least local longer major matter
member might morning nearly never number often order other outside perhaps place point public
quickly rather really recent report result second serious several should simply since small
something soon special still strong such sudden support though through today together toward
under until usually various whether while within without world would yesterday""".split()

ABBREV = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Brig|Adm|Gov|Sen|Rep|St|No|Jr|Sr|Prof|Rev|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)$")
SENT_END = re.compile(r"[.!?][\"”’')\]]*$")


def shingles(text, k=5):
    w = words_norm(text)
    return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}


def sentences(par):
    """Splits a paragraph into sentences at whitespace after . ! ? (not after common abbreviations)."""
    toks = par.split(" ")
    out, cur = [], []
    for i, t in enumerate(toks):
        cur.append(t)
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if SENT_END.search(t) and not ABBREV.search(t) and (nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "\"“‘"):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return [s for s in out if s.strip()]


def paragraphs(text):
    """Prose paragraphs of a plain-text article: blank-line blocks, and the lines of a block whose lines each end a sentence."""
    result = []
    for block in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [l.strip() for l in block.split("\n") if l.strip()]
        if not lines:
            continue
        if len(lines) > 1 and all(SENT_END.search(l) for l in lines[:-1]):
            result.extend(lines)
        else:
            result.append(" ".join(lines))
    return [re.sub(r"\s+", " ", p).strip() for p in result]


def is_prose(p):
    return bool(SENT_END.search(p)) and not p.startswith(("#", ">", "*", "Coordinates:", "By ", "Photo", "Related")) and "contact the" not in p.lower()


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stdout}\n{r.stderr}")
    return r.stdout


def find_shared(arg):
    for d in [arg, os.environ.get("SHARED"), os.path.join(os.path.dirname(ROOT), "shared"), "/work/shared"]:
        if d and os.path.isfile(os.path.join(d, "eval", "re3d_corpus.py")):
            return d
    sys.exit("cannot find shared/eval/re3d_corpus.py: pass --shared")


# ---- transformations -------------------------------------------------------------------------

def swap_word(rng, w):
    """A vocabulary word in place of w, keeping w's leading/trailing punctuation and capitalisation."""
    m = re.match(r"^(\W*)(.*?)(\W*)$", w)
    lead, core, trail = m.group(1), m.group(2), m.group(3)
    new = rng.choice(VOCAB)
    while new == core.lower():
        new = rng.choice(VOCAB)
    if core[:1].isupper():
        new = new.capitalize()
    return lead + new + trail


def edit(rng, par, rate, allow_drop):
    toks = par.split(" ")
    out, changes = [], 0
    for t in toks:
        if rng.random() < rate:
            changes += 1
            if allow_drop and rng.random() < 0.5:
                continue
            out.append(swap_word(rng, t))
        else:
            out.append(t)
    if changes == 0:  # at least one edit
        i = rng.randrange(len(out))
        out[i] = swap_word(rng, out[i])
        changes = 1
    return " ".join(out), f"{changes} of {len(toks)} words"


def truncate(rng, par):
    toks = par.split(" ")
    n, half = len(toks), len(toks) / 2
    sents = sentences(par)
    best, acc = None, 0
    for s in sents[:-1]:
        acc += len(s.split(" "))
        if abs(acc - half) <= 0.15 * n and (best is None or abs(acc - half) < abs(best - half)):
            best = acc
    if best is not None:
        return " ".join(toks[:best]), f"sentence boundary, {best} of {n} words"
    k = int(round(half))
    return " ".join(toks[:k]), f"word boundary, {k} of {n} words"


def sentence_change(rng, par, filler_sentences):
    sents = sentences(par)
    if len(sents) >= 3 and rng.random() < 0.5:
        i = rng.randrange(len(sents))
        return " ".join(sents[:i] + sents[i + 1:]), f"dropped sentence {i + 1} of {len(sents)}"
    i = rng.randrange(len(sents) + 1)
    return " ".join(sents[:i] + [rng.choice(filler_sentences)] + sents[i:]), f"added a sentence at {i + 1} of {len(sents) + 1}"


def case_punct(rng, par):
    ops = rng.sample(["lower", "upper-first", "title", "quotes", "commas", "semicolons"], 2)
    s = par
    for op in ops:
        if op == "lower":
            s = s.lower()
        elif op == "upper-first":
            first = sentences(s)[0]
            s = first.upper() + s[len(first):]
        elif op == "title":
            s = " ".join(w.capitalize() if rng.random() < 0.3 else w for w in s.split(" "))
        elif op == "quotes":
            if any(c in s for c in "“”‘’"):
                s = s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
            else:
                s = re.sub(r'"(\S)', r"“\1", s).replace('"', "”").replace("'", "’")
        elif op == "commas":
            s = s.replace(",", "") if "," in s else s.replace(" and ", ", and ", 1)
        elif op == "semicolons":
            s = re.sub(r"\. (?=[A-Za-z])", "; ", s, count=1)
    if s == par:
        s = par.lower()
        ops = ["lower"]
    return s, "+".join(ops)


# ---- corpus ------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--generator", default="dotnet run --project " + os.path.join(ROOT, "tools", "MilitiaAtlas.CorpusGen") + " -c Release --",
                    help="command that runs the corpus generator (tools/MilitiaAtlas.CorpusGen)")
    ap.add_argument("--shared", help="the shared/ folder (default: beside the repository, or /work/shared)")
    ap.add_argument("--seeds", default=os.path.join(ROOT, "seeds"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    shared = find_shared(a.shared)

    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    orig_dir, copy_dir = os.path.join(a.out, "1-originals"), os.path.join(a.out, "2-copies")
    os.makedirs(orig_dir)
    os.makedirs(copy_dir)

    with tempfile.TemporaryDirectory(prefix="reuse-corpus-") as tmp:
        # Originals: re3d (one .txt per document, with its sources.yaml) and the seeds (with theirs).
        gold = os.path.join(tmp, "re3d-gold.json")
        run([sys.executable, os.path.join(shared, "eval", "re3d_to_gold.py"), "--out", gold])
        run([sys.executable, os.path.join(shared, "eval", "re3d_corpus.py"), "--gold", gold, "--out", os.path.join(tmp, "re3d")])
        yaml = []
        for src in [os.path.join(tmp, "re3d"), a.seeds]:
            for name in sorted(os.listdir(src)):
                if name.endswith(".txt"):
                    shutil.copyfile(os.path.join(src, name), os.path.join(orig_dir, name))
            yaml.append(open(os.path.join(src, "sources.yaml"), encoding="utf-8").read().rstrip("\n") + "\n")
        with open(os.path.join(orig_dir, "sources.yaml"), "w", encoding="utf-8") as f:
            f.write("".join(yaml))

        # Filler: the app's synthetic articles.
        n_articles = sum(KINDS.values()) * 3 // 4 + CONTROLS
        gen = os.path.join(tmp, "gen")
        run(shlex.split(a.generator) + ["--articles", str(n_articles), "--out", gen, "--seed", str(a.seed)])
        fillers = []
        for name in sorted(os.listdir(gen)):
            if not name.endswith((".txt", ".md")):
                continue
            text = open(os.path.join(gen, name), encoding="utf-8").read()
            if text.startswith("---\n"):
                text = text[text.index("\n---", 3) + 4:]
            title = next(l.strip().lstrip("#").strip() for l in text.split("\n") if l.strip())
            pars = [p for p in paragraphs(text)[1:] if is_prose(p) and len(p.split()) >= 20]
            if len(pars) >= 3:
                fillers.append((title, pars))
        # The generator reuses paragraphs across its articles on purpose (syndication); filler must copy nothing,
        # so a paragraph goes when half or more of its shingles occur in one other generated article.
        holders = {}
        for n, (_, pars) in enumerate(fillers):
            for p in pars:
                for sh in shingles(p):
                    holders.setdefault(sh, set()).add(n)
        kept = []
        for n, (title, pars) in enumerate(fillers):
            unique = []
            for p in pars:
                sh = shingles(p)
                hits = {}
                for x in sh:
                    for m in holders[x]:
                        if m != n:
                            hits[m] = hits.get(m, 0) + 1
                if not hits or max(hits.values()) < len(sh) / 2:
                    unique.append(p)
            if len(unique) >= 4:
                kept.append((title, unique))
        fillers = kept
        rng.shuffle(fillers)

    # The originals' paragraphs that can be copied: prose, and found in no other original (so the truth is one source).
    docs = {}
    for name in sorted(os.listdir(orig_dir)):
        if name.endswith(".txt"):
            text = open(os.path.join(orig_dir, name), encoding="utf-8").read()
            docs[name] = [p for p in paragraphs(text) if is_prose(p) and len(p.split()) >= 12]
    doc_sh = {name: set().union(*[shingles(p) for p in pars]) if pars else set() for name, pars in docs.items()}
    long_pool, short_pool, seen = [], [], set()
    for name, pars in docs.items():
        for p in pars:
            sh = shingles(p)
            key = " ".join(words_norm(p))
            if key in seen or not sh:
                continue
            seen.add(key)
            if any(len(sh & s) > 0.3 * len(sh) for other, s in doc_sh.items() if other != name):
                continue
            n = len(p.split())
            (short_pool if n <= 30 else long_pool).append((name, p))

    # Draw each kind's paragraphs, round-robin over a shuffled pool, each original paragraph at most MAX_USES times.
    uses = {}
    items = []
    for kind, count in KINDS.items():
        pool = list(short_pool if kind == "short" else long_pool)
        if kind == "sentence":
            pool = [x for x in pool if len(sentences(x[1])) >= 2]
        rng.shuffle(pool)
        pool.sort(key=lambda x: uses.get(x, 0))  # least used first (stable: keeps the shuffle among equals)
        taken = 0
        for x in pool * MAX_USES:
            if taken == count:
                break
            if uses.get(x, 0) >= MAX_USES:
                continue
            uses[x] = uses.get(x, 0) + 1
            items.append((kind, x))
            taken += 1
        if taken < count:
            print(f"warning: only {taken} paragraphs for kind {kind} (wanted {count})", file=sys.stderr)
    rng.shuffle(items)

    # Group into copy articles of 1-3 copied paragraphs (never the same original paragraph twice in one).
    articles, i = [], 0
    while i < len(items):
        k = rng.choice([1, 1, 2, 2, 3])
        group = []
        while i < len(items) and len(group) < k:
            if any(items[i][1] == g[1] for g in group):
                break
            group.append(items[i])
            i += 1
        articles.append(group)
    articles += [[] for _ in range(CONTROLS)]
    rng.shuffle(articles)
    if len(articles) + 20 > len(fillers):
        sys.exit(f"not enough filler articles: {len(fillers)} for {len(articles)} copy articles")
    # Sentences to add come from generated articles that no copy article uses.
    filler_sentences = [s for _, pars in fillers[len(articles):] for p in pars for s in sentences(p) if 8 <= len(s.split()) <= 30]

    transform = {
        "exact": lambda p: (p, ""),
        "short": lambda p: (p, f"{len(p.split())} words"),
        "light": lambda p: edit(rng, p, 1 / 15, True),
        "heavy": lambda p: edit(rng, p, 1 / 6, False),
        "truncated": lambda p: truncate(rng, p),
        "sentence": lambda p: sentence_change(rng, p, filler_sentences),
        "case": lambda p: case_punct(rng, p),
    }
    truth, yaml = [], []
    start = datetime.date(2025, 1, 1)
    for n, (group, (title, pars)) in enumerate(zip(articles, fillers), 1):
        name = f"copy-{n:04d}.txt"
        filler = list(pars[: rng.randint(max(2, len(group) + 1), min(6, len(pars)))])
        body, copied = [], []
        slots = sorted(rng.sample(range(len(filler) + 1), len(group))) if group else []
        for j in range(len(filler) + 1):
            for s, (kind, (orig, par)) in zip(slots, group):
                if s == j:
                    text, detail = transform[kind](par)
                    body.append(text)
                    copied.append({"kind": kind, "detail": detail, "text": text,
                                   "original_file": "1-originals/" + orig, "original_text": par})
            if j < len(filler):
                body.append(filler[j])
        with open(os.path.join(copy_dir, name), "w", encoding="utf-8") as f:
            f.write(title + "\n\n" + "\n\n".join(body) + "\n")
        date = start + datetime.timedelta(days=n)
        yaml.append(f"{name}:\n  title: {json.dumps(title)}\n  outlet: \"Reuse Bench Wire\"\n  published: {date.isoformat()}\n")
        truth.append({"file": "2-copies/" + name, "published": date.isoformat(), "control": not group, "copies": copied})
    with open(os.path.join(copy_dir, "sources.yaml"), "w", encoding="utf-8") as f:
        f.write("# Synthetic copy articles for bench/reuse (make_corpus.py); dated after every original.\n" + "".join(yaml))
    with open(os.path.join(a.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": a.seed, "kinds": KINDS, "articles": truth}, f, ensure_ascii=False, indent=1)

    print(f"filler: {len(fillers)} generated articles with 4+ paragraphs copied from no other, {len(articles)} used")
    counts = {k: sum(1 for t in truth for c in t["copies"] if c["kind"] == k) for k in KINDS}
    print(f"originals: {len(docs)} files, {len(long_pool)} long and {len(short_pool)} short paragraphs to copy from")
    print(f"copies: {len(truth)} articles ({CONTROLS} controls), {sum(counts.values())} copied paragraphs: "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
