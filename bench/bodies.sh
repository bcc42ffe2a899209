#!/usr/bin/env bash
# Bodies benchmark (issue 14, items 4 and 5): request bodies side by side, rounds interleaved.
#   upload 1.5 MB and 50 MB (multipart, one file part read as a stream): JCherry against raw
#   Undertow's FormParserFactory on a worker;
#   JSON echo of about 1 KB (json_in + json_out): JCherry against Javalin (Jackson), JCherry's
#   handler both @NonBlocking (served on the IO thread, its body whole in memory) and blocking (on a
#   worker).
# Every server is warmed up on every case first (--warmup seconds each; Javalin needs some 20 s of
# load before its JIT settles). Reports req/s, MB/s, p99 and server CPU per request, each server's
# peak RSS (VmHWM) under each case (the peak is reset before every measured run), and Native Memory
# Tracking's summary of every server (bench/results/bodies-nmt.txt): where RSS beyond the heap goes.
# A benchmark, not a test.
# Usage: bench/bodies.sh [--duration S] [--rounds N] [--warmup S] [--jvm-flags "FLAGS"]
set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
DURATION=5
ROUNDS=2
WARMUP=20
JVM_FLAGS="-Xmx512m -XX:+UseParallelGC"
while (($#)); do
  case "$1" in
    --duration) DURATION=${2:?}; shift 2 ;;
    --rounds) ROUNDS=${2:?}; shift 2 ;;
    --warmup) WARMUP=${2:?}; shift 2 ;;
    --jvm-flags) JVM_FLAGS=${2?}; shift 2 ;;
    *) echo "usage: bench/bodies.sh [--duration S] [--rounds N] [--warmup S] [--jvm-flags FLAGS]" >&2; exit 2 ;;
  esac
