package org.ai4skg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Turns an RDF term into a {@link Value} for a page: our IRIs become links by label, outside IRIs outside links,
 * dates are shown at their precision, and a node with a number and a unit reads as a quantity ("1.102 EFLOPS").
 */
final class ValueFormatter {

    private final Graph graph;
    private final Labels labels;
    private final Links links;
    private final Lang lang;

    ValueFormatter(Graph graph, Labels labels, Links links, Lang lang) {
        this.graph = graph;
        this.labels = labels;
        this.links = links;
        this.lang = lang;
    }

    Value format(Node n) {
        if (n.isURI()) {
            if (Rdf.isOurs(n)) {
                return Value.link(labels.label(n, lang), links.to(n));
            }
            Text label = labels.labelIn(n, lang) != null || labels.labelIn(n, lang.other()) != null
                    ? labels.label(n, lang) : Text.plain(Links.externalName(n.getURI()));
            return Links.isWebLink(n.getURI()) ? Value.externalLink(label, n.getURI()) : Value.text(label);
        }
        if (n.isBlank()) {
            String quantity = quantity(n);
            if (quantity != null) {
                return Value.text(Text.plain(quantity));
            }
            return Value.text(Text.plain(summary(n)));
        }
        if (Dates.isDate(n)) {
            return Value.date(Text.plain(Dates.format(n, lang)), Dates.machine(n));
        }
        String tag = n.getLiteralLanguage();
        if (!tag.isEmpty()) {
            return Value.text(new Text(n.getLiteralLexicalForm(), tag, false, null));
        }
        return Value.text(Text.plain(n.getLiteralLexicalForm()));
    }

    /** "number unit" if the node has a numeric value and a property whose name contains "unit"; else null. */
    String quantity(Node n) {
        String number = null;
        String unit = null;
        for (Triple t : graph.find(n, Node.ANY, Node.ANY).toList()) {
            Node o = t.getObject();
            String p = Rdf.localName(t.getPredicate().getURI()).toLowerCase(Locale.ROOT);
            if (p.contains("unit")) {
                unit = o.isLiteral() ? o.getLiteralLexicalForm() : labels.label(o, lang).value();
            } else if (Rdf.isNumber(o) && number == null) {
                number = o.getLiteralLexicalForm();
            }
        }
        return number != null && unit != null ? number + " " + unit : number;
    }

    private String summary(Node n) {
        List<String> parts = new ArrayList<>();
        for (Triple t : graph.find(n, Node.ANY, Node.ANY).toList()) {
            if (t.getPredicate().equals(Rdf.TYPE)) {
                continue;
            }
            parts.add(labels.label(t.getPredicate(), lang).value() + ": " + format(t.getObject()).text().value());
        }
        return String.join("; ", parts);
    }
}
