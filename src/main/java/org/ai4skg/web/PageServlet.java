package org.ai4skg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ai4skg.server.Lang;

/** A GET-only page in English or Chinese: negotiates the language, builds links, writes UTF-8 HTML. */
abstract class PageServlet extends HttpServlet {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PageServlet.class);

    protected final transient Site site;

    PageServlet(Site site) {
        this.site = site;
    }

    /** What a page answers: status, media type and body. */
    record Answer(int status, String contentType, String body) {
        static Answer html(String body) {
            return new Answer(200, "text/html; charset=utf-8", body);
        }
    }

    /** Renders the page. {@code here} is the path and query relative to the base URL, for the language switcher. */
    abstract Answer answer(HttpServletRequest req, Lang lang, Links links, String here) throws IOException;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long start = System.nanoTime();
        Lang lang = Lang.negotiate(req);
        Links links = new Links(site.baseUrl(req), Lang.parse(req.getParameter("lang")));
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String here = (path.startsWith("/") ? path.substring(1) : path)
                + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        Answer answer = answer(req, lang, links, here);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(answer.status());
        resp.setContentType(answer.contentType());
        resp.setHeader("Content-Language", lang.code());
        // Vary: Accept, Accept-Language is set with the validators (server.PageValidators), before the page is made.
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} rendered in {} ms", req.getMethod(), path, (System.nanoTime() - start) / 1_000_000.0);
        }
    }

    /** The 404 page for {@code iri}, the IRI the asked path names, with the search box holding {@code q}. */
    static Answer notFound(Site site, Lang lang, Links links, String here, String iri, String q) {
        Page page = Page.of(lang, links, Messages.get(lang, "notfound.title"), here, java.util.List.of());
        return new Answer(404, "text/html; charset=utf-8",
                site.templates().render("notfound", page, java.util.Map.of("q", q == null ? "" : q, "iri", iri)));
    }

    /** The IRI of the namespace that a request's path names ({@code /x/y} names {@code NS + "x/y"}), percent-decoded. */
    static String iriOf(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String local = path.startsWith("/") ? path.substring(1) : path;
        try {
            return Rdf.NS + java.net.URLDecoder.decode(local.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Rdf.NS + local;
        }
    }
}
