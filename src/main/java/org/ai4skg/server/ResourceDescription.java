package org.ai4skg.server;

import java.util.List;
import java.util.Optional;

import org.ai4skg.export.JsonLdContext;
import org.ai4skg.vocab.PreferredLabel;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

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
 * @param prefixes   prefixes for short names on the plain HTML page
 */
public record ResourceDescription(String iri, List<Triple> statements, List<Triple> incoming, List<Triple> labels,
                                  int page, boolean hasNext, int total, PrefixMapping prefixes) {

    /**
     * Everything of this page as one graph (statements, incoming links and labels), with the published prefixes it
     * uses and no others.
     */
    public Graph asGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        statements.forEach(graph::add);
        incoming.forEach(graph::add);
        labels.forEach(graph::add);
        graph.getPrefixMapping().setNsPrefixes(JsonLdContext.standard().prefixesUsedBy(graph));
        return graph;
    }

    /** The resource's node. */
    public Node node() {
        return NodeFactory.createURI(iri);
    }

    /** The label of a node by the rule of {@link PreferredLabel}, read from this page's statements and labels. */
    public Optional<Label> label(Node node, String lang) {
        PreferredLabel.Values values = (s, p) -> java.util.stream.Stream.of(statements, labels).flatMap(List::stream)
                .filter(t -> t.getSubject().equals(s) && t.getPredicate().equals(p)).map(Triple::getObject).toList();
        return PreferredLabel.of(values, node, PreferredLabel.PROPERTIES, lang)
                .map(f -> new Label(f.text(), f.lang()));
    }

    /** A label and its language tag (empty when it has none). */
    public record Label(String text, String lang) {
    }
}
