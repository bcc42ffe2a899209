#!/usr/bin/env bash
# The longer fuzzing run: every Jazzer target (@FuzzTest) in fuzzing mode, ROUNDS x 60 s each.
#
#   bench/fuzz.sh                  # every target, 2 rounds (about 2 minutes of fuzzing each)
#   bench/fuzz.sh --rounds 10      # 10 minutes each
#   bench/fuzz.sh --only Cookies,ConfigFile --rounds 1
#   MVN="mvn -Dmaven.repo.local=/tmp/m2" bench/fuzz.sh
#
# mvn verify only replays each target's kept inputs (src/test/resources/.../<Class>Inputs/); this
# fuzzes for real. A round is one `JAZZER_FUZZ=1 mvn test -Dtest=<Class>` run, which fuzzes for the
# target's maxDuration (60 s) and keeps what it learnt in <module>/.cifuzz-corpus/ (ignored by git),
# so later rounds and later runs go on from there. A crashing input is written to the target's
# Inputs directory, where mvn verify replays it from then on: fix the parser, keep the file.
# Each input has 10 s (libFuzzer's -timeout, from JUnit's timeout default): slower is a hang.
# Prints one line per target: rounds, executions, seconds fuzzed, coverage, corpus, verdict; the
# full logs are in bench/results/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=2
ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    *) echo "usage: bench/fuzz.sh [--rounds N] [--only Name,Name]" >&2; exit 2 ;;
  esac
done
MVN=${MVN:-mvn}

# module:class of every fuzz target.
TARGETS="
runtime:org.jcherry.common.PythonLiteralFuzzTest
runtime:org.jcherry.config.ConfigFileFuzzTest
runtime:org.jcherry.http.MultipartParserFuzzTest
runtime:org.jcherry.http.QueryStringsFuzzTest
runtime:org.jcherry.http.CookiesFuzzTest
runtime:org.jcherry.http.HeaderElementsFuzzTest
runtime:org.jcherry.http.UrlBuilderFuzzTest
runtime:org.jcherry.dispatch.PathSegmentsFuzzTest
runtime:org.jcherry.tools.statics.ByteRangesFuzzTest
runtime:org.jcherry.server.MessageFramingFuzzTest
"

LOGS=bench/results/fuzz
mkdir -p "$LOGS"
$MVN -B -q install -DskipTests -pl runtime/common,processor,runtime

printf '%-26s %6s %12s %8s %6s %10s  %s\n' target rounds executions seconds cov corpus verdict
failed=0
for t in $TARGETS; do
  module=${t%%:*}
  class=${t#*:}
  name=${class##*.}
  short=${name%FuzzTest}
  if [ -n "$ONLY" ] && [[ ",$ONLY," != *",$short,"* ]] && [[ ",$ONLY," != *",$name,"* ]]; then
    continue
  fi
  runs=0 secs=0 cov="" corp="" verdict="no finding"
  for r in $(seq 1 "$ROUNDS"); do
    log="$LOGS/$name-$r.log"
    if ! JAZZER_FUZZ=1 $MVN -B test -pl "$module" -Dtest="$name" \
        -Djunit.jupiter.execution.timeout.testtemplate.method.default=10s \
        -Djunit.jupiter.execution.timeout.mode=disabled >"$log" 2>&1; then
      verdict="FINDING (see $log)"
    fi
    done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
    if [ -n "$done_line" ]; then
      runs=$((runs + $(echo "$done_line" | awk '{print $2}')))
      secs=$((secs + $(echo "$done_line" | awk '{print $5}')))
    fi
    last=$(grep -E '^#[0-9]+.*(DONE|NEW|REDUCE|pulse)' "$log" | tail -1 || true)
    cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    corp=$(echo "$last" | sed -n 's/.*corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p')
    if [ "$verdict" != "no finding" ]; then
      failed=1
      break
    fi
  done
  printf '%-26s %6s %12s %8s %6s %10s  %s\n' "$short" "$ROUNDS" "$runs" "$secs" "$cov" "$corp" "$verdict"
done
exit $failed
