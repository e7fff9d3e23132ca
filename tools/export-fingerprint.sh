#!/usr/bin/env bash
# Prints one sha256 per export of three corpora, so a refactor can show that the atlas it builds is unchanged
# (issue 18: "the exports of the seeds, of re3d and of the generated 1k corpus stay byte-identical").
#
#   tools/export-fingerprint.sh [--keep DIR]
#
# Builds the Release app of this checkout, then ingests and exports into a scratch folder:
#   seeds   seeds/ (the five seed articles)
#   re3d    the 98 re3d documents, made by ../shared/eval/re3d_corpus.py (skipped when that folder is missing)
#   gen1k   1,000 generated articles (tools/MilitiaAtlas.CorpusGen --articles 1000 --seed 1)
# Run it before and after a change and compare the lines; with --keep the exports stay in DIR for a diff.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
keep=""
[[ "${1:-}" == "--keep" ]] && keep="$2"
tmp="${keep:-$(mktemp -d /tmp/atlas-fp.XXXXXX)}"
mkdir -p "$tmp"
cd "$root"
dotnet build src/MilitiaAtlas.Web -c Release -v q -nologo >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
dotnet build tools/MilitiaAtlas.CorpusGen -c Release -v q -nologo >>"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
app=(dotnet src/MilitiaAtlas.Web/bin/Release/net10.0/MilitiaAtlas.Web.dll)
gen=(dotnet tools/MilitiaAtlas.CorpusGen/bin/Release/net10.0/MilitiaAtlas.CorpusGen.dll)
fingerprint() { # name folder
  rm -f "$tmp/$1.db"*
  "${app[@]}" ingest "$2" --db "$tmp/$1.db" >"$tmp/$1.ingest.log" 2>&1 || true
  "${app[@]}" export --db "$tmp/$1.db" --out "$tmp/$1.json" >/dev/null
  # generatedAt is the clock, not the atlas.
  printf '%s  %s\n' "$(sed -E 's/"generatedAt": *"[^"]*"/"generatedAt":""/' "$tmp/$1.json" | sha256sum | cut -c1-64)" "$1"
}
fingerprint seeds seeds
eval_dir="$root/../shared/eval"
if [[ -f "$eval_dir/re3d_corpus.py" ]]; then
  [[ -d "$tmp/re3d-corpus" ]] || { python3 "$eval_dir/re3d_to_gold.py" --out "$tmp/re3d-gold.json" >/dev/null \
    && python3 "$eval_dir/re3d_corpus.py" --gold "$tmp/re3d-gold.json" --out "$tmp/re3d-corpus" >/dev/null; }
  fingerprint re3d "$tmp/re3d-corpus"
fi
[[ -d "$tmp/gen1k" ]] || "${gen[@]}" --articles 1000 --seed 1 --out "$tmp/gen1k" >/dev/null
fingerprint gen1k "$tmp/gen1k"
[[ -n "$keep" ]] || rm -rf "$tmp"
