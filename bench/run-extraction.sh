#!/usr/bin/env bash
# Extraction throughput benchmark (Release build, one thread). Options go to the program, e.g.
#   bench/run-extraction.sh --corpus /tmp/re3d --seconds 10 --check
# Prints a table and writes bench/results/extraction.json. See --help.
# Relative paths in the options mean the caller's directory.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec dotnet run -c Release --project "$root/bench/MilitiaAtlas.Bench" -- "$@"
