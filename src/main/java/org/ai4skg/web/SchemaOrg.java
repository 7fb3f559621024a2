package org.ai4skg.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ai4skg.server.Lang;
import org.ai4skg.vocab.AI4S;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;

/**
 * The schema.org description embedded in a page for search engines, as JSON-LD escaped for a {@code <script>} block.
 * The schema.org type comes from the vocabulary's alignments (equivalentClass/subClassOf a schema.org class), else from
 * a fixed table of the vocabulary's classes, else {@code Thing}.
 */
final class SchemaOrg {

    /** schema.org types of vocabulary classes, for data read without the vocabulary's alignments. */
    private static final Map<Node, String> BY_VOCABULARY_CLASS = Map.of(
            AI4S.Organisation, "Organization",
            AI4S.AISystem, "SoftwareApplication",
            AI4S.Programme, "Project",
            AI4S.Project, "Project",
            AI4S.Person, "Person",
            AI4S.Event, "Event",
            AI4S.Document, "CreativeWork");

    private SchemaOrg() {
    }

    static String jsonLd(Graph g, Labels labels, Node resource, Lang lang, String url, List<String> sameAs) {
        JsonObject o = new JsonObject();
        o.put("@context", "https://schema.org");
        o.put("@type", type(g, resource));
        o.put("@id", resource.getURI());
        o.put("url", url);
        o.put("name", labels.label(resource, lang).value());
        JsonArray alternate = new JsonArray();
        String other = labels.labelIn(resource, lang.other());
        if (other != null && !other.equals(o.get("name").getAsString().value())) {
            alternate.add(other);
        }
        Rdf.objects(g, resource, Labels.ALT_LABEL).stream().filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).distinct().forEach(alternate::add);
        if (!alternate.isEmpty()) {
            o.put("alternateName", alternate);
        }
        Text definition = labels.definition(resource, lang);
        if (definition != null) {
            o.put("description", definition.value());
        }
        if (!sameAs.isEmpty()) {
            JsonArray array = new JsonArray();
            sameAs.forEach(array::add);
            o.put("sameAs", array);
        }
        return escapeForScript(o.toString());
    }

    /**
     * Escapes {@code <}, {@code >} and {@code &} so that the JSON cannot end the script block; JSON stays equal. Kept by
     * hand: Jena's JSON writer (which wrote {@code json}) only escapes {@code </}, which still lets {@code <!--} change
     * how the browser reads the block, and unbescape's JSON escaper escapes these three only with every non-ASCII
     * letter, which would make the Chinese names unreadable in the page's source.
     */
    static String escapeForScript(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String type(Graph g, Node resource) {
        // Breadth-first over the classes and their equivalentClass/subClassOf: the nearest schema.org class, else the
        // schema.org type of the nearest vocabulary class that has one here.
        Deque<Node> queue = new ArrayDeque<>(Rdf.types(g, resource));
        Set<Node> seen = new HashSet<>();
        String fallback = null;
        while (!queue.isEmpty()) {
            Node c = queue.poll();
            if (!c.isURI() || !seen.add(c)) {
                continue;
            }
            String iri = c.getURI();
            if (iri.startsWith("https://schema.org/") || iri.startsWith("http://schema.org/")) {
                return Rdf.localName(iri);
            }
            if (fallback == null) {
                fallback = BY_VOCABULARY_CLASS.get(c);
            }
            queue.addAll(Rdf.objects(g, c, OWL.equivalentClass.asNode()));
            queue.addAll(Rdf.objects(g, c, RDFS.subClassOf.asNode()));
        }
        return fallback != null ? fallback : "Thing";
    }
}
