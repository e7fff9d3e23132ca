#!/usr/bin/env bash
# Takes PNG screenshots of the atlas for the docs (docs/screenshots.md).
#
# Runs the app over a fresh temporary database holding the seed articles on http://127.0.0.1:5099,
# saves a 1200×1600 headless-chromium screenshot of each page into docs/screenshots/NAME.png, then
# stops the app. A page that does not answer 200 is skipped with a warning.
#
#   docs/screenshots/take.sh                      # the default pages below (the network and the map are drawn by
#                                                 # script: the 3 s of virtual time let them finish)
#   docs/screenshots/take.sh timeline=/timeline   # only these NAME=PATH pages
#
# Needs the .NET SDK, curl and Debian's chromium (apt-get install -y chromium).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/docs/screenshots"
port="${PORT:-5099}"
base="http://127.0.0.1:$port"
chromium="${CHROMIUM:-/usr/bin/chromium}"

pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  pages=(
    "home=/"
    "source=/sources/who-really-controls-iraq-inside-irans-powerful-proxy-armies"
    "profile=/people/hadi-al-amiri"
    "timeline=/timeline"
    "network=/network"
    "map=/map"
  )
fi

tmp="$(mktemp -d)"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    echo "stopping the app (process group $app_pid)"
    kill -TERM -- "-$app_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$app_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

if curl -s -o /dev/null "$base/"; then
  echo "something already listens on $base; stop it or set PORT" >&2
  exit 1
fi

cd "$root"
echo "building the app"
dotnet build src/MilitiaAtlas.Web -v quiet -nologo >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log" >&2; exit 1; }

echo "starting the app on $base over $tmp/atlas.db (the seeds are ingested at start)"
setsid dotnet run --no-build --project src/MilitiaAtlas.Web -- --db "$tmp/atlas.db" --urls "$base" >"$tmp/app.log" 2>&1 &
app_pid=$!

for _ in $(seq 240); do
  if curl -s -o /dev/null "$base/"; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "the app exited:" >&2; cat "$tmp/app.log" >&2; exit 1
  fi
  sleep 0.5
done
curl -s -o /dev/null "$base/" || { echo "the app did not answer on $base within 2 minutes" >&2; cat "$tmp/app.log" >&2; exit 1; }

mkdir -p "$out"
for spec in "${pages[@]}"; do
  name="${spec%%=*}"
  path="${spec#*=}"
  status="$(curl -s -o /dev/null -w '%{http_code}' "$base$path")"
  if [ "$status" != "200" ]; then
    echo "skipped $name: GET $path answered $status" >&2
    continue
  fi
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$tmp/chromium" --virtual-time-budget=3000 \
    --window-size=1200,1600 --screenshot="$out/$name.png" "$base$path" >"$tmp/chromium.log" 2>&1 \
    || { echo "chromium failed on $path:" >&2; cat "$tmp/chromium.log" >&2; exit 1; }
  echo "wrote docs/screenshots/$name.png ($path)"
done
