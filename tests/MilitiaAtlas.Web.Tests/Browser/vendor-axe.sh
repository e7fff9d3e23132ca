#!/usr/bin/env bash
# Vendors axe-core (the accessibility rules engine the browser tests inject into each page) from the
# npm registry into vendor/axe.min.js, with its licence (MPL-2.0) beside it as axe-core.LICENSE.txt.
# The vendored files are committed; run this only to move to another version:
#   tests/MilitiaAtlas.Web.Tests/Browser/vendor-axe.sh [version]
# then rerun the browser tests (dotnet test tests/MilitiaAtlas.Web.Tests --filter FullyQualifiedName~Browser).
set -euo pipefail

version="${1:-4.14.1}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "installing axe-core@$version from the npm registry into $tmp"
npm install --prefix "$tmp" --no-save --no-audit --no-fund --ignore-scripts "axe-core@$version" >/dev/null

pkg="$tmp/node_modules/axe-core"
installed="$(node -p "require('$pkg/package.json').version")"
if [ "$installed" != "$version" ]; then
  echo "expected axe-core $version, npm installed $installed" >&2
  exit 1
fi

mkdir -p "$out"
cp "$pkg/axe.min.js" "$out/axe.min.js"
cp "$pkg/LICENSE" "$out/axe-core.LICENSE.txt"
echo "vendored axe-core $installed: $out/axe.min.js ($(wc -c <"$out/axe.min.js") bytes), $out/axe-core.LICENSE.txt"
