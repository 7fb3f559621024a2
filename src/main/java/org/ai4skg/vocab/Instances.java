package org.ai4skg.vocab;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Membership of a class as the graph states it, with its {@code rdfs:subClassOf} hierarchy and no other inference. */
public final class Instances {
    private Instances() {
    }

    /** Whether one of the node's {@code rdf:type}s is the class or, by {@code rdfs:subClassOf}, a subclass of it. */
    public static boolean isA(Graph graph, Node node, Node cls) {
        Deque<Node> queue = new ArrayDeque<>(graph.find(node, RDF.Nodes.type, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isURI).toList());
        Set<Node> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Node c = queue.poll();
            if (!seen.add(c)) {
                continue;
            }
            if (c.equals(cls)) {
                return true;
            }
            queue.addAll(graph.find(c, RDFS.subClassOf.asNode(), Node.ANY).mapWith(Triple::getObject).toList());
        }
        return false;
    }
}
