package org.ai4skg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ai4skg.export.JsonLdContext;
import org.ai4skg.server.Lang;
import org.ai4skg.store.StoreSummary;
import org.ai4skg.vocab.AI4S;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The vocabulary documentation, served live at the ontology IRI: every class and property with labels in both
 * languages, definition, domain and range, super-terms, alignments to outside vocabularies and usage counts, each
 * under an anchor {@code #LocalName} so that hash IRIs land on their term.
 */
final class VocabularyPage {

    private static final List<Node> CLASS_TYPES = List.of(OWL.Class.asNode(), RDFS.Class.asNode());
    private static final List<Node> PROPERTY_TYPES = List.of(OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), RDF.Property.asNode());
    private static final PrefixMapping KNOWN = PrefixMapping.Factory.create()
            .setNsPrefixes(JsonLdContext.standard().prefixes()).lock();

    private final Templates templates;

    VocabularyPage(Templates templates) {
        this.templates = templates;
    }

    /** A documented term. */
    public record Term(String anchor, String iri, String curie, Text label, String labelEn, String labelZh,
                       Text definition, List<Value> kinds, List<Value> domain, List<Value> range,
                       List<Value> supers, List<Value> subs, List<Value> alignments, long usage) {
    }

    /** How often a term is used: instances of a class, statements of a property, statements pointing at another term. */
    interface Usage {
        long ofClass(Node term);

        long ofProperty(Node term);

        long asObject(Node term);

        /** The vocabulary's terms (IRIs of its namespace) that have a type. */
        Set<Node> typedTerms();

        /** Counted in the graph at each call (for the small publication in memory, and tests). */
        static Usage counting(Graph g) {
            return new Usage() {
                public long ofClass(Node term) {
                    return g.find(Node.ANY, Rdf.TYPE, term).toList().size();
                }

                public long ofProperty(Node term) {
                    return g.find(Node.ANY, term, Node.ANY).toList().size();
                }

                public long asObject(Node term) {
                    return g.find(Node.ANY, Node.ANY, term).toList().size();
                }

                public Set<Node> typedTerms() {
                    Set<Node> terms = new LinkedHashSet<>();
                    g.find(Node.ANY, Rdf.TYPE, Node.ANY).forEachRemaining(t -> {
                        if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(AI4S.NS)) {
                            terms.add(t.getSubject());
                        }
                    });
                    return terms;
                }
            };
        }

        /** Read from the counts made once over the whole data. */
        static Usage of(StoreSummary summary, Graph g) {
            return new Usage() {
                public long ofClass(Node term) {
                    return summary.classes().getOrDefault(term.getURI(), 0L);
                }

                public long ofProperty(Node term) {
                    return summary.properties().getOrDefault(term.getURI(), 0L);
                }

                public long asObject(Node term) {
                    return summary.vocabularyObjects().getOrDefault(term.getURI(), 0L);
                }

                public Set<Node> typedTerms() {
                    Set<Node> terms = new LinkedHashSet<>();
                    summary.vocabularyTerms().stream().map(Rdf::iri).filter(n -> !Rdf.types(g, n).isEmpty())
                            .forEach(terms::add);
                    return terms;
                }
            };
        }
    }

    String render(Graph g, Usage usage, Lang lang, Links links) {
        Labels labels = new Labels(g);
        ValueFormatter fmt = new ValueFormatter(g, labels, links, lang);
        Node ontology = Rdf.iri(Rdf.ONTOLOGY);
        List<Term> classes = terms(g, usage, labels, fmt, links, lang, CLASS_TYPES, true);
        List<Term> properties = terms(g, usage, labels, fmt, links, lang, PROPERTY_TYPES, false);
        List<Term> others = others(g, usage, labels, fmt, lang, classes, properties);

        List<Group> header = new ArrayList<>();
        for (Node p : List.of(OWL.versionInfo.asNode(), OWL.versionIRI.asNode(),
                Rdf.iri("http://purl.org/dc/terms/license"), Rdf.iri("http://purl.org/dc/terms/creator"),
                Rdf.iri("http://purl.org/dc/terms/publisher"), Rdf.iri("http://purl.org/dc/terms/modified"))) {
            List<Value> values = Rdf.objects(g, ontology, p).stream().map(fmt::format).toList();
            if (!values.isEmpty()) {
                header.add(new Group(Value.text(labels.label(p, lang)), values, 0));
            }
        }
        String url = links.plain(Rdf.ONTOLOGY);
        List<Page.Alternate> alternates = new ArrayList<>();
        for (String[] f : ResourcePageRenderer.FORMATS) {
            alternates.add(new Page.Alternate(f[1], url + f[0], f[2]));
        }
        Text title = labels.label(ontology, lang);
        if (!Rdf.hasSubject(g, ontology)) {
            title = Text.plain(Messages.get(lang, "vocab.title"));
        }
        Page page = Page.of(lang, links, title.value(), "ontology", alternates);
        Map<String, Object> model = new HashMap<>();
        model.put("name", title);
        model.put("iri", Rdf.ONTOLOGY);
        model.put("description", labels.definition(ontology, lang));
        model.put("header", header);
        model.put("classes", classes);
        model.put("properties", properties);
        model.put("others", others);
        return templates.render("vocabulary", page, model);
    }

    private static List<Term> terms(Graph g, Usage usage, Labels labels, ValueFormatter fmt, Links links, Lang lang,
                                    List<Node> kinds, boolean classes) {
        Set<Node> nodes = new LinkedHashSet<>();
        for (Node kind : kinds) {
            for (Node s : Rdf.subjects(g, Rdf.TYPE, kind)) {
                if (s.isURI() && s.getURI().startsWith(AI4S.NS)) {
                    nodes.add(s);
                }
            }
        }
        Node subOf = (classes ? RDFS.subClassOf : RDFS.subPropertyOf).asNode();
        Node equivalent = (classes ? OWL.equivalentClass : OWL.equivalentProperty).asNode();
        List<Term> out = new ArrayList<>();
        for (Node n : nodes) {
            List<Value> supers = new ArrayList<>();
            List<Value> alignments = new ArrayList<>();
            for (Node s : Rdf.objects(g, n, subOf)) {
                if (Rdf.isOurs(s)) {
                    supers.add(fmt.format(s));
                } else if (s.isURI()) {
                    alignments.add(outside(s, "⊑ "));
                }
            }
            for (Node s : Rdf.objects(g, n, equivalent)) {
                if (s.isURI()) {
                    alignments.add(outside(s, "≡ "));
                }
            }
            for (Node p : List.of(SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode(), SKOS.broadMatch.asNode(),
                    SKOS.relatedMatch.asNode(), OWL.sameAs.asNode())) {
                for (Node s : Rdf.objects(g, n, p)) {
                    if (s.isURI()) {
                        alignments.add(outside(s, labels.label(p, lang).value() + " "));
                    }
                }
            }
            List<Value> subs = Rdf.subjects(g, subOf, n).stream().filter(Rdf::isOurs).map(fmt::format).toList();
            long used = classes ? usage.ofClass(n) : usage.ofProperty(n);
            List<Value> kindValues = Rdf.types(g, n).stream().map(t -> Value.text(Text.plain(curie(t.getURI()))))
                    .toList();
            String iri = n.getURI();
            out.add(new Term(Rdf.localName(iri), iri, curie(iri), labels.label(n, lang),
                    labels.labelIn(n, Lang.EN), labels.labelIn(n, Lang.ZH), labels.definition(n, lang), kindValues,
                    refs(g, n, RDFS.domain.asNode(), fmt), refs(g, n, RDFS.range.asNode(), fmt),
                    supers, subs, alignments, used));
        }
        out.sort(Comparator.comparing(t -> t.label().value().toLowerCase(Locale.ROOT)));
        return out;
    }

    /**
     * The vocabulary's other terms, neither classes nor properties (units such as {@code ai4s:FLOP-PER-SEC}), so that
     * their hash IRIs land on an anchor too; their usage counts the statements pointing at them.
     */
    private static List<Term> others(Graph g, Usage usage, Labels labels, ValueFormatter fmt, Lang lang, List<Term> classes,
                                     List<Term> properties) {
        Set<String> documented = new java.util.HashSet<>();
        classes.forEach(t -> documented.add(t.iri()));
        properties.forEach(t -> documented.add(t.iri()));
        Set<Node> nodes = new LinkedHashSet<>();
        for (Node s : usage.typedTerms()) {
            if (!documented.contains(s.getURI())) {
                nodes.add(s);
            }
        }
        List<Term> out = new ArrayList<>();
        for (Node n : nodes) {
            List<Value> kindValues = Rdf.types(g, n).stream().map(t -> Value.text(Text.plain(curie(t.getURI()))))
                    .toList();
            String iri = n.getURI();
            out.add(new Term(Rdf.localName(iri), iri, curie(iri), labels.label(n, lang),
                    labels.labelIn(n, Lang.EN), labels.labelIn(n, Lang.ZH), labels.definition(n, lang), kindValues,
                    List.of(), List.of(), List.of(), List.of(), List.of(), usage.asObject(n)));
        }
        out.sort(Comparator.comparing(t -> t.label().value().toLowerCase(Locale.ROOT)));
        return out;
    }

    private static List<Value> refs(Graph g, Node n, Node p, ValueFormatter fmt) {
        List<Value> out = new ArrayList<>();
        for (Node o : Rdf.objects(g, n, p)) {
            out.add(Rdf.isOurs(o) ? fmt.format(o) : o.isURI() ? outside(o, "") : fmt.format(o));
        }
        return out;
    }

    private static Value outside(Node n, String prefix) {
        Text text = Text.plain(prefix + curie(n.getURI()));
        return Links.isWebLink(n.getURI()) ? Value.externalLink(text, n.getURI()) : Value.text(text);
    }

    static String curie(String iri) {
        String short_ = KNOWN.shortForm(iri);
        return short_;
    }
}
