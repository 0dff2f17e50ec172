#!/usr/bin/env bash
# scripts/soak.sh — a soak run, not a timed test: claimcheck checks a corpus
# of hostile inputs under /usr/bin/time -v, and the script asserts that it
# did not panic, lost no file and stayed under a stated memory bound.
#
# Usage (from anywhere in a clone; needs Go, GNU time and iconv):
#
#   scripts/soak.sh                  # 10,000 articles, 4 files of 30 MB
#   N=2000 BIG=2 BIGMB=4 scripts/soak.sh   # smaller
#
# Environment:
#   N        generated articles (default 10000)
#   BIG      files of about BIGMB MB each (default 4)
#   BIGMB    size of each big file in MB (default 30, near --max-size,
#            32MiB: some 300,000 claims each, compared within the one
#            article in classes of equal profile)
#   LONGKW   words of the one long sentence file, in thousands (default 100)
#   BOUNDMB  the peak resident memory allowed, in MB (default 3500: some
#            2.2 KB for each of the 1.4 million claims held until the
#            comparison, with the garbage collector's headroom)
#   SEED     generator seed (default 1)
#   WORK     folder for binaries, corpus and report (default: a new temp
#            folder, removed at the end unless KEEP=1)
#
# The corpus: claimcheck-gen's articles in story folders; one in seven
# renamed with a hostile name (a line break followed by a GitHub workflow
# command, an escape sequence, a bidirectional override, spaces, quotes);
# one in eleven written as UTF-16 with a byte order mark, one in thirteen
# with CRLF line ends and a UTF-8 BOM; BIG text files of about BIGMB MB
# (articles run together) and one file of a single sentence of LONGKW
# thousand words with a figure every few words; a FIFO and an empty file.
#
# Asserts: exit status 0, 1 (findings) or 2 (the empty file and the FIFO
# are rejected, nothing else), no "panic" or "goroutine" on standard
# error, every file met either read, rejected or skipped (the summary's
# "documents read" plus "rejected" equals the files written), and peak RSS
# under BOUNDMB. Prints the figures for the README, with the JSON report's
# size (kept in WORK/report.json with KEEP=1).
set -euo pipefail

N=${N:-10000}
BIG=${BIG:-4}
BIGMB=${BIGMB:-30}
LONGKW=${LONGKW:-100}
BOUNDMB=${BOUNDMB:-3500}
SEED=${SEED:-1}

