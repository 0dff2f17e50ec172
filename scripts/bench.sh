#!/usr/bin/env bash
# scripts/bench.sh — how fast claimcheck checks a corpus, how much memory it
# takes, and whether it still finds every planted discrepancy, at 1k, 10k
# and 100k articles.
#
# Usage (from anywhere in a clone; needs Go and GNU time):
#
#   scripts/bench.sh                          # 1000 10000 100000 articles, 3 runs each
#   SIZES="1000 10000" RUNS=5 scripts/bench.sh
#   SIZES= scripts/bench.sh                   # the single-story benchmark only
#
# Environment:
#   SIZES  corpus sizes in articles (default "1000 10000 100000"; empty:
#          no corpus table, only the single-story benchmark)
#   RUNS   timed runs per size; the table shows medians (default 3)
#   SEED   generator seed (default 1)
#   WORK   folder for binaries, corpora and reports (default: a new temp
#          folder, removed at the end unless KEEP=1); corpora already in
#          WORK for the same size and seed are reused
#   JOBS   goroutines of the read-and-split baseline (default: nproc, as
#          the pipeline uses GOMAXPROCS workers)
#   FORMAT the report format timed (default json). With another format
#          (csv, table, ...) the timed runs write it to /dev/null and one
#          more, untimed, JSON run gives the findings to score.
#   ONESTORY=0 skip the single-story benchmark (see below)
#   MIXED  sizes of the mixed archives (default "1200 10000"; empty: none):
#          one folder of generated articles about many events in both
#          languages (claimcheck-gen -one-folder), checked with the default
#          --stories auto
#   STAGES=1   also run the per-stage benchmarks (go test ./bench -bench .)
#              and print their MB/s, to say which stage holds a target back
#   PROFILE=1  also print the top of a CPU profile of extraction
#              (go test ./bench -bench Extract -cpuprofile)
#
# What it does:
#   1. builds claimcheck, claimcheck-gen and readsplit (scripts/readsplit:
#      plain Go that reads each file and splits it into words — the floor);
#   2. generates a corpus per size with claimcheck-gen (English and
#      Indonesian stories with planted discrepancies, listed in planted.json);
#   3. runs, RUNS times each, under /usr/bin/time -v:
#        claimcheck check --format FORMAT --fail-on none CORPUS >REPORT
#        readsplit -j JOBS CORPUS
#   4. scores the last report against planted.json (claimcheck-gen score;
#      the missed discrepancies and filler findings are listed in
#      WORK/score-N.txt, kept with KEEP=1).
#
# What it prints: the start-up cost (claimcheck --version's peak RSS and
# wall time, target under 20 MB), then one row per size (medians of RUNS
# runs) —
#   articles, MB (corpus bytes), wall s, cpu s (user+system), MB/s,
#   articles/s, claims/s, peak RSS MB, µs per claim (wall), baseline wall s,
#   xbase (check wall / baseline wall), xcpu (the same in CPU time, steadier
#   on a busy machine), recall (planted discrepancies found), filler
#   (findings that no planted discrepancy explains) —
# then the issue's targets, each with PASS or MISS:
#   throughput: check within 4× of the baseline, at every size;
#   scaling:    µs per claim at the largest size ≤ 1.3× the smallest;
#   memory:     peak RSS at the largest size < 1 KB per claim + the largest
#               document, and < 2 GB;
#   recall 1.0 and no filler findings at every size.
# Then the single-story benchmark (go test ./bench -bench OneStory, RUNS
# times, medians): one folder of 300, 1,200 and 2,000 generated articles
# about hundreds of events (claimcheck-gen -one-folder), which a check
# reads as one story, extracted and compared on one goroutine — articles,
# claims, extract ms, compare ms, compare/extract, check/extract (extract
# plus compare over extract), µs of CPU per article, and the comparison's
# MB and allocations — and its targets, with PASS or MISS:
#   single story: 2,000 articles checked in under 3x their extraction;
#   per article:  CPU per article at 1,200 articles <= 1.5x that at 300.
# Then the mixed archives: per size, wall s, peak RSS, stories found,
# conflicts, the share of conflicts whose sides come from one event, the
# events with a planted discrepancy and the share of them found — and
# their targets: conflicts of one event >= 0.95, events found >= 0.8.
# Claims are counted from the report's summary line on standard error
# ("N documents read, 0 rejected; C claims; ...").
set -euo pipefail

