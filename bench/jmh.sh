#!/usr/bin/env bash
# JCherry JMH benchmarks, served in memory (no network): samples/hello's two routes by JCherry and by
# a hand-written baseline (HelloBenchmark), and the first, a middle and the last handler of
# generated apps of 10 and of 10,000 handlers (ScaleBenchmark, bench/scale). Prints a table of
# ops/s per benchmark with the ratio JCherry/baseline per route and 10,000/10 per handler, and
# writes them to bench/results/jmh-latest.md. About 6 minutes.
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
# Modest for a 2-core machine: one fork per benchmark and case, 3x2s warm-up, 5x2s measured, one thread.
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
  # The bench profile adds bench/jmh and bench/scale to the reactor; -am builds the runtime, the
  # processor, hello and the generated apps (the 10,000-handler one takes most of the build).
  log "building bench/jmh (${MVN:-mvn} -Pbench -pl bench/jmh -am package -DskipTests)"
  build_log=$(mktemp "${TMPDIR:-/tmp}/jcherry-jmh-build.XXXXXX")
  ${MVN:-mvn} -B -q -f "$ROOT/pom.xml" -Pbench -pl bench/jmh -am package -DskipTests >"$build_log" 2>&1 \
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
# The report: a table per benchmark class that ran, one row per pair and case (bench/lib/jmh-table.awk).
table() { # table CLASS SIDE A B A_LABEL B_LABEL CASE_COLUMN CASE_LABEL CASE_FORMAT
  awk -v class="$1" -v side="$2" -v a="$3" -v b="$4" -v a_label="$5" -v b_label="$6" \
    -v case_col="$7" -v case_label="$8" -v case_fmt="$9" -f "$HERE/lib/jmh-table.awk" "$CSV"
}
HELLO=$(table HelloBenchmark method JCherry Baseline JCherry baseline "Param: target" route '`GET %s`')
SCALE=$(table ScaleBenchmark "Param: handlers" 10000 10 10,000 10 "Param: handler" handler '%s')
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$ROOT" diff --quiet HEAD 2>/dev/null || COMMIT="$COMMIT (uncommitted changes)"
{
  echo "# JCherry JMH benchmark: serving in memory"
  echo
  echo "$STARTED, commit \`$COMMIT\`."
  [[ -z $NOTE ]] || { echo; echo "$NOTE"; }
  if [[ -n $HELLO ]]; then
    echo
    echo "## samples/hello against a hand-written baseline"
    echo
    echo "$HELLO"
  fi
  if [[ -n $SCALE ]]; then
    echo
    echo "## A generated app of 10,000 handlers against one of 10 (bench/scale)"
    echo
    echo "$SCALE"
  fi
  echo
  echo "- JMH: \`$JMH_ARGS\`, throughput mode; ± is JMH's 99.9% confidence interval; ns/op is 1e9 / ops/s (one thread)"
  echo "- JVM: $(java -version 2>&1 | head -1); machine: $(nproc) CPUs, load average $LOAD_BEFORE before the run"
  echo "- JMH's full output: \`bench/results/jmh-last-run.txt\`; raw scores: \`bench/results/jmh-latest.csv\`"
} >"$REPORT"

echo
cat "$REPORT"
echo
log "written to ${REPORT#"$ROOT"/}"