done
WORK=$(mktemp -d /tmp/jcherry-bodies.XXXXXX)
declare -A PORT PID
cleanup() { for p in "${PID[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
source "$HERE/lib/apps.sh"
BENCH_JARS="$HERE/target/jcherry-bench-0.1.0-SNAPSHOT"
${MVN:-mvn} -B -q -f "$HERE/pom.xml" package >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
compile_app "$HERE/bodies/src" "$WORK/classes"

# The bodies: multipart with one file part, and a JSON document of about 1 KB.
python3 - "$WORK" <<'PY'
import json, os, sys
work = sys.argv[1]
for name, size in (("1_5mb", 1_500_000), ("50mb", 50_000_000)):
    with open(f"{work}/{name}.body", "wb") as f:
        f.write(b"--BOUNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.bin\"\r\n"
                b"Content-Type: application/octet-stream\r\n\r\n")
        f.write(os.urandom(1 << 20) * (size >> 20) + os.urandom(size & ((1 << 20) - 1)))
        f.write(b"\r\n--BOUNDARY--\r\n")
doc = {"items": [{"id": i, "name": f"item {i}", "tags": ["a", "b"], "price": i * 1.5} for i in range(14)]}
open(f"{work}/json.body", "w").write(json.dumps(doc, separators=(",", ":")))
PY
MULTIPART="multipart/form-data; boundary=BOUNDARY"

read -r -a FLAGS <<<"$JVM_FLAGS"
start() { # start NAME command...
  local name=$1; shift
  PORT[$name]=$(free_port)
  "$JAVA" "${FLAGS[@]}" -XX:NativeMemoryTracking=summary "$@" "${PORT[$name]}" >"$WORK/$name.log" 2>&1 &
  PID[$name]=$!
}
start jcherry -cp "$WORK/classes:$RT" bodies.Root
start raw -jar "$BENCH_JARS-raw-undertow.jar" --port
start javalin -jar "$BENCH_JARS-javalin.jar" --port
for s in jcherry raw javalin; do
  until curl -s -o /dev/null "http://127.0.0.1:${PORT[$s]}/"; do
    kill -0 "${PID[$s]}" 2>/dev/null || { cat "$WORK/$s.log" >&2; exit 1; }
    sleep 0.05
  done
done

# case: name servers path body content-type connections bytes; a server written NAME=PATH is sent
# PATH instead of the case's path.
CASES=(
  "upload-1.5MB|jcherry raw|/upload|1_5mb|$MULTIPART|8|1500000"
  "upload-50MB|jcherry raw|/upload|50mb|$MULTIPART|2|50000000"
  "json-echo-1KB|jcherry javalin|/echo|json|application/json|32|$(stat -c %s "$WORK/json.body")"
  "json-echo-1KB-worker|jcherry=/worker/echo javalin|/echo|json|application/json|32|$(stat -c %s "$WORK/json.body")"
)
# url SERVER-ENTRY PATH: the server's URL for the case's PATH, or for its own (NAME=PATH).
url() { local p=$2; [[ $1 == *=* ]] && p=${1#*=}; echo "http://127.0.0.1:${PORT[${1%%=*}]}$p"; }
# Every server must answer right before it is measured.
for c in "${CASES[@]}"; do
  IFS='|' read -r name servers path body ctype conns bytes <<<"$c"
  for s in $servers; do
    got=$(curl -s --max-time 60 -H "Content-Type: $ctype" --data-binary "@$WORK/$body.body" \
      "$(url "$s" "$path")")
    if [[ $body == json ]]; then
      python3 -c 'import json,sys; sys.exit(json.loads(sys.argv[1]) != json.load(open(sys.argv[2])))' \
        "$got" "$WORK/json.body" || { echo "$s answered $name wrongly: ${got:0:200}" >&2; exit 1; }
    elif [[ $got != "$bytes" ]]; then
      echo "$s answered $name with '${got:0:200}', not $bytes" >&2; exit 1
    fi
  done
done

# Warm-up: every case on every server, unmeasured, so that the rounds compare compiled code.
if ((WARMUP > 0)); then
  for c in "${CASES[@]}"; do
    IFS='|' read -r name servers path body ctype conns bytes <<<"$c"
    for s in $servers; do
      BODY="$WORK/$body.body" CTYPE="$ctype" measure "${PID[${s%%=*}]}" \
        "$(url "$s" "$path")" "$WARMUP" "$conns" "$HERE/bodies/post.lua" >/dev/null
    done
  done
fi

# VmHWM, MB; writing 5 to clear_refs resets it to the current RSS, so a peak is one case's.
peak_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
declare -A R PEAK
for ((round = 1; round <= ROUNDS; round++)); do
  for c in "${CASES[@]}"; do
    IFS='|' read -r name servers path body ctype conns bytes <<<"$c"
    # A 50 MB upload takes seconds on loopback: its runs are three times as long.
    secs=$DURATION; ((bytes > 10000000)) && secs=$((DURATION * 3))
    for e in $servers; do
      s=${e%%=*}
      echo 5 >"/proc/${PID[$s]}/clear_refs" 2>/dev/null || true
      R[$name.$s.$round]=$(BODY="$WORK/$body.body" CTYPE="$ctype" measure "${PID[$s]}" \
        "$(url "$e" "$path")" "$secs" "$conns" "$HERE/bodies/post.lua")
      p=$(peak_mb "${PID[$s]}")
      ((p > ${PEAK[$name.$s]:-0})) && PEAK[$name.$s]=$p
    done
  done
done

echo "| case | server | req/s | MB/s | p99 | CPU µs/request | req/s vs first | CPU vs first | peak RSS MB | RSS vs first | per round (req/s/p99/CPU) |"
echo "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|"
for c in "${CASES[@]}"; do
  IFS='|' read -r name servers path body ctype conns bytes <<<"$c"
  first=${servers%% *}; first=${first%%=*}
  for s in $servers; do
    s=${s%%=*}
    rounds=""; ratios=""; cratios=""
    for ((round = 1; round <= ROUNDS; round++)); do
      read -r rps p99 cpu <<<"${R[$name.$s.$round]}"
      read -r frps _ fcpu <<<"${R[$name.$first.$round]}"
      rounds+="$rps/$p99/$cpu "
      ratios+="$(awk -v a="$rps" -v b="$frps" 'BEGIN {print (b > 0 ? a / b : 0)}') "
      cratios+="$(awk -v a="$cpu" -v b="$fcpu" 'BEGIN {print (b > 0 ? a / b : 0)}') "
    done
    med() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
    mrps=$(for k in $rounds; do echo "${k%%/*}"; done | med)
    mcpu=$(for k in $rounds; do echo "${k##*/}"; done | med)
    # p99 as wrk prints it (850.00us, 5.82ms, 1.20s), the median of the rounds in ms.
    mp99=$(for k in $rounds; do k=${k#*/}; echo "${k%%/*}"; done | awk '
      /us$/ {print $1 / 1000; next} /ms$/ {print $1 + 0; next} /s$/ {print $1 * 1000; next}' \
      | med)ms
    printf '| %s | %s | %s | %.1f | %s | %s | %.2fx | %.2fx | %s | %.2fx | %s |\n' "$name" "$s" "$mrps" \
      "$(awk -v r="$mrps" -v b="$bytes" 'BEGIN {print r * b / 1e6}')" "$mp99" "$mcpu" \
      "$(echo "$ratios" | med)" "$(echo "$cratios" | med)" "${PEAK[$name.$s]}" \
      "$(awk -v a="${PEAK[$name.$s]}" -v b="${PEAK[$name.$first]}" 'BEGIN {print (b > 0 ? a / b : 0)}')" "$rounds"
  done
done
echo
echo "Peak RSS (VmHWM) over the whole run, MB: $(for s in jcherry raw javalin; do printf '%s %s; ' "$s" \
  "$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/${PID[$s]}/status")"; done)"
mkdir -p "$HERE/results"
for s in jcherry raw javalin; do
  echo "== $s" ; jcmd "${PID[$s]}" VM.native_memory summary scale=MB 2>/dev/null
done >"$HERE/results/bodies-nmt.txt" || true
echo
echo "Native memory (NMT committed MB: Java Heap / Thread / GC / Other (direct buffers) / Internal / total):"
awk '/^== /{s=$2} /Total: reserved/ {match($0, /committed=[0-9]+/); t[s]=substr($0, RSTART+10, RLENGTH-10)}
  /^-/ && /committed=/ {n=$2; match($0, /committed=[0-9]+/); v[s, n]=substr($0, RSTART+10, RLENGTH-10)}
  END {for (k in t) printf "- %s: %s / %s / %s / %s / %s / %s\n", k, v[k,"Java"], v[k,"Thread"], v[k,"GC"], v[k,"Other"], v[k,"Internal"], t[k]}' \
  "$HERE/results/bodies-nmt.txt"
echo "(full summaries: bench/results/bodies-nmt.txt; JVM flags: $JVM_FLAGS; JDK: $("$JAVA" -version 2>&1 | head -1))"
