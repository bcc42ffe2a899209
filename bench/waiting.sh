#!/usr/bin/env bash
# Waiting-handler benchmark (issue 14, item 2): a handler that sleeps 50 ms, as one waiting on a
# database would, under `wrk -t1 -c1000`; the ideal is 1000 / 0.05 s = 20,000 req/s. Side by side,
# rounds interleaved: JCherry on platform threads (thread_pool 10, CherryPy's default) and with
# this JVM's default (virtual threads on JDK 21+), raw Undertow dispatching to virtual threads
# (the ceiling), Javalin 6.7 with its virtual-thread option, and CherryPy 18.8 with its default 10
# threads and with thread_pool raised. Server CPU per request from /proc/PID/stat, ratios paired
# per round against Javalin on virtual threads and against CherryPy. A benchmark, not a test.
#
# Usage: bench/waiting.sh [--duration S] [--rounds N] [--warmup S] [--conns C] [--no-build]
#                         [--only LIST] [--java-home DIR] [--cherrypy-threads N] [--jvm-flags F]
# Needs a JDK 21+ (default JAVA_HOME, else Temurin 25), wrk, curl, and CherryPy for
# CHERRYPY_PYTHON (default /usr/bin/python3: apt-get install -y python3-cherrypy3). See
# bench/README.md.
set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
RESULTS="$HERE/results"

DURATION=10
ROUNDS=3
WARMUP=5
CONNS=1000
BUILD=1
ONLY=""
JDK=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JVM_FLAGS="-Xmx512m -XX:+UseParallelGC"
# What a CherryPy user raises server.thread_pool to for handlers that wait (its docs' advice is
# "more threads"; a hundred Python threads is still a modest process, a thousand is not).
CHERRYPY_THREADS=100
PY=${CHERRYPY_PYTHON:-/usr/bin/python3}

die() { echo "waiting.sh: ERROR: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }
usage() {
  cat <<EOF
usage: bench/waiting.sh [options]
  --duration S          seconds of wrk per server and round (default $DURATION)
  --rounds N            measured rounds (default $ROUNDS)
  --warmup S            seconds of wrk -c100 per server before the rounds (default $WARMUP)
  --conns C             wrk connections (default $CONNS)
  --no-build            use the runtime and bench jars as they are (the runtime must have been
                        built by a JDK 21+)
  --only LIST           comma-separated subset of: platform,virtual,raw,javalin,cherrypy,cherrypy-raised
  --java-home DIR       the JDK 21+ every Java server runs on (default JAVA_HOME, else Temurin 25)
  --cherrypy-threads N  server.thread_pool of cherrypy-raised (default $CHERRYPY_THREADS)
  --jvm-flags F         JVM flags for every Java server (default "$JVM_FLAGS")
EOF
}
while (($#)); do
  case "$1" in
    --duration) DURATION=${2:?}; shift 2 ;;
    --rounds) ROUNDS=${2:?}; shift 2 ;;
    --warmup) WARMUP=${2:?}; shift 2 ;;
    --conns) CONNS=${2:?}; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --only) ONLY=${2:?}; shift 2 ;;
    --java-home) JDK=${2:?}; shift 2 ;;
    --cherrypy-threads) CHERRYPY_THREADS=${2:?}; shift 2 ;;
    --jvm-flags) JVM_FLAGS=${2?}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option '$1'" ;;
  esac
done
for n in DURATION ROUNDS CONNS CHERRYPY_THREADS; do
  [[ ${!n} =~ ^[1-9][0-9]*$ ]] || die "${n,,} must be a positive integer, not '${!n}'"
done
[[ $WARMUP =~ ^[0-9]+$ ]] || die "--warmup must be a whole number of seconds, not '$WARMUP'"

ALL=(platform virtual raw javalin cherrypy cherrypy-raised)
declare -A LABEL=([platform]="JCherry, platform threads (thread_pool 10)"
  [virtual]="JCherry, this JVM's default (virtual threads)"
  [raw]="raw Undertow, a virtual thread per request"
  [javalin]="Javalin 6.7, useVirtualThreads"
  [cherrypy]="CherryPy 18.8, thread_pool 10 (default)"
  [cherrypy-raised]="CherryPy 18.8, thread_pool $CHERRYPY_THREADS")
SERVERS=()
if [[ -n $ONLY ]]; then
  IFS=, read -r -a wanted <<<"$ONLY"
  for w in "${wanted[@]}"; do [[ -n ${LABEL[$w]:-} ]] || die "--only: unknown server '$w' (${ALL[*]})"; done
  for s in "${ALL[@]}"; do for w in "${wanted[@]}"; do [[ $s == "$w" ]] && SERVERS+=("$s"); done; done
else
  SERVERS=("${ALL[@]}")
fi
has() { [[ " ${SERVERS[*]} " == *" $1 "* ]]; }

