#!/usr/bin/env bash
# Static-file benchmark (issue 14, item 5): JCherry's tools.staticdir (bench/static/src) against raw
# Undertow's ResourceHandler on a PathResourceManager (RawUndertow --static), the same files, rounds
# interleaved: a 1 MiB file, a 4 KiB file, and a conditional GET of the 4 KiB file that is a 304.
# Reports req/s, MB/s, p99 and server CPU per request, each paired per round against Undertow.
# A benchmark, not a test.
# Usage: bench/static.sh [--duration S] [--rounds N] [--jvm-flags "FLAGS"] [--no-build]
set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
DURATION=5
ROUNDS=3
BUILD=1
JVM_FLAGS="-Xmx512m -XX:+UseParallelGC"
usage() { echo "usage: bench/static.sh [--duration S] [--rounds N] [--jvm-flags FLAGS] [--no-build]" >&2; exit 2; }
while (($#)); do
  case "$1" in
    --duration) DURATION=${2:?}; shift 2 ;;
    --rounds) ROUNDS=${2:?}; shift 2 ;;
    --jvm-flags) JVM_FLAGS=${2?}; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) usage ;;
  esac
done
command -v wrk >/dev/null || { echo "static.sh needs wrk (apt-get install -y wrk)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/jcherry-static.XXXXXX)
declare -A PORT PID
cleanup() { for p in "${PID[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

# The runtime and processor this checkout builds (unless --no-build), and the bench servers.
if ((BUILD)); then
  ${MVN:-mvn} -B -q -f "$ROOT/pom.xml" -pl processor,runtime -am package -DskipTests \
    >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
fi
${MVN:-mvn} -B -q -f "$HERE/pom.xml" package >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
source "$HERE/lib/apps.sh"
compile_app "$HERE/static/src" "$WORK/classes"

# The files: noise, so nothing on the way can shrink them.
mkdir -p "$WORK/files"
head -c 1048576 /dev/urandom >"$WORK/files/big.bin"
head -c 4096 /dev/urandom >"$WORK/files/small.bin"

read -r -a FLAGS <<<"$JVM_FLAGS"
PORT[undertow]=$(free_port)
"$JAVA" "${FLAGS[@]}" -jar "$HERE/target/jcherry-bench-0.1.0-SNAPSHOT-raw-undertow.jar" \
  --port "${PORT[undertow]}" --static "$WORK/files" >"$WORK/undertow.log" 2>&1 &
PID[undertow]=$!
PORT[jcherry]=$(free_port)
"$JAVA" "${FLAGS[@]}" -cp "$WORK/classes:$RT" statics.Root "${PORT[jcherry]}" "$WORK/files" \
  >"$WORK/jcherry.log" 2>&1 &
PID[jcherry]=$!
SERVERS="undertow jcherry"
for s in $SERVERS; do
  wait_ready "${PID[$s]}" "http://127.0.0.1:${PORT[$s]}/static/small.bin"
done

# Both must send the very bytes of each file, with a Last-Modified that a conditional GET turns
# into a 304 with no body; else the figures would compare different work.
LAST_MODIFIED=""
for s in $SERVERS; do
  for f in big small; do
    curl -s -o "$WORK/got" -D "$WORK/head" "http://127.0.0.1:${PORT[$s]}/static/$f.bin"
    cmp -s "$WORK/got" "$WORK/files/$f.bin" || { echo "$s sent other bytes for $f.bin" >&2; cat "$WORK/head" >&2; exit 1; }
  done
  lm=$(tr -d '\r' <"$WORK/head" | awk -F': ' 'tolower($1) == "last-modified" {print $2}')
  [[ -n $lm ]] || { echo "$s sent no Last-Modified" >&2; exit 1; }
  [[ -z $LAST_MODIFIED || $lm == "$LAST_MODIFIED" ]] || { echo "Last-Modified differs: $lm / $LAST_MODIFIED" >&2; exit 1; }
  LAST_MODIFIED=$lm
  got=$(curl -s -o "$WORK/got" -w '%{http_code} %{size_download}' -H "If-Modified-Since: $lm" \
    "http://127.0.0.1:${PORT[$s]}/static/small.bin")
  [[ $got == "304 0" ]] || { echo "$s answered the conditional GET with $got, not a 304 without a body" >&2; exit 1; }
done

# case: name|servers|bytes per answer|file|header|connections
CASES=(
  "1MiB|$SERVERS|1048576|big.bin||16"
  "4KiB|$SERVERS|4096|small.bin||32"
  "304|$SERVERS|0|small.bin|If-Modified-Since: $LAST_MODIFIED|32"
)
# Warm-up: the JIT compiles both paths before anything counts.
for c in "${CASES[@]}"; do
  IFS='|' read -r name servers bytes file header conns <<<"$c"
  for s in $servers; do
    HEADER=$header measure "${PID[$s]}" "http://127.0.0.1:${PORT[$s]}/static/$file" 2 "$conns" \
      "$HERE/static/header.lua" >/dev/null
  done
done

declare -A R
TABLE=()
for ((round = 1; round <= ROUNDS; round++)); do
  for c in "${CASES[@]}"; do
    IFS='|' read -r name servers bytes file header conns <<<"$c"
    for s in $servers; do
      R[$name.$s.$round]=$(HEADER=$header measure "${PID[$s]}" \
        "http://127.0.0.1:${PORT[$s]}/static/$file" "$DURATION" "$conns" "$HERE/static/header.lua")
    done
  done
done
for c in "${CASES[@]}"; do
  IFS='|' read -r name servers bytes _ <<<"$c"
  TABLE+=("$name|$servers|$bytes")
done

echo "bench/static.sh: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)," \
  "$ROUNDS rounds of ${DURATION}s, JVM flags $JVM_FLAGS, $("$JAVA" -version 2>&1 | head -1), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
FIRST_LABEL=undertow paired_table R "$ROUNDS" "${TABLE[@]}"
