package org.ai4skg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.io.JSWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * Streaming JSON-LD 1.1, compacted against the published context (included inline, so the file reads offline): a
 * {@code @graph} with one node object per subject. Language-tagged labels become language maps
 * ({@code "prefLabel": {"en": "...", "zh": "..."}}), IRIs are shortened with the context's prefixes.
 */
final class JsonLdSink implements SubjectSink {

    private static final Pattern CANONICAL_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

    private final Writer out;
    private final JsonLdContext context;
    private boolean first = true;

    JsonLdSink(Writer out, JsonLdContext context) {
        this.out = out;
        this.context = context;
    }

    @Override
    public void start(UsedNamespaces used) throws IOException {
        String text = context.text().strip();
        // The published context document, with the @graph added as its second member.
        out.write(text.substring(0, text.lastIndexOf('}')).stripTrailing());
        out.write(",\n  \"@graph\": [");
    }

    @Override
    public void subject(Node subject, List<Triple> triples) throws IOException {
        // Keys in a fixed order: id, type, then the properties sorted by their JSON name.
        List<String> types = new ArrayList<>();
        Map<String, List<String>> properties = new TreeMap<>();
        Map<String, Map<String, List<String>>> languageMaps = new TreeMap<>();
        for (Triple t : triples) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(RDF.Nodes.type) && (o.isURI() || o.isBlank())) {
                types.add(quote(compact(o)));
                continue;
            }
            JsonLdContext.Term term = context.term(p.getURI());
            if (term != null && term.languageMap() && o.isLiteral() && isLanguageOrPlain(o)) {
                String language = o.getLiteralLanguage().isEmpty() ? "@none" : o.getLiteralLanguage();
                languageMaps.computeIfAbsent(term.name(), k -> new TreeMap<>())
                        .computeIfAbsent(language, k -> new ArrayList<>()).add(quote(o.getLiteralLexicalForm()));
                continue;
            }
            if (term != null && term.iriValued()) {
                properties.computeIfAbsent(term.name(), k -> new ArrayList<>())
                        .add(o.isLiteral() ? valueObject(o) : quote(compact(o)));
                continue;
            }
            String key = term != null && !term.languageMap() ? term.name() : compact(p);
            properties.computeIfAbsent(key, k -> new ArrayList<>()).add(value(o));
        }
        StringBuilder text = new StringBuilder(512);
        text.append(first ? "\n    {" : ",\n    {");
        first = false;
        text.append("\n      \"id\": ").append(quote(compact(subject)));
        if (!types.isEmpty()) {
            text.append(",\n      \"type\": ").append(array(types));
        }
        Map<String, String> members = new TreeMap<>();
        languageMaps.forEach((name, byLanguage) -> {
            StringBuilder map = new StringBuilder("{");
            boolean firstLanguage = true;
            for (Map.Entry<String, List<String>> entry : byLanguage.entrySet()) {
                map.append(firstLanguage ? "" : ", ").append(quote(entry.getKey())).append(": ").append(array(entry.getValue()));
                firstLanguage = false;
            }
            members.put(name, map.append('}').toString());
        });
        properties.forEach((name, values) -> members.merge(name, array(values), (a, b) -> a));
        for (Map.Entry<String, String> member : members.entrySet()) {
            text.append(",\n      ").append(quote(member.getKey())).append(": ").append(member.getValue());
        }
        text.append("\n    }");
        out.write(text.toString());
    }

    @Override
    public void finish() throws IOException {
        out.write(first ? "]\n}\n" : "\n  ]\n}\n");
        out.flush();
    }

    private static boolean isLanguageOrPlain(Node literal) {
        return !literal.getLiteralLanguage().isEmpty() || XSD.xstring.getURI().equals(literal.getLiteralDatatypeURI());
    }

    private String value(Node o) {
        if (o.isURI() || o.isBlank()) {
            return "{\"id\": " + quote(compact(o)) + "}";
        }
        String datatype = o.getLiteralDatatypeURI();
        String lexical = o.getLiteralLexicalForm();
        if (o.getLiteralLanguage().isEmpty() && XSD.xstring.getURI().equals(datatype)) {
            return quote(lexical);
        }
        if (XSD.integer.getURI().equals(datatype) && CANONICAL_INTEGER.matcher(lexical).matches() && !"-0".equals(lexical)) {
            return lexical;
        }
        if (XSD.xboolean.getURI().equals(datatype) && ("true".equals(lexical) || "false".equals(lexical))) {
            return lexical;
        }
        return valueObject(o);
    }

    private String valueObject(Node o) {
        String lexical = quote(o.getLiteralLexicalForm());
        if (!o.getLiteralLanguage().isEmpty()) {
            return "{\"@value\": " + lexical + ", \"@language\": " + quote(o.getLiteralLanguage()) + "}";
        }
        if (XSD.xstring.getURI().equals(o.getLiteralDatatypeURI())) {
            return "{\"@value\": " + lexical + "}";
        }
        return "{\"@value\": " + lexical + ", \"type\": " + quote(compact(o.getLiteralDatatypeURI())) + "}";
    }

    private String compact(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : compact(node.getURI());
    }

    /** The IRI as {@code prefix:local} when the context's prefixes allow a plain one, else in full. */
    private String compact(String iri) {
        String prefixed = Terms.prefixed(iri, context.prefixes());
        return prefixed != null ? prefixed : iri;
    }

    private static String array(List<String> values) {
        return values.size() == 1 ? values.get(0) : "[" + String.join(", ", values) + "]";
    }

    /** A JSON string, quoted and escaped by Jena's JSON writer. */
    static String quote(String value) {
        return JSWriter.outputQuotedString(value);
    }
}
