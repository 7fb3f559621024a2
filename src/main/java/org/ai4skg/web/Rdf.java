package org.ai4skg.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ai4skg.vocab.Instances;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.ai4skg.vocab.AI4S;
import org.apache.jena.vocabulary.RDF;

/** Small read helpers over a Jena graph and the publication's namespace. */
public final class Rdf {

    /** The namespace of every IRI the publication mints. */
    public static final String NS = "https://w3id.org/ai4s-kg/";
    /** The ontology IRI. */
    public static final String ONTOLOGY = AI4S.ONTOLOGY_IRI;
    /** Where instance resources live. */
    public static final String RESOURCES = NS + "resource/";

    static final Node TYPE = RDF.type.asNode();

    private Rdf() {
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    static Set<Node> types(Graph g, Node s) {
        Set<Node> out = new LinkedHashSet<>();
        g.find(s, TYPE, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                out.add(t.getObject());
            }
        });
        return out;
    }

    static boolean hasSubject(Graph g, Node s) {
        return g.find(s, Node.ANY, Node.ANY).hasNext();
    }

    static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    static List<Triple> outgoing(Graph g, Node s) {
        return g.find(s, Node.ANY, Node.ANY).toList();
    }

    static List<Triple> incoming(Graph g, Node o) {
        return g.find(Node.ANY, Node.ANY, o).toList();
    }

    /** The part after the last {@code #} or {@code /}. */
    public static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
        return local;
    }

    /** True for an IRI of the publication's namespace. */
    public static boolean isOurs(Node n) {
        return n != null && n.isURI() && n.getURI().startsWith(NS);
    }

    /**
     * True if the node is an instance of the class: one of its {@code rdf:type}s is the class or, by the graph's
     * {@code rdfs:subClassOf} statements, a subclass of it.
     */
    static boolean isA(Graph g, Node s, Node cls) {
        return Instances.isA(g, s, cls);
    }

    /** True for a literal of a numeric XSD datatype. */
    static boolean isNumber(Node n) {
        if (!n.isLiteral()) {
            return false;
        }
        String dt = n.getLiteralDatatypeURI();
        if (dt == null || !dt.startsWith("http://www.w3.org/2001/XMLSchema#")) {
            return false;
        }
        String local = dt.substring(dt.indexOf('#') + 1);
        return switch (local) {
            case "decimal", "integer", "double", "float", "int", "long", "short", "nonNegativeInteger",
                    "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong" -> true;
            default -> false;
        };
    }
}
