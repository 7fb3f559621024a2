package org.ai4skg.export;

import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;

/** N-Triples spelling of RDF terms (UTF-8, not ASCII-escaped); blank nodes are written by their label as it is. */
final class Terms {

    private static final NodeFormatter NT = new NodeFormatterNT(CharSpace.UTF8);
    private static final ThreadLocal<IndentedLineBuffer> BUFFER = ThreadLocal.withInitial(IndentedLineBuffer::new);

    private Terms() {
    }

    static String nt(Node node) {
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        IndentedLineBuffer buffer = BUFFER.get();
        buffer.clear();
        NT.format(buffer, node);
        return buffer.asString();
    }
}
