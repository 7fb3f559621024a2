package org.ai4skg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ai4skg.server.Lang;
import org.ai4skg.store.SourceDocuments;
import org.ai4skg.store.StoreSummary;
import org.ai4skg.vocab.AI4S;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The home page: what the graph is and where it comes from, figures (triples, entities per class, from VoID when
 * given, else counted), entry lists by class discovered from the data, a search box and links to the rest.
 */
final class HomePage {

    private static final Node VOID_TRIPLES = Rdf.iri("http://rdfs.org/ns/void#triples");
    private static final Node VOID_ENTITIES = Rdf.iri("http://rdfs.org/ns/void#entities");
    private static final Node VOID_CLASS_PARTITION = Rdf.iri("http://rdfs.org/ns/void#classPartition");
    private static final Node VOID_CLASS = Rdf.iri("http://rdfs.org/ns/void#class");
    private static final Node VOID_DATASET = Rdf.iri("http://rdfs.org/ns/void#Dataset");
    private static final Node VOID_SUBSET = Rdf.iri("http://rdfs.org/ns/void#subset");
    /** Classes that describe the source rather than the field: listed last. */
    private static final Set<Node> ABOUT_THE_SOURCE = Set.of(AI4S.DocumentSection, AI4S.SourcePassage,
            AI4S.SourceCorrection, AI4S.Quantity, AI4S.LaterStatement, AI4S.OperationalStatus);

    private HomePage() {
    }

    /** The most members of a class listed on the home page (and on one page of its listing), in the store's order. */
    static final int MEMBERS_SHOWN = 500;

    /** Counts: all triples, entities (typed resources), and entities (members) per class. */
    record Figures(long triples, long entities, Map<Node, Long> perClass) {

        /** Counted in the graph (for a graph in memory, and tests). */
        static Figures of(Graph g, Graph voidGraph) {
            return of(StoreSummary.compute(DatasetGraphFactory.wrap(g), null), voidGraph);
        }

        /** From the counts made before, overridden by a VoID description when one is given. */
        static Figures of(StoreSummary summary, Graph voidGraph) {
            long entities = summary.resources();
            long triples = summary.triples();
            Map<Node, Long> perClass = new LinkedHashMap<>();
            summary.resourceClasses().forEach((c, n) -> perClass.put(Rdf.iri(c), n));
            if (voidGraph != null) {
                // The whole publication: the dataset that is no other's subset (not a part, not a linkset).
                Node dataset = voidGraph.find(Node.ANY, Rdf.TYPE, VOID_DATASET).mapWith(Triple::getSubject)
                        .filterDrop(d -> voidGraph.contains(Node.ANY, VOID_SUBSET, d)).nextOptional().orElse(null);
                if (dataset != null) {
                    triples = number(voidGraph, dataset, VOID_TRIPLES, triples);
                    entities = number(voidGraph, dataset, VOID_ENTITIES, entities);
                    for (Node part : Rdf.objects(voidGraph, dataset, VOID_CLASS_PARTITION)) {
                        Node c = Rdf.first(voidGraph, part, VOID_CLASS);
                        if (c != null && perClass.containsKey(c)) {
                            perClass.put(c, number(voidGraph, part, VOID_ENTITIES, perClass.get(c)));
                        }
                    }
                }
            }
            return new Figures(triples, entities, perClass);
        }

        private static long number(Graph g, Node s, Node p, long dflt) {
            Node n = Rdf.first(g, s, p);
            if (n == null || !n.isLiteral()) {
                return dflt;
            }
            try {
                return Long.parseLong(n.getLiteralLexicalForm());
            } catch (NumberFormatException e) {
                return dflt;
            }
        }
    }

    /**
     * One class on the home page: its name, anchor, count, members (links by label) and, when they are not all
     * listed, the link to its listing.
     */
    public record ClassEntry(Value name, String anchor, long count, List<Value> members, boolean aboutSource,
                             String more) {
    }

    /**
     * Members of a class among the resources, in the store's order: {@code limit} of them after skipping {@code skip},
     * sorted by label (a bounded read of the type index).
     */
    static List<Value> members(Graph g, Node c, long skip, int limit, ValueFormatter fmt) {
        List<Node> found = new ArrayList<>();
        long skipped = 0;
        var types = g.find(Node.ANY, Rdf.TYPE, c);
        try {
            while (types.hasNext() && found.size() < limit) {
                Node s = types.next().getSubject();
                if (s.isURI() && s.getURI().startsWith(Rdf.RESOURCES) && skipped++ >= skip) {
                    found.add(s);
                }
            }
        } finally {
            types.close();
        }
        return found.stream().map(fmt::format)
                .sorted(Comparator.comparing(v -> v.text().value().toLowerCase(Locale.ROOT))).toList();
    }

    /** A source document: its link and what it is. */
    public record Source(Value link, Text definition) {
    }

    /** The documents the graph comes from: the tops of the {@code dcterms:isPartOf} chains of all sources. */
    static List<Node> sourceDocuments(Graph g) {
        return SourceDocuments.of(g, g.find(Node.ANY, ResourcePageRenderer.SOURCE, Node.ANY)
                .mapWith(Triple::getObject).filterKeep(Rdf::isOurs).toSet());
    }

    static String render(Site site, Lang lang, Links links, String here) {
        Graph g = site.graph();
        Labels labels = new Labels(g);
        ValueFormatter fmt = new ValueFormatter(g, labels, links, lang);
        Figures f = site.figures();
        List<ClassEntry> classes = new ArrayList<>();
        for (Map.Entry<Node, Long> e : site.summary().resourceClasses().entrySet().stream()
                .map(c -> Map.entry(Rdf.iri(c.getKey()), c.getValue())).toList()) {
            Node c = e.getKey();
            String local = Rdf.localName(c.getURI());
            boolean aboutSource = !c.getURI().startsWith(AI4S.NS) || ABOUT_THE_SOURCE.contains(c);
            List<Value> members = members(g, c, 0, MEMBERS_SHOWN, fmt);
            String more = e.getValue() > members.size() ? MembersPage.href(links, c, 1) : null;
            classes.add(new ClassEntry(fmt.format(c), "class-" + local, f.perClass().get(c), members, aboutSource, more));
        }
        classes.sort(Comparator.comparing(ClassEntry::aboutSource)
                .thenComparing(Comparator.comparing(ClassEntry::count).reversed())
                .thenComparing(c -> c.name().text().value()));

        List<Source> documents = new ArrayList<>();
        for (Node root : site.sourceDocuments()) {
            documents.add(new Source(fmt.format(root), labels.definition(root, lang)));
        }
        Node ontology = Rdf.iri(Rdf.ONTOLOGY);
        Map<String, Object> model = new HashMap<>();
        model.put("figures", f);
        model.put("classes", classes);
        model.put("documents", documents);
        model.put("description", labels.definition(ontology, lang));
        model.put("examples", site.examples());
        Page page = Page.of(lang, links, Messages.get(lang, "home.title"), here, List.of());
        return site.templates().render("home", page, model);
    }
}
