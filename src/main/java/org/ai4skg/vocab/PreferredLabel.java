package org.ai4skg.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The one rule for naming a node, used by descriptions, pages, search and pictures: the first of the properties
 * ({@code skos:prefLabel}, then {@code rdfs:label}, then {@code dcterms:title}) with a literal in the asked language;
 * else one in another language, marked as a fallback; else a literal without a language tag.
 */
public final class PreferredLabel {

    /** The label properties, most preferred first. */
    public static final List<Node> PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            DCTerms.title.asNode());

    /** Where the rule reads a node's values of a property. */
    @FunctionalInterface
    public interface Values {
        List<Node> of(Node subject, Node property);
    }

    /** A label found: its text, its language tag (empty without one), and whether it is in another language. */
    public record Found(String text, String lang, boolean fallback) {
    }

    private PreferredLabel() {
    }

    /** The label of a node in a graph. */
    public static Optional<Found> in(Graph graph, Node node, String lang) {
        return of(values(graph), node, PROPERTIES, lang);
    }

    /** The first value of the properties by the rule (asked language, then another, then none); {@code lang} may be null. */
    public static Optional<Found> of(Values values, Node node, List<Node> properties, String lang) {
        List<List<Node>> literals = new ArrayList<>(properties.size());
        for (Node p : properties) {
            literals.add(values.of(node, p).stream().filter(Node::isLiteral).toList());
        }
        if (lang != null) {
            for (List<Node> list : literals) {
                for (Node o : list) {
                    if (matches(o.getLiteralLanguage(), lang)) {
                        return Optional.of(new Found(o.getLiteralLexicalForm(), o.getLiteralLanguage(), false));
                    }
                }
            }
        }
        for (List<Node> list : literals) {
            for (Node o : list) {
                if (!o.getLiteralLanguage().isEmpty()) {
                    return Optional.of(new Found(o.getLiteralLexicalForm(), o.getLiteralLanguage(), lang != null));
                }
            }
        }
        for (List<Node> list : literals) {
            for (Node o : list) {
                if (o.getLiteralLanguage().isEmpty()) {
                    return Optional.of(new Found(o.getLiteralLexicalForm(), "", false));
                }
            }
        }
        return Optional.empty();
    }

    /** True if a language tag ({@code zh}, {@code zh-Hans}, {@code en-GB}) falls under the language ({@code zh}). */
    public static boolean matches(String tag, String lang) {
        if (tag == null || tag.isEmpty() || lang == null) {
            return false;
        }
        String t = tag.toLowerCase(Locale.ROOT);
        String l = lang.toLowerCase(Locale.ROOT);
        return t.equals(l) || t.startsWith(l + "-");
    }

    /** A graph's values, as the rule reads them. */
    public static Values values(Graph graph) {
        return (s, p) -> {
            List<Node> out = new ArrayList<>();
            graph.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            return out;
        };
    }
}
