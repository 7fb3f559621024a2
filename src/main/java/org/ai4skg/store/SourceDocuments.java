package org.ai4skg.store;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ai4skg.export.DatasetDescription;
import org.ai4skg.vocab.AI4S;
import org.ai4skg.vocab.Instances;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;

/** The documents the data comes from: the tops of the {@code dcterms:isPartOf} chains of its sources. */
public final class SourceDocuments {

    private static final Node IS_PART_OF = DCTerms.isPartOf.asNode();

    private SourceDocuments() {
    }

    /** True for a source worth following: an IRI of the publication's URI space. */
    static boolean isOurs(Node n) {
        return n != null && n.isURI() && n.getURI().startsWith(DatasetDescription.URI_SPACE);
    }

    /** The documents of the given sources (objects of {@code dcterms:source}), sorted by IRI. */
    public static List<Node> of(Graph g, Set<Node> sources) {
        Set<Node> roots = new LinkedHashSet<>();
        for (Node s : sources) {
            Node top = s;
            for (int i = 0; i < 20; i++) {
                Node up = first(g, top);
                if (up == null || !isOurs(up) || up.equals(top)) {
                    break;
                }
                top = up;
            }
            if (!top.equals(s) || !g.contains(s, IS_PART_OF, Node.ANY)) {
                roots.add(top);
            }
        }
        // A resource that is only its own source is not a document of the graph.
        roots.removeIf(r -> !g.contains(Node.ANY, IS_PART_OF, r) && !isA(g, r, AI4S.Document));
        return roots.stream().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private static Node first(Graph g, Node s) {
        var it = g.find(s, IS_PART_OF, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static boolean isA(Graph g, Node s, Node cls) {
        return Instances.isA(g, s, cls);
    }
}
