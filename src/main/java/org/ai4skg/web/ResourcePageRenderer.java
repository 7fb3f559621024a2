package org.ai4skg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ai4skg.server.Lang;
import org.ai4skg.vocab.AI4S;
import org.ai4skg.store.StoreSummary;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML page of one resource or vocabulary term: its label and type as the title, definition, properties grouped
 * under their labels (each with the time it holds, as of the source), what changed since the source was written
 * (later statements with their dates and public sources), incoming links, outside links, source section and
 * corrections, a neighbourhood picture, {@code <link rel="alternate">} to each RDF format and embedded schema.org
 * JSON-LD. The ontology IRI itself gets the vocabulary documentation. The graph may be the whole publication; only
 * the resource's statements, the statements about them, its incoming links and its neighbours' labels are read.
 */
public final class ResourcePageRenderer {

    static final int MAX_VALUES = 60;
    static final Node SOURCE = DCTerms.source.asNode();
    private static final Set<Node> SAME_AS = Set.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode(),
            SKOS.closeMatch.asNode(), Rdf.iri("https://schema.org/sameAs"), Rdf.iri("http://schema.org/sameAs"));
    private static final Set<Node> SHOWN_ELSEWHERE = Set.of(Rdf.TYPE, Labels.PREF_LABEL, Labels.ALT_LABEL,
            Labels.RDFS_LABEL, Labels.DEFINITION, SOURCE);

    /** Formats offered as alternates: suffix, media type, name. */
    static final List<String[]> FORMATS = List.of(
            new String[] {".ttl", "text/turtle", "Turtle"},
            new String[] {".jsonld", "application/ld+json", "JSON-LD"},
            new String[] {".nt", "application/n-triples", "N-Triples"},
            new String[] {".rdf", "application/rdf+xml", "RDF/XML"});

    private final Templates templates;

    public ResourcePageRenderer() {
        this(new Templates());
    }

    ResourcePageRenderer(Templates templates) {
        this.templates = templates;
    }

    /**
     * The page of a resource (or the vocabulary documentation for the ontology IRI).
     *
     * @param publication the graph holding the resource's description (may be the whole publication)
     * @param resource    an IRI of {@code https://w3id.org/ai4s-kg/}
     * @param lang        {@code en} or {@code zh}
     * @param baseUrl     where the namespace is served, e.g. {@code http://localhost:3030/}
     */
    public String render(Graph publication, Node resource, String lang, String baseUrl) {
        Lang l = Lang.parse(lang) == null ? Lang.EN : Lang.parse(lang);
        // Without the request, the page cannot tell a chosen language from a negotiated one: links carry it always,
        // so that a reader who switched keeps the language (and the page depends only on lang and base URL).
        return render(publication, resource, l, new Links(baseUrl, l));
    }

    /**
     * The same page, the vocabulary documentation taking its usage counts from {@code summary} (counted before) instead
     * of counting them in the graph; a null summary counts them.
     */
    public String render(Graph publication, StoreSummary summary, Node resource, String lang, String baseUrl) {
        Lang l = Lang.parse(lang) == null ? Lang.EN : Lang.parse(lang);
        Links links = new Links(baseUrl, l);
        if (summary != null && resource.isURI() && resource.getURI().equals(Rdf.ONTOLOGY)) {
            return new VocabularyPage(templates).render(publication, VocabularyPage.Usage.of(summary, publication), l, links);
        }
        return render(publication, resource, l, links);
    }

    /** The 404 page for an IRI of the namespace that the publication does not describe. */
    public String renderNotFound(String iri, String lang, String baseUrl) {
        Lang l = Lang.parse(lang) == null ? Lang.EN : Lang.parse(lang);
        Links links = new Links(baseUrl, l);
        String local = links.plain(iri).substring(links.base().length());
        Page page = Page.of(l, links, Messages.get(l, "notfound.title"), local, List.of());
        return templates.render("notfound", page, Map.of("q", Rdf.localName(iri).replace('-', ' '), "iri", iri));
    }

    /** The page, with links built by the caller (e.g. keeping a language chosen by {@code ?lang=}). */
    public String render(Graph g, Node resource, Lang lang, Links links) {
        if (resource.isURI() && resource.getURI().equals(Rdf.ONTOLOGY)) {
            return new VocabularyPage(templates).render(g, VocabularyPage.Usage.counting(g), lang, links);
        }
        Labels labels = new Labels(g);
        ValueFormatter fmt = new ValueFormatter(g, labels, links, lang);
        String iri = resource.getURI();
        String url = links.plain(iri);
        String docUrl = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;

        Text title = labels.label(resource, lang);
        List<Value> types = Rdf.types(g, resource).stream().map(fmt::format).toList();
        List<Value> otherNames = new ArrayList<>();
        String other = labels.labelIn(resource, lang.other());
        if (other != null && !other.equals(title.value())) {
            otherNames.add(Value.text(new Text(other, lang.other().code(), false, null)));
        }
        // The same name tagged in both languages ("DeepMind"@en, "DeepMind"@zh) is shown once, as is a name equal
        // to the title or to the other-language label.
        java.util.Set<String> shown = new java.util.HashSet<>();
        shown.add(title.value());
        otherNames.forEach(v -> shown.add(v.text().value()));
        for (Node alt : Rdf.objects(g, resource, Labels.ALT_LABEL)) {
            Value name = fmt.format(alt);
            if (shown.add(name.text().value())) {
                otherNames.add(name);
            }
        }

        List<Value> external = new ArrayList<>();
        List<String> sameAs = new ArrayList<>();
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : Rdf.outgoing(g, resource)) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (SAME_AS.contains(p) && o.isURI() && !Rdf.isOurs(o)) {
                if (Links.isWebLink(o.getURI())) {
                    external.add(Value.externalLink(Text.plain(Links.externalName(o.getURI())), o.getURI()));
                    sameAs.add(o.getURI());
                }
                continue;
            }
            if (SHOWN_ELSEWHERE.contains(p)) {
                continue;
            }
            byProperty.computeIfAbsent(p, k -> new ArrayList<>()).add(o);
        }
        Map<List<Node>, Reification.Qualifiers> qualifiers = Reification.qualifiers(g, resource, SOURCE);
        List<Group> groups = groups(byProperty, labels, fmt, links, lang, resource, qualifiers);
        List<SinceThePaper.Later> sinceThePaper = SinceThePaper.about(g, labels, fmt, resource, lang);

        List<Node> sources = Rdf.objects(g, resource, SOURCE).stream().filter(n -> !n.equals(resource)).toList();
        List<Value> sourceValues = sources.stream().map(fmt::format).toList();
        List<Correction> corrections = corrections(g, labels, fmt, resource, sources, lang);
        Set<Node> correctionNodes = new LinkedHashSet<>();
        corrections.forEach(c -> correctionNodes.add(c.node()));

        Map<Node, List<Node>> incomingByProperty = new LinkedHashMap<>();
        for (Triple t : Rdf.incoming(g, resource)) {
            if (!t.getSubject().isURI() || correctionNodes.contains(t.getSubject())
                    || t.getSubject().equals(resource) || Reification.PROPERTIES.contains(t.getPredicate())) {
                continue;
            }
            incomingByProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
        }
        List<Group> incoming = groups(incomingByProperty, labels, fmt, links, lang, null, Map.of());

        List<Page.Alternate> alternates = new ArrayList<>();
        for (String[] f : FORMATS) {
            alternates.add(new Page.Alternate(f[1], docUrl + f[0], f[2]));
        }
        String typeText = types.isEmpty() ? "" : " — " + types.get(0).text().value();
        Page page = Page.of(lang, links, title.value() + typeText, docUrl.substring(links.base().length()), alternates);

        Map<String, Object> model = new HashMap<>();
        model.put("iri", iri);
        model.put("name", title);
        model.put("types", types);
        model.put("otherNames", otherNames);
        model.put("definition", labels.definition(resource, lang));
        model.put("groups", groups);
        model.put("incoming", incoming);
        model.put("external", external);
        model.put("sources", sourceValues);
        model.put("corrections", corrections);
        model.put("later", sinceThePaper);
        model.put("graph", Neighbourhood.of(g, labels, links, lang, resource));
        model.put("jsonld", SchemaOrg.jsonLd(g, labels, resource, lang, url, sameAs));
        return templates.render("resource", page, model);
    }

    /** A correction of the source that concerns the page: its link, what it says, and its other statements. */
    public record Correction(Node node, Value link, Text text, List<Group> details) {
    }

    private static List<Correction> corrections(Graph g, Labels labels, ValueFormatter fmt, Node resource,
                                                List<Node> sources, Lang lang) {
        Set<Node> targets = new LinkedHashSet<>();
        targets.add(resource);
        targets.addAll(sources);
        Set<Node> found = new LinkedHashSet<>();
        for (Node target : targets) {
            for (Triple t : Rdf.incoming(g, target)) {
                Node s = t.getSubject();
                if (!s.equals(resource) && !t.getPredicate().equals(SOURCE) && Rdf.isA(g, s, AI4S.SourceCorrection)) {
                    found.add(s);
                }
            }
        }
        List<Correction> out = new ArrayList<>();
        Set<Node> skip = Set.of(Rdf.TYPE, Labels.PREF_LABEL, Labels.ALT_LABEL, Labels.RDFS_LABEL, Labels.DEFINITION,
                Labels.COMMENT, SOURCE);
        for (Node c : found) {
            Map<Node, List<Node>> facts = new LinkedHashMap<>();
            for (Triple t : Rdf.outgoing(g, c)) {
                if (!skip.contains(t.getPredicate()) && !targets.contains(t.getObject())) {
                    facts.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
                }
            }
            List<Group> details = new ArrayList<>();
            facts.forEach((p, values) -> details.add(new Group(fmt.property(p),
                    values.stream().map(fmt::format).toList(), 0)));
            out.add(new Correction(c, fmt.format(c), labels.explanation(c, lang), details));
        }
        return out;
    }

    private static List<Group> groups(Map<Node, List<Node>> byProperty, Labels labels, ValueFormatter fmt,
                                      Links links, Lang lang, Node resource,
                                      Map<List<Node>, Reification.Qualifiers> qualifiers) {
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            Node p = e.getKey();
            Value property = fmt.property(p);
            List<Value> values = e.getValue().stream().map(o -> {
                // Things linking here are named by their labels (a quantity by its name, not its number).
                Value v = resource == null && Rdf.isOurs(o) ? Value.link(labels.label(o, lang), links.to(o))
                        : fmt.format(o);
                Reification.Qualifiers q = qualifiers.get(List.of(p, o));
                return q == null ? v : v.withSources(q.sources().stream().map(fmt::format).toList())
                        .withTime(q.pointsInTime().stream().map(fmt::format).toList(), !q.updatedBy().isEmpty());
            }).sorted(Comparator.comparing(v -> v.text().value())).limit(MAX_VALUES).toList();
            groups.add(new Group(property, values, Math.max(0, e.getValue().size() - MAX_VALUES)));
        }
        groups.sort(Comparator.comparing(gr -> gr.property().text().value().toLowerCase(java.util.Locale.ROOT)));
        return groups;
    }

    static boolean isRdfsOrOwl(Node p) {
        return p.getURI().startsWith(RDFS.getURI()) || p.getURI().startsWith(OWL.getURI());
    }
}
