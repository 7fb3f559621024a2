package org.ai4skg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ai4skg.server.Lang;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** The search results, as an HTML page or as JSON. */
final class SearchPage {

    static final int LIMIT = 50;

    private SearchPage() {
    }

    /** One result as shown: the entity by label, its types, other names, definition, score. */
    public record Result(String iri, Value link, List<Value> types, List<String> otherNames, Text definition,
                         float score) {
    }

    static List<Result> results(Site site, String q, Lang lang, Links links) {
        Graph g = site.graph();
        Labels labels = new Labels(g);
        ValueFormatter fmt = new ValueFormatter(g, labels, links, lang);
        List<Result> out = new ArrayList<>();
        for (SearchIndex.Hit hit : site.index().search(q, LIMIT)) {
            Node e = hit.entity();
            Text label = labels.label(e, lang);
            List<String> other = new ArrayList<>();
            String otherLabel = labels.labelIn(e, lang.other());
            if (otherLabel != null && !otherLabel.equals(label.value())) {
                other.add(otherLabel);
            }
            Rdf.objects(g, e, Labels.ALT_LABEL).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                    .filter(s -> !other.contains(s)).forEach(other::add);
            out.add(new Result(e.getURI(), Value.link(label, links.to(e)), Rdf.types(g, e).stream().map(fmt::format).toList(),
                    other, labels.definition(e, lang), hit.score()));
        }
        return out;
    }

    static String html(Site site, String q, Lang lang, Links links, String here) {
        List<Result> results = q == null || q.isBlank() ? List.of() : results(site, q, lang, links);
        Map<String, Object> model = new HashMap<>();
        model.put("q", q == null ? "" : q);
        model.put("results", results);
        model.put("jsonHref", links.to("search?format=json&q=" + Links.encode(q == null ? "" : q)));
        String title = Messages.get(lang, "search.title") + (q == null || q.isBlank() ? "" : ": " + q);
        Page page = Page.of(lang, links, title, here, List.of(
                new Page.Alternate("application/json", links.base() + "search?format=json&q="
                        + Links.encode(q == null ? "" : q), "JSON")));
        return site.templates().render("search", page, model);
    }

    static String json(Site site, String q, Lang lang, Links links) {
        JsonObject o = new JsonObject();
        o.put("query", q == null ? "" : q);
        o.put("lang", lang.code());
        JsonArray array = new JsonArray();
        List<Result> results = q == null || q.isBlank() ? List.of() : results(site, q, lang, links);
        for (Result r : results) {
            JsonObject item = new JsonObject();
            item.put("iri", r.iri());
            item.put("url", links.plain(r.iri()));
            item.put("label", r.link().text().value());
            if (r.link().text().lang() != null) {
                item.put("labelLang", r.link().text().lang());
            }
            item.put("fallback", r.link().text().fallback());
            JsonArray types = new JsonArray();
            r.types().forEach(t -> types.add(t.text().value()));
            item.put("types", types);
            JsonArray names = new JsonArray();
            r.otherNames().forEach(names::add);
            item.put("otherNames", names);
            item.put("score", org.apache.jena.atlas.json.JsonNumber.value(Math.round(r.score() * 1000) / 1000.0));
            array.add(item);
        }
        o.put("count", results.size());
        o.put("results", array);
        return o.toString();
    }
}