root=$(cd "$(dirname "$0")/.." && pwd)
if [[ -z "${WORK:-}" ]]; then
	WORK=$(mktemp -d)
	[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"
corpus="$WORK/corpus"
rm -rf "$corpus"

echo "building into $WORK" >&2
(cd "$root" && go build -o "$WORK/claimcheck" ./cmd/claimcheck && go build -o "$WORK/claimcheck-gen" ./cmd/claimcheck-gen)

echo "generating $N articles" >&2
"$WORK/claimcheck-gen" -n "$N" -seed "$SEED" -out "$corpus" >/dev/null

# Hostile names, encodings and line ends, in place.
python3 - "$corpus" <<'EOF'
import os, sys
root = sys.argv[1]
hostile = ["x\n::error file=README.md,line=1::injected", "esc\x1b[2Jclear", "bidi\u202etxt.exe",
           "spaces and 'quotes' \"", "tab\there", "naïve ünïcödé 名前"]
k = 0
for dirpath, _, files in sorted(os.walk(root)):
    for f in sorted(files):
        if not f.endswith((".txt", ".md")):
            continue
        k += 1
        p = os.path.join(dirpath, f)
        if k % 11 == 0:
            data = open(p, encoding="utf-8").read()
            open(p, "wb").write(data.encode("utf-16"))  # with a BOM
        elif k % 13 == 0:
            data = open(p, encoding="utf-8").read()
            open(p, "wb").write(b"\xef\xbb\xbf" + data.replace("\n", "\r\n").encode("utf-8"))
        if k % 7 == 0:
            base, ext = os.path.splitext(f)
            os.rename(p, os.path.join(dirpath, hostile[k // 7 % len(hostile)] + " " + base + ext))
EOF

# Files near the size limit: generated articles run together, each
# paragraph made unique by a lettered tag so that none is a repeat.
mkdir -p "$corpus/zz-big"
python3 - "$corpus" "$BIG" "$BIGMB" <<'EOF'
import glob, os, sys
root, big, mb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
paras = []
for p in sorted(glob.glob(os.path.join(root, "s*", "*.txt")))[:300]:
    try:
        text = open(p, encoding="utf-8").read()
    except UnicodeDecodeError:
        continue
    if text.startswith("---"):
        text = text.split("\n---\n", 1)[-1]
    paras += [l.strip() for l in text.split("\n") if len(l.split()) > 5]
def tag(k):
    s = ""
    while True:
        s = chr(97 + k % 26) + s
        k //= 26
        if k == 0:
            return s
for i in range(1, big + 1):
    with open(os.path.join(root, "zz-big", f"big-{i}.txt"), "w") as f:
        f.write(f"---\nsource: Big {i}\nlanguage: en\npublished: 2025-01-10\n---\n")
        k, size = 0, 0
        while size < mb * 1000 * 1000:
            line = f"Dispatch {tag(k)}: {paras[k % len(paras)]}\n\n"
            f.write(line)
            size += len(line.encode())
            k += 1
EOF

# One sentence of LONGKW thousand words.
python3 - "$corpus/zz-big/long.txt" "$LONGKW" <<'EOF'
import sys
out, kw = sys.argv[1], int(sys.argv[2])
with open(out, "w") as f:
    f.write("---\nsource: Long\nlanguage: en\npublished: 2025-01-10\n---\nOfficials said")
    n = 0
    while n < kw * 1000:
        i = n // 20
        f.write(f" {10 + i % 900} people died in district {i} and the hills beyond the river were closed by mud,")
        n += 20
    f.write(" the agency said.\n")
EOF

: >"$corpus/zz-big/empty.txt"
mkfifo "$corpus/zz-big/pipe.txt"
files=$(find "$corpus" \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.jsonl' \) -print0 | tr -dc '\0' | wc -c)
bytes=$(du -sb "$corpus" | cut -f1)

echo "checking $files files, $((bytes / 1000000)) MB" >&2
set +e
/usr/bin/time -v -o "$WORK/time.txt" "$WORK/claimcheck" check --format json --fail-on none -o "$WORK/report.json" "$corpus" 2>"$WORK/stderr.txt"
code=$?
set -e

rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt")
cpu=$(awk -F': ' '/(User|System) time/ {s += $2} END {printf "%.0f", s}' "$WORK/time.txt")
report_mb=$(( $(stat -c %s "$WORK/report.json" 2>/dev/null || echo 0) / 1000000 ))
summary=$(grep -E '^[0-9]+ documents read' "$WORK/stderr.txt" | tail -1)
claims=$(sed -E 's/^[^;]*; ([0-9]+) claims.*/\1/' <<<"$summary")
read_n=$(sed -E 's/^([0-9]+) documents read, ([0-9]+) rejected.*/\1/' <<<"$summary")
rejected=$(sed -E 's/^([0-9]+) documents read, ([0-9]+) rejected.*/\2/' <<<"$summary")

fail=0
if ((code != 0 && code != 1 && code != 2)); then echo "FAIL: exit status $code" >&2; fail=1; fi
if grep -qE '^(panic|goroutine |fatal error)' "$WORK/stderr.txt"; then echo "FAIL: a panic on standard error" >&2; fail=1; fi
if ((read_n + rejected != files)); then echo "FAIL: $files files, $read_n read + $rejected rejected" >&2; fail=1; fi
if ((rss / 1024 > BOUNDMB)); then echo "FAIL: peak RSS $((rss / 1024)) MB over $BOUNDMB MB" >&2; fail=1; fi
if grep -q $'\x1b' "$WORK/stderr.txt"; then echo "FAIL: a raw escape character on standard error" >&2; fail=1; fi

printf '| files | MB | exit | read | rejected | claims | report MB | peak RSS MB | bound MB | CPU s | wall |\n|---|---|---|---|---|---|---|---|---|---|---|\n'
printf '| %d | %d | %d | %d | %d | %s | %d | %d | %d | %s | %s |\n' "$files" "$((bytes / 1000000))" "$code" "$read_n" "$rejected" "$claims" "$report_mb" "$((rss / 1024))" "$BOUNDMB" "$cpu" "$wall"
grep -E '^rejected:' "$WORK/stderr.txt" | head -5 >&2 || true
if ((fail)); then
	echo "SOAK FAIL (stderr in $WORK/stderr.txt)" >&2
	exit 1
fi
echo "SOAK PASS" >&2
