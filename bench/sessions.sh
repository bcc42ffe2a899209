#!/usr/bin/env bash
# Sessions benchmark (issue 14, item 5): one app (bench/sessions/src, whose / adds one to a session
# counter) in three processes, side by side, rounds interleaved: without sessions, with
# tools.sessions in RAM, and with storage_type 'redis' against a redis-server this script starts on
# a free port. Two cases: clients that keep their cookie (one session per connection, loaded and
# saved on every request), and a new client on every request (a session created per request).
# Every answer of every wrk run is checked (bench/sessions/client.lua). Reports req/s, p99, server
# CPU per request (and redis-server's beside it), each paired per round against "none", and RSS
# after the load. A benchmark, not a test.
# Usage: bench/sessions.sh [--duration S] [--rounds N] [--warmup S] [--conns C] [--jvm-flags F]
#                          [--no-build]
set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
RESULTS="$HERE/results"
DURATION=5
ROUNDS=5
WARMUP=10
CONNS=32
BUILD=1
JVM_FLAGS="-Xmx512m -XX:+UseParallelGC"
die() { echo "sessions.sh: ERROR: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }
usage() {
  echo "usage: bench/sessions.sh [--duration S] [--rounds N] [--warmup S] [--conns C] [--jvm-flags F] [--no-build]" >&2
  exit 2
}
while (($#)); do
  case "$1" in
    --duration) DURATION=${2:?}; shift 2 ;;
    --rounds) ROUNDS=${2:?}; shift 2 ;;
    --warmup) WARMUP=${2:?}; shift 2 ;;
    --conns) CONNS=${2:?}; shift 2 ;;
    --jvm-flags) JVM_FLAGS=${2?}; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) usage ;;
  esac
done
for n in DURATION ROUNDS WARMUP CONNS; do
  [[ ${!n} =~ ^[1-9][0-9]*$ ]] || die "--${n,,} must be a positive integer, not '${!n}'"
done
command -v wrk >/dev/null || die "wrk not found (apt-get install -y wrk)"
command -v curl >/dev/null || die "curl not found"
command -v redis-server >/dev/null || die "redis-server not found (apt-get install -y redis-server)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/jcherry-sessions.XXXXXX")
declare -A PORT=() PID=() RSS_START=() R=() REDIS_CPU=()
cleanup() {
  local p
  for p in "${PID[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PID[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The processor and runtime of this checkout (unless --no-build), their classpaths, the app.
BUILD_RUNTIME=$BUILD
source "$HERE/lib/apps.sh"
compile_app "$HERE/sessions/src" "$WORK/classes"

# redis-server on a free port, nothing written to disk (no snapshot would fork mid-run).
PORT[redis-server]=$(free_port)
redis-server --port "${PORT[redis-server]}" --bind 127.0.0.1 --save '' --appendonly no \
  --dir "$WORK" >"$WORK/redis-server.log" 2>&1 &
PID[redis-server]=$!
redis_ping() { # the answer of the redis-server to PING, or nothing
  { exec 3<>"/dev/tcp/127.0.0.1/${PORT[redis-server]}" && printf 'PING\r\n' >&3 && read -r -t 1 line <&3 \
    && echo "${line%$'\r'}"; exec 3<&-; } 2>/dev/null || true
}
until [[ $(redis_ping) == +PONG ]]; do
  kill -0 "${PID[redis-server]}" 2>/dev/null || { cat "$WORK/redis-server.log" >&2; die "redis-server did not start"; }
  sleep 0.05
done
RSS_START[redis-server]=$(rss_mb "${PID[redis-server]}")

SERVERS="none ram redis"
read -r -a FLAGS <<<"$JVM_FLAGS"
for s in $SERVERS; do
  PORT[$s]=$(free_port)
  "$JAVA" "${FLAGS[@]}" -cp "$WORK/classes:$RT" sessions.Root "${PORT[$s]}" "$s" \
    "redis://127.0.0.1:${PORT[redis-server]}" >"$WORK/$s.log" 2>&1 &
  PID[$s]=$!
  wait_ready "${PID[$s]}" "http://127.0.0.1:${PORT[$s]}/"
  RSS_START[$s]=$(rss_mb "${PID[$s]}")
done

# The answers, with curl: a client keeping its cookie sees its counter climb, a new client gets a
# new session with count=1, and the server without sessions sends no cookie.
answers() { # answers SERVER CURL-ARGS...: the bodies and session ids of three requests
  local i out=""
  for i in 1 2 3; do
    out+="$(curl -s -D "$WORK/head" "$@" "http://127.0.0.1:${PORT[$1]}/")"
    out+=" $(tr -d '\r' <"$WORK/head" | sed -n 's/^Set-Cookie: session_id=\([^;]*\);.*/\1/p')"$'\n'
  done
  printf '%s' "$out"
}
for s in $SERVERS; do
  kept=$(answers "$s" -b "$WORK/$s.jar" -c "$WORK/$s.jar" | awk '{print $1, ($2 != "")}' | paste -sd' ')
  fresh=$(answers "$s" | awk '{print $1} $2 != "" {ids[$2]} END {print length(ids)}' | paste -sd' ')
  if [[ $s == none ]]; then want_kept="count=0 0 count=0 0 count=0 0"; want_fresh="count=0 count=0 count=0 0"
  else want_kept="count=1 1 count=2 1 count=3 1"; want_fresh="count=1 count=1 count=1 3"; fi
  [[ $kept == "$want_kept" ]] || die "$s, a client keeping its cookie: '$kept' (answer, cookie sent), not '$want_kept'"
  [[ $fresh == "$want_fresh" ]] || die "$s, new clients: '$fresh' (answers, distinct ids), not '$want_fresh'"
done

# run CASE SERVER SECONDS: one wrk run (measure's line, redis-server's CPU fourth for redis),
# every answer checked by client.lua: none wrong, as many new sessions as the case means.
run() {
  local keep also="" right wrong fresh want
  keep=$([[ $1 == kept ]] && echo 1 || echo 0)
  [[ $2 == redis ]] && also=${PID[redis-server]}
  rm -f "$WORK/check"
  KEEP=$keep CHECK_FILE="$WORK/check" ALSO_PID=$also \
    measure "${PID[$2]}" "http://127.0.0.1:${PORT[$2]}/" "$3" "$CONNS" "$HERE/sessions/client.lua"
  read -r right wrong fresh <"$WORK/check" || die "$1/$2: client.lua wrote no check"
  case "$2.$keep" in
    none.*) want="no session" ; ((fresh == 0)) || want="" ;;
    *.1) want="at most $CONNS sessions"; ((fresh <= CONNS)) || want="" ;;
    *.0) want="a session per answer"; ((fresh == right)) || want="" ;;
  esac
  ((wrong == 0 && right > 0)) && [[ -n $want ]] \
    || die "$1/$2: $right right answers, $wrong wrong, $fresh new sessions (see bench/sessions/client.lua)"
}

