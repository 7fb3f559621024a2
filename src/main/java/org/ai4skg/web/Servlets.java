package org.ai4skg.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ai4skg.server.Lang;
import org.ai4skg.server.Negotiation;
import org.apache.jena.graph.Node;

import jakarta.servlet.http.HttpServletRequest;

/** The page servlets. Each is a thin adapter from a request to one of the page renderers. */
final class Servlets {

    private Servlets() {
    }

    /** {@code /}: the home page (any other path under the root answers 404). */
    static final class Home extends PageServlet {
        Home(Site site) {
            super(site);
        }

        @Override
        Answer answer(HttpServletRequest req, Lang lang, Links links, String here) {
            String path = req.getRequestURI().substring(req.getContextPath().length());
            if (!path.isEmpty() && !path.equals("/")) {
                String iri = iriOf(req);
                return notFound(site, lang, links, here, iri, Rdf.localName(iri).replace('-', ' '));
            }
            return Answer.html(HomePage.render(site, lang, links, here));
        }
    }

    /** {@code /search?q=}: HTML, or JSON with {@code format=json} or {@code Accept: application/json}. */
    static final class Search extends PageServlet {
        Search(Site site) {
            super(site);
        }

        @Override
        Answer answer(HttpServletRequest req, Lang lang, Links links, String here) {
            String q = req.getParameter("q");
            if (wantsJson(req)) {
                return new Answer(200, "application/json; charset=utf-8", SearchPage.json(site, q, lang, links));
            }
            return Answer.html(SearchPage.html(site, q, lang, links, here));
        }

        static boolean wantsJson(HttpServletRequest req) {
            String format = req.getParameter("format");
            if (format != null) {
                return format.equalsIgnoreCase("json");
            }
            return Negotiation.choose(req.getHeader("Accept"), List.of("text/html", "application/json"), type -> type)
                    .filter("application/json"::equals).isPresent();
        }
    }

    /** {@code /query}: the query editor with the gallery of example queries. */
    static final class Query extends PageServlet {
        Query(Site site) {
            super(site);
        }

        @Override
        Answer answer(HttpServletRequest req, Lang lang, Links links, String here) {
            Map<String, Object> model = new HashMap<>();
            String query = req.getParameter("query");
            model.put("query", query);
            model.put("examples", site.examples());
            model.put("endpoint", links.base() + "sparql");
            Page page = Page.of(lang, links, Messages.get(lang, "query.title"), here, List.of());
            return Answer.html(site.templates().render("query", page, model));
        }
    }

    /** {@code /timeline}. */
    static final class Timeline extends PageServlet {
        Timeline(Site site) {
            super(site);
        }

        @Override
        Answer answer(HttpServletRequest req, Lang lang, Links links, String here) {
            String page = TimelinePage.render(site, req.getParameter("page"), lang, links, here);
            if (page == null) {
                return notFound(site, lang, links, here, PageServlet.iriOf(req), "");
            }
            return Answer.html(page);
        }
    }

    /** {@code /members?class=IRI&page=N}: one page of the resources of a class. */
    static final class Members extends PageServlet {
        Members(Site site) {
            super(site);
        }

        @Override
        Answer answer(HttpServletRequest req, Lang lang, Links links, String here) {
            String page = MembersPage.render(site, req.getParameter("class"), req.getParameter("page"), lang, links, here);
            if (page == null) {
                return notFound(site, lang, links, here, PageServlet.iriOf(req), "");
            }
            return Answer.html(page);
        }
    }
}
