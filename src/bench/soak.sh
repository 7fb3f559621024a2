#!/usr/bin/env bash
# Soak of `ai4s serve` (not a test; not part of `mvn verify`): many connections for a while, then is anything left over?
#
# Starts `./ai4s serve --port 0 SERVE_OPTION...` as users do; CONNECTIONS keep-alive connections (one curl process
# each, BATCH requests per connection) send for SECONDS seconds a mix of home and resource pages, Turtle descriptions,
# search, small SPARQL queries and ranged dump requests (`Range: bytes=...`), after WARMUP seconds of the same mix.
# Measures the server's heap in use after a full GC (`jcmd PID GC.run`, `GC.heap_info`), its threads
# (/proc/PID/task) and open file descriptors (/proc/PID/fd) when idle after the warm-up (start) and after the soak (end).
#
# Exits 1 when a check fails:
#   - no error: every answer is 2xx, 206 or 304, or an expected 429/503 (shed queries, counted apart); no connection error;
#   - heap after a full GC at the end at most HEAP_TOLERANCE_MB (16) above the start;
#   - threads and file descriptors at the end at most COUNT_TOLERANCE (8) above the start, once idle
#     (the connections closed, waited for up to 30 s).
#
# usage: src/bench/soak.sh [SERVE_OPTION...]
# environment: CONNECTIONS (64), DURATION (60), WARMUP (20), BATCH (20), HEAP_TOLERANCE_MB (16), COUNT_TOLERANCE (8)
# needs: bash, curl, coreutils, Java 17 with jcmd; `./ai4s` builds target/ai4s.jar when it is missing or stale.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/serve-lib.sh"
connections=${CONNECTIONS:-64}
soak_seconds=${DURATION:-60}
warmup=${WARMUP:-20}
batch=${BATCH:-20}
heap_tolerance=${HEAP_TOLERANCE_MB:-16}
count_tolerance=${COUNT_TOLERANCE:-8}
work=$root/target/soak
rm -rf "$work"
mkdir -p "$work"

machine_line=$(machine)
start_server "$work/serve.log" "$@"
mapfile -t paths < <(resource_paths)
[ "${#paths[@]}" -gt 0 ] || { echo "the server listed no resources" >&2; exit 1; }
# the plain dumps with their sizes ("NAME BYTES"), so that every range starts inside its file
mapfile -t dumps < <(curl -s --fail --max-time 10 "$base/dumps/SHA256SUMS" | awk '$2 !~ /\.gz$/ { print $2 }' |
  while read -r name; do
    echo "$name $(curl -s --fail --max-time 10 -o /dev/null -w '%{size_download}' "$base/dumps/$name")"
  done)
[ "${#dumps[@]}" -gt 0 ] || { echo "the server lists no dumps" >&2; exit 1; }
encode_small_queries

kinds=(home page page description description search query dump)
# One connection: batches of BATCH requests of random kinds over one keep-alive connection, until the deadline.
connection() { # out-file deadline-epoch
  local i
  while [ "$(date +%s)" -lt "$2" ]; do
    curl -s --max-time 60 -K <(
      for (( i = 1; i <= batch; i++ )); do
        [ "$i" -gt 1 ] && echo next
        request_block "${kinds[RANDOM % ${#kinds[@]}]}"
      done) >> "$1" || true
  done
}

load() { # name seconds: CONNECTIONS connections for that long
  local deadline=$(( $(date +%s) + $2 )) pids=() c started=$SECONDS
  for (( c = 1; c <= connections; c++ )); do
    connection "$work/$1-$c.txt" "$deadline" &
    pids+=($!)
  done
  wait "${pids[@]}"
  echo $(( SECONDS - started )) > "$work/$1-seconds"
  cat "$work/$1"-[0-9]*.txt > "$work/$1.txt"
}

# Heap, threads and descriptors once the connections are closed: descriptors are sampled until they stop falling
# (at most 30 s), so that sockets still closing are not counted as growth. Keeps the heap's class histogram in
# $work/histogram-NAME.txt, to see what grew.
idle_resources() { # name
  local deadline=$(( SECONDS + 30 )) before after
  after=$(ls "/proc/$server_pid/fd" | wc -l)
  while [ "$SECONDS" -lt "$deadline" ]; do
    sleep 1
    before=$after
    after=$(ls "/proc/$server_pid/fd" | wc -l)
    [ "$after" -ge "$before" ] && break
  done
  local resources
  resources=$(server_resources)
  jcmd "$server_pid" GC.class_histogram > "$work/histogram-$1.txt"
  echo "$resources"
}