# What is needed, checked before anything is built.
command -v wrk >/dev/null || die "wrk not found (apt-get install -y wrk)"
command -v curl >/dev/null || die "curl not found"
[[ -x $JDK/bin/java ]] || die "no JDK at '$JDK' (a JDK 21+ is needed: --java-home DIR, or install Temurin 25)"
FEATURE=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
((FEATURE >= 21)) || die "$JDK is JDK $FEATURE; virtual threads need a JDK 21+ (--java-home DIR)"
if has cherrypy || has cherrypy-raised; then
  "$PY" -c 'import cherrypy, sys; sys.exit(not cherrypy.__version__.startswith("18."))' 2>/dev/null \
    || die "CherryPy 18 not found for $PY (apt-get install -y python3-cherrypy3, or set CHERRYPY_PYTHON; or leave cherrypy out with --only)"
fi
export JAVA_HOME=$JDK
ulimit -n 20000 2>/dev/null || true

WORK=$(mktemp -d "${TMPDIR:-/tmp}/jcherry-waiting.XXXXXX")
declare -A PID=() PORT=() URL=()
cleanup() {
  local s
  for s in "${!PID[@]}"; do kill "${PID[$s]}" 2>/dev/null || true; done
  for s in "${!PID[@]}"; do wait "${PID[$s]}" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build() { # build WHAT mvn-args...
  local what=$1; shift
  log "building $what"
  ${MVN:-mvn} -B -q "$@" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "building $what failed"; }
}
if ((BUILD)) && { has raw || has javalin; }; then
  build "bench servers (mvn -f bench/pom.xml package)" -f "$HERE/pom.xml" package
fi
# The runtime with this JDK unless --no-build: only a JDK 21+ build compiles its virtual threads.
BUILD_RUNTIME=$BUILD
source "$HERE/lib/apps.sh"
if has platform || has virtual; then
  "$JDK/bin/jar" tf "$(jar_of runtime)" | grep -q 'org/jcherry/server/VirtualThreadStarter.class' \
    || die "$(jar_of runtime) was built by a JDK below 21 (no virtual threads): drop --no-build"
  compile_app "$HERE/waiting/src" "$WORK/classes"
fi
BENCH_JAR="$HERE/target/jcherry-bench-0.1.0-SNAPSHOT"
for s in raw javalin; do
  if has $s; then
    j=$BENCH_JAR-$([[ $s == raw ]] && echo raw-undertow || echo javalin).jar
    [[ -f $j ]] || die "$j not found (drop --no-build)"
  fi
done

read -r -a FLAGS <<<"$JVM_FLAGS"
serve() { # serve SERVER PORT: replaces the shell with the server
  case "$1" in
    platform) exec "$JAVA" "${FLAGS[@]}" -cp "$WORK/classes:$RT" waiting.Root "$2" false 10 ;;
    virtual) exec "$JAVA" "${FLAGS[@]}" -cp "$WORK/classes:$RT" waiting.Root "$2" ;;
    raw) exec "$JAVA" "${FLAGS[@]}" -jar "$BENCH_JAR-raw-undertow.jar" --port "$2" --virtual-threads ;;
    javalin) exec "$JAVA" "${FLAGS[@]}" -jar "$BENCH_JAR-javalin.jar" --port "$2" --virtual-threads ;;
    cherrypy) exec "$PY" "$HERE/waiting/cherrypy_waiting.py" "$2" 10 ;;
    cherrypy-raised) exec "$PY" "$HERE/waiting/cherrypy_waiting.py" "$2" "$CHERRYPY_THREADS" ;;
  esac
}
for s in "${SERVERS[@]}"; do
  PORT[$s]=$(free_port)
  URL[$s]="http://127.0.0.1:${PORT[$s]}/"; [[ $s != raw && $s != javalin ]] || URL[$s]+=wait
  (serve "$s" "${PORT[$s]}") >"$WORK/$s.log" 2>&1 &
  PID[$s]=$!
  kill -0 "${PID[$s]}" 2>/dev/null || { cat "$WORK/$s.log" >&2; die "${LABEL[$s]} did not start"; }
  wait_ready "${PID[$s]}" "${URL[$s]}"
  body=$(curl -s --max-time 5 "${URL[$s]}")
  [[ $body == waited ]] || die "${LABEL[$s]} answered '$body', not 'waited'"
  if ((WARMUP)); then
    log "warm-up ${LABEL[$s]} (${WARMUP}s)"
    wrk -t1 -c100 -d"${WARMUP}s" "${URL[$s]}" >/dev/null
  fi
done

