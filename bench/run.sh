#!/usr/bin/env bash
# JCherry benchmark (issues 2 and 14): samples/hello (and its non-blocking /fast) against the same
# two routes written by hand on raw Undertow (on a worker, and on the IO thread), in Javalin and in
# Jooby. Measures start-up time, requests/s, p99 latency and server CPU per request under
# `wrk -t1 -c32`, and memory; prints a table per route with ratios to raw Undertow (paired per
# round) and writes the same as Markdown to bench/results/latest.md. A benchmark, not a test:
# `mvn verify` never runs it.
#
# Usage: bench/run.sh [--duration S] [--rounds N] [--warmup S] [--starts N] [--no-build]
#                     [--only hello,fast,raw,rawio,javalin,jooby,hellopt,hellovt,javalinvt]
#                     [--jvm-flags "FLAGS"] [--java-home DIR]
# See bench/README.md for what is measured and how to read it.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
# free_port, cpu_ticks, HZ and to_ms, shared with the other benchmarks.
source "$HERE/lib/measure.sh"
RESULTS="$HERE/results"

DURATION=10
ROUNDS=3
WARMUP=5
STARTS=10
BUILD=1
ONLY=""
HELLO_JAR=""
JVM_FLAGS="-Xmx512m -XX:+UseParallelGC"
JDK=""
WRK_THREADS=1
WRK_CONNS=32

usage() {
  cat <<EOF
usage: bench/run.sh [options]
  --duration S     seconds of wrk per server, route and round (default $DURATION)
  --rounds N       measured rounds (default $ROUNDS)
  --warmup S       seconds of wrk per server and route before the rounds (default $WARMUP)
  --starts N       cold starts per server for the start-up time (default $STARTS)
  --no-build       do not build samples/hello; use samples/hello/target/hello.jar as it is
                   (the bench servers in bench/target are always rebuilt: a few seconds)
  --only LIST      comma-separated subset of: hello,fast,raw,rawio,javalin,jooby (default: all;
                   fast is hello's /fast on hello's process, so it needs hello), and of the
                   contenders only --only runs: hellopt and hellovt (hello with
                   server.virtual_threads False or True; hellovt needs a JDK 21+) and javalinvt
                   (Javalin with useVirtualThreads, JDK 21+)
  --jvm-flags F    JVM flags for every server (default "$JVM_FLAGS")
  --java-home DIR  the JDK that builds hello and runs every server (default: java on the PATH)
  --hello-jar J    measure this jar as hello instead of samples/hello's (implies --no-build),
                   e.g. one built at another commit
EOF
}

die() { echo "run.sh: ERROR: $*" >&2; exit 1; }
warn() { echo "run.sh: WARNING: $*" >&2; }
log() { echo "== $*" >&2; }

while (($#)); do
  case "$1" in
    --duration) DURATION=${2:?}; shift 2 ;;
    --rounds) ROUNDS=${2:?}; shift 2 ;;
    --warmup) WARMUP=${2:?}; shift 2 ;;
    --starts) STARTS=${2:?}; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --only) ONLY=${2:?}; shift 2 ;;
    --jvm-flags) JVM_FLAGS=${2?}; shift 2 ;;
    --hello-jar) HELLO_JAR=${2:?}; BUILD=0; shift 2 ;;
    --java-home) JDK=${2:?}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option '$1'" ;;
  esac
done
for n in DURATION ROUNDS STARTS; do
  [[ ${!n} =~ ^[1-9][0-9]*$ ]] || die "--${n,,} must be a positive integer, not '${!n}'"
done
[[ $WARMUP =~ ^[0-9]+$ ]] || die "--warmup must be a whole number of seconds, not '$WARMUP'"

command -v wrk >/dev/null || die "wrk not found (apt-get install -y wrk)"
command -v curl >/dev/null || die "curl not found"
if [[ -n $JDK ]]; then
  [[ -x $JDK/bin/java ]] || die "--java-home: no $JDK/bin/java"
  export JAVA_HOME=$JDK # the builds below use it too
  JAVA_BIN=$JDK/bin/java
  JCMD=$JDK/bin/jcmd
