# bench/jmh.sh's report tables: from JMH's CSV, one Markdown row per pair of scores that differ
# only in their side (two benchmark methods, or two values of a @Param), with their ratio. Prints
# nothing when the CSV has no row of that benchmark class. Variables (awk -v):
#   class      the benchmark class whose rows to take, e.g. HelloBenchmark
#   side       where a score's side is: "method" (a suffix of the method's name, the rest of it
#              the pair's name) or a CSV column, e.g. "Param: handlers" (the method is the pair)
#   a, b       the two sides' values; the ratio is a's ops/s over b's
#   a_label, b_label   their names in the header
#   case_col   the CSV column that tells a pair's cases apart, e.g. "Param: target"
#   case_label, case_fmt   its header and its printf format, e.g. "route" and "`GET %s`"
# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit", then a
# "Param: NAME" column for every parameter of the run's benchmarks (empty where one has none).
BEGIN { FS = "," }
{ sub(/\r$/, ""); for (i = 1; i <= NF; i++) gsub(/"/, "", $i) } # JMH ends its lines with CRLF
NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
{
  n = split($1, name, ".")
  if (name[n - 1] != class) next
  method = name[n]
  if (side == "method") {
    s = method ~ (a "$") ? a : method ~ (b "$") ? b : ""
    pair = substr(method, 1, length(method) - length(s))
  } else {
    s = $(col[side])
    pair = method
  }
  if (s == "" || (s != a && s != b)) next
  key = pair SUBSEP $(col[case_col])
  if (!(key in seen)) { seen[key] = 1; order[++rows] = key; PAIR[key] = pair; CASE[key] = $(col[case_col]) }
  score[key, s] = $5
  error[key, s] = $6
}
function ops(key, s) {
  if (!((key, s) in score)) return "-"
  e = error[key, s]
  return sprintf("%.0f", score[key, s]) (e == "NaN" ? "" : sprintf(" ± %.0f", e))
}
function ns(key, s) {
  return ((key, s) in score) ? sprintf("%.1f", 1e9 / score[key, s]) : "-"
}
function row(k) {
  both = ((k, a) in score) && ((k, b) in score)
  ratio = both ? sprintf("%.3fx", score[k, a] / score[k, b]) : "-"
  printf "| %s | " case_fmt " | %s | %s | %s | %s | %s |\n", PAIR[k], CASE[k], \
    ops(k, a), ops(k, b), ratio, ns(k, a), ns(k, b)
}
END {
  if (!rows) exit
  printf "| pair | %s | %s ops/s | %s ops/s | %s/%s | %s ns/op | %s ns/op |\n", case_label, \
    a_label, b_label, a_label, b_label, a_label, b_label
  print "|---|---|--:|--:|--:|--:|--:|"
  # The whole request first, then the parts of it.
  for (r = 1; r <= rows; r++) if (PAIR[order[r]] == "serve") row(order[r])
  for (r = 1; r <= rows; r++) if (PAIR[order[r]] != "serve") row(order[r])
}
