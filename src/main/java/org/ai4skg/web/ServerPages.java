package org.ai4skg.web;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.ai4skg.server.BaseUrl;
import org.ai4skg.server.Lang;
import org.ai4skg.server.LinkedDataServer;
import org.ai4skg.server.ResourceDescription;
import org.ai4skg.server.ResourceHtmlRenderer;
import org.ai4skg.store.StoreSummary;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Puts the pages for people on the linked-data server: the site pages ({@code /}, {@code /search}, {@code /query},
 * {@code /timeline}, {@code /static/*}) and the HTML answer of every dereferenced IRI. Every read of the data happens
 * in a read transaction, so the same pages serve an in-memory dataset and a TDB2 store.
 */
public final class ServerPages {

    private ServerPages() {
    }

    /**
     * @param builder       the server being built
     * @param dataset       the served data, all in the default graph
     * @param summary       its counts (the home page's figures, the vocabulary's usage counts), counted before
     * @param store         the folder of the TDB2 store served (its search index is beside it), or null for data in memory
     * @param voidGraph     the VoID description whose figures the home page shows (asked at the first home page; it
     *                      may give null, and the figures are then counted)
     * @param queriesDir    the example queries for the query UI's gallery, or null
     * @param baseUrl       where the server answers: the configured public base URL, else each request's
     */
    public static LinkedDataServer.Builder install(LinkedDataServer.Builder builder, DatasetGraph dataset,
                                                   StoreSummary summary, Path store, Supplier<Graph> voidGraph, Path queriesDir, BaseUrl baseUrl) {
        SearchIndex index = store != null ? SearchIndex.besideOrBuild(store, dataset)
                : Txn.calculateRead(dataset, () -> SearchIndex.build(dataset.getDefaultGraph()));
        Site site = Txn.calculateRead(dataset,
                () -> new Site(dataset.getDefaultGraph(), summary, index, voidGraph, queriesDir, baseUrl));
        Filter readTransaction = new ReadTransactionFilter(dataset);
        // The servlets read the data as they are made (the static servlet the prefixes): in a transaction too.
        Map<String, HttpServlet> servlets = Txn.calculateRead(dataset, () -> servlets(site));
        servlets.forEach((path, servlet) -> {
            builder.addServlet(path, servlet);
            builder.addFilter(path, readTransaction);
        });
        builder.addFilter("/*", new NotFoundPage(site.resources(), baseUrl));
        Graph graph = Txn.calculateRead(dataset, dataset::getDefaultGraph);
        return builder.htmlRenderer(new ResourceHtmlRenderer() {
            @Override
            public String render(ResourceDescription description, String lang, String baseUrl) {
                return Txn.calculateRead(dataset,
                        () -> site.resources().render(graph, summary, description.node(), lang, baseUrl));
            }

            @Override
            public String renderNotFound(String iri, String lang, String baseUrl) {
                return site.resources().renderNotFound(iri, lang, baseUrl);
            }
        });
    }

    /** The site pages by servlet path: {@code ""} (the root), {@code /search}, {@code /query}, {@code /timeline}, {@code /static/*}. */
    private static Map<String, HttpServlet> servlets(Site site) {
        Map<String, HttpServlet> map = new LinkedHashMap<>();
        map.put("", new Servlets.Home(site));
        map.put("/search", new Servlets.Search(site));
        map.put("/query", new Servlets.Query(site));
        map.put("/timeline", new Servlets.Timeline(site));
        map.put("/members", new Servlets.Members(site));
        map.put("/static/*", new StaticServlet());
        map.put("/static/prefixes.json", new PrefixesServlet(site.graph()));
        return map;
    }

    /** Runs a request in a read transaction on the dataset (a no-op nesting when one is already open). */
    private record ReadTransactionFilter(DatasetGraph dataset) implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (dataset.isInTransaction()) {
                chain.doFilter(request, response);
                return;
            }
            dataset.begin(org.apache.jena.query.TxnType.READ);
            try {
                chain.doFilter(request, response);
            } finally {
                dataset.end();
            }
        }
    }

    /**
     * Every other path of the site is an IRI of the namespace too ({@code /x} names {@code https://w3id.org/ai4s-kg/x}):
     * when nothing serves it (the container's {@code sendError(404)}), a browser gets the site's 404 page, with the
     * search box, instead of the container's bare error page. The SPARQL endpoint, the operations paths and static
     * files keep their own answers.
     */
    private record NotFoundPage(ResourcePageRenderer pages, BaseUrl baseUrl) implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            String path = req.getRequestURI().substring(req.getContextPath().length());
            boolean page = ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                    && !path.startsWith(LinkedDataServer.SPARQL_PATH) && !path.startsWith("/$/")
                    && !path.startsWith("/static/");
            if (!page) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
                @Override
                public void sendError(int status, String message) throws IOException {
                    if (status != HttpServletResponse.SC_NOT_FOUND || isCommitted()) {
                        super.sendError(status, message);
                        return;
                    }
                    resetBuffer();
                    String iri = PageServlet.iriOf(req);
                    byte[] body = pages.renderNotFound(iri, Lang.negotiate(req).code(),
                            baseUrl.of(req)).getBytes(StandardCharsets.UTF_8);
                    setStatus(HttpServletResponse.SC_NOT_FOUND);
                    setContentType("text/html; charset=utf-8");
                    addHeader("Vary", "Accept-Language");
                    setContentLength(body.length);
                    getOutputStream().write(body);
                }

                @Override
                public void sendError(int status) throws IOException {
                    sendError(status, null);
                }
            });
        }
    }
}
