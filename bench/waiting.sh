#!/usr/bin/env bash
# Waiting-handler benchmark (issue 14, item 2): a 50 ms handler (bench/waiting/src) under
# `wrk -c1000`, JCherry on platform threads (thread_pool 10, CherryPy's default) against virtual
# threads (the JDK 21+ default). The ideal is 1000 / 0.05 s = 20,000 req/s. Needs a JDK 21+ for
# the virtual row (JAVA_HOME, default Temurin 25) and a runtime built with one.
# Usage: bench/waiting.sh [--duration S] [--rounds N] [--conns C]
set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
DURATION=5
ROUNDS=2
CONNS=1000
while (($#)); do
  case "$1" in
    --duration) DURATION=${2:?}; shift 2 ;;
    --rounds) ROUNDS=${2:?}; shift 2 ;;
    --conns) CONNS=${2:?}; shift 2 ;;
    *) echo "usage: bench/waiting.sh [--duration S] [--rounds N] [--conns C]" >&2; exit 2 ;;
  esac
done
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ulimit -n 20000 2>/dev/null || true
WORK=$(mktemp -d /tmp/jcherry-waiting.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
source "$HERE/lib/apps.sh"
compile_app "$HERE/waiting/src" "$WORK/classes"

declare -A PORT PID
declare -A ARGS=([platform]="false 10" [virtual]="true ")
for k in platform virtual; do
  PORT[$k]=$(free_port)
  "$JAVA" -Xmx512m -XX:+UseParallelGC -cp "$WORK/classes:$RT" waiting.Root "${PORT[$k]}" ${ARGS[$k]} \
    >"$WORK/$k.log" 2>&1 &
  PID[$k]=$!
  PIDS+=("${PID[$k]}")
  wait_ready "${PID[$k]}" "http://127.0.0.1:${PORT[$k]}/"
  wrk -t1 -c100 -d2s "http://127.0.0.1:${PORT[$k]}/" >/dev/null # warm-up
done
echo "| round | server | req/s | p99 | CPU µs/request | vs platform |"
echo "|---|---|---|---|---|---|"
for ((r = 1; r <= ROUNDS; r++)); do
  read -r prps pp99 pcpu < <(measure "${PID[platform]}" "http://127.0.0.1:${PORT[platform]}/" "$DURATION" "$CONNS")
  read -r vrps vp99 vcpu < <(measure "${PID[virtual]}" "http://127.0.0.1:${PORT[virtual]}/" "$DURATION" "$CONNS")
  echo "| $r | platform threads, thread_pool 10 | $prps | $pp99 | $pcpu | 1.00x |"
  echo "| $r | virtual threads | $vrps | $vp99 | $vcpu | $(awk -v a="$vrps" -v b="$prps" 'BEGIN {printf "%.1fx", b ? a / b : 0}') |"
done
