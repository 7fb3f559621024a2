package org.ai4skg.export;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.XSD;

/**
 * N-Triples and Turtle spelling of RDF terms (UTF-8, not ASCII-escaped), written directly into strings: the hot path
 * of every export. Blank nodes are written by their label as it is.
 */
final class Terms {

    private static final String XSD_STRING = XSD.xstring.getURI();

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

    /**
     * An IRI as {@code prefix:local} or {@code <iri>}: the namespace is the IRI up to its last {@code #} or {@code /}
     * (every namespace of the fixed prefix block ends so), looked up in the prefixes, and the local part must be a
     * plain name (letters, digits, {@code _}, {@code -}, inner {@code .}).
     */
    static String iri(String iri, Map<String, String> prefixes) {
        String prefixed = prefixed(iri, prefixes);
        return prefixed != null ? prefixed : "<" + iri + ">";
    }

    /** The {@code prefix:local} form of an IRI, or null when the prefixes give none. */
    static String prefixed(String iri, Map<String, String> prefixes) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
        if (cut == 0) {
            return null;
        }
        String prefix = Namespaces.of(prefixes).get(iri.substring(0, cut));
        if (prefix == null) {
            return null;
        }
        String local = iri.substring(cut);
        return safeLocal(local) ? prefix + ":" + local : null;
    }

    /** True for a local part Turtle may write after a prefix: letters, digits, {@code _}, inner {@code -} and {@code .}. */
    static boolean safeLocal(String local) {
        int n = local.length();
        for (int i = 0; i < n; i++) {
            char c = local.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            boolean inner = (c == '-' && i > 0) || (c == '.' && i > 0 && i < n - 1);
            if (!plain && !inner) {
                return false;
            }
        }
        return true;
    }

    /** Namespace IRI to prefix name, computed once per prefix map. */
    private static final class Namespaces {
        private static final java.util.Map<Map<String, String>, Map<String, String>> CACHE =
                java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

        static Map<String, String> of(Map<String, String> prefixes) {
            return CACHE.computeIfAbsent(prefixes, p -> {
                Map<String, String> inverse = new java.util.HashMap<>();
                p.forEach((name, namespace) -> inverse.putIfAbsent(namespace, name));
                return inverse;
            });
        }
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

    /**
     * Kept by hand rather than Jena's {@code EscapeStr}/{@code NodeFmtLib}: it writes the other control characters as
     * UCHAR escapes (the canonical N-Triples form of RDF 1.2; Jena's leave them raw), and it appends into the
     * caller's builder, measured about twice as fast as {@code NodeFmtLib.strNT} on 200,000 literals.
     */
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
