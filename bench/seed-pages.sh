#!/usr/bin/env bash
# Server-side render time of every page type at seed scale, from the app's own request log
# ("HTTP GET /path responded 200 in N ms"). Issue 5's bar: under 50 ms on the server.
# Usage: bench/seed-pages.sh [ROUNDS]   (default 10 timed rounds after one warm-up round)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
port=${PORT:-5087}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/MilitiaAtlas.Web -c Release -v quiet -nologo >/dev/null
Atlas__RateLimit__PermitsPerWindow=100000 dotnet src/MilitiaAtlas.Web/bin/Release/net10.0/MilitiaAtlas.Web.dll \
  --db "$work/atlas.db" --urls "http://127.0.0.1:$port" > "$work/log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done

base="http://127.0.0.1:$port"
src=$(curl -s "$base/api/sources" | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")
person=$(curl -s "$base/api/entities?type=person" | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['items'][0]['id'])")
group=$(curl -s "$base/api/entities?type=group" | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['items'][0]['id'])")
place=$(curl -s "$base/api/entities?type=place" | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['items'][0]['id'])")
urls=("/" "/people" "/groups" "/places" "/timeline" "/timeline?actor=$person" "/people/$person" "/groups/$group" "/places/$place"
      "/search?q=Qasim+Sulaimani" "/search?q=kataib" "/sources" "/sources/$src?hl=100-200" "/api/entities/$person" "/api/search?q=hashd" "/api/timeline")

for u in "${urls[@]}"; do curl -s -o /dev/null "$base$u"; done   # warm-up: the first hit of each page compiles its code
: > "$work/mark"; start=$(wc -l < "$work/log")
for _ in $(seq 1 "$rounds"); do for u in "${urls[@]}"; do curl -s -o /dev/null "$base$u"; done; done
tail -n +"$((start + 1))" "$work/log" | python3 -c '
import sys, re, collections
times = collections.defaultdict(list)
for line in sys.stdin:
    m = re.search(r"HTTP GET (\S+) responded (\d+) in ([\d.]+) ms", line)
    if m and not m.group(1).startswith("/css") and not m.group(1).startswith("/js"):
        times[m.group(1)].append(float(m.group(3)))
print("| path | requests | median ms | p95 ms | max ms |")
print("|---|---:|---:|---:|---:|")
worst = 0.0
for path, t in times.items():
    t.sort(); worst = max(worst, t[-1])
    print(f"| {path} | {len(t)} | {t[len(t)//2]:.1f} | {t[int(len(t)*0.95) - 1 if len(t) > 1 else 0]:.1f} | {t[-1]:.1f} |")
print(f"\nslowest warm request: {worst:.1f} ms (bar: 50 ms)")
'
