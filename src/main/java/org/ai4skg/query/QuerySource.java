package org.ai4skg.query;

import java.nio.file.Path;

import org.ai4skg.publication.Layout;

/** Where a query runs: the repository's files, a TDB2 database, or a remote SPARQL endpoint. */
public sealed interface QuerySource {

    /** The publication read from the repository's {@code ontology/} and {@code data/}. */
    record Files(Layout layout) implements QuerySource {
    }

    /** An existing TDB2 database. */
    record Tdb2(Path folder) implements QuerySource {
    }

    /** A SPARQL 1.1 protocol endpoint. */
    record Endpoint(String url) implements QuerySource {
    }
}
