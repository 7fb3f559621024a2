package org.ai4skg.server;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the server says about one IRI of the publication (one page of it): the resource's own statements (with the
 * blank nodes they reach), the statements linking to it, and the labels of its neighbours.
 *
 * @param iri        the canonical IRI described (for the vocabulary: the ontology IRI, whose document holds its hash terms)
 * @param statements the resource's own statements on this page
 * @param incoming   statements of other resources pointing at it, on this page
 * @param labels     {@code skos:prefLabel} and {@code rdfs:label} statements of the neighbours (and of the resource)
 * @param page       the page number, from 1
 * @param hasNext    whether a further page exists
 * @param total      the number of own and incoming statements over all pages
 * @param prefixes   prefixes for writing
 */
public record ResourceDescription(String iri, List<Triple> statements, List<Triple> incoming, List<Triple> labels,
                                  int page, boolean hasNext, int total, PrefixMapping prefixes) {

    /** Everything of this page as one graph (statements, incoming links and labels). */
    public Graph asGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        statements.forEach(graph::add);
        incoming.forEach(graph::add);
        labels.forEach(graph::add);
        return graph;
    }

    /** The resource's node. */
    public Node node() {
        return NodeFactory.createURI(iri);
    }

    /**
     * The label of a node: {@code skos:prefLabel}, then {@code rdfs:label}, in the wanted language, then in any other
     * language; empty when there is none.
     */
    public Optional<Label> label(Node node, String lang) {
        Optional<Label> found = find(node, SKOS.prefLabel.asNode(), lang);
        if (found.isEmpty()) {
            found = find(node, RDFS.label.asNode(), lang);
        }
        if (found.isEmpty()) {
            found = find(node, SKOS.prefLabel.asNode(), null);
        }
        if (found.isEmpty()) {
            found = find(node, RDFS.label.asNode(), null);
        }
        return found;
    }

    private Optional<Label> find(Node node, Node property, String lang) {
        for (List<Triple> list : List.of(statements, labels)) {
            for (Triple t : list) {
                if (t.getSubject().equals(node) && t.getPredicate().equals(property) && t.getObject().isLiteral()) {
                    String tag = t.getObject().getLiteralLanguage();
                    if (lang == null || tag.equalsIgnoreCase(lang) || tag.toLowerCase().startsWith(lang.toLowerCase() + "-")) {
                        return Optional.of(new Label(t.getObject().getLiteralLexicalForm(), tag));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A label and its language tag (empty when it has none). */
    public record Label(String text, String lang) {
    }
}
