package org.ai4skg.export;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;

/**
 * What an export produced.
 *
 * @param files      every file written, dumps first, then {@code void.ttl}, {@code catalog.ttl} and {@code SHA256SUMS}
 * @param voidGraph  the VoID description (as written to {@code void.ttl})
 * @param catalog    the DCAT catalog (as written to {@code catalog.ttl})
 * @param statistics the counts of the whole publication
 */
public record ExportResult(List<DumpFile> files, Graph voidGraph, Graph catalog, Statistics statistics) {

    /** The file with this name, if written. */
    public Optional<DumpFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The number of triples of the whole publication. */
    public long triples() {
        return statistics.triples();
    }
}
