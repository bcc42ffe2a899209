# Shared by bench/scale.sh and bench/waiting.sh: the runtime and processor classpaths, compiling
# an app with the real processor, and measuring a server process. Source it after setting ROOT,
# WORK and (optionally) JARS, a directory of jcherry-{common,processor,runtime}-*.jar to use
# instead of the build's.
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac

jar_of() { # jar_of common|processor|runtime
  if [[ -n ${JARS:-} ]]; then ls "$JARS"/jcherry-"$1"-*.jar; return; fi
  case "$1" in
    common) ls "$ROOT"/runtime/common/target/jcherry-common-*[0-9T].jar ;;
    processor) ls "$ROOT"/processor/target/jcherry-processor-*[0-9T].jar ;;
    runtime) ls "$ROOT"/runtime/target/jcherry-runtime-*[0-9T].jar ;;
  esac
}
(cd "$ROOT" && ${MVN:-mvn} -B -o -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -pl runtime -DincludeScope=runtime \
  -Dmdep.outputFile="$WORK/deps.cp" >/dev/null)
DEPS=$(tr ':' '\n' <"$WORK/deps.cp" | grep -v '/jcherry-' | paste -sd:)
JAVAPOET=$(find ~/.m2/repository/com/palantir/javapoet -name 'javapoet-*.jar' | sort | tail -1)
RT="$(jar_of runtime):$(jar_of common):$DEPS"
PROC="$(jar_of processor):$(jar_of common):$JAVAPOET"
HZ=$(getconf CLK_TCK)

# CPU seconds (user + system) of a command: on a shared machine wall time mostly measures the
# neighbours.
cpu_s() {
  local t
  t=$( { TIMEFORMAT='%3U %3S'; time "$@" >>"$WORK/javac.log" 2>&1; } 2>&1 ) || { cat "$WORK/javac.log" >&2; exit 1; }
  awk '{print $1 + $2}' <<<"$t"
}

# compile_app SRC OUT: javac with the processor; classes and the service file in OUT.
compile_app() {
  mkdir -p "$2"
  "$JAVAC" -d "$2" -processorpath "$PROC" -cp "$RT" $(find "$1" -name '*.java')
}

now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# wait_ready PID URL: until URL answers 200, or the process dies.
wait_ready() {
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$2" || true) == 200 ]]; do
    kill -0 "$1" 2>/dev/null || { echo "server $1 died" >&2; exit 1; }
    sleep 0.01
  done
}

# measure PID URL SECONDS CONNS [LUA]: "req/s p99 cpu_us_per_request" over one wrk run, with the
# wrk script LUA if given (a request body).
measure() {
  local c0 c1 out
  local -a script=()
  [[ -n ${5:-} ]] && script=(--timeout 30s -s "$5")
  c0=$(cpu_ticks "$1")
  out=$(wrk -t1 -c"$4" -d"${3}s" --latency "${script[@]}" "$2")
  c1=$(cpu_ticks "$1")
  awk -v t=$((c1 - c0)) -v hz="$HZ" '
    /Requests\/sec/ {rps = $2}
    /requests in/ {reqs = $1}
    $1 == "99%" {p99 = $2}
    END {printf (rps < 100 ? "%.1f" : "%.0f") " %s %.1f\n", rps, p99, (reqs ? t / hz * 1e6 / reqs : 0)}' <<<"$out"
}