SIZES=${SIZES-"1000 10000 100000"}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
JOBS=${JOBS:-$(nproc)}
FORMAT=${FORMAT:-json}
ROOT=$(cd "$(dirname "$0")/.." && pwd)

if [[ -z "${WORK:-}" ]]; then
	WORK=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-bench.XXXXXX")
	[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK/bin"

if [[ ! -x /usr/bin/time ]]; then
	echo "bench.sh: /usr/bin/time is missing; installing the Debian 'time' package" >&2
	if command -v sudo >/dev/null && [[ $(id -u) != 0 ]]; then
		sudo apt-get install -y time >&2
	else
		apt-get install -y time >&2
	fi
fi

echo "building in $WORK/bin ..." >&2
(cd "$ROOT" && go build -o "$WORK/bin/claimcheck" ./cmd/claimcheck \
	&& go build -o "$WORK/bin/claimcheck-gen" ./cmd/claimcheck-gen \
	&& go build -o "$WORK/bin/readsplit" ./scripts/readsplit)

# median prints the median of its arguments.
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

# wall and rss read GNU time's -v output: wall seconds and peak RSS in KB.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }
cpu() { awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$1"; }

machine="$(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(go version | awk '{print $3}')"
echo "machine: $machine"
echo "runs per size: $RUNS (medians); seed $SEED; baseline jobs $JOBS; report format $FORMAT"
# Start-up: what a run costs before it reads anything.
/usr/bin/time -v -o "$WORK/time.txt" "$WORK/bin/claimcheck" --version >/dev/null
startkb=$(rss "$WORK/time.txt")
startwall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); print t[n] + (n > 1 ? 60 * t[n-1] : 0)}' "$WORK/time.txt")
awk -v kb="$startkb" -v w="$startwall" 'BEGIN {printf "start-up: claimcheck --version peaks at %.1f MB in %.2f s (target < 20 MB)  %s\n", kb / 1024, w, (kb < 20 * 1024) ? "PASS" : "MISS"}'
[[ -z "$SIZES" ]] || printf '%9s %8s %8s %7s %8s %10s %10s %8s %9s %7s %6s %6s %7s %6s\n' \
	articles MB wall_s cpu_s MB/s articles/s claims/s rss_MB us/claim base_s xbase xcpu recall filler

