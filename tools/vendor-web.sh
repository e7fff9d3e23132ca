#!/usr/bin/env bash
# Vendors the browser libraries of the network view and the map from the npm registry into
# src/MilitiaAtlas.Web/wwwroot/lib/, each package in a folder of its own with its licence beside it. The vendored
# files are committed, so neither CI nor `dotnet run` needs the network; run this only to move to other versions
# (edit the pins below), then rerun the browser tests:
#   tools/vendor-web.sh
#   dotnet test tests/MilitiaAtlas.Web.Tests -c Release --filter "FullyQualifiedName~Browser"
#
# What each file is for (docs/architecture.md, "Front end"):
#   cytoscape          the graph library of /network and the profile's ego network
#   layout-base, cose-base, cytoscape-fcose   the fcose force-directed layout (cytoscape-fcose needs the other two)
#   d3-array, d3-geo   projections and the SVG path generator of /map and the place locator (d3-geo needs d3-array)
#   topojson-client    turns world-atlas's TopoJSON into the GeoJSON d3-geo draws
#   world-atlas        countries-110m.json: Natural Earth's country shapes at 1:110m (public domain), drawn offline
# Needs node and npm. Nothing is installed under the repository (a temporary prefix is used and removed).
set -euo pipefail

declare -A pins=(
  [cytoscape]=3.35.0
  [layout-base]=2.0.1
  [cose-base]=2.2.0
  [cytoscape-fcose]=2.2.0
  [d3-array]=3.2.5
  [d3-geo]=3.1.2
  [topojson-client]=3.1.0
  [world-atlas]=2.0.2
)
# package -> the files copied (paths inside the package); the licence file is always copied as LICENSE.txt.
declare -A files=(
  [cytoscape]="dist/cytoscape.min.js"
  [layout-base]="layout-base.js"
  [cose-base]="cose-base.js"
  [cytoscape-fcose]="cytoscape-fcose.js"
  [d3-array]="dist/d3-array.min.js"
  [d3-geo]="dist/d3-geo.min.js"
  [topojson-client]="dist/topojson-client.min.js"
  [world-atlas]="countries-110m.json"
)

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/src/MilitiaAtlas.Web/wwwroot/lib"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

specs=()
for p in "${!pins[@]}"; do specs+=("$p@${pins[$p]}"); done
echo "installing ${specs[*]} from the npm registry into $tmp"
npm install --prefix "$tmp" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts "${specs[@]}" >/dev/null

rm -rf "$out"
mkdir -p "$out"
for p in $(printf '%s\n' "${!pins[@]}" | sort); do
  pkg="$tmp/node_modules/$p"
  installed="$(node -p "require('$pkg/package.json').version")"
  if [ "$installed" != "${pins[$p]}" ]; then
    echo "expected $p ${pins[$p]}, npm installed $installed" >&2
    exit 1
  fi
  mkdir -p "$out/$p"
  for f in ${files[$p]}; do
    cp "$pkg/$f" "$out/$p/$(basename "$f")"
  done
  licence="$(find "$pkg" -maxdepth 1 -iname 'LICEN[CS]E*' | head -n 1)"
  [ -n "$licence" ] || { echo "$p has no licence file" >&2; exit 1; }
  cp "$licence" "$out/$p/LICENSE.txt"
  printf '%s %s %s\n' "$p" "$installed" "$(node -p "require('$pkg/package.json').license")" >>"$out/VERSIONS.txt.tmp"
done
sort "$out/VERSIONS.txt.tmp" >"$out/VERSIONS.txt"
rm "$out/VERSIONS.txt.tmp"
echo "vendored into $out:"
cat "$out/VERSIONS.txt"