# case: name|servers|bytes per answer (0: MB/s means nothing here)
CASES=("kept|$SERVERS|0" "new|$SERVERS|0")
log "warm-up: ${WARMUP}s per server and case"
for c in "${CASES[@]}"; do
  IFS='|' read -r name servers _ <<<"$c"
  for s in $servers; do run "$name" "$s" "$WARMUP" >/dev/null; done
done

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for ((round = 1; round <= ROUNDS; round++)); do
  for c in "${CASES[@]}"; do
    IFS='|' read -r name servers _ <<<"$c"
    for s in $servers; do
      R[$name.$s.$round]=$(run "$name" "$s" "$DURATION")
      log "round $round/$ROUNDS $name $s: ${R[$name.$s.$round]}"
    done
    # Redis's whole cost: the server's CPU plus redis-server's, per request.
    read -r rps p99 cpu rcpu <<<"${R[$name.redis.$round]}"
    R[$name.redis+redis-server.$round]="$rps $p99 $(awk -v a="$cpu" -v b="$rcpu" 'BEGIN {printf "%.1f", a + b}')"
    REDIS_CPU[$name]+="$rcpu "
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

TABLE=("kept|$SERVERS redis+redis-server|0" "new|$SERVERS redis+redis-server|0")
mkdir -p "$RESULTS"
{
  echo "# Sessions: none, RAM, Redis (\`wrk -t1 -c$CONNS\`, bench/sessions.sh)"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD), $ROUNDS rounds of" \
    "${DURATION}s, warm-up ${WARMUP}s per server and case, JVM flags $JVM_FLAGS, $("$JAVA" -version 2>&1 | head -1)," \
    "$(redis-server --version | cut -d' ' -f1-3); $(nproc) CPUs shared by wrk, the servers and redis-server," \
    "load average $LOAD_BEFORE before, $LOAD_AFTER after."
  echo
  echo "- kept: $CONNS clients, each keeping its session cookie (its session loaded and saved per request)"
  echo "- new: a new client on every request (no cookie: a session created and saved per request)"
  echo "- redis+redis-server: the redis row with redis-server's CPU added; redis-server alone, µs per request" \
    "(median, then each round): $(for c in kept new; do
      echo -n "$c $(printf '%s\n' ${REDIS_CPU[$c]} | median) ($(echo ${REDIS_CPU[$c]} | tr ' ' '/')); "; done)"
  echo
  FIRST_LABEL=none paired_table R "$ROUNDS" "${TABLE[@]}"
  echo
  echo "| process | RSS after start MB | RSS after the load MB |"
  echo "|---|--:|--:|"
  for s in $SERVERS redis-server; do
    echo "| $s | ${RSS_START[$s]:-} | $(rss_mb "${PID[$s]}") |"
  done
} >"$WORK/report.md"
cp "$WORK/report.md" "$RESULTS/sessions-latest.md"
cat "$RESULTS/sessions-latest.md"
log "written to ${RESULTS#"$ROOT"/}/sessions-latest.md"