declare -A KINDS US UC RSSKB CLAIMS XBASE XCPU RECALL FILLER MAXDOC
for n in $SIZES; do
	corpus="$WORK/corpus-$n-seed$SEED"
	if [[ ! -f "$corpus/planted.json" ]]; then
		rm -rf "$corpus"
		"$WORK/bin/claimcheck-gen" -n "$n" -seed "$SEED" -out "$corpus" >&2
	fi
	bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
	MAXDOC[$n]=$(find "$corpus" -name '*.txt' -printf '%s\n' | sort -n | tail -1)
	walls=() rsss=() claims=() bases=() cpus=() bcpus=()
	for ((r = 1; r <= RUNS; r++)); do
		report="$WORK/report-$n.json"
		out=$report
		[[ "$FORMAT" == json ]] || out=/dev/null
		# The report goes to standard output, redirected: --output FILE
		# renders the whole report in memory before writing it (1.5 GB of
		# JSON at 100k articles), which is not the pipeline's cost.
		/usr/bin/time -v -o "$WORK/time.txt" "$WORK/bin/claimcheck" check --format "$FORMAT" --fail-on none \
			"$corpus" >"$out" 2>"$WORK/stderr.txt" || {
			echo "bench.sh: claimcheck failed on $corpus:" >&2
			cat "$WORK/stderr.txt" >&2
			exit 1
		}
		walls+=("$(wall "$WORK/time.txt")")
		rsss+=("$(rss "$WORK/time.txt")")
		cpus+=("$(cpu "$WORK/time.txt")")
		claims+=("$(grep -oE '[0-9]+ claims?' "$WORK/stderr.txt" | tail -1 | awk '{print $1}')")
		/usr/bin/time -v -o "$WORK/time.txt" "$WORK/bin/readsplit" -j "$JOBS" "$corpus" >/dev/null
		bases+=("$(wall "$WORK/time.txt")")
		bcpus+=("$(cpu "$WORK/time.txt")")
	done
	if [[ "$FORMAT" != json ]]; then
		"$WORK/bin/claimcheck" check --format json --fail-on none --quiet "$corpus" >"$report"
	fi
	w=$(median "${walls[@]}")
	k=$(median "${rsss[@]}")
	c=$(median "${claims[@]:-0}")
	b=$(median "${bases[@]}")
	u=$(median "${cpus[@]}")
	bu=$(median "${bcpus[@]}")
	"$WORK/bin/claimcheck-gen" score -v "$corpus/planted.json" "$report" >"$WORK/score-$n.txt"
	score=$(head -1 "$WORK/score-$n.txt")
	KINDS[$n]=$(sed -n 2p "$WORK/score-$n.txt")
	rec=$(awk '{for(i=1;i<NF;i++) if($i=="recall") print $(i+1)}' <<<"$score")
	fil=$(awk '{for(i=1;i<NF;i++) if($i=="unexplained") print $(i+1)}' <<<"$score")
	awk -v n="$n" -v bytes="$bytes" -v w="$w" -v u="$u" -v bu="$bu" -v k="$k" -v c="$c" -v b="$b" -v rec="$rec" -v fil="$fil" 'BEGIN {
		mb = bytes / 1e6; if (w <= 0) w = 0.005; if (b <= 0) b = 0.005; if (bu <= 0) bu = 0.005
		printf "%9d %8.1f %8.2f %7.2f %8.2f %10.0f %10.0f %8.1f %9s %7.2f %6.1f %6.1f %7s %6s\n",
			n, mb, w, u, mb / w, n / w, c / w, k / 1024, (c > 0 ? sprintf("%.1f", w * 1e6 / c) : "-"), b, w / b, u / bu, rec, fil
	}'
	US[$n]=$(awk -v w="$w" -v c="$c" 'BEGIN {print (c > 0) ? w * 1e6 / c : 0}')
	UC[$n]=$(awk -v u="$u" -v c="$c" 'BEGIN {print (c > 0) ? u * 1e6 / c : 0}')
	XCPU[$n]=$(awk -v u="$u" -v bu="$bu" 'BEGIN {if (bu <= 0) bu = 0.005; print u / bu}')
	XBASE[$n]=$(awk -v w="$w" -v b="$b" 'BEGIN {if (b <= 0) b = 0.005; print w / b}')
	RSSKB[$n]=$k CLAIMS[$n]=$c RECALL[$n]=$rec FILLER[$n]=$fil
done

