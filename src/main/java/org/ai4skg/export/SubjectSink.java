package org.ai4skg.export;

import java.io.IOException;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** Receives a sorted graph one subject at a time: the shape every streaming dump writer shares. */
interface SubjectSink {

    /** Called once before the first subject, with the namespaces the triples to come use. */
    void start(UsedNamespaces used) throws IOException;

    /** All triples of one subject, sorted; subjects arrive in sorted order. */
    void subject(Node subject, List<Triple> triples) throws IOException;

    /** Called once after the last subject. */
    void finish() throws IOException;
}
