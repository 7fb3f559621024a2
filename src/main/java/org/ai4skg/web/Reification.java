package org.ai4skg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ai4skg.vocab.AI4S;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Statement-level provenance: reified statements ({@code rdf:Statement} with {@code rdf:subject}, {@code rdf:predicate},
 * {@code rdf:object}) that give the source of one statement. Pages show the source beside the statement, not the
 * statement nodes themselves, with the time a statement holds ({@code ai4s:pointInTime}); what changed after the
 * source was written ({@code ai4s:LaterStatement}) is listed apart.
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

    /**
     * What the source's own reified statements about the resource say of each of its statements, keyed by
     * (predicate, object): where the statement comes from, the time it holds ({@code ai4s:pointInTime}, the date of
     * the source for a present-tense claim) and whether a later statement updates it. Later statements
     * ({@code ai4s:LaterStatement}) are not the source's and qualify nothing here: they are {@link SinceThePaper}.
     */
    static Map<List<Node>, Qualifiers> qualifiers(Graph g, Node resource, Node sourceProperty) {
        Map<List<Node>, Qualifiers> out = new HashMap<>();
        for (Triple t : g.find(Node.ANY, SUBJECT, resource).toList()) {
            Node st = t.getSubject();
            Node p = Rdf.first(g, st, PREDICATE);
            Node o = Rdf.first(g, st, OBJECT);
            if (p == null || o == null || Rdf.isA(g, st, AI4S.LaterStatement)) {
                continue;
            }
            Qualifiers q = out.computeIfAbsent(List.of(p, o),
                    k -> new Qualifiers(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            addNew(q.sources(), Rdf.objects(g, st, sourceProperty));
            addNew(q.pointsInTime(), Rdf.objects(g, st, AI4S.pointInTime).stream().filter(Dates::isDate).toList());
            g.find(Node.ANY, AI4S.updates, st).forEachRemaining(u -> addNew(q.updatedBy(), List.of(u.getSubject())));
        }
        out.values().forEach(q -> q.pointsInTime().sort(Comparator.comparing(Dates::sortKey)));
        return out;
    }

    /** The sources, points in time and updating later statements of one statement of a resource. */
    record Qualifiers(List<Node> sources, List<Node> pointsInTime, List<Node> updatedBy) {
    }

    private static void addNew(List<Node> into, List<Node> nodes) {
        nodes.stream().filter(n -> !into.contains(n)).forEach(into::add);
    }
}