else
  command -v java >/dev/null || die "java not found"
  JAVA_BIN=java
  JCMD=jcmd
fi

# ---------------------------------------------------------------------------------------------
# Servers. Order matters only for the table; raw Undertow is the baseline of every ratio.
# "fast" is no process of its own: hello's /fast (@NonBlocking), measured on hello's process.
# hellopt, hellovt and javalinvt run only when --only names them (hellovt and javalinvt need a
# JDK 21+): the same hello jar with server.virtual_threads False or True, and Javalin with
# useVirtualThreads. They come last in the table.
ALL_SERVERS=(hello fast raw rawio javalin jooby)
ORDER=("${ALL_SERVERS[@]}" hellopt hellovt javalinvt)
declare -A LABEL=([hello]="JCherry samples/hello" [fast]="JCherry hello /fast (IO thread)"
  [raw]="raw Undertow (worker)" [rawio]="raw Undertow on the IO thread" [javalin]="Javalin"
  [jooby]="Jooby (Undertow)" [hellopt]="JCherry hello, platform threads"
  [hellovt]="JCherry hello, virtual threads" [javalinvt]="Javalin, virtual threads")
BENCH_VERSION=0.1.0-SNAPSHOT
declare -A JAR=(
  [hello]="${HELLO_JAR:-$ROOT/samples/hello/target/hello.jar}"
  [fast]="${HELLO_JAR:-$ROOT/samples/hello/target/hello.jar}"
  [raw]="$HERE/target/jcherry-bench-$BENCH_VERSION-raw-undertow.jar"
  [rawio]="$HERE/target/jcherry-bench-$BENCH_VERSION-raw-undertow.jar"
  [javalin]="$HERE/target/jcherry-bench-$BENCH_VERSION-javalin.jar"
  [jooby]="$HERE/target/jcherry-bench-$BENCH_VERSION-jooby.jar"
  [hellopt]="${HELLO_JAR:-$ROOT/samples/hello/target/hello.jar}"
  [hellovt]="${HELLO_JAR:-$ROOT/samples/hello/target/hello.jar}"
  [javalinvt]="$HERE/target/jcherry-bench-$BENCH_VERSION-javalin.jar"
)
# hellopt and hellovt get a config file (written once WORK exists) with their thread mode.
declare -A EXTRA_ARGS=([rawio]="--io" [javalinvt]="--virtual-threads")
# The process a contender is measured on.
proc_of() { [[ $1 == fast ]] && echo hello || echo "$1"; }

SERVERS=()
if [[ -n $ONLY ]]; then
  IFS=, read -r -a wanted <<<"$ONLY"
  for s in "${wanted[@]}"; do
    [[ -n ${LABEL[$s]:-} ]] || die "--only: unknown server '$s' (${ORDER[*]})"
  done
  for s in "${ORDER[@]}"; do
    for w in "${wanted[@]}"; do [[ $s == "$w" ]] && SERVERS+=("$s"); done
  done
else
  SERVERS=("${ALL_SERVERS[@]}")
fi

