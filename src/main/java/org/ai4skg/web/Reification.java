package org.ai4skg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Statement-level provenance: reified statements ({@code rdf:Statement} with {@code rdf:subject}, {@code rdf:predicate},
 * {@code rdf:object}) that give the source of one statement. Pages show the source beside the statement, not the
 * statement nodes themselves.
 */
final class Reification {

    static final Node SUBJECT = RDF.subject.asNode();
    static final Node PREDICATE = RDF.predicate.asNode();
    static final Node OBJECT = RDF.object.asNode();
    static final Node STATEMENT = RDF.Statement.asNode();
    static final Set<Node> PROPERTIES = Set.of(SUBJECT, PREDICATE, OBJECT);

    private Reification() {
    }

    /** True for a reified statement node. */
    static boolean isStatement(Graph g, Node n) {
        return g.contains(n, Rdf.TYPE, STATEMENT) || g.contains(n, SUBJECT, Node.ANY);
    }

    /** The sources given for the resource's statements, keyed by (predicate, object). */
    static Map<List<Node>, List<Node>> sources(Graph g, Node resource, Node sourceProperty) {
        Map<List<Node>, List<Node>> out = new HashMap<>();
        for (Triple t : g.find(Node.ANY, SUBJECT, resource).toList()) {
            Node st = t.getSubject();
            Node p = Rdf.first(g, st, PREDICATE);
            Node o = Rdf.first(g, st, OBJECT);
            if (p == null || o == null) {
                continue;
            }
            List<Node> sources = out.computeIfAbsent(List.of(p, o), k -> new ArrayList<>());
            sources.addAll(Rdf.objects(g, st, sourceProperty));
        }
        return out;
    }
}
