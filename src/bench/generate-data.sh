#!/usr/bin/env bash
# Writes a synthetic publication (ontology/ + data/) of N models and N/20 organisations for the server benchmark.
# usage: generate-data.sh DIR [N]
set -euo pipefail
dir=$1
n=${2:-20000}
mkdir -p "$dir/ontology" "$dir/data"
here=$(cd "$(dirname "$0")" && pwd)
cp "$here/../test/resources/fixtures/server/ontology/ai4s.ttl" "$dir/ontology/ai4s.ttl"
awk -v n="$n" 'BEGIN {
  print "@prefix ai4s: <https://w3id.org/ai4s-kg/ontology#> ."
  print "@prefix res: <https://w3id.org/ai4s-kg/resource/> ."
  print "@prefix skos: <http://www.w3.org/2004/02/skos/core#> ."
  print "@prefix dcterms: <http://purl.org/dc/terms/> ."
  print "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> ."
  print ""
  orgs = int(n / 20); if (orgs < 1) orgs = 1
  for (s = 1; s <= 50; s++) {
    printf "res:section-%d a ai4s:Section ; skos:prefLabel \"Section %d\"@en , \"第%d节\"@zh .\n", s, s, s
  }
  for (o = 1; o <= orgs; o++) {
    printf "res:org-%d a ai4s:Organisation ; skos:prefLabel \"Organisation %d\"@en , \"机构%d\"@zh ;\n", o, o, o
    printf "    skos:definition \"A synthetic organisation number %d.\"@en ; dcterms:source res:section-%d .\n", o, (o % 50) + 1
  }
  for (m = 1; m <= n; m++) {
    printf "res:model-%d a ai4s:Model ; skos:prefLabel \"Model %d\"@en , \"模型%d\"@zh ; skos:altLabel \"M%d\"@en ;\n", m, m, m, m
    printf "    skos:definition \"A synthetic model number %d for the benchmark.\"@en , \"用于基准测试的第%d个模型。\"@zh ;\n", m, m
    printf "    ai4s:developer res:org-%d ; ai4s:releaseDate \"20%02d-%02d-%02d\"^^xsd:date ;\n", (m % orgs) + 1, 10 + m % 15, 1 + m % 12, 1 + m % 28
    printf "    dcterms:source res:section-%d .\n", (m % 50) + 1
  }
}' > "$dir/data/generated.ttl"
cat "$dir/ontology/ai4s.ttl" "$dir/data/generated.ttl" > "$dir/all.ttl"
