package org.ai4skg.export;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.vocabulary.RDF;

/**
 * The namespaces a graph's triples use, gathered while they are sorted, so that each writer declares the prefixes its
 * output uses and no other: Turtle's prefixed names (any IRI whose local part {@link Terms} may write after a prefix;
 * {@code rdf:type} as a predicate is written {@code a}), and RDF/XML's property elements (the XML namespace of each
 * predicate).
 */
final class UsedNamespaces {

    private final Set<String> prefixable = new HashSet<>();
    private final Set<Node> predicates = new HashSet<>();

    void add(Triple t) {
        Node p = t.getPredicate();
        if (predicates.add(p) && !p.equals(RDF.Nodes.type)) {
            addIri(p.getURI());
        }
        addTerm(t.getSubject());
        addTerm(t.getObject());
    }

    private void addTerm(Node node) {
        if (node.isURI()) {
            addIri(node.getURI());
        } else if (node.isLiteral()) {
            String datatype = node.getLiteralDatatypeURI();
            if (datatype != null && node.getLiteralLanguage().isEmpty()) {
                addIri(datatype);
            }
        }
    }

    private void addIri(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
        if (cut > 0 && Terms.safeLocal(iri.substring(cut))) {
            prefixable.add(iri.substring(0, cut));
        }
    }

    /** The prefixes Turtle written with {@code prefixes} uses, sorted by name. */
    Map<String, String> forTurtle(Map<String, String> prefixes) {
        Map<String, String> used = new TreeMap<>();
        prefixes.forEach((name, namespace) -> {
            if (prefixable.contains(namespace)) {
                used.put(name, namespace);
            }
        });
        return Collections.unmodifiableMap(used);
    }

    /** The prefixes RDF/XML uses: {@code rdf} and those naming a predicate's XML namespace, sorted by name. */
    Map<String, String> forRdfXml(Map<String, String> prefixes) {
        Set<String> namespaces = new HashSet<>();
        namespaces.add(RDF.getURI());
        for (Node p : predicates) {
            String iri = p.getURI();
            int split = Util.splitNamespaceXML(iri);
            if (split > 0 && split < iri.length()) {
                namespaces.add(iri.substring(0, split));
            }
        }
        Map<String, String> used = new TreeMap<>();
        prefixes.forEach((name, namespace) -> {
            if (namespaces.contains(namespace)) {
                used.put(name, namespace);
            }
        });
        if (!used.containsValue(RDF.getURI())) {
            used.put("rdf", RDF.getURI());
        }
        return Collections.unmodifiableMap(used);
    }
}