# The targets, from the table's figures.
if [[ -n "$SIZES" ]]; then
	first=$(awk '{print $1}' <<<"$SIZES")
	last=$(awk '{print $NF}' <<<"$SIZES")
	echo
	echo "targets:"
	worst=0 worstcpu=0
	for n in $SIZES; do
		worst=$(awk -v a="$worst" -v b="${XBASE[$n]}" 'BEGIN {print (b > a) ? b : a}')
		worstcpu=$(awk -v a="$worstcpu" -v b="${XCPU[$n]}" 'BEGIN {print (b > a) ? b : a}')
	done
	awk -v x="$worst" -v y="$worstcpu" 'BEGIN {printf "  throughput: check / read-and-split baseline, worst size: %.1fx wall, %.1fx CPU (target <= 4x)  %s\n", x, y, (x <= 4) ? "PASS" : "MISS"}'
	awk -v a="${US[$first]}" -v b="${US[$last]}" -v ca="${UC[$first]}" -v cb="${UC[$last]}" -v f="$first" -v l="$last" 'BEGIN {
		if (a <= 0 || b <= 0) { print "  scaling: no claims extracted, cannot compare per-claim time  MISS"; exit }
		printf "  scaling: us/claim at %d = %.1f, at %d = %.1f: %.2fx wall, %.2fx CPU (target <= 1.3x)  %s\n", l, b, f, a, b / a, (ca > 0) ? cb / ca : 0, (b / a <= 1.3) ? "PASS" : "MISS" }'
	awk -v k="${RSSKB[$last]}" -v c="${CLAIMS[$last]}" -v d="${MAXDOC[$last]}" -v l="$last" 'BEGIN {
		limit = c + d / 1024
		printf "  memory: peak RSS at %d = %.1f MB = %s KB/claim; limit 1 KB x %d claims + largest document %.1f KB = %.1f MB, and 2048 MB  %s\n",
			l, k / 1024, (c > 0) ? sprintf("%.2f", k / c) : "-", c, d / 1024, limit / 1024, (k < limit && k < 2 * 1024 * 1024) ? "PASS" : "MISS" }'
	ok=PASS
	for n in $SIZES; do
		[[ "${RECALL[$n]}" == "1.000" && "${FILLER[$n]}" == "0" ]] || ok=MISS
		echo "  recall at $n: ${RECALL[$n]}, filler findings: ${FILLER[$n]}; ${KINDS[$n]}"
	done
	echo "  recall 1.0 and no filler findings at every size  $ok"
fi

if [[ "${ONESTORY:-1}" == 1 ]]; then
	echo
	echo "single story (go test ./bench -bench OneStory): one folder of generated articles about many events,"
	echo "extracted and compared on one goroutine; medians of $RUNS runs"
	(cd "$ROOT" && go test ./bench -run '^$' -bench '^BenchmarkOneStory$' -benchmem -count "$RUNS" -timeout 0) >"$WORK/onestory.txt"
	# Each line: BenchmarkOneStory/N/STAGE-P  iterations  ns ns/op ... claims claims/op ... B B/op allocs allocs/op
	awk '
	function median(list,   n, v, i, j, t) {
		n = split(list, v, " ")
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
		return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
	}
	/^BenchmarkOneStory\// {
		split($1, p, "/"); n = p[2]; stage = p[3]; sub(/-[0-9]+$/, "", stage)
		if (!(n in seen)) { seen[n] = 1; order[++sizes] = n }
		for (i = 3; i < NF; i++) {
			if ($(i + 1) == "ns/op") ns[n, stage] = ns[n, stage] " " $i
			if ($(i + 1) == "claims/op") claims[n] = $i
			if ($(i + 1) == "B/op") bytes[n, stage] = bytes[n, stage] " " $i
			if ($(i + 1) == "allocs/op") allocs[n, stage] = allocs[n, stage] " " $i
		}
	}
	END {
		if (sizes == 0) { print "  no OneStory benchmark ran  MISS"; exit }
		printf "%9s %8s %11s %11s %16s %14s %12s %11s %15s\n", "articles", "claims", "extract_ms", "compare_ms", "compare/extract", "check/extract", "cpu_us/art", "compare_MB", "compare_allocs"
		for (k = 1; k <= sizes; k++) {
			n = order[k]; e = median(ns[n, "extract"]); c = median(ns[n, "compare"])
			per[n] = (e + c) / n / 1000; ratio[n] = (e + c) / e
			printf "%9d %8d %11.1f %11.1f %16.3f %14.2f %12.1f %11.1f %15d\n", n, claims[n], e / 1e6, c / 1e6, c / e, ratio[n], per[n], median(bytes[n, "compare"]) / 1e6, median(allocs[n, "compare"])
		}
		print ""
		print "targets:"
		if (2000 in ratio)
			printf "  single story: 2,000 articles checked in %.2fx their extraction time (target < 3x)  %s\n", ratio[2000], (ratio[2000] < 3) ? "PASS" : "MISS"
		if ((300 in per) && (1200 in per))
			printf "  per article: CPU at 1,200 articles %.1f us, at 300 %.1f us: %.2fx (target <= 1.5x)  %s\n", per[1200], per[300], per[1200] / per[300], (per[1200] / per[300] <= 1.5) ? "PASS" : "MISS"
	}' "$WORK/onestory.txt"