# wrk_run SERVER OUT: one measured wrk run; prints "req/s p99_ms cpu_us_per_request errors".
wrk_run() {
  local c0 c1
  c0=$(cpu_ticks "${PID[$1]}")
  wrk -t1 -c"$CONNS" -d"${DURATION}s" --latency "${URL[$1]}" >"$2" 2>&1 || die "wrk failed: $(cat "$2")"
  c1=$(cpu_ticks "${PID[$1]}")
  awk -v t=$((c1 - c0)) -v hz="$HZ" '
    function ms(v) { n = v + 0; if (v ~ /us$/) return n / 1000; if (v ~ /ms$/) return n; if (v ~ /m$/) return n * 60000; return n * 1000 }
    /^Requests\/sec:/ {rps = $2}
    /requests in/ {reqs = $1}
    $1 == "99%" {p99 = ms($2)}
    /Non-2xx or 3xx responses:/ {errs += $NF}
    /Socket errors:/ {for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) errs += $i}
    END {printf "%.1f %.1f %.1f %d\n", rps, p99, (reqs ? t / hz * 1e6 / reqs : 0), errs}' "$2"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$RESULTS/waiting-last-run"
rm -f "$RESULTS/waiting-last-run"/wrk-*.txt
declare -A RPS=() P99=() CPU=() ERRS=()
for ((r = 1; r <= ROUNDS; r++)); do
  for s in "${SERVERS[@]}"; do
    read -r rps p99 cpu errs < <(wrk_run "$s" "$RESULTS/waiting-last-run/wrk-$s-round$r.txt")
    RPS[$s]+="$rps "; P99[$s]+="$p99 "; CPU[$s]+="$cpu "; ERRS[$s]=$((${ERRS[$s]:-0} + errs))
    log "round $r/$ROUNDS ${LABEL[$s]}: $rps req/s, p99 $p99 ms, $cpu µs CPU/request$( ((errs)) && echo ", $errs errors")"
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

med() { printf '%s\n' $1 | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# paired A B: the median over rounds of A's figure over B's in the same round.
paired() {
  [[ -n $2 ]] || { echo "n/a"; return; }
  awk -v a="$1" -v b="$2" 'BEGIN {
    n = split(a, x, " "); split(b, y, " "); m = 0
    for (i = 1; i <= n; i++) if (y[i] > 0) q[++m] = x[i] / y[i]
    if (!m) { print "n/a"; exit }
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (q[j] < q[i]) { t = q[i]; q[i] = q[j]; q[j] = t }
    v = (m % 2) ? q[(m + 1) / 2] : (q[m / 2] + q[m / 2 + 1]) / 2
    printf (v >= 10 ? "%.0fx" : "%.2fx"), v }'
}
IDEAL=$((CONNS * 20))
{
  echo "# Waiting handlers: 50 ms, \`wrk -t1 -c$CONNS -d${DURATION}s\`"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), commit \`$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)\`, $("$JAVA" -version 2>&1 | head -1), CherryPy $("$PY" -c 'import cherrypy; print(cherrypy.__version__)' 2>/dev/null || echo "n/a"); ideal $IDEAL req/s."
  echo
  echo "| server | req/s (median) | min–max | % of ideal | p99 ms | CPU µs/request | req/s vs Javalin-VT | CPU vs Javalin-VT | req/s vs CherryPy | errors |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
  for s in "${SERVERS[@]}"; do
    m=$(med "${RPS[$s]}")
    printf '| %s | %.0f | %.0f–%.0f | %.0f%% | %.0f | %.1f | %s | %s | %s | %s |\n' "${LABEL[$s]}" "$m" \
      "$(printf '%s\n' ${RPS[$s]} | sort -g | head -1)" "$(printf '%s\n' ${RPS[$s]} | sort -g | tail -1)" \
      "$(awk -v a="$m" -v b="$IDEAL" 'BEGIN {print 100 * a / b}')" "$(med "${P99[$s]}")" "$(med "${CPU[$s]}")" \
      "$(paired "${RPS[$s]}" "${RPS[javalin]:-}")" "$(paired "${CPU[$s]}" "${CPU[javalin]:-}")" \
      "$(paired "${RPS[$s]}" "${RPS[cherrypy]:-}")" "${ERRS[$s]}"
  done
  echo
  echo "Every round (req/s / p99 ms / CPU µs per request):"
  echo
  for s in "${SERVERS[@]}"; do
    echo "- ${LABEL[$s]}: $(paste -d/ <(printf '%s\n' ${RPS[$s]}) <(printf '%s\n' ${P99[$s]}) <(printf '%s\n' ${CPU[$s]}) | paste -sd' ')"
  done
  echo
  echo "- $ROUNDS rounds, each running every server in turn; medians of the rounds; every ratio is taken per round, then the median; CPU is the server process's user + system time (\`/proc/PID/stat\`) over its wrk run over the requests wrk completed; errors are non-2xx answers and wrk's socket errors (timeouts at 2 s) summed over the rounds"
  echo "- JVM flags \`$JVM_FLAGS\`; warm-up ${WARMUP}s of \`wrk -c100\` per server; all servers up through the rounds"
  echo "- machine: $(nproc) CPUs shared by wrk and the servers; load average $LOAD_BEFORE before, $LOAD_AFTER after (1, 5, 15 min)"
} >"$WORK/report.md"
cp "$WORK/report.md" "$RESULTS/waiting-latest.md"
echo
cat "$RESULTS/waiting-latest.md"
log "written to ${RESULTS#"$ROOT"/}/waiting-latest.md"