ROUTES=(1 2)
declare -A ROUTE_PATH=([1]="/" [2]="/blog/2024/05/hello?x=1")
# path_of SERVER ROUTE: what the contender serves the route at ("" for a route it does not serve).
path_of() {
  if [[ $1 == fast ]]; then [[ $2 == 1 ]] && echo /fast || echo ""; else echo "${ROUTE_PATH[$2]}"; fi
}
declare -A ROUTE_BODY=([1]="Hello, world!" [2]="year=2024 month=05 slug=hello x=1")
EXPECTED_CT="text/html;charset=utf-8"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/jcherry-bench.XXXXXX")
declare -A PID=() PORT=()
cleanup() {
  local s
  for s in "${!PID[@]}"; do stop_server "$s"; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for mode in pt:False vt:True; do
  printf '[global]\nserver.virtual_threads = %s\n' "${mode#*:}" >"$WORK/hello${mode%%:*}.conf"
  EXTRA_ARGS[hello${mode%%:*}]="-c $WORK/hello${mode%%:*}.conf"
done

# ---------------------------------------------------------------------------------------------
# Build. Maven's output goes to a log, shown only when the build fails.
build() { # build WHAT mvn-args...
  local what=$1; shift
  log "building $what"
  ${MVN:-mvn} -B -q "$@" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "building $what failed"; }
}
NOTES=()
# The bench servers always (a few seconds); the hello sample unless --no-build.
if [[ " ${SERVERS[*]} " =~ " "(raw|rawio|javalin|jooby|javalinvt)" " ]]; then
  build "bench servers (mvn -f bench/pom.xml package)" -f "$HERE/pom.xml" package
fi
if ((BUILD)); then
  if [[ " ${SERVERS[*]} " =~ " "(hello|fast|hellopt|hellovt)" " ]]; then
    if [[ -f $ROOT/samples/hello/pom.xml ]]; then
      build "samples/hello (mvn -pl samples/hello -am package -DskipTests)" \
        -f "$ROOT/pom.xml" -pl samples/hello -am package -DskipTests
    fi
  fi
fi

# A missing hello jar is fatal when asked for by name, a loud skip otherwise.
kept=()
for s in "${SERVERS[@]}"; do
  if [[ -f ${JAR[$s]} ]]; then
    kept+=("$s")
  elif [[ -n $ONLY ]]; then
    die "${JAR[$s]} not found (build it, or drop '$s' from --only)"
  else
    warn "SKIPPING ${LABEL[$s]}: ${JAR[$s]} not found"
    NOTES+=("**${LABEL[$s]} was not measured**: \`${JAR[$s]#"$ROOT"/}\` did not exist")
  fi
done
SERVERS=("${kept[@]}")
if [[ -n $HELLO_JAR && " ${SERVERS[*]} " == *" hello "* ]]; then
  NOTES+=("hello is \`$HELLO_JAR\` (given by --hello-jar, modified $(date -u -r "$HELLO_JAR" +%Y-%m-%dT%H:%M:%SZ)), not built from this tree")
