package org.ai4skg.web;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;

import jakarta.servlet.http.HttpServletRequest;

/** What the pages share: the publication graph, templates, the search index and the example queries. */
final class Site {

    private final Graph graph;
    private final Graph voidGraph;
    private final String baseUrl;
    private final java.util.function.Function<HttpServletRequest, String> baseUrlResolver;
    private final Templates templates = new Templates();
    private final ResourcePageRenderer resources = new ResourcePageRenderer(templates);
    private final SearchIndex index;
    private final List<ExampleQueries.Example> examples;
    private final HomePage.Figures figures;

    Site(Graph graph, Graph voidGraph, Path queriesDir, String baseUrl) {
        this(graph, voidGraph, queriesDir, baseUrl, null);
    }

    Site(Graph graph, Graph voidGraph, Path queriesDir, String baseUrl,
         java.util.function.Function<HttpServletRequest, String> baseUrlResolver) {
        this.baseUrlResolver = baseUrlResolver;
        this.graph = graph;
        this.voidGraph = voidGraph;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.index = SearchIndex.build(graph);
        this.examples = ExampleQueries.load(queriesDir);
        this.figures = HomePage.Figures.of(graph, voidGraph);
    }

    Graph graph() {
        return graph;
    }

    Graph voidGraph() {
        return voidGraph;
    }

    Templates templates() {
        return templates;
    }

    ResourcePageRenderer resources() {
        return resources;
    }

    SearchIndex index() {
        return index;
    }

    List<ExampleQueries.Example> examples() {
        return examples;
    }

    HomePage.Figures figures() {
        return figures;
    }

    /**
     * The configured base URL, or else the one the request was made to ({@code X-Forwarded-Proto} and
     * {@code X-Forwarded-Host} respected), ending with a slash.
     */
    String baseUrl(HttpServletRequest req) {
        if (baseUrlResolver != null) {
            String resolved = baseUrlResolver.apply(req);
            return resolved.endsWith("/") ? resolved : resolved + "/";
        }
        if (baseUrl != null) {
            return baseUrl;
        }
        String proto = header(req, "X-Forwarded-Proto", req.getScheme());
        String host = header(req, "X-Forwarded-Host", null);
        if (host == null) {
            host = req.getServerName();
            int port = req.getServerPort();
            boolean standard = ("http".equals(proto) && port == 80) || ("https".equals(proto) && port == 443);
            if (host.contains(":") && !host.startsWith("[")) {
                host = "[" + host + "]";
            }
            host = standard ? host : host + ":" + port;
        }
        return proto + "://" + host + req.getContextPath() + "/";
    }

    private static String header(HttpServletRequest req, String name, String dflt) {
        String v = req.getHeader(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        return v.split(",")[0].trim();
    }
}
