#!/usr/bin/env bash
# Paired A/B of two builds of samples/hello: both run side by side, wrk -t1 -c32 alternates
# between them each round (which goes first swapping from round to round), and server CPU per
# request comes from /proc/PID/stat over each window. Prints a Markdown table: each build's
# medians, and B's ratios to A taken per round, then their median. For judging one change on a
# noisy machine; bench/run.sh measures against the other frameworks. Not a test.
#
# Usage: bench/ab.sh [--java-home DIR] [--path /fast] [--rounds N] [--duration S] A.jar B.jar
#   e.g. build hello at two commits, copy each samples/hello/target/hello.jar aside, then
#   bench/ab.sh --java-home /usr/lib/jvm/temurin-25-jdk-amd64 --path /fast old.jar new.jar
set -euo pipefail
export LC_ALL=C

JAVA=java
URLPATH=/
ROUNDS=8
DURATION=5
die() { echo "ab.sh: ERROR: $*" >&2; exit 1; }
while (($#)); do
  case "$1" in
    --java-home) JAVA=${2:?}/bin/java; shift 2 ;;
    --path) URLPATH=${2:?}; shift 2 ;;
    --rounds) ROUNDS=${2:?}; shift 2 ;;
    --duration) DURATION=${2:?}; shift 2 ;;
    -h|--help) sed -n 2,10p "$0"; exit 0 ;;
    -*) die "unknown option '$1'" ;;
    *) break ;;
  esac
done
(($# == 2)) || die "give two jars: A.jar B.jar"
for j in "$@"; do [[ -f $j ]] || die "no jar $j"; done
command -v wrk >/dev/null || die "wrk not found (apt-get install -y wrk)"

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/lib/measure.sh"

declare -A JARS=([A]="$1" [B]="$2")
declare -A PID PORT RESULTS
trap 'kill "${PID[@]}" 2>/dev/null || true' EXIT
for b in A B; do
  PORT[$b]=$(free_port)
  "$JAVA" -Xmx512m -XX:+UseParallelGC -jar "${JARS[$b]}" --port "${PORT[$b]}" >/dev/null 2>&1 &
  PID[$b]=$!
done
for b in A B; do
  wait_ready "${PID[$b]}" "http://127.0.0.1:${PORT[$b]}$URLPATH"
  measure "${PID[$b]}" "http://127.0.0.1:${PORT[$b]}$URLPATH" 5 32 >/dev/null # warm-up
done
for ((r = 1; r <= ROUNDS; r++)); do
  # A first in odd rounds, B first in even ones: the second of a pair tends to measure better.
  for b in $(((r % 2)) && echo A B || echo B A); do
    RESULTS[$URLPATH.$b.$r]=$(measure "${PID[$b]}" "http://127.0.0.1:${PORT[$b]}$URLPATH" "$DURATION" 32)
    echo "round $r $b (${JARS[$b]}): ${RESULTS[$URLPATH.$b.$r]} (req/s, p99, CPU µs/request)" >&2
  done
done
FIRST_LABEL=A paired_table RESULTS "$ROUNDS" "$URLPATH|A B|0"