fi
MIXED=${MIXED-"1200 10000"}
if [[ -n "$MIXED" ]]; then
	echo
	echo "mixed archives (claimcheck-gen -one-folder: many events in one folder, both languages; --stories auto):"
	printf '%9s %7s %8s %8s %10s %10s %10s %8s %12s
' articles wall_s rss_MB stories conflicts one_event events found event_recall
	ok=PASS
	for n in $MIXED; do
		corpus="$WORK/mixed-$n-seed$SEED"
		if [[ ! -f "$corpus/planted.json" ]]; then
			rm -rf "$corpus"
			"$WORK/bin/claimcheck-gen" -n "$n" -one-folder -seed "$SEED" -out "$corpus" >&2
		fi
		report="$WORK/mixed-$n.json"
		/usr/bin/time -v -o "$WORK/time.txt" "$WORK/bin/claimcheck" check --format json --fail-on none --quiet \
			"$corpus" >"$report" 2>/dev/null
		score=$("$WORK/bin/claimcheck-gen" score "$corpus/planted.json" "$report")
		stories=$(grep -c '"label":' "$report" || true)
		read -r conflicts purity events found erecall < <(awk '{for (i = 1; i < NF; i++) v[$i] = $(i + 1); print v["conflicts"], v["purity"], v["events"], v["found"], v["event-recall"]}' <<<"$score")
		printf '%9d %7.2f %8.0f %8d %10d %10.3f %10d %8d %12.3f\n' "$n" "$(wall "$WORK/time.txt")" "$(($(rss "$WORK/time.txt") / 1024))" \
			"$stories" "$conflicts" "$purity" "$events" "$found" "$erecall"
		awk -v p="$purity" -v e="$erecall" 'BEGIN {exit !(p >= 0.95 && e >= 0.8)}' || ok=MISS
	done
	echo "targets:"
	echo "  conflicts whose sides are of one event >= 0.95, events with a planted discrepancy found >= 0.8, at every size  $ok"
fi
if [[ "${STAGES:-0}" == 1 ]]; then
	echo
	echo "per-stage benchmarks (go test ./bench, 500 articles):"
	(cd "$ROOT" && go test ./bench -run '^$' -bench '^Benchmark(BaselineReadSplit|Load|Segment|Recognize|Extract|Compare|Render)$' -benchtime 3x -benchmem) | grep -E '^Benchmark' |
		awk '{printf "  %-36s %14s ns/op", $1, $3; for (i = 4; i < NF; i++) if ($(i+1) == "MB/s" || $(i+1) == "ns/claim" || $(i+1) == "claims/op") printf "  %s %s", $i, $(i+1); print ""}'
fi
if [[ "${PROFILE:-0}" == 1 ]]; then
	echo
	echo "CPU profile of extraction (go test ./bench -bench Extract), top 25 by cumulative time:"
	(cd "$ROOT" && go test ./bench -run '^$' -bench Extract -benchtime 10x -cpuprofile "$WORK/cpu.out" -o "$WORK/bench.test" >/dev/null &&
		go tool pprof -top -cum -nodecount=25 -focus 'Extractor..Document' "$WORK/bench.test" "$WORK/cpu.out" 2>/dev/null) | sed -n '/flat%/,$p'
fi
