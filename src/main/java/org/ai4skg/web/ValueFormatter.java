package org.ai4skg.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ai4skg.server.Lang;
import org.ai4skg.vocab.AI4S;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Turns an RDF term into a {@link Value} for a page: our IRIs become links by label, outside IRIs outside links,
 * dates are shown at their precision, and a node with a number and a unit reads as a quantity ("1.102 EFLOPS",
 * "≥ 2 × 10¹⁸ FLOP/s").
 */
final class ValueFormatter {

    private static final Node QUDT_UNIT = Rdf.iri("http://qudt.org/schema/qudt/unit");
    private static final Node QUDT_SYMBOL = Rdf.iri("http://qudt.org/schema/qudt/symbol");
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

    /** Measures from this size up read in powers of ten ("2 × 10¹⁸"); counts (integers) never do. */
    static final BigDecimal SCIENTIFIC_FROM = BigDecimal.TEN.pow(15);
    /** And below this size ("2.5 × 10⁻⁷"). */
    static final BigDecimal SCIENTIFIC_BELOW = BigDecimal.ONE.movePointLeft(6);
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Set<String> INTEGER_TYPES = Stream.of("integer", "long", "int", "short", "byte",
            "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedLong",
            "unsignedInt", "unsignedShort", "unsignedByte").map(t -> Dates.XSD + t)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * A number as a person writes it: a whole number with digit grouping ("2.0E+08" reads "200,000,000"), a decimal
     * without needless trailing zeros ("7.0" reads "7"), and a very large or very small measure in a power of ten
     * ("2000000000000000000.0" reads "2 × 10¹⁸", "0.00000025" reads "2.5 × 10⁻⁷"). Counts ({@code xsd:integer} and
     * its kin) stay whole numbers however large. A literal that is no number reads as written.
     */
    static String number(Node literal) {
        String lex = literal.getLiteralLexicalForm().trim();
        BigDecimal d;
        try {
            d = new BigDecimal(lex.replace("+", "")).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return lex;
        }
        boolean tiny = d.signum() != 0 && d.abs().compareTo(SCIENTIFIC_BELOW) < 0;
        if (!INTEGER_TYPES.contains(literal.getLiteralDatatypeURI())
                && (d.abs().compareTo(SCIENTIFIC_FROM) >= 0 || tiny)) {
            return scientific(d);
        }
        if (d.scale() <= 0) {
            return String.format(Locale.ROOT, "%,d", d.toBigInteger());
        }
        return d.toPlainString();
    }

    /** "2 × 10¹⁸", "1.012 × 10¹⁸": the significant digits as written, the exponent in superscript digits. */
    private static String scientific(BigDecimal d) {
        int exponent = d.precision() - d.scale() - 1;
        String mantissa = d.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        StringBuilder power = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            power.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return mantissa + " × 10" + power;
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

    /** A unit by its symbol ({@code qudt:symbol}, "FLOP/s"), else its label, else a known unit's name. */
    private String unitName(Node unit) {
        Node symbol = Rdf.first(graph, unit, QUDT_SYMBOL);
        if (symbol != null && symbol.isLiteral() && !symbol.getLiteralLexicalForm().isBlank()) {
            return symbol.getLiteralLexicalForm();
        }
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
