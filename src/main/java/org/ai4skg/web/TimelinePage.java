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

    /** The most milestones on one page: pages hold whole years up to it; a larger year is cut. */
    static final int PAGE = 500;

    /** The page, or null when {@code pageParameter} names no page. */
    static String render(Site site, String pageParameter, Lang lang, Links links, String here) {
        Graph g = site.graph();
        Labels labels = new Labels(g);
        ValueFormatter fmt = new ValueFormatter(g, labels, links, lang);
        // Only the properties with dates among their values (counted by load), not every statement.
        List<Triple> all = new ArrayList<>();
        for (String predicate : site.summary().datePredicates()) {
            Node p = Rdf.iri(predicate);
            if (Reification.PROPERTIES.contains(p)) {
                continue;
            }
            g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (Rdf.isOurs(t.getSubject()) && Dates.isDate(t.getObject())
                        && !Rdf.isA(g, t.getSubject(), AI4S.SourceCorrection)) {
                    all.add(t);
                }
            });
        }
        all.sort(Comparator.comparing((Triple t) -> Dates.sortKey(t.getObject())));
        List<Integer> starts = pageStarts(all);
        int number = pageNumber(pageParameter);
        if (number < 1 || (number > starts.size() && !(number == 1 && all.isEmpty()))) {
            return null;
        }
        List<Triple> dated = all.isEmpty() ? all : new ArrayList<>(all.subList(starts.get(number - 1),
                number < starts.size() ? starts.get(number) : all.size()));
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
        model.put("number", number);
        model.put("pages", starts.size());
        model.put("previous", number > 1 ? links.to("timeline?page=" + (number - 1)) : null);
        model.put("next", number < starts.size() ? links.to("timeline?page=" + (number + 1)) : null);
        Page page = Page.of(lang, links, Messages.get(lang, "timeline.title"), here, List.of());
        return site.templates().render("timeline", page, model);
    }

    /**
     * Where each page starts in the date-sorted milestones: a page takes whole years while they fit in {@link #PAGE};
     * a year larger than a page is cut into pages of its own.
     */
    static List<Integer> pageStarts(List<Triple> sorted) {
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            starts.add(start);
            int end = Math.min(start + PAGE, sorted.size());
            if (end < sorted.size()) {
                int cut = end;
                while (cut > start && year(sorted.get(cut - 1)).equals(year(sorted.get(cut)))) {
                    cut--;
                }
                end = cut > start ? cut : end;
            }
            start = end;
        }
        return starts;
    }

    private static String year(Triple t) {
        String key = Dates.sortKey(t.getObject());
        return key.length() >= 4 ? key.substring(0, 4) : key;
    }

    private static int pageNumber(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return 1;
        }
        return parameter.matches("\\d{1,6}") ? Integer.parseInt(parameter) : 0;
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
