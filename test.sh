#!/usr/bin/env bash
# Runs every test of MilitiaAtlas on a fresh Debian machine that has only the .NET SDK.
# Installs what the tests need first, then runs `dotnet test` over the solution and prints a
# plain "N passed, N failed" line. Exits non-zero when any test fails or the run breaks.
set -uo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# The browser tests (tests/MilitiaAtlas.Web.Tests/Browser) drive Debian's chromium through Playwright.
if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
else
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    as_root=()
    echo "chromium is missing and this is not root and there is no sudo: the apt-get steps below will likely fail" >&2
  fi
  echo "chromium is missing: ${as_root[*]:+${as_root[*]} }apt-get update && ${as_root[*]:+${as_root[*]} }apt-get install -y chromium"
  "${as_root[@]}" apt-get update -q && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium \
    || echo "installing chromium failed: the browser tests will fail" >&2
fi

dotnet test MilitiaAtlas.sln -c Release 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}

# dotnet test prints one "Passed!  - Failed: F, Passed: P, ..." (or "Failed!  - ...") line per test assembly.
read -r passed failed assemblies < <(awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
    line = $0
    sub(/.*Failed: +/, "", line); f = line + 0
    sub(/.*Passed: +/, "", $0); p = $0 + 0
    failed += f; passed += p; n++
  }
  END { printf "%d %d %d\n", passed, failed, n }' "$log")

if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The run broke before reporting (a build error, a crashed test host): count it as a failure.
  failed=1
fi
if [ "$assemblies" -lt 5 ] && [ "$rc" -eq 0 ]; then
  echo "expected results from all five test assemblies, got $assemblies" >&2
  failed=$((failed + 1)); rc=1
fi

echo "$passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
