package org.ai4skg.web;

import java.util.Set;

import org.ai4skg.server.Lang;
import org.apache.jena.graph.Node;

/** Dates at their precision: {@code xsd:gYear} "2024", {@code xsd:gYearMonth} "May 2024" / "2024年5月", dates in full. */
public final class Dates {

    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** The datatypes the timeline collects. */
    public static final Set<String> DATE_TYPES = org.ai4skg.store.StoreSummary.DATE_TYPES;

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private Dates() {
    }

    /** True for a literal of xsd:date, xsd:gYearMonth, xsd:gYear or xsd:dateTime. */
    public static boolean isDate(Node n) {
        return n.isLiteral() && DATE_TYPES.contains(n.getLiteralDatatypeURI());
    }

    /** The date for a reader of the language, at the literal's precision; the lexical form if it does not parse. */
    public static String format(Node literal, Lang lang) {
        String lex = literal.getLiteralLexicalForm().trim();
        String dt = literal.getLiteralDatatypeURI();
        try {
            if ((XSD + "gYear").equals(dt)) {
                int y = Integer.parseInt(lex.substring(0, 4));
                return lang == Lang.ZH ? y + "年" : Integer.toString(y);
            }
            if ((XSD + "gYearMonth").equals(dt)) {
                int y = Integer.parseInt(lex.substring(0, 4));
                int m = Integer.parseInt(lex.substring(5, 7));
                return lang == Lang.ZH ? y + "年" + m + "月" : MONTHS[m - 1] + " " + y;
            }
            if ((XSD + "date").equals(dt) || (XSD + "dateTime").equals(dt)) {
                int y = Integer.parseInt(lex.substring(0, 4));
                int m = Integer.parseInt(lex.substring(5, 7));
                int d = Integer.parseInt(lex.substring(8, 10));
                return lang == Lang.ZH ? y + "年" + m + "月" + d + "日" : d + " " + MONTHS[m - 1] + " " + y;
            }
        } catch (RuntimeException e) {
            return lex;
        }
        return lex;
    }

    /** The value for an HTML {@code <time datetime>} attribute: the lexical form without time zone. */
    public static String machine(Node literal) {
        String lex = literal.getLiteralLexicalForm().trim();
        if (lex.length() > 10 && !lex.contains("T")) {
            return lex.substring(0, 10);
        }
        return lex.replaceAll("(Z|[+-]\\d\\d:\\d\\d)$", "");
    }

    /** A sort key: the lexical form (ISO 8601 dates sort by text: "2024" < "2024-05" < "2024-05-08"). */
    public static String sortKey(Node literal) {
        return literal.getLiteralLexicalForm().trim();
    }
}