# The classes whose instances took most more bytes at the end than at the start: "+KB class" lines.
grown_classes() {
  awk 'FNR == NR && $1 ~ /^[0-9]+:$/ { start[$4] = $3; next } $1 ~ /^[0-9]+:$/ { d = $3 - start[$4]; if (d > 0) printf "%d %s\n", d, $4 }' \
    "$work/histogram-start.txt" "$work/histogram-end.txt" | sort -rn | head -"${1:-5}" | awk '{ printf "+%.0f KB %s\n", $1 / 1024, $2 }'
}

read -r heap_idle threads_idle fds_idle < <(server_resources)
echo "warming up: $connections connections for ${warmup} s..." >&2
load warmup "$warmup"
read -r heap_start threads_start fds_start < <(idle_resources start)
echo "soak: $connections connections for ${soak_seconds} s..." >&2
load soak "$soak_seconds"
read -r heap_end threads_end fds_end < <(idle_resources end)
alive=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base/\$/ping")

# Answers: fine (2xx, 304), shed (429, 503 of a query), errors (anything else, and every failed connection).
total=$(wc -l < "$work/soak.txt")
shed=$(awk '$1 == "query" && ($2 == 429 || $2 == 503) && $4 == 0 { n++ } END { print n + 0 }' "$work/soak.txt")
errors=$(awk '!($4 == 0 && ($2 ~ /^2/ || $2 == 304 || ($1 == "query" && ($2 == 429 || $2 == 503)))) { n++ } END { print n + 0 }' "$work/soak.txt")
error_detail=$(awk '!($4 == 0 && ($2 ~ /^2/ || $2 == 304 || ($1 == "query" && ($2 == 429 || $2 == 503)))) { print $1 " status " $2 " curl exit " $4 }' "$work/soak.txt" | sort | uniq -c | tr -s ' ' | paste -sd ';' -)
elapsed=$(cat "$work/soak-seconds")

row() { # label kind-regex
  local n p50 p99 max
  read -r n p50 p99 max < <(latency "$work/soak.txt" "$2")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$n" "$(statuses "$work/soak.txt" "$2")" "$p50" "$p99" "$max"
}

echo
echo "Soak of ai4s serve: $machine_line."
echo "Server: ./ai4s serve --port 0${*:+ $*}; $connections keep-alive connections ($batch requests each, then a new one) for $elapsed s after a ${warmup} s warm-up."
echo
echo "| requests | per second | errors | shed queries (429/503) |"
echo "|---:|---:|---:|---:|"
echo "| $total | $(( total / (elapsed > 0 ? elapsed : 1) )) | $errors | $shed |"
echo
echo "| kind | requests | answers | p50 ms | p99 ms | max ms |"
echo "|---|---:|---|---:|---:|---:|"
row "home page" home
row "resource page (HTML)" page
row "description (Turtle)" description
row "search" search
row "small query" query
row "ranged dump (64 KiB)" dump
echo
echo "| server | idle, before any load | start (after the warm-up) | end (after the soak) | allowed at the end |"
echo "|---|---:|---:|---:|---:|"
echo "| heap after a full GC (MB) | $heap_idle | $heap_start | $heap_end | $(awk -v h="$heap_start" -v t="$heap_tolerance" 'BEGIN { printf "%.1f", h + t }') |"
echo "| threads | $threads_idle | $threads_start | $threads_end | $(( threads_start + count_tolerance )) |"
echo "| open file descriptors | $fds_idle | $fds_start | $fds_end | $(( fds_start + count_tolerance )) |"
echo
echo "Grown most from start to end (jcmd GC.class_histogram): $(grown_classes | paste -sd ',' - | sed 's/,/, /g')."

failed=0
check() { # condition-result message
  if [ "$1" = ok ]; then echo "ok:     $2"; else echo "FAILED: $2"; failed=1; fi
}
echo
check "$([ "$errors" -eq 0 ] && echo ok)" "no error among $total requests${error_detail:+ ($error_detail)}"
check "$(awk -v s="$heap_start" -v e="$heap_end" -v t="$heap_tolerance" 'BEGIN { if (e <= s + t) print "ok" }')" \
  "heap after a full GC grew by at most $heap_tolerance MB ($heap_start -> $heap_end MB)"
check "$([ "$threads_end" -le $(( threads_start + count_tolerance )) ] && echo ok)" \
  "threads grew by at most $count_tolerance ($threads_start -> $threads_end)"
check "$([ "$fds_end" -le $(( fds_start + count_tolerance )) ] && echo ok)" \
  "open file descriptors grew by at most $count_tolerance ($fds_start -> $fds_end)"
check "$([ "$alive" = 200 ] && echo ok)" "/\$/ping answers 200 after the soak"
exit "$failed"
