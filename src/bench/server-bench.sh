#!/usr/bin/env bash
# Benchmark of `ai4s serve` beside a plain Fuseki serving the same data (not a test; not part of `mvn verify`).
# Measures requests/s and p50/p99 latency with wrk at 1, 16 and 64 concurrent loopback connections for
#   - a simple SELECT (same query string on both servers), and
#   - an entity description (ours: GET /resource/model-N as Turtle; Fuseki: DESCRIBE <...> as Turtle), N random in 1..2000.
# Both servers run side by side; each measurement is repeated ROUNDS times, alternating between the servers, and the
# medians are reported, so that both see the same machine load.
# usage: src/bench/server-bench.sh [DURATION_SECONDS=10] [MODELS=20000] [ROUNDS=3]
# needs: wrk, java 17, target/ai4s.jar (mvn -o package -DskipTests), network once for the Fuseki jar (Maven Central).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
duration=${1:-10}
models=${2:-20000}
rounds=${3:-3}
warmup=${WARMUP:-10}
work=$root/target/bench
mkdir -p "$work"
fuseki_jar=$work/lib/jena-fuseki-server-5.6.0.jar
if [ ! -f "$fuseki_jar" ]; then
  mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory="$work/lib"
fi
[ -f "$root/target/ai4s.jar" ] || (cd "$root" && mvn -B -q -o package -DskipTests)
if [ ! -f "$work/home/all.ttl" ] || [ "$(cat "$work/home/.models" 2>/dev/null)" != "$models" ]; then
  rm -rf "$work/home"
  "$root/src/bench/generate-data.sh" "$work/home" "$models"
  echo "$models" > "$work/home/.models"
fi
load=$(cut -d' ' -f1-3 /proc/loadavg)
port_ours=3391
port_plain=3392
select_query='PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?label WHERE { <https://w3id.org/ai4s-kg/resource/model-42> skos:prefLabel ?label }'
select_enc=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$select_query")
results=$work/results.tsv
: > "$results"

wait_up() {
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "http://localhost:$1/\$/ping" && return 0
    sleep 0.5
  done
  echo "server on port $1 did not start" >&2
  return 1
}

# wrk's latency figures in ms
to_ms() {
  awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 } printf "%.2f", v }'
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

run() { # server workload connections url [lua]
  local server=$1 workload=$2 c=$3 url=$4 script=${5:-}
  local threads=$(( c < 2 ? 1 : 2 ))
  local args=(-t "$threads" -c "$c" -d "${duration}s" --latency -H "Accept: application/sparql-results+json")
  [ -n "$script" ] && args=(-t "$threads" -c "$c" -d "${duration}s" --latency -s "$script")
  local pid=$pid_ours
  [ "$server" = fuseki ] && pid=$pid_plain
  local before after out
  before=$(cpu_ticks "$pid")
  out=$(wrk "${args[@]}" "$url")
  after=$(cpu_ticks "$pid")
  local rps p50 p99 requests cpu errors
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }' | to_ms)
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }' | to_ms)
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  # server CPU time per request in microseconds (clock ticks are 10 ms): robust against other load on the machine
  cpu=$(awk -v t=$(( after - before )) -v n="$requests" 'BEGIN { printf "%.0f", t * 10000 / (n > 0 ? n : 1) }')
  errors=$(echo "$out" | awk '/Non-2xx or 3xx responses/ { print "non-2xx:" $5 } /Socket errors/ { print "socket-errors" }' | tr '\n' ' ')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$server" "$workload" "$c" "$rps" "$p50" "$p99" "$cpu" "${errors:-ok}" | tee -a "$results"
}

warm() { # port select-url mode
  export MODE=$3
  wrk -t 2 -c 16 -d "${warmup}s" -H "Accept: application/sparql-results+json" "$2" > /dev/null
  wrk -t 2 -c 16 -d "${warmup}s" -s "$root/src/bench/entity.lua" "http://localhost:$1" > /dev/null
}

java_opts=(-Xms1g -Xmx1g)
# Both servers run side by side and are measured alternately, so that both see the same machine load.
java "${java_opts[@]}" -jar "$root/target/ai4s.jar" serve --port "$port_ours" --home "$work/home" > "$work/ours.log" 2>&1 &
pid_ours=$!
java "${java_opts[@]}" -jar "$fuseki_jar" --port "$port_plain" --file "$work/home/all.ttl" /ds > "$work/plain.log" 2>&1 &
pid_plain=$!
trap 'kill $pid_ours $pid_plain 2>/dev/null || true' EXIT
wait_up "$port_ours"
wait_up "$port_plain"
ours_select="http://localhost:$port_ours/sparql?query=$select_enc"
plain_select="http://localhost:$port_plain/ds?query=$select_enc"
warm "$port_ours" "$ours_select" ours
warm "$port_plain" "$plain_select" plain
for c in 1 16 64; do
  for _ in $(seq 1 "$rounds"); do
    MODE=ours; export MODE
    run ours select "$c" "$ours_select"
    MODE=plain; export MODE
    run fuseki select "$c" "$plain_select"
    MODE=ours; export MODE
    run ours entity "$c" "http://localhost:$port_ours" "$root/src/bench/entity.lua"
    MODE=plain; export MODE
    run fuseki entity "$c" "http://localhost:$port_plain" "$root/src/bench/entity.lua"
  done
done
kill "$pid_ours" "$pid_plain"; wait 2>/dev/null || true
trap - EXIT

echo
echo "Data: $models models ($(java -cp "$root/target/ai4s.jar" riotcmd.riot --count "$work/home/all.ttl" 2>&1 | sed -n 's/.*Triples = \(.*\)/\1 triples/p' | head -1)); ${duration}s per run, median of $rounds alternating rounds; $(nproc) cores; load average before: $load; wrk on loopback."
echo
echo "| workload | clients | ai4s serve req/s | Fuseki req/s | ratio | ai4s p50 ms | Fuseki p50 ms | ai4s p99 ms | Fuseki p99 ms | p99 ratio | ai4s CPU µs/req | Fuseki CPU µs/req |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
# medians over the rounds
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for workload in select entity; do
  for c in 1 16 64; do
    row=()
    for server in ours fuseki; do
      for col in 4 5 6 7; do
        row+=("$(awk -F'\t' -v s="$server" -v w="$workload" -v c="$c" -v col="$col" '$1 == s && $2 == w && $3 == c { print $col }' "$results" | median)")
      done
    done
    name=$([ "$workload" = select ] && echo "simple SELECT" || echo "entity description (Fuseki: DESCRIBE)")
    awk -v name="$name" -v c="$c" -v or="${row[0]}" -v o50="${row[1]}" -v o99="${row[2]}" -v ocpu="${row[3]}" \
      -v fr="${row[4]}" -v f50="${row[5]}" -v f99="${row[6]}" -v fcpu="${row[7]}" \
      'BEGIN { printf "| %s | %s | %.0f | %.0f | %.2f× | %.2f | %.2f | %.2f | %.2f | %.2f× | %.0f | %.0f |\n", name, c, or, fr, or / fr, o50, f50, o99, f99, o99 / f99, ocpu, fcpu }'
  done
done
