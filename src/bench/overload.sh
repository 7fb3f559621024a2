#!/usr/bin/env bash
# Overload of `ai4s serve` (not a test; not part of `mvn verify`): one address floods SPARQL while another browses.
#
# Starts `./ai4s serve --port 0 --timeout TIMEOUT SERVE_OPTION...` as users do, then measures a second address
# (127.0.0.2: `curl --interface`) that browses (home page, resource pages, descriptions in Turtle, search) and asks
# small queries, VISITORS requests at a time, for PHASE seconds of warm-up, PHASE seconds with no flood (the baseline)
# and again while 127.0.0.1 sends waves of FLOOD heavy queries at once (a cartesian product over all triples, which
# runs to the timeout), a new wave as soon as the last one is answered, until PHASE seconds have passed.
#
# Prints the flood's answers (completed 200, timed out 503, shed 503 / 429, other) with the longest any of them took,
# and the second address's p50/p99/max with and without the flood. Exits 1 when a check fails:
#   - every flood request gets an HTTP answer (no connection error, no hang), within TIMEOUT + --query-wait + 3 s
#     (a query may wait in the queue, then run to the timeout);
#   - the second address's pages are all answered 2xx, with p99 under 1 s during the flood;
#   - the second address's small queries are all answered 200 during the flood (not shed for the flood's sake).
#
# usage: src/bench/overload.sh [SERVE_OPTION...]        e.g. src/bench/overload.sh --max-queries-per-client 1
# environment: TIMEOUT (10), FLOOD (200), PHASE (25), VISITORS (1)
# needs: bash, curl, coreutils, Java 17; `./ai4s` builds target/ai4s.jar when it is missing or stale.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/serve-lib.sh"
timeout=${TIMEOUT:-10}
flood=${FLOOD:-200}
phase=${PHASE:-25}
visitors=${VISITORS:-1}
query_wait=5
args=("$@")
for (( i = 0; i < ${#args[@]}; i++ )); do
  case ${args[i]} in
    --query-wait=*) query_wait=${args[i]#*=} ;;
    --query-wait) query_wait=${args[i + 1]} ;;
  esac
done
bound=$(( timeout + query_wait + 3 ))
work=$root/target/overload
rm -rf "$work"
mkdir -p "$work/flood"
: > "$work/heavy.txt"
heavy='SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'

machine_line=$(machine)
start_server "$work/serve.log" --timeout "$timeout" "$@"
mapfile -t paths < <(resource_paths)
[ "${#paths[@]}" -gt 0 ] || { echo "the server listed no resources" >&2; exit 1; }
encode_small_queries
admission=$(curl -s --max-time 10 -H 'Accept: application/n-triples' "$base/sparql" |
  sed -n 's#.*<http://www.w3.org/2000/01/rdf-schema\#comment> "\(.*\)" \.$#\1#p' | head -1)

# One visitor of the second address: home, a resource page, a description, a search, a small query, again and
# again until the stop file exists; one request (and one connection) at a time, as a browser opening pages.
visit() { # out-file stop-file
  local kinds=(home page description search query) i=0 kind
  while [ ! -e "$2" ]; do
    kind=${kinds[i % ${#kinds[@]}]}
    i=$(( i + 1 ))
    curl -s --interface 127.0.0.2 --max-time 60 -K <(request_block "$kind") >> "$1" || true
  done
}

visitors_during() { # phase-name command...: the visitors browse while the command runs
  local name=$1 pids=() v; shift
  rm -f "$work/stop"
  for (( v = 1; v <= visitors; v++ )); do
    visit "$work/$name-$v.txt" "$work/stop" &
    pids+=($!)
  done
  "$@"
  touch "$work/stop"
  wait "${pids[@]}"
  cat "$work/$name"-*.txt > "$work/$name.txt"
}

pause() { sleep "$phase" & wait $!; }

wave() { # number: FLOOD heavy queries at once from 127.0.0.1, each answer as "flood STATUS SECONDS EXITCODE BODYFILE"
  local n=$1 i cfg=$work/flood/wave-$1.cfg encoded
  encoded=$(url_encode "$heavy")
  : > "$cfg"
  for (( i = 1; i <= flood; i++ )); do
    [ "$i" -gt 1 ] && echo next >> "$cfg"
    printf 'url = "%s/sparql?query=%s"\ninterface = "127.0.0.1"\nmax-time = %d\noutput = "%s"\nwrite-out = "flood %%{http_code} %%{time_total} %%{exitcode} %s\\n"\n' \
      "$base" "$encoded" $(( bound + 60 )) "$work/flood/$n-$i.body" "$work/flood/$n-$i.body" >> "$cfg"
  done
  curl -s --parallel --parallel-immediate --parallel-max "$flood" -K "$cfg" >> "$work/heavy.txt" 2> "$work/flood/wave-$n.err" || true
}

waves() { # waves back to back until PHASE seconds have passed
  local started=$SECONDS n=0
  while [ "$n" -eq 0 ] || [ $(( SECONDS - started )) -lt "$phase" ]; do
    n=$(( n + 1 ))
    wave "$n"
  done
  echo "$n" > "$work/waves"
  echo $(( SECONDS - started )) > "$work/flood-seconds"
}

echo "warming up (${phase} s of browsing)..." >&2
visitors_during warmup pause
echo "baseline: the second address browses for ${phase} s, no flood..." >&2
visitors_during baseline pause
echo "flood: waves of $flood heavy queries from 127.0.0.1 for ${phase} s, the second address browsing..." >&2
visitors_during flood waves
server_alive=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base/\$/ping")

# The flood's answers by kind: a 503 saying the query timed out ran to the timeout; other 503s and 429s were shed.
: > "$work/flood-kinds.txt"
while read -r _ status seconds exitcode body; do
  kind=other
  case $status in
    200) kind=completed ;;
    429) kind=shed-429 ;;
    503) if grep -qi 'timed out' "$body" 2>/dev/null; then kind=timed-out; else kind=shed-503; fi ;;
  esac
  echo "$kind $status $seconds $exitcode" >> "$work/flood-kinds.txt"
done < "$work/heavy.txt"
count() { awk -v k="$1" '$1 == k { n++ } END { print n + 0 }' "$work/flood-kinds.txt"; }
flood_total=$(wc -l < "$work/heavy.txt")
flood_max=$(awk '{ if ($3 > m) m = $3 } END { printf "%.2f", m }' "$work/flood-kinds.txt")
flood_other=$(count other)
flood_other_detail=$(awk '$1 == "other" { print "status " $2 " curl exit " $4 }' "$work/flood-kinds.txt" | sort | uniq -c | tr -s ' ' | paste -sd ';' -)

row() { # label phase-name kind-regex
  local n p50 p99 max
  read -r n p50 p99 max < <(latency "$work/$2.txt" "$3")
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$n" "$(statuses "$work/$2.txt" "$3")" "$p50" "$p99" "$max"
}
p99_of() { latency "$work/$1.txt" "$2" | cut -d' ' -f3; }
pages='home|page|description|search'

echo
echo "Overload of ai4s serve: $machine_line."
echo "Server: ./ai4s serve --port 0 --timeout $timeout${*:+ $*}; admission in effect: $admission"
echo "Flood from 127.0.0.1: $(cat "$work/waves") waves of $flood heavy queries at once (\`$heavy\`) in $(cat "$work/flood-seconds") s."
echo "Second address 127.0.0.2: $visitors visitor(s), one request at a time each (home, resource page, Turtle description, search, small query in turn), ${phase} s with no flood, then during the flood."
echo
echo "| flood requests | completed (200) | timed out (503) | shed (503) | shed (429) | other | longest (s) | allowed (s) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
echo "| $flood_total | $(count completed) | $(count timed-out) | $(count shed-503) | $(count shed-429) | $flood_other | $flood_max | $bound |"
echo
echo "The flood's shed answers (503 queue full or waited too long, 429) came after: $(latency "$work/flood-kinds.txt" 'shed-503|shed-429' | awk '{ print "p50 " $2 " ms, p99 " $3 " ms, max " $4 " ms" }')."
echo
echo "| second address | phase | requests | answers | p50 ms | p99 ms | max ms |"
echo "|---|---|---:|---|---:|---:|---:|"
row "pages (home, resource pages, descriptions, search)" baseline "$pages"
row "pages (home, resource pages, descriptions, search)" flood "$pages"
row "small queries" baseline query
row "small queries" flood query
echo
awk -v pb="$(p99_of baseline "$pages")" -v pf="$(p99_of flood "$pages")" -v qb="$(p99_of baseline query)" -v qf="$(p99_of flood query)" \
  'function ratio(a, b) { return (a == "-" || b == "-" || b == 0) ? "n/a" : sprintf("%.1f×", a / b) }
  BEGIN { printf "p99 during the flood / without: pages %s, small queries %s\n", ratio(pf, pb), ratio(qf, qb) }'

failed=0
check() { # condition-result message
  if [ "$1" = ok ]; then echo "ok:     $2"; else echo "FAILED: $2"; failed=1; fi
}
echo
check "$([ "$flood_other" -eq 0 ] && echo ok)" "every flood request answered 200, 503 or 429${flood_other_detail:+ (other: $flood_other_detail)}"
check "$(awk -v m="$flood_max" -v b="$bound" 'BEGIN { if (m <= b) print "ok" }')" "longest flood request ${flood_max} s <= timeout $timeout s + queue wait $query_wait s + 3 s"
check "$([ "$server_alive" = 200 ] && echo ok)" "/\$/ping answers 200 after the flood"
check "$(awk -v k="^($pages)\$" '$1 ~ k && $2 !~ /^2/ { bad = 1 } END { if (!bad) print "ok" }' "$work/flood.txt")" \
  "every page of the second address answered 2xx during the flood"
check "$(awk -v p="$(p99_of flood "$pages")" 'BEGIN { if (p != "-" && p < 1000) print "ok" }')" "pages p99 of the second address during the flood under 1000 ms"
check "$(awk '$1 == "query" && $2 != 200 { bad = 1 } END { if (!bad && NR > 0) print "ok" }' "$work/flood.txt")" \
  "every small query of the second address answered 200 during the flood"
exit "$failed"
