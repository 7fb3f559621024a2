package org.ai4skg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ai4skg.server.Lang;
import org.ai4skg.vocab.AI4S;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The timeline: every statement of the publication whose value is an {@code xsd:date}, {@code xsd:gYearMonth},
 * {@code xsd:gYear} or {@code xsd:dateTime}, in date order, drawn as an SVG by year and listed as HTML.
 */
final class TimelinePage {

    static final int ROW = 34;
    static final int YEAR_GAP = 26;
    static final int TOP = 30;

    private TimelinePage() {
    }

    /** One milestone: the date (for readers and machines), the thing, what happened (the property) and where to draw. */
    public record Event(String sortKey, String year, Value date, Value thing, Text what, Value type, double y,
                        boolean firstOfYear) {
    }

    /** A year mark on the axis. */
    public record Year(String year, double y) {
    }

    static String render(Site site, Lang lang, Links links, String here) {
        Graph g = site.graph();
        Labels labels = new Labels(g);
        ValueFormatter fmt = new ValueFormatter(g, labels, links, lang);
        List<Triple> dated = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            if (Rdf.isOurs(t.getSubject()) && Dates.isDate(t.getObject())
                    && !Reification.PROPERTIES.contains(t.getPredicate())
                    && !Rdf.isA(g, t.getSubject(), AI4S.SourceCorrection)) {
                dated.add(t);
            }
        });
        dated.sort(Comparator.comparing((Triple t) -> Dates.sortKey(t.getObject()))
                .thenComparing(t -> labels.label(t.getSubject(), lang).value()));
        List<Event> events = new ArrayList<>();
        Map<String, Year> years = new LinkedHashMap<>();
        double y = TOP;
        String lastYear = null;
        for (Triple t : dated) {
            String key = Dates.sortKey(t.getObject());
            String year = key.length() >= 4 ? key.substring(0, 4) : key;
            boolean first = !year.equals(lastYear);
            if (first) {
                if (lastYear != null) {
                    y += YEAR_GAP;
                }
                years.put(year, new Year(year, y));
            }
            lastYear = year;
            Value type = Rdf.types(g, t.getSubject()).stream().findFirst().map(fmt::format).orElse(null);
            events.add(new Event(key, year, fmt.format(t.getObject()), what(t.getSubject(), fmt, labels, links, lang),
                    labels.label(t.getPredicate(), lang), type, y, first));
            y += ROW;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("events", events);
        model.put("years", new ArrayList<>(years.values()));
        model.put("height", (int) y + 10);
        model.put("lineEnd", (int) y - ROW + 10);
        Page page = Page.of(lang, links, Messages.get(lang, "timeline.title"), here, List.of());
        return site.templates().render("timeline", page, model);
    }

    /**
     * What a dated statement is about. A quantity reads as its value elsewhere ("≥ 200,000,000"); on the timeline,
     * out of its context, it is named too: "Number of structures … (≥ 200,000,000)".
     */
    private static Value what(Node subject, ValueFormatter fmt, Labels labels, Links links, Lang lang) {
        Value value = fmt.format(subject);
        String quantity = fmt.isQuantity(subject) ? fmt.quantity(subject) : null;
        String own = labels.labelIn(subject, lang) != null ? labels.labelIn(subject, lang) : labels.labelIn(subject, lang.other());
        if (quantity == null || own == null || value.href() == null) {
            return value;
        }
        Text label = labels.label(subject, lang);
        return Value.link(new Text(label.value() + " (" + quantity + ")", label.lang(), label.fallback(), label.note()),
                value.href());
    }
}
