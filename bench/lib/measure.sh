# Measuring a server process under wrk, and the table of paired ratios: no build, no classpath,
# so bench/ab.sh can use it on two jars alone (apps.sh sources it for the other benchmarks).
HZ=$(getconf CLK_TCK)

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
# wrk script LUA if given (a request body, a header, a client). With ALSO_PID set, a fourth
# figure: that process's CPU µs per request over the same run (a service the server calls, such as
# the Redis behind its sessions).
measure() {
  local c0 c1 a0=0 a1=0 out
  local -a script=()
  [[ -n ${5:-} ]] && script=(--timeout 30s -s "$5")
  [[ -n ${ALSO_PID:-} ]] && a0=$(cpu_ticks "$ALSO_PID")
  c0=$(cpu_ticks "$1")
  out=$(wrk -t1 -c"$4" -d"${3}s" --latency "${script[@]}" "$2")
  c1=$(cpu_ticks "$1")
  [[ -n ${ALSO_PID:-} ]] && a1=$(cpu_ticks "$ALSO_PID")
  awk -v t=$((c1 - c0)) -v a=$((a1 - a0)) -v also="${ALSO_PID:+1}" -v hz="$HZ" '
    /Requests\/sec/ {rps = $2}
    /requests in/ {reqs = $1}
    $1 == "99%" {p99 = $2}
    END {printf (rps < 100 ? "%.1f" : "%.0f") " %s %.1f", rps, p99, (reqs ? t / hz * 1e6 / reqs : 0)
      if (also) printf " %.1f", (reqs ? a / hz * 1e6 / reqs : 0)
      printf "\n"}' <<<"$out"
}

# p99 as wrk prints it (850.00us, 1.23ms, 2.00s) in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN {n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
  printf "%.3f", u == "us" ? n / 1000 : u == "s" ? n * 1000 : u == "m" ? n * 60000 : n}'; }

# paired_table RESULTS ROUNDS CASE...: the Markdown table of a benchmark whose rounds ran every
# server of a case in turn. RESULTS names an associative array of "req/s p99 cpu_us" (measure's
# line; a fourth figure is ignored) by "case.server.round"; a CASE is "name|server server...|bytes
# per answer", its first server the baseline. Medians over the rounds; every "vs" ratio is taken
# per round against the baseline's figure in that same round, then their median.
paired_table() {
  local -n res=$1
  local rounds=$2; shift 2
  local c name servers bytes first s r rps p99 cpu brps bp99 bcpu
  echo "| case | server | req/s | min–max | MB/s | p99 ms | CPU µs/request | req/s vs ${FIRST_LABEL:-first} | p99 vs | CPU vs | per round (req/s, p99, CPU µs) |"
  echo "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|"
  for c in "$@"; do
    IFS='|' read -r name servers bytes <<<"$c"
    first=${servers%% *}
    for s in $servers; do
      local rows="" per=""
      for ((r = 1; r <= rounds; r++)); do
        read -r rps p99 cpu _ <<<"${res[$name.$s.$r]}"
        read -r brps bp99 bcpu _ <<<"${res[$name.$first.$r]}"
        rows+="$rps $(to_ms "$p99") $cpu $brps $(to_ms "$bp99") $bcpu"$'\n'
        per+="$rps, $p99, $cpu; "
      done
      awk -v name="$name" -v s="$s" -v bytes="$bytes" -v per="${per%; }" '
        function med(a, n,   i, j, t) {
          for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
          return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
        NF == 6 { n++; rps[n] = $1; p99[n] = $2; cpu[n] = $3; lo = (n == 1 || $1 < lo) ? $1 : lo; hi = $1 > hi ? $1 : hi
          rr[n] = $4 > 0 ? $1 / $4 : 0; pr[n] = $5 > 0 ? $2 / $5 : 0; cr[n] = $6 > 0 ? $3 / $6 : 0 }
        END { m = med(rps, n)
          printf "| %s | %s | %.0f | %.0f–%.0f | %.1f | %.2f | %.1f | %.2fx | %.2fx | %.2fx | %s |\n", name, s, m, lo, hi,
            m * bytes / 1e6, med(p99, n), med(cpu, n), med(rr, n), med(pr, n), med(cr, n), per }' <<<"$rows"
    done
  done
}
