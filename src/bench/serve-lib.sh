# Shared by overload.sh and soak.sh (sourced, not run): start `ai4s serve` as users do, wait for it, stop it,
# the requests of a visitor, latency figures and the server's heap, threads and file descriptors.
# Needs only bash, curl, coreutils and the JDK's jcmd.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
server_pid=
base=

# Starts `./ai4s serve --port 0 ARGS...` (any free port), waits for its `ready at` line and for /$/ping,
# and stops it (and every job of the calling script) on exit. Sets server_pid and base.
start_server() { # log-file serve-args...
  local log=$1; shift
  : > "$log"
  "$root/ai4s" serve --port 0 "$@" > "$log" 2>&1 &
  server_pid=$!
  trap stop_everything EXIT
  trap 'exit 130' INT TERM
  local deadline=$(( SECONDS + ${START_SECONDS:-300} )) port=
  until port=$(sed -n 's#^ready at http://[^/]*:\([0-9][0-9]*\)/.*#\1#p' "$log" 2>/dev/null) && [ -n "$port" ]; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "ai4s serve exited before it was ready:" >&2; cat "$log" >&2; exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "ai4s serve was not ready within ${START_SECONDS:-300} s" >&2; exit 1
    fi
    sleep 0.2
  done
  base=http://127.0.0.1:$port
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base/\$/ping")" = 200 ]; do
    if [ "$SECONDS" -ge "$deadline" ]; then echo "$base/\$/ping did not answer 200" >&2; exit 1; fi
    sleep 0.2
  done
}

# Ends this script's background jobs, then the server: SIGTERM, and SIGKILL if it is still there after 20 s.
# Never fails, so that the script's own exit status stands.
stop_everything() {
  set +e
  local jobs_left
  jobs_left=$(jobs -p | grep -vx "${server_pid:-none}" || true)
  [ -z "$jobs_left" ] || kill $jobs_left 2>/dev/null || true
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null
    local deadline=$(( SECONDS + 20 ))
    while kill -0 "$server_pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  wait 2>/dev/null
  return 0
}

# Paths of the graph's resources (/resource/...), one a line, asked of the server itself.
resource_paths() {
  curl -s --fail --max-time 30 -G -H 'Accept: text/csv' "$base/sparql" --data-urlencode \
    'query=SELECT DISTINCT ?s WHERE { ?s a ?type FILTER(STRSTARTS(STR(?s), "https://w3id.org/ai4s-kg/resource/")) } ORDER BY ?s' |
    tr -d '\r' | sed -n 's#^https://w3id.org/ai4s-kg/\(resource/.*\)#/\1#p'
}

# What a visitor asks, as curl config blocks (one request each, `next` between them), so that one curl process
# can send many requests over one connection. Each request's answer is written as "KIND STATUS SECONDS EXITCODE".
search_terms=(AlphaFold DOE '%E8%9B%8B%E7%99%BD%E8%B4%A8' exascale laboratory 'El%20Capitan' fusion GNoME)
small_queries=(
  'SELECT ?label WHERE { <https://w3id.org/ai4s-kg/resource/el-capitan> <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }'
  'SELECT (COUNT(*) AS ?n) WHERE { ?m a <https://w3id.org/ai4s-kg/ontology#AIModel> }'
  'ASK { <https://w3id.org/ai4s-kg/resource/alphafold-3> ?p ?o }'
  'SELECT ?p ?o WHERE { <https://w3id.org/ai4s-kg/resource/alphafold-3> ?p ?o } LIMIT 20'
)
small_queries_encoded=()
url_encode() { # RFC 3986: every byte but the unreserved ones as %XX
  local LC_ALL=C s=$1 out= c h i
  for (( i = 0; i < ${#s}; i++ )); do
    c=${s:i:1}
    case $c in
      [A-Za-z0-9.~_-]) out+=$c ;;
      *) printf -v h "%%%02X" "'$c"; out+=$h ;;
    esac
  done
  printf "%s" "$out"
}
encode_small_queries() {
  local q
  for q in "${small_queries[@]}"; do small_queries_encoded+=("$(url_encode "$q")"); done
}

request_block() { # kind
  local kind=$1 path=${paths[RANDOM % ${#paths[@]}]}
  printf 'output = "/dev/null"\nwrite-out = "%s %%{http_code} %%{time_total} %%{exitcode}\\n"\n' "$kind"
  case $kind in
    home) printf 'url = "%s/"\nheader = "Accept: text/html"\n' "$base" ;;
    page) printf 'url = "%s%s"\nheader = "Accept: text/html"\n' "$base" "$path" ;;
    description) printf 'url = "%s%s"\nheader = "Accept: text/turtle"\n' "$base" "$path" ;;
    search) printf 'url = "%s/search?q=%s"\n' "$base" "${search_terms[RANDOM % ${#search_terms[@]}]}" ;;
    query) printf 'url = "%s/sparql?query=%s"\nheader = "Accept: application/sparql-results+json"\n' \
      "$base" "${small_queries_encoded[RANDOM % ${#small_queries_encoded[@]}]}" ;;
    dump) # dumps: "NAME BYTES" a line; 64 KiB from a random place inside the file (cut at its end)
      local name size from
      read -r name size <<< "${dumps[RANDOM % ${#dumps[@]}]}"
      from=$(( (RANDOM * 32768 + RANDOM) % size ))
      printf 'url = "%s/dumps/%s"\nheader = "Range: bytes=%d-%d"\n' "$base" "$name" "$from" $(( from + 65535 )) ;;
  esac
}

# Nearest-rank percentiles of the seconds in column 3 of lines whose kind (column 1) matches a regex, in ms:
# "count p50 p99 max".
latency() { # file kind-regex
  awk -v k="^($2)\$" '$1 ~ k { print $3 }' "$1" | sort -g |
    awk '{ v[NR] = $1 } END {
      if (NR == 0) { print "0 - - -"; exit }
      p50 = v[int(NR * 0.50 + 0.999999)]; p99 = v[int(NR * 0.99 + 0.999999)]
      printf "%d %.1f %.1f %.1f\n", NR, p50 * 1000, p99 * 1000, v[NR] * 1000 }'
}

# Counts of the statuses (column 2) of lines whose kind matches a regex: "200:812 503:4".
statuses() { # file kind-regex
  awk -v k="^($2)\$" '$1 ~ k { n[$2]++ } END { for (s in n) printf "%s:%d ", s, n[s] }' "$1" | tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/ *$//'
}

# The server's heap in use after a full GC (MB), its threads and open file descriptors: "HEAP_MB THREADS FDS".
server_resources() {
  jcmd "$server_pid" GC.run > /dev/null
  local heap
  heap=$(jcmd "$server_pid" GC.heap_info | awk '/heap +total/ { for (i = 1; i < NF; i++) if ($i == "used") { sub(/K$/, "", $(i + 1)); printf "%.1f", $(i + 1) / 1024 } }')
  echo "$heap $(ls "/proc/$server_pid/task" | wc -l) $(ls "/proc/$server_pid/fd" | wc -l)"
}

machine() {
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
}
