# Shared by bench/scale.sh, waiting.sh, static.sh, sessions.sh and bodies.sh: the runtime and
# processor classpaths and compiling an app with the real processor, plus everything in
# measure.sh (measuring a server process, the table of paired ratios). Source it after setting ROOT,
# WORK and (optionally) JARS, a directory of jcherry-{common,processor,runtime}-*.jar to use
# instead of the build's, and BUILD_RUNTIME=0 to use the build as it is (by default the processor
# and runtime are built first, unless JARS is set).
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
source "$(dirname "${BASH_SOURCE[0]}")/measure.sh"

jar_of() { # jar_of common|processor|runtime
  if [[ -n ${JARS:-} ]]; then ls "$JARS"/jcherry-"$1"-*.jar; return; fi
  case "$1" in
    common) ls "$ROOT"/runtime/common/target/jcherry-common-*[0-9T].jar ;;
    processor) ls "$ROOT"/processor/target/jcherry-processor-*[0-9T].jar ;;
    runtime) ls "$ROOT"/runtime/target/jcherry-runtime-*[0-9T].jar ;;
  esac
}
# The processor's and the runtime's runtime dependencies as Maven resolves them, written to their
# target/classpath.txt. Unless BUILD_RUNTIME=0 (or JARS), the same Maven call first builds the processor, the
# runtime and what they need with this JAVA_HOME (then jcherry-common comes from that build, not
# from the local repository, so a fresh clone needs no mvn install first).
CLASSPATH_GOAL=(org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath
  -DincludeScope=runtime -Dmdep.outputFile=target/classpath.txt)
if [[ ${BUILD_RUNTIME:-1} == 1 && -z ${JARS:-} ]]; then
  echo "== building the processor and runtime with $("$JAVA" -version 2>&1 | head -1) (mvn -pl processor,runtime -am package -DskipTests)" >&2
  MAVEN_ARGS=(-pl processor,runtime -am package "${CLASSPATH_GOAL[@]}" -DskipTests)
else
  MAVEN_ARGS=(-pl processor,runtime "${CLASSPATH_GOAL[@]}")
fi
(cd "$ROOT" && ${MVN:-mvn} -B -q "${MAVEN_ARGS[@]}" >"$WORK/classpath.log" 2>&1) \
  || { cat "$WORK/classpath.log" >&2; echo "bench/lib/apps.sh: mvn ${MAVEN_ARGS[*]} failed (above)" >&2; exit 1; }
DEPS=$(tr ':' '\n' <"$ROOT/runtime/target/classpath.txt" | grep -v '/jcherry-' | paste -sd:)
JAVAPOET=$(tr ':' '\n' <"$ROOT/processor/target/classpath.txt" | grep '/javapoet-')
RT="$(jar_of runtime):$(jar_of common):$DEPS"
PROC="$(jar_of processor):$(jar_of common):$JAVAPOET"

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
