#!/usr/bin/env bash
# screenshot.sh renders claimcheck's HTML report in headless Chromium and
# saves a PNG, so that a person can look at what the desk will see.
#
#   scripts/screenshot.sh [OUT.png [PATH...]]
#
# OUT.png defaults to report.png; PATH... to seeds. With REPORT=FILE set,
# that HTML file is shot instead of a fresh report (for example
# REPORT=testdata/report/findings.html, the report golden test's page).
# FLAGS adds flags to the check (FLAGS=--all opens nothing but shows
# agreements in full inside their collapsed sections); SIZE is the
# window, 1280,2000 by default.
# Installs Debian's chromium when it is missing (needs root and apt).
set -euo pipefail

cd "$(dirname "$0")/.."
out=${1:-report.png}
shift || true
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  paths=(seeds)
fi

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "screenshot.sh: installing chromium" >&2
  apt-get update && apt-get install -y chromium
  browser=$(command -v chromium)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
html=${REPORT:-}
if [ -z "$html" ]; then
  html=$work/report.html
  go build -o "$work/claimcheck" ./cmd/claimcheck
  # Exit code 1 means findings were reported: that is what we want to see.
  # shellcheck disable=SC2086 # FLAGS is split on purpose
  "$work/claimcheck" check --quiet --format html ${FLAGS:-} --output "$html" "${paths[@]}" || [ $? -eq 1 ]
fi
html=$(realpath "$html")
out_abs=$(realpath -m "$out")

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars \
  --screenshot="$out_abs" --window-size="${SIZE:-1280,2000}" "file://$html" 2>"$work/chromium.log" || {
  cat "$work/chromium.log" >&2
  exit 1
}
echo "screenshot.sh: wrote $out" >&2