fi
((${#SERVERS[@]})) || die "no server to measure"
if [[ " ${SERVERS[*]} " == *" fast "* && " ${SERVERS[*]} " != *" hello "* ]]; then
  die "fast is measured on hello's process: add hello to --only"
fi
# The processes to start: every contender but fast.
PROCS=()
for s in "${SERVERS[@]}"; do [[ $s == fast ]] || PROCS+=("$s"); done
HAVE_RAW=0
[[ " ${SERVERS[*]} " == *" raw "* ]] && HAVE_RAW=1

# ---------------------------------------------------------------------------------------------
# Process handling. Every server started here is stopped on exit, whatever happens.

now_us() { local t=$EPOCHREALTIME; echo "${t/./}"; }

# One HTTP/1.1 GET / with bash builtins only (no fork), so polling every 10 ms costs nothing;
# succeeds on a 200 status line.
probe_ok() {
  local line
  { exec 8<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&8 2>/dev/null \
    && IFS= read -r -t 5 line <&8 || line=""
  exec 8>&-
  [[ $line == HTTP/1.?' 200'* ]]
}

# start_server NAME: launches it on a free port and sets PID, PORT and STARTUP_MS (wall time from
# launch until GET / first answers 200, polled every 10 ms).
start_server() {
  local s=$1 port t0 t1 deadline
  port=$(free_port)
  local -a flags
  read -r -a flags <<<"$JVM_FLAGS"
  t0=$(now_us)
  local -a extra
  read -r -a extra <<<"${EXTRA_ARGS[$s]:-}"
  "$JAVA_BIN" "${flags[@]}" -jar "${JAR[$s]}" --port "$port" "${extra[@]}" >"$WORK/$s.out" 2>"$WORK/$s.err" &
  PID[$s]=$!
  PORT[$s]=$port
  deadline=$((t0 + 60000000))
  until probe_ok "$port"; do
    if ! kill -0 "${PID[$s]}" 2>/dev/null; then
      cat "$WORK/$s.out" "$WORK/$s.err" >&2
      unset "PID[$s]"
      die "${LABEL[$s]} exited during start-up (output above)"
    fi
    (($(now_us) < deadline)) || die "${LABEL[$s]} did not answer GET / within 60 s"
    sleep 0.01
  done
  t1=$(now_us)
  STARTUP_MS=$(((t1 - t0 + 500) / 1000))
}

stop_server() {
  local s=$1 pid=${PID[$1]:-}
  [[ -n $pid ]] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "PID[$s]"
}

# Both routes must answer 200 with the exact body and Content-Type, or the numbers mean nothing.
check_routes() {
  local s=$1 r url code ct body path
  for r in "${ROUTES[@]}"; do
    path=$(path_of "$s" "$r")
    [[ -n $path ]] || continue
    url="http://127.0.0.1:${PORT[$(proc_of "$s")]}$path"
    curl -s -o "$WORK/body" -D "$WORK/headers" --max-time 10 "$url" || die "${LABEL[$s]}: GET $url failed"
    code=$(awk 'NR==1{print $2}' "$WORK/headers")
    ct=$(tr -d '\r' <"$WORK/headers" | awk 'tolower($0) ~ /^content-type:/ {sub(/^[^:]*:[ \t]*/, ""); print tolower($0)}' | tr -d ' ')
    body=$(cat -v "$WORK/body")
    if [[ $code != 200 || $ct != "$EXPECTED_CT" ]] || ! printf '%s' "${ROUTE_BODY[$r]}" | cmp -s - "$WORK/body"; then
      echo "!!! ${LABEL[$s]} answered GET ${ROUTE_PATH[$r]} wrongly:" >&2
      echo "!!!   status $code (want 200)" >&2
      echo "!!!   Content-Type '$ct' (want '$EXPECTED_CT')" >&2
      echo "!!!   body '$body' ($(wc -c <"$WORK/body") bytes; want '${ROUTE_BODY[$r]}', ${#ROUTE_BODY[$r]} bytes)" >&2
      die "${LABEL[$s]} fails the route check; not benchmarking it"
    fi
  done
}

rss_kb() { awk '/^VmRSS:/{print $2}' "/proc/$1/status"; }

# Live heap in KB after a full GC (jcmd GC.run, then GC.heap_info: the sum of the "used" figures of
# the heap spaces). Empty when jcmd cannot attach.
heap_live_kb() {
  command -v "$JCMD" >/dev/null || return 0
  "$JCMD" "$1" GC.run >/dev/null 2>&1 || return 0
  "$JCMD" "$1" GC.heap_info 2>/dev/null | awk '
    /Metaspace|class space/ {next}
    /total [0-9]+K, used [0-9]+K/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); sub(/K.*/, "", v); sum += v }
      found = 1
    }
    END { if (found) print sum }'
}

# run_wrk NAME ROUTE SECONDS OUTFILE; sets CPU_US, the server's CPU time (user + system, from
# /proc/PID/stat) over the run, in microseconds.
run_wrk() {
  local p c0 c1
  p=$(proc_of "$1")
  c0=$(cpu_ticks "${PID[$p]}")
  wrk -t"$WRK_THREADS" -c"$WRK_CONNS" -d"${3}s" --latency \
    "http://127.0.0.1:${PORT[$p]}$(path_of "$1" "$2")" >"$4" 2>&1 || die "wrk failed: $(cat "$4")"
  c1=$(cpu_ticks "${PID[$p]}")
  CPU_US=$(((c1 - c0) * 1000000 / HZ))
}

# Median of numbers (one per argument); for an even count, the mean of the middle two.
median_of() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
minimum() { printf '%s\n' "$@" | sort -g | head -1; }
maximum() { printf '%s\n' "$@" | sort -g | tail -1; }

# ---------------------------------------------------------------------------------------------
# Settings, printed and recorded.
CPUS=$(nproc)
CPU_MODEL=$(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)
JAVA_VERSION=$("$JAVA_BIN" -version 2>&1 | awk 'NR == 1')
WRK_VERSION=$({ wrk -v 2>&1 || true; } | awk 'NR == 1 {print $1, $2}')
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$({ git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null || true; } | awk 'END {if (NR) print " (uncommitted changes)"}')
STAMP=$(date -u +%Y-%m-%dT%H:%M:%SZ)
LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v l="${LOADAVG%% *}" -v c="$(nproc)" 'BEGIN {exit !(l > c / 4)}'; then
  warn "load average is $LOADAVG before the run: something else is busy, the numbers will be noisy"
fi
EST=$(((STARTS * ${#SERVERS[@]} * 2) + ${#SERVERS[@]} * ${#ROUTES[@]} * (WARMUP + ROUNDS * DURATION)))

log "servers: ${SERVERS[*]}; rounds $ROUNDS x ${DURATION}s, warm-up ${WARMUP}s, $STARTS cold starts; about ${EST}s"

# ---------------------------------------------------------------------------------------------
# 1. Start-up: STARTS cold starts per server, interleaved (A B C, A B C, ...).
declare -A STARTUPS=()
for ((i = 1; i <= STARTS; i++)); do
  for s in "${PROCS[@]}"; do
    start_server "$s"
    STARTUPS[$s]+="$STARTUP_MS "
    log "start-up $i/$STARTS ${LABEL[$s]}: ${STARTUP_MS} ms"
    if ((i == 1)); then
      check_routes "$s"
      if [[ $s == hello && " ${SERVERS[*]} " == *" fast "* ]]; then check_routes fast; fi
    fi
    if ((i < STARTS)); then stop_server "$s"; fi
  done
done
# The last start of each server stays up for the load; record its idle footprint.
declare -A RSS_IDLE=()
for s in "${SERVERS[@]}"; do RSS_IDLE[$s]=$(rss_kb "${PID[$(proc_of "$s")]}"); done

# 2. Warm-up: every server, every route.
if ((WARMUP > 0)); then
  for s in "${SERVERS[@]}"; do
    for r in "${ROUTES[@]}"; do
      [[ -n $(path_of "$s" "$r") ]] || continue
      log "warm-up ${LABEL[$s]} route $r (${WARMUP}s)"
      run_wrk "$s" "$r" "$WARMUP" "$WORK/warmup"
    done
  done
fi

# 3. Rounds, interleaved so drift hits every server alike: A1 B1 C1, A2 B2 C2, then the next round.
mkdir -p "$RESULTS/last-run"
rm -f "$RESULTS/last-run"/wrk-*.txt
declare -A RPS=() P99=() ERRS=() CPU=()
for ((round = 1; round <= ROUNDS; round++)); do
  for r in "${ROUTES[@]}"; do
    for s in "${SERVERS[@]}"; do
      [[ -n $(path_of "$s" "$r") ]] || continue
      out="$RESULTS/last-run/wrk-$s-route$r-round$round.txt"
      run_wrk "$s" "$r" "$DURATION" "$out"
      rps=$(awk '/^Requests\/sec:/{print $2}' "$out")
      p99=$(awk '$1 == "99%" {print $2}' "$out")
      [[ -n $rps && -n $p99 ]] || die "could not parse wrk output $out"
      p99=$(to_ms "$p99")
      errs=$(awk '/Non-2xx or 3xx responses:/{n += $NF} /Socket errors:/{for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i} END {print n + 0}' "$out")
      reqs=$(awk '/requests in/ {print $1}' "$out")
      cpu=$(awk -v c="$CPU_US" -v n="$reqs" 'BEGIN {printf "%.1f", (n > 0 ? c / n : 0)}')
      RPS[$s.$r]+="$rps "
      P99[$s.$r]+="$p99 "
      CPU[$s.$r]+="$cpu "
      ERRS[$s.$r]=$((${ERRS[$s.$r]:-0} + errs))
      log "round $round/$ROUNDS route $r ${LABEL[$s]}: $rps req/s, p99 ${p99} ms, ${cpu} µs CPU/request$( ((errs)) && echo ", $errs ERRORS")"
    done
  done
done

# 4. Memory after the load, then stop.
declare -A RSS_LOAD=() HEAP=()
for s in "${PROCS[@]}"; do
  RSS_LOAD[$s]=$(rss_kb "${PID[$s]}")
  HEAP[$s]=$(heap_live_kb "${PID[$s]}")
done
RSS_LOAD[fast]=${RSS_LOAD[hello]:-}
HEAP[fast]=${HEAP[hello]:-}
for s in "${PROCS[@]}"; do stop_server "$s"; done
LOADAVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# Report.
mb() { [[ -n $1 ]] && awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}' || echo "n/a"; }
ratio() { # ratio A B -> "0.87x"
  if ((HAVE_RAW)) && [[ -n $2 ]]; then awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2fx", a / b; else print "n/a"}'; else echo "n/a"; fi
}

# paired A B: the median over rounds of A's figure divided by B's in the same round ("0.87x").
paired() {
  if ((HAVE_RAW)) && [[ -n $2 ]]; then
    awk -v a="$1" -v b="$2" 'BEGIN {
      n = split(a, x, " "); split(b, y, " "); m = 0
      for (i = 1; i <= n; i++) if (y[i] > 0) r[++m] = x[i] / y[i]
      if (!m) { print "n/a"; exit }
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (r[j] < r[i]) { t = r[i]; r[i] = r[j]; r[j] = t }
      printf "%.2fx", (m % 2) ? r[(m + 1) / 2] : (r[m / 2] + r[m / 2 + 1]) / 2 }'
  else echo "n/a"; fi
}

declare -A SU_MED=()
for s in "${PROCS[@]}"; do
  # shellcheck disable=SC2086
  SU_MED[$s]=$(median_of ${STARTUPS[$s]})
done
SU_MED[fast]=${SU_MED[hello]:-}

{
  echo "# JCherry benchmark"
  echo
  echo "$STAMP, commit \`$COMMIT\`$DIRTY."
  echo
  for r in "${ROUTES[@]}"; do
    echo "## Route $r: \`GET ${ROUTE_PATH[$r]}\`"
    echo
    echo "| server | req/s (median) | min–max | req/s vs raw | p99 ms (median) | p99 vs raw | CPU µs/request | CPU vs raw | start-up ms | vs raw | RSS MB idle / after load | live heap MB |"
    echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    raw_rps=""
    if ((HAVE_RAW)); then
      # shellcheck disable=SC2086
      raw_rps=$(median_of ${RPS[raw.$r]})
    fi
    for s in "${SERVERS[@]}"; do
      [[ -n $(path_of "$s" "$r") ]] || continue
      # shellcheck disable=SC2086
      {
        cpu=$(median_of ${CPU[$s.$r]})
        med=$(median_of ${RPS[$s.$r]})
        lo=$(minimum ${RPS[$s.$r]})
        hi=$(maximum ${RPS[$s.$r]})
        p99=$(median_of ${P99[$s.$r]})
      }
      flag=""
      if ((${ERRS[$s.$r]})); then flag=" (${ERRS[$s.$r]} errors!)"; fi
      printf '| %s%s | %.0f | %.0f–%.0f | %s | %.2f | %s | %.1f | %s | %s | %s | %s / %s | %s |\n' \
        "${LABEL[$s]}" "$flag" "$med" "$lo" "$hi" "$(paired "${RPS[$s.$r]}" "${RPS[raw.$r]:-}")" \
        "$p99" "$(paired "${P99[$s.$r]}" "${P99[raw.$r]:-}")" \
        "$cpu" "$(paired "${CPU[$s.$r]}" "${CPU[raw.$r]:-}")" \
        "${SU_MED[$s]}" "$(ratio "${SU_MED[$s]}" "${SU_MED[raw]:-}")" \
        "$(mb "${RSS_IDLE[$s]}")" "$(mb "${RSS_LOAD[$s]}")" "$(mb "${HEAP[$s]}")"
    done
    echo
  done
  echo "## Settings"
  echo
  echo "- load: \`wrk -t$WRK_THREADS -c$WRK_CONNS -d${DURATION}s --latency\`, $ROUNDS rounds, each round running route 1 on every server, then route 2 on every server; req/s, p99 and CPU are the median of the rounds, min–max the spread of req/s; every \"vs raw\" ratio is taken per round against raw Undertow's run of the same round, then the median of those ratios"
  echo "- CPU µs/request: the server process's user + system time (\`/proc/PID/stat\`) over each wrk run, divided by the requests wrk completed; hello and /fast share one process"
  echo "- warm-up: ${WARMUP}s of the same wrk per server and route before the rounds; all servers stay up through the rounds"
  echo "- start-up: median of $STARTS cold starts per server (interleaved), wall time from launching \`java\` until \`GET /\` first answers 200, polled every 10 ms"
  echo "- memory: VmRSS of the server process right after start-up (idle) and after the last round; live heap = used heap after a full GC (\`jcmd GC.run\` then \`GC.heap_info\`)"
  echo "- JVM flags, same for every server: \`$JVM_FLAGS\`; $JAVA_VERSION"
  echo "- threads: JCherry \`server.thread_pool\` default (10 workers in its own pool) and \`server.io_threads\` default (one per CPU when a mounted app has an \`@NonBlocking\` handler, as hello has, else half the CPUs, at least 1); raw Undertow 10 XNIO workers and Undertow's default IO threads (the CPUs, at least 2); Javalin/Jetty defaults; hello is \`server.virtual_threads\` unset (this JVM's default), hellopt False and hellovt True; javalinvt \`config.useVirtualThreads = true\`"
  echo "- machine: $CPUS CPUs ($CPU_MODEL), shared by wrk and the server; load average $LOADAVG before the run (1, 5, 15 min; $LOADAVG_AFTER after it, which includes the run's own load); $WRK_VERSION"
  for n in "${NOTES[@]}"; do echo "- $n"; done
  echo
  echo "## Every round"
  echo
  echo "| server | route | req/s per round | p99 ms per round | CPU µs/request per round | errors |"
  echo "|---|---|---|---|---|--:|"
  for r in "${ROUTES[@]}"; do
    for s in "${SERVERS[@]}"; do
      [[ -n $(path_of "$s" "$r") ]] || continue
      printf '| %s | %s | %s | %s | %s | %s |\n' "${LABEL[$s]}" "$r" "$(echo ${RPS[$s.$r]})" "$(echo ${P99[$s.$r]})" "$(echo ${CPU[$s.$r]})" "${ERRS[$s.$r]}"
    done
  done
  echo
  echo "Start-ups (ms): $(for s in "${PROCS[@]}"; do printf '%s: %s; ' "${LABEL[$s]}" "$(echo ${STARTUPS[$s]})"; done)"
  echo
  echo "wrk's full output for every round: \`bench/results/last-run/\`."
} >"$WORK/report.md"

mkdir -p "$RESULTS"
cp "$WORK/report.md" "$RESULTS/latest.md"
echo
cat "$RESULTS/latest.md"
echo
log "written to ${RESULTS#"$ROOT"/}/latest.md"
