package org.ai4skg.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ai4skg.vocab.AI4S;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ai4skg.store.StoreSummary;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Reads the description of one IRI from the served dataset's default graph, a page at a time. */
public final class DescriptionReader {
    private static final Comparator<Triple> BY_PREDICATE_THEN_NODES = Comparator
            .comparing((Triple t) -> t.getPredicate().toString())
            .thenComparing(t -> t.getSubject().toString())
            .thenComparing(t -> t.getObject().toString());

    private final DatasetGraph dataset;
    private final int pageSize;
    private final StoreSummary summary;

    /** @param pageSize the most statements (own plus incoming) on one page */
    public DescriptionReader(DatasetGraph dataset, int pageSize) {
        this(dataset, pageSize, null);
    }

    /**
     * @param pageSize the most statements (own plus incoming) on one page
     * @param summary  the data's summary, whose list of vocabulary terms spares the vocabulary's description a scan of
     *                 the whole data; null to scan
     */
    public DescriptionReader(DatasetGraph dataset, int pageSize, StoreSummary summary) {
        this.dataset = dataset;
        this.pageSize = pageSize;
        this.summary = summary;
    }

    /** The given page (from 1) of the description, or empty when the IRI is unknown or the page is beyond the last. */
    public Optional<ResourceDescription> read(String iri, int page) {
        return Txn.calculateRead(dataset, () -> readInTransaction(iri, page));
    }

    private Optional<ResourceDescription> readInTransaction(String iri, int page) {
        Graph graph = dataset.getDefaultGraph();
        Node node = NodeFactory.createURI(iri);
        List<Triple> own = new ArrayList<>();
        List<Triple> incoming = new ArrayList<>();
        if (iri.equals(Namespace.ONTOLOGY) && summary != null) {
            // The vocabulary's terms are known from the summary: read their statements, not the whole store.
            graph.find(node, Node.ANY, Node.ANY).forEachRemaining(own::add);
            for (String term : summary.vocabularyTerms()) {
                graph.find(NodeFactory.createURI(term), Node.ANY, Node.ANY).forEachRemaining(own::add);
            }
        } else if (iri.equals(Namespace.ONTOLOGY)) {
            String hash = AI4S.NS;
            graph.find().forEachRemaining(t -> {
                if (t.getSubject().isURI() && (t.getSubject().equals(node) || t.getSubject().getURI().startsWith(hash))) {
                    own.add(t);
                }
            });
        } else {
            graph.find(node, Node.ANY, Node.ANY).forEachRemaining(own::add);
        }
        addBlankNodeClosure(graph, own);
        Set<Triple> ownSet = new HashSet<>(own);
        graph.find(Node.ANY, Node.ANY, node).forEachRemaining(t -> {
            if (!ownSet.contains(t)) {
                incoming.add(t);
            }
        });
        if (own.isEmpty() && incoming.isEmpty()) {
            return Optional.empty();
        }
        own.sort(Comparator.comparing((Triple t) -> t.getSubject().isBlank())
                .thenComparing(t -> t.getSubject().toString()).thenComparing(BY_PREDICATE_THEN_NODES));
        incoming.sort(BY_PREDICATE_THEN_NODES);

        int total = own.size() + incoming.size();
        long start = (page - 1L) * pageSize; // in long: a huge page number must not wrap around to a negative start
        if (page < 1 || start >= total) {
            return Optional.empty();
        }
        int from = (int) start;
        int to = Math.min(total, from + pageSize);
        List<Triple> pageOwn = new ArrayList<>();
        List<Triple> pageIncoming = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (i < own.size()) {
                pageOwn.add(own.get(i));
            } else {
                pageIncoming.add(incoming.get(i - own.size()));
            }
        }
        List<Triple> labels = neighbourLabels(graph, node, pageOwn, pageIncoming);
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(org.apache.jena.riot.system.Prefixes.adapt(dataset.prefixes()))
                .setNsPrefixes(graph.getPrefixMapping());
        return Optional.of(new ResourceDescription(iri, pageOwn, pageIncoming, labels, page, to < total, total, prefixes));
    }

    private static void addBlankNodeClosure(Graph graph, List<Triple> own) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        own.forEach(t -> {
            if (t.getObject().isBlank()) {
                todo.add(t.getObject());
            }
        });
        while (!todo.isEmpty()) {
            Node blank = todo.pop();
            if (seen.add(blank)) {
                graph.find(blank, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    own.add(t);
                    if (t.getObject().isBlank()) {
                        todo.add(t.getObject());
                    }
                });
            }
        }
    }

    private static List<Triple> neighbourLabels(Graph graph, Node node, List<Triple> own, List<Triple> incoming) {
        Set<Node> neighbours = new LinkedHashSet<>();
        for (Triple t : own) {
            neighbours.add(t.getPredicate());
            if (t.getObject().isURI()) {
                neighbours.add(t.getObject());
            }
        }
        for (Triple t : incoming) {
            neighbours.add(t.getPredicate());
            neighbours.add(t.getSubject());
        }
        neighbours.remove(node);
        List<Triple> labels = new ArrayList<>();
        Set<Triple> already = new HashSet<>(own);
        for (Node neighbour : neighbours) {
            if (!neighbour.isURI()) {
                continue;
            }
            for (Node property : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
                graph.find(neighbour, property, Node.ANY).forEachRemaining(t -> {
                    if (!already.contains(t)) {
                        labels.add(t);
                    }
                });
            }
        }
        return labels;
    }
}
