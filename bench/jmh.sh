#!/usr/bin/env bash
# JCherry JMH benchmark: samples/hello's two routes served in memory (no network) by JCherry and by
# a hand-written baseline in the same JMH run; prints a table of ops/s with the ratio
# JCherry/baseline per route and writes it to bench/results/jmh-latest.md. About 2.5 minutes.
#
# Usage: bench/jmh.sh [--no-build] [--jmh-args "JMH OPTIONS"]
# See bench/README.md for what is measured and how to read it.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
RESULTS="$HERE/results"
JAR="$HERE/jmh/target/benchmarks.jar"

BUILD=1
# Modest for a 2-core machine: one fork per benchmark and route, 3x2s warm-up, 5x2s measured, one thread.
JMH_ARGS="-f 1 -wi 3 -w 2s -i 5 -r 2s -t 1"

usage() {
  cat <<EOF
usage: bench/jmh.sh [options]
  --no-build          run $JAR as it is
  --jmh-args "ARGS"   JMH options instead of "$JMH_ARGS"
                      (java -jar ${JAR#"$ROOT"/} -h lists them; a trailing regex picks benchmarks)
EOF
}

die() { echo "jmh.sh: ERROR: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

while (($#)); do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --jmh-args) JMH_ARGS=${2:?}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option '$1'" ;;
  esac
done

command -v java >/dev/null || die "java not found"
mkdir -p "$RESULTS"
CSV="$RESULTS/jmh-latest.csv"
OUT="$RESULTS/jmh-last-run.txt"
REPORT="$RESULTS/jmh-latest.md"

if ((BUILD)); then
  # The bench profile adds bench/jmh to the reactor; -am builds the runtime, the processor and hello.
  log "building bench/jmh (mvn -Pbench -pl bench/jmh -am package -DskipTests)"
  build_log=$(mktemp "${TMPDIR:-/tmp}/jcherry-jmh-build.XXXXXX")
  mvn -B -q -f "$ROOT/pom.xml" -Pbench -pl bench/jmh -am package -DskipTests >"$build_log" 2>&1 \
    || { cat "$build_log" >&2; rm -f "$build_log"; die "building bench/jmh failed"; }
  rm -f "$build_log"
fi
[[ -f $JAR ]] || die "$JAR not found (run without --no-build)"

NOTE=""
if pgrep -x wrk >/dev/null; then
  NOTE="**wrk was running when this run started**: the numbers share the CPUs with it."
  echo "jmh.sh: WARNING: wrk is running; the numbers will be noisy" >&2
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)

log "running JMH: java -jar ${JAR#"$ROOT"/} $JMH_ARGS (output in ${OUT#"$ROOT"/})"
# shellcheck disable=SC2086 # JMH_ARGS is a list of options
java -jar "$JAR" $JMH_ARGS -rf csv -rff "$CSV" | tee "$OUT" >&2

# ---------------------------------------------------------------------------------------------
# The report: one row per pair and route. JMH's CSV: "Benchmark","Mode","Threads","Samples",
# "Score","Score Error (99.9%)","Unit","Param: target".
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$ROOT" diff --quiet HEAD 2>/dev/null || COMMIT="$COMMIT (uncommitted changes)"
{
  echo "# JCherry JMH benchmark: serving samples/hello in memory"
  echo
  echo "$STARTED, commit \`$COMMIT\`."
  [[ -z $NOTE ]] || { echo; echo "$NOTE"; }
  echo
  echo "| pair | route | JCherry ops/s | baseline ops/s | JCherry/baseline | JCherry ns/op | baseline ns/op |"
  echo "|---|---|--:|--:|--:|--:|--:|"
  awk -F, '
    NR == 1 { next }
    {
      for (i = 1; i <= NF; i++) gsub(/"/, "", $i)
      n = split($1, name, ".")
      method = name[n]                      # e.g. serveJCherry
      side = method ~ /JCherry$/ ? "jcherry" : "baseline"
      pair = method; sub(/(JCherry|Baseline)$/, "", pair)
      key = pair SUBSEP $8
      if (!(key in seen)) { seen[key] = 1; order[++rows] = key; PAIR[key] = pair; ROUTE[key] = $8 }
      score[key, side] = $5
      error[key, side] = $6
    }
    function ops(key, side) {
      if (!((key, side) in score)) return "-"
      e = error[key, side]
      return sprintf("%.0f", score[key, side]) (e == "NaN" ? "" : sprintf(" ± %.0f", e))
    }
    function ns(key, side) {
      return ((key, side) in score) ? sprintf("%.1f", 1e9 / score[key, side]) : "-"
    }
    function row(k) {
      both = ((k, "jcherry") in score) && ((k, "baseline") in score)
      ratio = both ? sprintf("%.3fx", score[k, "jcherry"] / score[k, "baseline"]) : "-"
      printf "| %s | `GET %s` | %s | %s | %s | %s | %s |\n", PAIR[k], ROUTE[k], \
        ops(k, "jcherry"), ops(k, "baseline"), ratio, ns(k, "jcherry"), ns(k, "baseline")
    }
    END {
      # The whole request first, then the parts of it.
      for (r = 1; r <= rows; r++) if (PAIR[order[r]] == "serve") row(order[r])
      for (r = 1; r <= rows; r++) if (PAIR[order[r]] != "serve") row(order[r])
    }' "$CSV"
  echo
  echo "- JMH: \`$JMH_ARGS\`, throughput mode; ± is JMH's 99.9% confidence interval; ns/op is 1e9 / ops/s (one thread)"
  echo "- JVM: $(java -version 2>&1 | head -1); machine: $(nproc) CPUs, load average $LOAD_BEFORE before the run"
  echo "- JMH's full output: \`bench/results/jmh-last-run.txt\`; raw scores: \`bench/results/jmh-latest.csv\`"
} >"$REPORT"

echo
cat "$REPORT"
echo
log "written to ${REPORT#"$ROOT"/}"
