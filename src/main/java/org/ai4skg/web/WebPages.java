package org.ai4skg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages for people, as servlets to add to the server. Typical use with Fuseki's builder:
 *
 * <pre>{@code
 * WebPages pages = WebPages.create(publication.all(), layout.queries(), baseUrl);
 * pages.register(builder::addServlet);              // /, /search, /query, /timeline, /static/*
 * // in the HTML branch of content negotiation for a resource or the ontology:
 * pages.writeHtml(request, response, node);
 * }</pre>
 *
 * Without a server-side content negotiation in front, {@link #registerDescriptions} adds HTML-only servlets for
 * {@code /resource/*} and {@code /ontology}.
 */
public final class WebPages {

    private final Site site;

    private WebPages(Site site) {
        this.site = site;
    }

    /**
     * @param publication the whole publication (vocabulary and data)
     * @param queriesDir  the folder of example queries ({@code NN-name.rq}), or null
     * @param baseUrl     where {@code https://w3id.org/ai4s-kg/} is served, or null to take it from each request
     */
    public static WebPages create(Graph publication, Path queriesDir, String baseUrl) {
        return create(publication, null, queriesDir, baseUrl);
    }

    /** As {@link #create(Graph, Path, String)}, with a VoID description whose figures the home page shows. */
    public static WebPages create(Graph publication, Graph voidDescription, Path queriesDir, String baseUrl) {
        return new WebPages(new Site(publication, voidDescription, queriesDir, baseUrl));
    }

    /** The site pages by servlet path: {@code ""} (the root), {@code /search}, {@code /query}, {@code /timeline}, {@code /static/*}. */
    public Map<String, HttpServlet> servlets() {
        Map<String, HttpServlet> map = new LinkedHashMap<>();
        map.put("", new Servlets.Home(site));
        map.put("/search", new Servlets.Search(site));
        map.put("/query", new Servlets.Query(site));
        map.put("/timeline", new Servlets.Timeline(site));
        map.put("/static/*", new StaticServlet());
        map.put("/static/prefixes.json", new PrefixesServlet(site.graph()));
        return map;
    }

    /** HTML-only pages for {@code /resource/*} and {@code /ontology}, for use where no content negotiation is in front. */
    public Map<String, HttpServlet> descriptionServlets() {
        Map<String, HttpServlet> map = new LinkedHashMap<>();
        map.put("/resource/*", new Servlets.Resource(site));
        map.put("/ontology", new Servlets.Ontology(site));
        return map;
    }

    /** Adds the site pages, e.g. {@code pages.register(builder::addServlet)}. */
    public void register(BiConsumer<String, HttpServlet> addServlet) {
        servlets().forEach(addServlet);
    }

    /** Adds the HTML-only {@code /resource/*} and {@code /ontology} servlets. */
    public void registerDescriptions(BiConsumer<String, HttpServlet> addServlet) {
        descriptionServlets().forEach(addServlet);
    }

    /** The renderer of resource and vocabulary pages. */
    public ResourcePageRenderer resourcePages() {
        return site.resources();
    }

    /** The label search index. */
    public SearchIndex searchIndex() {
        return site.index();
    }

    /** The base URL for a request: the configured one, else the request's own. */
    public String baseUrl(HttpServletRequest request) {
        return site.baseUrl(request);
    }

    /**
     * Writes the HTML page of a resource or vocabulary term (the ontology IRI gives the vocabulary documentation) for
     * a request: language by {@code ?lang=} then {@code Accept-Language}, links with the chosen language, status 200,
     * {@code Content-Language}. The caller decides that HTML is wanted and that the resource exists.
     */
    public void writeHtml(HttpServletRequest request, HttpServletResponse response, Node resource) throws IOException {
        Lang lang = Lang.negotiate(request);
        Links links = new Links(site.baseUrl(request), Lang.parse(request.getParameter("lang")));
        byte[] body = site.resources().render(site.graph(), resource, lang, links).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Content-Language", lang.code());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The HTML of a resource page as a string, for a request (same negotiation as {@link #writeHtml}). */
    public String html(HttpServletRequest request, Node resource) {
        Lang lang = Lang.negotiate(request);
        Links links = new Links(site.baseUrl(request), Lang.parse(request.getParameter("lang")));
        return site.resources().render(site.graph(), resource, lang, links);
    }
}
