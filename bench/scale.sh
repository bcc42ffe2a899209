#!/usr/bin/env bash
# Scaling benchmark (issue 14, item 3): a generated app of 10 handlers against one of 10,000
# (bench/scale/generate.py). For each: javac CPU time of the user's sources alone, of the
# processor's run, of the generated sources alone (against the user's classes), their lines, start-up (launch to
# the first 200), RSS after start, and req/s, p99 and server CPU per request on one handler. The
# sizes take turns (starts interleaved, then --rounds rounds of wrk, each size in turn), and every
# ratio to the first size is paired per round (per start for start-up and RSS). A benchmark, not
# a test.
#
# Usage: bench/scale.sh [--sizes "10 10000"] [--jars DIR] [--duration S] [--rounds N] [--starts N]
#   --jars DIR  take jcherry-{common,processor,runtime}-*.jar from DIR instead of the build
#               (e.g. jars of another commit, for a before/after pair)
set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
SIZES="10 10000"
JARS=""
DURATION=5
ROUNDS=5
STARTS=5
JVM_FLAGS="-Xmx512m -XX:+UseParallelGC"
while (($#)); do
  case "$1" in
    --sizes) SIZES=${2:?}; shift 2 ;;
    --jars) JARS=${2:?}; shift 2 ;;
    --duration) DURATION=${2:?}; shift 2 ;;
    --rounds) ROUNDS=${2:?}; shift 2 ;;
    --starts) STARTS=${2:?}; shift 2 ;;
    *) echo "usage: bench/scale.sh [--sizes LIST] [--jars DIR] [--duration S] [--rounds N] [--starts N]" >&2
       exit 2 ;;
  esac
done

WORK=$(mktemp -d /tmp/jcherry-scale.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

source "$HERE/lib/apps.sh"

start_server() { # start_server N PORT -> pid on stdout once GET / answers
  "$JAVA" $JVM_FLAGS -cp "$WORK/$1/classes:$RT" scale.Root_Main --port "$2" >/dev/null 2>&1 &
  local pid=$!
  wait_ready "$pid" "http://127.0.0.1:$2/"
  echo "$pid"
}

# The build, size by size: javac CPU of the user's sources, of the processor, of the generated code.
declare -A LINES USER_CPU PROC_CPU GEN_CPU URL R START RSS PID_OF
for n in $SIZES; do
  d="$WORK/$n"
  python3 "$HERE/scale/generate.py" "$n" "$d"
  mkdir -p "$d/user" "$d/gen" "$d/res" "$d/classes"
  USER_CPU[$n]=$(cpu_s "$JAVAC" -proc:none -d "$d/user" -cp "$RT" $(find "$d/src" -name '*.java'))
  # The processor's run, writing the generated sources (apart: it is not the generated code's
  # compile).
  PROC_CPU[$n]=$(cpu_s "$JAVAC" -proc:only -s "$d/gen" -d "$d/res" -processorpath "$PROC" -cp "$RT" \
    $(find "$d/src" -name '*.java'))
  LINES[$n]=$(find "$d/gen" -name '*.java' -exec cat {} + | wc -l)
  GEN_CPU[$n]=$(cpu_s "$JAVAC" -proc:none -d "$d/classes" -cp "$d/user:$RT" $(find "$d/gen" -name '*.java'))
  cp -r "$d/user/." "$d/classes/"
  cp -r "$d/res/." "$d/classes/" # META-INF/services, the tables ServiceLoader finds
done

# Start-up and RSS after start, the sizes taking turns; the last start of each stays up.
for ((st = 1; st <= STARTS; st++)); do
  for n in $SIZES; do
    port=$(free_port)
    b=$(now_ms)
    pid=$(start_server "$n" "$port")
    START[$n.$st]=$(($(now_ms) - b))
    RSS[$n.$st]=$(rss_mb "$pid")
    if ((st < STARTS)); then
      kill "$pid"; wait "$pid" 2>/dev/null || true
    else
      PIDS+=("$pid"); PID_OF[$n]=$pid
      # The last handler of the tree with a text parameter answers 200 for ?name=x.
      last=$((n - 1)); node=$(((last - 1) / 100))
      URL[$n]="http://127.0.0.1:$port/n$node/h$last?name=x"
      [[ $((last % 4)) == 1 ]] || URL[$n]="http://127.0.0.1:$port/n$node/h$((last - last % 4 + 1))?name=x"
      [[ $(curl -s -o /dev/null -w '%{http_code}' "${URL[$n]}") == 200 ]] \
        || { echo "no 200 from ${URL[$n]}" >&2; exit 1; }
    fi
  done
done

# Request cost: a warm-up on each, then the rounds, each size in turn.
for n in $SIZES; do wrk -t1 -c32 -d5s "${URL[$n]}" >/dev/null; done
for ((r = 1; r <= ROUNDS; r++)); do
  for n in $SIZES; do
    R[req.$n.$r]=$(measure "${PID_OF[$n]}" "${URL[$n]}" "$DURATION" 32)
  done
done

# paired ARRAY N COUNT: "median | ratio" of ARRAY[N.i] over i = 1..COUNT, the ratio the median of
# ARRAY[N.i] / ARRAY[first.i] (the same start or round of the first size).
first=${SIZES%% *}
paired() {
  local -n a=$1
  local i
  for ((i = 1; i <= $3; i++)); do echo "${a[$2.$i]} ${a[$first.$i]}"; done \
    | awk '{r[NR] = $2 > 0 ? $1 / $2 : 0; v[NR] = $1}
      function med(x, n,   i, j, t) {
        for (i = 2; i <= n; i++) for (j = i; j > 1 && x[j - 1] > x[j]; j--) { t = x[j]; x[j] = x[j - 1]; x[j - 1] = t }
        return n % 2 ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2 }
      END { printf "%.0f | %.2fx", med(v, NR), med(r, NR) }'
}
printf '| handlers | generated lines | lines per handler | javac CPU s: user sources | processor | generated sources | generated / user | start-up ms | vs %s | RSS after start MB | vs %s |\n' "$first" "$first"
printf '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n'
for n in $SIZES; do
  printf '| %s | %s | %.1f | %s | %s | %s | %.2fx | %s | %s |\n' "$n" "${LINES[$n]}" \
    "$(awk -v l="${LINES[$n]}" -v n="$n" 'BEGIN {print l / n}')" "${USER_CPU[$n]}" "${PROC_CPU[$n]}" \
    "${GEN_CPU[$n]}" "$(awk -v g="${GEN_CPU[$n]}" -v u="${USER_CPU[$n]}" 'BEGIN {print g / u}')" \
    "$(paired START "$n" "$STARTS")" "$(paired RSS "$n" "$STARTS")"
done
echo
echo "Request cost on the last text handler of each tree ($ROUNDS rounds of ${DURATION} s, wrk -t1 -c32, sizes in turn; ratios to $first handlers paired per round):"
echo
FIRST_LABEL="$first handlers" paired_table R "$ROUNDS" "req|$SIZES|0"
