#!/usr/bin/env bash
# Paired A/B of two builds of samples/hello: both run side by side, wrk -t1 -c32 alternates
# between them each round (which goes first swapping from round to round), and server CPU per
# request comes from /proc/PID/stat over each window. Prints every round and the median of the
# per-round ratios (B over A). For judging one change on a noisy machine; bench/run.sh measures
# against the other frameworks. Not a test.
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
    -h|--help) sed -n 2,9p "$0"; exit 0 ;;
    -*) die "unknown option '$1'" ;;
    *) break ;;
  esac
done
(($# == 2)) || die "give two jars: A.jar B.jar"
for j in "$@"; do [[ -f $j ]] || die "no jar $j"; done
command -v wrk >/dev/null || die "wrk not found (apt-get install -y wrk)"

JARS=("$1" "$2")
PORTS=(18091 18092)
PIDS=()
ROWS=$(mktemp)
trap 'kill "${PIDS[@]}" 2>/dev/null || true; rm -f "$ROWS"' EXIT
for i in 0 1; do
  "$JAVA" -Xmx512m -XX:+UseParallelGC -jar "${JARS[$i]}" --port "${PORTS[$i]}" >/dev/null 2>&1 &
  PIDS+=($!)
done
for i in 0 1; do
  for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:${PORTS[$i]}$URLPATH" && break; sleep 0.1; done
  curl -sf -o /dev/null "http://127.0.0.1:${PORTS[$i]}$URLPATH" || die "${JARS[$i]} does not answer $URLPATH"
  wrk -t1 -c32 -d5s "http://127.0.0.1:${PORTS[$i]}$URLPATH" >/dev/null # warm-up
done

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
HZ=$(getconf CLK_TCK)
echo "round build req/s cpu_us_per_request"
for r in $(seq "$ROUNDS"); do
  # A first in odd rounds, B first in even ones: the second of a pair tends to measure better.
  for i in $(((r % 2)) && echo 0 1 || echo 1 0); do
    t0=$(ticks "${PIDS[$i]}")
    out=$(wrk -t1 -c32 -d"${DURATION}"s "http://127.0.0.1:${PORTS[$i]}$URLPATH")
    t1=$(ticks "${PIDS[$i]}")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    echo "$r $([[ $i == 0 ]] && echo A || echo B) $rps $(awk -v d=$((t1 - t0)) -v n="$n" -v hz="$HZ" 'BEGIN {printf "%.2f", d * 1e6 / hz / n}')"
  done
done | tee "$ROWS"
awk '
  $2 == "A" {ra[$1] = $3; ca[$1] = $4}
  $2 == "B" {rb[$1] = $3; cb[$1] = $4}
  function median(a, n,   i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) {t = a[i]; a[i] = a[j]; a[j] = t}
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    for (r in rb) {rr[++k] = rb[r] / ra[r]; cr[k] = cb[r] / ca[r]}
    printf "B/A, median of %d paired rounds: req/s %.3fx, CPU per request %.3fx\n", k, median(rr, k), median(cr, k)}' "$ROWS"
