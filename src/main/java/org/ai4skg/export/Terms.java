package org.ai4skg.export;

import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.XSD;

/**
 * N-Triples and Turtle spelling of RDF terms (UTF-8, not ASCII-escaped), written directly into strings: the hot path
 * of every export. Blank nodes are written by their label as it is.
 */
final class Terms {

    private static final String XSD_STRING = XSD.xstring.getURI();
    private static final Pattern SAFE_LOCAL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.\\-]*[A-Za-z0-9_\\-])?");

    private Terms() {
    }

    /** The N-Triples form of a term. */
    static String nt(Node node) {
        if (node.isURI()) {
            return "<" + node.getURI() + ">";
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        StringBuilder text = new StringBuilder(node.getLiteralLexicalForm().length() + 16);
        literal(text, node, null);
        return text.toString();
    }

    /** The Turtle form of a term: a prefixed name where the prefixes allow a safe one. */
    static String ttl(Node node, Map<String, String> prefixes) {
        if (node.isURI()) {
            return iri(node.getURI(), prefixes);
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        StringBuilder text = new StringBuilder(node.getLiteralLexicalForm().length() + 16);
        literal(text, node, prefixes);
        return text.toString();
    }

    /** An IRI as {@code prefix:local} (longest matching namespace, safe local part) or {@code <iri>}. */
    static String iri(String iri, Map<String, String> prefixes) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            String namespace = prefix.getValue();
            if (namespace.length() > bestLength && iri.startsWith(namespace)) {
                best = prefix.getKey();
                bestLength = namespace.length();
            }
        }
        if (best != null) {
            String local = iri.substring(bestLength);
            if (local.isEmpty() || SAFE_LOCAL.matcher(local).matches()) {
                return best + ":" + local;
            }
        }
        return "<" + iri + ">";
    }

    private static void literal(StringBuilder text, Node node, Map<String, String> prefixes) {
        text.append('"');
        escape(text, node.getLiteralLexicalForm());
        text.append('"');
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            text.append('@').append(language);
            return;
        }
        String datatype = node.getLiteralDatatypeURI();
        if (datatype != null && !XSD_STRING.equals(datatype)) {
            text.append("^^").append(prefixes == null ? "<" + datatype + ">" : iri(datatype, prefixes));
        }
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> {
                    if (c < 0x20 && c != '\t') {
                        text.append(String.format("\\u%04X", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
    }
}
