#!/usr/bin/env bash
# Scaling benchmark (issue 14, item 3): a generated app of 10 handlers against one of 10,000
# (bench/scale/generate.py). For each: javac CPU time of the user's sources alone, of the
# processor's run, of the generated sources alone (against the user's classes), their lines, start-up (launch to
# the first 200), RSS after start, and server CPU per request over a short wrk run on one handler.
# A benchmark, not a test. Figures from a shared machine are noisy: compare the rows of one run.
#
# Usage: bench/scale.sh [--sizes "10 10000"] [--jars DIR] [--duration S] [--starts N]
#   --jars DIR  take jcherry-{common,processor,runtime}-*.jar from DIR instead of the build
#               (e.g. jars of another commit, for a before/after pair)
set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
SIZES="10 10000"
JARS=""
DURATION=5
STARTS=3
JVM_FLAGS="-Xmx512m -XX:+UseParallelGC"
while (($#)); do
  case "$1" in
    --sizes) SIZES=${2:?}; shift 2 ;;
    --jars) JARS=${2:?}; shift 2 ;;
    --duration) DURATION=${2:?}; shift 2 ;;
    --starts) STARTS=${2:?}; shift 2 ;;
    *) echo "usage: bench/scale.sh [--sizes LIST] [--jars DIR] [--duration S] [--starts N]" >&2
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

printf '| handlers | generated lines | javac CPU s: user sources | processor | generated sources | start-up (ms) | RSS after start (MB) | req/s | p99 | CPU µs/request |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
for n in $SIZES; do
  d="$WORK/$n"
  python3 "$HERE/scale/generate.py" "$n" "$d"
  mkdir -p "$d/user" "$d/gen" "$d/res" "$d/classes"
  user_cpu=$(cpu_s "$JAVAC" -proc:none -d "$d/user" -cp "$RT" $(find "$d/src" -name '*.java'))
  # The processor's run, writing the generated sources (apart: it is not the generated code's
  # compile).
  proc_cpu=$(cpu_s "$JAVAC" -proc:only -s "$d/gen" -d "$d/res" -processorpath "$PROC" -cp "$RT" \
    $(find "$d/src" -name '*.java'))
  lines=$(find "$d/gen" -name '*.java' -exec cat {} + | wc -l)
  gen_cpu=$(cpu_s "$JAVAC" -proc:none -d "$d/classes" -cp "$d/user:$RT" $(find "$d/gen" -name '*.java'))
  cp -r "$d/user/." "$d/classes/"
  cp -r "$d/res/." "$d/classes/" # META-INF/services, the tables ServiceLoader finds
  starts=()
  for ((s = 0; s < STARTS; s++)); do
    port=$(free_port)
    b=$(now_ms)
    pid=$(start_server "$n" "$port")
    starts+=($(($(now_ms) - b)))
    if ((s + 1 < STARTS)); then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  done
  PIDS+=("$pid")
  rss=$(rss_mb "$pid")
  # The last handler of the tree: a text parameter or none, whatever its shape, answers 200.
  last=$((n - 1)); node=$(((last - 1) / 100))
  url="http://127.0.0.1:$port/n$node/h$last?name=x"
  [[ $((last % 4)) == 1 ]] || url="http://127.0.0.1:$port/n$node/h$((last - last % 4 + 1))?name=x"
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$url") == 200 ]] || { echo "no 200 from $url" >&2; exit 1; }
  wrk -t1 -c32 -d2s "$url" >/dev/null
  read -r rps p99 cpu < <(measure "$pid" "$url" "$DURATION" 32)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$lines" "$user_cpu" \
    "$proc_cpu" "$gen_cpu" "$(printf '%s\n' "${starts[@]}" | median)" "$rss" "$rps" "$p99" "$cpu"
done
