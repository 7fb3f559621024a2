package org.ai4skg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ai4skg.server.Lang;
import org.ai4skg.vocab.AI4S;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Turns an RDF term into a {@link Value} for a page: our IRIs become links by label, outside IRIs outside links,
 * dates are shown at their precision, and a node with a number and a unit reads as a quantity ("1.102 EFLOPS").
 */
final class ValueFormatter {

    private static final Node QUDT_UNIT = Rdf.iri("http://qudt.org/schema/qudt/unit");
    private static final Node QUDT_NUMERIC_VALUE = Rdf.iri("http://qudt.org/schema/qudt/numericValue");

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
                String quantity = isQuantity(n) ? quantity(n) : null;
                return Value.link(quantity != null ? Text.plain(quantity) : labels.label(n, lang), links.to(n));
            }
            return Links.isWebLink(n.getURI()) ? Value.externalLink(outsideName(n), n.getURI())
                    : Value.text(outsideName(n));
        }
        if (n.isBlank()) {
            String quantity = quantity(n);
            if (quantity != null) {
                return Value.text(Text.plain(quantity));
            }
            return Value.text(Text.plain(summary(n)));
        }
        if (Rdf.isNumber(n)) {
            return Value.text(Text.plain(number(n)));
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

    /** A property by its label: a link to its documentation for the publication's own terms. */
    Value property(Node p) {
        return Rdf.isOurs(p) ? Value.link(labels.label(p, lang), links.to(p)) : Value.text(labels.label(p, lang));
    }

    /** The name of an outside IRI: its label in the graph, a known site's id, a known term, a prefixed name. */
    Text outsideName(Node n) {
        if (labels.labelIn(n, lang) != null || labels.labelIn(n, lang.other()) != null) {
            return labels.label(n, lang);
        }
        String name = Links.externalName(n.getURI());
        if (Links.isKnownSite(n.getURI())) {
            return Text.plain(name);
        }
        String term = Messages.of(lang).get("term." + Rdf.localName(n.getURI()));
        if (term != null) {
            return new Text(term, lang.code(), false, null);
        }
        String curie = VocabularyPage.curie(n.getURI());
        return Text.plain(curie.equals(n.getURI()) ? name : curie);
    }

    /** A node typed {@code ai4s:Quantity} (or a subclass of it). */
    boolean isQuantity(Node n) {
        return Rdf.isA(graph, n, AI4S.Quantity);
    }

    /** A number for readers: no needless trailing zeros or exponent ("2.0E+08" reads "200,000,000"). */
    static String number(Node literal) {
        String lex = literal.getLiteralLexicalForm().trim();
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(lex.replace("+", "")).stripTrailingZeros();
            if (d.abs().compareTo(java.math.BigDecimal.valueOf(1_000_000_000_000_000L)) >= 0) {
                return lex;
            }
            if (d.scale() <= 0) {
                return String.format(Locale.ROOT, "%,d", d.toBigInteger());
            }
            return d.toPlainString();
        } catch (NumberFormatException e) {
            return lex;
        }
    }

    /**
     * A quantity in words: its {@code qudt:numericValue} (or {@code ai4s:minimumValue}–{@code ai4s:maximumValue}
     * range), marked "≥" for {@code ai4s:isLowerBound} and "≈" for {@code ai4s:isEstimate}/{@code ai4s:isApproximate},
     * then its {@code qudt:unit}; null if the node has no number.
     */
    String quantity(Node n) {
        String value = null;
        String min = null;
        String max = null;
        String unit = null;
        String mark = "";
        for (Triple t : graph.find(n, Node.ANY, Node.ANY).toList()) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            boolean yes = o.isLiteral() && "true".equals(o.getLiteralLexicalForm());
            if (p.equals(QUDT_UNIT)) {
                unit = o.isLiteral() ? o.getLiteralLexicalForm() : unitName(o);
            } else if (p.equals(QUDT_NUMERIC_VALUE) && Rdf.isNumber(o)) {
                value = number(o);
            } else if (p.equals(AI4S.minimumValue) && Rdf.isNumber(o)) {
                min = number(o);
            } else if (p.equals(AI4S.maximumValue) && Rdf.isNumber(o)) {
                max = number(o);
            } else if (p.equals(AI4S.isLowerBound) && yes) {
                mark = "≥ ";
            } else if ((p.equals(AI4S.isEstimate) || p.equals(AI4S.isApproximate)) && yes && mark.isEmpty()) {
                mark = "≈ ";
            }
        }
        if (value == null && min != null && max != null) {
            value = min + "–" + max;
        } else if (value == null && min != null) {
            value = min;
            mark = "≥ ";
        } else if (value == null && max != null) {
            value = max;
            mark = "≤ ";
        }
        if (value == null) {
            return null;
        }
        return mark + value + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    private String unitName(Node unit) {
        if (labels.labelIn(unit, lang) != null || labels.labelIn(unit, lang.other()) != null) {
            return labels.label(unit, lang).value();
        }
        String local = Rdf.localName(unit.getURI());
        String known = Messages.of(lang).get("unit." + local);
        return known != null ? known : local;
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
