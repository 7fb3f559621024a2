package org.ai4skg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

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
    /** Classes that describe the source rather than the field: listed last. */
    private static final List<String> SOURCE_WORDS = List.of("section", "correction", "quantity", "statement",
            "status");

    private HomePage() {
    }

    /** Counts: all triples, entities, and entities (members) per class. */
    record Figures(long triples, long entities, Map<Node, List<Node>> members, Map<Node, Long> perClass) {

        static Figures of(Graph g, Graph voidGraph) {
            Map<Node, List<Node>> members = new LinkedHashMap<>();
            g.find(Node.ANY, Rdf.TYPE, Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Rdf.RESOURCES)
                        && t.getObject().isURI()) {
                    members.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(t.getSubject());
                }
            });
            long entities = members.values().stream().flatMap(List::stream).distinct().count();
            long triples = g.size();
            Map<Node, Long> perClass = new LinkedHashMap<>();
            members.forEach((c, m) -> perClass.put(c, (long) m.size()));
            if (voidGraph != null) {
                Node dataset = voidGraph.find(Node.ANY, Rdf.TYPE, VOID_DATASET).nextOptional()
                        .map(Triple::getSubject).orElse(null);
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
            return new Figures(triples, entities, members, perClass);
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

    /** One class on the home page: its name, anchor, count and members (links by label). */
    public record ClassEntry(Value name, String anchor, long count, List<Value> members, boolean aboutSource) {
    }

    static String render(Site site, Lang lang, Links links, String here) {
        Graph g = site.graph();
        Labels labels = new Labels(g);
        ValueFormatter fmt = new ValueFormatter(g, labels, links, lang);
        Figures f = site.figures();
        List<ClassEntry> classes = new ArrayList<>();
        for (Map.Entry<Node, List<Node>> e : f.members().entrySet()) {
            Node c = e.getKey();
            String local = Rdf.localName(c.getURI());
            boolean aboutSource = !c.getURI().startsWith(Rdf.ONTOLOGY + "#")
                    || SOURCE_WORDS.stream().anyMatch(w -> local.toLowerCase(Locale.ROOT).contains(w));
            List<Value> members = e.getValue().stream().map(fmt::format)
                    .sorted(Comparator.comparing(v -> v.text().value().toLowerCase(Locale.ROOT))).toList();
            classes.add(new ClassEntry(fmt.format(c), "class-" + local, f.perClass().get(c), members, aboutSource));
        }
        classes.sort(Comparator.comparing(ClassEntry::aboutSource)
                .thenComparing(Comparator.comparing(ClassEntry::count).reversed())
                .thenComparing(c -> c.name().text().value()));

        List<Value> documents = new ArrayList<>();
        for (Node s : g.find(Node.ANY, Rdf.TYPE, Node.ANY).mapWith(Triple::getSubject).toSet()) {
            if (Rdf.isOurs(s) && Rdf.hasTypeNamed(g, s, "document")) {
                documents.add(fmt.format(s));
            }
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
