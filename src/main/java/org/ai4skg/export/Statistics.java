package org.ai4skg.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * What VoID says about a graph, counted in one pass over its sorted triples: triples, entities (distinct subjects in
 * the URI space), distinct subjects, entities per class, triples per property, and links per external target.
 */
public final class Statistics implements SubjectSink {

    /** An external knowledge graph the data links to, recognised by the namespace of the link's object. */
    public record LinkTarget(String key, String title, String datasetIri, String namespace) {
    }

    /** The external targets described by a {@code void:Linkset} each. */
    public static final List<LinkTarget> TARGETS = List.of(
            new LinkTarget("wikidata", "Wikidata", "http://www.wikidata.org/", "http://www.wikidata.org/entity/"),
            new LinkTarget("ror", "Research Organization Registry (ROR)", "https://ror.org/", "https://ror.org/"),
            new LinkTarget("dbpedia", "DBpedia", "http://dbpedia.org/", "http://dbpedia.org/resource/"));

    private final String uriSpace;
    private long triples;
    private long entities;
    private long distinctSubjects;
    private final Map<String, Long> classes = new TreeMap<>();
    private final Map<String, Long> properties = new TreeMap<>();
    private final Map<String, Long> links = new TreeMap<>();
    private final Map<String, java.util.Set<String>> linkPredicates = new TreeMap<>();

    public Statistics(String uriSpace) {
        this.uriSpace = uriSpace;
    }

    @Override
    public void start(UsedNamespaces used) {
        // Nothing to prepare.
    }

    @Override
    public void subject(Node subject, List<Triple> group) {
        distinctSubjects++;
        if (subject.isURI() && subject.getURI().startsWith(uriSpace)) {
            entities++;
        }
        for (Triple t : group) {
            triples++;
            properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
            Node o = t.getObject();
            if (t.getPredicate().equals(RDF.Nodes.type) && o.isURI()) {
                classes.merge(o.getURI(), 1L, Long::sum);
            }
            if (o.isURI()) {
                for (LinkTarget target : TARGETS) {
                    if (o.getURI().startsWith(target.namespace())) {
                        links.merge(target.key(), 1L, Long::sum);
                        linkPredicates.computeIfAbsent(target.key(), k -> new java.util.TreeSet<>()).add(t.getPredicate().getURI());
                    }
                }
            }
        }
    }

    private String previousSubject;

    /**
     * Counts one line of the sorted N-Triples file directly from its text: the same counts as {@link #subject}, without
     * parsing terms (for exports that need no other writer).
     */
    void line(String line) {
        int first = line.indexOf(' ');
        int second = line.indexOf(' ', first + 1);
        String subject = line.substring(0, first);
        String predicate = line.substring(first + 2, second - 1);
        String object = line.substring(second + 1, line.length() - 2);
        if (!subject.equals(previousSubject)) {
            distinctSubjects++;
            if (subject.startsWith("<" + uriSpace)) {
                entities++;
            }
            previousSubject = subject;
        }
        triples++;
        properties.merge(predicate, 1L, Long::sum);
        if (object.startsWith("<")) {
            String iri = object.substring(1, object.length() - 1);
            if (predicate.equals(RDF_TYPE)) {
                classes.merge(iri, 1L, Long::sum);
            }
            for (LinkTarget target : TARGETS) {
                if (iri.startsWith(target.namespace())) {
                    links.merge(target.key(), 1L, Long::sum);
                    linkPredicates.computeIfAbsent(target.key(), k -> new java.util.TreeSet<>()).add(predicate);
                }
            }
        }
    }

    private static final String RDF_TYPE = RDF.type.getURI();

    @Override
    public void finish() {
        // Counts are complete.
    }

    public long triples() {
        return triples;
    }

    public long entities() {
        return entities;
    }

    public long distinctSubjects() {
        return distinctSubjects;
    }

    /** Class IRI to the number of its instances, sorted. */
    public Map<String, Long> classes() {
        return classes;
    }

    /** Property IRI to the number of its triples, sorted. */
    public Map<String, Long> properties() {
        return properties;
    }

    /** Link target key to the number of links into it. */
    public Map<String, Long> links() {
        return links;
    }

    /** Link target key to the predicates the links use. */
    public Map<String, java.util.Set<String>> linkPredicates() {
        return linkPredicates;
    }
}
