#!/usr/bin/env bash
# Every benchmark of bench/README.md in one go, one after the other (never side by side: they
# would measure each other), each report kept in bench/results/all/<name>.md with its stderr beside
# it. About 50 minutes with the defaults on 2 cores. A benchmark, not a test.
# Usage: bench/all.sh [--duration S] [--rounds N] [--skip LIST]
#   --duration/--rounds go to run.sh, bodies.sh, static.sh, sessions.sh and waiting.sh (default:
#   each script's own)
#   --skip LIST   comma-separated names to leave out: run17, run25, bodies, static, sessions,
#                 waiting, scale, jmh
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT="$HERE/results/all"
COMMON=()
SKIP=","
while (($#)); do
  case "$1" in
    --duration | --rounds) COMMON+=("$1" "${2:?}"); shift 2 ;;
    --skip) SKIP=",${2:?},"; shift 2 ;;
    *) echo "usage: bench/all.sh [--duration S] [--rounds N] [--skip LIST]" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
failed=()
bench() { # bench NAME COMMAND...: runs one benchmark unless skipped, keeping its report
  local name=$1; shift
  [[ $SKIP == *",$name,"* ]] && return
  echo "== $name: $* ($(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  if ! "$@" >"$OUT/$name.md" 2>"$OUT/$name.err"; then
    failed+=("$name")
    echo "== $name FAILED: see $OUT/$name.err" >&2
  fi
}
bench run17 "$HERE/run.sh" "${COMMON[@]}"
# JDK 25: JCherry on both thread kinds against Javalin on both (the hand-off both ways).
bench run25 "$HERE/run.sh" "${COMMON[@]}" --java-home "$JDK25" \
  --only hello,fast,hellopt,raw,rawio,javalin,javalinvt
bench bodies "$HERE/bodies.sh" "${COMMON[@]}"
bench static "$HERE/static.sh" "${COMMON[@]}"
bench sessions "$HERE/sessions.sh" "${COMMON[@]}"
bench waiting "$HERE/waiting.sh" "${COMMON[@]}" --java-home "$JDK25"
bench scale "$HERE/scale.sh"
# JMH, in memory: hello against its hand-written baseline, and dispatch and serve on the
# 10-handler app against the 10,000-handler one (the network-free half of the scale step).
bench jmh "$HERE/jmh.sh"
if ((${#failed[@]})); then
  echo "== failed: ${failed[*]}" >&2
  exit 1
fi
echo "== all reports in $OUT" >&2
