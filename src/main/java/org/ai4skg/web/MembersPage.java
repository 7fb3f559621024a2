package org.ai4skg.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ai4skg.server.Lang;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * {@code /members?class=IRI&page=N}: the resources of one class, {@link HomePage#MEMBERS_SHOWN} a page, in the
 * store's order (each page sorted by name), with links to the previous and next pages. The home page links here for
 * the classes it cannot list whole.
 */
final class MembersPage {

    private MembersPage() {
    }

    /** The link to page {@code number} (from 1) of the members of {@code c}. */
    static String href(Links links, Node c, long number) {
        return links.to("members?class=" + Links.encode(c.getURI()) + "&page=" + number);
    }

    /** The page, or null when the class has no resources or the page number is not one of its pages. */
    static String render(Site site, String classIri, String pageParameter, Lang lang, Links links, String here) {
        Long count = classIri == null ? null : site.summary().resourceClasses().get(classIri);
        long pages = count == null ? 0 : (count + HomePage.MEMBERS_SHOWN - 1) / HomePage.MEMBERS_SHOWN;
        long number = pageNumber(pageParameter);
        if (count == null || number < 1 || number > pages) {
            return null;
        }
        Graph g = site.graph();
        Labels labels = new Labels(g);
        ValueFormatter fmt = new ValueFormatter(g, labels, links, lang);
        Node c = Rdf.iri(classIri);
        Map<String, Object> model = new HashMap<>();
        model.put("name", fmt.format(c));
        model.put("count", count);
        model.put("number", number);
        model.put("pages", pages);
        model.put("members", HomePage.members(g, c, (number - 1) * HomePage.MEMBERS_SHOWN, HomePage.MEMBERS_SHOWN, fmt));
        model.put("previous", number > 1 ? href(links, c, number - 1) : null);
        model.put("next", number < pages ? href(links, c, number + 1) : null);
        Page page = Page.of(lang, links, Messages.get(lang, "members.title") + ": " + labels.label(c, lang).value(), here,
                List.of());
        return site.templates().render("members", page, model);
    }

    /** The page number asked for: 1 when none is given, 0 (no page) when it is not a number. */
    private static long pageNumber(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return 1;
        }
        if (!parameter.matches("\\d{1,12}")) {
            return 0;
        }
        return Long.parseLong(parameter);
    }
}
